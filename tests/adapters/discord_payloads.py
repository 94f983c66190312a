"""Discord's ids, JSON payloads and error bodies as the fake Discord (discord_fake) serves them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

TOKEN = "fake.discord.token-for-tests-only"
BOT_ID = 100000000000000001
GUILD_ID = 200000000000000001
CHANNEL_ID = 300000000000000001
OTHER_CHANNEL_ID = 300000000000000002
REVIEW_CHANNEL_ID = 300000000000000003
USER_ID = 400000000000000001
OTHER_USER_ID = 400000000000000002
ADMIN_ID = 400000000000000009
DM_CHANNEL_ID = 500000000000000001
CONTENT_LIMIT = 2000  # Discord counts UTF-16 code units: an emoji outside the BMP is 2


def missing_access() -> dict[str, Any]:
    """Return Discord's 403 body for a channel the bot cannot see."""
    return {"message": "Missing Access", "code": 50001}


def content_too_long() -> dict[str, Any]:
    """Return Discord's 400 body for message content over 2,000 (UTF-16 units)."""
    length = {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}
    return {
        "message": "Invalid Form Body",
        "code": 50035,
        "errors": {"content": {"_errors": [length]}},
    }


def utf16_units(text: str) -> int:
    """Return the length of `text` as Discord measures it."""
    return len(text.encode("utf-16-le")) // 2


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """Return a Discord user object."""
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
    }


def timestamp() -> str:
    return datetime.now(UTC).isoformat()


def member_payload() -> dict[str, Any]:
    return {"roles": [], "joined_at": timestamp(), "deaf": False, "mute": False, "flags": 0}


def guild_payload() -> dict[str, Any]:
    """Return a GUILD_CREATE guild with three text channels."""
    channels = [
        {"id": str(cid), "type": 0, "name": name, "position": i, "permission_overwrites": []}
        for i, (cid, name) in enumerate(
            [(CHANNEL_ID, "general"), (OTHER_CHANNEL_ID, "random"), (REVIEW_CHANNEL_ID, "review")]
        )
    ]
    everyone = {
        "id": str(GUILD_ID),
        "name": "@everyone",
        "permissions": "2248473465835073",
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
    return {
        "id": str(GUILD_ID),
        "name": "Test Guild",
        "unavailable": False,
        "owner_id": str(ADMIN_ID),
        "member_count": 3,
        "features": [],
        "roles": [everyone],
        "emojis": [],
        "stickers": [],
        "channels": channels,
        "threads": [],
        "members": [],
        "voice_states": [],
        "presences": [],
        "large": False,
        "joined_at": timestamp(),
        "preferred_locale": "en-US",
    }
