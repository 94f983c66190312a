"""`tweetling discord sync`: register the slash command with Discord, on demand only."""

from __future__ import annotations

import argparse
import asyncio

from bot.cli_args import row_id
from bot.commands.common import Subparsers, add_config_arg, load, print_text
from bot.errors import UserError


def register(sub: Subparsers) -> None:
    """Add `tweetling discord sync`."""
    parser = sub.add_parser("discord", help="Discord bot helpers (slash command sync)")
    actions = parser.add_subparsers(dest="discord_action", metavar="ACTION")
    sync = actions.add_parser(
        "sync",
        help="register the slash command with Discord (run once after changing it, not on "
        "every start: Discord limits command creation per day)",
    )
    add_config_arg(sync)
    sync.add_argument(
        "--guild",
        type=row_id,  # a snowflake; larger ones do not exist and overflow the store
        default=None,
        metavar="ID",
        help="register in one server only (shows up at once; handy while testing) instead of "
        "globally (can take up to an hour to appear)",
    )
    sync.set_defaults(func=_sync)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    """Fail on one line naming the actions (`tweetling discord` alone does nothing)."""
    raise UserError("which discord action?", "see `tweetling discord --help`")


def _sync(args: argparse.Namespace) -> int:
    """Log in with the bot token and sync the command tree."""
    from bot.adapters.discord.client import sync_commands
    from bot.config_loader import load_secrets

    cfg = load(args)
    names = asyncio.run(sync_commands(cfg, load_secrets(), args.guild))
    where = f"guild {args.guild}" if args.guild else "globally (may take up to an hour to appear)"
    shown = ", ".join(f"/{name}" for name in names) or "no commands"
    print_text(f"synced {shown} {where}")
    return 0
