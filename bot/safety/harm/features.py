"""Turn a text into hashed word and character n-gram features (pure Python, no scikit-learn).

Training and serving share this one function, so the shipped weights see exactly the features
they were trained on. Hashing uses zlib.crc32 (stable across runs and platforms, unlike hash()).
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
import zlib
from collections import Counter

CATEGORIES = ("hate", "harassment", "violence", "sexual", "self_harm")

# The training data's own substitutions (its README): links and handles cannot act as shortcuts.
_URL = re.compile(r"(https?://\S+|www\.\S+)")
_HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
_SPACES = re.compile(r"\s+")
# Words (letters, digits, apostrophes) and any other non-space symbol (emoji carry hate too).
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[^\w\s]")

WORD_BITS = 18  # 262,144 word-feature buckets
CHAR_BITS = 18  # and as many character-feature buckets after them
N_FEATURES = (1 << WORD_BITS) + (1 << CHAR_BITS)
CHAR_NGRAMS = (2, 3, 4, 5)


def substitute(text: str) -> str:
    """Apply the data README's `<url>` and `@user` substitutions."""
    return _HANDLE.sub("@user", _URL.sub("<url>", text))


def prepare(text: str) -> str:
    """Substitute links and handles, NFKC-fold, lower-case and collapse whitespace."""
    text = unicodedata.normalize("NFKC", substitute(text)).lower()
    return _SPACES.sub(" ", text).strip()


def _sublinear_l2(counts: Counter[int], offset: int) -> dict[int, float]:
    """Return 1 + log(count) per bucket, scaled to unit length (sublinear TF, L2 norm)."""
    values = {k: 1.0 + math.log(n) for k, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {k + offset: v / norm for k, v in values.items()}


def _hash_counts(grams: list[str], bits: int) -> Counter[int]:
    mask = (1 << bits) - 1
    return Counter([zlib.crc32(g.encode("utf-8", "surrogatepass")) & mask for g in grams])


def featurize(text: str) -> dict[int, float]:
    """Return the sparse feature vector of a raw text: bucket index -> value."""
    words = _TOKEN.findall(prepare(text))
    if not words:
        return {}
    grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    padded = f" {' '.join(words)} "
    chars = [padded[i : i + n] for n in CHAR_NGRAMS for i in range(len(padded) - n + 1)]
    features = _sublinear_l2(_hash_counts(grams, WORD_BITS), 0)
    features.update(_sublinear_l2(_hash_counts(chars, CHAR_BITS), 1 << WORD_BITS))
    return features
