"""Turn X API v2 mention payloads into Events (pure functions; no tweepy, no network)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.events import Event, Turn

# Ask X for what the checks below need: entities (who is mentioned), authors' handles, quoted
# tweets' authors (the 2026 reply rule also allows a reply when the author quoted us), and the
# parent tweet with its text (`includes.tweets`): the conversation a reply answers.
MENTION_PARAMS: dict[str, Any] = {
    "expansions": ["author_id", "referenced_tweets.id", "referenced_tweets.id.author_id"],
    "tweet_fields": [
        "author_id",
        "conversation_id",
        "created_at",
        "entities",
        "in_reply_to_user_id",
        "referenced_tweets",
    ],
    "user_fields": ["username", "name"],
}


@dataclass(frozen=True)
class BotIdentity:
    """Who the bot is on X: its numeric id and @handle (without the @)."""

    user_id: str
    username: str


def mentions_bot(
    tweet: Mapping[str, Any], bot: BotIdentity, quoted_authors: Mapping[str, str]
) -> bool:
    """Return True if the author @mentioned the bot or quoted one of its posts."""
    for mention in tweet.get("entities", {}).get("mentions", []):
        if str(mention.get("id", "")) == bot.user_id:
            return True
        if str(mention.get("username", "")).lower() == bot.username.lower():
            return True
    for ref in tweet.get("referenced_tweets", []):
        if ref.get("type") == "quoted" and quoted_authors.get(str(ref.get("id"))) == bot.user_id:
            return True
    return False


_LEADING_HANDLES = re.compile(r"^(?:\s*@\w{1,15}\b)+\s*")


def strip_handles(text: str, handles: Iterable[str]) -> str:
    """Remove the bot's @handles anywhere and the reply prefix of @handles at the start."""
    for handle in handles:
        if handle:
            text = re.sub(rf"(?<!\w)@{re.escape(handle)}\b", "", text, flags=re.IGNORECASE)
    text = _LEADING_HANDLES.sub("", text)
    return " ".join(text.split())


def _created_at(value: Any) -> datetime:
    """Parse X's ISO timestamp ('2026-11-25T15:00:00.000Z'); now if missing or malformed."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
    return datetime.now(UTC)


def parent_turns(
    tweet: Mapping[str, Any],
    bot: BotIdentity,
    included: Mapping[str, Mapping[str, Any]],
    usernames: Mapping[str, str],
) -> tuple[Turn, ...]:
    """Return the tweet a mention replies to (or quotes) as its context, from `includes.tweets`.

    X expands one level (`referenced_tweets.id`); a parent X did not include (deleted,
    protected) leaves the context empty.
    """
    refs = {str(r.get("type")): str(r.get("id")) for r in tweet.get("referenced_tweets", [])}
    parent_id = refs.get("replied_to") or refs.get("quoted")
    parent = included.get(parent_id or "")
    if parent is None:
        return ()
    text = strip_handles(html.unescape(str(parent.get("text", ""))), [bot.username])
    author = usernames.get(str(parent.get("author_id", "")), "")
    return (Turn(author=author, text=text),) if text else ()


def to_event(
    tweet: Mapping[str, Any],
    bot: BotIdentity,
    usernames: Mapping[str, str],
    included: Mapping[str, Mapping[str, Any]] | None = None,
) -> Event:
    """Build the mention Event for one tweet (with its parent tweet, if X included it)."""
    author_id = str(tweet.get("author_id", ""))
    tweet_id = str(tweet["id"])
    # v2 returns text HTML-escaped (&amp; &lt; &gt;); the model should see the real characters.
    text = strip_handles(html.unescape(str(tweet.get("text", ""))), [bot.username])
    conversation = str(tweet.get("conversation_id") or tweet_id)
    return Event(
        platform="x",
        event_id=tweet_id,
        kind="mention",
        text=text,
        author_id=author_id,
        author_name=usernames.get(author_id, ""),
        channel_id=conversation,
        reply_to=tweet_id,
        created_at=_created_at(tweet.get("created_at")),
        context=parent_turns(tweet, bot, included or {}, usernames),
        extra={"conversation_id": conversation, "raw_text": tweet.get("text", "")},
    )


def parse_page(payload: Mapping[str, Any], bot: BotIdentity) -> list[Event]:
    """Return Events for the tweets of one mentions page that really address the bot."""
    includes = payload.get("includes", {})
    usernames = {str(u["id"]): str(u.get("username", "")) for u in includes.get("users", [])}
    included = {str(t["id"]): t for t in includes.get("tweets", [])}
    quoted_authors = {i: str(t.get("author_id", "")) for i, t in included.items()}
    events = []
    for tweet in payload.get("data") or []:
        if str(tweet.get("author_id", "")) == bot.user_id:
            continue  # our own post that mentions us (e.g. a thread): never answer ourselves
        if mentions_bot(tweet, bot, quoted_authors):
            events.append(to_event(tweet, bot, usernames, included))
    return events


def oldest_first(events: Sequence[Event]) -> list[Event]:
    """Sort events by numeric tweet id ascending, so replies go out in the order people wrote."""
    return sorted(events, key=lambda e: int(e.event_id) if e.event_id.isdigit() else 0)


@dataclass
class PollResult:
    """What one round of mention polling saw."""

    events: list[Event] = field(default_factory=list)
    since_id: str | None = None
    newest_id: str | None = None
    pages: int = 0
    baseline: bool = False  # first run: the cursor was set to the newest mention, nothing answered


def newest_id(pages: list[dict[str, Any]]) -> str | None:
    """Return the highest meta.newest_id over the pages."""
    ids = [
        str(p.get("meta", {}).get("newest_id")) for p in pages if p.get("meta", {}).get("newest_id")
    ]
    return max(ids, key=int, default=None)


def is_later(tweet_id: str, since: str | None) -> bool:
    """Return True if tweet_id is newer than since (tweet ids grow with time)."""
    return since is None or int(tweet_id) > int(since)
