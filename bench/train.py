"""Training throughput: our length-grouped batching vs padding to max_length vs 1,024-token packing.

Each set-up trains the same model on the same posts (real optimizer steps: forward, backward,
AdamW) and reports real (non-pad) tokens per second and the peak memory of its own process:

    python bench/train.py --quick
    python bench/train.py --model bundled:smollm2-135m --data build/demo-data --seconds 60
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import sys
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
    from transformers.trainer_pt_utils import get_length_grouped_indices

    from training.dataset import PostCollator, PostDataset, pack_blocks

    data = PostDataset(posts, tokenizer, args.max_length)
    pad = tokenizer.pad_token_id
    rng = random.Random(0)
    while True:
        if setup == "packed":
            order = rng.sample(range(len(data)), len(data))
            blocks = pack_blocks([data.examples[i] for i in order], BLOCK)
            per_step = max(1, args.batch_size * args.max_length // BLOCK)
            collate = PostCollator(pad)
            for k in range(0, len(blocks), per_step):
                yield collate([{"input_ids": b} for b in blocks[k : k + per_step]])
            continue
        if setup == "ours":  # the order the Trainer's group_by_length sampler produces
            order = get_length_grouped_indices(data.lengths(), args.batch_size)
        else:
            order = rng.sample(range(len(data)), len(data))
        collate = PostCollator(pad, pad_to=args.max_length if setup == "padded" else None)
        for k in range(0, len(order), args.batch_size):
            yield collate([data[i] for i in order[k : k + args.batch_size]])


def run_setup(setup: str, args: argparse.Namespace, posts: list[str]) -> dict[str, Any]:
    """Train for a time budget with one set-up; return tokens/s and peak memory."""
    import torch

    from training.base_models import load_model, load_tokenizer, resolve_base_model

    torch.manual_seed(0)
    resolved = resolve_base_model(args.model)
    tokenizer, model = load_tokenizer(resolved), load_model(resolved)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device).train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)
    real = total = steps = 0
    elapsed = 0.0
    stream = batches_for(setup, posts, tokenizer, args)
    for step in range(args.warmup + args.max_steps):
        batch = {k: v.to(device) for k, v in next(stream).items()}
        start = time.perf_counter()
        model(**batch).loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        if device == "cuda":
            torch.cuda.synchronize()
        if step >= args.warmup:  # the first steps pay for allocation and kernel selection
            elapsed += time.perf_counter() - start
            real += int(batch["attention_mask"].sum())
            total += batch["attention_mask"].numel()
            steps += 1
            if elapsed >= args.seconds:
                break
    return {
        "setup": setup,
        "steps": steps,
        "seconds": round(elapsed, 2),
        "real_tokens": real,
        "padding_share": round(1 - real / max(total, 1), 3),
        "real_tokens_per_s": round(real / max(elapsed, 1e-9), 1),
        "peak_memory_mb": _peak_mb(device),
    }


def _peak_mb(device: str) -> float:
    """Return this process's peak memory in MB (GPU memory on CUDA, resident set on CPU)."""
    import torch

    if device == "cuda":
        return round(torch.cuda.max_memory_allocated() / 2**20, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def _child(setup: str, args: argparse.Namespace, posts: list[str], queue: Any) -> None:
    """Run one set-up in a fresh process so its peak memory is its own."""
    queue.put(run_setup(setup, args, posts))


def measure(setup: str, args: argparse.Namespace, posts: list[str]) -> dict[str, Any]:
    """Run `setup` in a spawned process and return its result."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(setup, args, posts, queue))
    proc.start()
    result: dict[str, Any] = queue.get()
    proc.join()
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="bundled:smollm2-135m")
    p.add_argument("--data", default=str(ROOT / "examples" / "sample_archive"))
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--seconds", type=float, default=60.0, help="timed budget per set-up")
    p.add_argument("--max-steps", type=int, default=200)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--quick", action="store_true", help="20 s per set-up")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    if args.quick:
        args.seconds = min(args.seconds, 20.0)
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the three set-ups and print the comparison."""
    args = parse_args(argv)
    posts = load_posts(args.data)
    results = {setup: measure(setup, args, posts) for setup in SETUPS}
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
