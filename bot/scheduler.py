"""Scheduled posts: APScheduler 3.x jobs that only emit Tick events; the pipeline does the rest.

A slot's id is its rule name plus its nominal (un-jittered) fire time, so the store can make each
slot post at most once, even across restarts. ``misfire_grace_time`` lets a slot delayed by a stall
still post; ``coalesce`` turns a backlog of missed slots into one run, never a burst.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Sequence
from datetime import datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import QuietHours, ScheduleConfig, ScheduleRule
from bot.errors import ConfigError
from bot.events import Platform, Tick
from bot.ports import Emit
from bot.store_sync import ScheduleState

log = logging.getLogger(__name__)
ANCHOR = datetime(2024, 1, 1)  # interval slots count from here, so they are stable across restarts


def zone(name: str) -> tzinfo:
    """Return the time zone called `name`. Raises ConfigError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"[schedule] timezone {name!r} is not a known time zone",
            "use an IANA name such as 'UTC' or 'Europe/Berlin'",
        ) from None


def _hhmm(text: str) -> time:
    hours, minutes = (int(p) for p in text.split(":"))
    return time(hours % 24, minutes)


def in_quiet_hours(local: datetime, quiet: QuietHours | None) -> bool:
    """Return True if the local time falls in the quiet window (which may wrap midnight)."""
    if quiet is None:
        return False
    start, end, now = _hhmm(quiet.start), _hhmm(quiet.end), local.time()
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def local_day(now: datetime, tz: tzinfo) -> str:
    """Return the calendar day of `now` in the schedule's time zone."""
    return now.astimezone(tz).date().isoformat()


def slot_gate(
    now: datetime, state: ScheduleState, cfg: ScheduleConfig, speedup: float = 1.0
) -> str | None:
    """Return why a scheduled post may not go out now (None: it may)."""
    tz = zone(cfg.timezone)
    if in_quiet_hours(now.astimezone(tz), cfg.quiet_hours):
        return "quiet_hours"
    if state.day == local_day(now, tz) and state.posts_today >= cfg.daily_cap:
        return "daily_cap"
    gap = timedelta(minutes=cfg.min_gap_minutes / speedup)
    if state.last_post_at is not None and now - state.last_post_at < gap:
        return "min_gap"
    return None


def build_trigger(rule: ScheduleRule, tz: tzinfo, speedup: float = 1.0) -> Any:
    """Return the APScheduler trigger for one rule (intervals shrink by `speedup`)."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if rule.cron is not None:
        try:
            return CronTrigger.from_crontab(rule.cron, timezone=tz)
        except ValueError as exc:
            raise ConfigError(
                f"[[schedule.rules]] {rule.name or rule.cron!r}: bad cron expression: {exc}",
                "use five fields: minute hour day month weekday, e.g. '30 9 * * *'",
            ) from None
    seconds = (rule.interval_minutes or 0) * 60 / speedup
    return IntervalTrigger(seconds=seconds, start_date=ANCHOR.replace(tzinfo=tz), timezone=tz)


def nominal_time(trigger: Any, now: datetime, grace_s: float) -> datetime:
    """Return the latest scheduled fire time at or before `now` (within the grace window)."""
    t = trigger.get_next_fire_time(None, now - timedelta(seconds=grace_s))
    last = now
    for _ in range(100_000):  # bounded: a tiny sped-up interval must not spin forever
        if t is None or t > now:
            break
        last = t
        t = trigger.get_next_fire_time(t, t + timedelta(microseconds=1))
    return last.replace(microsecond=0) if last is now else last


def rule_names(rules: Sequence[ScheduleRule]) -> list[str]:
    """Return a unique name per rule (its own, or rule-N)."""
    names: list[str] = []
    for i, rule in enumerate(rules, start=1):
        name = rule.name or f"rule-{i}"
        names.append(name if name not in names else f"{name}-{i}")
    return names


class Scheduler:
    """Wraps an AsyncIOScheduler whose jobs emit one Tick per slot (after a random jitter)."""

    def __init__(
        self,
        cfg: ScheduleConfig,
        emit: Emit,
        *,
        targets: Sequence[Platform] | None = None,
        speedup: float = 1.0,
        rng: random.Random | None = None,
    ) -> None:
        self.cfg = cfg
        self.emit = emit
        self.tz = zone(cfg.timezone)
        self.targets: tuple[Platform, ...] = tuple(targets or cfg.targets)
        self.speedup = speedup
        self.rng = rng or random.Random()
        self._scheduler: Any = None
        self._triggers: dict[str, Any] = {}
        self._pending: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        """Add one job per rule and start the scheduler on the running loop."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        self._scheduler = AsyncIOScheduler(timezone=self.tz)
        for name, rule in zip(rule_names(self.cfg.rules), self.cfg.rules, strict=True):
            trigger = build_trigger(rule, self.tz, self.speedup)
            self._triggers[name] = trigger
            self._scheduler.add_job(
                self._fire, trigger, args=[name], id=name, name=name,
                misfire_grace_time=max(1, int(self.cfg.misfire_grace_s)),
                coalesce=True, max_instances=1, replace_existing=True,
            )  # fmt: skip
        self._scheduler.start()
        log.info("schedule started: %s", ", ".join(self._triggers) or "no rules")

    def next_runs(self) -> dict[str, datetime | None]:
        """Return each job's next fire time."""
        if self._scheduler is None or not self._scheduler.running:
            return {}
        return {job.id: job.next_run_time for job in self._scheduler.get_jobs()}

    async def _fire(self, name: str) -> None:
        """Turn one firing into a Tick, emitted after a random jitter (the job returns at once)."""
        now = datetime.now(self.tz)
        nominal = nominal_time(self._triggers[name], now, self.cfg.misfire_grace_s)
        tick = Tick(
            slot_id=f"{name}@{nominal.isoformat()}", job=name, scheduled_for=nominal,
            targets=self.targets,
        )  # fmt: skip
        delay = self.rng.uniform(0, self.cfg.jitter_s) / self.speedup
        task = asyncio.create_task(self._emit_later(tick, delay))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _emit_later(self, tick: Tick, delay: float) -> None:
        await asyncio.sleep(delay)
        log.info("schedule slot %s fired", tick.slot_id)
        try:
            await self.emit(tick)
        except Exception:  # the schedule must keep running whatever one emit does
            log.exception("emitting schedule slot %s failed", tick.slot_id)

    async def stop(self) -> None:
        """Stop firing and drop slots still waiting out their jitter (they never started)."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # AsyncIOScheduler finishes shutting down on the next loop turn
        for task in list(self._pending):
            task.cancel()
        await asyncio.gather(*self._pending, return_exceptions=True)
