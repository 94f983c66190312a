"""The posts an update trains on: new ones the model has not seen, and old ones to replay.

Old posts come from the data the previous version recorded (`data_paths` in its
training_stats.json) or from `--replay`; they are split exactly as training split them, so the
old held-out posts stay held out and only old training posts are replayed.
"""

from __future__ import annotations

import json
import logging
import random
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.errors import UserError
from bot.prepared import TRAIN_FILE
from bot.safety.memorization import INDEX_FILENAME, MemorizationIndex, post_hash
from training.clean import CleanPost, prepare, read_prepared
from training.dataset import TrainExample, split_posts
from training.lineage import data_paths, since_id
from training.sources import ReadOptions

log = logging.getLogger(__name__)

X_PREFIX = "x:"  # a SOURCE `x:HANDLE` fetches the account's posts since the newest one seen


@dataclass
class NewPosts:
    """The unseen posts from the update's sources, and what reading them found."""

    posts: list[CleanPost]
    n_read: int
    data_stats: dict[str, Any] = field(default_factory=dict)

    @property
    def examples(self) -> list[TrainExample]:
        """Return the posts as training examples (replies keep their context)."""
        return [TrainExample(p.text, p.context) for p in self.posts]


@dataclass
class OldPosts:
    """The previous version's data, split as its training split it; `source` says from where."""

    train: list[TrainExample]
    val: list[TrainExample]
    source: str
    texts: list[str] = field(default_factory=list)  # every old post (for a missing index)


def read_new_posts(
    sources: Sequence[str],
    cfg: Config,
    stats: dict[str, Any],
    index: MemorizationIndex | None,
    options: ReadOptions | None = None,
) -> NewPosts:
    """Read and clean the sources; keep the posts whose normalized text the model never saw.

    A prepared folder (`tweetling data prepare`) is read as it is; everything else is cleaned
    with the [data] rules, as training cleaned it.
    """
    ready = [Path(s) for s in sources if (Path(s) / TRAIN_FILE).is_file()]
    raw = [s for s in sources if Path(s) not in ready]
    posts: list[CleanPost] = [p for folder in ready for p in read_prepared(folder).posts]
    data_stats: dict[str, Any] = {}
    if raw:
        with ExitStack() as stack:
            paths = [
                stack.enter_context(_fetched(s[len(X_PREFIX) :], stats))
                if s.startswith(X_PREFIX)
                else Path(s)
                for s in raw
            ]
            prepared = prepare(paths, cfg.data, options)
        posts += prepared.posts
        data_stats = prepared.stats.to_dict()
    seen = set(index.posts) if index is not None else set()
    kept: list[CleanPost] = []
    for post in posts:
        key = post_hash(post.text)
        if key and key not in seen:  # not trained on, and the first copy of a repeated post
            seen.add(key)
            kept.append(post)
    return NewPosts(kept, len(posts), data_stats)


@contextmanager
def _fetched(handle: str, stats: dict[str, Any]) -> Iterator[Path]:
    """Fetch @handle's posts newer than the newest one the model saw into a temporary JSONL."""
    from training.sources.x_api import fetch_user_posts

    handle = handle.lstrip("@")
    if not handle:
        raise UserError("x: needs an account, as in x:HANDLE", "pass x:yourhandle")
    newer_than = since_id(stats, handle)
    log.info("fetching @%s's posts%s", handle, f" after {newer_than}" if newer_than else "")
    with tempfile.TemporaryDirectory(prefix="tweetling-update-") as tmp:
        path = Path(tmp) / f"{handle}.jsonl"
        records = fetch_user_posts(handle, since_id=newer_than)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        yield path


def read_old_posts(
    stats: dict[str, Any], cfg: Config, replay: str | None, val_fraction: float, seed: int
) -> OldPosts:
    """Read the previous version's posts and split them as its training did.

    Nothing readable leaves the update without replay and without old held-out posts; the
    returned `source` says so, and the command prints it.
    """
    from training.train import load_posts

    paths = [replay] if replay else data_paths(stats)
    if not paths:
        return OldPosts([], [], "none: the previous version did not record its training data")
    readable = [p for p in paths if Path(p).exists()]
    if len(readable) < len(paths):
        missing = ", ".join(p for p in paths if p not in readable)
        if replay or not readable:
            return OldPosts([], [], f"none: the old training data is gone ({missing})")
        log.warning("replaying without %s (not found)", missing)
    examples: list[TrainExample] = []
    for path in readable:
        data = load_posts(path, cfg)
        examples.extend(data.examples or [TrainExample(t) for t in data.posts])
    if replay:
        train, val = (
            examples,
            list[TrainExample](),
        )  # not the recorded split: every post may be replayed
    else:
        train, val = split_posts(examples, val_fraction, seed)
    return OldPosts(train, val, ", ".join(readable), [e.text for e in examples])


def load_index(model_dir: Path) -> MemorizationIndex | None:
    """Return the model's memorization index (its trained posts), None if it has none."""
    path = model_dir / INDEX_FILENAME
    return MemorizationIndex.load(path) if path.is_file() else None


def seen_by_text(old: OldPosts, n: int) -> MemorizationIndex:
    """Return an index of the old posts, for a model saved without one."""
    return MemorizationIndex.build(old.texts, n=n)


def replay_sample(old_train: Sequence[TrainExample], n: int, seed: int) -> list[TrainExample]:
    """Return a seeded sample of `n` old training examples (all of them if fewer)."""
    if n >= len(old_train):
        return list(old_train)
    return random.Random(seed).sample(list(old_train), n)
