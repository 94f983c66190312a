"""The Discord adapter's sending side against the fake Discord: chunks, typing, errors."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from bot.events import Outgoing
from bot.ports import SendError
from tests.adapters.discord_fake import BOT_ID, CHANNEL_ID, OTHER_CHANNEL_ID
from tests.adapters.discord_harness import discord_config

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
