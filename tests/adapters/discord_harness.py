"""Run the real Discord adapter inside the real App against the fake Discord (see discord_fake).

The adapter, discord.py, App (queue, workers, release, `done`), Pipeline, Policy and store run
as in production; only Discord itself (on 127.0.0.1) and the model (ScriptedGenerator) are fakes.
`Watched` is the real adapter plus a note of each Event it emits and each outcome the store
recorded when the app called its `done` hook.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.adapters.discord.adapter import DiscordAdapter
from bot.app import App
from bot.config import Config
from bot.events import Event, Tick
from bot.generation.scripted import ScriptedGenerator
from bot.pipeline import Pipeline
from bot.ports import Emit
from bot.store import AsyncStore
from tests.adapters.discord_fake import FakeDiscord, Recorded
from tests.adapters.discord_payloads import CHANNEL_ID
from tests.daemon_fakes import config

OUTPUTS = ["coffee first, then the world", "rainy sunday, soup and a long walk"]
FAST_READY = {"guild_ready_timeout": 0.05}  # discord.py waits this long for GUILD_CREATEs


class Changes:
    """Wakes whoever waits in `Bot.until` each time something it may be waiting for changed."""

    def __init__(self) -> None:
        self._waiters: set[asyncio.Event] = set()

    def pulse(self) -> None:
        """Something changed: wake every waiter."""
        for waiter in self._waiters:
            waiter.set()

    async def wait(self) -> None:
        """Return after the next pulse."""
        waiter = asyncio.Event()
        self._waiters.add(waiter)
        try:
            await waiter.wait()
        finally:
            self._waiters.discard(waiter)


class WatchedGenerator(ScriptedGenerator):
    """The scripted model, pulsing `changes` each time it is called."""

    def __init__(self, *args: Any, changes: Changes, **kwargs: Any) -> None:
        self.changes = changes
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def calls(self) -> int:
        return self._calls

    @calls.setter
    def calls(self, value: int) -> None:
        self._calls = value
        self.changes.pulse()


@dataclass(frozen=True)
class Handled:
    """An event's outcome as the store recorded it ("unrecorded": the app never queued it)."""

    status: str
    detail: str = ""


class Watched(DiscordAdapter):
    """The real Discord adapter, noting what it emits and what the app reports done."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.events: list[Event] = []
        self.outcomes: list[Handled] = []  # in the order the app finished them
        self.outcomes_by_id: dict[str, Handled] = {}
        self.watch_store: AsyncStore | None = None
        self.changes = Changes()  # pulsed on each emit and done (and by the fake, the model)

    async def start(self, emit: Emit) -> None:
        """Start with an emit that notes each Event before the app gets it."""

        async def noting(item: Event | Tick) -> None:
            if isinstance(item, Event):
                self.events.append(item)
                self.changes.pulse()
            await emit(item)

        await super().start(noting)

    async def done(self, event_id: str) -> None:
        """Run the real hook, then note the outcome the pipeline recorded for the event."""
        await super().done(event_id)
        handled = await self._recorded(event_id)
        self.outcomes_by_id[event_id] = handled
        self.outcomes.append(handled)
        self.changes.pulse()

    async def _recorded(self, event_id: str) -> Handled:
        if self.watch_store is None:
            return Handled("unrecorded")
        for row in await self.watch_store.history(limit=1000):
            if row["platform"] == "discord" and row["event_id"] == event_id:
                return Handled(str(row["status"]), str(row["detail"]))
        return Handled("unrecorded")


@dataclass
class Bot:
    """One running adapter (inside an App unless started alone), plus what it emitted."""

    fake: FakeDiscord
    adapter: Watched
    app: App | None
    generator: ScriptedGenerator

    @property
    def events(self) -> list[Event]:
        return self.adapter.events

    @property
    def outcomes(self) -> list[Handled]:
        return self.adapter.outcomes

    @property
    def pipeline(self) -> Pipeline | None:
        return self.app.pipeline if self.app is not None else None

    @property
    def store(self) -> AsyncStore:
        assert self.app is not None and self.app.store is not None
        return self.app.store

    async def until(self, cond: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until `cond()` holds, checking it each time the adapter, fake or model changed."""
        try:
            async with asyncio.timeout(timeout):
                while not cond():
                    await self.adapter.changes.wait()
        except TimeoutError:
            raise AssertionError("timed out waiting") from None

    async def until_handled(self, count: int) -> None:
        """Wait until the app has finished `count` events."""
        await self.until(lambda: len(self.outcomes) >= count)

    def outcome_of(self, text: str) -> Handled:
        """Return the outcome of the one event with this text."""
        [event] = [e for e in self.events if e.text == text]
        return self.adapter.outcomes_by_id[event.event_id]

    def messages(self, channel_id: int = CHANNEL_ID) -> list[Recorded]:
        """Return the messages the bot created in a channel."""
        return self.fake.find("POST", f"/channels/{channel_id}/messages")

    def followups(self) -> list[Recorded]:
        return [r for r in self.fake.find("POST", "/webhooks/") if "/messages" not in r.path]

    def callbacks(self) -> list[Recorded]:
        return self.fake.find("POST", "/callback")


def discord_config(**discord_keys: Any) -> Config:
    """Return a quick config with Discord on and cooldowns off unless given."""
    keys: dict[str, Any] = {"enabled": True, "user_cooldown_s": 0, "channel_cooldown_s": 0}
    keys.update(discord_keys)
    return config(discord=keys, safety={"check_input": True})


async def ignore(item: Event | Tick) -> None:
    """An emit that drops everything."""
