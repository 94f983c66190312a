"""What a model has seen and where it came from: trained posts, newest post ids, versions.

A model dir records (in `training_stats.json`) the data it was trained on (`data_paths`), the
newest post it saw per account (`newest_posts`, so an X API fetch can ask only for later
posts) and, after `tweetling update`, its `lineage`: the original base model, the previous
version and how many posts were added. Which posts it was trained on is the memorization
index's set of whole-post hashes (normalized words), so no post text is stored twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.safety.memorization import MemorizationIndex
from training.clean import CleanPost

_VERSION = re.compile(r"(?P<stem>.+)-v(?P<n>\d+)")


@dataclass(frozen=True)
class Newest:
    """The newest post seen from one account."""

    id: str
    created_at: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return the JSON form stored in training_stats.json."""
        return {"id": self.id, "created_at": self.created_at}


def newest_posts(posts: Iterable[CleanPost]) -> dict[str, dict[str, str | None]]:
    """Return the newest post per account (by date, then by numeric id), as JSON-ready dicts."""
    best: dict[str, tuple[tuple[str, int], Newest]] = {}
    for post in posts:
        key = (post.created_at or "", int(post.id) if post.id.isdigit() else -1)
        if post.account not in best or key > best[post.account][0]:
            best[post.account] = (key, Newest(post.id, post.created_at))
    return {account: newest.to_dict() for account, (_, newest) in sorted(best.items())}


def merge_newest(
    old: Mapping[str, Any], new: Mapping[str, Any]
) -> dict[str, dict[str, str | None]]:
    """Return the newest post per account over two records (an update keeps both)."""
    merged: dict[str, dict[str, str | None]] = {}
    for record in (old, new):
        for account, item in record.items():
            if not isinstance(item, Mapping) or not item.get("id"):
                continue
            candidate = Newest(str(item["id"]), item.get("created_at"))
            have = merged.get(account)
            if have is None or _order(candidate) > _order_of(have):
                merged[account] = candidate.to_dict()
    return merged


def _order(item: Newest) -> tuple[str, int]:
    return (item.created_at or "", int(item.id) if item.id.isdigit() else -1)


def _order_of(item: Mapping[str, str | None]) -> tuple[str, int]:
    return _order(Newest(str(item["id"]), item.get("created_at")))


def since_id(stats: Mapping[str, Any], account: str) -> str | None:
    """Return the newest numeric post id the model saw from `account` (X API's since_id)."""
    record = (stats.get("newest_posts") or {}).get(account.lstrip("@"))
    post_id = str(record.get("id", "")) if isinstance(record, Mapping) else ""
    return post_id if post_id.isdigit() else None


def merged_index(old: MemorizationIndex, posts: Iterable[str]) -> MemorizationIndex:
    """Return the old index plus the n-grams and whole-post hashes of `posts`."""
    added = MemorizationIndex.build(posts, n=old.n)
    return MemorizationIndex(old.n, old.ngrams | added.ngrams, old.posts | added.posts)


def version_of(model_dir: Path) -> int:
    """Return the version a model dir's name says (`me` is 1, `me-v3` is 3)."""
    match = _VERSION.fullmatch(model_dir.name)
    return int(match["n"]) if match else 1


def next_version_dir(model_dir: Path) -> Path:
    """Return the first free `<stem>-vN` beside `model_dir`, N above every existing version."""
    match = _VERSION.fullmatch(model_dir.name)
    stem = match["stem"] if match else model_dir.name
    taken = [version_of(model_dir)]
    parent = model_dir.parent
    if parent.is_dir():
        for entry in parent.iterdir():
            found = _VERSION.fullmatch(entry.name)
            if found and found["stem"] == stem:
                taken.append(int(found["n"]))
    return parent / f"{stem}-v{max(taken) + 1}"


def data_paths(stats: Mapping[str, Any]) -> list[str]:
    """Return the data a model was trained on, as recorded (older models: none)."""
    paths = stats.get("data_paths")
    if isinstance(paths, list):
        return [str(p) for p in paths if str(p).strip()]
    return []


def render_lineage(stats: Mapping[str, Any]) -> str:
    """Return the model card's lineage section ('' for a model trained from its base)."""
    lineage = stats.get("lineage")
    if not isinstance(lineage, Mapping):
        return ""
    held = stats.get("update_eval") or {}
    rows = [
        ("Original base model", f"`{lineage.get('base_model')}`"),
        ("Previous version", f"`{lineage.get('previous')}` (v{lineage.get('previous_version')})"),
        ("This version", f"v{lineage.get('version')}"),
        ("Posts added", str(lineage.get("posts_added"))),
        ("Replayed old posts", f"{lineage.get('replayed')} ({lineage.get('replay_source')})"),
    ]
    for which in ("old", "new"):
        item = held.get(which) or {}
        if item.get("before") is not None:
            rows.append(
                (
                    f"Perplexity on {item.get('n')} held-out {which} posts, before -> after",
                    f"{float(item['before']):.2f} -> {float(item['after']):.2f}",
                )
            )
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    return (
        "## Lineage\n\nThis version continued fine-tuning the previous one on posts it had "
        "not seen, mixed with a replay sample of the posts it was trained on (so it does not "
        "forget them).\n\n| | |\n| --- | --- |\n" + table
    )
