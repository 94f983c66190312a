"""Conversations on Discord: the reply chain reaches the model, and commands wait their turn."""

from __future__ import annotations

from typing import Any

from bot.events import Turn
from tests.adapters.discord_harness import OUTPUTS, discord_config
from tests.adapters.discord_payloads import BOT_ID, CHANNEL_ID, OTHER_USER_ID

MENTION = f"<@{BOT_ID}>"


async def test_a_mention_replying_to_a_chain_is_answered_with_the_chain(run_bot: Any) -> None:
    bot = await run_bot()
    # Two earlier messages the bot never saw (not in its cache): it must fetch the oldest.
    first = bot.fake.message("anyone tried the new bakery on 5th?", author=OTHER_USER_ID,
                             author_name="bob")  # fmt: skip
    second = bot.fake.message("yes! the sourdough is unreal", referenced=first)
    await bot.fake.send_message(f"{MENTION} what would you order?", mentions=(BOT_ID,),
                                referenced=second)  # fmt: skip
    await bot.until_handled(1)
    fetched = bot.fake.find("GET", f"/channels/{CHANNEL_ID}/messages/{first['id']}")
    assert len(fetched) == 1  # the direct parent came with the payload; its parent over HTTP
    [event] = bot.events
    assert event.context == (
        Turn("bob", "anyone tried the new bakery on 5th?"),
        Turn("alice", "yes! the sourdough is unreal"),
    )
    [request] = bot.generator.requests
    assert request.context == (
        "anyone tried the new bakery on 5th?",
        "yes! the sourdough is unreal",
        "what would you order?",
    )
    assert request.prompt is None
    [reply] = bot.messages()
    assert reply.body["content"] in OUTPUTS
    assert reply.body["message_reference"]["message_id"] == int(event.event_id)


async def test_a_deleted_parent_ends_the_chain_and_the_mention_is_still_answered(
    run_bot: Any,
) -> None:
    bot = await run_bot()
    gone = bot.fake.message("this was deleted")
    del bot.fake.stored[gone["id"]]
    parent = bot.fake.message("what a day", referenced=gone, author=OTHER_USER_ID)
    await bot.fake.send_message(f"{MENTION} right?", mentions=(BOT_ID,), referenced=parent)
    await bot.until_handled(1)
    assert len(bot.fake.find("GET", f"/messages/{gone['id']}")) == 1  # asked; Discord said 404
    [request] = bot.generator.requests
    assert request.context == ("what a day", "right?")
    assert bot.outcomes[0].status == "sent"


async def test_a_harmless_mention_replying_to_a_harmful_message_is_refused(run_bot: Any) -> None:
    bot = await run_bot()
    parent = bot.fake.message("here is my EVIL plan", author=OTHER_USER_ID, author_name="bob")
    await bot.fake.send_message(f"{MENTION} what do you think?", mentions=(BOT_ID,),
                                referenced=parent)  # fmt: skip
    await bot.until_handled(1)
    assert bot.outcomes[0].status == "refused"
    assert bot.generator.calls == 0  # refused without generating
    [reply] = bot.messages()
    assert reply.body["content"] == bot.adapter.cfg.safety.refusal_message


async def test_generate_after_another_users_mention_waits_for_the_channel_cooldown(
    run_bot: Any,
) -> None:
    bot = await run_bot(discord_config(channel_cooldown_s=0.3))
    await bot.fake.send_message(f"{MENTION} hello", mentions=(BOT_ID,), author=OTHER_USER_ID)
    await bot.until_handled(1)
    await bot.fake.run_command()  # alice, same channel, inside bob's channel cooldown
    await bot.until_handled(2)
    assert [o.status for o in bot.outcomes] == ["sent", "sent"]
    [followup] = bot.followups()
    assert followup.body["content"] in OUTPUTS  # the post itself, not a cooldown notice


async def test_a_second_mention_in_the_channel_cooldown_is_still_refused(run_bot: Any) -> None:
    bot = await run_bot(discord_config(channel_cooldown_s=60))
    await bot.fake.send_message(f"{MENTION} hello", mentions=(BOT_ID,), author=OTHER_USER_ID)
    await bot.until_handled(1)
    await bot.fake.send_message(f"{MENTION} me too", mentions=(BOT_ID,))
    await bot.until_handled(2)
    assert bot.outcomes[1].detail == "cooldown:channel"
