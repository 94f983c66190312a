"""`tweetling data stats|prepare|fetch-x`: read posts, clean them, report what was kept."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli_args import bounded_int
from bot.commands.common import Subparsers, add_config_arg, load, print_json, print_text
from bot.commands.overrides import with_flags
from bot.outputs import is_jsonl_with, replace_dir, replace_file
from bot.prepared import PREPARED

if TYPE_CHECKING:
    from training.clean import DataStats
    from training.sources import ReadOptions

SOURCES_HELP = (
    "X archive folder or .zip, data/tweets.js, Mastodon export (folder, .zip or outbox.json), "
    "Bluesky repository .car, Telegram result.json, .jsonl, .json (API dump or "
    "DiscordChatExporter channel export), .csv or .txt; several sources (and accounts) are combined"
)


def register(sub: Subparsers) -> None:
    """Add `data stats`, `data prepare` and `data fetch-x`."""
    data = sub.add_parser("data", help="read a person's posts, clean them, report what was kept")
    dsub = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    stats = dsub.add_parser("stats", help="count what the cleaning rules keep and drop")
    stats.add_argument("sources", nargs="+", metavar="SOURCE", help=SOURCES_HELP)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(func=run_stats)
    prep = dsub.add_parser("prepare", help="write train.jsonl and stats.json for training")
    prep.add_argument("sources", nargs="+", metavar="SOURCE", help=SOURCES_HELP)
    prep.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory")
    prep.add_argument(
        "--min-kept-chars",
        type=int,
        default=None,
        metavar="N",
        help="refuse when fewer characters are kept (default: [data] min_kept_chars)",
    )
    prep.add_argument("--json", action="store_true", help="print the stats as one JSON object")
    prep.set_defaults(func=run_prepare)
    fetch = dsub.add_parser(
        "fetch-x",
        help="download a handle's recent posts with the X API (needs TWEETLING_X_BEARER_TOKEN)",
    )
    fetch.add_argument("handle", metavar="HANDLE", help="the account, with or without @")
    fetch.add_argument("-o", "--out", required=True, metavar="FILE.jsonl", help="where to write")
    fetch.add_argument(
        "--limit", type=bounded_int(1, 10**9), default=3200, help="most posts to fetch (X: 3,200)"
    )
    fetch.set_defaults(func=run_fetch_x)
    for parser in (stats, prep):
        _add_person_args(parser)
    for parser in (stats, prep, fetch):
        add_config_arg(parser)


def _add_person_args(parser: argparse.ArgumentParser) -> None:
    """Add --author (whose messages in a chat export) and --handle (who the person is)."""
    parser.add_argument(
        "--author",
        metavar="NAME_OR_ID",
        help="in a Discord or Telegram export, the person whose messages to learn (name, "
        "nickname or id)",
    )
    parser.add_argument(
        "--handle",
        metavar="HANDLE",
        help="the person's handle, for sources that do not name them (the model card uses it)",
    )


def _options(args: argparse.Namespace) -> ReadOptions:
    """Return the reading options the flags give."""
    from training.sources import ReadOptions

    handle = args.handle.strip().lstrip("@") if args.handle else None
    return ReadOptions(author=args.author, handle=handle or None)


def run_stats(args: argparse.Namespace) -> int:
    """Print the counts table (or JSON) for the given sources."""
    from training.clean import prepare

    cfg = load(args).data
    prepared = prepare(args.sources, cfg, _options(args))
    if args.json:
        print_json(stats_json(prepared.stats))
    else:
        print_text(format_stats(prepared.stats, args.sources, cfg.drop_replies))
    return 0


def run_prepare(args: argparse.Namespace) -> int:
    """Clean the sources, refuse a too-small result, and write train.jsonl and stats.json."""
    from training.clean import ensure_enough, prepare, write_prepared

    flag = {"data.min_kept_chars": ("--min-kept-chars", args.min_kept_chars)}
    cfg = with_flags(load(args), flag, "data prepare").data
    # Checked before reading; built beside --out and renamed in (only a prepare is replaced).
    with replace_dir(args.out, "data", legacy=PREPARED, sources=args.sources) as staging:
        prepared = prepare(args.sources, cfg, _options(args))
        ensure_enough(prepared, cfg.min_kept_chars)
        write_prepared(prepared, staging)
    out = Path(args.out)
    if args.json:
        print_json(stats_json(prepared.stats))
    else:
        print_text(format_stats(prepared.stats, args.sources, cfg.drop_replies))
        pairs = sum(1 for post in prepared.posts if post.context)
        print_text(
            f"wrote {len(prepared.posts):,} posts ({pairs:,} of them replies with their context) "
            f"to {out / 'train.jsonl'} (and stats.json)",
            one_line=True,
        )
    return 0


def run_fetch_x(args: argparse.Namespace) -> int:
    """Download recent posts of a handle into a JSONL file `data prepare` reads."""
    from training.sources.x_api import API_LIMIT, bearer_token, fetch_user_posts

    load(args)  # a bad --config should fail before any request
    token = bearer_token()
    limit = max(1, min(args.limit, API_LIMIT))
    out = Path(args.out)
    # Before any request: a download must not be lost to a bad --out, nor overwrite a user's file.
    with replace_file(args.out, _is_download) as tmp:
        bar = _Bar(limit, f"@{args.handle.lstrip('@')}")
        count = 0
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                for record in fetch_user_posts(args.handle, limit, token, on_page=bar.update_to):
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
        finally:
            bar.close()
    print_text(f"wrote {count:,} posts to {out}", one_line=True)
    return 0


def _is_download(path: Path) -> bool:
    """Say whether a file looks like an earlier fetch-x download (so it may be replaced)."""
    return is_jsonl_with(path, ("id", "text", "account", "retweet", "reply"))


class _Bar:
    """A tqdm bar on a terminal, silent otherwise."""

    def __init__(self, total: int, desc: str) -> None:
        self._bar: Any = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit=" posts")

    def update_to(self, count: int) -> None:
        """Move the bar to `count`."""
        if self._bar is not None:
            self._bar.update(count - self._bar.n)

    def close(self) -> None:
        """Close the bar."""
        if self._bar is not None:
            self._bar.close()


def stats_json(stats: DataStats) -> dict[str, Any]:
    """Return the JSON object `data stats --json` prints."""
    return stats.to_dict()


def format_stats(stats: DataStats, sources: list[str], drop_replies: bool = True) -> str:
    """Return the human-readable counts table."""
    lines = [f"Sources: {', '.join(sources)}"]
    width = max(len(label) for label, _ in stats.rows())
    for label, value in stats.rows():
        line = f"  {label:<{width}}  {value:>8,}"
        if label == "Other drops" and stats.other_reasons:
            line += "  (" + ", ".join(f"{k} {v:,}" for k, v in stats.other_reasons.items()) + ")"
        if label == "Replies" and not drop_replies:
            line += "  (replies are kept: [data] drop_replies = false)"
        if label == "Replies" and drop_replies:
            line += "  (replies with their context are kept as pairs)"
        lines.append(line)
    if stats.skipped:
        skipped = ", ".join(f"{_SKIPPED.get(k, k)} {v:,}" for k, v in stats.skipped.items())
        lines.append(f"  {'Not read':<{width}}  {sum(stats.skipped.values()):>8,}  ({skipped})")
    lines.append(f"  {'Characters kept':<{width}}  {stats.kept_chars:>8,}")
    if stats.date_range:
        first, last = (d[:10] for d in stats.date_range)
        lines.append(f"  {'Date range':<{width}}  {first} .. {last}")
    if stats.languages:
        mix = ", ".join(f"{k} {v:,}" for k, v in list(stats.languages.items())[:8])
        lines.append(f"  {'Languages':<{width}}  {mix}")
    if len(stats.by_source) > 1:
        lines.extend(_by_account(stats))
    return "\n".join(lines)  # source names and handles: print it with print_text


_SKIPPED = {
    "others": "other people's messages (context only)",
    "bot": "bots",
    "system": "system messages",
    "attachment_only": "attachments only",
    "empty": "empty",
}


def _by_account(stats: DataStats) -> list[str]:
    """Return one table row per account for blends."""
    keys = (
        "downloaded",
        "retweets",
        "replies",
        "short",
        "duplicates",
        "other_dropped",
        "kept",
        "pairs",
    )
    width = max(len(a) for a in stats.by_source)
    head = "  " + "account".ljust(width) + "".join(f"{k[:10]:>11}" for k in keys)
    rows = [
        "  " + account.ljust(width) + "".join(f"{counts.get(k, 0):>11,}" for k in keys)
        for account, counts in stats.by_source.items()
    ]
    return ["By account:", head, *rows]
