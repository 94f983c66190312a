"""Console input that is not valid UTF-8 is answered; a reader that dies stops the daemon (exit 2).

Both through the real CLI, `tweetling run --console`, in process, with piped bytes on stdin.
"""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import threading
from pathlib import Path

import pytest

from bot.cli import main
from bot.events import Verdict
from bot.store import open_store

# Invalid UTF-8 (a BOM-like \xff\xfe, a lone continuation byte, a CESU-encoded lone surrogate,
# an overlong slash), each inside an otherwise ordinary mention.
BAD_LINES = [b"hi \xff\xfe there", b"caf\xe9 ok", b"lone \xed\xa0\x80 surrogate", b"x \xc0\xaf y"]


def _config(tmp_path: Path) -> Path:
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        f"""
[model]
backend = "scripted"
scripted_outputs = ["reply one", "reply two", "reply three", "reply four"]

[generation]
num_candidates = 1

[safety.classifier]
enabled = false

[storage]
path = "{tmp_path / "bot.sqlite3"}"
""",
        encoding="utf-8",
    )
    return cfg


def _pipe(monkeypatch: pytest.MonkeyPatch, raw: io.RawIOBase | io.BytesIO) -> None:
    """Make stdin a strict UTF-8 text stream over `raw`, as Python sets up a piped stdin."""
    stdin = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8", errors="strict")  # type: ignore[arg-type]
    monkeypatch.setattr("sys.stdin", stdin)


def _history(cfg: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["history", "--json", "--limit", "20", "--config", str(cfg)]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_invalid_utf8_lines_are_answered_and_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path)
    _pipe(monkeypatch, io.BytesIO(b"\n".join(BAD_LINES) + b"\n"))
    assert main(["run", "--console", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert out.count("tweetling> reply ") == len(BAD_LINES), out
    mentions = [r for r in _history(cfg, capsys) if r["kind"] == "mention"]
    assert len(mentions) == len(BAD_LINES) and {r["status"] for r in mentions} == {"sent"}
    texts = sorted(str(r["text"]) for r in mentions)
    assert texts == sorted(line.decode("utf-8", "replace") for line in BAD_LINES)


def test_store_never_raises_on_lone_surrogates(tmp_path: Path) -> None:
    bad = "bad \udcff \ud800 end"  # what surrogateescape makes of undecodable bytes
    store = open_store(tmp_path / "s.sqlite3")
    try:
        assert store.claim_event("console", bad, kind=bad, author_id=bad, channel_id=bad, text=bad)
        store.finish_event("console", bad, "sent", bad)
        store.record_verdict(bad, 1, bad, Verdict("block", bad, (bad,), bad))
        store.set_value(bad, bad)
        stored = store.get_value("bad \ufffd \ufffd end")
        [row] = store.history(5)
        verdicts = store.verdicts("bad \ufffd \ufffd end")
    finally:
        store.close()
    fixed = "bad \ufffd \ufffd end"
    assert stored == fixed
    assert (row["text"], row["author_id"], row["detail"]) == (fixed, fixed, fixed)
    assert (verdicts[0]["candidate"], verdicts[0]["message"]) == (fixed, fixed)


class DyingInput(io.RawIOBase):
    """A stdin that gives one line, then fails as a hung-up terminal does (EIO)."""

    def __init__(self) -> None:
        self.data = b"hello there\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if not self.data:
            raise OSError(errno.EIO, "Input/output error")
        n = min(len(buffer), len(self.data))
        buffer[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


def test_a_reader_that_dies_stops_the_daemon_with_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path)
    _pipe(monkeypatch, DyingInput())
    # Only if the feature is broken (the daemon hangs): SIGINT stops it, and it exits 0.
    guard = threading.Timer(30, os.kill, (os.getpid(), signal.SIGINT))
    guard.start()
    try:
        assert main(["run", "--console", "--config", str(cfg)]) == 2
    finally:
        guard.cancel()
    err = capsys.readouterr().err
    assert "error: reading the console input failed" in err and "Input/output error" in err
