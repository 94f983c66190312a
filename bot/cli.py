"""The `tweetling` command line: one subcommand module per area, user errors on one line."""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Sequence

from bot import __version__
from bot.cli_args import ArgumentParser
from bot.commands import daemon, data, discord_cmd, generate, safety, train, update, x_cmd
from bot.commands.failures import FAILURES, failure_line
from bot.errors import UserError
from bot.logs import setup_logging

# Each module adds its subcommands and sets `func(args) -> int` on them.
COMMAND_MODULES = (data, train, update, generate, safety, daemon, discord_cmd, x_cmd)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every subcommand (usage errors are one line; see cli_args)."""
    parser = ArgumentParser(
        prog="tweetling",
        description="Fine-tune a language model on one person's posts and run a bot that "
        "writes like them.",
    )
    parser.add_argument("--version", action="version", version=f"tweetling {__version__}")
    parser.add_argument("--log-format", choices=["text", "json"], default=None)
    parser.add_argument(
        "--log-level", type=str.upper, choices=["DEBUG", "INFO", "WARNING", "ERROR"], default=None
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return the exit code (2 for user errors, never a traceback for them)."""
    _never_fail_to_print()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed as one line
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(args, "func", None):
        print("error: no command given (hint: see `tweetling --help`)", file=sys.stderr)
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
    except FAILURES as exc:  # the network, a backend or the disk failed: say which, no traceback
        print(failure_line(exc), file=sys.stderr)
        return 2


def _never_fail_to_print() -> None:
    """Show what a terminal's encoding cannot as escapes (an ASCII or cp1252 console, emoji)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    raise SystemExit(main())
