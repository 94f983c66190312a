"""Helpers shared by the subcommand modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.config import Config
from bot.config_loader import load_config
from bot.textsafe import escape_controls, escape_json_controls

Subparsers = Any  # argparse's _SubParsersAction is private; keep signatures readable


def add_config_arg(parser: argparse.ArgumentParser) -> None:
    """Add the --config option every command takes."""
    parser.add_argument(
        "--config", "-c", default=None, help="TOML config file (see config.example.toml)"
    )


def load(args: argparse.Namespace) -> Config:
    """Load the config named by --config (defaults when absent)."""
    return load_config(getattr(args, "config", None))


def print_text(text: str, *, one_line: bool = False, flush: bool = False) -> None:
    """Print text on stdout with terminal control characters shown as escapes, never obeyed.

    Paths, handles, mentions and model output reach the terminal in command output; every
    plain-text print goes through here so none can drive it. `one_line` escapes newlines too
    (one record per line).
    """
    print(escape_controls(text, keep_newlines=not one_line), flush=flush)


def print_json(obj: Any) -> None:
    """Print one JSON object on stdout."""
    text = escape_json_controls(json.dumps(obj, ensure_ascii=False, default=str))
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):  # an ASCII console: \u escapes keep it valid JSON
        text = json.dumps(obj, ensure_ascii=True, default=str)
    sys.stdout.write(text + "\n")  # valid JSON that cannot drive a terminal
