"""Exact and near-duplicate detection for posts: MinHash LSH with exact verification, O(n)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

SHINGLE = 4  # characters per shingle: posts are short, so shingles must be too
NUM_PERM = 32  # 6 bands x 5 rows at the default 0.9: finds 99.5% of pairs at exactly 0.9
CHUNK = 4096  # keys hashed per numpy batch (bounds the temporary arrays to a few MB)
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def dedupe_key(text: str) -> str:
    """Return the text as duplicates compare it: case, punctuation and spacing ignored."""
    key = unicodedata.normalize("NFKC", text).casefold()
    key = _SPACES.sub(" ", _NOT_WORD.sub(" ", key)).strip()
    return key or text.strip()


def jaccard(a: str, b: str) -> float:
    """Return the Jaccard similarity of two keys' character shingles."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return 1.0 if a == b else 0.0
    return len(sa & sb) / len(sa | sb)


def _shingles(key: str) -> set[str]:
    """Return the set of character shingles of a key."""
    return {key[i : i + SHINGLE] for i in range(len(key) - SHINGLE + 1)}


def bands_for(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Return (bands, rows): the most selective split still finding 99.5% of pairs at threshold."""
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if 1 - (1 - threshold**rows) ** bands >= 0.995:
            best = (bands, rows)
    return best


def find_duplicates(texts: Sequence[str], threshold: float = 0.9, near: bool = True) -> list[bool]:
    """Return, per text, whether it repeats an earlier one (exactly, or >= threshold similar)."""
    keys = [dedupe_key(text) for text in texts]
    near = near and threshold < 1.0
    index = _NearIndex(keys, threshold) if near else None
    exact: set[bytes] = set()
    result = []
    for i, key in enumerate(keys):
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
        duplicate = digest in exact or (index is not None and index.match(i))
        if not duplicate:
            exact.add(digest)
            if index is not None:
                index.add(i)
        result.append(duplicate)
    return result


class _NearIndex:
    """MinHash signatures of all keys, and LSH band tables of the keys kept so far."""

    def __init__(self, keys: list[str], threshold: float, seed: int = 1) -> None:
        self.keys = keys
        self.threshold = threshold
        self.bands, self.rows = bands_for(threshold)
        rng = np.random.default_rng(seed)
        width = self.bands * self.rows
        self._a = rng.integers(1, 2**62, size=width, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**62, size=width, dtype=np.uint64)
        self._mult = rng.integers(1, 2**62, size=self.rows, dtype=np.uint64)
        self.sigs = np.zeros((len(keys), width), dtype=np.uint16)  # compact copy to estimate J
        self.band_keys = np.zeros((len(keys), self.bands), dtype=np.uint64)
        self.usable = np.array([len(k) >= SHINGLE + 2 for k in keys], dtype=bool)
        for start in range(0, len(keys), CHUNK):
            self._hash_chunk(start, keys[start : start + CHUNK])
        self._tables: list[dict[int, int | list[int]]] = [{} for _ in range(self.bands)]

    def _hash_chunk(self, start: int, chunk: list[str]) -> None:
        """Compute MinHash signatures and band keys for one chunk of keys."""
        usable = [i for i, key in enumerate(chunk) if len(key) >= SHINGLE + 2]
        if not usable:
            return
        grams, segment_starts = _chunk_grams([chunk[i] for i in usable])
        sig = np.empty((len(usable), self._a.size), dtype=np.uint64)
        for p in range(self._a.size):
            hashed = (grams * self._a[p] + self._b[p]) >> np.uint64(16)
            sig[:, p] = np.minimum.reduceat(hashed, segment_starts)
        rows = np.asarray(usable) + start
        self.sigs[rows] = sig.astype(np.uint16)
        shaped = sig.reshape(len(usable), self.bands, self.rows)
        self.band_keys[rows] = (shaped * self._mult).sum(axis=2)

    def match(self, i: int) -> bool:
        """Say whether key i is at least `threshold` similar to a key already added."""
        if not self.usable[i]:
            return False
        candidates: set[int] = set()
        for table, band_key in zip(self._tables, self.band_keys[i].tolist(), strict=True):
            hit = table.get(band_key)
            if hit is not None:
                candidates.update([hit] if isinstance(hit, int) else hit)
        if not candidates:
            return False
        found = np.fromiter(candidates, dtype=np.int64, count=len(candidates))
        estimate = (self.sigs[found] == self.sigs[i]).mean(axis=1)
        # The signature estimate prunes; the exact shingle Jaccard decides.
        likely = found[estimate >= self.threshold - 0.25]
        return any(jaccard(self.keys[i], self.keys[j]) >= self.threshold for j in likely.tolist())

    def add(self, i: int) -> None:
        """Index key i in every band table."""
        if not self.usable[i]:
            return
        for table, band_key in zip(self._tables, self.band_keys[i].tolist(), strict=True):
            hit = table.get(band_key)
            if hit is None:
                table[band_key] = i  # most buckets hold one post: an int is far smaller than a list
            elif isinstance(hit, int):
                table[band_key] = [hit, i]
            else:
                hit.append(i)


def _chunk_grams(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hash every character shingle of the keys; return hashes and where each key's begin."""
    lengths = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = codes.size - SHINGLE + 1
    grams = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        grams = grams * np.uint64(0x100000001B3) + codes[offset : offset + count]
    owner = np.repeat(np.arange(len(keys)), lengths)[:count]
    position = np.arange(count) - np.repeat(np.cumsum(lengths) - lengths, lengths)[:count]
    inside = position <= (lengths[owner] - SHINGLE)  # shingles that do not cross into the next key
    grams, owner = _mix(grams[inside]), owner[inside]
    return grams, np.searchsorted(owner, np.arange(len(keys)))


def _mix(values: np.ndarray) -> np.ndarray:
    """Scramble 64-bit values (splitmix64 finaliser) so similar shingles hash far apart."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))
