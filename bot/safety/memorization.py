"""Block verbatim copies of training posts with an index of hashed, normalized word n-grams."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.errors import DataError
from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.normalize import words

INDEX_FILENAME = "memorization.json.gz"
FORMAT_VERSION = 1


def _hash(tokens: Sequence[str]) -> int:
    """Return a 64-bit hash of a word sequence (stable across runs, unlike hash())."""
    digest = hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def post_hash(text: str) -> int:
    """Return the whole-post hash an index keeps for `text` (0: a text with no words)."""
    tokens = words(text)
    return _hash(tokens) if tokens else 0


class MemorizationIndex:
    """Hashes of every n-word run and of every whole post of the training data."""

    def __init__(self, n: int, ngrams: Iterable[int] = (), posts: Iterable[int] = ()) -> None:
        if n < 1:
            raise ValueError("n must be at least 1")
        self.n = n
        self.ngrams = set(ngrams)
        self.posts = set(posts)

    @classmethod
    def build(cls, posts: Iterable[str], n: int = 8) -> MemorizationIndex:
        """Index the normalized words of each post: every n-gram and the whole post."""
        index = cls(n)
        for post in posts:
            tokens = words(post)
            if not tokens:
                continue
            index.posts.add(_hash(tokens))
            for i in range(len(tokens) - n + 1):
                index.ngrams.add(_hash(tokens[i : i + n]))
        return index

    def __len__(self) -> int:
        return len(self.posts)

    def matches(self, text: str) -> bool:
        """Return True if the text is a training post or shares n consecutive words with one."""
        tokens = words(text)
        if not tokens:
            return False
        if _hash(tokens) in self.posts:
            return True
        n = self.n
        return any(_hash(tokens[i : i + n]) in self.ngrams for i in range(len(tokens) - n + 1))

    def save(self, path: str | Path) -> Path:
        """Write the index as gzipped JSON (hashes only, no text) and return the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "version": FORMAT_VERSION,
            "n": self.n,
            "posts": sorted(self.posts),
            "ngrams": sorted(self.ngrams),
        }
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh)
        return path

    @classmethod
    def load(cls, path: str | Path) -> MemorizationIndex:
        """Read an index written by save(). Raises DataError if it is missing or malformed."""
        path = Path(path)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
            if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
                version = data.get("version") if isinstance(data, dict) else None
                raise ValueError(f"unknown format version {version!r}")
            return cls(int(data["n"]), data["ngrams"], data["posts"])
        except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
            raise DataError(
                f"cannot read the memorization index {path}: {exc}",
                "rebuild it: delete the file and set [safety.memorization] data",
            ) from None


class MemorizationFilter:
    """Block outputs that copy a training post or a long run of its words."""

    name = "memorization"

    def __init__(self, index: MemorizationIndex) -> None:
        self.index = index

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block a copy of the training data."""
        if not self.index.matches(text):
            return ALLOW
        message = f"copies a training post (or {self.index.n}+ words of one)"
        return Verdict("block", self.name, ("memorization:copy",), message)
