"""Turn Discord's HTTP error answers into one clear line (pure; no discord.py)."""

from __future__ import annotations

# Discord's JSON error codes a bot meets when sending, with what the owner can do about them.
HINTS = {
    10003: "the channel is gone or its id is wrong; check the channel ids in [discord]",
    50001: "the bot cannot see this channel; give its role View Channel and Send Messages "
    "there, or add the channel to [discord] channel_block",
    50007: "the person does not accept direct messages from the bot",
    50013: "the bot lacks a permission here; give its role Send Messages (and Read Message "
    "History for replies)",
}


def http_error_line(status: int, code: int, text: str, where: str) -> str:
    """Return one line: what was refused, status and code, Discord's words, and a fix if known."""
    head = f"Discord refused {where} ({status}" + (f", code {code})" if code else ")")
    detail = "; ".join(part.strip() for part in text.splitlines() if part.strip())
    line = f"{head}: {detail}" if detail else head
    hint = HINTS.get(code)
    return f"{line} ({hint})" if hint else line
