"""Build the parts of a running bot once: store, generator, safety chain, pipeline.

The daemon (`bot.app.App`), the X commands (`tweetling x post|poll`) and the adapter test
harnesses all wire through `build_parts`, so they run the same pipeline the same way. Any part
can be injected (a scripted generator, an in-memory store, a fake safety chain, fake adapters).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Config
from bot.events import Platform
from bot.generation.base import Generator
from bot.generation.factory import build_generator
from bot.metrics import Metrics
from bot.outbox import Safety
from bot.pipeline import Pipeline
from bot.policy import Policy
from bot.ports import Adapter
from bot.store import AsyncStore, open_store

if TYPE_CHECKING:  # the chains import word lists and classifiers: load them only when built
    from bot.safety.factory import Safety as SafetyChains

log = logging.getLogger(__name__)

# The adapters to wire: a list, or a function of the opened store (X keeps its cursor there).
AdapterSource = Sequence[Adapter] | Callable[[AsyncStore], Sequence[Adapter]]


def build_safety(cfg: Config, recent_posts: Sequence[str] = ()) -> SafetyChains:
    """Return the safety chains for the configured model; `recent_posts` newest last."""
    from bot.safety.factory import build_safety as factory

    model_dir = Path(cfg.model.path).expanduser()
    return factory(
        cfg, model_dir=model_dir if model_dir.is_dir() else None, recent_posts=recent_posts
    )


async def open_async_store(cfg: Config) -> AsyncStore:
    """Open the configured store off the loop (opening runs the migrations)."""
    return AsyncStore(await asyncio.to_thread(open_store, cfg.storage.resolved_path()))


async def load_safety(cfg: Config, store: AsyncStore) -> Safety:
    """Return the safety chain with its near-duplicate memory seeded from the store's posts."""
    newest_first = await store.recent_post_texts(cfg.safety.dedupe.recent)
    # Off the loop: the chain reads word lists, a classifier and the memorization index.
    return await asyncio.to_thread(build_safety, cfg, newest_first[::-1])  # newest last


@dataclass
class Parts:
    """A wired, started pipeline and what it runs on; `aclose` stops them in order."""

    cfg: Config
    store: AsyncStore
    generator: Generator
    safety: Safety
    pipeline: Pipeline
    adapters: dict[str, Adapter]

    async def aclose(self) -> None:
        """Stop the adapters, close the generator, then flush and close the store."""
        await close_all(
            [(f"adapter {a.name}", a.stop) for a in self.adapters.values()]
            + [("generator", self.generator.close), ("store", self.store.aclose)]
        )


async def build_parts(
    cfg: Config,
    adapters: AdapterSource = (),
    *,
    store: AsyncStore | None = None,
    generator: Generator | None = None,
    safety: Safety | None = None,
    policy: Policy | None = None,
    metrics: Metrics | None = None,
    schedule_targets: Sequence[Platform] | None = None,
    speedup: float = 1.0,
    recover: bool = False,
) -> Parts:
    """Open (or take) the store, adapters, safety chain and generator; start the pipeline.

    Order: store (then, with `recover`, close claims a dead run left), adapters and safety (cheap
    checks such as a missing token fail before the model loads), then the generator. Adapters are
    built, not started: the caller starts them with its emit. On failure, what this call opened
    or started is closed again and the error re-raised; given parts stay the caller's.
    """
    opened = store is None
    store = store if store is not None else await open_async_store(cfg)
    started: Generator | None = None
    try:
        if recover and (n := await store.recover_interrupted()):
            log.warning("%d interrupted send(s) from the last run marked uncertain (not resent)", n)
        built = adapters(store) if callable(adapters) else adapters
        by_name: dict[str, Adapter] = {a.name: a for a in built}
        safety = safety if safety is not None else await load_safety(cfg, store)
        generator = generator if generator is not None else build_generator(cfg)
        await generator.start()
        started = generator
        pipeline = Pipeline(
            cfg, generator, safety, store, by_name, policy=policy, metrics=metrics,
            schedule_targets=schedule_targets, speedup=speedup,
        )  # fmt: skip
        await pipeline.start()
    except BaseException:
        undo = [("generator", started.close)] if started is not None else []
        await close_all(undo + ([("store", store.aclose)] if opened else []))
        raise
    return Parts(cfg, store, generator, safety, pipeline, by_name)


async def close_all(steps: Sequence[tuple[str, Callable[[], Awaitable[object]]]]) -> None:
    """Await each stop step in order; a failure is logged and the rest still run."""
    for what, stop in steps:
        try:
            await stop()
        except Exception:
            log.exception("stopping %s failed", what)
