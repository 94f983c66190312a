"""Logging set-up: human-readable by default, JSON lines on request; secrets never logged."""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import UTC, datetime

from bot.config import SECRET_NAMES, secret_env
from bot.textsafe import escape_controls, escape_json_controls

# Any variable named like a credential (OPENAI_API_KEY, HF_TOKEN, AWS_SECRET_ACCESS_KEY): a
# library or a provider key read outside Secrets is redacted all the same.
_SECRET_NAME = re.compile(r"(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|CREDENTIALS?)$", re.I)


def secret_values() -> tuple[str, ...]:
    """Return the secret values set in the environment now, longest first."""
    names = {secret_env(name) for name in SECRET_NAMES}
    names |= {name for name in os.environ if _SECRET_NAME.search(name)}
    values = {os.environ.get(name, "") for name in names}
    return tuple(sorted((v for v in values if len(v) >= 8), key=len, reverse=True))


class RedactingFormatter(logging.Formatter):
    """Format with `inner`, then replace every secret value, tracebacks included."""

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner
        self._values: tuple[str, ...] = ()
        self._pattern: re.Pattern[str] | None = None

    def format(self, record: logging.LogRecord) -> str:
        """Return the redacted line."""
        if not isinstance(self.inner, JsonFormatter):
            # A newline in logged mention text would forge a log line: escape the message's
            # newlines too (a traceback after it keeps its own).
            safe = logging.makeLogRecord(record.__dict__)
            safe.msg, safe.args = escape_controls(record.getMessage()), None
            record = safe
        text = self.inner.format(record)
        pattern = self._current_pattern()
        if pattern is not None:
            text = pattern.sub("[redacted]", text)
        # Logged mention text must not drive the terminal the log is read on.
        if isinstance(self.inner, JsonFormatter):
            return escape_json_controls(text)
        return escape_controls(text, keep_newlines=True)

    def _current_pattern(self) -> re.Pattern[str] | None:
        # Read each time: a .env file is loaded after logging is set up.
        values = secret_values()
        if values != self._values:
            self._values = values
            # JSON lines escape quotes and backslashes inside a value: match that form too.
            forms = sorted({*values, *(json.dumps(v)[1:-1] for v in values)}, key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, forms))) if forms else None
        return self._pattern


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a JSON line."""
        data = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def setup_logging(fmt: str = "text", level: str = "INFO") -> None:
    """Configure the root logger once for the CLI."""
    handler = logging.StreamHandler()
    inner = (
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    )
    handler.setFormatter(RedactingFormatter(inner))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("httpx", "urllib3", "discord.gateway", "apscheduler.executors", "filelock"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
