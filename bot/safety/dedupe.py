"""Near-duplicates of the bot's own recent posts, kept in memory and seeded from the store."""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Iterable
from itertools import pairwise

from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.normalize import words


def shingles(text: str) -> frozenset[str]:
    """Return the word bigrams of the normalized text (its words when it has only one)."""
    tokens = words(text)
    if len(tokens) < 2:
        return frozenset(tokens)
    return frozenset(f"{a} {b}" for a, b in pairwise(tokens))


class RecentPosts:
    """The last `limit` posts as bigram sets with an inverted index for fast Jaccard look-ups."""

    def __init__(self, limit: int = 200, posts: Iterable[str] = ()) -> None:
        self.limit = limit
        self._posts: deque[tuple[int, frozenset[str]]] = deque()
        self._index: dict[str, set[int]] = {}
        self._next = 0
        self._lock = threading.Lock()  # the pipeline may remember while a worker checks
        for post in posts:
            self.remember(post)

    def __len__(self) -> int:
        return len(self._posts)

    def remember(self, text: str) -> None:
        """Add a sent post, forgetting the oldest beyond the limit."""
        grams = shingles(text)
        if not grams:
            return
        with self._lock:
            self._add(grams)

    def _add(self, grams: frozenset[str]) -> None:
        """Index one post and evict the oldest beyond the limit (lock held)."""
        key, self._next = self._next, self._next + 1
        self._posts.append((key, grams))
        for g in grams:
            self._index.setdefault(g, set()).add(key)
        while len(self._posts) > self.limit:
            old, old_grams = self._posts.popleft()
            for g in old_grams:
                self._index[g].discard(old)
                if not self._index[g]:
                    del self._index[g]

    def similarity(self, text: str) -> float:
        """Return the highest Jaccard similarity of the text's bigrams to a remembered post."""
        grams = shingles(text)
        if not grams:
            return 0.0
        with self._lock:
            shared = Counter(k for g in grams for k in self._index.get(g, ()))
            if not shared:
                return 0.0
            sizes = {k: len(v) for k, v in self._posts if k in shared}
        return max(c / (len(grams) + sizes[k] - c) for k, c in shared.items())


class DedupeFilter:
    """Block a candidate too similar to one of the bot's recent posts."""

    name = "dedupe"

    def __init__(self, recent: RecentPosts, threshold: float = 0.8) -> None:
        self.recent = recent
        self.threshold = threshold

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block at or above the similarity threshold."""
        score = self.recent.similarity(text)
        if score < self.threshold:
            return ALLOW
        message = f"{score:.0%} similar to a recent post"
        return Verdict("block", self.name, ("dedupe:near_duplicate",), message)

    def remember(self, text: str) -> None:
        """Remember a post that went out."""
        self.recent.remember(text)
