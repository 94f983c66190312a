"""Pure text helpers for the Discord adapter: splitting, mention stripping, text commands."""

from __future__ import annotations

import re

from bot.safety.rules import DISCORD_MAX_CHARS, discord_length

# What a person may write after mentioning the bot; values are the pipeline's command names.
TEXT_COMMANDS = {
    "pause": "pause",
    "resume": "resume",
    "post now": "post_now",
    "postnow": "post_now",
    "post_now": "post_now",
    "status": "status",
    "optout": "optout",
    "opt out": "optout",
    "opt-out": "optout",
    "optin": "optin",
    "opt in": "optin",
    "opt-in": "optin",
    "reload": "reload",
}

DRAFT_BUTTON_PREFIX = "tweetling:draft"
_DRAFT_BUTTON = re.compile(rf"^{DRAFT_BUTTON_PREFIX}:(approve|reject):(.{{1,60}})$")
_WHITESPACE = re.compile(r"\s")


def split_message(text: str, limit: int = DISCORD_MAX_CHARS) -> list[str]:
    """Split text into chunks of at most `limit` UTF-16 units (Discord's count), at whitespace."""
    rest = text.strip()
    chunks: list[str] = []
    while discord_length(rest) > limit:
        cut = _cut_point(rest, _fit(rest, limit))
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def _fit(text: str, limit: int) -> int:
    """Return how many characters of `text` fit in `limit` UTF-16 units."""
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)


def _cut_point(text: str, fit: int) -> int:
    """Return where to cut: the last newline or space that keeps the first `fit` characters."""
    window = text[: fit + 1]  # whitespace just after what fits is a fine place to cut
    newline = window.rfind("\n")
    if newline > fit // 2:
        return newline
    spaces = [m.start() for m in _WHITESPACE.finditer(window)]
    if spaces and spaces[-1] > 0:
        return spaces[-1]
    # One "word" longer than a whole message (no whitespace at all): nothing is lost by a
    # hard split, and it is the only way to deliver it. A cut between characters never
    # splits a surrogate pair (Python strings hold whole characters).
    return fit


def strip_own_mention(content: str, own_id: int) -> str:
    """Remove the bot's own <@id>/<@!id> mentions and collapse whitespace."""
    text = re.sub(rf"<@!?{own_id}>", " ", content)
    return " ".join(text.split())


def mentions_user(content: str, user_id: int) -> bool:
    """Return True if the text holds a written <@id>/<@!id> mention of the user."""
    return f"<@{user_id}>" in content or f"<@!{user_id}>" in content


def readable_mentions(text: str, users: dict[int, str], roles: dict[int, str]) -> str:
    """Replace other people's <@id> and <@&id> with @name so prompts read like text."""

    def user(match: re.Match[str]) -> str:
        name = users.get(int(match.group(1)))
        return f"@{name}" if name else match.group(0)

    def role(match: re.Match[str]) -> str:
        name = roles.get(int(match.group(1)))
        return f"@{name}" if name else match.group(0)

    text = re.sub(r"<@!?(\d+)>", user, text)
    return re.sub(r"<@&(\d+)>", role, text)


def parse_text_command(text: str) -> str | None:
    """Return the pipeline command name if the whole text is a command word (e.g. 'post now')."""
    key = " ".join(text.lower().strip().lstrip("!/").rstrip(".!").split())
    return TEXT_COMMANDS.get(key)


def draft_button_id(action: str, draft_id: str) -> str:
    """Return a review button's custom_id; it carries the draft id so clicks survive restarts."""
    return f"{DRAFT_BUTTON_PREFIX}:{action}:{draft_id}"


def parse_draft_button(custom_id: str) -> tuple[str, str] | None:
    """Return (action, draft_id) for one of our review buttons, else None."""
    match = _DRAFT_BUTTON.match(custom_id)
    return (match.group(1), match.group(2)) if match else None
