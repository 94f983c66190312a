"""Log set-up: secrets never reach a log line, even when they arrive after set-up."""

from __future__ import annotations

import json
import logging

import pytest

from bot.logs import JsonFormatter, RedactingFormatter

TOKEN = "xoxo-secret-token-123"


def record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    """Return a log record, with exception info when `exc` is given."""
    info = (type(exc), exc, None) if exc is not None else None
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args, info)


def test_secret_set_after_set_up_is_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWEETLING_DISCORD_TOKEN", raising=False)
    fmt = RedactingFormatter(logging.Formatter("%(message)s"))
    assert fmt.format(record("token %s", TOKEN)) == f"token {TOKEN}"  # not a secret yet
    monkeypatch.setenv("TWEETLING_DISCORD_TOKEN", TOKEN)  # as load_secrets() loading .env
    assert fmt.format(record("token %s", TOKEN)) == "token [redacted]"


def test_tracebacks_and_json_lines_are_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWEETLING_X_API_SECRET", TOKEN)
    line = RedactingFormatter(JsonFormatter()).format(
        record("failed", exc=ValueError(f"bad key {TOKEN}"))
    )
    data = json.loads(line)
    assert TOKEN not in line and "[redacted]" in data["exc"]


def test_other_tweetling_variables_are_not_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWEETLING_CACHE_DIR", "/home/someone/.cache")
    fmt = RedactingFormatter(logging.Formatter("%(message)s"))
    assert fmt.format(record("cache at /home/someone/.cache")) == "cache at /home/someone/.cache"
