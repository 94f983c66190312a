"""Turn discord.py messages and interactions into Events; plain translation, no decisions."""

from __future__ import annotations

from typing import Any

import discord

from bot.adapters.discord.text import mentions_user, readable_mentions, strip_own_mention
from bot.events import Event, EventKind


def address(message: discord.Message, me: discord.ClientUser) -> EventKind | None:
    """Return how a message addresses the bot: a dm, a reply to it, a mention, or None."""
    if isinstance(message.channel, discord.DMChannel):
        return "dm"
    ref = message.reference
    resolved = ref.resolved if ref is not None else None
    if isinstance(resolved, discord.Message) and resolved.author.id == me.id:
        return "reply"
    # `mentioned_in` is also true for @everyone/@here; only a real mention counts.
    if me in message.mentions:
        return "mention"
    return None


def clean_text(message: discord.Message, own_id: int) -> str:
    """Return the text without the bot's own mention and with other mentions as @names."""
    text = strip_own_mention(message.content, own_id)
    users = {u.id: u.display_name for u in message.mentions}
    roles = {r.id: r.name for r in message.role_mentions}
    return readable_mentions(text, users, roles)


def message_event(
    message: discord.Message, kind: EventKind, own_id: int, command: str | None = None
) -> Event:
    """Return the Event for a message (a mention, reply, DM or text command)."""
    guild_id = message.guild.id if message.guild else getattr(message.channel, "guild_id", None)
    event_id = str(message.id)
    return Event(
        platform="discord",
        event_id=event_id,
        kind=kind,
        text=clean_text(message, own_id),
        author_id=str(message.author.id),
        author_name=message.author.display_name,
        channel_id=str(message.channel.id),
        guild_id=str(guild_id) if guild_id else None,
        reply_to=event_id,
        created_at=message.created_at,
        # Only the written <@id>: a reply's automatic ping of the bot is not a mention.
        mentions_bot=mentions_user(message.content, own_id),
        command=command,
        extra={"message_id": event_id},
    )


def interaction_event(
    interaction: discord.Interaction, text: str, extra: dict[str, Any], **fields: Any
) -> Event:
    """Return the command Event for an interaction (/generate or a review button)."""
    return Event(
        platform="discord",
        event_id=str(interaction.id),
        kind="command",
        text=text,
        author_id=str(interaction.user.id),
        author_name=interaction.user.display_name,
        channel_id=str(interaction.channel_id) if interaction.channel_id else None,
        guild_id=str(interaction.guild_id) if interaction.guild_id else None,
        created_at=interaction.created_at,
        extra={**extra, "interaction_id": str(interaction.id)},
        **fields,
    )
