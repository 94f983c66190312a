"""The X API client and key check against a faked api.twitter.com: retries, errors, credentials."""

from __future__ import annotations

import pytest
import responses

from bot.adapters.x.adapter import build_adapter
from bot.adapters.x.api import PostUncertain
from bot.adapters.x.credentials import verify_credentials
from bot.errors import ConfigError
from bot.events import Outgoing
from bot.ports import SendError
from tests.adapters.x_fakes import (
    BOT_ID,
    BOT_NAME,
    ME_URL,
    NO_CREDITS,
    NOW,
    TWEETS_URL,
    MemoryCursors,
    auth,
    config,
    make,
    me,
    problem,
    secrets,
    tweet_created,
)

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
