"""The bot's state in SQLite (WAL), seen from the event loop: `open_store` and `AsyncStore`.

The tables and their synchronous methods live in ``bot.store_sync``, the exactly-once rule
(runs, claims, recovery after a crash) in ``bot.store_runs``, the schema in ``bot.store_schema``.
Every `AsyncStore` method runs the same-named `Store` method on one worker thread.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from bot.errors import ConfigError
from bot.events import DraftStatus, OutcomeStatus, Verdict
from bot.sqlite_text import TextSafeConnection
from bot.store_sync import Draft, ScheduleState, Store

P = ParamSpec("P")
T = TypeVar("T")


def open_store(path: str | Path) -> Store:
    """Open (creating if needed) the store at `path`; ':memory:' for tests. Raises ConfigError."""
    target = str(path)
    try:
        if target != ":memory:":
            Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
            target = str(Path(target).expanduser())
        # TextSafeConnection: text with lone surrogates is stored replaced, never raises.
        conn = sqlite3.connect(
            target, check_same_thread=False, timeout=10.0, factory=TextSafeConnection
        )
        conn.row_factory = sqlite3.Row
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        return Store(conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(
            f"cannot open the store at {path}: {exc}",
            "set [storage] path to a writable file, or check permissions",
        ) from None


class AsyncStore:
    """The Store's methods as coroutines, all run on one worker thread off the event loop."""

    def __init__(self, store: Store) -> None:
        self.sync = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    async def _run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(fn, *args, **kwargs))

    async def aclose(self) -> None:
        """Flush and close the store, then stop the worker thread."""
        await self._run(self.sync.close)
        self._pool.shutdown(wait=True)

    # -- events -----------------------------------------------------------------------------

    async def claim_event(
        self,
        platform: str,
        event_id: str,
        *,
        kind: str = "",
        author_id: str = "",
        channel_id: str | None = None,
        text: str = "",
    ) -> bool:
        """Claim an event before generating; False if it was handled (or is being handled)."""
        return await self._run(
            self.sync.claim_event, platform, event_id, kind=kind, author_id=author_id,
            channel_id=channel_id, text=text,
        )  # fmt: skip

    async def finish_event(
        self, platform: str, event_id: str, status: OutcomeStatus, detail: str = ""
    ) -> None:
        """Record an event's outcome."""
        await self._run(self.sync.finish_event, platform, event_id, status, detail)

    async def event_status(self, platform: str, event_id: str) -> str | None:
        """Return an event's status, or None if it was never seen."""
        return await self._run(self.sync.event_status, platform, event_id)

    async def recover_interrupted(self) -> int:
        """Close claims left by dead runs; return how many had a send that may have gone out."""
        return await self._run(self.sync.recover_interrupted)

    # -- posts and verdicts -----------------------------------------------------------------

    async def record_post_intent(
        self,
        platform: str,
        text: str,
        *,
        event_key: str | None = None,
        kind: str = "reply",
        channel_id: str | None = None,
        reply_to: str | None = None,
    ) -> int:
        """Record that a post is about to be sent; return its id."""
        return await self._run(
            self.sync.record_post_intent, platform, text, event_key=event_key, kind=kind,
            channel_id=channel_id, reply_to=reply_to,
        )  # fmt: skip

    async def mark_post_sent(self, post_id: int, remote_id: str | None) -> None:
        """Record that a post went out, with the platform's id for it."""
        await self._run(self.sync.mark_post_sent, post_id, remote_id)

    async def mark_post_failed(self, post_id: int, error: str) -> None:
        """Record that a post definitely did not go out."""
        await self._run(self.sync.mark_post_failed, post_id, error)

    async def mark_post_uncertain(self, post_id: int, error: str) -> None:
        """Record that a send was interrupted and may or may not have gone out."""
        await self._run(self.sync.mark_post_uncertain, post_id, error)

    async def posts(
        self, *, event_key: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Return posts, newest first, optionally for one event."""
        return await self._run(self.sync.posts, event_key=event_key, limit=limit)

    async def recent_post_texts(self, limit: int, platform: str | None = None) -> list[str]:
        """Return the texts of the bot's latest sent replies and posts, newest first."""
        return await self._run(self.sync.recent_post_texts, limit, platform)

    async def replies_since(self, platform: str, author_id: str, since: datetime) -> int:
        """Return how many replies to `author_id` on `platform` began sending since `since`."""
        return await self._run(self.sync.replies_since, platform, author_id, since)

    async def record_verdict(
        self, key: str, attempt: int, candidate: str, verdict: Verdict
    ) -> None:
        """Record one safety decision about one candidate."""
        await self._run(self.sync.record_verdict, key, attempt, candidate, verdict)

    async def verdicts(self, key: str) -> list[dict[str, Any]]:
        """Return the verdicts recorded for one event or slot, oldest first."""
        return await self._run(self.sync.verdicts, key)

    # -- key-value state, schedule, drafts, opt-outs ----------------------------------------

    async def get_value(self, name: str) -> str | None:
        """Return a persisted value (an adapter cursor, the pause switch)."""
        return await self._run(self.sync.get_value, name)

    async def set_value(self, name: str, value: str) -> None:
        """Persist a value under `name`."""
        await self._run(self.sync.set_value, name, value)

    async def schedule_state(self) -> ScheduleState:
        """Return when the schedule last posted and how many posts its day has had."""
        return await self._run(self.sync.schedule_state)

    async def record_scheduled_post(self, at: datetime, day: str) -> None:
        """Count one scheduled post at `at` on the local calendar day `day`."""
        await self._run(self.sync.record_scheduled_post, at, day)

    async def add_draft(
        self, slot_id: str, text: str, targets: Sequence[str], reason: str = ""
    ) -> int:
        """Keep a scheduled post for review; return the draft id."""
        return await self._run(self.sync.add_draft, slot_id, text, targets, reason)

    async def get_draft(self, draft_id: int) -> Draft | None:
        """Return one draft."""
        return await self._run(self.sync.get_draft, draft_id)

    async def list_drafts(
        self, status: DraftStatus | None = "pending", limit: int = 50
    ) -> list[Draft]:
        """Return drafts with a status (None: all), oldest first."""
        return await self._run(self.sync.list_drafts, status, limit)

    async def set_draft_status(
        self,
        draft_id: int,
        status: DraftStatus,
        *,
        expect: Sequence[DraftStatus] = ("pending",),
        by: str = "",
    ) -> bool:
        """Move a draft to `status` if it is in one of `expect`; return whether it moved."""
        return await self._run(self.sync.set_draft_status, draft_id, status, expect=expect, by=by)

    async def add_optout(self, platform: str, user_id: str) -> None:
        """Never answer this user again (until they opt back in)."""
        await self._run(self.sync.add_optout, platform, user_id)

    async def remove_optout(self, platform: str, user_id: str) -> None:
        """Let an opted-out user be answered again."""
        await self._run(self.sync.remove_optout, platform, user_id)

    async def is_opted_out(self, platform: str, user_id: str) -> bool:
        """Return True if the user opted out."""
        return await self._run(self.sync.is_opted_out, platform, user_id)

    async def history(self, limit: int = 20) -> list[dict[str, Any]]:
        """Return the latest events and slots with their outcome, posts and block reasons."""
        return await self._run(self.sync.history, limit)
