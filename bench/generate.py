"""Benchmark generation: every backend, one workload, one process, against the huggingtweets way.

    python -m bench.generate                       # bundled SmolLM2, the full workload
    python -m bench.generate --quick               # smaller workload (about a minute, quiet CPU)
    python -m bench.generate --model models/demo --json

Workload (per backend): one request of 5 candidates x 50 new tokens (latency p50); 16
concurrent requests of 5 x 50 (throughput in generated tokens/s, p50/p95 latency from the
moment all 16 arrive); decode ms per token at batch 1 next to the memory-bandwidth floor
(weight bytes / measured read bandwidth); the event loop's worst lag while the engine works.
Replies: the same 16 concurrent requests answering a conversation (a mention and the message
it replies to, in the pair format) instead of writing a free post, with the prompt tokens per
mention: p95 next to the free posts' at the same number of candidates.
The baseline is what a huggingtweets user has: one `pipeline("text-generation")` call per
request, one after another (run on a worker thread, as our engine is). Tokens are counted up
to each candidate's EOS. Figures from a shared machine are noisy: compare rows of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.replies import CONVERSATIONS, prompt_tokens, reply_headline, reply_lines
from bot.generation.base import GenerationRequest, SamplingParams
from bot.generation.worker import BatchingEngine, EngineLimits


@dataclass(frozen=True)
class Workload:
    """How much to generate."""

    requests: int = 16
    candidates: int = 5
    new_tokens: int = 50
    single_repeats: int = 3
    decode_steps: int = 32

    @classmethod
    def quick(cls) -> Workload:
        """Return the small workload for --quick."""
        return cls(requests=4, candidates=5, new_tokens=20, single_repeats=1, decode_steps=12)


@dataclass
class Result:
    """What one backend measured."""

    name: str
    single_p50_s: float = 0.0
    tokens_per_s: float = 0.0
    p50_s: float = 0.0
    p95_s: float = 0.0
    decode_ms_per_token: float | None = None
    loop_lag_ms_max: float | None = None
    tokens: int = 0
    wall_s: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def p95(values: list[float]) -> float:
    """Return the 95th percentile (nearest rank, fine for a handful of values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def read_bandwidth_gb_s(threads: int, mb: int = 512) -> float:
    """Measure memory read bandwidth: the best of a few full sums over a large fp32 tensor."""
    import torch

    torch.set_num_threads(threads)
    data = torch.ones(mb * 1024 * 1024 // 4, dtype=torch.float32)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        data.sum()
        best = min(best, time.perf_counter() - start)
    return data.numel() * 4 / best / 1e9


def weight_bytes(model_dir: Path) -> int:
    """Return the fp32 weight bytes (parameters x 4, tied weights counted once)."""
    from safetensors import safe_open

    total = 0
    for file in model_dir.glob("*.safetensors"):
        with safe_open(str(file), "pt") as f:
            for key in f.keys():  # noqa: SIM118 - safe_open is not a dict
                total += _numel(f, key)
    return total * 4


def _numel(handle: Any, key: str) -> int:
    n = 1
    for dim in handle.get_slice(key).get_shape():
        n *= int(dim)
    return n


# --- the baseline ----------------------------------------------------------------------------


def run_baseline(model_dir: str, load: Workload, prompt: str) -> Result:
    """One pipeline call per request, in sequence (what huggingtweets' demo does)."""
    from transformers import pipeline

    pipe = pipeline("text-generation", model=model_dir, device="cpu")
    eos = pipe.tokenizer.eos_token_id

    def call() -> int:
        outs = pipe(
            prompt,
            num_return_sequences=load.candidates,
            max_new_tokens=load.new_tokens,
            do_sample=True,
            return_tensors=True,
            pad_token_id=eos,
        )
        plen = len(pipe.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        return sum(_count_until(o["generated_token_ids"][plen:], eos) for o in outs)

    call()  # warm-up
    singles = [_timed(call)[1] for _ in range(load.single_repeats)]
    start = time.perf_counter()
    latencies, tokens = [], 0
    for _ in range(load.requests):
        tokens += call()
        latencies.append(time.perf_counter() - start)
    wall = time.perf_counter() - start
    return Result(
        "baseline (pipeline, sequential)",
        single_p50_s=statistics.median(singles),
        tokens_per_s=tokens / wall,
        p50_s=statistics.median(latencies),
        p95_s=p95(latencies),
        tokens=tokens,
        wall_s=wall,
    )


def _count_until(ids: Any, eos: int) -> int:
    ids = list(ids)
    return ids.index(eos) if eos in ids else len(ids)


def _timed(fn: Callable[[], int]) -> tuple[int, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


# --- our engine ------------------------------------------------------------------------------


async def run_engine(
    engine: BatchingEngine,
    load: Workload,
    prompt: str | None,
    conversations: tuple[tuple[str, ...], ...] = (),
) -> Result:
    """Measure one backend through the real engine: single, concurrent, loop lag.

    With `conversations` each request is a reply to one of them (in turn) instead of a post.
    """
    await engine.start()
    params = SamplingParams(max_new_tokens=load.new_tokens)

    def req(i: int) -> GenerationRequest:
        context = conversations[i % len(conversations)] if conversations else None
        return GenerationRequest(prompt, load.candidates, params, context=context)

    warm = GenerationRequest(prompt, 1, SamplingParams(max_new_tokens=4), context=req(0).context)
    await engine.generate([warm])
    singles = []
    for i in range(load.single_repeats):
        start = time.perf_counter()
        await engine.generate([req(i)])
        singles.append(time.perf_counter() - start)
    lag = LagMeter()
    lag.start()
    start = time.perf_counter()
    done = await asyncio.gather(
        *(_finish(engine.generate([req(i)]), start) for i in range(load.requests))
    )
    wall = time.perf_counter() - start
    lag_max = await lag.stop()
    tokens = sum(c.tokens for cands, _ in done for c in cands[0])
    latencies = [t for _, t in done]
    return Result(
        engine.name,
        single_p50_s=statistics.median(singles),
        tokens_per_s=tokens / wall,
        p50_s=statistics.median(latencies),
        p95_s=p95(latencies),
        loop_lag_ms_max=lag_max,
        tokens=tokens,
        wall_s=wall,
        extra={"batches": list(engine.batches)},
    )


async def _finish(work: Awaitable[Any], start: float) -> tuple[Any, float]:
    value = await work
    return value, time.perf_counter() - start


class LagMeter:
    """A ticker task: how late does a 5 ms sleep wake up while the engine works?"""

    def __init__(self, period_s: float = 0.005) -> None:
        self.period_s = period_s
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start ticking on the running loop."""
        self._task = asyncio.create_task(self._tick())

    async def _tick(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.period_s)
            self.worst = max(self.worst, time.perf_counter() - before - self.period_s)

    async def stop(self) -> float:
        """Stop ticking and return the worst lag in milliseconds."""
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        return self.worst * 1000


# --- decode time per token at batch 1 --------------------------------------------------------


def decode_ms_transformers(model: Any, eos_id: int, steps: int) -> float:
    """Return ms per decode step at batch 1: (time for N tokens - time for 1) / (N - 1)."""
    import torch

    ids = torch.tensor([[eos_id]])

    def gen(n: int) -> float:
        start = time.perf_counter()
        with torch.inference_mode():
            model.generate(
                ids, min_new_tokens=n, max_new_tokens=n, do_sample=False, pad_token_id=eos_id
            )
        return time.perf_counter() - start

    gen(2)
    return (min(gen(steps) for _ in range(2)) - gen(1)) / (steps - 1) * 1000


def decode_ms_ct2(generator: Any, start_token: str, steps: int) -> float:
    """Return ms per decode step at batch 1 for a CTranslate2 generator."""

    def gen(n: int) -> float:
        start = time.perf_counter()
        generator.generate_batch(
            [[start_token]],
            max_length=n,
            min_length=n,
            sampling_topk=1,
            include_prompt_in_result=False,
        )
        return time.perf_counter() - start

    gen(2)
    return (min(gen(steps) for _ in range(2)) - gen(1)) / (steps - 1) * 1000


# --- putting it together ---------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("--model", default="bundled:smollm2-135m", help="model dir or bundled:")
    parser.add_argument("--quick", action="store_true", help="smaller workload")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--threads", type=int, default=0, help="0 = library default")
    parser.add_argument("--max-batch-size", type=int, default=32, help="sequences per call")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--backends", default="ctranslate2,local", help="comma-separated")
    return parser.parse_args(argv)


def ensure_ct2(model_dir: Path, log: Callable[[str], None]) -> tuple[Path, float]:
    """Return the int8 export of the model, converting it first if needed (and how long)."""
    from bot.generation.ctranslate2 import default_ct2_dir, export_model, is_exported

    out = default_ct2_dir(model_dir)
    if is_exported(out):
        return out, 0.0
    log(f"exporting {model_dir} to {out} (int8)")
    start = time.perf_counter()
    export_model(model_dir, out, "int8")
    return out, time.perf_counter() - start


def build_engine(name: str, model_dir: Path, ct2: Path | None, args: argparse.Namespace) -> Any:
    """Return a fresh engine for one backend."""
    limits = EngineLimits(
        max_batch_size=args.max_batch_size, request_timeout_s=3600, queue_max=1024
    )
    if name == "ctranslate2":
        from bot.generation.ctranslate2 import CT2Generator

        return CT2Generator(str(ct2), threads=args.threads, limits=limits)
    from bot.generation.local import LocalGenerator

    return LocalGenerator(str(model_dir), threads=args.threads, limits=limits)


def decode_ms(engine: Any, steps: int) -> float:
    """Measure batch-1 decode through the engine's own loaded model."""
    backend = engine.backend
    tok = backend.tokenizer
    if engine.name == "ctranslate2":
        return decode_ms_ct2(backend.generator, tok.eos_token, steps)
    return decode_ms_transformers(backend.model, tok.eos_token_id, steps)


@dataclass(frozen=True)
class Machine:
    """What the figures are relative to."""

    model_dir: Path
    threads: int
    bandwidth_gb_s: float
    fp32_bytes: int
    int8_bytes: int
    export_s: float

    @property
    def floor_ms(self) -> float:
        """Return the fp32 decode floor: every weight read once per token."""
        return self.fp32_bytes / (self.bandwidth_gb_s * 1e9) * 1000

    @property
    def int8_floor_ms(self) -> float:
        """Return the same floor for the int8 weights."""
        return self.int8_bytes / (self.bandwidth_gb_s * 1e9) * 1000


def measure(args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    """Run the whole benchmark and return the JSON summary."""
    import torch

    from bot.models import resolve_base_model

    if args.threads:
        torch.set_num_threads(args.threads)
    load = Workload.quick() if args.quick else Workload()
    model_dir = Path(resolve_base_model(args.model))
    names = [n.strip() for n in args.backends.split(",") if n.strip()]
    ct2, export_s = ensure_ct2(model_dir, log) if "ctranslate2" in names else (None, 0.0)
    threads = torch.get_num_threads()
    fp32 = weight_bytes(model_dir)
    int8 = (ct2 / "model.bin").stat().st_size if ct2 else fp32 // 4
    machine = Machine(model_dir, threads, read_bandwidth_gb_s(threads), fp32, int8, export_s)
    results = []
    for name in names:
        log(f"measuring {name}")
        engine = build_engine(name, model_dir, ct2, args)
        results.append(asyncio.run(_measure_engine(engine, load)))
    baseline = None
    if not args.skip_baseline:
        log("measuring the baseline (pipeline, one request after another)")
        # On a worker thread, like our engine: on the shared 2-core VM, torch on the main
        # thread ran 3-8x slower (its OpenMP team spin-waits under contention), which would
        # flatter the engine. Both sides get the same treatment.
        with ThreadPoolExecutor(1) as pool:
            work = pool.submit(run_baseline, str(model_dir), load, _eos_text(model_dir))
            baseline = work.result()
    return summarize(args, load, machine, results, baseline)


def _eos_text(model_dir: Path) -> str:
    from transformers import AutoTokenizer

    return str(AutoTokenizer.from_pretrained(str(model_dir)).eos_token)


async def _measure_engine(engine: BatchingEngine, load: Workload) -> Result:
    try:
        result = await run_engine(engine, load, None)
        result.decode_ms_per_token = await asyncio.to_thread(decode_ms, engine, load.decode_steps)
        replies = await run_engine(engine, load, None, CONVERSATIONS)
        result.extra["replies"] = {**_row(replies), "prompt_tokens": prompt_tokens(engine)}
        return result
    finally:
        await engine.close()


def summarize(
    args: argparse.Namespace,
    load: Workload,
    machine: Machine,
    results: list[Result],
    baseline: Result | None,
) -> dict[str, Any]:
    """Return the JSON object: headline keys for the engine (the first backend) and all rows."""
    engine = results[0]
    summary: dict[str, Any] = {
        "model": str(machine.model_dir),
        "backend": engine.name,
        "quick": args.quick,
        "workload": vars(load),
        "threads": machine.threads,
        "max_batch_size": args.max_batch_size,
        "engine_tokens_per_s": engine.tokens_per_s,
        "engine_p50_s": engine.p50_s,
        "engine_p95_s": engine.p95_s,
        "engine_single_p50_s": engine.single_p50_s,
        "decode_ms_per_token": engine.decode_ms_per_token,
        "bandwidth_gb_s": machine.bandwidth_gb_s,
        "floor_ms_per_token": machine.floor_ms,
        "int8_floor_ms_per_token": machine.int8_floor_ms,
        "loop_lag_ms_max": max(r.loop_lag_ms_max or 0.0 for r in results),
        "export_s": machine.export_s,
        "backends": {r.name: _row(r) for r in results},
    }
    summary.update(reply_headline(engine.extra.get("replies"), engine.p95_s))
    if baseline is not None:
        summary.update(
            baseline_tokens_per_s=baseline.tokens_per_s,
            baseline_p50_s=baseline.p50_s,
            baseline_p95_s=baseline.p95_s,
            baseline_single_p50_s=baseline.single_p50_s,
            speedup=engine.tokens_per_s / baseline.tokens_per_s,
        )
        summary["backends"]["baseline"] = _row(baseline)
    return summary


def _row(r: Result) -> dict[str, Any]:
    return {k: v for k, v in vars(r).items() if k != "name"}


def table(summary: dict[str, Any]) -> str:
    """Format the per-backend rows and the floors as a text table."""
    cols = f"{'1 req p50':>10}{'tok/s':>9}{'p50':>8}{'p95':>8}{'ms/tok':>8}{'lag ms':>8}"
    head = f"{'backend':<34}{cols}"
    lines = [head, "-" * len(head)]
    for name, r in summary["backends"].items():
        ms = f"{r['decode_ms_per_token']:.1f}" if r["decode_ms_per_token"] else "-"
        lag = f"{r['loop_lag_ms_max']:.1f}" if r["loop_lag_ms_max"] is not None else "-"
        lines.append(
            f"{name:<34}{r['single_p50_s']:>9.2f}s{r['tokens_per_s']:>9.1f}"
            f"{r['p50_s']:>7.2f}s{r['p95_s']:>7.2f}s{ms:>8}{lag:>8}"
        )
    w = summary["workload"]
    lines += [
        "",
        f"model {summary['model']}, {summary['threads']} threads; "
        f"{w['requests']} concurrent requests x {w['candidates']} candidates x "
        f"{w['new_tokens']} new tokens",
        f"read bandwidth {summary['bandwidth_gb_s']:.1f} GB/s: decode floor "
        f"{summary['floor_ms_per_token']:.1f} ms/token fp32, "
        f"{summary['int8_floor_ms_per_token']:.1f} ms/token int8",
    ]
    lines += reply_lines(summary["backends"])
    if "speedup" in summary:
        lines.append(
            f"{summary['backend']} vs baseline: {summary['speedup']:.1f}x tokens/s, "
            f"p95 {summary['engine_p95_s']:.1f}s vs {summary['baseline_p95_s']:.1f}s"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    args = parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    def log(msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    summary = measure(args, log)
    if args.json:
        print(table(summary), file=sys.stderr)  # the JSON goes to stdout, alone
        print(json.dumps(summary, default=str))
    else:
        print(table(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
