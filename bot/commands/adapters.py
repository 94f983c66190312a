"""Build the adapters a run enables: the one place outside bot/adapters/ that imports them.

The core never imports an adapter; the CLI commands (and tests) hand `App` a factory from here.
"""

from __future__ import annotations

from typing import TextIO

from bot.app import AdapterFactory
from bot.config import Config, Secrets
from bot.ports import Adapter, InputEnded
from bot.store import AsyncStore


def enabled_adapters(
    cfg: Config,
    secrets: Secrets | None = None,
    *,
    console: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    json_lines: bool = False,
) -> AdapterFactory:
    """Return the factory of the console adapter, or of the Discord and X adapters enabled.

    With `json_lines` the console prints one JSON object per input line (`run --console --json`).
    """

    def build(store: AsyncStore, on_input_end: InputEnded) -> list[Adapter]:
        if console:
            from bot.adapters.console import ConsoleAdapter
            from bot.adapters.console_json import JsonConsoleAdapter

            kind = JsonConsoleAdapter if json_lines else ConsoleAdapter
            local = kind(stdin=stdin, stdout=stdout, on_eof=on_input_end, bot_name=cfg.bot.name)
            return [local]
        return platform_adapters(cfg, secrets or Secrets(), store)

    return build


def platform_adapters(cfg: Config, secrets: Secrets, store: AsyncStore) -> list[Adapter]:
    """Return the Discord and X adapters enabled in the config (each SDK imported lazily)."""
    adapters: list[Adapter] = []
    if cfg.discord.enabled:
        from bot.adapters.discord import adapter as discord_adapter

        adapters.append(discord_adapter.build_adapter(cfg, secrets, store))
    if cfg.x.enabled:
        from bot.adapters.x import adapter as x_adapter

        adapters.append(x_adapter.build_adapter(cfg, secrets, store))
    return adapters
