"""Follow a message's reply chain (`message.reference`) so the bot answers the conversation.

Each parent comes from the payload (Discord resolves the direct parent), then discord.py's
message cache, then the API (`channel.fetch_message`). The walk stops at a few messages or a
character budget, at a message that is gone or hidden, and at a loop; it never raises.
"""

from __future__ import annotations

import logging

import aiohttp
import discord

from bot.adapters.discord.translate import clean_text
from bot.events import Turn

log = logging.getLogger(__name__)

MAX_TURNS = 4  # earlier messages kept; the prompt keeps even fewer if they are long
MAX_CHARS = 2000  # all turns together; a prompt needs far less (bot.prompting budgets it)


async def reply_chain(
    message: discord.Message,
    client: discord.Client,
    own_id: int,
    *,
    max_turns: int = MAX_TURNS,
    max_chars: int = MAX_CHARS,
) -> tuple[Turn, ...]:
    """Return the messages `message` replies to, oldest first (empty if it replies to none)."""
    turns: list[Turn] = []
    used = 0
    seen = {message.id}
    ref = message.reference
    while ref is not None and ref.message_id is not None and len(turns) < max_turns:
        if ref.message_id in seen:
            break  # a reply cycle cannot happen on Discord, but a bad payload must not loop
        seen.add(ref.message_id)
        parent = await _parent(ref, client)
        if parent is None:
            break
        text = clean_text(parent, own_id)
        if used + len(text) > max_chars:
            break
        used += len(text)
        turns.append(Turn(author=parent.author.display_name, text=text))
        ref = parent.reference
    return tuple(reversed(turns))


async def _parent(ref: discord.MessageReference, client: discord.Client) -> discord.Message | None:
    """Return the referenced message from the payload, the cache or the API; None if gone."""
    if isinstance(ref.resolved, discord.Message):
        return ref.resolved
    if isinstance(ref.resolved, discord.DeletedReferencedMessage):
        return None
    if (cached := ref.cached_message) is not None:
        return cached
    assert ref.message_id is not None
    channel = client.get_partial_messageable(ref.channel_id)
    try:
        return await channel.fetch_message(ref.message_id)
    except (discord.HTTPException, discord.RateLimited, aiohttp.ClientError, OSError) as exc:
        # Deleted, or a channel the bot may not read: answer what is known.
        log.info("discord: reply chain stops at message %s: %s", ref.message_id, exc)
        return None
