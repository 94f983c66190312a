"""Discord client set-up against the fake Discord: tokens, login retries, gateway, sync."""

from __future__ import annotations

import asyncio
import itertools
import time
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.adapters.discord import client as discord_client
from bot.adapters.discord.adapter import DiscordAdapter, build_adapter
from bot.adapters.discord.client import sync_commands
from bot.cli import main
from bot.config import Secrets
from bot.errors import ConfigError
from bot.generation.scripted import ScriptedGenerator
from bot.store import AsyncStore, open_store
from tests.adapters.discord_fake import FakeDiscord
from tests.adapters.discord_harness import FAST_READY, OUTPUTS, discord_config, ignore
from tests.adapters.discord_payloads import BOT_ID, GUILD_ID, TOKEN
from tests.daemon_fakes import WordSafety, config

MENTION = f"<@{BOT_ID}>"


# tokens, sharding, command sync


def test_a_missing_token_is_a_clear_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        build_adapter(discord_config(), Secrets())
    assert "TWEETLING_DISCORD_TOKEN" in err.value.line()


async def test_a_rejected_token_is_a_clear_config_error(fake: FakeDiscord) -> None:
    bad = "not.the.right-token-0123456789"
    adapter = DiscordAdapter(discord_config(), Secrets(discord_token=bad))
    with pytest.raises(ConfigError) as err:
        await adapter.start(ignore)
    await adapter.stop()
    assert "rejected" in err.value.line() and bad not in err.value.line()
    assert fake.identify is None


async def test_start_can_be_retried_after_a_rejected_token(fake: FakeDiscord) -> None:
    adapter = DiscordAdapter(
        discord_config(), Secrets(discord_token=TOKEN), client_options=FAST_READY
    )
    fake.token = "the-portal-has-another-token"
    with pytest.raises(ConfigError):
        await adapter.start(ignore)
    fake.token = TOKEN  # e.g. the supervisor retries after the outage/fix
    await adapter.start(ignore)
    await adapter.wait_until_ready(5)
    await adapter.stop()
    await adapter.stop()


async def test_run_with_a_rejected_token_exits_2_without_retrying(
    fake: FakeDiscord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        f"""
[discord]
enabled = true
[model]
backend = "scripted"
[safety.classifier]
enabled = false
[storage]
path = "{tmp_path / "bot.sqlite3"}"
""",
        encoding="utf-8",
    )
    monkeypatch.setenv("TWEETLING_DISCORD_TOKEN", "not.the.right-token-0123456789")
    logins: list[str] = []

    async def counted_login(client: discord.Client, token: str) -> None:
        logins.append(token)
        await real_login(client, token)

    real_login = discord_client.login
    monkeypatch.setattr(discord_client, "login", counted_login)
    # `tweetling run` runs its own event loop: give it a thread, the fake keeps this one.
    code = await asyncio.wait_for(asyncio.to_thread(main, ["run", "-c", str(cfg)]), 20)
    assert code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("error: Discord rejected the bot token") and "right-token" not in last
    assert len(logins) == 1  # never retried


async def test_an_unreachable_discord_is_retried_by_the_app(
    fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import app as app_module
    from bot.app import App
    from bot.commands.adapters import enabled_adapters

    monkeypatch.setattr(app_module, "BACKOFF_START_S", 0.01)
    good_base = discord.http.Route.BASE
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # refused
    store = AsyncStore(open_store(":memory:"))
    adapters = enabled_adapters(discord_config(), Secrets(discord_token=TOKEN))
    app = App(discord_config(), adapters=adapters, generator=ScriptedGenerator(OUTPUTS),
              safety=WordSafety(), store=store, install_signals=False)  # fmt: skip
    async with app:
        await asyncio.sleep(0.1)  # a few refused logins, each retried
        monkeypatch.setattr(discord.http.Route, "BASE", good_base)  # the network is back
        adapter = app.adapters["discord"]
        assert isinstance(adapter, DiscordAdapter)
        await adapter.wait_until_ready(5)
        assert app._fatal is None


async def test_sharded_client_connects_through_the_bot_gateway(run_bot: Any) -> None:
    bot = await run_bot(discord_config(sharded=True))
    assert isinstance(bot.adapter.client, discord.AutoShardedClient)
    assert bot.fake.find("GET", "/gateway/bot")
    assert bot.fake.identify is not None and bot.fake.identify["shard"] == [0, 1]
    await bot.fake.send_message(f"{MENTION} sharded hello", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert len(bot.messages()) == 1


async def test_a_dropped_gateway_is_resumed_by_discord_py(run_bot: Any) -> None:
    bot = await run_bot()
    await bot.fake.drop(code=4000)
    await bot.until(lambda: len(bot.fake.resumes) == 1)
    assert bot.fake.resumes[0]["session_id"] == "fake-session"
    await bot.fake.send_message(f"{MENTION} still with me?", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert len(bot.messages()) == 1


async def test_identify_uses_default_intents_only(run_bot: Any) -> None:
    bot = await run_bot()
    assert bot.fake.identify is not None
    intents = discord.Intents._from_value(bot.fake.identify["intents"])
    assert intents == discord.Intents.default() and not intents.message_content


async def test_sync_registers_the_command_in_a_guild(fake: FakeDiscord) -> None:
    names = await sync_commands(discord_config(), Secrets(discord_token=TOKEN), GUILD_ID)
    assert names == ["generate"]
    [put] = fake.find("PUT", f"/applications/{BOT_ID}/guilds/{GUILD_ID}/commands")
    [command] = put.body
    options = {o["name"]: o for o in command["options"]}
    assert (options["count"]["min_value"], options["count"]["max_value"]) == (1, 5)
    assert set(options) == {"prompt", "count", "temperature"}
    assert fake.identify is None  # syncing never opens the gateway


async def test_the_loop_stays_responsive_with_a_real_model(
    run_bot: Any, tiny_model_dir: Any
) -> None:
    from bot.generation.local import LocalGenerator
    from bot.generation.worker import EngineLimits

    cfg = config(
        discord={"enabled": True, "user_cooldown_s": 0, "channel_cooldown_s": 0},
        generation={"num_candidates": 4, "max_new_tokens": 100, "on_all_blocked": "silent"},
    )
    # The App starts the generator (loads the model) and closes it when the bot stops.
    generator = LocalGenerator(str(tiny_model_dir), device="cpu", threads=1,
                               limits=EngineLimits(max_batch_size=4))  # fmt: skip
    bot = await run_bot(cfg, generator=generator)
    ticks: list[float] = []

    async def ticker() -> None:
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    try:
        started = time.monotonic()
        await bot.fake.send_message(f"{MENTION} coffee", mentions=(BOT_ID,))
        await bot.fake.run_command(prompt="the bus")
        await bot.until(lambda: len(bot.outcomes) == 2, timeout=30)
        took = time.monotonic() - started
    finally:
        task.cancel()
    assert len(bot.callbacks()) == 1
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"model work {took:.2f} s, {len(ticks)} ticks, longest loop stall {max(gaps):.3f} s")
    assert max(gaps) < 0.25
