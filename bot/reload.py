"""Reload the config and the model without a restart (SIGHUP, or the `reload` admin command).

The new config is read and validated, then whatever it changes is built beside the running
parts: a new generator when `[model]`/`[generation]` changed or the model folder's files did (a
new version written in place), a new safety chain when `[safety]` or the model changed (the
memorization index lives in the model folder), and always a new pipeline over the same store,
adapters, queue and policy state. Only when all of that started does the swap happen, in one
step with no await: items already being handled finish on the old pipeline, every item taken
from the queue after the swap uses the new one, so nothing is dropped and the store's claims
keep every event answered once. The old generator is closed once its last item is done. A
config or model that fails to load leaves the old one running, with one log line saying why.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from bot.config import Config
from bot.config_loader import load_config
from bot.errors import UserError
from bot.generation.base import Generator
from bot.generation.factory import build_generator
from bot.metrics import Metrics
from bot.outbox import Safety, describe
from bot.pipeline import Pipeline
from bot.wiring import Parts, load_safety

log = logging.getLogger(__name__)

# Sections read once at start-up: a reload reports their changes and leaves them alone.
RESTART_ONLY = ("storage", "metrics", "logging")
# Scheduler settings that shape its jobs (quiet hours, caps and gaps apply on reload).
SCHEDULE_JOBS = ("enabled", "rules", "targets", "jitter_s", "timezone")


@dataclass(frozen=True)
class ModelStamp:
    """What the loaded model is: its path and the size and mtime of each of its files."""

    path: str
    files: tuple[tuple[str, int, int], ...] = ()


def model_stamp(cfg: Config) -> ModelStamp:
    """Return the stamp of the configured model (a hub id or `bundled:` name is its path)."""
    root = Path(cfg.model.path).expanduser()
    folders = [root, root / "ct2"]
    if cfg.model.ct2_dir:
        folders.append(Path(cfg.model.ct2_dir).expanduser())
    files: list[tuple[str, int, int]] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for entry in sorted(folder.iterdir()):
                with contextlib.suppress(OSError):
                    if entry.is_file():
                        st = entry.stat()
                        files.append((str(entry), st.st_size, st.st_mtime_ns))
    real = root.resolve() if root.exists() else root
    return ModelStamp(str(real), tuple(files))


@dataclass(frozen=True)
class Plan:
    """What a reload rebuilds, and the changed settings that wait for a restart."""

    generator: bool
    safety: bool
    restart_only: tuple[str, ...]


def plan(old: Config, new: Config, old_stamp: ModelStamp, new_stamp: ModelStamp) -> Plan:
    """Decide what the new config needs rebuilt."""
    model_changed = old_stamp != new_stamp
    generator = model_changed or old.model != new.model or old.generation != new.generation
    safety = model_changed or old.safety != new.safety
    waiting = [f"[{name}]" for name in RESTART_ONLY if getattr(old, name) != getattr(new, name)]
    waiting += [f"[{p}] enabled" for p in ("discord", "x") if _enabled(old, p) != _enabled(new, p)]
    if old.bot.queue_max != new.bot.queue_max:
        waiting.append("[bot] queue_max")
    if any(getattr(old.schedule, k) != getattr(new.schedule, k) for k in SCHEDULE_JOBS):
        waiting.append("[schedule] rules")
    return Plan(generator, safety, tuple(waiting))


def _enabled(cfg: Config, platform: str) -> bool:
    return bool(getattr(getattr(cfg, platform), "enabled", False))


class InFlight:
    """Counts the items each pipeline is handling, so a replaced one can be retired when idle."""

    def __init__(self) -> None:
        self._counts: dict[int, int] = {}
        self._idle: dict[int, asyncio.Event] = {}

    @contextlib.asynccontextmanager
    async def using(self, owner: object) -> AsyncIterator[None]:
        """Count one item handled by `owner` for the duration of the block."""
        key = id(owner)
        self._counts[key] = self._counts.get(key, 0) + 1
        self._idle.setdefault(key, asyncio.Event()).clear()
        try:
            yield
        finally:
            self._counts[key] -= 1
            if self._counts[key] == 0:
                del self._counts[key]
                self._idle.pop(key).set()

    async def idle(self, owner: object) -> None:
        """Return once `owner` handles no item (at once if it handles none now)."""
        event = self._idle.get(id(owner))
        if event is not None:
            await event.wait()


class Target(Protocol):
    """What a reload swaps: the daemon's config and its running parts (bot.app.App)."""

    cfg: Config
    parts: Parts | None
    pipeline: Pipeline | None
    generator: Generator | None
    safety: Safety | None
    metrics: Metrics
    inflight: InFlight

    async def reload(self) -> str:
        """Reload now and return what happened, as one line."""


class Reloader:
    """Loads a new config (and model) beside the running one and swaps it in when ready."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.stamp = model_stamp(target.cfg)
        self.reloads = 0  # successful swaps
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[Any]] = set()
        # One line per finished reload, newest last (tests and tools wait on it; bounded).
        self.finished: asyncio.Queue[str] = asyncio.Queue(maxsize=100)

    def request(self) -> None:
        """Start a reload in the background (the SIGHUP handler)."""
        log.info("SIGHUP: reloading the config")
        self._spawn(self.target.reload(), "reload")

    async def reload(self) -> str:
        """Reload the config file the daemon started with; return one line saying what happened."""
        async with self._lock:  # two SIGHUPs in a row: the second reads the file again after
            try:
                line = await self._reload()
            except Exception as exc:
                why = exc.line().removeprefix("error: ") if isinstance(exc, UserError) else ""
                line = "reload failed, still running the previous config and model: "
                line += why or describe(exc)
                log.error("%s", line)
            if self.finished.full():
                self.finished.get_nowait()
            self.finished.put_nowait(line)
            return line

    async def _reload(self) -> str:
        app = self.target
        parts, old = app.parts, app.pipeline
        if parts is None or old is None:
            raise UserError("the bot has not started yet", "send SIGHUP once it is running")
        path = app.cfg.source_path
        if path is None:
            raise UserError("the bot was started without a config file", "run it with --config")
        cfg = await asyncio.to_thread(load_config, path)
        stamp = await asyncio.to_thread(model_stamp, cfg)
        todo = plan(app.cfg, cfg, self.stamp, stamp)
        generator, safety, pipeline = await self._build(cfg, todo, parts, old)
        # The swap: no await from here on, so no worker sees half of it.
        pipeline.carry_over(old)
        old.policy.reconfigure(cfg)
        pipeline.reloader = app.reload
        retired = parts.generator if generator is not parts.generator else None
        app.cfg, app.pipeline, app.generator, app.safety = cfg, pipeline, generator, safety
        app.parts = replace(parts, cfg=cfg, generator=generator, safety=safety, pipeline=pipeline)
        self.stamp, self.reloads = stamp, self.reloads + 1
        if retired is not None:
            self._spawn(self._retire(old, retired), "retire-generator")
        line = self._describe(cfg, todo)
        log.info("%s", line)
        return line

    async def _build(
        self, cfg: Config, todo: Plan, parts: Parts, old: Pipeline
    ) -> tuple[Generator, Safety, Pipeline]:
        """Build what the new config needs beside the running parts; undo it on failure."""
        built: Generator | None = None
        try:
            safety = await load_safety(cfg, parts.store) if todo.safety else parts.safety
            if todo.generator:
                built = build_generator(cfg)
                await built.start()
            generator = built or parts.generator
            pipeline = Pipeline(
                cfg, generator, safety, parts.store, parts.adapters, policy=old.policy,
                metrics=self.target.metrics, schedule_targets=old.schedule_targets,
                speedup=old.speedup,
            )  # fmt: skip
            await pipeline.start()
        except BaseException:
            if built is not None:
                await _close(built)
            raise
        return generator, safety, pipeline

    async def _retire(self, old: Pipeline, generator: Generator) -> None:
        """Close the replaced generator once the old pipeline's last item is done."""
        try:
            await self.target.inflight.idle(old)
        finally:  # at shutdown too: the daemon drained its queue first
            await _close(generator)

    def _describe(self, cfg: Config, todo: Plan) -> str:
        model = "new model loaded" if todo.generator else "model unchanged"
        safety = "safety filters rebuilt" if todo.safety else "safety filters unchanged"
        line = f"reloaded {cfg.source_path}: {model} ({cfg.model.path}), {safety}"
        if todo.restart_only:
            line += f"; {', '.join(todo.restart_only)} changed and take effect on restart"
        return line

    def _spawn(self, coro: Awaitable[Any], name: str) -> None:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        """Stop a reload in progress and close replaced generators (the daemon is stopping)."""
        for task in list(self._tasks):
            if task.get_name() == "reload":
                task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


async def _close(generator: Generator) -> None:
    """Close a generator; a failure is logged, never raised."""
    try:
        await generator.close()
    except Exception:
        log.exception("closing the replaced generator failed")


ReloadHook = Callable[[], Awaitable[str]]
