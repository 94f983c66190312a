"""build_parts: one wiring of store, adapters, safety, generator, pipeline; fakes injected."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.events import Event
from bot.generation.scripted import ScriptedGenerator
from bot.store import AsyncStore, open_store
from bot.wiring import build_parts
from tests.daemon_fakes import RecordingAdapter, WordSafety, config


def mention(event_id: str = "m1") -> Event:
    return Event(platform="console", event_id=event_id, kind="mention", text="hi", author_id="u1")


async def test_injected_parts_answer_a_mention_and_close_in_order(tmp_path: Path) -> None:
    adapter = RecordingAdapter("console")
    gen = ScriptedGenerator(["a calm reply about the weather"])
    cfg = config(storage={"path": str(tmp_path / "db")})
    parts = await build_parts(cfg, [adapter], generator=gen, safety=WordSafety())
    assert gen.started and parts.adapters == {"console": adapter}
    outcome = await parts.pipeline.handle(mention())
    await parts.aclose()
    assert outcome.status == "sent"
    assert adapter.texts() == ["a calm reply about the weather"]
    assert adapter.stopped and gen.closed
    store = open_store(tmp_path / "db")  # the store was flushed and closed: its rows are there
    try:
        assert store.event_status("console", "m1") == "sent"
    finally:
        store.close()


async def test_an_adapter_factory_gets_the_opened_store() -> None:
    store = AsyncStore(open_store(":memory:"))
    seen: list[AsyncStore] = []

    def adapters(opened: AsyncStore) -> list[RecordingAdapter]:
        seen.append(opened)
        return [RecordingAdapter("x")]

    parts = await build_parts(
        config(), adapters, store=store, generator=ScriptedGenerator(["ok"]), safety=WordSafety()
    )
    await parts.aclose()
    assert seen == [store] and list(parts.adapters) == ["x"]


async def test_a_failing_adapter_factory_closes_the_store_it_opened(tmp_path: Path) -> None:
    gen = ScriptedGenerator(["ok"])
    opened: list[AsyncStore] = []

    def adapters(store: AsyncStore) -> list[RecordingAdapter]:
        opened.append(store)
        raise ConfigError("no token", "set it")

    cfg = config(storage={"path": str(tmp_path / "db")})
    with pytest.raises(ConfigError):
        await build_parts(cfg, adapters, generator=gen, safety=WordSafety())
    assert not gen.started  # cheap checks fail before the model loads
    with pytest.raises(RuntimeError):  # its worker thread was shut down with it
        await opened[0].recent_post_texts(1)


async def test_a_given_store_stays_open_when_the_generator_fails(tmp_path: Path) -> None:
    store = AsyncStore(open_store(":memory:"))
    gen = ScriptedGenerator(["ok"])

    async def broken_start() -> None:
        raise OSError("model missing")

    gen.start = broken_start  # type: ignore[method-assign]
    with pytest.raises(OSError):
        await build_parts(config(), [], store=store, generator=gen, safety=WordSafety())
    assert await store.recent_post_texts(1) == []  # still usable: the caller owns it
    await store.aclose()
