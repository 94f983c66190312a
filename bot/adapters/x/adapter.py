"""The X adapter: posts with tweepy and polls mentions with a persisted since_id; decides nothing.

This is the only bot module that imports tweepy. It uses tweepy's sync `Client` on one worker
thread (never on the event loop) and does its own waiting for rate limits with an async sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

import requests
import tweepy

from bot.adapters.x.errors import (
    POST_ENV,
    READ_ENV,
    describe,
    missing_keys,
    rate_limited,
    unreachable,
)
from bot.adapters.x.mentions import (
    MENTION_PARAMS,
    BotIdentity,
    PollResult,
    is_later,
    newest_id,
    oldest_first,
    parse_page,
)
from bot.config import Config, Secrets, XConfig
from bot.errors import ConfigError
from bot.events import Outgoing
from bot.ports import Emit, QueueBusy, SendError

log = logging.getLogger("tweetling.x")

CURSOR = "x:mentions:since_id"
Sleep = Callable[[float], Awaitable[None]]


class CursorStore(Protocol):
    """The part of the daemon's AsyncStore the adapter uses: named cursors."""

    async def get_cursor(self, name: str) -> str | None:
        """Return the stored value, or None."""

    async def set_cursor(self, name: str, value: str) -> None:
        """Store the value."""


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


def _client(timeout: float, **keys: str | None) -> Any:
    """Return a tweepy Client that answers with plain dicts and never hangs."""
    client = tweepy.Client(**keys, return_type=dict, wait_on_rate_limit=False)
    client.session = _TimeoutSession(timeout)
    return client


def _secret(value: Any) -> str | None:
    """Return the plain value of an optional SecretStr."""
    return value.get_secret_value() if value is not None else None


def user_client(secrets: Secrets, timeout: float) -> Any:
    """Return a Client with OAuth 1.0a user context (posting, get_me)."""
    return _client(
        timeout,
        consumer_key=_secret(secrets.x_api_key),
        consumer_secret=_secret(secrets.x_api_secret),
        access_token=_secret(secrets.x_access_token),
        access_token_secret=_secret(secrets.x_access_token_secret),
    )


def _response_parts(exc: Any) -> tuple[int, dict[str, Any], Mapping[str, str]]:
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
        bearer = _secret(secrets.x_bearer_token)
        self._app = _client(cfg.request_timeout_s, bearer_token=bearer) if bearer else None
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
                status, body, headers = _response_parts(exc)
                if "usage-capped" in str(body.get("type", "")) or attempt >= self._cfg.max_retries:
                    raise describe(status, body, what) from None
                wait = self._rate_limit_wait(what, headers)
            except tweepy.errors.TwitterServerError as exc:
                if attempt >= self._cfg.max_retries:
                    raise describe(*_response_parts(exc)[:2], what) from None
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
        error = describe(*_response_parts(exc)[:2], what)
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


class XAdapter:
    """Carries Outgoing messages to X and emits mention Events; decides nothing."""

    name = "x"
    # The app's emit waits for queue room and raises if the mention was not queued, so the
    # cursor never moves past a mention nobody will answer (X has no "busy" notice).
    emit_waits = True

    def __init__(
        self, cfg: Config, api: XApi | None, store: CursorStore, *, poll: bool | None = None
    ) -> None:
        self._cfg = cfg.x
        self._api = api
        self._store = store
        self._poll = cfg.x.reply_to_mentions if poll is None else poll
        self._identity: BotIdentity | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._dry_ids = itertools.count(int(time.time() * 1000))  # unique across restarts

    async def start(self, emit: Emit) -> None:
        """Start the mention-polling task if replying to mentions is on."""
        if self._poll and self._task is None:
            self._stopping.clear()
            self._task = asyncio.create_task(self._poll_loop(emit), name="x-mentions")
        mode = "dry-run" if self._cfg.dry_run else "live"
        log.info(
            "X adapter started (%s, %s)", mode, "polling mentions" if self._poll else "posting only"
        )

    async def send(self, outgoing: Outgoing) -> str:
        """Post the text (as a reply when reply_to is set) and return the tweet id."""
        if outgoing.kind == "draft":
            raise SendError(
                "drafts go to the review channel, not to X", permanent=True, code="unsupported"
            )
        if self._cfg.dry_run:
            remote_id = f"dry-run-{next(self._dry_ids)}"
            log.info(
                "dry-run: would post on X (reply to %s) as %s: %s",
                outgoing.reply_to or "-",
                remote_id,
                outgoing.text,
            )
            return remote_id
        if self._api is None:
            raise missing_keys("posting to X")
        tweet_id = await self._api.create_tweet(outgoing.text, outgoing.reply_to)
        log.info("posted on X: %s (reply to %s)", tweet_id, outgoing.reply_to or "-")
        return tweet_id

    async def identity(self) -> BotIdentity:
        """Return the bot's X account (one get_me call, then cached)."""
        if self._identity is None:
            if self._api is None:
                raise missing_keys("reading mentions", dry_run_helps=False)
            self._identity = await self._api.get_me()
        return self._identity

    async def poll_once(self, emit: Emit) -> PollResult:
        """Read new mentions, emit one Event per mention oldest first, then advance the cursor."""
        bot = await self.identity()
        since = await self._store.get_cursor(CURSOR)
        pages = await self._read_pages(bot, since)
        result = PollResult(
            since_id=since, newest_id=newest_id(pages), pages=len(pages), baseline=since is None
        )
        if not result.baseline:
            result.events = oldest_first([e for page in pages for e in parse_page(page, bot)])
            for event in result.events:
                await emit(event)
        if result.newest_id and is_later(result.newest_id, since):
            await self._store.set_cursor(CURSOR, result.newest_id)
        if result.baseline:
            log.info(
                "first X poll: starting after mention %s; older mentions are not answered",
                result.newest_id or "-",
            )
        return result

    async def _read_pages(self, bot: BotIdentity, since: str | None) -> list[dict[str, Any]]:
        """Return up to max_pages pages of mentions newer than `since` (one small page at first)."""
        assert self._api is not None  # identity() checked
        pages: list[dict[str, Any]] = []
        token: str | None = None
        limit = 1 if since is None else self._cfg.max_pages
        while len(pages) < limit:
            page = await self._api.mentions_page(
                bot.user_id, since, token, 5 if since is None else 100
            )
            pages.append(page)
            token = page.get("meta", {}).get("next_token")
            if not token:
                return pages
        if since is not None:
            log.warning(
                "more than %d pages of new X mentions; older ones are skipped ([x] max_pages)",
                limit,
            )
        return pages

    async def _poll_loop(self, emit: Emit) -> None:
        """Poll every poll_interval_s until stopped; errors are logged and the loop goes on."""
        while not self._stopping.is_set():
            try:
                result = await self.poll_once(emit)
                if result.events:
                    log.info("X: %d new mention(s)", len(result.events))
            except QueueBusy as exc:
                log.warning("X: %s; the cursor stays, so it is read again next round", exc)
            except SendError as exc:
                log.error("X mention poll failed: %s", exc)
            except ConfigError as exc:
                log.error("X mention poll failed: %s", exc.line())
            except Exception:
                log.exception("X mention poll crashed; trying again next round")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._cfg.poll_interval_s)

    async def stop(self) -> None:
        """Stop polling and the worker thread; safe to call twice."""
        self._stopping.set()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if self._api is not None:
            self._api.close()


def build_adapter(
    cfg: Config,
    secrets: Secrets,
    store: CursorStore,
    *,
    poll: bool | None = None,
    sleep: Sleep = asyncio.sleep,
) -> XAdapter:
    """Build the X adapter the app runs; ConfigError if the keys it needs are missing."""
    poll = cfg.x.reply_to_mentions if poll is None else poll
    if not secrets.x_user_auth and (poll or not cfg.x.dry_run):
        doing = "replying to X mentions" if poll else "posting to X"
        raise missing_keys(doing, secrets, dry_run_helps=not poll)
    has_keys = secrets.x_user_auth or secrets.x_bearer_token is not None
    api = XApi(secrets, cfg.x, sleep=sleep) if has_keys else None
    return XAdapter(cfg, api, store, poll=poll)


@dataclass
class CredentialCheck:
    """What `check-config --online` learned about the X keys; never holds their values."""

    user_auth: str = "missing"  # "ok", "missing", or the error line
    bearer: str = "missing"
    username: str | None = None
    user_id: str | None = None

    @property
    def ok(self) -> bool:
        """Return True if every key that is set works (and the user keys are set)."""
        return self.user_auth == "ok" and self.bearer in ("ok", "missing")

    def lines(self) -> list[str]:
        """Return one human line per credential that is set ('<what>: ok ...' or the problem)."""
        who = f" as @{self.username} (id {self.user_id})" if self.username else ""
        user = "ok" + who if self.user_auth == "ok" else self.user_auth
        lines = [f"X user keys ({', '.join(POST_ENV)}): {user}"]
        if self.bearer != "missing":  # optional: without it mentions are read with the user keys
            lines.append(f"X bearer token ({READ_ENV}): {self.bearer}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        """Return the check as JSON-ready data."""
        return {
            "ok": self.ok,
            "user_auth": self.user_auth,
            "bearer": self.bearer,
            "username": self.username,
            "user_id": self.user_id,
        }


def _attempt(what: str, fn: Callable[[], Any]) -> tuple[Any, str]:
    """Run one blocking tweepy call; return (body, "ok") or (None, the error line)."""
    try:
        return fn(), "ok"
    except tweepy.errors.HTTPException as exc:
        return None, str(describe(*_response_parts(exc)[:2], what))
    except (requests.ConnectionError, requests.Timeout) as exc:
        return None, str(unreachable(what, exc))


def verify_credentials(cfg: Config, secrets: Secrets) -> CredentialCheck:
    """Call get_me with the user keys (and look the account up with the bearer token); blocking."""
    check = CredentialCheck()
    timeout = cfg.x.request_timeout_s
    if secrets.x_user_auth:
        body, check.user_auth = _attempt("get_me", lambda: user_client(secrets, timeout).get_me())
        if body is not None:
            check.username, check.user_id = str(body["data"]["username"]), str(body["data"]["id"])
    bearer = _secret(secrets.x_bearer_token)
    if bearer:
        app = _client(timeout, bearer_token=bearer)
        lookup = check.username or "X"
        _, check.bearer = _attempt(
            "a user lookup with the bearer token", lambda: app.get_user(username=lookup)
        )
    return check
