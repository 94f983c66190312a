"""Scheduled posts and review drafts: a slot's post, drafts, and publishing them once."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from bot.candidates import Candidates
from bot.config import Config
from bot.events import DraftStatus, Outcome, Outgoing, Platform, Tick
from bot.outbox import Outbox
from bot.safety.base import CheckContext
from bot.scheduler import local_day, slot_gate, zone
from bot.store import AsyncStore
from bot.store_runs import event_key

log = logging.getLogger(__name__)
# A draft's final status from the status of its publishing event.
_SETTLED: dict[str, DraftStatus] = {"sent": "posted", "uncertain": "uncertain", "failed": "failed"}


class Posts:
    """Posts a slot's text (or keeps it as a draft for review) and publishes drafts, once each."""

    def __init__(
        self,
        cfg: Config,
        store: AsyncStore,
        candidates: Candidates,
        outbox: Outbox,
        *,
        paused: Callable[[], bool],
        speedup: float = 1.0,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.candidates = candidates
        self.outbox = outbox
        self.paused = paused
        self.speedup = speedup

    async def handle_tick(self, tick: Tick) -> Outcome:
        """Post one generated text for a schedule slot, at most once per slot."""
        kind = "manual" if tick.manual else "scheduled"
        if not await self.store.claim_event(
            "schedule", tick.slot_id, kind=kind, author_id=tick.job
        ):
            return Outcome("duplicate", "slot already handled")

        async def finish(outcome: Outcome) -> Outcome:
            return await self.outbox.record("schedule", tick.slot_id, outcome)

        if self.paused() and not tick.manual:
            return await finish(Outcome("skipped", "paused"))
        if not tick.manual:
            state = await self.store.schedule_state()
            reason = slot_gate(datetime.now(UTC), state, self.cfg.schedule, self.speedup)
            if reason:
                return await finish(Outcome("skipped", reason))
        return await finish(await self._post_slot(tick))

    async def skip_slot(self, tick: Tick, reason: str) -> None:
        """Record a slot that was not even queued (e.g. the previous one is still running)."""
        if await self.store.claim_event(
            "schedule", tick.slot_id, kind="scheduled", author_id=tick.job
        ):
            await self.outbox.record("schedule", tick.slot_id, Outcome("skipped", reason))
        log.info("schedule slot %s skipped: %s", tick.slot_id, reason)

    async def _post_slot(self, tick: Tick) -> Outcome:
        """Generate the slot's post; publish it, or keep it as a draft (review mode, held)."""
        key = event_key("schedule", tick.slot_id)
        platform: Platform = "x" if "x" in tick.targets else tick.targets[0]  # the strictest rules
        texts, held = await self.candidates.produce(key, None, CheckContext(platform=platform))
        try:
            if not texts and not held:
                return Outcome("blocked", await self.candidates.block_reasons(key))
            if texts and not (self.cfg.schedule.review and not tick.manual):
                return await self.publish(key, texts[0], tick.targets, tick.slot_id)
            why = "held by safety" if not texts else "review mode"
            text = (texts or held)[0]
            draft_id = await self.store.add_draft(tick.slot_id, text, tick.targets, why)
            await self.announce_draft(draft_id, text)
            return Outcome("drafted", f"draft {draft_id} ({why})")
        finally:
            self.candidates.release(texts)

    async def publish(
        self, key: str, text: str, targets: Sequence[Platform], slot_id: str
    ) -> Outcome:
        """Send a post to every target and count it against the schedule's cap."""
        outs = [self._post(target, text, slot_id) for target in targets]
        outcome = await self.outbox.send_many(key, [o for o in outs if o is not None])
        if outcome.texts:  # at least one target got it
            now = datetime.now(UTC)
            await self.store.record_scheduled_post(
                now, local_day(now, zone(self.cfg.schedule.timezone))
            )
        return outcome

    def _post(self, target: Platform, text: str, slot_id: str) -> Outgoing | None:
        if target not in self.outbox.adapters:
            log.warning("scheduled target %s has no running adapter; skipping it", target)
            return None
        channel = self.cfg.discord.schedule_channel_id if target == "discord" else None
        return Outgoing(
            platform=target, text=text, event_id=slot_id,
            channel_id=str(channel) if channel else None, kind="post",
        )  # fmt: skip

    async def announce_draft(self, draft_id: int, text: str) -> None:
        """Show a new draft where a reviewer will see it (console, Discord review channel)."""
        review = self.cfg.discord.review_channel_id
        names: tuple[Platform, ...] = ("console", "discord") if review else ("console",)
        for name in (n for n in names if n in self.outbox.adapters):
            out = Outgoing(
                platform=name, text=text, kind="draft", draft_id=draft_id,
                channel_id=str(review) if name == "discord" else None,
            )  # fmt: skip
            await self.outbox.deliver_quietly(out)

    async def publish_draft(self, draft_id: int, by: str = "") -> Outcome:
        """Post an approved (or pending) draft to its targets, once."""
        draft = await self.store.get_draft(draft_id)
        if draft is None or draft.status not in ("pending", "approved"):
            return Outcome("skipped", f"no pending draft {draft_id}")
        await self.store.set_draft_status(
            draft_id, "approved", expect=("pending", "approved"), by=by
        )
        if not await self.store.claim_event("draft", str(draft_id), kind="draft", author_id=by):
            # published or begun before (maybe by a crashed run): never again; settle its status
            done = await self.store.event_status("draft", str(draft_id))
            settled = _SETTLED.get(done or "")
            if settled:
                await self.store.set_draft_status(draft_id, settled, expect=("approved",), by=by)
            return Outcome("duplicate", f"draft {draft_id} already published")
        key = event_key("draft", str(draft_id))
        outcome = await self.publish(key, draft.text, draft.targets, draft.slot_id)
        final: DraftStatus = "posted" if outcome.status == "sent" else "failed"
        await self.store.set_draft_status(draft_id, final, expect=("approved",), by=by)
        return await self.outbox.record("draft", str(draft_id), outcome)

    async def publish_approved(self) -> int:
        """Publish drafts approved elsewhere (`tweetling review approve`); return how many."""
        drafts = await self.store.list_drafts("approved")
        for draft in drafts:
            await self.publish_draft(draft.id, "review")
        return len(drafts)
