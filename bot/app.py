"""Run the daemon: own the queue and the lifecycle (start/stop, SIGTERM/SIGINT); parts come from
``bot.wiring``, adapters from the caller (``bot.commands.adapters``).

Shutdown order: stop intake (scheduler, then new events are dropped), let queued and in-flight
work finish within ``[bot] shutdown_grace_s``, stop the adapters, close the generator, flush and
close the store. A slot or event cut off by the grace limit stays claimed; the store's restart
rule decides what happens to it (see ``bot.store_runs``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

from bot.config import Config
from bot.errors import UserError
from bot.events import Event, Outcome, Platform, Tick, item_ids
from bot.generation.base import Generator
from bot.metrics import Metrics, MetricsServer
from bot.outbox import Safety, describe
from bot.pipeline import Pipeline
from bot.ports import Adapter, Emit, InputEnded, QueueBusy
from bot.reload import InFlight, Reloader
from bot.sdnotify import Notifier
from bot.store import AsyncStore
from bot.wiring import Parts, build_parts, close_all

log = logging.getLogger(__name__)
BACKOFF_START_S = 1.0
BACKOFF_MAX_S = 60.0
DRAFT_POLL_S = 5.0
EMIT_WAIT_S = 120.0  # how long a polling adapter's emit waits for queue room before failing


# Builds the adapters once the store is open (X keeps its cursor there); the second argument
# ends the run when local console input ends, or fails. See bot.commands.adapters.
AdapterFactory = Callable[[AsyncStore, InputEnded], Sequence[Adapter]]


class App:
    """The running daemon: store, generator, safety, pipeline, queue, adapters, scheduler."""

    def __init__(
        self,
        cfg: Config,
        *,
        console: bool = False,
        generator: Generator | None = None,
        safety: Safety | None = None,
        store: AsyncStore | None = None,
        adapters: Sequence[Adapter] | AdapterFactory = (),
        install_signals: bool = True,
    ) -> None:
        self.cfg = cfg
        self.console = console
        self.generator = generator
        self.safety = safety
        self.store = store
        self.adapters: dict[str, Adapter] = {}
        self._adapter_source = adapters
        self.install_signals = install_signals
        self.metrics = Metrics()
        self.pipeline: Pipeline | None = None
        self.parts: Parts | None = None
        self.queue: asyncio.Queue[Event | Tick] = asyncio.Queue(cfg.bot.queue_max)
        self.accepting = False
        self._stop_requested = asyncio.Event()
        self._tasks: list[asyncio.Task[Any]] = []
        self._scheduler: Any = None
        self._metrics_server: MetricsServer | None = None
        self._busy_jobs: set[str] = set()  # schedule rules with a slot queued or in flight
        self._stopped = False
        self._fatal: UserError | None = None  # an adapter that can never start (bad token)
        self.inflight = InFlight()  # items per pipeline: a replaced one retires when idle
        self.reloader = Reloader(self)

    # -- lifecycle --------------------------------------------------------------------------

    async def __aenter__(self) -> App:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def run(self) -> int:
        """Run until SIGTERM/SIGINT (or the console input ends); return the exit code.

        Raises the UserError of an adapter that cannot start (e.g. a rejected token) after a
        clean shutdown, so the CLI prints its one line and exits 2.
        """
        systemd = Notifier()  # Type=notify: ready, watchdog pings, stopping (no-op elsewhere)
        async with systemd.watchdog(), self:
            systemd.ready(f"{self.cfg.bot.name} running: adapters {', '.join(self.adapters)}")
            await self._stop_requested.wait()
            systemd.stopping()
        if self._fatal is not None:
            raise self._fatal
        return 0

    def request_stop(self) -> None:
        """Ask the daemon to shut down (signal handlers call this)."""
        if not self._stop_requested.is_set():
            log.info("stopping: finishing in-flight work")
        self._stop_requested.set()

    async def start(self) -> None:
        """Start everything in dependency order; on failure undo what started and re-raise."""
        try:
            await self._start_core()
            self._start_intake()
        except BaseException:
            await self.stop()
            raise
        log.info("%s running: adapters %s", self.cfg.bot.name, ", ".join(self.adapters) or "none")

    async def _start_core(self) -> None:
        self.parts = await build_parts(
            self.cfg, self._make_adapters, store=self.store, generator=self.generator,
            safety=self.safety, metrics=self.metrics, schedule_targets=self._schedule_targets(),
            speedup=self._speedup(), recover=True,
        )  # fmt: skip
        p = self.parts
        self.store, self.generator, self.safety, self.pipeline = (
            p.store, p.generator, p.safety, p.pipeline,
        )  # fmt: skip
        self.adapters = p.adapters
        p.pipeline.reloader = self.reload  # the `reload` admin command
        if self.cfg.metrics.enabled:
            m = self.cfg.metrics
            self._metrics_server = MetricsServer(self.metrics, m.host, m.port, self._health)
            await self._metrics_server.start()

    def _make_adapters(self, store: AsyncStore) -> Sequence[Adapter]:
        source = self._adapter_source
        return source(store, self._input_ended) if callable(source) else source

    def _schedule_targets(self) -> tuple[Platform, ...]:
        return ("console",) if self.console else tuple(self.cfg.schedule.targets)

    def _speedup(self) -> float:
        return self.cfg.schedule.speedup if self.console else 1.0

    def _start_intake(self) -> None:
        """Start workers, adapters (supervised), the scheduler and signal handlers."""
        self.accepting = True
        # The console answers in the order lines were typed; platforms get concurrency (batching).
        workers = 1 if self.console else max(1, min(4, self.cfg.generation.max_batch_size))
        for i in range(workers):
            self._spawn(self._worker(), f"worker-{i}")
        for adapter in self.adapters.values():
            self._spawn(self._supervise(adapter), f"adapter-{adapter.name}")
        if self._schedule_wanted():
            from bot.scheduler import Scheduler

            self._scheduler = Scheduler(
                self.cfg.schedule, self.emit, targets=self._schedule_targets(),
                speedup=self._speedup(),
            )  # fmt: skip
            self._scheduler.start()
        self._spawn(self._poll_drafts(), "drafts")  # held or review drafts approved elsewhere
        if self.install_signals:
            self._add_signal_handlers()

    def _schedule_wanted(self) -> bool:
        s = self.cfg.schedule
        return s.enabled and bool(s.rules) and (not self.console or self.cfg.bot.console_scheduled)

    def _spawn(self, coro: Any, name: str) -> None:
        self._tasks.append(asyncio.create_task(coro, name=name))

    def _add_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.request_stop)
        with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
            loop.add_signal_handler(signal.SIGHUP, self.reloader.request)

    async def reload(self) -> str:
        """Reload the config file and, if it changed, the model; return what happened."""
        return await self.reloader.reload()

    async def stop(self) -> None:
        """Stop intake, drain within the grace period, then stop everything; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self.accepting = False
        if self._scheduler is not None:
            await self._scheduler.stop()
        await self._drain(self.cfg.bot.shutdown_grace_s)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.reloader.aclose()  # a reload in progress, generators replaced by one
        await self._stop_parts()
        if self.install_signals:
            self._remove_signal_handlers()
        log.info("stopped")

    async def _drain(self, grace_s: float) -> None:
        """Wait for queued and in-flight items to finish, at most `grace_s` seconds."""
        if not self._tasks:  # never started: nothing can be in flight
            return
        try:
            await asyncio.wait_for(self.queue.join(), grace_s)
        except TimeoutError:
            log.warning(
                "shutdown grace of %.0f s ran out with %d item(s) unfinished; their claims stay "
                "in the store", grace_s, self.queue.qsize(),
            )  # fmt: skip

    async def _stop_parts(self) -> None:
        """Stop adapters, metrics, generator and store, each failure logged, none skipped."""
        steps: list[tuple[str, Any]] = [
            (f"adapter {a.name}", a.stop) for a in self.adapters.values()
        ]
        if self._metrics_server is not None:
            steps.append(("metrics", self._metrics_server.stop))
        if self.parts is not None:  # else the generator never started
            steps.append(("generator", self.parts.generator.close))
        if self.store is not None:
            steps.append(("store", self.store.aclose))
        await close_all(steps)

    def _remove_signal_handlers(self) -> None:
        with contextlib.suppress(Exception):
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)

    # -- intake and work --------------------------------------------------------------------

    async def emit(self, item: Event | Tick, *, wait: bool = False) -> None:
        """Queue an event or slot for the pipeline (adapters and the scheduler call this).

        By default a full queue refuses the event with a "busy" notice (interactive platforms).
        With `wait` it waits up to EMIT_WAIT_S for room and raises QueueBusy if the event was
        not queued, so a poller (X) keeps its cursor and reads the event again next round.
        """
        if not self.accepting or self.pipeline is None:
            await self._refuse(item, "not accepting (shutting down)", wait=wait)
            return
        if isinstance(item, Tick):
            await self._emit_tick(item)
            return
        if not await self.pipeline.admit(item):
            await self._refuse(item, "its channel queue is full", wait=wait)
            return
        if item.platform == "console" or wait:
            # local input waits for room without a limit: nobody else is waiting for an answer
            await self._put_waiting(item, None if item.platform == "console" else EMIT_WAIT_S)
            return
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            self.pipeline.release(item)
            await self.pipeline.notify(item, "I'm busy right now; try again in a minute.")
            await self._refuse(item, "queue full", wait=False)

    def _emit_for(self, adapter: Adapter) -> Emit:
        """Return the emit an adapter gets: waiting if it polls with a cursor (`emit_waits`)."""
        if getattr(adapter, "emit_waits", False):
            return functools.partial(self.emit, wait=True)
        return self.emit

    async def _put_waiting(self, item: Event, timeout: float | None) -> None:
        """Queue an event once there is room; raise QueueBusy after `timeout` seconds."""
        try:
            await asyncio.wait_for(self.queue.put(item), timeout)
        except TimeoutError:
            assert self.pipeline is not None
            self.pipeline.release(item)
            await self._refuse(item, f"queue full for {timeout:.0f} s", wait=True)

    async def _refuse(self, item: Event | Tick, why: str, *, wait: bool) -> None:
        """Log a refused item and tell its adapter it is done; raise QueueBusy if `wait`."""
        log.warning("%s; refused %s", why, _name(item))
        await self._done(item, Outcome("skipped", why))
        if wait:
            raise QueueBusy(f"{why}: {_name(item)} was not queued")

    async def _emit_tick(self, tick: Tick) -> None:
        """Queue a slot unless its rule still has one waiting: slow generation must not pile up."""
        assert self.pipeline is not None
        if tick.job in self._busy_jobs or self.queue.full():
            await self.pipeline.skip_slot(tick, "busy: the previous slot is still being handled")
            return
        self._busy_jobs.add(tick.job)
        self.queue.put_nowait(tick)

    async def _worker(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                await self._handle(item)
            finally:
                if isinstance(item, Tick):
                    self._busy_jobs.discard(item.job)
                self.queue.task_done()

    async def _handle(self, item: Event | Tick) -> None:
        """Run the pipeline on one item, then tell its adapter the item is done."""
        pipeline = self.pipeline
        assert pipeline is not None
        outcome = Outcome("failed", "not handled")
        try:
            async with self.inflight.using(pipeline):  # a reload may swap self.pipeline meanwhile
                outcome = await pipeline.handle(item)
        except Exception:  # e.g. the store itself failed: log it, keep the worker alive
            log.exception("could not handle or record %s", _name(item))
        await self._done(item, outcome)

    async def _done(self, item: Event | Tick, outcome: Outcome) -> None:
        """Call the adapter's optional done(event_id) and finished(event_id, outcome) hooks.

        Discord uses done to stop "typing..." and clear an unanswered "thinking..." when the
        pipeline stayed silent (paused, opted out, blocked); the console's --json mode uses
        finished to print each line's outcome.
        """
        if not isinstance(item, Event):
            return
        adapter = self.adapters.get(item.platform)
        for hook, args in (("done", (item.event_id,)), ("finished", (item.event_id, outcome))):
            call = getattr(adapter, hook, None)
            if call is None:
                continue
            try:
                await call(*args)
            except Exception:
                log.exception("adapter %s: %s(%s) failed", item.platform, hook, item.event_id)

    async def _supervise(self, adapter: Adapter) -> None:
        """Start an adapter, retrying network failures with exponential backoff.

        A UserError (a rejected token, a bad setting) cannot be fixed by retrying: it stops the
        whole daemon, which then exits 2 with the error's one line.
        """
        delay = BACKOFF_START_S
        while self.accepting:
            try:
                await adapter.start(self._emit_for(adapter))
                log.info("adapter %s started", adapter.name)
                return
            except UserError as exc:
                log.error("adapter %s cannot start, stopping: %s", adapter.name, exc.message)
                self._fatal = self._fatal or exc
                self.request_stop()
                return
            except Exception as exc:
                log.error("adapter %s failed to start (%s); retrying in %.0f s", adapter.name,
                          describe(exc), delay)  # fmt: skip
            await asyncio.sleep(delay)
            delay = min(delay * 2, BACKOFF_MAX_S)

    async def _poll_drafts(self) -> None:
        """Publish drafts approved from the CLI (`tweetling review approve`)."""
        assert self.pipeline is not None
        while True:
            await asyncio.sleep(DRAFT_POLL_S)
            try:
                await self.pipeline.publish_approved()
            except Exception:
                log.exception("publishing approved drafts failed")

    def _input_ended(self, error: BaseException | None = None) -> None:
        """Console input ended: exit once everything queued has been answered.

        A reader that died (`error`) must not leave the daemon hanging: stop now, exit 2.
        """
        if error is not None:
            self._fatal = self._fatal or UserError(
                f"reading the console input failed: {describe(error)}",
                "the log above has the details; fix the input and run again",
            )
            self.request_stop()
            return
        if not self._stopped:  # after stop() no one would await or cancel the task
            self._spawn(self._stop_when_idle(), "console-eof")

    async def _stop_when_idle(self) -> None:
        if self._scheduler is not None:  # no new slots, so the queue can drain
            await self._scheduler.stop()
        await self.queue.join()
        self.request_stop()

    def _health(self) -> dict[str, Any]:
        return {
            "adapters": list(self.adapters),
            "queue": self.queue.qsize(),
            "paused": bool(self.pipeline and self.pipeline.paused),
        }


def _name(item: Event | Tick) -> str:
    return ":".join(item_ids(item))
