"""Benchmark the safety chain: p50/p95 per candidate, the harm model, memorization at 3,200 posts.

    python -m bench.safety            # 2,000 candidates
    python -m bench.safety --quick    # 300 candidates
    python -m bench.safety --texts /path/to/tweets.txt   # candidates from a file instead

Candidates and training posts are synthetic (seeded), tweet-sized sentences of common words,
so the numbers are reproducible anywhere; --texts measures on real text.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

from bot.config import Config
from bot.safety.base import CheckContext
from bot.safety.factory import build_safety
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.filter import HarmFilter
from bot.safety.harm.model import get_model
from bot.safety.memorization import MemorizationFilter, MemorizationIndex
from bot.safety.normalize import normalize

_VOCAB = (
    "the a to and of in is it you that for on my this with be have just so but not what "
    "day time today people love good new like know think really want going make back still "
    "coffee train rain work home weekend music book game city night morning week team code "
    "post photo friend family dog cat walk soup bread garden window street light sun moon "
    "tired happy late early again never always maybe finally tomorrow yesterday tonight "
    "small big long short old young hot cold quiet loud slow fast best worst first last"
)
WORDS = tuple(_VOCAB.split())
T = TypeVar("T")
BATCH = 4  # candidates per request: [generation] num_candidates' default


def synthetic_posts(n: int, seed: int) -> list[str]:
    """Return n tweet-sized sentences (6-40 words) drawn from a fixed vocabulary."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(6, 40))) for _ in range(n)]


def time_each(fn: Callable[[T], object], texts: Sequence[T]) -> list[float]:
    """Return the seconds each call took, after a short warm-up, with a cold normalize cache."""
    for text in texts[:20]:
        fn(text)
    times = []
    for text in texts:
        normalize.cache_clear()  # every candidate is new text in real use
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return times


def summary(name: str, times: Sequence[float]) -> str:
    """Format p50/p95/mean in microseconds."""
    q = statistics.quantiles(times, n=20)
    p50, p95 = statistics.median(times), q[18]
    mean = statistics.fmean(times)
    return (
        f"{name:<26} n={len(times):<5} p50={p50 * 1e6:8.1f} µs  p95={p95 * 1e6:8.1f} µs  "
        f"mean={mean * 1e6:8.1f} µs"
    )


def rss_mb() -> float:
    """Return this process's resident memory in MiB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def bench_harm(candidates: Sequence[str]) -> HarmFilter:
    """Print the harm model's load time, memory and per-candidate latency; return its filter."""
    before, start = rss_mb(), time.perf_counter()
    model = get_model()
    model.encoder()  # the sentence encoder loads with the model in the daemon too
    loaded = time.perf_counter() - start
    print(f"harm model: loaded in {loaded:.2f} s, +{rss_mb() - before:.0f} MiB resident "
          f"({model.q.nbytes / 2**20:.1f} MiB int8 n-gram weights, "
          f"encoder: {model.meta.get('encoder') or 'none'})")  # fmt: skip
    harm = HarmFilter(model, dict(zip(CATEGORIES, model.thresholds, strict=True)))
    ctx = CheckContext(platform="x")
    print(summary("harm filter (per cand.)", time_each(lambda t: harm.check(t, ctx), candidates)))
    # the candidates of one request scored as one batch (what the daemon does)
    batches = [candidates[i : i + BATCH] for i in range(0, len(candidates), BATCH)]
    times = time_each(harm.scores_many, batches)
    print(summary(f"  batches of {BATCH} (per cand.)", [t / BATCH for t in times]))
    return harm


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print one line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 candidates instead of 2,000")
    parser.add_argument("--texts", type=Path, help="candidates from a file, one per line")
    parser.add_argument("--train-posts", type=int, default=3200)
    args = parser.parse_args(argv)
    count = 300 if args.quick else 2000
    if args.texts:
        candidates = [t for t in args.texts.read_text(encoding="utf-8").splitlines() if t][:count]
    else:
        candidates = synthetic_posts(count, seed=1)
    train = synthetic_posts(args.train_posts, seed=2)

    bench_harm(candidates)
    start = time.perf_counter()
    index = MemorizationIndex.build(train, n=8)
    print(f"memorization index: {len(train)} posts, {len(index.ngrams)} n-grams, "
          f"built in {time.perf_counter() - start:.2f} s")  # fmt: skip
    safety = build_safety(Config(), recent_posts=synthetic_posts(200, seed=3))
    safety.output.filters.insert(-2, MemorizationFilter(index))  # before dedupe, sensitive
    ctx = CheckContext(platform="x")
    print(summary("memorization.matches", time_each(index.matches, candidates)))
    chain = time_each(lambda t: safety.check_output(t, ctx), candidates)
    print(summary("full output chain (x)", chain))
    # each filter alone pays for normalizing the text; in the chain the first one does
    for f in safety.output.filters:
        check = partial(f.check, ctx=ctx)
        print(summary(f"  {f.name}", time_each(check, candidates)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
