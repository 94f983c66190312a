"""The schedule with frozen time: slots within jitter, quiet hours, daily caps and gaps."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine

from bot.config import QuietHours, ScheduleConfig
from bot.config_loader import parse_config
from bot.errors import ConfigError
from bot.events import Tick
from bot.scheduler import Scheduler, build_trigger, in_quiet_hours, nominal_time, slot_gate, zone
from bot.store_sync import ScheduleState


def sched(**kw: Any) -> ScheduleConfig:
    base: dict[str, Any] = {"enabled": True, "targets": ["console"], "jitter_s": 0}
    base["rules"] = [{"interval_minutes": 60}]  # an enabled schedule needs a rule
    base.update(kw)
    return ScheduleConfig(**base)


def test_quiet_hours_wrap_midnight_in_the_configured_zone() -> None:
    cfg = sched(timezone="Europe/Berlin", quiet_hours={"start": "23:00", "end": "07:00"})
    berlin_2330 = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
    berlin_0730 = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)
    with time_machine.travel(berlin_2330, tick=False):
        assert slot_gate(datetime.now(UTC), ScheduleState(), cfg) == "quiet_hours"
    with time_machine.travel(berlin_0730, tick=False):
        assert slot_gate(datetime.now(UTC), ScheduleState(), cfg) is None
    day = QuietHours(start="09:00", end="17:00")
    assert in_quiet_hours(datetime(2026, 1, 1, 12), day)
    assert not in_quiet_hours(datetime(2026, 1, 1, 18), day)


def test_daily_cap_counts_the_local_day() -> None:
    cfg = sched(timezone="America/New_York", daily_cap=2, min_gap_minutes=0)
    with time_machine.travel(datetime(2026, 3, 2, 3, 0, tzinfo=UTC), tick=False):
        now = datetime.now(UTC)  # still March 1st in New York
        assert slot_gate(now, ScheduleState(None, "2026-03-01", 2), cfg) == "daily_cap"
        assert slot_gate(now, ScheduleState(None, "2026-02-28", 5), cfg) is None


def test_min_gap_between_posts_scales_with_speedup() -> None:
    cfg = sched(min_gap_minutes=60)
    with time_machine.travel(datetime(2026, 3, 1, 12, 0, tzinfo=UTC), tick=False):
        now = datetime.now(UTC)
        recent = ScheduleState(now - timedelta(minutes=30), "2026-03-01", 1)
        assert slot_gate(now, recent, cfg) == "min_gap"
        assert slot_gate(now, recent, cfg, speedup=60) is None
        assert (
            slot_gate(now, ScheduleState(now - timedelta(minutes=61), "2026-03-01", 1), cfg) is None
        )


def test_slot_times_are_stable_across_restarts() -> None:
    tz = zone("UTC")
    cron = build_trigger(sched(rules=[{"cron": "30 9 * * *"}]).rules[0], tz)
    late = datetime(2026, 3, 1, 9, 37, tzinfo=UTC)  # a stall delayed the run by 7 minutes
    assert nominal_time(cron, late, 900) == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    every_4h = sched(rules=[{"interval_minutes": 240}]).rules[0]
    a = nominal_time(build_trigger(every_4h, tz), datetime(2026, 3, 1, 8, 0, 1, tzinfo=UTC), 60)
    b = nominal_time(build_trigger(every_4h, tz), datetime(2026, 3, 1, 8, 0, 5, tzinfo=UTC), 60)
    assert a == b == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_bad_zone_and_cron_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="time zone"):
        zone("Mars/Olympus")
    # A bad cron is refused when the config loads, naming the key, not when `run` builds it.
    with pytest.raises(ConfigError, match=r"rules\.0\.cron: 'not a cron' is not a crontab"):
        parse_config({"schedule": {"rules": [{"cron": "not a cron"}]}})


class Collector:
    def __init__(self, want: int = 0) -> None:
        self.ticks: list[tuple[Tick, datetime]] = []
        self.want = want
        self.enough = asyncio.Event()  # set once `want` ticks arrived

    async def __call__(self, item: Any) -> None:
        self.ticks.append((item, datetime.now(UTC)))
        if self.want and len(self.ticks) >= self.want:
            self.enough.set()


async def test_cron_slot_fires_once_within_jitter() -> None:
    cfg = sched(rules=[{"name": "morning", "cron": "30 9 * * *"}], jitter_s=0.4)
    got = Collector()
    nominal = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with time_machine.travel(nominal - timedelta(seconds=0.3), tick=True):
        s = Scheduler(cfg, got, rng=random.Random(7))
        s.start()
        job = s._scheduler.get_job("morning")
        assert (job.misfire_grace_time, job.coalesce) == (900, True)
        for _ in range(200):
            if got.ticks:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.3)
        await s.stop()
    assert len(got.ticks) == 1
    tick, at = got.ticks[0]
    assert tick.slot_id == "morning@2026-03-02T09:30:00+00:00" and tick.targets == ("console",)
    assert nominal <= at <= nominal + timedelta(seconds=0.4 + 0.3)


async def test_sped_up_interval_rule_emits_distinct_slots() -> None:
    cfg = sched(rules=[{"name": "often", "interval_minutes": 60}])
    got = Collector(want=3)
    s = Scheduler(cfg, got, speedup=3600 * 10)  # one slot every 0.1 s
    s.start()
    await asyncio.wait_for(got.enough.wait(), 30)  # the timeout only fires if it is broken
    await s.stop()
    slots = [t.slot_id for t, _ in got.ticks]
    nominal = [t.scheduled_for for t, _ in got.ticks]
    assert len(slots) >= 3 and len(set(slots)) == len(slots)  # each firing its own slot
    assert nominal == sorted(nominal) and len(set(nominal)) == len(nominal)
    assert s.next_runs() == {}  # stopped
