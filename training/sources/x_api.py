"""Posts from the X API: download with tweepy (v2), and read v1.1/v2-style JSON dumps."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.config import secret_env
from bot.config_loader import load_secrets
from bot.errors import ConfigError, DataError, UserError
from training.sources.base import (
    RawPost,
    expand_urls,
    id_string,
    load_json_file,
    looks_like_reply,
    normalize_lang,
    parse_created_at,
    require_text,
    thread_context,
)

log = logging.getLogger(__name__)

TOKEN_ENV = secret_env("x_bearer_token")
API_LIMIT = 3200  # the most recent posts X returns for a timeline
PAGE_SIZE = 100
TWEET_FIELDS = [
    "created_at",
    "lang",
    "entities",
    "referenced_tweets",
    "in_reply_to_user_id",
    "author_id",
    "note_tweet",
    "conversation_id",
]


EXPANSIONS = ["referenced_tweets.id"]  # the parent of each reply, for its context


def post_from_object(
    obj: Mapping[str, Any],
    where: str,
    source: str,
    account: str,
    default_id: str,
    parents: Mapping[str, str] | None = None,
) -> RawPost:
    """Turn a post object (ours, v1.1 or v2) into a RawPost; raise DataError without text.

    Its context is our records' `context` (a string or a list of strings, oldest first), or
    the text of the post it replies to when `parents` (id -> text, a v2 `includes`) has it.
    """
    text = _text(obj, where)
    author = _author_id(obj)
    return RawPost(
        id=id_string(obj.get("id_str")) or id_string(obj.get("id")) or default_id,
        text=text,
        source=source,
        account=_account(obj) or account,
        created_at=parse_created_at(obj.get("created_at")),
        lang=normalize_lang(obj.get("lang")),
        is_retweet=_is_retweet(obj),
        is_reply=_is_reply(obj, text, author),
        context=_context(obj, where, parents or {}),
    )


def _context(obj: Mapping[str, Any], where: str, parents: Mapping[str, str]) -> tuple[str, ...]:
    """Return a post's context: its `context` field, or its parent's text from `parents`."""
    given = obj.get("context")
    if isinstance(given, str):
        return (given,) if given.strip() else ()
    if isinstance(given, list):
        if not all(isinstance(turn, str) for turn in given):
            raise DataError(
                f"{where}: context must be a string or a list of strings",
                hint='write "context": ["the message this post answers"]',
            )
        return tuple(turn for turn in given if turn.strip())
    if given is not None:
        raise DataError(f"{where}: context must be a string or a list of strings")
    for ref in _refs(obj):
        parent = parents.get(id_string(ref.get("id")) or "")
        if ref.get("type") == "replied_to" and parent and parent.strip():
            return (parent,)
    return ()


def _text(obj: Mapping[str, Any], where: str) -> str:
    """Return the full text (v2 note_tweet, v1.1 extended_tweet, full_text, text), URLs expanded."""
    retweeted = obj.get("retweeted_status")
    if isinstance(retweeted, dict):  # v1.1 truncates the RT text; the original is complete
        user = _dict(retweeted.get("user"))
        inner = _text(retweeted, where)
        return f"RT @{user.get('screen_name', 'someone')}: {inner}"
    for holder in ("note_tweet", "extended_tweet"):
        nested = obj.get(holder)
        text = nested.get("full_text") or nested.get("text") if isinstance(nested, dict) else None
        if isinstance(nested, dict) and isinstance(text, str):
            return expand_urls(text, nested.get("entities") or obj.get("entities"))
    text = require_text(obj, where, ("full_text", "text"))
    for key in ("entities", "extended_entities"):
        if isinstance(obj.get(key), dict):
            text = expand_urls(text, obj[key])
    return text


def _dict(value: Any) -> dict[str, Any]:
    """Return value if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _author_id(obj: Mapping[str, Any]) -> str | None:
    """Return the author's user id (v2 author_id, v1.1 user.id_str)."""
    user = obj.get("user")
    if isinstance(user, dict):
        return id_string(user.get("id_str")) or id_string(user.get("id"))
    return id_string(obj.get("author_id"))


def _account(obj: Mapping[str, Any]) -> str | None:
    """Return the author's handle when the object names it."""
    user = obj.get("user")
    candidates = [obj.get("account"), obj.get("username")]
    if isinstance(user, dict):
        candidates.insert(0, user.get("screen_name"))
    return next((c for c in candidates if isinstance(c, str) and c), None)


def _is_retweet(obj: Mapping[str, Any]) -> bool:
    """Say whether the structure marks a retweet (the RT @ prefix is checked when cleaning)."""
    if obj.get("retweet") is True or obj.get("retweeted") is True or "retweeted_status" in obj:
        return True
    return any(ref.get("type") == "retweeted" for ref in _refs(obj))


def _is_reply(obj: Mapping[str, Any], text: str, author: str | None) -> bool:
    """Say whether the post answers someone else (self-replies are threads, not replies)."""
    if isinstance(obj.get("reply"), bool):
        return bool(obj["reply"])
    user = id_string(obj.get("in_reply_to_user_id_str")) or id_string(
        obj.get("in_reply_to_user_id")
    )
    if user is not None:
        return user != author
    if any(ref.get("type") == "replied_to" for ref in _refs(obj)):
        return True
    structured = "in_reply_to_status_id" in obj or "in_reply_to_status_id_str" in obj
    return not structured and looks_like_reply(text)


def _refs(obj: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return v2 referenced_tweets entries."""
    refs = obj.get("referenced_tweets")
    return [r for r in refs if isinstance(r, dict)] if isinstance(refs, list) else []


def read_json_dump(path: Path) -> list[RawPost]:
    """Read a JSON dump: a list of post objects, or {"data": [...]} / {"statuses": [...]}."""
    return posts_from_dump(load_json(path), path)


def load_json(path: Path) -> Any:
    """Parse a whole .json file, with a DataError that says what is wrong."""
    return load_json_file(path, "the file may be truncated; download it again")


def posts_from_dump(data: Any, path: Path, account: str | None = None) -> list[RawPost]:
    """Return the posts of a parsed dump; v2 `includes` give handles and replies' parents."""
    items, users, parents = _dump_items(data, path)
    posts = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise DataError(f"{path}: post #{i + 1} is not a JSON object")
        name = users.get(id_string(item.get("author_id")) or "", account or path.stem)
        where = f"{path}: post #{i + 1}"
        posts.append(post_from_object(item, where, str(path), name, f"{path.stem}:{i}", parents))
    return _threads(posts, items)


def _threads(posts: list[RawPost], items: list[Any]) -> list[RawPost]:
    """Give replies whose parent is in the same dump that parent chain as their context."""
    text_of = {post.id: post.text for post in posts}
    parent_of = {}
    for post, item in zip(posts, items, strict=True):
        parent = _parent_id(item)
        if parent is not None and parent in text_of:
            parent_of[post.id] = parent
    return [
        replace(post, context=thread_context(post.id, parent_of, text_of))
        if not post.context and post.id in parent_of
        else post
        for post in posts
    ]


def _parent_id(obj: Mapping[str, Any]) -> str | None:
    """Return the id of the post this one replies to (v1.1 or v2), or None."""
    parent = id_string(obj.get("in_reply_to_status_id_str")) or id_string(
        obj.get("in_reply_to_status_id")
    )
    replied = [r for r in _refs(obj) if r.get("type") == "replied_to"]
    return parent or (id_string(replied[0].get("id")) if replied else None)


def _dump_items(data: Any, path: Path) -> tuple[list[Any], dict[str, str], dict[str, str]]:
    """Return a dump's post objects, v2's author id -> username and post id -> text maps."""
    if isinstance(data, list):
        return data, {}, {}
    if isinstance(data, dict):
        for key in ("data", "statuses", "tweets"):
            if isinstance(data.get(key), list):
                includes = _dict(data.get("includes"))
                users = {
                    str(u.get("id")): str(u.get("username"))
                    for u in includes.get("users", [])
                    if isinstance(u, dict) and u.get("id") and u.get("username")
                }
                return data[key], users, included_texts(includes)
    raise DataError(
        f"{path} holds no list of posts",
        hint='expected a JSON list of posts, or an object with "data" or "statuses"',
    )


def included_texts(includes: Mapping[str, Any]) -> dict[str, str]:
    """Return id -> text of the posts in a v2 `includes` (the replies' parents)."""
    texts = {}
    for item in includes.get("tweets") or []:
        data = item.data if hasattr(item, "data") else item  # tweepy's Tweet, or plain JSON
        if (
            isinstance(data, dict)
            and id_string(data.get("id"))
            and isinstance(data.get("text"), str)
        ):
            texts[str(id_string(data.get("id")))] = _text(data, "included post")
    return texts


# ---------------------------------------------------------------- downloading with tweepy


def bearer_token() -> str:
    """Return the bearer token from the environment, or raise ConfigError saying how to set it."""
    secret = load_secrets().x_bearer_token  # the environment, after a .env file like every secret
    token = secret.get_secret_value().strip() if secret is not None else ""
    if not token:
        raise ConfigError(
            f"{TOKEN_ENV} is not set",
            hint="create an app at developer.x.com and export its bearer token; "
            "or download your archive and pass it to `tweetling data prepare` instead",
        )
    return token


def fetch_user_posts(
    handle: str,
    limit: int = API_LIMIT,
    token: str | None = None,
    on_page: Callable[[int], None] | None = None,
    since_id: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield up to `limit` recent posts of @handle as JSONL records (newest first).

    With `since_id`, only posts newer than that one (`tweetling update` passes the newest
    post the model saw).
    """
    import requests
    import tweepy

    client = tweepy.Client(bearer_token=token or bearer_token(), wait_on_rate_limit=True)
    handle = handle.lstrip("@")
    try:
        user = client.get_user(username=handle)
        if user.data is None:
            raise UserError(f"no X account named @{handle}", hint="check the handle's spelling")
        yield from _timeline(client, user.data.id, handle, min(limit, API_LIMIT), on_page, since_id)
    except tweepy.TweepyException as exc:
        raise _api_error(exc, handle) from exc
    except requests.RequestException as exc:
        # No status code: DNS, refused connection, timeout. Name the kind, not the URL dump.
        raise DataError(
            f"cannot reach the X API ({type(exc).__name__})",
            hint="check the network connection and try again",
        ) from exc


def _timeline(
    client: Any,
    user_id: Any,
    handle: str,
    limit: int,
    on_page: Callable[[int], None] | None,
    since_id: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Page through get_users_tweets until `limit` posts or the end of the timeline."""
    count, token = 0, None
    while count < limit:
        page = client.get_users_tweets(
            user_id,
            max_results=max(5, min(PAGE_SIZE, limit - count)),
            pagination_token=token,
            since_id=since_id,
            tweet_fields=TWEET_FIELDS,
            expansions=EXPANSIONS,
        )
        parents = included_texts(page.includes or {})
        for tweet in (page.data or [])[: limit - count]:
            count += 1
            yield record_from_v2(dict(tweet.data), handle, parents)
        if on_page is not None:
            on_page(count)
        token = (page.meta or {}).get("next_token")
        if not token or not page.data:
            return


def record_from_v2(
    tweet: dict[str, Any], handle: str, parents: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Return the JSONL record written for one v2 post (readable by the JSONL reader)."""
    where, source = f"@{handle}", f"x:{handle}"
    post = post_from_object(tweet, where, source, handle, str(tweet.get("id")), parents)
    record = {
        "id": post.id,
        "text": post.text,
        "created_at": post.created_at,
        "lang": tweet.get("lang"),
        "account": handle,
        "retweet": post.is_retweet,
        "reply": post.is_reply,
    }
    if post.context:
        record["context"] = list(post.context)
    return record


def _api_error(exc: Exception, handle: str) -> UserError:
    """Turn a tweepy error into one clear line with a hint."""
    import tweepy

    status = getattr(getattr(exc, "response", None), "status_code", None)
    if status == 401 or isinstance(exc, tweepy.Unauthorized):
        return ConfigError("X rejected the bearer token (401)", hint=f"check {TOKEN_ENV}")
    if status == 402:
        return DataError(
            "X says this app has no API credits left (402 Payment Required)",
            hint="buy credits or a plan at developer.x.com, or use your archive instead",
        )
    if status == 403 or isinstance(exc, tweepy.Forbidden):
        return DataError(
            "X refused to read timelines with this app (403 Forbidden: access tier too low)",
            hint="reading posts needs a paid API tier; download your archive and use it instead",
        )
    if status == 404 or isinstance(exc, tweepy.NotFound):
        return UserError(f"no X account named @{handle}", hint="check the handle's spelling")
    return DataError(f"the X API failed: {exc}", hint="try again later")
