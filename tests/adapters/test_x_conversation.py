"""X mentions carry the tweet they reply to (the referenced_tweets.id expansion) as context."""

from __future__ import annotations

import responses

from bot.adapters.x.adapter import CURSOR
from bot.events import Event, Tick, Turn
from tests.adapters.x_fakes import (
    BOT_ID,
    BOT_NAME,
    ME_URL,
    MENTIONS_URL,
    MemoryCursors,
    make,
    me,
    mention,
    mentions_page,
    query,
)

ALICE = ("1700000000000000001", "alice")
CAROL = ("1700000000000000003", "carol")
PARENT_ID = "1861000000000000005"


async def poll(page: dict[str, object], x_api: responses.RequestsMock) -> list[Event]:
    """Serve one mentions page to a fresh adapter and return what it emitted."""
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page)
    adapter, _ = make(MemoryCursors(**{CURSOR: "5"}), reply_to_mentions=True)
    events: list[Event] = []

    async def emit(item: Event | Tick) -> None:
        assert isinstance(item, Event)
        events.append(item)

    await adapter.poll_once(emit)
    return events


def reply_to_parent(ref_type: str = "replied_to") -> dict[str, object]:
    """Alice answers Carol's tweet and brings the bot in."""
    return mention(
        "1861000000000000020", ALICE[0], f"@carol @{BOT_NAME} agreed?",
        mentions=[("carol", CAROL[0]), (BOT_NAME, BOT_ID)],
        referenced_tweets=[{"type": ref_type, "id": PARENT_ID}],
    )  # fmt: skip


async def test_the_parent_tweet_from_includes_is_the_mentions_context(
    x_api: responses.RequestsMock,
) -> None:
    page = mentions_page([reply_to_parent()], [ALICE, CAROL])
    page["includes"]["tweets"] = [  # type: ignore[index]
        {"id": PARENT_ID, "author_id": CAROL[0],
         "text": f"@{BOT_NAME} tomatoes are a fruit &amp; ketchup is a smoothie"},
    ]  # fmt: skip
    [event] = await poll(page, x_api)
    assert event.text == "agreed?"
    assert event.context == (Turn("carol", "tomatoes are a fruit & ketchup is a smoothie"),)
    assert event.conversation() == ("tomatoes are a fruit & ketchup is a smoothie", "agreed?")
    asked = query(x_api.calls[1])
    assert "referenced_tweets.id" in asked["expansions"].split(",")
    assert "referenced_tweets" in asked["tweet.fields"].split(",")


async def test_a_quoted_tweet_is_the_context_too(x_api: responses.RequestsMock) -> None:
    page = mentions_page([reply_to_parent("quoted")], [ALICE, CAROL])
    page["includes"]["tweets"] = [  # type: ignore[index]
        {"id": PARENT_ID, "author_id": CAROL[0], "text": "hot take: soup is a drink"},
    ]
    [event] = await poll(page, x_api)
    assert event.context == (Turn("carol", "hot take: soup is a drink"),)


async def test_a_parent_x_did_not_include_leaves_the_context_empty(
    x_api: responses.RequestsMock,
) -> None:
    # A deleted or protected parent is missing from includes (X reports it under errors).
    [event] = await poll(mentions_page([reply_to_parent()], [ALICE, CAROL]), x_api)
    assert event.context == () and event.conversation() == ("agreed?",)
