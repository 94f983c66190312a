"""Training throughput: our length-grouped batching vs padding to max_length vs 1,024-token packing.

Each set-up trains the same model on the same posts (real optimizer steps: forward, backward,
AdamW) and reports real (non-pad) tokens per second; the set-ups take turns step by step in one
process so a busy machine slows them alike. Peak memory is measured per set-up in a fresh
process (one step each):

    python bench/train.py --quick
    python bench/train.py --model bundled:smollm2-135m --data build/demo-data --rounds 10
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETUPS = ("ours", "padded", "packed")
DESCRIPTIONS = {
    "ours": "length-grouped batches, padded to the batch's longest post",
    "padded": "every post padded to max_length (the naive Trainer set-up)",
    "packed": "posts concatenated into 1,024-token blocks (huggingtweets)",
}
BLOCK = 1024


def load_posts(data: str) -> list[str]:
    """Return cleaned posts from a prepared dir or any source `tweetling data prepare` reads."""
    from bot.config import DataConfig
    from training.clean import prepare, read_prepared

    path = Path(data)
    if (path / "train.jsonl").is_file():
        return [p.text for p in read_prepared(path).posts]
    return [p.text for p in prepare([path], DataConfig(min_kept_chars=0)).posts]


def batches_for(setup: str, posts: list[str], tokenizer: Any, args: argparse.Namespace) -> Any:
    """Yield training batches for one set-up, endlessly (seeded)."""
    import torch

    from training.dataset import PostCollator, PostDataset, grouped_order, pack_blocks

    data = PostDataset(posts, tokenizer, args.max_length)
    pad = tokenizer.pad_token_id
    rng = random.Random(0)
    torch.manual_seed(0)
    while True:
        if setup == "packed":
            order = rng.sample(range(len(data)), len(data))
            blocks = pack_blocks([data.examples[i] for i in order], BLOCK)
            per_step = max(1, args.batch_size * args.max_length // BLOCK)
            collate = PostCollator(pad)
            for k in range(0, len(blocks), per_step):
                yield collate([{"input_ids": b} for b in blocks[k : k + per_step]])
            continue
        if setup == "ours":  # the order the Trainer's GroupedSampler produces
            order = grouped_order(data.lengths(), args.batch_size)
        else:
            order = rng.sample(range(len(data)), len(data))
        collate = PostCollator(pad, pad_to=args.max_length if setup == "padded" else None)
        for k in range(0, len(order), args.batch_size):
            yield collate([data[i] for i in order[k : k + args.batch_size]])


def load(args: argparse.Namespace) -> tuple[Any, Any, str]:
    """Return (tokenizer, model in train mode, device)."""
    import torch

    from bot.models import resolve_base_model
    from training.base_models import load_model, load_tokenizer

    torch.manual_seed(0)
    resolved = resolve_base_model(args.model)
    tokenizer, model = load_tokenizer(resolved), load_model(resolved)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    return tokenizer, model.to(device).train(), device


def train_step(model: Any, optimizer: Any, batch: dict[str, Any], device: str) -> float:
    """Run one optimizer step (forward, backward, AdamW); return its seconds."""
    import torch

    batch = {k: v.to(device) for k, v in batch.items()}
    start = time.perf_counter()
    model(**batch).loss.backward()
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    if device == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter() - start


def throughput(args: argparse.Namespace, posts: list[str]) -> dict[str, dict[str, Any]]:
    """Time the set-ups round-robin in one process, so all of them see the same machine load."""
    import torch

    tokenizer, model, device = load(args)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)  # weights do not affect speed
    streams = {s: batches_for(s, posts, tokenizer, args) for s in SETUPS}
    totals = {s: {"steps": 0, "seconds": 0.0, "real": 0, "slots": 0} for s in SETUPS}
    for round_ in range(args.warmup + args.rounds):
        for setup in SETUPS:
            batch = next(streams[setup])
            seconds = train_step(model, optimizer, batch, device)
            if round_ < args.warmup:  # the first steps pay for allocation and kernel selection
                continue
            t = totals[setup]
            t["steps"] += 1
            t["seconds"] += seconds
            t["real"] += int(batch["attention_mask"].sum())
            t["slots"] += batch["attention_mask"].numel()
    return {s: _summarize(t) for s, t in totals.items()}


def _summarize(t: dict[str, Any]) -> dict[str, Any]:
    """Return the reported figures of one set-up."""
    return {
        "steps": t["steps"],
        "seconds": round(t["seconds"], 2),
        "real_tokens": t["real"],
        "padding_share": round(1 - t["real"] / max(t["slots"], 1), 3),
        "real_tokens_per_s": round(t["real"] / max(t["seconds"], 1e-9), 1),
    }


def peak_memory(setup: str, args: argparse.Namespace, posts: list[str]) -> float:
    """Return the peak memory (MB) of one training step of `setup` in a fresh process."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_memory_child, args=(setup, args, posts, queue))
    proc.start()
    result: float = queue.get()
    proc.join()
    return result


def _memory_child(setup: str, args: argparse.Namespace, posts: list[str], queue: Any) -> None:
    """Load the model, take one step of `setup`, report the peak memory during that step."""
    import torch

    tokenizer, model, device = load(args)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)
    batch = next(batches_for(setup, posts, tokenizer, args))
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
        train_step(model, optimizer, batch, device)
        queue.put(round(torch.cuda.max_memory_allocated() / 2**20, 1))
        return
    with PeakRss() as peak:  # loading the model peaks higher than a step; watch the step only
        train_step(model, optimizer, batch, device)
    queue.put(peak.mb)


class PeakRss:
    """Sample this process's resident memory every few ms while the block runs."""

    def __init__(self, interval_s: float = 0.002) -> None:
        self.interval_s = interval_s
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def mb(self) -> float:
        """Return the peak resident memory in MB."""
        return round(self.peak / 2**20, 1)

    def _watch(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        with open("/proc/self/statm") as statm:
            while not self._stop.is_set():
                statm.seek(0)
                self.peak = max(self.peak, int(statm.read().split()[1]) * page)
                time.sleep(self.interval_s)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="bundled:smollm2-135m")
    p.add_argument("--data", default=str(ROOT / "examples" / "sample_archive"))
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--rounds", type=int, default=6, help="timed steps per set-up")
    p.add_argument("--warmup", type=int, default=1, help="untimed steps per set-up")
    p.add_argument("--quick", action="store_true", help="3 timed steps per set-up")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    if args.quick:
        args.rounds = min(args.rounds, 3)
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the three set-ups and print the comparison."""
    args = parse_args(argv)
    posts = load_posts(args.data)
    results = throughput(args, posts)
    for setup in SETUPS:
        results[setup]["peak_memory_mb"] = peak_memory(setup, args, posts)
    ours = results["ours"]["real_tokens_per_s"]
    summary = {
        "model": args.model,
        "posts": len(posts),
        "max_length": args.max_length,
        "batch_size": args.batch_size,
        "results": results,
        "speedup_vs_padded": round(ours / results["padded"]["real_tokens_per_s"], 2),
        "speedup_vs_packed": round(ours / results["packed"]["real_tokens_per_s"], 2),
    }
    if args.json:
        print(json.dumps(summary))
        return 0
    print(
        f"{args.model}, {len(posts)} posts, max_length {args.max_length}, batch {args.batch_size}"
    )
    for setup, r in results.items():
        print(
            f"  {setup:7s} {r['real_tokens_per_s']:8.1f} real tokens/s  "
            f"pad {r['padding_share']:5.1%}  peak {r['peak_memory_mb']:7.0f} MB  "
            f"({r['steps']} steps)  {DESCRIPTIONS[setup]}"
        )
    print(
        f"ours vs padded: {summary['speedup_vs_padded']:.2f}x   "
        f"ours vs packed: {summary['speedup_vs_packed']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
