"""CLI subcommands for this area (filled in by its issue)."""

from __future__ import annotations

from bot.commands.common import Subparsers


def register(sub: Subparsers) -> None:
    """Add this area's subcommands."""
