"""Every human-readable output that shows user-controlled text shows control characters escaped.

One hostile text (a title-setting OSC, a screen clear, a C1 CSI, a bidi override, a forged
newline) goes in through each way a mention, draft or model output reaches the terminal;
nothing raw may come out, in text or in --json.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.cli import main
from bot.events import Outgoing
from bot.store import open_store
from tests.conftest import ROOT

HOSTILE = "hi \x1b]0;owned\x07 \x1b[2J \x9b31m \u202eevil\u202c\nFAKE error: line"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c")


def _config(tmp_path: Path) -> Path:
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        f'[model]\nbackend = "scripted"\nscripted_outputs = [{json.dumps(HOSTILE)}]\n'
        f'[storage]\npath = "{tmp_path / "bot.sqlite3"}"\n'
        # The form filter blocks text holding controls, and a block line does not show the
        # text; off here so `safety check` reaches the rewrite line that does.
        "[safety.form]\nenabled = false\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "bot.sqlite3")
    store.claim_event("console", "e1", kind="mention", text=HOSTILE)
    post = store.record_post_intent("console", HOSTILE, event_key="console:e1")
    store.mark_post_sent(post, "console-1")
    store.finish_event("console", "e1", "sent", "console-1")
    store.add_draft("slot", HOSTILE, ["console"], "review mode")
    store.close()
    # @everyone makes the verdict a rewrite, whose line shows the text.
    line = "@everyone " + HOSTILE.replace("\n", " ")
    (tmp_path / "texts.txt").write_text(line + "\n", encoding="utf-8")
    return cfg


COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "history": lambda cfg, _: ["history", "-c", str(cfg)],
    "history-json": lambda cfg, _: ["history", "-c", str(cfg), "--json"],
    "review-list": lambda cfg, _: ["review", "-c", str(cfg), "list"],
    "generate": lambda cfg, _: ["generate", "-c", str(cfg), "-n", "1"],
    "generate-json": lambda cfg, _: ["generate", "-c", str(cfg), "-n", "1", "--json"],
    "safety-check": lambda cfg, tmp: ["safety", "check", str(tmp / "texts.txt"), "-c", str(cfg)],
    "safety-check-json": lambda cfg, tmp: [
        "safety",
        "check",
        str(tmp / "texts.txt"),
        "-c",
        str(cfg),
        "--json",
    ],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_output_escapes_controls(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path)
    assert main(COMMANDS[name](cfg, tmp_path)) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in RAW), repr(out)
    if name.endswith("json"):
        for line in out.splitlines():
            json.loads(line)  # still valid JSON, the value intact
        assert "owned" in out
    else:
        assert "\\x1b]0;owned\\x07" in out or "\\x1b" in out
        assert not any(line.startswith("FAKE error") for line in out.splitlines())


def test_console_replies_escape_controls() -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(stdin=io.StringIO(""), stdout=out, interactive=False)
    asyncio.run(adapter.send(Outgoing(platform="console", text=HOSTILE)))
    text = out.getvalue()
    assert not any(ch in text for ch in RAW) and "\\x1b]0;owned\\x07" in text


@pytest.mark.parametrize("as_json", [False, True])
def test_an_ascii_terminal_gets_escapes_not_a_traceback(tmp_path: Path, as_json: bool) -> None:
    cfg = tmp_path / "e.toml"
    cfg.write_text('[model]\nbackend = "scripted"\nscripted_outputs = ["soup 😀 ünï"]\n')
    argv = [sys.executable, "-m", "bot", "generate", "-c", str(cfg), "-n", "1"]
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [*argv, *(["--json"] if as_json else [])], capture_output=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-2000:]
    if as_json:
        assert json.loads(done.stdout)["candidates"][0]["text"] == "soup 😀 ünï"
    else:
        assert b"soup \\U0001f600 \\xfcn\\xef" in done.stdout


def test_a_printed_path_escapes_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / HOSTILE  # a folder name may hold anything but "/" and NUL
    model.mkdir()
    (model / "config.json").write_text("{}", encoding="utf-8")
    assert main(["base", "fetch", str(model)]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in RAW), repr(out)
    assert out.count("\n") == 1 and "\\x1b]0;owned\\x07" in out  # one line: no forged one


def test_every_command_prints_text_through_print_text() -> None:
    # The class, not the example: a bare print or stdout write in a command module is how a
    # report (`eval --replies`) once reached the terminal unescaped. safety*.py: see the lead.
    commands = ROOT / "bot" / "commands"
    bare = [
        f"{path.name}:{number}"
        for path in sorted(commands.glob("*.py"))
        if path.name != "common.py" and not path.name.startswith("safety")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith(("print(", "sys.stdout.write("))
    ]
    assert bare == []
