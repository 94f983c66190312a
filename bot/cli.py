"""The `tweetling` command line: one subcommand module per area, user errors on one line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot import __version__
from bot.commands import daemon, data, discord_cmd, generate, safety, train, x_cmd
from bot.errors import UserError
from bot.logs import setup_logging

# Each module adds its subcommands and sets `func(args) -> int` on them.
COMMAND_MODULES = (data, train, generate, safety, daemon, discord_cmd, x_cmd)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="tweetling",
        description="Fine-tune a language model on one person's posts and run a bot that "
        "writes like them.",
    )
    parser.add_argument("--version", action="version", version=f"tweetling {__version__}")
    parser.add_argument("--log-format", choices=["text", "json"], default=None)
    parser.add_argument("--log-level", default=None, help="DEBUG, INFO, WARNING or ERROR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return the exit code (2 for user errors, never a traceback for them)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    setup_logging(args.log_format or "text", args.log_level or "INFO")
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(exc.line(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        logging.getLogger(__name__).info("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
