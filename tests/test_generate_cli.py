"""`tweetling generate` and `tweetling export` end to end on the tiny model and the fake."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main


def _json_out(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_generate_scripted_prints_candidates_with_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        '[model]\nbackend = "scripted"\n'
        'scripted_outputs = ["a calm post about soup", "email me at someone@example.com"]\n',
        encoding="utf-8",
    )
    assert main(["generate", "--config", str(cfg), "-n", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("[1] ALLOW") and lines[0].endswith("a calm post about soup")
    assert lines[1].startswith("[2] ") and "ALLOW " not in lines[1]  # the e-mail is not allowed
    data = _json_out(capsys, ["generate", "-c", str(cfg), "-n", "1", "--json"])
    (cand,) = data["candidates"]  # type: ignore[misc]
    assert cand["text"] == "a calm post about soup" and cand["verdict"]["action"] == "allow"


def test_generate_local_model_is_reproducible_with_a_seed(
    tiny_model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "--model", str(tiny_model_dir), "-n", "2", "-p", "coffee"]
    argv += ["--seed", "3", "--max-new-tokens", "6", "--json"]
    first = _json_out(capsys, argv)
    second = _json_out(capsys, argv)
    texts = [c["text"] for c in first["candidates"]]  # type: ignore[attr-defined]
    assert texts == [c["text"] for c in second["candidates"]]  # type: ignore[attr-defined]
    assert len(texts) == 2 and all(t.startswith("coffee") for t in texts)
    assert all(c["tokens"] <= 6 for c in first["candidates"])  # type: ignore[attr-defined]
    assert first["backend"] == "local" and first["model"] == str(tiny_model_dir)


def test_export_then_generate_with_ctranslate2(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    assert main(["export", str(model)]) == 0
    assert capsys.readouterr().out.strip() == str(model / "ct2")
    argv = ["generate", "--model", str(model), "--backend", "ctranslate2", "-n", "3"]
    data = _json_out(capsys, [*argv, "--max-new-tokens", "5", "--json"])
    assert data["backend"] == "ctranslate2" and len(data["candidates"]) == 3  # type: ignore[arg-type]


def test_missing_model_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", "--model", str(tmp_path / "missing"), "-n", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "missing" in err and "\n" not in err
    assert main(["export", str(tmp_path / "missing")]) == 2
