"""`tweetling run --console` as a subprocess with piped lines and a tiny real model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.textsafe import escape_controls
from tests.conftest import ROOT, build_tiny_model

LINES = ["hello there bot", "what are you up to today", "/status", "tell me about coffee"]


def write_config(tmp: Path, model: Path, db: Path) -> Path:
    cfg = tmp / "bot.toml"
    cfg.write_text(
        f"""
[bot]
name = "tiny"

[model]
path = "{model}"
backend = "local"
device = "cpu"

[generation]
num_candidates = 2
max_new_tokens = 8
max_attempts = 1
seed = 1
on_all_blocked = "fallback"
fallback_message = "fallback reply"

[safety.classifier]
enabled = false

[storage]
path = "{db}"
""",
        encoding="utf-8",
    )
    return cfg


def tweetling(
    *args: str, stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TWEETLING_CACHE_DIR": os.environ.get("TWEETLING_CACHE_DIR", "")}
    env = {k: v for k, v in env.items() if v}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        timeout=timeout, cwd=ROOT, env=env,
    )  # fmt: skip


def test_run_console_answers_piped_lines_then_exits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = build_tiny_model(tmp_path / "model")
    db = tmp_path / "bot.sqlite3"
    cfg = write_config(tmp_path, model, db)
    proc = tweetling("run", "--console", "--config", str(cfg), stdin="\n".join(LINES) + "\n")
    assert proc.returncode == 0, proc.stderr[-2000:]
    replies = [line for line in proc.stdout.splitlines() if line.startswith("tiny> ")]
    assert len(replies) == 3, proc.stdout  # one per mention; /status answers with a notice
    assert "[notice] tiny: running" in proc.stdout

    assert main(["history", "--json", "--limit", "10", "--config", str(cfg)]) == 0
    rows = json.loads(capsys.readouterr().out)
    mentions = [r for r in rows if r["kind"] == "mention"]
    assert sorted(r["text"] for r in mentions) == sorted(x for x in LINES if x[0] != "/")
    for row in mentions:
        assert row["status"] in ("sent", "blocked"), row  # blocked: the fallback went out
        [post] = [p for p in row["posts"] if p["status"] == "sent"]
        # The console shows the reply with control characters escaped (a tiny model emits some).
        assert f"tiny> {escape_controls(post['text'], keep_newlines=True)}" in replies
    assert [r["status"] for r in rows if r["kind"] == "command"] == ["done"]
