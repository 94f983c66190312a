"""The X adapter against a faked api.twitter.com (responses): posting and mention polling."""

from __future__ import annotations

import asyncio
import logging

import pytest
import responses

from bot.adapters.x.adapter import CURSOR, build_adapter
from bot.events import Event, Outgoing, Tick
from bot.ports import Adapter, QueueBusy, SendError
from tests.adapters.x_fakes import (
    BOT_ID,
    BOT_NAME,
    ME_URL,
    MENTIONS_URL,
    NO_CREDITS,
    TWEETS_URL,
    MemoryCursors,
    auth,
    body,
    config,
    make,
    me,
    mention,
    mentions_page,
    query,
    secrets,
    tweet_created,
    url,
)


class Emitted:
    """Collects what the adapter emits."""

    def __init__(self, fail: bool = False) -> None:
        self.events: list[Event] = []
        self.fail = fail

    async def __call__(self, event: Event | Tick) -> None:
        """Record one event (or fail, like a crash before the queue took it)."""
        if self.fail:
            raise RuntimeError("queue is gone")
        assert isinstance(event, Event)
        self.events.append(event)


# ---- posting ----------------------------------------------------------------------------


async def test_post_returns_tweet_id_and_posts_once(x_api: responses.RequestsMock) -> None:
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000001", "soup weather"), status=201)
    adapter, _ = make()
    assert isinstance(adapter, Adapter)
    tweet_id = await adapter.send(Outgoing(platform="x", text="soup weather", kind="post"))
    assert tweet_id == "1861000000000000001"
    assert len(x_api.calls) == 1
    assert body(x_api.calls[0]) == {"text": "soup weather"}
    assert auth(x_api.calls[0]).startswith("OAuth ")
    await adapter.stop()


async def test_reply_sets_in_reply_to(x_api: responses.RequestsMock) -> None:
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000002", "same"), status=201)
    adapter, _ = make()
    await adapter.send(Outgoing(platform="x", text="same", reply_to="1860000000000000009"))
    assert body(x_api.calls[0]) == {
        "text": "same",
        "reply": {"in_reply_to_tweet_id": "1860000000000000009"},
    }
    await adapter.stop()


async def test_dry_run_makes_no_http_call_and_needs_no_keys(
    x_api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    adapter = build_adapter(config(dry_run=True), secrets(user=False), MemoryCursors())
    with caplog.at_level(logging.INFO, logger="bot.adapters.x"):
        first = await adapter.send(Outgoing(platform="x", text="hello there", kind="post"))
        second = await adapter.send(Outgoing(platform="x", text="again", reply_to="42"))
    assert first.startswith("dry-run-") and second.startswith("dry-run-") and first != second
    assert len(x_api.calls) == 0
    assert "would post on X" in caplog.text and "hello there" in caplog.text
    await adapter.stop()


async def test_draft_is_never_posted(x_api: responses.RequestsMock) -> None:
    adapter, _ = make()
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="draft", kind="draft"))
    assert err.value.permanent and len(x_api.calls) == 0


# ---- mentions ---------------------------------------------------------------------------

ALICE, BOB = ("2244994945", "alice"), ("783214", "bob")


def page_one() -> dict[str, object]:
    """The newest page: Alice mentions the bot, the bot mentions itself, Bob names only Carol."""
    return mentions_page(
        [
            mention("1861000000000000030", BOT_ID, f"thread part 2 @{BOT_NAME}"),
            mention(
                "1861000000000000020",
                ALICE[0],
                f"@{BOT_NAME} what do you think about soup &amp; bread?",
            ),
            mention("1861000000000000015", BOB[0], "@carol hello", mentions=[("carol", "99")]),
        ],
        [ALICE, BOB, (BOT_ID, BOT_NAME)],
        next_token="7140dibdnow9c7btw481s8m561gat797rboud5r80xvzm",
    )


def page_two() -> dict[str, object]:
    """The older page: Bob replies in a thread with the bot in the reply prefix."""
    return mentions_page(
        [
            mention(
                "1861000000000000011",
                BOB[0],
                f"@alice @{BOT_NAME} tell me a joke",
                mentions=[("alice", ALICE[0]), (BOT_NAME, BOT_ID)],
                conversation_id="1860000000000000001",
            )
        ],
        [BOB],
    )


async def test_mentions_are_emitted_once_and_since_id_advances(
    x_api: responses.RequestsMock,
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page_one())
    x_api.get(MENTIONS_URL, json=page_two())
    x_api.get(MENTIONS_URL, json=mentions_page([], []))
    store = MemoryCursors(**{CURSOR: "1861000000000000001"})
    adapter, _ = make(store, reply_to_mentions=True)
    emit = Emitted()

    result = await adapter.poll_once(emit)
    assert [e.event_id for e in emit.events] == ["1861000000000000011", "1861000000000000020"]
    bob, alice = emit.events
    assert (
        alice.platform == "x"
        and alice.kind == "mention"
        and alice.reply_to == "1861000000000000020"
    )
    assert alice.author_id == ALICE[0] and alice.author_name == "alice"
    assert alice.text == "what do you think about soup & bread?"
    assert bob.text == "tell me a joke" and bob.channel_id == "1860000000000000001"
    assert store.cursors[CURSOR] == "1861000000000000030" and result.pages == 2
    first, second = query(x_api.calls[1]), query(x_api.calls[2])
    assert first["since_id"] == "1861000000000000001" and "pagination_token" not in first
    assert second["pagination_token"] == "7140dibdnow9c7btw481s8m561gat797rboud5r80xvzm"
    assert "entities" in first["tweet.fields"] and "author_id" in first["expansions"]

    again = await adapter.poll_once(emit)  # nothing new: nothing emitted, cursor unchanged
    assert again.events == [] and len(emit.events) == 2
    assert query(x_api.calls[3])["since_id"] == "1861000000000000030"
    assert store.writes == [(CURSOR, "1861000000000000030")]
    assert sum(1 for c in x_api.calls if url(c).startswith(ME_URL)) == 1  # identity is cached


async def test_cursor_survives_a_restart(x_api: responses.RequestsMock) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page_two())
    x_api.get(MENTIONS_URL, json=mentions_page([], []))
    store = MemoryCursors(**{CURSOR: "1861000000000000001"})
    first, _ = make(store, reply_to_mentions=True)
    await first.poll_once(Emitted())
    await first.stop()
    restarted, _ = make(store, reply_to_mentions=True)
    emit = Emitted()
    await restarted.poll_once(emit)
    assert emit.events == [] and query(x_api.calls[-1])["since_id"] == "1861000000000000011"


async def test_cursor_does_not_advance_when_emitting_fails(x_api: responses.RequestsMock) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page_two())
    store = MemoryCursors(**{CURSOR: "1861000000000000001"})
    adapter, _ = make(store, reply_to_mentions=True)
    with pytest.raises(RuntimeError):
        await adapter.poll_once(Emitted(fail=True))
    assert store.cursors[CURSOR] == "1861000000000000001"


async def test_first_poll_sets_a_baseline_and_answers_nothing(
    x_api: responses.RequestsMock,
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page_two())
    store = MemoryCursors()
    adapter, _ = make(store, reply_to_mentions=True)
    emit = Emitted()
    result = await adapter.poll_once(emit)
    assert result.baseline and emit.events == [] and store.cursors[CURSOR] == "1861000000000000011"
    assert "since_id" not in query(x_api.calls[1]) and query(x_api.calls[1])["max_results"] == "5"


async def test_pagination_stops_at_max_pages(x_api: responses.RequestsMock) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page_one())
    store = MemoryCursors(**{CURSOR: "1861000000000000001"})
    adapter, _ = make(store, reply_to_mentions=True, max_pages=1)
    result = await adapter.poll_once(Emitted())
    assert result.pages == 1 and len(x_api.calls) == 2


async def test_mentions_are_read_with_the_bearer_token_when_set(
    x_api: responses.RequestsMock,
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=mentions_page([], []))
    adapter, _ = make(MemoryCursors(**{CURSOR: "5"}), bearer=True, reply_to_mentions=True)
    await adapter.poll_once(Emitted())
    assert auth(x_api.calls[0]).startswith("OAuth ")
    assert auth(x_api.calls[1]).startswith("Bearer ")


async def test_quoting_the_bot_counts_as_a_mention(x_api: responses.RequestsMock) -> None:
    quote = mention(
        "1861000000000000040",
        ALICE[0],
        "this is so true",
        mentions=[],
        referenced_tweets=[{"type": "quoted", "id": "1861000000000000001"}],
    )
    page = mentions_page([quote], [ALICE])
    page["includes"]["tweets"] = [
        {"id": "1861000000000000001", "text": "a post", "author_id": BOT_ID}
    ]  # type: ignore[index]
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page)
    adapter, _ = make(MemoryCursors(**{CURSOR: "5"}), reply_to_mentions=True)
    emit = Emitted()
    await adapter.poll_once(emit)
    assert [e.text for e in emit.events] == ["this is so true"]


async def test_a_busy_queue_keeps_the_cursor_and_the_loop_going(
    x_api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page_two())
    store = MemoryCursors(**{CURSOR: "1861000000000000001"})
    adapter, _ = make(store, reply_to_mentions=True)
    assert adapter.emit_waits  # the app gives the poller its waiting emit

    async def busy(event: Event | Tick) -> None:
        raise QueueBusy("queue full for 120 s: x:1 was not queued")

    with caplog.at_level(logging.WARNING, logger="bot.adapters.x"):
        await adapter.start(busy)
        for _ in range(200):
            if "read again next round" in caplog.text:
                break
            await asyncio.sleep(0.01)
        task = adapter._task
        assert task is not None and not task.done()
    assert "queue full" in caplog.text and "Traceback" not in caplog.text
    assert store.cursors[CURSOR] == "1861000000000000001"
    await adapter.stop()


async def test_poll_loop_logs_errors_and_goes_on(
    x_api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=NO_CREDITS, status=402)
    adapter, _ = make(MemoryCursors(**{CURSOR: "5"}), reply_to_mentions=True)
    with caplog.at_level(logging.ERROR, logger="bot.adapters.x"):
        await adapter.start(Emitted())
        for _ in range(200):
            if "no API credits" in caplog.text:
                break
            await asyncio.sleep(0.01)
        task = adapter._task
        assert task is not None and not task.done()  # still waiting for the next round
    assert "X mention poll failed" in caplog.text and "402" in caplog.text
    await adapter.stop()
    await adapter.stop()  # safe twice
    assert task.done()
