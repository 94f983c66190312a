"""`tweetling update MODEL_DIR SOURCE...`: continue training a model on posts it has not seen.

No new posts is not an error: the command prints `nothing to update: ...` and exits 0, so a
cron job that updates every night stays quiet on quiet days and writes no new version.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.commands.common import Subparsers, add_config_arg, load, print_text
from bot.errors import UserError


def register(sub: Subparsers) -> None:
    """Add `tweetling update`."""
    p = sub.add_parser(
        "update",
        help="continue fine-tuning a model on new posts (writes a new version)",
        description="Read the sources, keep the posts the model has not been trained on, and "
        "continue fine-tuning it on them mixed with a replay of its old posts. The new version "
        "goes to a new folder beside the old one (models/me -> models/me-v2) unless --out is "
        "given; a running bot picks it up on reload (SIGHUP). No new posts: prints 'nothing to "
        "update' and exits 0.",
    )
    p.add_argument("model_dir", metavar="MODEL_DIR", help="the model to update")
    p.add_argument(
        "sources",
        metavar="SOURCE",
        nargs="+",
        help="an archive, export, prepared dir, .jsonl/.csv/.txt, or x:HANDLE to fetch the "
        "account's posts newer than the newest one the model saw (X API bearer token)",
    )
    p.add_argument("--out", help="where the new version goes (default: MODEL_DIR-vN beside it)")
    p.add_argument("--max-steps", type=int, help="stop after N optimizer steps")
    p.add_argument("--learning-rate", "--lr", type=float, help="default: the model's own")
    p.add_argument(
        "--replay-ratio",
        type=float,
        default=1.0,
        help="old posts replayed per new post (default 1; 0 trains on new posts only)",
    )
    p.add_argument("--replay", metavar="DATA", help="old posts to replay (default: recorded)")
    p.add_argument("--author", help="the person in a chat export (as for `data prepare`)")
    p.add_argument("--handle", help="the person's handle, for sources that do not name them")
    p.add_argument("--no-export", action="store_true", help="skip the CTranslate2 export")
    add_config_arg(p)
    p.set_defaults(func=cmd_update)


def cmd_update(args: argparse.Namespace) -> int:
    """Update the model and print where the new version went and how perplexity moved."""
    from training.sources import ReadOptions
    from training.update import UpdateRequest, update

    _check_numbers(args)
    cfg = load(args)
    if args.no_export:
        cfg = cfg.model_copy(
            update={"training": cfg.training.model_copy(update={"export_ct2": False})}
        )
    req = UpdateRequest(
        model_dir=Path(args.model_dir),
        sources=tuple(args.sources),
        out=Path(args.out) if args.out else None,
        max_steps=args.max_steps,
        learning_rate=args.learning_rate,
        replay_ratio=args.replay_ratio,
        replay=args.replay,
        options=ReadOptions(author=args.author, handle=args.handle),
    )
    result = update(req, cfg)
    if result.out is None:
        print_text(
            f"nothing to update: all {result.n_read} posts in the sources were already "
            f"trained into {args.model_dir}",
            one_line=True,
        )
        return 0
    print_text(summary(result.out, result.stats))
    return 0


def _check_numbers(args: argparse.Namespace) -> None:
    """Refuse flag values that cannot work, before any loading."""
    if args.max_steps is not None and (args.max_steps == 0 or args.max_steps < -1):
        raise UserError("--max-steps must be a positive number of steps", "e.g. --max-steps 30")
    if args.learning_rate is not None and not args.learning_rate > 0:
        raise UserError("--learning-rate must be above 0", "e.g. --learning-rate 2e-5")
    if not 0 <= args.replay_ratio <= 100:
        raise UserError("--replay-ratio must be between 0 and 100", "the default is 1")


def summary(out: Path, stats: dict[str, Any]) -> str:
    """Return the lines the command prints: the new version, the posts, the perplexities."""
    lineage = stats["lineage"]
    lines = [
        f"saved {out} (v{lineage['version']}, from {lineage['previous']}): "
        f"{lineage['posts_added']} new posts, {lineage['replayed']} old posts replayed "
        f"(replay: {lineage['replay_source']}), {stats['global_step']} steps",
    ]
    for name, item in stats["update_eval"].items():
        if item["before"] is None:
            lines.append(f"held-out {name} posts: none to measure")
            continue
        lines.append(
            f"held-out {name} posts ({item['n']}): perplexity {item['before']:.2f} -> "
            f"{item['after']:.2f} ({item['change'] * 100:+.1f}%)"
        )
    return "\n".join(lines)
