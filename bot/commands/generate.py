"""CLI: `tweetling generate` (candidates with safety verdicts) and `tweetling export`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot.commands.common import Subparsers, add_config_arg, load, print_json, print_text
from bot.commands.overrides import with_flags
from bot.config import Config

BACKENDS = ("local", "ctranslate2", "remote", "scripted")


def register(sub: Subparsers) -> None:
    """Add generate and export."""
    gen = sub.add_parser("generate", help="generate posts from a model, with safety verdicts")
    add_config_arg(gen)
    gen.add_argument("--model", "-m", default=None, help="model dir or bundled:smollm2-135m")
    gen.add_argument("--backend", choices=BACKENDS, default=None, help="override [model] backend")
    gen.add_argument("--prompt", "-p", default=None, help="start of the post (default: free)")
    gen.add_argument("-n", type=int, default=5, help="number of candidates (default 5)")
    gen.add_argument("--temperature", type=float, default=None)
    gen.add_argument("--max-new-tokens", type=int, default=None)
    gen.add_argument("--seed", type=int, default=None, help="reproducible sampling")
    gen.add_argument("--json", action="store_true", help="print one JSON object")
    gen.set_defaults(func=cmd_generate)

    exp = sub.add_parser("export", help="convert a model dir for the fast ctranslate2 backend")
    exp.add_argument("model_dir", metavar="MODEL_DIR", help="trained model directory")
    exp.add_argument("--out", default=None, help="output dir (default MODEL_DIR/ct2)")
    exp.add_argument(
        "--quantization", default="int8", help="int8 (default), int8_float32, float16, float32"
    )
    add_config_arg(exp)  # [training] cache_dir: where a bundled: model's copy lives
    exp.set_defaults(func=cmd_export)


def cmd_generate(args: argparse.Namespace) -> int:
    """Generate candidates and print each with its safety verdict."""
    cfg = _apply_overrides(load(args), args)
    cands = asyncio.run(_generate(cfg, args))
    verdicts = _verdicts(cfg, [c.text for c in cands])
    if args.json:
        print_json(_as_json(cfg, args, cands, verdicts))
        return 0
    for i, (cand, verdict) in enumerate(zip(cands, verdicts, strict=True), 1):
        print_text(f"[{i}] {_verdict_label(verdict)}  {cand.text}", one_line=True)
    return 0


def _apply_overrides(cfg: Config, args: argparse.Namespace) -> Config:
    """Return cfg with the flags applied, each held to the config's own limits."""
    flags = {
        "model.path": ("--model", args.model or None),
        "model.backend": ("--backend", args.backend),
        "generation.num_candidates": ("-n", args.n),
        "generation.temperature": ("--temperature", args.temperature),
        "generation.max_new_tokens": ("--max-new-tokens", args.max_new_tokens),
        "generation.seed": ("--seed", args.seed),
    }
    return with_flags(cfg, flags, "generate")


async def _generate(cfg: Config, args: argparse.Namespace) -> list[Any]:
    from bot.generation.base import GenerationRequest
    from bot.generation.factory import build_generator, sampling_defaults

    generator = build_generator(cfg)
    request = GenerationRequest(prompt=args.prompt, n=args.n, params=sampling_defaults(cfg))
    try:
        await generator.start()
        (cands,) = await generator.generate([request])
    finally:
        await generator.close()
    return list(cands)


def _verdicts(cfg: Config, texts: list[str]) -> list[Any]:
    """Return each text's output verdict, or None per text when no safety chain exists."""
    try:
        from bot.safety.factory import build_safety
    except ImportError:  # the safety package is optional for a bare model check
        return [None] * len(texts)
    from bot.generation.factory import model_dir

    safety = build_safety(cfg, model_dir=model_dir(cfg))
    return [safety.check_output(text) for text in texts]


def _verdict_label(verdict: Any) -> str:
    if verdict is None:
        return "UNCHECKED"
    label = str(verdict.action).upper()
    return f"{label} ({', '.join(verdict.reasons)})" if verdict.reasons else label


def _as_json(cfg: Config, args: argparse.Namespace, cands: list[Any], verdicts: list[Any]) -> Any:
    return {
        "model": cfg.model.path,
        "backend": cfg.model.backend,
        "prompt": args.prompt,
        "candidates": [
            {
                "text": c.text,
                "tokens": c.tokens,
                "finish_reason": c.finish_reason,
                "logprob": c.logprob,
                "verdict": None
                if v is None
                else {
                    "action": v.action,
                    "filter": v.filter,
                    "reasons": list(v.reasons),
                    "message": v.message,
                    "text": v.text,
                },
            }
            for c, v in zip(cands, verdicts, strict=True)
        ],
    }


def cmd_export(args: argparse.Namespace) -> int:
    """Convert a model directory to CTranslate2 and print where it went."""
    from concurrent.futures import ThreadPoolExecutor

    from tqdm import tqdm

    from bot.generation.ctranslate2 import export_model
    from bot.models import configured_cache

    cache = configured_cache(load(args))
    out_dir = args.out  # None: MODEL_DIR/ct2; "" is refused by export_model, not read as "."
    desc = f"converting {args.model_dir} ({args.quantization})"
    # The converter reports no progress, so show elapsed time while it works (terminal only).
    bar = tqdm(desc=desc, bar_format="{desc}: {elapsed}", disable=not sys.stderr.isatty())
    with bar, ThreadPoolExecutor(1) as pool:
        work = pool.submit(export_model, args.model_dir, out_dir, args.quantization, cache)
        while not work.done():
            bar.refresh()
            _wait(work, 0.5)
        out = work.result()
    print_text(str(out), one_line=True)
    return 0


def _wait(work: Any, seconds: float) -> None:
    """Wait up to `seconds` for a future without raising its error (result() does that)."""
    from concurrent.futures import wait

    wait([work], timeout=seconds)
