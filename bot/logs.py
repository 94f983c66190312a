"""Logging set-up: human-readable by default, JSON lines on request; secrets never logged."""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import UTC, datetime

from bot.config import ENV_PREFIX


class RedactSecrets(logging.Filter):
    """Replace any secret value from the environment that appears in a log record."""

    def __init__(self) -> None:
        super().__init__()
        values = [v for k, v in os.environ.items() if k.startswith(ENV_PREFIX) and len(v) >= 8]
        self._pattern = re.compile("|".join(map(re.escape, values))) if values else None

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact secrets in the formatted message; always keep the record."""
        if self._pattern is not None:
            message = record.getMessage()
            if self._pattern.search(message):
                record.msg, record.args = self._pattern.sub("[redacted]", message), None
        return True


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
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("httpx", "urllib3", "discord.gateway", "apscheduler.executors", "filelock"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
