"""The X adapter: posts through the API client and polls mentions with a persisted since_id.

It translates and decides nothing: every mention becomes an Event and the pipeline decides.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from typing import Any, Protocol

from bot.adapters.x.api import Sleep, XApi
from bot.adapters.x.errors import missing_keys
from bot.adapters.x.mentions import (
    BotIdentity,
    PollResult,
    is_later,
    newest_id,
    oldest_first,
    parse_page,
)
from bot.config import Config, Secrets
from bot.errors import ConfigError
from bot.events import Outgoing
from bot.ports import Emit, QueueBusy, SendError

log = logging.getLogger(__name__)

CURSOR = "x:mentions:since_id"


class CursorStore(Protocol):
    """The part of the daemon's AsyncStore the adapter uses: named cursors."""

    async def get_value(self, name: str) -> str | None:
        """Return the stored value, or None."""

    async def set_value(self, name: str, value: str) -> None:
        """Store the value."""


class XAdapter:
    """Carries Outgoing messages to X and emits mention Events; decides nothing."""

    name = "x"
    # The app's emit waits for queue room and raises if the mention was not queued, so the
    # cursor never moves past a mention nobody will answer (X has no "busy" notice).
    emit_waits = True

    def __init__(
        self, cfg: Config, api: XApi | None, store: CursorStore, *, poll: bool | None = None
    ) -> None:
        self._cfg = cfg.x
        self._api = api
        self._store = store
        self._poll = cfg.x.reply_to_mentions if poll is None else poll
        self._identity: BotIdentity | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._dry_ids = itertools.count(int(time.time() * 1000))  # unique across restarts

    async def start(self, emit: Emit) -> None:
        """Start the mention-polling task if replying to mentions is on."""
        if self._poll and self._task is None:
            self._stopping.clear()
            self._task = asyncio.create_task(self._poll_loop(emit), name="x-mentions")
        mode = "dry-run" if self._cfg.dry_run else "live"
        log.info(
            "X adapter started (%s, %s)", mode, "polling mentions" if self._poll else "posting only"
        )

    async def send(self, outgoing: Outgoing) -> str:
        """Post the text (as a reply when reply_to is set) and return the tweet id."""
        if outgoing.kind == "draft":
            raise SendError(
                "drafts go to the review channel, not to X", permanent=True, code="unsupported"
            )
        if self._cfg.dry_run:
            remote_id = f"dry-run-{next(self._dry_ids)}"
            log.info(
                "dry-run: would post on X (reply to %s) as %s: %s",
                outgoing.reply_to or "-",
                remote_id,
                outgoing.text,
            )
            return remote_id
        if self._api is None:
            raise missing_keys("posting to X")
        tweet_id = await self._api.create_tweet(outgoing.text, outgoing.reply_to)
        log.info("posted on X: %s (reply to %s)", tweet_id, outgoing.reply_to or "-")
        return tweet_id

    async def identity(self) -> BotIdentity:
        """Return the bot's X account (one get_me call, then cached)."""
        if self._identity is None:
            if self._api is None:
                raise missing_keys("reading mentions", dry_run_helps=False)
            self._identity = await self._api.get_me()
        return self._identity

    async def poll_once(self, emit: Emit) -> PollResult:
        """Read new mentions, emit one Event per mention oldest first, then advance the cursor."""
        bot = await self.identity()
        since = await self._store.get_value(CURSOR)
        pages = await self._read_pages(bot, since)
        result = PollResult(
            since_id=since, newest_id=newest_id(pages), pages=len(pages), baseline=since is None
        )
        if not result.baseline:
            result.events = oldest_first([e for page in pages for e in parse_page(page, bot)])
            for event in result.events:
                await emit(event)
        if result.newest_id and is_later(result.newest_id, since):
            await self._store.set_value(CURSOR, result.newest_id)
        if result.baseline:
            log.info(
                "first X poll: starting after mention %s; older mentions are not answered",
                result.newest_id or "-",
            )
        return result

    async def _read_pages(self, bot: BotIdentity, since: str | None) -> list[dict[str, Any]]:
        """Return up to max_pages pages of mentions newer than `since` (one small page at first)."""
        assert self._api is not None  # identity() checked
        pages: list[dict[str, Any]] = []
        token: str | None = None
        limit = 1 if since is None else self._cfg.max_pages
        while len(pages) < limit:
            page = await self._api.mentions_page(
                bot.user_id, since, token, 5 if since is None else 100
            )
            pages.append(page)
            token = page.get("meta", {}).get("next_token")
            if not token:
                return pages
        if since is not None:
            log.warning(
                "more than %d pages of new X mentions; older ones are skipped ([x] max_pages)",
                limit,
            )
        return pages

    async def _poll_loop(self, emit: Emit) -> None:
        """Poll every poll_interval_s until stopped; errors are logged and the loop goes on."""
        while not self._stopping.is_set():
            try:
                result = await self.poll_once(emit)
                if result.events:
                    log.info("X: %d new mention(s)", len(result.events))
            except QueueBusy as exc:
                log.warning("X: %s; the cursor stays, so it is read again next round", exc)
            except SendError as exc:
                log.error("X mention poll failed: %s", exc)
            except ConfigError as exc:
                log.error("X mention poll failed: %s", exc.line())
            except Exception:
                log.exception("X mention poll crashed; trying again next round")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._cfg.poll_interval_s)

    async def stop(self) -> None:
        """Stop polling and the worker thread; safe to call twice."""
        self._stopping.set()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if self._api is not None:
            self._api.close()


def build_adapter(
    cfg: Config,
    secrets: Secrets,
    store: CursorStore,
    *,
    poll: bool | None = None,
    sleep: Sleep = asyncio.sleep,
) -> XAdapter:
    """Build the X adapter the app runs; ConfigError if the keys it needs are missing."""
    poll = cfg.x.reply_to_mentions if poll is None else poll
    if not secrets.x_user_auth and (poll or not cfg.x.dry_run):
        doing = "replying to X mentions" if poll else "posting to X"
        raise missing_keys(doing, secrets, dry_run_helps=not poll)
    has_keys = secrets.x_user_auth or secrets.x_bearer_token is not None
    api = XApi(secrets, cfg.x, sleep=sleep) if has_keys else None
    return XAdapter(cfg, api, store, poll=poll)
