"""The X adapter against a faked api.twitter.com (responses): posting, errors, mention polling."""

from __future__ import annotations

import asyncio
import logging

import pytest
import responses

from bot.adapters.x.adapter import CURSOR, XAdapter, build_adapter
from bot.adapters.x.api import PostUncertain, XApi
from bot.adapters.x.credentials import verify_credentials
from bot.errors import ConfigError
from bot.events import Event, Outgoing, Tick
from bot.ports import Adapter, QueueBusy, SendError
from tests.adapters.x_fakes import (
    BOT_ID,
    BOT_NAME,
    ME_URL,
    MENTIONS_URL,
    TWEETS_URL,
    FakeSleep,
    MemoryCursors,
    auth,
    body,
    config,
    me,
    mention,
    mentions_page,
    problem,
    query,
    secrets,
    tweet_created,
    url,
)

NOW = 1_764_000_000.0


def make(
    store: MemoryCursors | None = None, *, bearer: bool = False, **x: object
) -> tuple[XAdapter, FakeSleep]:
    """Return an adapter with a fake sleep and a fixed clock."""
    sleep = FakeSleep()
    cfg = config(**x)
    api = XApi(secrets(bearer=bearer), cfg.x, sleep=sleep, clock=lambda: NOW)
    return XAdapter(cfg, api, store or MemoryCursors()), sleep


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


# ---- errors -----------------------------------------------------------------------------


async def test_429_waits_until_reset_then_retries(x_api: responses.RequestsMock) -> None:
    headers = {
        "x-rate-limit-limit": "100",
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": str(int(NOW) + 30),
    }
    x_api.post(
        TWEETS_URL,
        json=problem(429, "Too Many Requests", "Too Many Requests"),
        status=429,
        headers=headers,
    )
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000003", "ok"), status=201)
    adapter, sleep = make()
    assert await adapter.send(Outgoing(platform="x", text="ok")) == "1861000000000000003"
    assert sleep.waits == [31.0]  # until the reset, plus a second of slack
    assert len(x_api.calls) == 2


async def test_429_gives_up_after_max_retries(x_api: responses.RequestsMock) -> None:
    headers = {"x-rate-limit-reset": str(int(NOW) + 5)}
    x_api.post(
        TWEETS_URL,
        json=problem(429, "Too Many Requests", "Too Many Requests"),
        status=429,
        headers=headers,
    )
    adapter, sleep = make(max_retries=2)
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="ok"))
    assert err.value.code == "rate_limited" and not err.value.permanent
    assert sleep.waits == [6.0, 6.0] and len(x_api.calls) == 3


async def test_429_with_far_reset_gives_up_without_waiting(x_api: responses.RequestsMock) -> None:
    reset = str(int(NOW) + 6 * 3600)
    headers = {
        "x-rate-limit-reset": str(int(NOW) + 60),
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": reset,
    }
    x_api.post(
        TWEETS_URL,
        json=problem(429, "Too Many Requests", "Too Many Requests"),
        status=429,
        headers=headers,
    )
    adapter, sleep = make()
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="ok"))
    assert err.value.code == "rate_limited" and not err.value.permanent
    assert "resets at" in str(err.value) and sleep.waits == []


async def test_5xx_backs_off_and_retries(x_api: responses.RequestsMock) -> None:
    x_api.post(
        TWEETS_URL, json=problem(503, "Service Unavailable", "Service Unavailable"), status=503
    )
    x_api.post(TWEETS_URL, json=problem(500, "Internal Server Error", "Internal Error"), status=500)
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000004", "ok"), status=201)
    adapter, sleep = make()
    assert await adapter.send(Outgoing(platform="x", text="ok")) == "1861000000000000004"
    assert sleep.waits == [1.0, 2.0]


async def test_5xx_gives_up_after_max_retries(x_api: responses.RequestsMock) -> None:
    x_api.post(
        TWEETS_URL, json=problem(503, "Service Unavailable", "Service Unavailable"), status=503
    )
    adapter, sleep = make(max_retries=2)
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="ok"))
    assert err.value.code == "server_error" and not err.value.permanent
    assert len(x_api.calls) == 3 and len(sleep.waits) == 2


async def test_network_error_retries_then_reports(x_api: responses.RequestsMock) -> None:
    import requests

    x_api.post(TWEETS_URL, body=requests.ConnectionError("connection reset"))
    adapter, sleep = make(max_retries=1)
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="ok"))
    assert err.value.code == "network" and "api.twitter.com" in str(err.value)
    assert sleep.waits == [1.0]


DUPLICATE = problem(
    403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."
)
NOT_ENROLLED = problem(
    403,
    "Client Forbidden",
    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens "
    "from a Twitter developer App that is attached to a Project.",
    "https://api.twitter.com/2/problems/client-forbidden",
    reason="client-not-enrolled",
    required_enrollment="Appropriate Level of API Access",
)
READ_ONLY = problem(
    403,
    "Forbidden",
    "Your client app is not configured with the appropriate oauth1 app permissions for this "
    "endpoint.",
    "https://api.twitter.com/2/problems/oauth1-permissions",
)
REPLY_RULE = problem(
    403,
    "Forbidden",
    "Reply to this conversation is not allowed because you have not been mentioned or otherwise "
    "engaged by the author of the post you are replying to.",
)
NO_CREDITS = problem(
    402,
    "CreditsDepleted",
    "Your enrolled account does not have any credits to fulfill this request.",
    "https://api.twitter.com/2/problems/credits",
)
UNAUTHORIZED = problem(401, "Unauthorized", "Unauthorized")


@pytest.mark.parametrize(
    ("status", "payload", "code", "says"),
    [
        (402, NO_CREDITS, "no_credits", "no API credits left"),
        (403, DUPLICATE, "duplicate", "duplicate content"),
        (403, NOT_ENROLLED, "wrong_tier", "access tier"),
        (403, READ_ONLY, "read_only_app", "Read and write"),
        (403, REPLY_RULE, "reply_not_allowed", "mentioned or quoted"),
        (401, UNAUTHORIZED, "unauthorized", "TWEETLING_X_ACCESS_TOKEN_SECRET"),
    ],
)
async def test_permanent_errors_are_clear_and_not_retried(
    x_api: responses.RequestsMock, status: int, payload: dict[str, object], code: str, says: str
) -> None:
    x_api.post(TWEETS_URL, json=payload, status=status)
    adapter, sleep = make()
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="hello", reply_to="1"))
    assert err.value.permanent and err.value.code == code
    assert says in str(err.value) and "\n" not in str(err.value)
    assert len(x_api.calls) == 1 and sleep.waits == []
    assert USER_SECRET_VALUES.isdisjoint(str(err.value).split())


USER_SECRET_VALUES = {v.get_secret_value() for v in secrets(bearer=True).model_dump().values() if v}


async def test_duplicate_after_a_failed_attempt_says_it_probably_posted(
    x_api: responses.RequestsMock,
) -> None:
    x_api.post(
        TWEETS_URL, json=problem(503, "Service Unavailable", "Service Unavailable"), status=503
    )
    x_api.post(TWEETS_URL, json=DUPLICATE, status=403)
    adapter, _ = make()
    with pytest.raises(PostUncertain) as err:  # not a SendError: the pipeline never resends it
        await adapter.send(Outgoing(platform="x", text="hello"))
    assert "duplicate" in str(err.value) and "probably posted" in str(err.value)


async def test_usage_cap_is_permanent_not_waited(x_api: responses.RequestsMock) -> None:
    cap = problem(
        429,
        "UsageCapExceeded",
        "Usage cap exceeded: Monthly product cap",
        "https://api.twitter.com/2/problems/usage-capped",
    )
    x_api.post(TWEETS_URL, json=cap, status=429, headers={"x-rate-limit-reset": str(int(NOW) + 10)})
    adapter, sleep = make()
    with pytest.raises(SendError) as err:
        await adapter.send(Outgoing(platform="x", text="hello"))
    assert err.value.code == "usage_cap" and sleep.waits == []


# ---- credentials ------------------------------------------------------------------------


def test_missing_keys_is_one_clear_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        build_adapter(config(), secrets(user=False), MemoryCursors())
    line = err.value.line()
    assert "TWEETLING_X_API_KEY" in line and "TWEETLING_X_ACCESS_TOKEN_SECRET" in line
    assert "dry_run" in line and "\n" not in line


def test_polling_needs_user_keys_even_in_dry_run() -> None:
    with pytest.raises(ConfigError) as err:
        build_adapter(
            config(dry_run=True, reply_to_mentions=True),
            secrets(user=False, bearer=True),
            MemoryCursors(),
        )
    assert "mentions" in err.value.line()


def test_verify_credentials_uses_get_me(x_api: responses.RequestsMock) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(f"https://api.twitter.com/2/users/by/username/{BOT_NAME}", json=me())
    check = verify_credentials(config(), secrets(bearer=True))
    assert check.ok and check.username == BOT_NAME and check.user_id == BOT_ID
    assert auth(x_api.calls[1]).startswith("Bearer ")
    user, bearer = check.lines()
    assert user.split(": ", 1)[1].startswith(f"ok as @{BOT_NAME}") and bearer.endswith(": ok")


def test_verify_credentials_reports_bad_keys(x_api: responses.RequestsMock) -> None:
    x_api.get(ME_URL, json=UNAUTHORIZED, status=401)
    check = verify_credentials(config(), secrets())
    assert not check.ok and "401" in check.user_auth and check.bearer == "missing"
    assert check.to_dict()["ok"] is False
    [line] = check.lines()  # the bearer token is optional: no line when it is not set
    assert "401 Unauthorized" in line and "TWEETLING_X_API_KEY" in line


def test_verify_credentials_without_keys_makes_no_call(x_api: responses.RequestsMock) -> None:
    check = verify_credentials(config(), secrets(user=False))
    assert not check.ok and check.user_auth == "missing" and len(x_api.calls) == 0


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
