"""The Discord adapter inside the real App: mentions, switches, /generate, manners, commands.

See discord_harness: only Discord (on 127.0.0.1) and the model are fakes.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import pytest

from bot.adapters.discord.adapter import DiscordAdapter
from bot.adapters.discord.text import draft_button_id
from bot.app import App
from bot.commands.adapters import enabled_adapters
from bot.config import Secrets
from bot.generation.scripted import ScriptedGenerator
from bot.store import AsyncStore, open_store
from tests.adapters.discord_fake import FakeDiscord
from tests.adapters.discord_harness import OUTPUTS, Handled, discord_config
from tests.adapters.discord_payloads import (
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
)
from tests.daemon_fakes import WordSafety, config

MENTION = f"<@{BOT_ID}>"


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
    bot = await run_bot(discord_config(reply_to_dms=False))
    own = bot.fake.message("an earlier post", author=BOT_ID, author_name="tweetling")
    other = bot.fake.message("someone else", author=OTHER_USER_ID)
    await bot.fake.send_message("ha, good one", referenced=own)
    await bot.fake.send_message("not to the bot", referenced=other)
    await bot.fake.send_message("hello in private", guild=False, channel_id=DM_CHANNEL_ID)
    await bot.fake.send_message(f"{MENTION} marker", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 3)
    # The adapter translates whatever addresses the bot; the pipeline's policy decides.
    assert [(e.kind, e.text) for e in bot.events] == [
        ("reply", "ha, good one"),
        ("dm", "hello in private"),
        ("mention", "marker"),
    ]
    assert bot.outcome_of("hello in private") == Handled("skipped", "dm_off")
    assert bot.outcome_of("ha, good one").status == bot.outcome_of("marker").status == "sent"
    assert bot.messages(DM_CHANNEL_ID) == [] and len(bot.messages()) == 2
    assert bot.fake.find("POST", f"/channels/{DM_CHANNEL_ID}/typing") == []


async def test_a_reply_that_mentions_the_bot_counts_as_a_mention(run_bot: Any) -> None:
    bot = await run_bot(discord_config(reply_to_replies=False))
    own = bot.fake.message("an earlier post", author=BOT_ID, author_name="tweetling")
    await bot.fake.send_message("quiet reply", referenced=own)
    await bot.fake.send_message(f"{MENTION} loud reply", referenced=own, mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 2)
    assert [(e.kind, e.text, e.mentions_bot) for e in bot.events] == [
        ("reply", "quiet reply", False),
        ("reply", "loud reply", True),
    ]
    assert bot.outcome_of("quiet reply") == Handled("skipped", "reply_off")
    assert bot.outcome_of("loud reply").status == "sent"
    [reply] = bot.messages()
    assert reply.body["message_reference"]["message_id"] == int(bot.events[1].event_id)


# Each reply_to_* switch (all on unless turned off here), decided by the pipeline's policy
# alone: what each way of addressing the bot gets ("sent" or the skip reason).
SWITCHES = [
    ({}, {"mention": "sent", "quiet reply": "sent", "loud reply": "sent", "dm": "sent"}),
    (
        {"reply_to_mentions": False},
        {"mention": "mention_off", "quiet reply": "sent", "loud reply": "sent", "dm": "sent"},
    ),
    (
        {"reply_to_replies": False},
        {"mention": "sent", "quiet reply": "reply_off", "loud reply": "sent", "dm": "sent"},
    ),
    (
        {"reply_to_dms": False},
        {"mention": "sent", "quiet reply": "sent", "loud reply": "sent", "dm": "dm_off"},
    ),
    (
        {"reply_to_mentions": False, "reply_to_replies": False},
        {"mention": "mention_off", "quiet reply": "reply_off", "loud reply": "reply_off",
         "dm": "sent"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("switches", "expected"),
    SWITCHES,
    ids=["all-on", "mentions-off", "replies-off", "dms-off", "both-off"],
)
async def test_each_reply_switch_is_decided_by_the_pipeline(
    run_bot: Any, switches: dict[str, bool], expected: dict[str, str]
) -> None:
    bot = await run_bot(discord_config(**{"reply_to_dms": True, **switches}))
    own = bot.fake.message("an earlier post", author=BOT_ID, author_name="tweetling")
    sends: dict[str, dict[str, Any]] = {
        "mention": {"mentions": (BOT_ID,)},
        "quiet reply": {"referenced": own},
        "loud reply": {"referenced": own, "mentions": (BOT_ID,)},
        "dm": {"guild": False, "channel_id": DM_CHANNEL_ID},
    }
    for i, (text, how) in enumerate(sends.items()):
        loud = MENTION + " " if how.get("mentions") else ""
        await bot.fake.send_message(f"{loud}{text}", **how)
        await bot.until_handled(i + 1)
    got = {t: bot.outcome_of(t) for t in sends}
    assert {t: h.status if h.status == "sent" else h.detail for t, h in got.items()} == expected
    answered = {e.channel_id for e in bot.events if got[e.text].status == "sent"}
    typed = {r.path.split("/")[2] for r in bot.fake.find("POST", "/typing")}
    assert typed == answered  # "typing..." only where the pipeline decided to answer


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


async def test_the_app_clears_thinking_when_the_pipeline_stays_silent(fake: FakeDiscord) -> None:

    store = AsyncStore(open_store(":memory:"))
    await store.add_optout("discord", str(USER_ID))
    adapters = enabled_adapters(discord_config(), Secrets(discord_token=TOKEN))
    app = App(discord_config(), adapters=adapters, generator=ScriptedGenerator(OUTPUTS),
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


async def test_the_app_builds_and_runs_the_adapter(fake: FakeDiscord) -> None:

    store = AsyncStore(open_store(":memory:"))
    adapters = enabled_adapters(discord_config(), Secrets(discord_token=TOKEN))
    app = App(discord_config(), adapters=adapters, generator=ScriptedGenerator(OUTPUTS),
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
