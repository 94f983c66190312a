"""Read posts from a Bluesky repository export (.car): posts, reposts, and threads as pairs.

The CAR holds the repository's blocks; the signed commit (the first root) points at a Merkle
Search Tree whose keys are "collection/record-key" and whose values are the records. Replies whose
parent is in the same repository (the person's own threads) become (context -> reply) pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from atproto import CAR, CID

from bot.errors import DataError
from training.sources.base import (
    RawPost,
    normalize_lang,
    parse_created_at,
    read_bytes,
    thread_context,
)

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
MAX_NODES = 5_000_000  # a real repository has far fewer tree nodes; a loop must not run forever
_HINT = "pass the repository export from Bluesky (Settings → Account → Export my data)"
_LINK = "app.bsky.richtext.facet#link"
_MENTION = "app.bsky.richtext.facet#mention"


@dataclass(frozen=True)
class _Read:
    """One record as read: the post, and the at:// URI of the post it answers."""

    post: RawPost
    parent: str | None = None


def read_repo(path: Path, handle: str | None = None) -> list[RawPost]:
    """Read every post and repost record of a repository export."""
    car = _decode(read_bytes(path, _HINT), path)
    commit = car.blocks.get(car.root)
    if not isinstance(commit, dict) or not isinstance(commit.get("did"), str):
        raise DataError(f"{path} has no repository commit at its root", hint=_HINT)
    did = commit["did"]
    account = handle or (path.stem if path.stem.lower() != "repo" else did)
    read = []
    for key, record in _records(car, commit.get("data"), path):
        collection = key.split("/", 1)[0]
        if collection in (POST, REPOST) and isinstance(record, dict):
            read.append(_record(record, collection, f"at://{did}/{key}", str(path), account))
    return _link_threads(read, did)


def _decode(data: bytes, path: Path) -> CAR:
    """Decode the CAR file, or raise DataError."""
    try:
        return CAR.from_bytes(data)
    except Exception as exc:  # the decoder's errors are not typed (ValueError, its own, ...)
        raise DataError(f"{path} is not a readable CAR file ({exc})", hint=_HINT) from None


def _records(car: CAR, root: Any, path: Path) -> list[tuple[str, Any]]:
    """Walk the Merkle Search Tree (a loop, not recursion) and return (key, record) pairs."""
    found: list[tuple[str, Any]] = []
    stack = [root]
    seen: set[bytes] = set()
    while stack:
        link = stack.pop()
        if not isinstance(link, bytes) or link in seen:
            continue
        seen.add(link)
        if len(seen) > MAX_NODES:
            raise DataError(f"{path} has more tree nodes than any repository", hint=_HINT)
        node = _block(car, link)
        if not isinstance(node, dict):
            continue
        stack.append(node.get("l"))
        key = b""
        entries = node.get("e")
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            prefix, suffix = entry.get("p"), entry.get("k")
            if not isinstance(prefix, int) or not isinstance(suffix, bytes) or prefix < 0:
                continue
            key = key[:prefix] + suffix  # keys are stored as (shared prefix length, rest)
            stack.append(entry.get("t"))
            value = entry.get("v")
            if isinstance(value, bytes):
                found.append((key.decode("utf-8", "replace"), _block(car, value)))
    return found


def _block(car: CAR, link: bytes) -> Any:
    """Return the decoded block a link points at (None when the CAR lacks it)."""
    try:
        return car.blocks.get(CID.from_decoded_bytes(link))
    except Exception:  # a malformed link: treated as a missing block
        return None


def _record(record: dict[str, Any], collection: str, uri: str, source: str, account: str) -> _Read:
    """Turn a post or repost record into a RawPost."""
    created = parse_created_at(record.get("createdAt"))
    if collection == REPOST:
        return _Read(
            RawPost(uri, "", source, account, created, is_retweet=True, reposts_marked=True)
        )
    labels = _self_labels(record)
    langs = record.get("langs")
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, dict) else None
    post = RawPost(
        id=uri,
        text=_text(record),
        source=source,
        account=account,
        created_at=created,
        lang=normalize_lang(langs[0]) if isinstance(langs, list) and langs else None,
        content_warning=", ".join(labels) or None,
        sensitive=bool(labels),
        reposts_marked=True,
    )
    target = parent.get("uri") if isinstance(parent, dict) else None
    return _Read(post, target if isinstance(target, str) else None)


def _text(record: dict[str, Any]) -> str:
    """Return the text with link facets written out in full and mentions as @name."""
    text = record.get("text")
    if not isinstance(text, str):
        return ""
    data = text.encode("utf-8")
    edits = []
    facets = record.get("facets")
    for facet in facets if isinstance(facets, list) else []:
        span = _span(facet, len(data))
        features = facet.get("features") if isinstance(facet, dict) else None
        if span is None or not isinstance(features, list) or not features:
            continue
        feature = features[0] if isinstance(features[0], dict) else {}
        kind = feature.get("$type")
        if kind == _LINK and isinstance(feature.get("uri"), str):
            edits.append((span, feature["uri"]))  # the text shows a shortened link
        elif kind == _MENTION:
            shown = data[span[0] : span[1]].decode("utf-8", "replace")
            # "@wren.bsky.social": the cleaning rules know @word and would leave ".bsky.social".
            name = shown.lstrip("@").split(".")[0].replace("-", "_")
            edits.append((span, "@" + name if name else shown))
    last = len(data) + 1
    for (start, end), new in sorted(edits, reverse=True):
        if end <= last:  # overlapping facets are malformed: keep the later one only
            data = data[:start] + new.encode("utf-8") + data[end:]
            last = start
    return data.decode("utf-8", "replace")


def _span(facet: Any, size: int) -> tuple[int, int] | None:
    """Return a facet's (byteStart, byteEnd) when it lies inside the text."""
    index = facet.get("index") if isinstance(facet, dict) else None
    if not isinstance(index, dict):
        return None
    start, end = index.get("byteStart"), index.get("byteEnd")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
        return start, end
    return None


def _self_labels(record: dict[str, Any]) -> list[str]:
    """Return the author's own content labels (nsfw, graphic-media ...)."""
    labels = record.get("labels")
    values = labels.get("values") if isinstance(labels, dict) else None
    if not isinstance(values, list):
        return []
    return [v["val"] for v in values if isinstance(v, dict) and isinstance(v.get("val"), str)]


def _link_threads(read: list[_Read], did: str) -> list[RawPost]:
    """Mark replies to others, and give replies within the repository their thread as context."""
    parent_of = {r.post.id: r.parent for r in read if r.parent is not None}
    text_of = {r.post.id: r.post.text for r in read if not r.post.is_retweet}
    own = f"at://{did}/"
    posts = []
    for r in read:
        if r.parent is None:
            posts.append(r.post)
            continue
        context = thread_context(r.post.id, parent_of, text_of)
        posts.append(replace(r.post, is_reply=not r.parent.startswith(own), context=context))
    return posts
