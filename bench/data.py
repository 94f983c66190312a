"""Benchmark reading and cleaning: 100,000 synthetic posts in an X-archive-shaped tweets.js.

    python -m bench.data              # 100,000 posts
    python -m bench.data --quick      # 10,000 posts
    python -m bench.data --posts 250000

The posts are seeded and tweet-sized, with the mix a real archive has (retweets, replies, links,
HTML entities, short posts, exact and near duplicates), so every cleaning rule does real work.
Prints the time to read the archive, to clean it, and the total, with peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.config import DataConfig
from training.clean import clean_posts
from training.sources import read_sources

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ra",
    "to",
    "su",
    "pe",
    "li",
    "da",
    "mo",
    "ni",
    "ve",
    "sa",
    "ru",
    "te",
    "ko",
    "ba",
    "fi",
    "gu",
    "ho",
    "ja",
    "ze",
    "wa",
    "yu",
]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Return `size` made-up words (1-4 syllables)."""
    words = {"".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def synthetic_archive(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """Return n archive entries with a realistic mix of kinds."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]  # Zipf-like word frequencies
    entries: list[dict[str, Any]] = []
    texts: list[str] = []
    for i in range(n):
        text = " ".join(rng.choices(words, weights, k=rng.randint(4, 40)))
        extra: dict[str, Any] = {}
        roll = rng.random()
        if roll < 0.10:
            text = f"RT @friend{i % 50}: {text[:100]}…"
        elif roll < 0.20:
            extra = {"in_reply_to_status_id_str": str(i), "in_reply_to_user_id_str": "7"}
            text = f"@friend{i % 50} {text}"
        elif roll < 0.25:
            text = rng.choice(words)
        elif roll < 0.28 and texts:
            text = rng.choice(texts)
        elif roll < 0.30 and texts:
            text = rng.choice(texts) + " " + rng.choice(words)
        elif roll < 0.40:
            link = f"https://t.co/{i:010d}"
            text = f"{text} &amp; more {link}"
            extra = {"entities": {"urls": [{"url": link, "expanded_url": "https://a.example"}]}}
        texts.append(text)
        entries.append({"tweet": _tweet(i, text, extra)})
    return entries


def _tweet(i: int, text: str, extra: dict[str, Any]) -> dict[str, Any]:
    """Return one archive tweet object with X's string-typed fields."""
    day = 1 + i % 28
    return {
        "id_str": str(10**18 + i),
        "id": str(10**18 + i),
        "full_text": text,
        "retweeted": False,
        "favorite_count": str(i % 17),
        "lang": "en",
        "created_at": f"Mon Mar {day:02d} 10:{i % 60:02d}:00 +0000 2023",
        **extra,
    }


def run(n: int) -> dict[str, float]:
    """Write n posts to a temporary archive, then time reading and cleaning them."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "archive" / "data"
        data.mkdir(parents=True)
        body = json.dumps(synthetic_archive(n))
        (data / "tweets.js").write_text(f"window.YTD.tweets.part0 = {body}", encoding="utf-8")
        cfg = DataConfig()
        start = time.perf_counter()
        raw = read_sources([data.parent], cfg)
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        prepared = clean_posts(raw, cfg)
        clean_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = prepared.stats
    print(
        f"{n:,} posts: read {read_s:.2f} s, clean {clean_s:.2f} s, total {read_s + clean_s:.2f} s "
        f"({n / (read_s + clean_s):,.0f} posts/s); peak RSS {peak_mb:,.0f} MB"
    )
    print(
        f"kept {stats.kept:,}; dropped: retweets {stats.retweets:,}, short {stats.short:,}, "
        f"duplicates {stats.duplicates:,}, other {stats.other_dropped:,}"
    )
    return {"posts": n, "read_s": read_s, "clean_s": clean_s, "peak_mb": peak_mb}


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 posts")
    args = parser.parse_args(argv)
    run(10_000 if args.quick else args.posts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
