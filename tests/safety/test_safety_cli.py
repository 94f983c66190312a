"""`tweetling safety check` and `tweetling safety eval`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main

TEXTS = "good morning, lovely people\nyou absolute b1tch\n@everyone look at this\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_check_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, TEXTS)
    assert main(["safety", "check", "--platform", "discord"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "ok"
    assert lines[1].startswith("blocked: lexicon:deny")
    assert lines[2] == "ok (rewritten: everyone look at this)"


def test_check_json_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "texts.txt"
    src.write_text(TEXTS, encoding="utf-8")
    assert main(["safety", "check", str(src), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["allowed"] for r in rows] == [True, False, True]
    assert rows[1]["text"] == "you absolute b1tch" and rows[1]["reasons"] == ["lexicon:deny"]
    assert set(rows[0]) >= {"text", "allowed", "reasons"}


def test_check_uses_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    cfg = tmp_path / "c.toml"
    cfg.write_text('[safety.lexicon]\ndeny = ["zorble"]\n', encoding="utf-8")
    _stdin(monkeypatch, "a zorble appears\n")
    assert main(["safety", "check", "--config", str(cfg)]) == 0
    assert capsys.readouterr().out.startswith("blocked: lexicon:deny")


def test_eval_reports_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    off = tmp_path / "off.txt"
    off.write_text("you stupid b1tch\nf u c k off\nshut up, idiot\n", encoding="utf-8")
    ben = tmp_path / "ben.txt"
    ben.write_text("lovely day\n\nsee https://example.com\nsoup time\n", encoding="utf-8")
    args = ["safety", "eval", "--offensive", str(off), "--benign", str(ben), "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    rows = {r["name"]: r for r in report["rows"]}
    assert report["offensive"] == 3 and report["benign"] == 3  # blank lines skipped
    assert rows["lexicon"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert rows["links"]["fpr"] == pytest.approx(1 / 3, abs=1e-3)
    language = next(r for n, r in rows.items() if n.startswith("offensive-language chain"))
    assert language["fpr"] == 0.0
    assert rows["full chain"]["fpr"] == pytest.approx(1 / 3, abs=1e-3)
    assert main(args[:-1]) == 0
    assert "full chain" in capsys.readouterr().out


def test_missing_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nope.txt")
    assert main(["safety", "eval", "--offensive", missing, "--benign", missing]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: cannot read")
