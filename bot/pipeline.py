"""handle(event | tick): should-respond -> prompt -> generate -> filter -> pick -> send -> record.

Exactly once: the event (or slot) is claimed in the store before generating, a post intent is
recorded before each send and marked sent with the remote id after. A duplicate is answered once;
see ``bot.store`` for what happens to claims left behind by a crash.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from bot.config import Config
from bot.control import is_queued, run_command
from bot.events import (
    Candidate,
    DraftStatus,
    Event,
    Outcome,
    Outgoing,
    Platform,
    Tick,
    Verdict,
)  # fmt: skip
from bot.generation.base import GenerationRequest, Generator, SamplingParams
from bot.generation.factory import sampling_defaults
from bot.metrics import Metrics
from bot.outbox import Outbox, Safety, describe
from bot.policy import Policy
from bot.ports import Adapter
from bot.prompting import mention_prompt
from bot.safety.base import CheckContext
from bot.scheduler import local_day, slot_gate, zone
from bot.store import AsyncStore
from bot.store_runs import event_key

log = logging.getLogger(__name__)
# A draft's final status from the status of its publishing event.
_SETTLED: dict[str, DraftStatus] = {"sent": "posted", "uncertain": "uncertain", "failed": "failed"}


def score(candidate: Candidate, text: str) -> float:
    """Return a simple quality score: fluent (log-prob), varied words, a post-like length."""
    words = text.split()
    distinct = len(set(words)) / len(words) if words else 0.0
    length = min(len(words), 25) / 25
    fluency = candidate.logprob if candidate.logprob is not None else 0.0
    return fluency + distinct + length


def attempt_params(params: SamplingParams, attempt: int) -> SamplingParams:
    """Return the params for regeneration attempt `attempt` (1-based): seed + attempt - 1.

    A fixed seed would make every attempt repeat the candidates that were just blocked; a
    derived one finds new candidates and still replays the same sequence on every run.
    """
    if params.seed is None or attempt == 1:
        return params
    return replace(params, seed=params.seed + attempt - 1)


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
        self._in_flight: set[str] = set()  # picked, not yet sent: the dedupe filter can't see them

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
        platform, item_id = _ids(item)
        try:
            if isinstance(item, Tick):
                outcome = await self.handle_tick(item)
            elif item.kind == "command":
                outcome = await run_command(self, item)
            else:
                outcome = await self.handle_event(item)
        except Exception as exc:
            log.exception("handling %s:%s failed", platform, item_id)
            outcome = await self._finish(platform, item_id, Outcome("failed", describe(exc)))
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

    async def answer(self, ev: Event) -> Outcome:
        """Decide, generate, filter and send the answer to a claimed event."""
        opted_out = await self.store.is_opted_out(ev.platform, ev.author_id)
        if (since := self.policy.daily_cap_since(ev)) is not None:
            count = await self.store.replies_since(ev.platform, ev.author_id, since)
            self.policy.seed_daily(ev, count)
        decision = self.policy.check(ev, paused=self.paused, opted_out=opted_out)
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
        texts, _ = await self.produce(key, prefix, ctx, count=ev.count, temperature=ev.temperature)
        try:
            if not texts:
                return await self._all_blocked(ev, key)
            sent = await self.outbox.send_many(key, [self._reply(ev, t) for t in texts])
            return await self._finish_ev(ev, sent)
        finally:
            self._in_flight.difference_update(texts)

    async def _check_input(self, ev: Event) -> Outcome | None:
        """Refuse (politely, without generating) a prompt or mention the input filters block."""
        text = ev.prompt if ev.prompt is not None else ev.text
        if not self.cfg.safety.check_input or not text.strip():
            return None
        ctx = CheckContext(platform=ev.platform, is_input=True)
        verdict = await self._judge(self.safety.check_input, text, ctx)
        if verdict.allowed:
            return None
        key = event_key(ev.platform, ev.event_id)
        await self.store.record_verdict(key, 0, text, verdict)
        await self.outbox.notify(ev, self.cfg.safety.refusal_message)
        return Outcome("refused", ",".join(verdict.reasons) or verdict.filter)

    async def _all_blocked(self, ev: Event, key: str) -> Outcome:
        """Send the fallback message or stay silent, as configured."""
        reasons = await self._block_reasons(key)
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

    # -- generation and safety --------------------------------------------------------------

    def sampling(self, temperature: float | None = None) -> SamplingParams:
        """Return the configured sampling parameters, with a per-request temperature."""
        params = sampling_defaults(self.cfg)
        return params if temperature is None else replace(params, temperature=temperature)

    async def produce(
        self,
        key: str,
        prefix: str | None,
        ctx: CheckContext,
        *,
        count: int = 1,
        temperature: float | None = None,
    ) -> tuple[list[str], list[str]]:
        """Return up to `count` allowed texts (and held ones), regenerating when all are blocked."""
        g = self.cfg.generation
        params = self.sampling(temperature)
        held: list[str] = []
        for attempt in range(1, g.max_attempts + 1):
            request = GenerationRequest(
                prefix, max(g.num_candidates, count), attempt_params(params, attempt)
            )
            started = time.perf_counter()
            [candidates] = await self.generator.generate([request])
            self.metrics.generations.inc()
            self.metrics.candidates.inc(len(candidates))
            self.metrics.generate_seconds.observe(time.perf_counter() - started)
            judged = [
                (c, await self._judge(self.safety.check_output, c.text, ctx)) for c in candidates
            ]
            for c, v in judged:
                await self.store.record_verdict(key, attempt, c.text, v)
                for reason in v.reasons if v.action == "block" else ():
                    self.metrics.blocks.labels(reason.split(":", 1)[0]).inc()
            chosen = self.pick(judged, count)
            if chosen:
                self._in_flight.update(chosen)  # the caller releases them once sent
                return chosen, held
            held += [v.text or c.text for c, v in judged if v.action == "hold"]
        return [], held

    @staticmethod
    async def _judge(
        check: Callable[[str, CheckContext], Verdict], text: str, ctx: CheckContext
    ) -> Verdict:
        """Run a safety check off the loop; an error blocks (fail closed)."""
        try:
            verdict: object = await asyncio.to_thread(check, text, ctx)
        except Exception as exc:
            log.exception("safety check raised; blocking")
            return Verdict("block", "safety", ("safety:error",), f"the safety check failed: {exc}")
        return (
            verdict if isinstance(verdict, Verdict) else Verdict("block", "safety", ("safety:bad",))
        )

    def pick(self, judged: Sequence[tuple[Candidate, Verdict]], count: int = 1) -> list[str]:
        """Return up to `count` distinct allowed texts: the first ones, or the best scored."""
        allowed = [(c, v.text if v.action == "rewrite" and v.text else c.text) for c, v in judged
                   if v.allowed]  # fmt: skip
        allowed = [(c, t) for c, t in allowed if t.strip()]
        if self.cfg.generation.pick == "score":
            allowed.sort(key=lambda ct: score(*ct), reverse=True)
        texts: list[str] = []
        for _, text in allowed:
            if text not in texts and text not in self._in_flight:
                texts.append(text)
        return texts[:count]

    async def _block_reasons(self, key: str) -> str:
        verdicts = await self.store.verdicts(key)
        reasons = sorted({r for v in verdicts for r in v["reasons"]} or {"blocked"})
        return "all candidates blocked: " + ",".join(reasons)

    # -- ticks and drafts -------------------------------------------------------------------

    async def handle_tick(self, tick: Tick) -> Outcome:
        """Post one generated text for a schedule slot, at most once per slot."""
        kind = "manual" if tick.manual else "scheduled"
        if not await self.store.claim_event(
            "schedule", tick.slot_id, kind=kind, author_id=tick.job
        ):
            return Outcome("duplicate", "slot already handled")

        async def finish(outcome: Outcome) -> Outcome:
            return await self._finish("schedule", tick.slot_id, outcome)

        if self.paused and not tick.manual:
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
            await self._finish("schedule", tick.slot_id, Outcome("skipped", reason))
        log.info("schedule slot %s skipped: %s", tick.slot_id, reason)

    async def _post_slot(self, tick: Tick) -> Outcome:
        """Generate the slot's post; publish it, or keep it as a draft (review mode, held)."""
        key = event_key("schedule", tick.slot_id)
        platform: Platform = "x" if "x" in tick.targets else tick.targets[0]  # the strictest rules
        texts, held = await self.produce(key, None, CheckContext(platform=platform))
        try:
            if not texts and not held:
                return Outcome("blocked", await self._block_reasons(key))
            if texts and not (self.cfg.schedule.review and not tick.manual):
                return await self.publish(key, texts[0], tick.targets, tick.slot_id)
            why = "held by safety" if not texts else "review mode"
            text = (texts or held)[0]
            draft_id = await self.store.add_draft(tick.slot_id, text, tick.targets, why)
            await self.announce_draft(draft_id, text)
            return Outcome("drafted", f"draft {draft_id} ({why})")
        finally:
            self._in_flight.difference_update(texts)

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
        if target not in self.adapters:
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
        for name in (n for n in names if n in self.adapters):
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
        return await self._finish("draft", str(draft_id), outcome)

    async def publish_approved(self) -> int:
        """Publish drafts approved elsewhere (`tweetling review approve`); return how many."""
        drafts = await self.store.list_drafts("approved")
        for draft in drafts:
            await self.publish_draft(draft.id, "review")
        return len(drafts)

    # -- sending and recording --------------------------------------------------------------

    async def _finish_ev(self, ev: Event, outcome: Outcome) -> Outcome:
        return await self._finish(ev.platform, ev.event_id, outcome)

    async def _finish(self, platform: str, item_id: str, outcome: Outcome) -> Outcome:
        """Record an outcome in the store and return it."""
        await self.store.finish_event(platform, item_id, outcome.status, outcome.detail[:1000])
        return outcome


def _ids(item: Event | Tick) -> tuple[str, str]:
    return ("schedule", item.slot_id) if isinstance(item, Tick) else (item.platform, item.event_id)
