"""Sending with exactly-once bookkeeping: intent before the send, sent or failed after."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Protocol

from bot.events import Event, Outcome, Outgoing, Verdict
from bot.metrics import Metrics
from bot.ports import Adapter, SendError
from bot.safety.base import CheckContext
from bot.store import AsyncStore

log = logging.getLogger(__name__)


class Safety(Protocol):
    """What the pipeline needs from `bot.safety.factory.build_safety`'s result."""

    def prime_output(self, texts: Sequence[str]) -> None:
        """Let batching filters score a request's candidates at once (before check_output)."""

    def check_output(self, text: str, ctx: CheckContext) -> Verdict:
        """Judge one generated text."""

    def check_input(self, text: str, ctx: CheckContext) -> Verdict:
        """Judge a person's prompt or mention."""

    def remember(self, text: str) -> None:
        """Add a sent post to the near-duplicate memory."""


class Outbox:
    """Carries the pipeline's decisions out through the adapters and records each send."""

    def __init__(
        self,
        store: AsyncStore,
        adapters: Mapping[str, Adapter],
        safety: Safety,
        metrics: Metrics,
        *,
        send_retries: int = 1,
        retry_backoff_s: float = 1.0,
    ) -> None:
        self.store = store
        self.adapters = adapters
        self.safety = safety
        self.metrics = metrics
        self.send_retries = send_retries
        self.retry_backoff_s = retry_backoff_s

    async def send_many(self, key: str, outs: Sequence[Outgoing]) -> Outcome:
        """Send each message with an intent record; stop at the first failure."""
        texts: list[str] = []
        ids: list[str | None] = []
        for out in outs:
            try:
                ids.append(await self.send(key, out))
                texts.append(out.text)
            except SendError as exc:
                return Outcome("failed", f"send failed: {exc}", tuple(texts), tuple(ids))
            except Exception as exc:  # it may have gone out: never resend
                return Outcome("uncertain", describe(exc), tuple(texts), tuple(ids))
        if not outs:
            return Outcome("failed", "no adapter for any target")
        return Outcome("sent", ",".join(str(i) for i in ids), tuple(texts), tuple(ids))

    async def send(self, key: str, out: Outgoing) -> str | None:
        """Record the intent, send (retrying transient errors) and mark the post sent or failed."""
        adapter = self.adapters.get(out.platform)
        if adapter is None:
            raise SendError(f"no {out.platform} adapter is running", permanent=True)
        post_id = await self.store.record_post_intent(
            out.platform, out.text, event_key=key, kind=out.kind, channel_id=out.channel_id,
            reply_to=out.reply_to,
        )  # fmt: skip
        for attempt in range(self.send_retries + 1):
            try:
                remote = await adapter.send(out)
            except SendError as exc:
                if exc.permanent or attempt == self.send_retries:
                    await self.store.mark_post_failed(post_id, str(exc))
                    self.metrics.send_errors.labels(out.platform).inc()
                    raise
                await asyncio.sleep(self.retry_backoff_s * 2**attempt)
                continue
            except Exception as exc:
                await self.store.mark_post_uncertain(post_id, describe(exc))
                raise
            await self.store.mark_post_sent(post_id, remote)
            self.safety.remember(out.text)
            self.metrics.posts.labels(out.platform, out.kind).inc()
            return remote
        raise AssertionError("unreachable")  # pragma: no cover

    async def working(self, ev: Event) -> None:
        """Tell the event's adapter an answer is coming (optional `working` hook); never raise."""
        hook = getattr(self.adapters.get(ev.platform), "working", None)
        if hook is None:
            return
        try:
            await hook(ev.event_id)
        except Exception:  # only a progress sign ("typing..."): the answer goes on without it
            log.warning("adapter %s: working(%s) failed", ev.platform, ev.event_id, exc_info=True)

    async def record(self, platform: str, item_id: str, outcome: Outcome) -> Outcome:
        """Record an event's or slot's outcome in the store and return it."""
        await self.store.finish_event(platform, item_id, outcome.status, outcome.detail[:1000])
        return outcome

    async def notify(self, ev: Event, text: str) -> None:
        """Send a short notice back to the person (never on X, where it would be public)."""
        if ev.platform == "x":
            return
        out = Outgoing(
            platform=ev.platform, text=text, event_id=ev.event_id, reply_to=ev.reply_to,
            channel_id=ev.channel_id, ephemeral=True, kind="notice", extra=dict(ev.extra),
        )  # fmt: skip
        await self.deliver_quietly(out)

    async def deliver_quietly(self, out: Outgoing) -> None:
        """Send a notice or draft; a failure is logged, not fatal."""
        adapter = self.adapters.get(out.platform)
        if adapter is None:
            return
        try:
            await adapter.send(out)
        except Exception:
            log.warning("could not deliver a %s on %s", out.kind, out.platform, exc_info=True)


def describe(exc: BaseException) -> str:
    """Return an exception as one short line."""
    return f"{type(exc).__name__}: {exc}"[:500]
