"""The daemon's lifecycle: SIGTERM exits cleanly with nothing lost, failures stay isolated."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from bot import app as app_module
from bot import wiring
from bot.app import App
from bot.commands.adapters import enabled_adapters
from bot.config import Config
from bot.errors import ConfigError
from bot.events import Candidate, Event
from bot.generation.base import GenerationRequest
from bot.generation.scripted import ScriptedGenerator
from bot.ports import QueueBusy
from bot.safety.base import CheckContext
from bot.store import AsyncStore, open_store
from tests.daemon_fakes import RecordingAdapter, WordSafety, config


class FlakyAdapter(RecordingAdapter):
    """Fails to start `failures` times (a bad network), then works."""

    def __init__(self, name: str, failures: int) -> None:
        super().__init__(name)
        self.failures = failures
        self.attempts = 0

    async def start(self, emit: Any) -> None:
        self.attempts += 1
        if self.attempts <= self.failures:
            raise ConnectionError("network is down")
        await super().start(emit)


class RejectedTokenAdapter(RecordingAdapter):
    """Fails to start with a user error (a rejected token), as many times as it is asked."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.attempts = 0

    async def start(self, emit: Any) -> None:
        self.attempts += 1
        raise ConfigError("the platform rejected the token", "copy a fresh one")


class DoneAdapter(RecordingAdapter):
    """Records the app's done(event_id) calls, like Discord's typing/thinking cleanup."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.done_ids: list[str] = []

    async def done(self, event_id: str) -> None:
        self.done_ids.append(event_id)


def discord_mention(i: int) -> Event:
    return Event(platform="discord", event_id=f"d{i}", kind="mention", text="hi",
                 author_id=str(i), channel_id=str(i))  # fmt: skip


def mention(i: int) -> Event:
    return Event(platform="console", event_id=f"e{i}", kind="mention", text="hi", author_id="u")


def make_app(cfg: Config, db: Path, adapters: list[Any], delay: float = 0.0) -> App:
    gen = ScriptedGenerator(["a reply with words", "another reply here"], delay_s=delay)
    cfg = cfg.model_copy(update={"storage": cfg.storage.model_copy(update={"path": str(db)})})
    return App(cfg, generator=gen, safety=WordSafety(), adapters=adapters)


async def wait_for(predicate: Any, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.01)):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


async def test_sigterm_finishes_in_flight_work_and_exits_zero(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    adapter = RecordingAdapter("console")
    app = make_app(config(), db, [adapter], delay=0.2)
    task = asyncio.create_task(app.run())
    await wait_for(lambda: adapter.emit is not None)
    assert adapter.emit is not None
    for i in range(3):
        await adapter.emit(mention(i))
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(task, 10) == 0
    assert len(adapter.sent) == 3 and adapter.stopped
    assert app.generator is not None and app.generator.closed  # type: ignore[attr-defined]
    store = open_store(db)
    assert [store.event_status("console", f"e{i}") for i in range(3)] == ["sent"] * 3
    await adapter.emit(mention(9))  # after shutdown: dropped, not crashing
    store.close()


async def test_grace_limit_bounds_shutdown(tmp_path: Path) -> None:
    cfg = config(bot={"shutdown_grace_s": 0.2})
    adapter = RecordingAdapter("console")
    app = make_app(cfg, tmp_path / "db", [adapter], delay=30)
    await app.start()
    await app.emit(mention(1))
    await asyncio.sleep(0.05)
    await asyncio.wait_for(app.stop(), 5)
    store = open_store(tmp_path / "db")
    assert store.event_status("console", "e1") == "claimed"  # the restart rule decides later
    store.close()


async def test_failing_adapter_is_retried_and_does_not_stop_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "BACKOFF_START_S", 0.01)
    good = RecordingAdapter("console")
    flaky = FlakyAdapter("discord", failures=3)
    app = make_app(config(), tmp_path / "db", [good, flaky])
    async with app:
        await wait_for(lambda: good.emit is not None)
        assert good.emit is not None
        await good.emit(mention(1))
        await wait_for(lambda: len(good.sent) == 1)
        await wait_for(lambda: flaky.emit is not None)
    assert flaky.attempts == 4 and good.stopped and flaky.stopped


async def test_an_adapter_user_error_is_not_retried_and_stops_the_daemon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "BACKOFF_START_S", 0.01)
    good = RecordingAdapter("console")
    bad = RejectedTokenAdapter("discord")
    app = make_app(config(), tmp_path / "db", [good, bad])
    with pytest.raises(ConfigError) as err:
        await asyncio.wait_for(app.run(), 5)
    assert err.value.line() == "error: the platform rejected the token (hint: copy a fresh one)"
    assert bad.attempts == 1 and good.stopped and bad.stopped
    assert app.generator is not None and app.generator.closed  # type: ignore[attr-defined]


async def test_an_exception_in_one_event_is_recorded_and_work_goes_on(tmp_path: Path) -> None:
    adapter = RecordingAdapter("console")
    adapter.fail_next = [RuntimeError("socket closed mid-send")]
    app = make_app(config(), tmp_path / "db", [adapter])
    async with app:
        await app.emit(mention(1))
        await app.emit(mention(2))
        await asyncio.wait_for(app.queue.join(), 5)
    store = open_store(tmp_path / "db")
    assert store.event_status("console", "e1") == "uncertain"
    assert store.event_status("console", "e2") == "sent"
    store.close()


BUSY = "I'm busy right now; try again in a minute."


class GatedGenerator(ScriptedGenerator):
    """The scripted model, held until `gate` opens: what is in flight stays in flight."""

    def __init__(self) -> None:
        super().__init__(["a reply with words", "another reply here"])
        self.gate = asyncio.Event()

    async def generate(self, requests: list[GenerationRequest]) -> list[list[Candidate]]:
        await self.gate.wait()
        return await super().generate(requests)


def gated_app(cfg: Config, db: Path, adapters: list[Any]) -> tuple[App, GatedGenerator]:
    gen = GatedGenerator()
    cfg = cfg.model_copy(update={"storage": cfg.storage.model_copy(update={"path": str(db)})})
    return App(cfg, generator=gen, safety=WordSafety(), adapters=adapters), gen


async def test_full_queue_tells_people_they_must_wait(tmp_path: Path) -> None:
    discord = RecordingAdapter("discord")
    app, gen = gated_app(config(bot={"queue_max": 1}), tmp_path / "db", [discord])
    async with app:
        assert app.store is not None
        events = [discord_mention(i) for i in range(8)]  # each in its own channel
        for ev in events:
            await app.emit(ev)  # the model is held: at most 4 workers + 1 queued get in
        refused = {str(o.event_id) for o in discord.sent if o.kind == "notice"}
        gen.gate.set()
        await asyncio.wait_for(app.queue.join(), 5)
        statuses = {ev.event_id: await app.store.event_status("discord", ev.event_id)
                    for ev in events}  # fmt: skip
    assert len(refused) >= len(events) - 5
    assert discord.texts("notice") == [BUSY] * len(refused)  # the queue's notice, once each
    answered = {str(o.event_id) for o in discord.sent if o.kind == "reply"}
    # Every event got exactly one answer: a reply once it was accepted, or the busy notice.
    assert answered == {ev.event_id for ev in events} - refused and answered
    assert all(statuses[i] == "sent" for i in answered)
    assert all(statuses[i] is None for i in refused)  # refused at the door: never claimed


async def test_done_is_called_after_every_outcome(tmp_path: Path) -> None:
    discord = DoneAdapter("discord")
    app = make_app(config(), tmp_path / "db", [discord])
    async with app:
        assert app.pipeline is not None and app.store is not None
        await app.emit(discord_mention(1))  # answered
        await asyncio.wait_for(app.queue.join(), 5)
        await app.store.add_optout("discord", "2")
        await app.emit(discord_mention(2))  # opted out: silent
        await asyncio.wait_for(app.queue.join(), 5)
        await app.pipeline.set_paused(True)
        await app.emit(discord_mention(3))  # paused: silent
        await asyncio.wait_for(app.queue.join(), 5)
    assert discord.done_ids == ["d1", "d2", "d3"]
    assert [o.event_id for o in discord.sent] == ["d1"]


async def test_done_is_called_for_events_refused_at_the_door(tmp_path: Path) -> None:
    discord = DoneAdapter("discord")
    app, gen = gated_app(config(bot={"queue_max": 1}), tmp_path / "db", [discord])
    async with app:
        for i in range(8):
            await app.emit(discord_mention(i))
        refused = list(discord.done_ids)  # the model is held: nothing accepted is done yet
        gen.gate.set()
        await asyncio.wait_for(app.queue.join(), 5)
    assert len(refused) >= 3 and "d0" not in refused  # at most 4 workers + 1 queued got in
    assert sorted(discord.done_ids) == sorted(f"d{i}" for i in range(8))  # once each
    assert sorted(str(o.event_id) for o in discord.sent if o.kind == "notice") == sorted(refused)


class Poller(RecordingAdapter):
    """Polls with a cursor, like X: its emit waits for queue room."""

    emit_waits = True


def x_mention(i: int) -> Event:
    return Event(platform="x", event_id=f"x{i}", kind="mention", text="hi", author_id=str(i))


async def test_a_polling_adapter_waits_for_queue_room_instead_of_dropping(
    tmp_path: Path,
) -> None:
    cfg = config(bot={"queue_max": 1}, x={"reply_to_mentions": True})
    x = Poller("x")
    app = make_app(cfg, tmp_path / "db", [x], delay=0.05)
    async with app:
        await wait_for(lambda: x.emit is not None)
        assert x.emit is not None
        for i in range(6):  # far more than the queue holds
            await x.emit(x_mention(i))
        await asyncio.wait_for(app.queue.join(), 5)
    assert sorted(str(o.event_id) for o in x.sent if o.kind == "reply") == [
        f"x{i}" for i in range(6)
    ]
    assert x.texts("notice") == []


async def test_a_waiting_emit_raises_when_the_queue_stays_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "EMIT_WAIT_S", 0.05)
    cfg = config(bot={"queue_max": 1, "shutdown_grace_s": 0.1}, x={"reply_to_mentions": True})
    x = Poller("x")
    app = make_app(cfg, tmp_path / "db", [x], delay=30)
    await app.start()
    await wait_for(lambda: x.emit is not None)
    assert x.emit is not None
    with pytest.raises(QueueBusy):
        for i in range(10):  # the workers hold a few, the queue one, then no room
            await x.emit(x_mention(i))
    await app.stop()
    with pytest.raises(QueueBusy):  # stopped: refused, so the poller keeps its cursor
        await x.emit(x_mention(99))


POSTS = [
    "the old lighthouse keeper painted every stair a different shade of blue",
    "my sourdough starter finally doubled overnight and I am weirdly proud",
    "three trains cancelled this morning so I walked and found a tiny bakery",
]


async def test_safety_memory_is_seeded_newest_last_from_the_store(tmp_path: Path) -> None:
    sync = open_store(tmp_path / "db")
    for text in POSTS:  # oldest first
        sync.mark_post_sent(sync.record_post_intent("x", text, kind="post"), "1")
    sync.close()
    cfg = config(safety={"classifier": {"enabled": False}, "dedupe": {"recent": 2}})
    store = AsyncStore(open_store(tmp_path / "db"))
    safety = await wiring.load_safety(cfg, store)
    await store.aclose()
    assert not safety.check_output(POSTS[1], CheckContext()).allowed  # remembered
    safety.remember("a brand new thought about rain on a tin roof at night")  # evicts the oldest
    assert safety.check_output(POSTS[1], CheckContext()).allowed  # the oldest of the two went
    assert not safety.check_output(POSTS[2], CheckContext()).allowed  # the newest stays


async def test_start_opens_the_store_and_builds_safety_off_the_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, str] = {}

    def spy(name: str, real: Any) -> Any:
        def call(*args: Any) -> Any:
            threads[name] = threading.current_thread().name
            return real(*args)

        return call

    monkeypatch.setattr(wiring, "open_store", spy("store", open_store))
    monkeypatch.setattr(wiring, "build_safety", spy("safety", lambda *a: WordSafety()))
    cfg = config(storage={"path": str(tmp_path / "db")})
    app = App(cfg, generator=ScriptedGenerator(["hi"]), adapters=[], install_signals=False)
    async with app:
        assert isinstance(app.safety, WordSafety)
    loop_thread = threading.current_thread().name
    assert set(threads) == {"store", "safety"} and loop_thread not in threads.values()


async def test_console_eof_during_shutdown_leaves_no_task_behind(tmp_path: Path) -> None:
    app = make_app(config(), tmp_path / "db", [RecordingAdapter("console")])
    await app.start()
    await app.stop()
    app._input_ended()  # the reader thread saw EOF while adapters were being stopped
    assert all(task.done() for task in app._tasks)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_health_and_metrics_endpoints(tmp_path: Path) -> None:
    import aiohttp

    port = free_port()
    cfg = config(metrics={"enabled": True, "port": port})
    adapter = RecordingAdapter("console")
    app = make_app(cfg, tmp_path / "db", [adapter])
    async with app:
        await app.emit(mention(1))
        await asyncio.wait_for(app.queue.join(), 5)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                health = await r.json()
            async with http.get(f"http://127.0.0.1:{port}/metrics") as r:
                body = await r.text()
    assert health["status"] == "ok" and health["adapters"] == ["console"]
    assert 'tweetling_events_total{outcome="sent",platform="console"} 1.0' in body
    assert "tweetling_handle_seconds_bucket" in body


async def test_a_taken_metrics_port_is_a_config_error_and_start_undoes_itself(
    tmp_path: Path,
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        adapter = RecordingAdapter("console")
        app = make_app(config(metrics={"enabled": True, "port": port}), tmp_path / "db", [adapter])
        with pytest.raises(ConfigError, match="cannot serve metrics") as caught:
            await app.start()
    assert "[metrics] port" in caught.value.hint
    assert adapter.stopped and app.generator is not None and app.generator.closed  # type: ignore[attr-defined]


async def test_a_store_failure_does_not_kill_the_worker(tmp_path: Path) -> None:
    import sqlite3

    adapter = RecordingAdapter("console")
    app = make_app(config(generation={"max_batch_size": 1}), tmp_path / "db", [adapter])
    async with app:
        assert app.store is not None
        real = app.store.sync.claim_event
        calls = {"n": 0}

        def flaky(*args: Any, **kwargs: Any) -> bool:
            calls["n"] += 1
            if calls["n"] == 1:
                raise sqlite3.OperationalError("database is locked")
            return real(*args, **kwargs)

        app.store.sync.claim_event = flaky  # type: ignore[method-assign]
        await app.emit(mention(1))
        await app.emit(mention(2))
        await asyncio.wait_for(app.queue.join(), 5)
    assert [o.event_id for o in adapter.sent] == ["e2"]


def tick(job: str, i: int) -> Any:
    from datetime import UTC, datetime

    from bot.events import Tick

    return Tick(
        slot_id=f"{job}@{i}", job=job, scheduled_for=datetime.now(UTC), targets=("console",)
    )


async def test_slow_slots_do_not_pile_up(tmp_path: Path) -> None:
    cfg = config(schedule={"targets": ["console"], "min_gap_minutes": 0})
    adapter = RecordingAdapter("console")
    app = make_app(cfg, tmp_path / "db", [adapter], delay=0.2)
    async with app:
        for i in range(3):
            await app.emit(tick("hourly", i))
        await app.emit(tick("other", 0))
        await asyncio.wait_for(app.queue.join(), 5)
        assert app.store is not None
        statuses = [await app.store.event_status("schedule", s) for s in ("hourly@0", "hourly@1")]
    assert statuses == ["sent", "skipped"]
    assert len(adapter.texts("post")) == 2  # hourly@0 and other@0


async def test_piped_console_input_exits_after_replies_while_the_schedule_runs(
    tmp_path: Path,
) -> None:
    import io

    cfg = config(
        schedule={
            "enabled": True, "targets": ["x"], "min_gap_minutes": 0, "jitter_s": 0,
            "rules": [{"interval_minutes": 60}], "speedup": 3600 * 20,
        },
        storage={"path": str(tmp_path / "db")},
    )  # fmt: skip
    out = io.StringIO()
    gen = ScriptedGenerator([f"post {i} with some words" for i in range(20)], delay_s=0.05)
    lines = io.StringIO("one\ntwo\nthree\n")
    adapters = enabled_adapters(cfg, console=True, stdout=out, stdin=lines)
    app = App(cfg, console=True, adapters=adapters, generator=gen, safety=WordSafety(),
              install_signals=False)  # fmt: skip
    assert await asyncio.wait_for(app.run(), 10) == 0
    store = open_store(tmp_path / "db")
    mentions = [r for r in store.history(100) if r["kind"] == "mention"]
    assert sorted(r["text"] for r in mentions) == ["one", "three", "two"]
    assert all(r["status"] == "sent" for r in mentions)
    store.close()
