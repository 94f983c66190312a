"""Control characters in user-controlled text are shown escaped, never obeyed by the terminal."""

from __future__ import annotations

import json
import logging
import sys

import pytest

from bot.logs import JsonFormatter, RedactingFormatter
from bot.textsafe import escape_controls, escape_json_controls

# (name, raw text, what must appear instead of the raw control)
HOSTILE = [
    ("osc-title", "a\x1b]0;pwned\x07b", "\\x1b]0;pwned\\x07"),
    ("clear-screen", "\x1b[2Jhi", "\\x1b[2J"),
    ("c1-csi", "x\x9b2Jy", "\\x9b"),
    ("nel", "x\x85y", "\\x85"),
    ("nul", "a\x00b", "\\x00"),
    ("del", "a\x7fb", "\\x7f"),
    ("backspace", "safe\x08\x08\x08\x08evil", "\\x08"),
    ("carriage-return", "fake ok\rreal", "\\r"),
    ("rtl-override", "abc\u202egnp.exe", "\\u202e"),
    ("rtl-isolate", "x\u2067y\u2069", "\\u2067"),
    ("arabic-mark", "x\u061cy", "\\u061c"),
    ("line-separator", "x\u2028y", "\\u2028"),
    ("lone-surrogate", "x\udcffy", "\\udcff"),
]
PLAIN = ["hello", "emoji 😀 and ünïcödé", "tabs\tstay", "日本語のテキスト", "a \\x1b literal"]


@pytest.mark.parametrize(("name", "raw", "shown"), HOSTILE, ids=[r[0] for r in HOSTILE])
def test_controls_are_escaped(name: str, raw: str, shown: str) -> None:
    out = escape_controls(raw)
    assert shown in out
    assert not any((ord(c) < 32 and c != "\t") or 0x7F <= ord(c) <= 0x9F for c in out)
    out.encode("utf-8")  # a lone surrogate could not even be printed


@pytest.mark.parametrize(("name", "raw", "shown"), HOSTILE, ids=[r[0] for r in HOSTILE])
def test_json_escape_keeps_the_value(name: str, raw: str, shown: str) -> None:
    line = escape_json_controls(json.dumps({"text": raw}, ensure_ascii=False))
    assert json.loads(line) == {"text": raw}
    assert line == escape_controls(line, keep_newlines=True)  # nothing raw left


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_unchanged(text: str) -> None:
    assert escape_controls(text) == text


def test_newlines_kept_only_when_asked() -> None:
    assert escape_controls("a\nb") == "a\\nb"
    assert escape_controls("a\nb", keep_newlines=True) == "a\nb"


@pytest.mark.parametrize("json_logs", [False, True])
def test_log_lines_escape_controls(json_logs: bool) -> None:
    inner = JsonFormatter() if json_logs else logging.Formatter("%(message)s")
    record = logging.LogRecord("t", logging.INFO, "f", 1, "mention %s", ("\x1b]0;x\x07\x9b",), None)
    line = RedactingFormatter(inner).format(record)
    assert "\x1b" not in line and "\x07" not in line and "\x9b" not in line
    if json_logs:
        assert json.loads(line)["msg"] == "mention \x1b]0;x\x07\x9b"


def test_json_log_redacts_a_secret_with_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = 'abc"def\\ghi123'
    monkeypatch.setenv("TWEETLING_DISCORD_TOKEN", secret)
    record = logging.LogRecord("t", logging.INFO, "f", 1, "token %s", (secret,), None)
    line = RedactingFormatter(JsonFormatter()).format(record)
    assert json.loads(line)["msg"] == "token [redacted]"


def test_a_logged_newline_cannot_forge_a_log_line() -> None:
    fmt = RedactingFormatter(logging.Formatter("%(levelname)s %(message)s"))
    record = logging.LogRecord("t", logging.INFO, "f", 1, "mention %s", ("hi\nERROR fake",), None)
    assert fmt.format(record) == "INFO mention hi\\nERROR fake"
    try:
        raise ValueError("boom")
    except ValueError:
        exc = sys.exc_info()
    record = logging.LogRecord("t", logging.ERROR, "f", 1, "failed", (), exc)
    assert fmt.format(record).count("\n") >= 2  # the traceback keeps its lines
