"""CLI: `tweetling eval MODEL --replies MENTIONS.txt [--json]`: how well the bot answers."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.commands.common import load, print_json, print_text
from bot.errors import ConfigError
from bot.model_stats import read_model_stats, stats_path


def cmd_reply_eval(args: argparse.Namespace) -> int:
    """Answer each mention (reply style and the free-post baseline), score, print, keep."""
    from training.model_card import write_model_card
    from training.reply_eval import (
        evaluate_replies,
        format_replies_report,
        read_mentions,
        save_to_stats,
    )

    model_dir = Path(args.model_dir).expanduser()
    if not model_dir.is_dir():
        raise ConfigError(f"no model at {model_dir}", "give the output folder of `tweetling train`")
    if stats_path(model_dir).is_file():
        read_model_stats(model_dir)  # a damaged file is one error line before the long run
    mentions = read_mentions(Path(args.replies).expanduser())
    cfg = load(args)
    model = cfg.model.model_copy(update={"path": str(model_dir)})
    seed = cfg.generation.seed if cfg.generation.seed is not None else 0  # reproducible scores
    generation = cfg.generation.model_copy(update={"seed": seed})
    cfg = cfg.model_copy(update={"model": model, "generation": generation})
    result = evaluate_replies(cfg, mentions)
    if save_to_stats(model_dir, result):
        write_model_card(model_dir, read_model_stats(model_dir))
    if args.json:
        print_json(result)
    else:
        # the report quotes mentions and model replies: a terminal must not obey them
        print_text(format_replies_report(result))
    return 0
