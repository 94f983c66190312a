"""handle(event | tick): should-respond -> prompt -> generate -> filter -> pick -> send -> record.

Exactly once: the event (or slot) is claimed in the store before generating, a post intent is
recorded before each send and marked sent with the remote id after. A duplicate is answered once;
see ``bot.store_runs`` for what happens to claims left behind by a crash.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence

from bot.candidates import Candidates, judge
from bot.config import Config
from bot.control import is_queued, run_command
from bot.drafts import Posts
from bot.events import Event, Outcome, Outgoing, Platform, Tick, item_ids
from bot.generation.base import Generator
from bot.metrics import Metrics
from bot.outbox import Outbox, Safety, describe
from bot.policy import Decision, Policy
from bot.ports import Adapter
from bot.prompting import mention_prompt
from bot.safety.base import CheckContext
from bot.store import AsyncStore
from bot.store_runs import event_key

log = logging.getLogger(__name__)


class Pipeline:
    """Decides what to answer and records every outcome; adapters only carry messages."""

    def __init__(
        self,
        cfg: Config,
        generator: Generator,
        safety: Safety,
        store: AsyncStore,
        adapters: Mapping[str, Adapter],
        *,
        policy: Policy | None = None,
        metrics: Metrics | None = None,
        schedule_targets: Sequence[Platform] | None = None,
        speedup: float = 1.0,
        send_retries: int = 1,
        retry_backoff_s: float = 1.0,
    ) -> None:
        self.cfg = cfg
        self.generator = generator
        self.safety = safety
        self.store = store
        self.policy = policy or Policy(cfg)
        self.metrics = metrics or Metrics()
        self.schedule_targets: tuple[Platform, ...] = tuple(
            schedule_targets or cfg.schedule.targets
        )
        self.speedup = speedup
        self.outbox = Outbox(
            store, adapters, safety, self.metrics, send_retries=send_retries,
            retry_backoff_s=retry_backoff_s,
        )  # fmt: skip
        self.paused = cfg.bot.paused
        self._admitted: set[tuple[str, str]] = set()
        self.reloader: Callable[[], Awaitable[str]] | None = None  # set by the daemon (bot.app)
        self.candidates = Candidates(cfg, generator, safety, store, self.metrics)
        self.posts = Posts(
            cfg, store, self.candidates, self.outbox, paused=lambda: self.paused, speedup=speedup
        )

    @property
    def adapters(self) -> Mapping[str, Adapter]:
        """The running adapters, by platform name."""
        return self.outbox.adapters

    @adapters.setter
    def adapters(self, adapters: Mapping[str, Adapter]) -> None:
        self.outbox.adapters = adapters

    async def notify(self, ev: Event, text: str) -> None:
        """Send a short notice back to the person (never on X)."""
        await self.outbox.notify(ev, text)

    def carry_over(self, old: Pipeline) -> None:
        """Take over the queue places a replaced pipeline gave out (a reload, bot.reload)."""
        self._admitted = old._admitted  # shared: either pipeline may release an item

    async def reload(self) -> str:
        """Reload the config and model (the `reload` command); return what happened."""
        if self.reloader is None:
            return "Reload works only in the running daemon (`tweetling run`)."
        return await self.reloader()

    async def start(self) -> None:
        """Load the persisted pause switch (an admin's last pause/resume wins over the config)."""
        saved = await self.store.get_value("paused")
        if saved is not None:
            self.paused = saved == "1"

    async def set_paused(self, paused: bool) -> None:
        """Pause or resume answering and scheduled posts, persistently."""
        self.paused = paused
        await self.store.set_value("paused", "1" if paused else "0")

    # -- intake -----------------------------------------------------------------------------

    async def admit(self, item: Event | Tick) -> bool:
        """Take a place in the item's channel queue; tell the person if that channel is full."""
        if isinstance(item, Tick) or not is_queued(item):
            return True
        decision = self.policy.try_enter(item)
        if decision.respond:
            self._admitted.add((item.platform, item.event_id))
            return True
        if decision.notice:
            await self.outbox.notify(item, decision.notice)
        return False

    def release(self, item: Event | Tick) -> None:
        """Give back the item's place in its channel queue."""
        if isinstance(item, Event) and (item.platform, item.event_id) in self._admitted:
            self._admitted.discard((item.platform, item.event_id))
            self.policy.leave(item)

    async def handle(self, item: Event | Tick) -> Outcome:
        """Handle one event or slot; an exception is logged and recorded, never raised."""
        started = time.perf_counter()
        platform, item_id = item_ids(item)
        try:
            if isinstance(item, Tick):
                outcome = await self.handle_tick(item)
            elif item.kind == "command":
                outcome = await run_command(self, item)
            else:
                outcome = await self.handle_event(item)
        except Exception as exc:
            log.exception("handling %s:%s failed", platform, item_id)
            outcome = await self.outbox.record(platform, item_id, Outcome("failed", describe(exc)))
        finally:
            self.release(item)
        self.metrics.events.labels(platform, outcome.status).inc()
        self.metrics.handle_seconds.observe(time.perf_counter() - started)
        log.info("%s:%s -> %s %s", platform, item_id, outcome.status, outcome.detail)
        return outcome

    # -- events -----------------------------------------------------------------------------

    async def claim(self, ev: Event) -> bool:
        """Claim an event in the store; False if it was already handled."""
        return await self.store.claim_event(
            ev.platform, ev.event_id, kind=ev.kind, author_id=ev.author_id,
            channel_id=ev.channel_id, text=(ev.prompt or ev.text)[:500],
        )  # fmt: skip

    async def handle_event(self, ev: Event) -> Outcome:
        """Answer a mention, reply or DM at most once."""
        if not await self.claim(ev):
            return Outcome("duplicate", "already handled")
        return await self.answer(ev)

    async def decide(self, ev: Event) -> Decision:
        """Return the policy's decision, first waiting out a cooldown that a command waits for."""
        while True:
            opted_out = await self.store.is_opted_out(ev.platform, ev.author_id)
            if (since := self.policy.daily_cap_since(ev)) is not None:
                count = await self.store.replies_since(ev.platform, ev.author_id, since)
                self.policy.seed_daily(ev, count)
            decision = self.policy.check(ev, paused=self.paused, opted_out=opted_out)
            if decision.respond or decision.wait_s <= 0:
                return decision
            # Another answer may start the cooldown again while this one waits: check again.
            await asyncio.sleep(decision.wait_s)

    async def answer(self, ev: Event) -> Outcome:
        """Decide, generate, filter and send the answer to a claimed event."""
        decision = await self.decide(ev)
        if not decision.respond:
            if decision.notice and (decision.reason != "paused" or ev.kind == "command"):
                await self.outbox.notify(ev, decision.notice)
            return await self._finish_ev(ev, Outcome("skipped", decision.reason))
        # Cooldowns start with the decision, before any await: a burst handled by several
        # workers at once must not all pass the check. A refused prompt costs the cooldown too.
        self.policy.note_answered(ev)
        await self.outbox.working(ev)
        refused = await self._check_input(ev)
        if refused is not None:
            return await self._finish_ev(ev, refused)
        prefix = ev.prompt if ev.prompt is not None else mention_prompt(
            ev.text, self.cfg.generation.mention_style
        )  # fmt: skip
        ctx = CheckContext(platform=ev.platform, reply_to_handle=ev.author_name or None)
        key = event_key(ev.platform, ev.event_id)
        texts, _ = await self.candidates.produce(
            key, prefix, ctx, count=ev.count, temperature=ev.temperature,
            conversation=self.conversation(ev),
        )  # fmt: skip
        try:
            if not texts:
                return await self._all_blocked(ev, key)
            sent = await self.outbox.send_many(key, [self._reply(ev, t) for t in texts])
            return await self._finish_ev(ev, sent)
        finally:
            self.candidates.release(texts)

    def conversation(self, ev: Event) -> tuple[str, ...] | None:
        """Return the turns a reply answers (oldest first), or None to write a post instead.

        With `mention_style = "reply"` a mention, reply or DM is answered in the pair format;
        a command (/generate) writes a post, continuing its prompt if it has one.
        """
        if ev.kind == "command" or ev.prompt is not None:
            return None
        if self.cfg.generation.mention_style != "reply":
            return None
        return ev.conversation() or None

    async def _check_input(self, ev: Event) -> Outcome | None:
        """Refuse (politely, without generating) a prompt or conversation the input filters block.

        Every turn the model would read is checked, not only the last message: a harmless
        "what do you think?" replying to a harmful message is refused too.
        """
        texts = (ev.prompt,) if ev.prompt is not None else (*(t.text for t in ev.context), ev.text)
        if not self.cfg.safety.check_input:
            return None
        ctx = CheckContext(platform=ev.platform, is_input=True)
        for text in dict.fromkeys(t for t in texts if t.strip()):  # each distinct turn once
            verdict = await judge(self.safety.check_input, text, ctx)
            if verdict.allowed:
                continue
            key = event_key(ev.platform, ev.event_id)
            await self.store.record_verdict(key, 0, text, verdict)
            await self.outbox.notify(ev, self.cfg.safety.refusal_message)
            return Outcome("refused", ",".join(verdict.reasons) or verdict.filter)
        return None

    async def _all_blocked(self, ev: Event, key: str) -> Outcome:
        """Send the fallback message or stay silent, as configured."""
        reasons = await self.candidates.block_reasons(key)
        if self.cfg.generation.on_all_blocked == "silent":
            return await self._finish_ev(ev, Outcome("blocked", reasons))
        fallback = self._reply(ev, self.cfg.generation.fallback_message)
        sent = await self.outbox.send_many(key, [fallback])
        detail = f"{reasons}; fallback {sent.status}"
        return await self._finish_ev(ev, Outcome("blocked", detail, sent.texts, sent.remote_ids))

    def _reply(self, ev: Event, text: str) -> Outgoing:
        discord = ev.platform == "discord"
        return Outgoing(
            platform=ev.platform, text=text, event_id=ev.event_id, reply_to=ev.reply_to,
            channel_id=ev.channel_id,
            mention_author_id=ev.author_id if discord and self.cfg.discord.mention_author else None,
            ephemeral=discord and ev.kind == "command" and self.cfg.discord.ephemeral,
            kind="reply", extra=dict(ev.extra),
        )  # fmt: skip

    # -- ticks and drafts -------------------------------------------------------------------

    async def handle_tick(self, tick: Tick) -> Outcome:
        """Post one generated text for a schedule slot, at most once per slot."""
        return await self.posts.handle_tick(tick)

    async def skip_slot(self, tick: Tick, reason: str) -> None:
        """Record a slot that was not even queued (e.g. the previous one is still running)."""
        await self.posts.skip_slot(tick, reason)

    async def announce_draft(self, draft_id: int, text: str) -> None:
        """Show a new draft where a reviewer will see it (console, Discord review channel)."""
        await self.posts.announce_draft(draft_id, text)

    async def publish_draft(self, draft_id: int, by: str = "") -> Outcome:
        """Post an approved (or pending) draft to its targets, once."""
        return await self.posts.publish_draft(draft_id, by)

    async def publish_approved(self) -> int:
        """Publish drafts approved elsewhere (`tweetling review approve`); return how many."""
        return await self.posts.publish_approved()

    async def _finish_ev(self, ev: Event, outcome: Outcome) -> Outcome:
        return await self.outbox.record(ev.platform, ev.event_id, outcome)
