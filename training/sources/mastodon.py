"""Read posts from a Mastodon account export: outbox.json in the folder, .zip or older .tar.gz."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.errors import DataError
from training.sources.base import (
    RawPost,
    decode_text,
    normalize_lang,
    parse_created_at,
    parse_json,
    thread_context,
)
from training.sources.bundle import Bundle, is_archive, open_bundle
from training.sources.fedi_html import html_to_text

OUTBOX = "outbox.json"
ACTOR = "actor.json"
PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
_HINT = "pass the Mastodon export (its folder, the .zip, or outbox.json) as Mastodon wrote it"


@dataclass(frozen=True)
class _Read:
    """One activity as read: the post, and the status it answers (None when it answers none)."""

    post: RawPost
    in_reply_to: str | None = None


def holds_outbox(path: Path) -> bool:
    """Say whether a folder, zip or tar is a Mastodon export (it holds outbox.json)."""
    if path.is_dir():
        return (path / OUTBOX).is_file() or any(path.glob(f"*/{OUTBOX}"))
    if path.name.lower() == OUTBOX:
        return True
    return is_archive(path) and open_bundle(path).find(OUTBOX) is not None


def is_outbox(data: Any) -> bool:
    """Say whether parsed JSON is an ActivityPub outbox (an OrderedCollection of activities)."""
    if not isinstance(data, dict):
        return False
    kinds = _types(data.get("type"))
    return bool(kinds & {"OrderedCollection", "OrderedCollectionPage"}) or isinstance(
        data.get("orderedItems"), list
    )


def read_export(path: Path, handle: str | None = None) -> list[RawPost]:
    """Read every post (Create) and boost (Announce) of a Mastodon export."""
    bundle = open_bundle(path, siblings=(ACTOR,))
    outbox = path.name if path.is_file() and not is_archive(path) else bundle.find(OUTBOX)
    if outbox is None:
        raise DataError(f"{path} holds no {OUTBOX}", hint=_HINT)
    where = bundle.where(outbox)
    data = parse_json(decode_text(bundle.read(outbox), where, _HINT), where, _HINT)
    return posts_from_outbox(data, path, handle, _actor(bundle, outbox), where)


def posts_from_outbox(
    data: Any,
    path: Path,
    handle: str | None = None,
    actor: dict[str, Any] | None = None,
    where: str | None = None,
) -> list[RawPost]:
    """Return the posts and boosts of a parsed outbox (actor.json beside it names the account)."""
    items = ordered_items(data, where or str(path))
    if actor is None:
        actor = _actor(open_bundle(path, siblings=(ACTOR,)), path.name) if path.is_file() else {}
    owner = _str(actor.get("id")) or _first_actor(items)
    label = (
        handle
        or _str(actor.get("preferredUsername"))
        or _name_from_uri(owner)
        or _export_name(path)
    )
    read = [_activity(item, str(path), label) for item in items]
    return _link_threads([r for r in read if r is not None], owner)


def ordered_items(data: Any, where: str) -> list[Any]:
    """Return the activities of an OrderedCollection (or its inline first page, or a list)."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise DataError(f"{where} holds a JSON {type(data).__name__}, not an outbox", hint=_HINT)
    for holder in (data, data.get("first")):
        if isinstance(holder, dict):
            items = holder.get("orderedItems", holder.get("items"))
            if isinstance(items, list):
                return items
    raise DataError(f"{where} has no orderedItems list", hint=_HINT)


def _actor(bundle: Bundle, outbox: str) -> dict[str, Any]:
    """Return actor.json beside the outbox as a dict; empty when missing or unreadable."""
    member = bundle.beside(outbox, ACTOR)
    if member is None:
        return {}
    try:
        where = bundle.where(member)
        data = parse_json(decode_text(bundle.read(member), where, _HINT), where, _HINT)
    except DataError:  # the posts are in the outbox; a damaged actor.json only costs the name
        return {}
    return data if isinstance(data, dict) else {}


def _activity(item: Any, source: str, account: str) -> _Read | None:
    """Turn a Create into a post and an Announce into a boost; other activities are not posts."""
    if not isinstance(item, dict):
        return None
    kinds = _types(item.get("type"))
    obj = item.get("object")
    note = obj if isinstance(obj, dict) else {}
    object_id = _id(obj)
    published = parse_created_at(note.get("published") or item.get("published"))
    if "Announce" in kinds:
        post = RawPost(
            id=_str(item.get("id")) or object_id or f"{account}:boost:{published}",
            text="",  # a boost names someone else's post; its words are not the person's
            source=source,
            account=account,
            created_at=published,
            is_retweet=True,
            visibility=_visibility(item),
            reposts_marked=True,
        )
        return _Read(post)
    if "Create" not in kinds:
        return None
    warning = _str(note.get("summary"))
    post = RawPost(
        id=object_id or _str(item.get("id")) or f"{account}:post:{published}",
        text=html_to_text(_content(note)),
        source=source,
        account=account,
        created_at=published,
        lang=_language(note),
        content_warning=html_to_text(warning) if warning else None,
        sensitive=note.get("sensitive") is True or warning is not None,
        visibility="direct" if note.get("directMessage") is True else _visibility(note, item),
        reposts_marked=True,
    )
    return _Read(post, _id(note.get("inReplyTo")))


def _link_threads(read: list[_Read], owner: str | None) -> list[RawPost]:
    """Mark replies to others, and give replies within the export their thread as context."""
    own = {r.post.id for r in read if not r.post.is_retweet}
    parent_of = {r.post.id: r.in_reply_to for r in read if r.in_reply_to is not None}
    text_of = {r.post.id: r.post.text for r in read if not r.post.is_retweet}
    prefix = owner.rstrip("/") + "/" if owner else None
    posts = []
    for r in read:
        target = r.in_reply_to
        if target is None:
            posts.append(r.post)
            continue
        mine = target in own or bool(prefix and target.startswith(prefix))
        context = thread_context(r.post.id, parent_of, text_of)
        posts.append(replace(r.post, is_reply=not mine, context=context))
    return posts


def _content(note: dict[str, Any]) -> str:
    """Return the post's HTML (content, else the first contentMap entry)."""
    content = note.get("content")
    if isinstance(content, str):
        return content
    mapped = note.get("contentMap")
    if isinstance(mapped, dict):
        return next((v for v in mapped.values() if isinstance(v, str)), "")
    return ""


def _language(note: dict[str, Any]) -> str | None:
    """Return the language of contentMap's first key (Mastodon writes one)."""
    mapped = note.get("contentMap")
    if isinstance(mapped, dict):
        return normalize_lang(next(iter(mapped), None))
    return None


def _visibility(*objs: dict[str, Any]) -> str | None:
    """Say who could see it from the first addressing found: public, unlisted, followers, direct."""
    addressed = [o for o in objs if "to" in o or "cc" in o]
    if not addressed:
        return None
    to, cc = _uris(addressed[0].get("to")), _uris(addressed[0].get("cc"))
    if to & PUBLIC:
        return "public"
    if cc & PUBLIC:
        return "unlisted"
    if any(uri.endswith("/followers") for uri in to | cc):
        return "followers"
    return "direct"


def _uris(value: Any) -> set[str]:
    """Return the addresses of a to/cc field (a string or a list)."""
    values = value if isinstance(value, list) else [value]
    return {v for v in (_id(x) for x in values) if v}


def _types(value: Any) -> set[str]:
    """Return an activity's types (JSON-LD allows a list)."""
    values = value if isinstance(value, list) else [value]
    return {v for v in values if isinstance(v, str)}


def _id(value: Any) -> str | None:
    """Return an object's id: the string itself, or its "id" field."""
    if isinstance(value, dict):
        value = value.get("id")
    return _str(value)


def _str(value: Any) -> str | None:
    """Return a non-empty string or None."""
    return value if isinstance(value, str) and value.strip() else None


def _first_actor(items: list[Any]) -> str | None:
    """Return the actor of the first activity that names one."""
    for item in items:
        if isinstance(item, dict):
            actor = _id(item.get("actor"))
            if actor:
                return actor
    return None


def _name_from_uri(uri: str | None) -> str | None:
    """Return "wren" from https://town.example/users/wren."""
    if not uri:
        return None
    tail = uri.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return tail or None


def _export_name(path: Path) -> str:
    """Name the account after the export when actor.json is missing."""
    if path.name.lower() == OUTBOX:
        path = path.parent
    name = path.name.split(".")[0] if path.is_file() else path.name
    return name or "mastodon"
