"""Argument parsing that fails on one `error:` line naming the fix, and bounded flag types."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from bot.errors import one_line

SQLITE_MAX_INT = 2**63 - 1  # the largest id the store's INTEGER columns can hold


class ArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line with a hint (subparsers inherit it)."""

    def error(self, message: str) -> NoReturn:
        """Print `error: <message> (hint: see `<prog> --help`)` and exit 2."""
        line = one_line(f"error: {message} (hint: see `{self.prog} --help`)")
        self.exit(2, line + "\n")

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse; a subcommand refuses unknown arguments itself, so the hint names its help."""
        parsed, extra = super().parse_known_args(args, namespace)
        if extra and " " in self.prog:  # a subcommand ("tweetling generate"), not the root
            self.error(f"unrecognized arguments: {' '.join(extra)}")
        return parsed, extra

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Exit like argparse, writing the message to stderr."""
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """Return an argparse type for a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value_text(value)} is not from {low} to {high}")
        return value

    parse.__name__ = "int"
    return parse


def finite_float(text: str) -> float:
    """Parse a float for argparse, refusing nan and infinities."""
    try:
        value = float(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text.strip()!r} is not a finite number")
    return value


def value_text(value: object) -> str:
    """Return a short form of a value for an error line (a 5,000-digit number is cut)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# A row id: positive and within SQLite's signed 64-bit INTEGER.
row_id = bounded_int(1, SQLITE_MAX_INT)
