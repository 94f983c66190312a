"""Fakes for the X tests: realistic API v2 payloads served by `responses`, a store, a sleep."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, urlparse

from bot.adapters.x.adapter import XAdapter
from bot.adapters.x.api import XApi
from bot.config import Config, Secrets
from bot.config_loader import parse_config

API = "https://api.twitter.com"
BOT_ID = "1500000000000000000"
BOT_NAME = "tweetling_bot"
TWEETS_URL = f"{API}/2/tweets"
ME_URL = f"{API}/2/users/me"
MENTIONS_URL = re.compile(rf"^{re.escape(API)}/2/users/{BOT_ID}/mentions(\?.*)?$")

USER_KEYS = {
    "x_api_key": "ck-0123456789",
    "x_api_secret": "cs-0123456789abcdef",
    "x_access_token": f"{BOT_ID}-AbCdEfGhIjKlMnOp",
    "x_access_token_secret": "ats-0123456789abcdef",
}


def secrets(*, user: bool = True, bearer: bool = False) -> Secrets:
    """Return Secrets with the user keys and/or a bearer token."""
    values: dict[str, Any] = dict(USER_KEYS) if user else {}
    if bearer:
        values["x_bearer_token"] = "AAAAAAAAAAAAAAAAAAAAABearerForTests"
    return Secrets(**values)


def config(**x: Any) -> Config:
    """Return a Config with the given [x] keys."""
    return parse_config({"x": {"enabled": True, **x}})


def tweet_created(tweet_id: str, text: str) -> dict[str, Any]:
    """Return the 201 body of POST /2/tweets."""
    return {"data": {"id": tweet_id, "text": text, "edit_history_tweet_ids": [tweet_id]}}


def me() -> dict[str, Any]:
    """Return the body of GET /2/users/me."""
    return {"data": {"id": BOT_ID, "name": "Tweetling Bot", "username": BOT_NAME}}


def problem(
    status: int, title: str, detail: str, type_: str = "about:blank", **more: Any
) -> dict[str, Any]:
    """Return an X API v2 problem body."""
    return {"title": title, "detail": detail, "type": type_, "status": status, **more}


def mention(
    tweet_id: str,
    author_id: str,
    text: str,
    *,
    mentions: list[tuple[str, str]] | None = None,
    **more: Any,
) -> dict[str, Any]:
    """Return one tweet object as the mentions endpoint sends it, with entities.mentions."""
    tagged = mentions if mentions is not None else [(BOT_NAME, BOT_ID)]
    entities = []
    for username, user_id in tagged:
        start = text.find("@" + username)
        entities.append(
            {"start": start, "end": start + len(username) + 1, "username": username, "id": user_id}
        )
    tweet = {
        "id": tweet_id,
        "text": text,
        "author_id": author_id,
        "conversation_id": more.pop("conversation_id", tweet_id),
        "created_at": "2026-11-25T15:00:00.000Z",
        "edit_history_tweet_ids": [tweet_id],
        **more,
    }
    if entities:
        tweet["entities"] = {"mentions": entities}
    return tweet


def mentions_page(
    tweets: list[dict[str, Any]], users: list[tuple[str, str]], next_token: str | None = None
) -> dict[str, Any]:
    """Return one page of GET /2/users/:id/mentions (newest first) with includes and meta."""
    if not tweets:
        return {"meta": {"result_count": 0}}
    ids = [t["id"] for t in tweets]
    meta: dict[str, Any] = {
        "result_count": len(tweets),
        "newest_id": max(ids, key=int),
        "oldest_id": min(ids, key=int),
    }
    if next_token:
        meta["next_token"] = next_token
    return {
        "data": tweets,
        "includes": {
            "users": [{"id": uid, "name": name.title(), "username": name} for uid, name in users]
        },
        "meta": meta,
    }


def query(call: Any) -> dict[str, str]:
    """Return the query parameters of a recorded call."""
    return {k: v[0] for k, v in parse_qs(urlparse(call.request.url).query).items()}


def auth(call: Any) -> str:
    """Return the Authorization header of a recorded call ('OAuth ...' or 'Bearer ...')."""
    return str(call.request.headers["Authorization"])


def url(call: Any) -> str:
    """Return the URL of a recorded call."""
    return str(call.request.url)


def body(call: Any) -> dict[str, Any]:
    """Return the JSON body of a recorded call."""
    return json.loads(call.request.body)


class MemoryCursors:
    """In-memory stand-in for the AsyncStore's named cursors."""

    def __init__(self, **cursors: str) -> None:
        self.cursors: dict[str, str] = dict(cursors)
        self.writes: list[tuple[str, str]] = []

    async def get_value(self, name: str) -> str | None:
        """Return the stored cursor."""
        return self.cursors.get(name)

    async def set_value(self, name: str, value: str) -> None:
        """Store the cursor."""
        self.cursors[name] = value
        self.writes.append((name, value))


class FakeSleep:
    """An async sleep that records how long it was asked to wait and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        """Record the wait."""
        self.waits.append(seconds)


NOW = 1_764_000_000.0  # the fixed clock of `make`


def make(
    store: MemoryCursors | None = None, *, bearer: bool = False, **x: object
) -> tuple[XAdapter, FakeSleep]:
    """Return an adapter with a fake sleep and a fixed clock."""
    sleep = FakeSleep()
    cfg = config(**x)
    api = XApi(secrets(bearer=bearer), cfg.x, sleep=sleep, clock=lambda: NOW)
    return XAdapter(cfg, api, store or MemoryCursors()), sleep


# X answers this when the account has no API credits left (pay-per-use tiers).
NO_CREDITS = problem(
    402,
    "CreditsDepleted",
    "Your enrolled account does not have any credits to fulfill this request.",
    "https://api.twitter.com/2/problems/credits",
)
