"""Writing outputs never loses data: every writing command against every kind of target.

The family: a new path (written), an earlier output of the same command (replaced), an
unrelated existing folder, the command's own input, the working directory, a file where a
folder goes (and a folder where a file goes), an empty path. Refusals are one `error:` line
with exit 2, happen before any work, and leave every byte and no temporary folder behind.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import responses

from bot.cli import main
from bot.errors import UserError
from bot.outputs import MARKER, check_target, claim_dir, is_ours, replace_dir, replace_file
from bot.prepared import PREPARED
from tests.conftest import SAMPLE_ARCHIVE, TINY_CORPUS


def snapshot(root: Path) -> dict[str, bytes]:
    """Return every file under `root` (relative path -> bytes)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def one_error_line(capsys: pytest.CaptureFixture[str], code: int) -> str:
    """Assert the CLI refused with exit 2 and one `error:` line; return that line."""
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.fixture()
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding a user's file, the cwd for the test."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("the user's own notes\n")
    return tmp_path


# --- the helper itself -------------------------------------------------------------------


def test_new_target_is_written_and_marked(work: Path) -> None:
    with replace_dir(work / "out", "data") as staging:
        staging.mkdir()
        (staging / "train.jsonl").write_text("{}\n")
    assert (work / "out" / "train.jsonl").read_text() == "{}\n"
    marker = json.loads((work / "out" / MARKER).read_text())
    assert marker["kind"] == "data" and marker["files"] == ["train.jsonl"]
    assert sorted(p.name for p in work.iterdir()) == ["notes.txt", "out"]


def test_earlier_output_is_replaced_whole(work: Path) -> None:
    for text in ("first", "second"):
        with replace_dir(work / "out", "data") as staging:
            staging.mkdir()
            (staging / f"{text}.txt").write_text(text)
    assert sorted(p.name for p in (work / "out").iterdir()) == [MARKER, "second.txt"]
    assert sorted(p.name for p in work.iterdir()) == ["notes.txt", "out"]


def test_failure_keeps_the_earlier_output_and_leaves_no_temporary_folder(work: Path) -> None:
    with replace_dir(work / "out", "data") as staging:
        staging.mkdir()
        (staging / "train.jsonl").write_text("good\n")
    before = snapshot(work)
    with pytest.raises(RuntimeError), replace_dir(work / "out", "data") as staging:
        staging.mkdir()
        (staging / "train.jsonl").write_text("half")
        raise RuntimeError("disk full")
    assert snapshot(work) == before
    assert sorted(p.name for p in work.iterdir()) == ["notes.txt", "out"]


@pytest.mark.parametrize(
    "arrange",
    [
        pytest.param(lambda w: (w / "mine").mkdir() or (w / "mine" / "a.txt").touch(), id="folder"),
        pytest.param(lambda w: (w / "mine").write_text("x"), id="file"),
        pytest.param(lambda w: (w / "mine").symlink_to(w / "notes.txt"), id="symlink"),
    ],
)
def test_foreign_targets_are_refused_untouched(work: Path, arrange: Callable[[Path], None]) -> None:
    arrange(work)
    before = snapshot(work)
    with pytest.raises(UserError, match="cannot write to"), replace_dir(work / "mine", "data"):
        raise AssertionError("the body must not run")
    assert snapshot(work) == before


def test_output_of_another_kind_or_with_added_files_is_not_ours(work: Path) -> None:
    with replace_dir(work / "out", "ct2") as staging:
        staging.mkdir()
        (staging / "model.bin").write_text("weights")
    assert is_ours(work / "out", "ct2") and not is_ours(work / "out", "data")
    (work / "out" / "my-notes.md").write_text("added by the user")
    assert not is_ours(work / "out", "ct2")
    with pytest.raises(UserError, match="not a tweetling CTranslate2 export"):
        check_target(work / "out", "ct2")


def test_legacy_output_is_recognized_by_its_files_only(work: Path) -> None:
    old = work / "old"
    old.mkdir()
    (old / "train.jsonl").write_text("{}\n")
    assert not is_ours(old, "data", PREPARED)  # a lone train.jsonl may be the user's own
    (old / "stats.json").write_text("{}\n")
    assert is_ours(old, "data", PREPARED)
    (old / "diary.txt").write_text("private")
    assert not is_ours(old, "data", PREPARED)


@pytest.mark.parametrize("target", ["", "  ", ".", "..", "/"])
def test_working_dir_its_parents_and_empty_paths_are_refused(work: Path, target: str) -> None:
    with pytest.raises(UserError) as info:
        check_target(target, "data")
    assert "working directory" in info.value.message or "is empty" in info.value.message


def test_a_target_that_is_or_holds_an_input_is_refused(work: Path) -> None:
    src = work / "model" / "weights"
    src.mkdir(parents=True)
    for target in (src, work / "model"):
        with pytest.raises(UserError, match="would overwrite the input"):
            check_target(target, "ct2", sources=[src])
    assert check_target(src / "ct2", "ct2", sources=[src]) == src / "ct2"


def test_claim_keeps_files_added_later_and_refuses_foreign_folders(work: Path) -> None:
    out = claim_dir(work / "model", "model")
    (out / "README.extra").write_text("kept")
    assert claim_dir(work / "model", "model") == out and (out / "README.extra").is_file()
    (work / "photos").mkdir()
    (work / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(UserError, match="not a tweetling trained model folder"):
        claim_dir(work / "photos", "model")
    assert not (work / "photos" / MARKER).exists()


def test_replace_file_replaces_only_its_own_kind(work: Path) -> None:
    def ours(path: Path) -> bool:
        return path.read_text().startswith("ours")

    with replace_file(work / "a.jsonl", ours) as tmp:
        tmp.write_text("ours 1")
    with replace_file(work / "a.jsonl", ours) as tmp:
        tmp.write_text("ours 2")
    assert (work / "a.jsonl").read_text() == "ours 2"
    with (
        pytest.raises(UserError, match="not written by tweetling"),
        replace_file(work / "notes.txt", ours),
    ):
        raise AssertionError("the body must not run")
    (work / "folder").mkdir()
    with pytest.raises(UserError, match="not a file"), replace_file(work / "folder", ours):
        raise AssertionError("the body must not run")
    assert sorted(p.name for p in work.iterdir()) == ["a.jsonl", "folder", "notes.txt"]


# --- tweetling export ----------------------------------------------------------------------


@pytest.fixture()
def model(tiny_model_dir: Path, work: Path) -> Path:
    """A writable copy of the tiny model inside the working directory."""
    return Path(shutil.copytree(tiny_model_dir, work / "model"))


@pytest.mark.parametrize(
    "out",
    [
        pytest.param("notes-dir", id="unrelated-folder"),
        pytest.param("model", id="the-model-itself"),
        pytest.param(".", id="working-dir"),
        pytest.param("notes.txt", id="a-file"),
        pytest.param("", id="empty"),
        pytest.param("model/..", id="holds-the-model"),
    ],
)
def test_export_refuses_targets_that_would_lose_data(
    model: Path, work: Path, capsys: pytest.CaptureFixture[str], out: str
) -> None:
    (work / "notes-dir").mkdir()
    (work / "notes-dir" / "todo.txt").write_text("buy flour")
    before = snapshot(work)
    line = one_error_line(capsys, main(["export", str(model), "--out", out]))
    assert "cannot write to" in line or "is empty" in line
    assert snapshot(work) == before
    assert sorted(p.name for p in work.iterdir()) == ["model", "notes-dir", "notes.txt"]


def test_export_replaces_its_own_earlier_export(
    model: Path, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(model), "--out", "fast", "--quantization", "float32"]) == 0
    first = (work / "fast" / "model.bin").read_bytes()
    assert main(["export", str(model), "--out", "fast"]) == 0  # int8 this time
    assert (work / "fast" / "model.bin").read_bytes() != first
    assert json.loads((work / "fast" / MARKER).read_text())["kind"] == "ct2"
    assert sorted(p.name for p in work.iterdir()) == ["fast", "model", "notes.txt"]
    capsys.readouterr()


def test_export_replaces_an_unmarked_export_from_before_markers(
    model: Path, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(model)]) == 0
    (model / "ct2" / MARKER).unlink()  # what `tweetling export` wrote before markers
    assert main(["export", str(model)]) == 0
    (model / "ct2" / "my-notes.md").write_text("the user's")
    capsys.readouterr()
    line = one_error_line(capsys, main(["export", str(model)]))
    assert "not a tweetling CTranslate2 export" in line
    assert (model / "ct2" / "my-notes.md").read_text() == "the user's"


# --- tweetling data prepare and fetch-x -----------------------------------------------------


@pytest.mark.parametrize(
    ("out", "words"),
    [
        ("notes-dir", "not a tweetling prepared data folder"),
        ("", "is empty"),
        (".", "working directory"),
        ("notes.txt", "it is a file"),
        ("src", "would overwrite the input"),
    ],
)
def test_prepare_refuses_targets_that_would_lose_data(
    work: Path, capsys: pytest.CaptureFixture[str], out: str, words: str
) -> None:
    (work / "notes-dir").mkdir()
    (work / "notes-dir" / "todo.txt").write_text("buy flour")
    (work / "src").mkdir()
    (work / "src" / "posts.txt").write_text("\n".join(TINY_CORPUS) + "\n")
    before = snapshot(work)
    args = ["data", "prepare", str(work / "src" / "posts.txt"), "--min-kept-chars", "0", "-o", out]
    assert words in one_error_line(capsys, main(args))
    assert snapshot(work) == before


def test_prepare_replaces_its_own_earlier_output(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "data").mkdir()
    (work / "data" / "train.jsonl").write_text('{"text": "from before markers"}\n')
    (work / "data" / "stats.json").write_text("{}\n")
    assert main(["data", "prepare", str(SAMPLE_ARCHIVE), "-o", "data"]) == 0
    assert main(["data", "prepare", str(SAMPLE_ARCHIVE), "-o", "data"]) == 0
    names = sorted(p.name for p in (work / "data").iterdir())
    assert names == [MARKER, "stats.json", "train.jsonl"]
    assert "from before markers" not in (work / "data" / "train.jsonl").read_text()
    assert sorted(p.name for p in work.iterdir()) == ["data", "notes.txt"]
    capsys.readouterr()


def _fake_x(api: responses.RequestsMock) -> None:
    """Answer fetch-x's two requests with one post."""
    api.get(
        "https://api.twitter.com/2/users/by/username/wren",
        json={"data": {"id": "42", "name": "Wren", "username": "wren"}},
    )
    tweet = {"id": "1", "text": "a loaf", "author_id": "42", "edit_history_tweet_ids": ["1"]}
    api.get("https://api.twitter.com/2/users/42/tweets", json={"data": [tweet]})


@pytest.mark.parametrize(
    ("out", "words"),
    [
        ("notes.txt", "not written by tweetling"),
        ("somedir", "it is not a file"),
        ("", "is empty"),
        (".", "working directory"),
    ],
)
def test_fetch_x_refuses_before_any_request(
    work: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    out: str,
    words: str,
) -> None:
    monkeypatch.setenv("TWEETLING_X_BEARER_TOKEN", "t0ken")
    (work / "somedir").mkdir()
    before = snapshot(work)
    with responses.RequestsMock():  # any request would fail the test
        assert words in one_error_line(capsys, main(["data", "fetch-x", "wren", "-o", out]))
    assert snapshot(work) == before and sorted(p.name for p in work.iterdir()) == [
        "notes.txt",
        "somedir",
    ]


def test_fetch_x_replaces_an_earlier_download(
    work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWEETLING_X_BEARER_TOKEN", "t0ken")
    for _ in range(2):
        with responses.RequestsMock() as api:
            _fake_x(api)
            assert main(["data", "fetch-x", "wren", "-o", "wren.jsonl"]) == 0
    lines = (work / "wren.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["1"]
    assert sorted(p.name for p in work.iterdir()) == ["notes.txt", "wren.jsonl"]
    capsys.readouterr()


# --- tweetling train ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("out", "words"),
    [
        ("notes-dir", "not a tweetling trained model folder"),
        ("base", "would overwrite the input"),
        ("notes.txt", "it is a file"),
        (".", "working directory"),
        ("", "is empty"),
    ],
)
def test_train_refuses_targets_that_would_lose_data(
    tiny_model_dir: Path,
    work: Path,
    capsys: pytest.CaptureFixture[str],
    out: str,
    words: str,
) -> None:
    shutil.copytree(tiny_model_dir, work / "base")
    (work / "notes-dir").mkdir()
    (work / "notes-dir" / "todo.txt").write_text("buy flour")
    (work / "posts.txt").write_text("\n".join(TINY_CORPUS) + "\n")
    before = snapshot(work)
    args = ["train", "--data", "posts.txt", "--base", "base", "--out", out, "--max-steps", "1"]
    line = one_error_line(capsys, main(args))
    assert (words in line and "cannot write the model to" in line) or "is empty" in line
    assert snapshot(work) == before


def test_train_may_write_into_an_earlier_model_of_its_own(work: Path) -> None:
    from bot.commands.train import TRAINED_FILES, claim_output
    from bot.config import TrainingConfig

    old = work / "models" / "demo"
    old.mkdir(parents=True)
    for name in ("config.json", "model.safetensors", "training_stats.json", "README.md"):
        (old / name).write_text("{}")
    assert {"config.json", "ct2", "checkpoints"} <= TRAINED_FILES
    assert claim_output(TrainingConfig(out=str(old), data="posts.txt")) == old
    assert json.loads((old / MARKER).read_text())["kind"] == "model"
