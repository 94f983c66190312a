"""`tweetling train`, `tweetling base fetch` and `tweetling eval`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.commands.common import Subparsers, add_config_arg, load, print_json, print_text
from bot.commands.overrides import with_flags
from bot.config import Config, TrainingConfig
from bot.model_stats import STATS_FILENAME
from bot.models import BUNDLED_PREFIX, TOKENIZER_FILES, configured_cache, resolve_base_model
from bot.outputs import MARKER, Legacy, claim_dir

# CLI flag (argparse dest) -> [training] key; a flag that is given overrides the config file.
FLAG_KEYS = {
    "data": "data",
    "base": "base_model",
    "out": "out",
    "epochs": "epochs",
    "max_steps": "max_steps",
    "learning_rate": "learning_rate",
    "batch_size": "batch_size",
    "max_length": "max_length",
    "seed": "seed",
}
# What `tweetling train` writes into its out dir: a folder with only these was written by it
# before output markers existed, so training into it again is safe.
TRAINED_FILES = frozenset(
    {
        "config.json",
        "generation_config.json",
        "model.safetensors",
        "adapter_config.json",
        "adapter_model.safetensors",
        *TOKENIZER_FILES,
        STATS_FILENAME,
        "README.md",
        "memorization.json.gz",
        "ct2",
        "checkpoints",
    }
)


_TRAINED = Legacy(TRAINED_FILES, frozenset({STATS_FILENAME, "checkpoints"}))


def register(sub: Subparsers) -> None:
    """Add the training subcommands."""
    _register_train(sub)
    _register_base(sub)
    _register_eval(sub)


def _register_train(sub: Subparsers) -> None:
    """Add `tweetling train`."""
    p = sub.add_parser("train", help="fine-tune a model on prepared posts")
    add_config_arg(p)
    p.add_argument("--data", help="dir from `tweetling data prepare`, or a source file/archive")
    p.add_argument("--base", help="base model: HF id, local dir, or bundled:smollm2-135m")
    p.add_argument("--out", help="output model directory")
    p.add_argument("--epochs", type=float)
    p.add_argument("--max-steps", type=int, help="stop after N optimizer steps")
    p.add_argument("--learning-rate", "--lr", type=float)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--max-length", type=int, help="longest example in tokens")
    p.add_argument("--seed", type=int)
    p.add_argument("--lora", action="store_true", default=None, help="train LoRA adapters")
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--no-export", action="store_true", help="skip the CTranslate2 export")
    p.set_defaults(func=cmd_train)


def _register_base(sub: Subparsers) -> None:
    """Add `tweetling base fetch`."""
    p = sub.add_parser("base", help="manage base models")
    base_sub = p.add_subparsers(dest="base_command", metavar="ACTION", required=True)
    fetch = base_sub.add_parser("fetch", help="convert/cache a base model ahead of training")
    fetch.add_argument("name", help="bundled:smollm2-135m, a HF id, or a local dir")
    add_config_arg(fetch)
    fetch.set_defaults(func=cmd_base_fetch)


def _register_eval(sub: Subparsers) -> None:
    """Add `tweetling eval`."""
    p = sub.add_parser("eval", help="compare a fine-tuned model with its base model")
    p.add_argument("model_dir", help="output directory of `tweetling train`")
    p.add_argument("--data", help="the prepared data dir it was trained on (default: config)")
    p.add_argument("-n", "--samples", type=int, default=None, help="posts to sample")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--replies", metavar="MENTIONS.txt",
        help="instead: answer each line as a mention and score on-topic, parroting, answered",
    )  # fmt: skip
    add_config_arg(p)
    p.set_defaults(func=cmd_eval)


def apply_flags(cfg: Config, args: argparse.Namespace) -> Config:
    """Return `cfg` with the given train flags overriding [training], held to its limits."""
    flags: dict[str, tuple[str, object]] = {
        f"training.{key}": ("--" + dest.replace("_", "-"), getattr(args, dest, None))
        for dest, key in FLAG_KEYS.items()
    }
    flags["training.lora.enabled"] = ("--lora", True if getattr(args, "lora", None) else None)
    flags["training.export_ct2"] = ("--no-export", False if getattr(args, "no_export", 0) else None)
    return with_flags(cfg, flags, "train")


def cmd_train(args: argparse.Namespace) -> int:
    """Fine-tune and print where the model went and how perplexity moved."""
    cfg = apply_flags(load(args), args)  # before importing torch: a bad flag fails at once
    from training.train import train

    existed = Path(cfg.training.out).expanduser().exists()
    out = claim_output(cfg.training)
    try:
        stats = train(cfg, resume=args.resume)
    except BaseException:
        if not existed:  # a run that failed before writing leaves no empty folder behind
            _drop_if_empty(out)
        raise
    if stats:
        print_text(
            f"saved {cfg.training.out}: held-out perplexity {stats['base_perplexity']:.2f} -> "
            f"{stats['perplexity']:.2f} after {stats['global_step']} steps "
            f"({stats['train_runtime_s']:.0f} s)",
            one_line=True,
        )
    return 0


def _drop_if_empty(out: Path) -> None:
    """Remove a folder this run created if it holds only the output marker and empty folders."""
    children = list(out.iterdir())
    if all(p.name == MARKER or (p.is_dir() and not any(p.iterdir())) for p in children):
        for child in children:
            child.rmdir() if child.is_dir() else child.unlink()
        out.rmdir()


def claim_output(tcfg: TrainingConfig) -> Path:
    """Make the out dir ours before loading anything: never train into a foreign folder.

    Training writes in place (checkpoints let `--resume` continue), so the folder is claimed
    with a marker rather than replaced; the data and a local base model may not live in it.
    """
    inputs = [tcfg.data] if tcfg.data.strip() else []
    base = tcfg.base_model.strip()
    if base and not base.startswith(BUNDLED_PREFIX) and Path(base).expanduser().is_dir():
        inputs.append(base)
    return claim_dir(tcfg.out, "model", legacy=_TRAINED, sources=inputs, noun="the model")


def cmd_base_fetch(args: argparse.Namespace) -> int:
    """Convert and cache a base model (or check that a hub id / dir is usable)."""
    print_text(resolve_base_model(args.name, configured_cache(load(args))), one_line=True)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Evaluate a trained model on its held-out posts (or its replies) and print text or JSON."""
    if args.replies:
        from bot.commands.reply_eval import cmd_reply_eval

        return cmd_reply_eval(args)
    from training.evaluate import evaluate_model, format_report
    from training.train import load_posts

    cfg = with_flags(load(args), {"training.eval_samples": ("--samples", args.samples)}, "eval")
    data = load_posts(args.data or cfg.training.data, cfg)
    n = cfg.training.eval_samples
    result = evaluate_model(
        Path(args.model_dir),
        data.posts,
        n,
        progress=sys.stderr.isatty(),
        cache_dir=configured_cache(cfg),
    )
    if args.json:
        print_json(result)
    else:
        print_text(format_report(result))  # samples are model text
    return 0
