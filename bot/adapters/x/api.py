"""The X API client: tweepy on one worker thread, with X's retry rules (429 waits, 5xx backoff)."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests
import tweepy

from bot.adapters.x.errors import describe, missing_keys, rate_limited, unreachable
from bot.adapters.x.mentions import MENTION_PARAMS, BotIdentity
from bot.config import Secrets, XConfig
from bot.ports import SendError

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class PostUncertain(RuntimeError):
    """A post may have gone out although the call failed; it must never be sent again."""


class _TimeoutSession(requests.Session):
    """A requests session with a default timeout (tweepy passes none, so a call could hang)."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.timeout = timeout

    def request(self, method: str, url: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Send the request with the default timeout unless one is given."""
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


def tweepy_client(timeout: float, **keys: str | None) -> Any:
    """Return a tweepy Client that answers with plain dicts and never hangs."""
    client = tweepy.Client(**keys, return_type=dict, wait_on_rate_limit=False)
    client.session = _TimeoutSession(timeout)
    return client


def secret_value(value: Any) -> str | None:
    """Return the plain value of an optional SecretStr."""
    return value.get_secret_value() if value is not None else None


def user_client(secrets: Secrets, timeout: float) -> Any:
    """Return a Client with OAuth 1.0a user context (posting, get_me)."""
    return tweepy_client(
        timeout,
        consumer_key=secret_value(secrets.x_api_key),
        consumer_secret=secret_value(secrets.x_api_secret),
        access_token=secret_value(secrets.x_access_token),
        access_token_secret=secret_value(secrets.x_access_token_secret),
    )


def response_parts(exc: Any) -> tuple[int, dict[str, Any], Mapping[str, str]]:
    """Return (status, JSON body, headers) of a tweepy HTTPException."""
    response = exc.response
    try:
        body = response.json()
    except ValueError:
        body = {}
    return int(response.status_code), body if isinstance(body, dict) else {}, response.headers


class XApi:
    """tweepy on one worker thread, with X's retry rules: wait out 429s, back off on 5xx."""

    def __init__(
        self,
        secrets: Secrets,
        cfg: XConfig,
        *,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._cfg = cfg
        self._sleep = sleep
        self._clock = clock
        self._user = user_client(secrets, cfg.request_timeout_s) if secrets.x_user_auth else None
        bearer = secret_value(secrets.x_bearer_token)
        self._app = tweepy_client(cfg.request_timeout_s, bearer_token=bearer) if bearer else None
        # One thread: calls are serialized, so a requests.Session is never shared between threads.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tweetling-x")

    async def create_tweet(self, text: str, reply_to: str | None) -> str:
        """Post (or reply) and return the new tweet's id."""
        what = "the reply" if reply_to else "the post"
        client = self._need_user()
        body = await self.call(
            what, lambda: client.create_tweet(text=text, in_reply_to_tweet_id=reply_to), post=True
        )
        return str(body["data"]["id"])

    async def get_me(self) -> BotIdentity:
        """Return the authenticated account's id and handle."""
        client = self._need_user()
        body = await self.call(
            "reading the bot's account (get_me)", lambda: client.get_me(user_fields=["username"])
        )
        return BotIdentity(user_id=str(body["data"]["id"]), username=str(body["data"]["username"]))

    async def mentions_page(
        self, user_id: str, since_id: str | None, token: str | None, max_results: int
    ) -> dict[str, Any]:
        """Return one raw page of GET /2/users/:id/mentions (bearer if set, else user context)."""
        client = self._app or self._need_user()
        params: dict[str, Any] = dict(
            MENTION_PARAMS, max_results=max_results, user_auth=self._app is None
        )
        if since_id:
            params["since_id"] = since_id
        if token:
            params["pagination_token"] = token
        body: dict[str, Any] = await self.call(
            "reading mentions", lambda: client.get_users_mentions(user_id, **params)
        )
        return body

    def _need_user(self) -> Any:
        """Return the user-context client or say which variables are missing."""
        if self._user is None:
            raise missing_keys("posting to X")
        return self._user

    async def call(self, what: str, fn: Callable[[], Any], *, post: bool = False) -> Any:
        """Run one tweepy call off the loop; retry 429 (after the reset), 5xx and network errors."""
        loop = asyncio.get_running_loop()
        for attempt in itertools.count():
            try:
                return await loop.run_in_executor(self._pool, fn)
            except tweepy.errors.TooManyRequests as exc:
                status, body, headers = response_parts(exc)
                if "usage-capped" in str(body.get("type", "")) or attempt >= self._cfg.max_retries:
                    raise describe(status, body, what) from None
                wait = self._rate_limit_wait(what, headers)
            except tweepy.errors.TwitterServerError as exc:
                if attempt >= self._cfg.max_retries:
                    raise describe(*response_parts(exc)[:2], what) from None
                wait = self._backoff(what, attempt, f"{exc.response.status_code} from X")
            except tweepy.errors.HTTPException as exc:
                raise self._final(exc, what, post and attempt > 0) from None
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt >= self._cfg.max_retries:
                    raise unreachable(what, exc) from None
                wait = self._backoff(what, attempt, type(exc).__name__)
            await self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover - itertools.count never ends

    def _final(self, exc: Any, what: str, retried_post: bool) -> SendError:
        """Translate a non-retryable HTTP error; a duplicate after a failed try is uncertain."""
        error = describe(*response_parts(exc)[:2], what)
        if retried_post and error.code == "duplicate":
            # The first attempt failed with a 5xx or a timeout, yet X had created the tweet: X's
            # duplicate rule caught our retry. Not a SendError, so the pipeline marks it uncertain.
            raise PostUncertain(f"{error}; the earlier attempt that failed probably posted it")
        return error

    def _rate_limit_wait(self, what: str, headers: Mapping[str, str]) -> float:
        """Return seconds until the rate limit resets; raise if that is too long to wait."""
        now = self._clock()
        reset = _reset_time(headers)
        if reset is None:
            return 60.0  # no header: wait a minute, X's windows are 15 minutes or a day
        wait = max(1.0, reset - now + 1)
        if wait > self._cfg.max_rate_limit_wait_s:
            raise rate_limited(what, reset, now)
        log.warning("X rate limit reached for %s; waiting %.0f s for the reset", what, wait)
        return wait

    def _backoff(self, what: str, attempt: int, why: str) -> float:
        """Return the exponential backoff for a transient failure and log it."""
        wait = float(min(60, 2**attempt))
        log.warning("%s while %s; retrying in %.0f s", why, what.removeprefix("the "), wait)
        return wait

    def close(self) -> None:
        """Stop the worker thread (pending calls finish first)."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def _reset_time(headers: Mapping[str, str]) -> float | None:
    """Return when the spent limit resets: the 24-hour user cap if spent, else the window."""
    name = "x-rate-limit-reset"
    if headers.get("x-user-limit-24hour-remaining") == "0":
        name = "x-user-limit-24hour-reset"
    try:
        return float(headers[name])
    except (KeyError, ValueError):
        return None
