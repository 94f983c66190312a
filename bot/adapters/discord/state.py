"""Bookkeeping for the Discord adapter that needs no discord.py: token, pending answers, typing."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bot.config import Secrets, secret_env
from bot.errors import ConfigError

TOKEN_ENV = secret_env("discord_token")
INTERACTION_TTL_S = 15 * 60 - 30  # Discord accepts followups for 15 minutes; keep a margin
MAX_ORIGINS = 2048  # remembered event -> (channel, message) pairs for replies

T = TypeVar("T")


def require_token(secrets: Secrets) -> str:
    """Return the Discord token or raise a ConfigError that says how to set it (never shows it)."""
    token = secrets.discord_token.get_secret_value().strip() if secrets.discord_token else ""
    if not token:
        raise ConfigError(
            f"the Discord bot token is missing: {TOKEN_ENV} is not set",
            f"copy it from the Discord Developer Portal (your application > Bot > Reset Token) "
            f"and export {TOKEN_ENV}=... or put it in .env",
        )
    return token


@dataclass
class Pending(Generic[T]):
    """A deferred interaction waiting for the pipeline's answer."""

    interaction: T
    created: float
    answered: bool = False

    def expired(self, now: float | None = None) -> bool:
        """Return True once Discord no longer accepts followups for it."""
        return (now if now is not None else time.monotonic()) - self.created > INTERACTION_TTL_S


class PendingTable(Generic[T]):
    """Deferred interactions by event id, forgotten after Discord's 15-minute window."""

    def __init__(self) -> None:
        self._items: dict[str, Pending[T]] = {}

    def add(self, event_id: str, interaction: T) -> None:
        """Remember an interaction (and drop expired ones)."""
        now = time.monotonic()
        for key in [k for k, p in self._items.items() if p.expired(now)]:
            del self._items[key]
        self._items[event_id] = Pending(interaction, now)

    def get(self, event_id: str | None) -> Pending[T] | None:
        return self._items.get(event_id or "")

    def pop(self, event_id: str) -> Pending[T] | None:
        return self._items.pop(event_id, None)


class Origins:
    """Where each recent event came from (channel id, message id), for replies; bounded."""

    def __init__(self, limit: int = MAX_ORIGINS) -> None:
        self.limit = limit
        self._items: OrderedDict[str, tuple[str, str]] = OrderedDict()

    def add(self, event_id: str, channel_id: str, message_id: str) -> None:
        self._items[event_id] = (channel_id, message_id)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def get(self, event_id: str | None) -> tuple[str | None, str | None]:
        channel_id, message_id = self._items.get(event_id or "", (None, None))
        return channel_id, message_id


class Indicators:
    """Background 'typing...' tasks by event id."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def start(self, event_id: str, run: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run `run()` in the background until stopped."""
        self.stop(event_id)
        task = asyncio.create_task(run(), name=f"discord-typing-{event_id}")
        self._tasks[event_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(event_id, None) if
                               self._tasks.get(event_id) is task else None)  # fmt: skip

    def stop(self, event_id: str) -> None:
        task = self._tasks.pop(event_id, None)
        if task is not None:
            task.cancel()

    def active(self) -> list[str]:
        return list(self._tasks)

    async def stop_all(self) -> None:
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*tasks, return_exceptions=True)
