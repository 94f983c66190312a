"""The Discord adapter against a fake of Discord's own REST API and gateway (see discord_fake).

The adapter, discord.py, the real Pipeline, Policy and store run unchanged; only Discord itself
(on 127.0.0.1) and the model (ScriptedGenerator) are fakes.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.adapters.discord import client as discord_client
from bot.adapters.discord.adapter import DiscordAdapter, build_adapter
from bot.adapters.discord.client import sync_commands
from bot.adapters.discord.text import draft_button_id
from bot.cli import main
from bot.config import Config, Secrets
from bot.errors import ConfigError
from bot.events import Event, Outgoing
from bot.generation.scripted import ScriptedGenerator
from bot.pipeline import Outcome, Pipeline
from bot.ports import SendError
from bot.store import AsyncStore, open_store
from tests.adapters.discord_fake import (
    ADMIN_ID,
    BOT_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    GUILD_ID,
    OTHER_CHANNEL_ID,
    OTHER_USER_ID,
    REVIEW_CHANNEL_ID,
    TOKEN,
    USER_ID,
    FakeDiscord,
    Recorded,
)
from tests.daemon_fakes import WordSafety, config

OUTPUTS = ["coffee first, then the world", "rainy sunday, soup and a long walk"]
MENTION = f"<@{BOT_ID}>"
FAST_READY = {"guild_ready_timeout": 0.05}  # discord.py waits this long for GUILD_CREATEs


@dataclass
class Bot:
    """One running adapter wired to the real pipeline, plus what it emitted."""

    fake: FakeDiscord
    adapter: DiscordAdapter
    pipeline: Pipeline | None
    store: AsyncStore
    generator: ScriptedGenerator
    events: list[Event] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    async def until(self, cond: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until `cond()` holds."""
        deadline = time.monotonic() + timeout
        while not cond():
            assert time.monotonic() < deadline, "timed out waiting"
            await asyncio.sleep(0.01)

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


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        server.install(monkeypatch)
        yield server


@pytest.fixture
async def run_bot(fake: FakeDiscord) -> AsyncIterator[Callable[..., Awaitable[Bot]]]:
    """Start adapter + pipeline (or the adapter alone with pipeline=False); stop them after."""
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
        adapter = DiscordAdapter(cfg, Secrets(discord_token=TOKEN), client_options=FAST_READY)
        store = AsyncStore(open_store(":memory:"))
        generator = generator or ScriptedGenerator(outputs or OUTPUTS, delay_s=delay_s)
        pipe = Pipeline(cfg, generator, safety or WordSafety(), store, {"discord": adapter})
        bot = Bot(fake, adapter, pipe if pipeline else None, store, generator)

        async def emit(item: Any) -> None:
            bot.events.append(item)
            if bot.pipeline is not None and await bot.pipeline.admit(item):
                bot.outcomes.append(await bot.pipeline.handle(item))

        await adapter.start(emit)
        await adapter.wait_until_ready(5)
        bots.append(bot)
        return bot

    yield start
    for bot in bots:
        await bot.adapter.stop()
        await bot.store.aclose()


# mentions


async def test_a_mention_gets_exactly_one_reply_with_no_pings(run_bot: Any) -> None:
    bot = await run_bot()
    sent = await bot.fake.send_message(f"{MENTION} how was your day?", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    await asyncio.sleep(0.05)  # nothing else may trail behind
    [reply] = bot.messages()
    assert reply.body["content"] in OUTPUTS
    assert reply.body["allowed_mentions"] == {"parse": []}
    assert reply.body["message_reference"]["message_id"] == int(sent["id"])
    assert bot.outcomes[0].status == "sent"
    event = bot.events[0]
    assert (event.kind, event.text, event.guild_id) == (
        "mention",
        "how was your day?",
        str(GUILD_ID),
    )
    assert bot.fake.find("POST", f"/channels/{CHANNEL_ID}/typing"), "no typing indicator"


async def test_everyone_alone_does_not_trigger(run_bot: Any) -> None:
    bot = await run_bot()
    await bot.fake.send_message("@everyone big news", mention_everyone=True)
    await bot.fake.send_message("just chatting, no mention at all")
    await bot.fake.send_message(f"{MENTION} now you", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert [e.text for e in bot.events] == ["now you"]
    assert len(bot.messages()) == 1


async def test_own_and_other_bots_messages_are_ignored(run_bot: Any) -> None:
    bot = await run_bot()
    await bot.fake.send_message(f"{MENTION} me", author=BOT_ID, mentions=(BOT_ID,))
    await bot.fake.send_message(f"{MENTION} hi", author=OTHER_USER_ID, author_bot=True,
                                mentions=(BOT_ID,))  # fmt: skip
    await bot.fake.send_message(f"{MENTION} real", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert [e.text for e in bot.events] == ["real"]


async def test_mentions_allow_the_replied_user_only_when_configured(run_bot: Any) -> None:
    bot = await run_bot(discord_config(mention_author=True))
    await bot.fake.send_message(f"{MENTION} ping me", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    [reply] = bot.messages()
    assert reply.body["allowed_mentions"] == {
        "parse": [],
        "users": [USER_ID],
        "replied_user": True,
    }


async def test_replies_to_its_messages_and_dms_follow_config(run_bot: Any) -> None:
    bot = await run_bot(discord_config(reply_to_dms=False), pipeline=False)
    own = bot.fake.message("an earlier post", author=BOT_ID, author_name="tweetling")
    other = bot.fake.message("someone else", author=OTHER_USER_ID)
    await bot.fake.send_message("ha, good one", referenced=own)
    await bot.fake.send_message("not to the bot", referenced=other)
    await bot.fake.send_message("hello in private", guild=False, channel_id=DM_CHANNEL_ID)
    await bot.fake.send_message(f"{MENTION} marker", mentions=(BOT_ID,))
    await bot.until(lambda: any(e.text == "marker" for e in bot.events))
    assert [(e.kind, e.text) for e in bot.events] == [
        ("reply", "ha, good one"),
        ("mention", "marker"),
    ]


async def test_a_reply_that_mentions_the_bot_counts_as_a_mention(run_bot: Any) -> None:
    bot = await run_bot(discord_config(reply_to_replies=False))
    own = bot.fake.message("an earlier post", author=BOT_ID, author_name="tweetling")
    await bot.fake.send_message("quiet reply", referenced=own)
    await bot.fake.send_message(f"{MENTION} loud reply", referenced=own, mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert [(e.kind, e.text) for e in bot.events] == [("mention", "loud reply")]
    assert bot.outcomes[0].status == "sent"


async def test_dms_are_answered_when_enabled(run_bot: Any) -> None:
    bot = await run_bot(discord_config(reply_to_dms=True))
    await bot.fake.send_message("hello in private", guild=False, channel_id=DM_CHANNEL_ID)
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert bot.events[0].kind == "dm" and bot.events[0].guild_id is None
    assert len(bot.messages(DM_CHANNEL_ID)) == 1


# /generate


async def test_generate_defers_then_follows_up(run_bot: Any) -> None:
    bot = await run_bot()
    interaction = await bot.fake.run_command(prompt="coffee", count=2)
    await bot.until(lambda: len(bot.outcomes) == 1)
    [callback] = bot.callbacks()
    assert callback.path == f"/interactions/{interaction['id']}/{interaction['token']}/callback"
    assert callback.body["type"] == 5  # deferred channel message: "tweetling is thinking..."
    followups = bot.followups()
    assert len(followups) == 2
    assert bot.fake.requests.index(callback) < bot.fake.requests.index(followups[0])
    assert all(f.body["allowed_mentions"] == {"parse": []} for f in followups)
    assert {f.body["content"] for f in followups} <= set(OUTPUTS)
    event = bot.events[0]
    assert (event.kind, event.prompt, event.count) == ("command", "coffee", 2)
    assert event.command == "generate"
    assert bot.generator.requests[0].prompt == "coffee"


async def test_generate_can_be_ephemeral(run_bot: Any) -> None:
    bot = await run_bot(discord_config(ephemeral=True))
    await bot.fake.run_command(temperature=0.7)
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert bot.callbacks()[0].body == {"type": 5, "data": {"flags": 64}}
    assert bot.followups()[0].body["flags"] == 64
    assert bot.events[0].temperature == 0.7 and bot.events[0].prompt is None


# good manners: cooldowns, refusals, blocked outputs, lists


async def test_cooldown_refuses_politely(run_bot: Any) -> None:
    bot = await run_bot(discord_config(user_cooldown_s=60))
    await bot.fake.send_message(f"{MENTION} first", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    await bot.fake.send_message(f"{MENTION} second", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 2)
    first, second = bot.messages()
    assert first.body["content"] in OUTPUTS
    assert "try again in" in second.body["content"].lower()
    assert second.body["allowed_mentions"] == {"parse": []}
    assert second.body["message_reference"]["message_id"] == int(bot.events[1].event_id)
    assert bot.outcomes[1].detail == "cooldown:user"
    await bot.fake.run_command()  # /generate is on the same cooldown: an ephemeral notice
    await bot.until(lambda: len(bot.outcomes) == 3)
    [notice] = bot.followups()
    assert "try again in" in notice.body["content"].lower() and notice.body["flags"] == 64


async def test_a_refused_input_gets_the_refusal_message(run_bot: Any) -> None:
    bot = await run_bot()
    await bot.fake.send_message(f"{MENTION} say something EVIL", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    [reply] = bot.messages()
    assert reply.body["content"] == bot.adapter.cfg.safety.refusal_message
    assert bot.generator.calls == 0


async def test_a_blocked_output_is_not_sent(run_bot: Any) -> None:
    cfg = config(
        discord={"enabled": True, "user_cooldown_s": 0, "channel_cooldown_s": 0},
        generation={"on_all_blocked": "silent"},
    )
    bot = await run_bot(cfg, outputs=["a BAD take", "another BAD one"])
    await bot.fake.send_message(f"{MENTION} go on", mentions=(BOT_ID,))
    await bot.fake.run_command()
    await bot.until(lambda: len(bot.outcomes) == 2)
    assert [o.status for o in bot.outcomes] == ["blocked", "blocked"]
    assert bot.messages() == [] and bot.followups() == []
    assert not any("BAD" in str(r.body) for r in bot.fake.requests)


async def test_real_safety_defuses_pings_and_blocks_pii_before_discord(run_bot: Any) -> None:
    from bot.safety.factory import build_safety

    cfg = config(
        discord={"enabled": True, "user_cooldown_s": 0, "channel_cooldown_s": 0},
        safety={"memorization": {"enabled": False}},
    )
    outputs = ["@everyone wake up, coffee time is here", "mail me at someone@example.com today"]
    bot = await run_bot(cfg, outputs=outputs, safety=build_safety(cfg))
    await bot.fake.send_message(f"{MENTION} morning!", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    [reply] = bot.messages()
    content = reply.body["content"]
    assert "wake up, coffee time is here" in content and "@everyone" not in content
    assert reply.body["allowed_mentions"] == {"parse": []}
    assert not any("example.com" in str(r.body) for r in bot.fake.requests)


async def test_allow_and_block_lists_hold(run_bot: Any) -> None:
    bot = await run_bot(discord_config(channel_allow=[CHANNEL_ID], user_block=[OTHER_USER_ID]))
    await bot.fake.send_message(f"{MENTION} elsewhere", channel_id=OTHER_CHANNEL_ID,
                                mentions=(BOT_ID,))  # fmt: skip
    await bot.fake.send_message(f"{MENTION} blocked me", author=OTHER_USER_ID, mentions=(BOT_ID,))
    await bot.fake.send_message(f"{MENTION} allowed", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 3)
    details = sorted(o.detail for o in bot.outcomes if o.status == "skipped")
    assert details == ["blocked:user", "not_allowed:channel"]
    assert bot.messages(OTHER_CHANNEL_ID) == []
    assert bot.fake.find("POST", f"/channels/{OTHER_CHANNEL_ID}/typing") == []
    [reply] = bot.messages()
    assert reply.body["message_reference"]["message_id"] == int(bot.events[2].event_id)


async def test_typing_stops_with_the_answer_and_done_clears_thinking(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)
    await bot.fake.send_message(f"{MENTION} hello", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.events) == 1)
    await bot.fake.wait_for(lambda r: r.path.endswith("/typing"))
    assert bot.adapter._typing.active() == [bot.events[0].event_id]
    await bot.adapter.send(Outgoing("discord", "hi", event_id=bot.events[0].event_id))
    await asyncio.sleep(0)
    assert bot.adapter._typing.active() == []
    assert bot.messages()[0].body["message_reference"]["message_id"] == int(bot.events[0].event_id)
    interaction = await bot.fake.run_command()
    await bot.until(lambda: len(bot.events) == 2)
    await bot.adapter.done(bot.events[1].event_id)  # the pipeline chose silence
    [delete] = bot.fake.find("DELETE", "/messages/@original")
    assert interaction["token"] in delete.path


async def test_an_expired_interaction_is_never_answered_in_public(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)
    await bot.fake.run_command(prompt="late")
    await bot.until(lambda: len(bot.events) == 1)
    event = bot.events[0]
    pending = bot.adapter._pending.get(event.event_id)
    assert pending is not None
    pending.created -= 16 * 60  # Discord's 15-minute window has passed
    late = Outgoing("discord", "too late", event_id=event.event_id,
                    channel_id=event.channel_id, extra=dict(event.extra))  # fmt: skip
    for _ in range(2):  # first while remembered, then after it was forgotten
        with pytest.raises(SendError) as err:
            await bot.adapter.send(late)
        assert err.value.code == "expired" and err.value.permanent
    assert bot.followups() == [] and bot.messages() == []


# admin and user commands


async def test_text_commands_become_command_events(run_bot: Any) -> None:
    bot = await run_bot(discord_config(admin_ids=[ADMIN_ID]))
    await bot.fake.send_message(f"{MENTION} pause", author=USER_ID, mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    assert bot.messages()[-1].body["content"] == "Only admins can do that."
    await bot.fake.send_message(f"{MENTION} pause", author=ADMIN_ID, mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 2)
    assert bot.pipeline is not None and bot.pipeline.paused
    await bot.fake.send_message(f"{MENTION} Resume!", author=ADMIN_ID, mentions=(BOT_ID,))
    await bot.fake.send_message(f"{MENTION} opt out", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 4)
    assert not bot.pipeline.paused
    commands = [e.command for e in bot.events]
    assert commands == ["pause", "pause", "resume", "optout"]
    await bot.fake.send_message(f"{MENTION} still there?", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 5)
    assert bot.outcomes[-1].detail == "opted_out"


async def test_review_buttons_emit_approve_and_post(run_bot: Any) -> None:
    cfg = discord_config(
        admin_ids=[ADMIN_ID], review_channel_id=REVIEW_CHANNEL_ID, schedule_channel_id=CHANNEL_ID
    )
    bot = await run_bot(cfg)
    draft_id = await bot.store.add_draft("slot-1", "a drafted post", ["discord"], "review mode")
    assert bot.pipeline is not None
    await bot.pipeline.announce_draft(draft_id, "a drafted post")
    [draft] = bot.messages(REVIEW_CHANNEL_ID)
    buttons = draft.body["components"][0]["components"]
    assert [b["custom_id"] for b in buttons] == [
        draft_button_id("approve", str(draft_id)),
        draft_button_id("reject", str(draft_id)),
    ]
    await bot.fake.click(buttons[0]["custom_id"], user=USER_ID)  # not an admin
    await bot.fake.click(buttons[0]["custom_id"], user=ADMIN_ID)
    await bot.until(lambda: len(bot.outcomes) == 2)
    assert [e.draft_id for e in bot.events] == [draft_id] * 2
    assert [r.body["content"] for r in bot.followups()] == [
        "Only admins can do that.",
        f"Draft {draft_id} posted.",
    ]
    assert [m.body["content"] for m in bot.messages(CHANNEL_ID)] == ["a drafted post"]


# sending rules


async def test_long_replies_split_on_word_boundaries(run_bot: Any) -> None:
    bot = await run_bot(discord_config(long_reply="split"), pipeline=False)
    words = [f"word{i:04d}" for i in range(500)]  # 4,499 characters
    out = Outgoing("discord", " ".join(words), channel_id=str(CHANNEL_ID), reply_to="1")
    await bot.adapter.send(out)
    chunks = [r.body["content"] for r in bot.messages()]
    assert len(chunks) == 3 and all(len(c) <= 2000 for c in chunks)
    assert " ".join(chunks).split() == words
    assert "message_reference" in bot.messages()[0].body


async def test_long_reply_with_regenerate_is_refused_not_truncated(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)
    with pytest.raises(SendError) as err:
        await bot.adapter.send(Outgoing("discord", "word " * 500, channel_id=str(CHANNEL_ID)))
    assert err.value.code == "too_long" and err.value.permanent
    assert bot.messages() == []


async def test_a_long_rate_limit_becomes_a_logged_skip(
    run_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await run_bot(discord_config(max_ratelimit_timeout_s=30), pipeline=False)
    bot.fake.rate_limited["/messages"] = 600.0
    started = time.monotonic()
    with pytest.raises(SendError) as err:
        await bot.adapter.send(Outgoing("discord", "hi", channel_id=str(CHANNEL_ID)))
    assert err.value.code == "rate_limited" and not err.value.permanent
    assert time.monotonic() - started < 5
    assert "rate limited for 600 s" in caplog.text


async def test_posts_and_drafts_need_their_channels(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)
    with pytest.raises(SendError, match="schedule_channel_id"):
        await bot.adapter.send(Outgoing("discord", "a post", kind="post"))
    post = Outgoing("discord", "a post", kind="post", channel_id=str(OTHER_CHANNEL_ID))
    assert await bot.adapter.send(post)
    assert bot.messages(OTHER_CHANNEL_ID)[0].body["allowed_mentions"] == {"parse": []}


# the event loop keeps breathing


async def test_the_loop_stays_responsive_while_the_model_generates(run_bot: Any) -> None:
    bot = await run_bot(delay_s=0.6)
    ticks: list[float] = []

    async def ticker() -> None:
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    task = asyncio.create_task(ticker())
    try:
        await bot.fake.send_message(f"{MENTION} think hard", mentions=(BOT_ID,))
        await bot.until(lambda: bot.generator.calls == 1)
        asked = time.monotonic()
        await bot.fake.run_command(prompt="meanwhile")
        await bot.until(lambda: len(bot.callbacks()) == 1)
        deferred_after = time.monotonic() - asked
        await bot.until(lambda: len(bot.outcomes) == 2)
    finally:
        task.cancel()
    assert deferred_after < 0.5, "the /generate defer waited for the model"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 40 and max(gaps) < 0.25


# tokens, sharding, command sync


def test_a_missing_token_is_a_clear_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        build_adapter(discord_config(), Secrets())
    assert "TWEETLING_DISCORD_TOKEN" in err.value.line()


async def test_a_rejected_token_is_a_clear_config_error(fake: FakeDiscord) -> None:
    bad = "not.the.right-token-0123456789"
    adapter = DiscordAdapter(discord_config(), Secrets(discord_token=bad))
    with pytest.raises(ConfigError) as err:
        await adapter.start(_ignore)
    await adapter.stop()
    assert "rejected" in err.value.line() and bad not in err.value.line()
    assert fake.identify is None


async def test_start_can_be_retried_after_a_rejected_token(fake: FakeDiscord) -> None:
    adapter = DiscordAdapter(
        discord_config(), Secrets(discord_token=TOKEN), client_options=FAST_READY
    )
    fake.token = "the-portal-has-another-token"
    with pytest.raises(ConfigError):
        await adapter.start(_ignore)
    fake.token = TOKEN  # e.g. the supervisor retries after the outage/fix
    await adapter.start(_ignore)
    await adapter.wait_until_ready(5)
    await adapter.stop()
    await adapter.stop()


async def test_the_app_clears_thinking_when_the_pipeline_stays_silent(fake: FakeDiscord) -> None:
    from bot.app import App

    store = AsyncStore(open_store(":memory:"))
    await store.add_optout("discord", str(USER_ID))
    app = App(discord_config(), Secrets(discord_token=TOKEN), generator=ScriptedGenerator(OUTPUTS),
              safety=WordSafety(), store=store, install_signals=False)  # fmt: skip
    async with app:
        adapter = app.adapters["discord"]
        assert isinstance(adapter, DiscordAdapter)
        await adapter.wait_until_ready(5)
        interaction = await fake.run_command(prompt="hello")  # an opted-out user: no answer
        await fake.wait_for(lambda r: r.method == "DELETE" and "@original" in r.path)
    [delete] = fake.find("DELETE", "/messages/@original")
    assert interaction["token"] in delete.path
    assert not fake.find("POST", "/webhooks/")  # nothing was said


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

    monkeypatch.setattr(app_module, "BACKOFF_START_S", 0.01)
    good_base = discord.http.Route.BASE
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # refused
    store = AsyncStore(open_store(":memory:"))
    app = App(discord_config(), Secrets(discord_token=TOKEN), generator=ScriptedGenerator(OUTPUTS),
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


async def _ignore(item: Any) -> None:
    """An emit that drops everything."""


async def test_the_loop_stays_responsive_with_a_real_model(
    run_bot: Any, tiny_model_dir: Any
) -> None:
    from bot.generation.local import LocalGenerator
    from bot.generation.worker import EngineLimits

    cfg = config(
        discord={"enabled": True, "user_cooldown_s": 0, "channel_cooldown_s": 0},
        generation={"num_candidates": 4, "max_new_tokens": 100, "on_all_blocked": "silent"},
    )
    generator = LocalGenerator(str(tiny_model_dir), device="cpu", threads=1,
                               limits=EngineLimits(max_batch_size=4))  # fmt: skip
    await generator.start()
    try:
        bot = await run_bot(cfg, generator=generator)
        ticks: list[float] = []

        async def ticker() -> None:
            while True:
                ticks.append(time.monotonic())
                await asyncio.sleep(0.005)

        task = asyncio.create_task(ticker())
        started = time.monotonic()
        await bot.fake.send_message(f"{MENTION} coffee", mentions=(BOT_ID,))
        await bot.fake.run_command(prompt="the bus")
        await bot.until(lambda: len(bot.outcomes) == 2, timeout=30)
        took = time.monotonic() - started
        task.cancel()
    finally:
        await generator.close()
    assert len(bot.callbacks()) == 1
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"model work {took:.2f} s, {len(ticks)} ticks, longest loop stall {max(gaps):.3f} s")
    assert max(gaps) < 0.25


async def test_the_app_builds_and_runs_the_adapter(fake: FakeDiscord) -> None:
    from bot.app import App

    store = AsyncStore(open_store(":memory:"))
    app = App(discord_config(), Secrets(discord_token=TOKEN), generator=ScriptedGenerator(OUTPUTS),
              safety=WordSafety(), store=store, install_signals=False)  # fmt: skip
    async with app:
        adapter = app.adapters["discord"]
        assert isinstance(adapter, DiscordAdapter)
        deadline = time.monotonic() + 5
        while adapter.client.get_guild(GUILD_ID) is None:  # logged in and GUILD_CREATE seen
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        await fake.send_message(f"{MENTION} through the queue", mentions=(BOT_ID,))
        await fake.wait_for(lambda r: r.path.endswith(f"/channels/{CHANNEL_ID}/messages"))
    [reply] = fake.find("POST", "/messages")
    assert reply.body["content"] in OUTPUTS and reply.body["allowed_mentions"] == {"parse": []}
    assert adapter.client.is_closed()
