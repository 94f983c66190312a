"""The Discord adapter's sending side against the fake Discord: chunks, typing, errors."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import discord
import pytest

from bot.adapters.discord.errors import http_error_line
from bot.events import Outgoing
from bot.ports import SendError
from tests.adapters.discord_harness import discord_config
from tests.adapters.discord_payloads import (
    BOT_ID,
    CHANNEL_ID,
    CONTENT_LIMIT,
    OTHER_CHANNEL_ID,
    utf16_units,
)

MENTION = f"<@{BOT_ID}>"


async def test_typing_stops_with_the_answer_and_done_clears_thinking(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)
    await bot.fake.send_message(f"{MENTION} hello", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.events) == 1)
    assert bot.adapter._typing.active() == []  # nothing decided yet: no "typing..."
    await bot.adapter.working(bot.events[0].event_id)  # the pipeline will answer
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


# Discord's own limits and refusals


async def test_chunks_full_of_emoji_are_all_accepted_by_discord(run_bot: Any) -> None:
    bot = await run_bot(discord_config(long_reply="split"), pipeline=False)
    words = ["🎉" * (1 + i % 6) + f"w{i}" for i in range(600)]  # about 7,000 UTF-16 units
    text = " ".join(words)
    assert utf16_units(text) > len(text) + CONTENT_LIMIT  # len() would under-count by far
    await bot.adapter.send(Outgoing("discord", text, channel_id=str(CHANNEL_ID), reply_to="1"))
    chunks = [r.body["content"] for r in bot.messages()]
    assert bot.fake.refused == [] and len(chunks) > 1
    assert all(utf16_units(c) <= CONTENT_LIMIT for c in chunks)
    assert " ".join(chunks).split() == words


async def test_an_emoji_text_over_the_limit_is_refused_before_discord(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)  # long_reply = "regenerate": never split
    text = "😀" * 1001  # 1,001 characters, 2,002 units for Discord
    with pytest.raises(SendError) as err:
        await bot.adapter.send(Outgoing("discord", text, channel_id=str(CHANNEL_ID)))
    assert err.value.code == "too_long" and "2002 UTF-16 units" in str(err.value)
    assert bot.fake.refused == [] and bot.messages() == []


async def test_discord_answers_content_over_2000_units_with_its_form_error(run_bot: Any) -> None:
    bot = await run_bot(pipeline=False)
    channel = bot.adapter.client.get_partial_messageable(CHANNEL_ID)
    with pytest.raises(discord.HTTPException) as err:
        await channel.send("😀" * 1001)  # what a len()-based split would have sent
    assert (err.value.status, err.value.code) == (400, 50035)
    assert err.value.text == "Invalid Form Body\nIn content: Must be 2000 or fewer in length."
    assert http_error_line(err.value.status, err.value.code, err.value.text, "the reply") == (
        "Discord refused the reply (400, code 50035): Invalid Form Body; "
        "In content: Must be 2000 or fewer in length."
    )


async def test_a_hidden_channel_is_a_recorded_failure_and_the_bot_goes_on(
    run_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await run_bot()
    bot.fake.hidden_channels.add(OTHER_CHANNEL_ID)
    await bot.fake.send_message(f"{MENTION} over here", channel_id=OTHER_CHANNEL_ID,
                                mentions=(BOT_ID,))  # fmt: skip
    await bot.until_handled(1)
    failed = bot.outcome_of("over here")
    assert failed.status == "failed"
    assert f"channel {OTHER_CHANNEL_ID} (403, code 50001): Missing Access" in failed.detail
    assert "View Channel" in failed.detail
    assert [r for r in caplog.records if "Missing Access" in r.getMessage()], "not logged"
    assert {r.path for r in bot.fake.refused} >= {f"/channels/{OTHER_CHANNEL_ID}/messages"}
    await bot.fake.send_message(f"{MENTION} and here?", mentions=(BOT_ID,))
    await bot.until_handled(2)
    assert bot.outcome_of("and here?").status == "sent"
    assert len(bot.messages()) == 1


@pytest.mark.parametrize("long_reply", ["split", "regenerate"])
async def test_the_length_filter_and_long_reply_agree(
    run_bot: Any, monkeypatch: pytest.MonkeyPatch, long_reply: str
) -> None:
    from bot.safety import factory

    # The real output chain from the config, without the slow language models.
    monkeypatch.setattr(factory, "_content_filters", lambda s: [])
    cfg = discord_config(long_reply=long_reply)
    words = [f"word{i:04d}" for i in range(500)]  # 4,499 characters: three messages
    bot = await run_bot(cfg, outputs=[" ".join(words)], safety=factory.build_safety(cfg))
    await bot.fake.send_message(f"{MENTION} tell me everything", mentions=(BOT_ID,))
    await bot.until(lambda: len(bot.outcomes) == 1)
    chunks = [r.body["content"] for r in bot.messages()]
    if long_reply == "split":  # the filter lets it through and the adapter splits it
        assert bot.outcomes[0].status == "sent"
        assert len(chunks) == 3 and " ".join(chunks).split() == words
    else:  # blocked before sending, so the fallback answers; nothing is refused by Discord
        assert bot.outcomes[0].status == "blocked" and "length:discord" in bot.outcomes[0].detail
        assert len(chunks) == 1 and "word0000" not in chunks[0]
    assert bot.fake.refused == []
