"""discord.py client set-up: the Client, the /generate command tree, review buttons, login, sync."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.adapters.discord.state import TOKEN_ENV, require_token
from bot.adapters.discord.text import draft_button_id
from bot.config import Config, DiscordConfig, Secrets
from bot.errors import ConfigError, UserError
from bot.events import Outgoing

EventHandler = Callable[..., Coroutine[Any, Any, None]]
GenerateHandler = Callable[[discord.Interaction, str | None, int, float | None], Awaitable[None]]


def make_client(dcfg: DiscordConfig, **options: Any) -> discord.Client:
    """Return a Client (or AutoShardedClient) with default intents and no pings by default."""
    cls = discord.AutoShardedClient if dcfg.sharded else discord.Client
    # The bot never joins voice: skip discord.py's warnings about missing voice libraries.
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False
    return cls(
        intents=discord.Intents.default(),
        allowed_mentions=discord.AllowedMentions.none(),
        max_ratelimit_timeout=dcfg.max_ratelimit_timeout_s,  # discord.py clamps it to >= 30 s
        **options,
    )


def build_command_tree(
    client: discord.Client, dcfg: DiscordConfig, handler: GenerateHandler
) -> app_commands.CommandTree:
    """Return a CommandTree holding the /generate command (named by `command_name`)."""
    tree = app_commands.CommandTree(client)

    @app_commands.describe(
        prompt="How the post should start (optional)",
        count="How many posts, 1 to 5",
        temperature="Sampling temperature: higher is wilder",
    )
    async def generate(
        interaction: discord.Interaction,
        prompt: str | None = None,
        count: app_commands.Range[int, 1, 5] = 1,
        temperature: app_commands.Range[float, 0.1, 2.0] | None = None,
    ) -> None:
        await handler(interaction, prompt, count, temperature)

    try:
        command: app_commands.Command[Any, ..., None] = app_commands.Command(
            name=dcfg.command_name, description="Write a post in my voice", callback=generate
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"[discord] command_name {dcfg.command_name!r} is not a valid slash command name: "
            f"{exc}",
            "use 1-32 lowercase letters, digits, - or _",
        ) from None
    tree.add_command(command)
    return tree


def listen(client: discord.Client, handlers: Mapping[str, EventHandler]) -> None:
    """Make each handler the client's `on_<event>`, as `Client.event` does for a named function."""
    for event, handler in handlers.items():
        setattr(client, f"on_{event}", handler)


class DiscordUnreachable(UserError):
    """Discord could not be reached to log in: a network problem that a retry may fix."""


async def login(client: discord.Client, token: str) -> None:
    """Log in over HTTP; a rejected token becomes a ConfigError that never shows the token."""
    try:
        await client.login(token)
    except discord.LoginFailure:
        await client.close()
        raise ConfigError(
            f"Discord rejected the bot token in {TOKEN_ENV}",
            "copy a fresh token from the Developer Portal (Bot > Reset Token)",
        ) from None
    except (aiohttp.ClientError, OSError, discord.HTTPException) as exc:
        await client.close()
        raise DiscordUnreachable(
            f"could not reach Discord to log in: {type(exc).__name__}",
            "check the network connection and https://discordstatus.com",
        ) from None


def mentions_for(outgoing: Outgoing) -> discord.AllowedMentions:
    """Return who may be pinged: nobody, or only the replied-to author when configured."""
    if outgoing.mention_author_id:
        user = discord.Object(id=int(outgoing.mention_author_id))
        return discord.AllowedMentions(everyone=False, roles=False, users=[user], replied_user=True)
    return discord.AllowedMentions.none()


class ReviewView(discord.ui.View):
    """Approve / Reject buttons under a draft; clicks are handled in on_interaction by id."""

    def __init__(self, draft_id: str) -> None:
        super().__init__(timeout=None)
        self.add_item(
            discord.ui.Button(
                label="Approve",
                style=discord.ButtonStyle.success,
                custom_id=draft_button_id("approve", draft_id),
            )
        )
        self.add_item(
            discord.ui.Button(
                label="Reject",
                style=discord.ButtonStyle.danger,
                custom_id=draft_button_id("reject", draft_id),
            )
        )


async def sync_commands(
    cfg: Config,
    secrets: Secrets,
    guild_id: int | None = None,
    *,
    client_options: dict[str, Any] | None = None,
) -> list[str]:
    """Register the slash command with Discord (globally or in one guild); return the names."""
    token = require_token(secrets)
    client = make_client(cfg.discord, **(client_options or {}))
    tree = build_command_tree(client, cfg.discord, _not_running)
    async with client:
        await login(client, token)
        try:
            if guild_id is None:
                synced = await tree.sync()
            else:
                guild = discord.Object(id=guild_id)
                tree.copy_global_to(guild=guild)
                synced = await tree.sync(guild=guild)
        except discord.Forbidden:
            raise UserError(
                "Discord refused to register the command"
                + (f" in guild {guild_id}" if guild_id else ""),
                "invite the bot with the 'bot' and 'applications.commands' scopes",
            ) from None
    return [command.name for command in synced]


async def _not_running(
    interaction: discord.Interaction, prompt: str | None, count: int, temperature: float | None
) -> None:
    """Placeholder handler for a tree built only to be synced."""
