"""`tweetling eval MODEL --replies` shows mentions and replies with control characters escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main

CONTROLS = ("\x1b]0;pwned\x07", "\x1b[2J", "\u202e", "\x9b31m")


def test_the_text_report_escapes_what_a_terminal_would_obey(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model"  # no training_stats.json: nothing is kept, the report is printed
    model.mkdir()
    mentions = tmp_path / "mentions.txt"
    mentions.write_text(
        "".join(f"mention {i} about bread {c} and rye\n" for i, c in enumerate(CONTROLS)),
        encoding="utf-8",
    )
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        '[model]\nbackend = "scripted"\nscripted_outputs = ["fresh rye \\u001b[2J bread today"]\n'
        f'[safety.classifier]\nenabled = false\n[storage]\npath = "{tmp_path / "unused.db"}"\n',
        encoding="utf-8",
    )
    assert main(["eval", str(model), "--replies", str(mentions), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "about bread \\x1b[2J and rye" in out and "about bread \\u202e and rye" in out
    assert not any(c in out for c in "\x1b\x07\u202e\x9b")


def test_a_damaged_stats_file_is_one_error_line_before_any_reply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model"
    model.mkdir()
    (model / "training_stats.json").write_text('{"base_model": ', encoding="utf-8")
    mentions = tmp_path / "mentions.txt"
    mentions.write_text("mention about bread\n", encoding="utf-8")
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        '[model]\nbackend = "scripted"\nscripted_outputs = ["rye"]\n'
        f'[safety.classifier]\nenabled = false\n[storage]\npath = "{tmp_path / "unused.db"}"\n',
        encoding="utf-8",
    )
    assert main(["eval", str(model), "--replies", str(mentions), "--config", str(cfg)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "training_stats.json" in err[0]
    assert captured.out == ""
    assert (model / "training_stats.json").read_text(encoding="utf-8") == '{"base_model": '
