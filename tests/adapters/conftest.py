"""Fixtures shared by the adapter tests: fake api.twitter.com, fake Discord, a running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
import responses

from bot.app import App
from bot.config import Config, Secrets
from bot.store import AsyncStore, open_store
from tests.adapters.discord_fake import FakeDiscord
from tests.adapters.discord_harness import (
    FAST_READY,
    OUTPUTS,
    Bot,
    Watched,
    WatchedGenerator,
    discord_config,
    ignore,
)
from tests.adapters.discord_payloads import TOKEN
from tests.daemon_fakes import WordSafety


@pytest.fixture()
def x_api() -> Iterator[responses.RequestsMock]:
    """Fake api.twitter.com; any unregistered request fails, any unused response fails the test."""
    with responses.RequestsMock(assert_all_requests_are_fired=True) as rsps:
        yield rsps


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        server.install(monkeypatch)
        yield server


@pytest.fixture
async def run_bot(fake: FakeDiscord) -> AsyncIterator[Callable[..., Awaitable[Bot]]]:
    """Start the adapter inside an App (or alone with pipeline=False); stop them after."""
    bots: list[Bot] = []

    async def start(
        cfg: Config | None = None,
        *,
        outputs: list[str] | None = None,
        delay_s: float = 0.0,
        pipeline: bool = True,
        safety: Any = None,
        generator: Any = None,
    ) -> Bot:
        cfg = cfg or discord_config()
        adapter = Watched(cfg, Secrets(discord_token=TOKEN), client_options=FAST_READY)
        generator = generator or WatchedGenerator(
            outputs or OUTPUTS, delay_s=delay_s, changes=adapter.changes
        )
        fake.on_change.append(adapter.changes.pulse)
        app = None
        if pipeline:
            store = AsyncStore(open_store(":memory:"))
            adapter.watch_store = store
            app = App(cfg, generator=generator, safety=safety or WordSafety(), store=store,
                      adapters=[adapter], install_signals=False)  # fmt: skip
            await app.start()
        else:
            await adapter.start(ignore)
        bot = Bot(fake, adapter, app, generator)
        bots.append(bot)
        await adapter.wait_until_ready(5)
        return bot

    yield start
    for bot in bots:
        if bot.app is not None:
            await bot.app.stop()  # drains the queue, stops the adapter, generator and store
        else:
            await bot.adapter.stop()
