"""Read a person's messages from a Telegram Desktop export (result.json: one chat, or all chats).

The person (`--author`, a name or id, or the exporting account itself in a full export) writes
the posts; everyone else only gives context. A message that answers another through
`reply_to_message_id` becomes a (context -> reply) pair with up to MAX_CONTEXT_TURNS earlier turns.
Forwarded messages are the person sharing someone else's words: counted like retweets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.errors import DataError
from training.sources.base import (
    RawPost,
    author_error,
    author_key,
    decode_text,
    id_string,
    parse_created_at,
    parse_json,
    thread_context,
)
from training.sources.bundle import is_archive, open_bundle

RESULT = "result.json"
CHAT_TYPES = frozenset(
    {
        "personal_chat",
        "bot_chat",
        "saved_messages",
        "replies",
        "verification_codes",
        "private_group",
        "private_supergroup",
        "public_supergroup",
        "private_channel",
        "public_channel",
    }
)
_HINT = "pass result.json from Telegram Desktop's JSON export (or the export folder)"


@dataclass(frozen=True)
class _Message:
    """One chat message as read."""

    key: str  # "chat id:message id", unique across chats
    sender: str  # from_id without its "user"/"channel" prefix ("" when unknown)
    name: str  # the sender's display name
    text: str
    time: str | None
    reply_to: str | None  # the key of the message it answers
    forwarded: bool
    media: bool


def is_export(data: Any) -> bool:
    """Say whether parsed JSON is a Telegram Desktop export (one chat or the whole account)."""
    if not isinstance(data, dict):
        return False
    if isinstance(data.get("chats"), dict) or isinstance(data.get("personal_information"), dict):
        return True
    return isinstance(data.get("messages"), list) and data.get("type") in CHAT_TYPES


def holds_export(path: Path) -> bool:
    """Say whether a folder or zip is a Telegram export (result.json at its top)."""
    if path.is_dir():
        return (path / RESULT).is_file()
    return is_archive(path) and open_bundle(path).find(RESULT) is not None


def read_path(
    path: Path, author: str | None, handle: str | None, skipped: Counter[str] | None = None
) -> list[RawPost]:
    """Read an export folder, zip, or result.json itself."""
    bundle = open_bundle(path)
    member = path.name if path.is_file() and not is_archive(path) else bundle.find(RESULT)
    if member is None:
        raise DataError(f"{path} holds no {RESULT}", hint=_HINT)
    where = bundle.where(member)
    data = parse_json(decode_text(bundle.read(member), where, _HINT), where, _HINT)
    if not is_export(data):
        raise DataError(f"{where} is not a Telegram export", hint=_HINT)
    return read_export(data, path, author, handle, skipped)


def read_export(
    data: dict[str, Any],
    path: Path,
    author: str | None,
    handle: str | None,
    skipped: Counter[str] | None = None,
) -> list[RawPost]:
    """Return the person's messages of every chat in a parsed export; count what was skipped."""
    tally: Counter[str] = Counter()
    messages = [m for chat in _chats(data, str(path)) for m in _messages(chat, tally)]
    exporter = _exporter(data)
    if author and exporter and author.strip().casefold() in _usernames(data):
        author = None  # "@wrenbakes": the exporting account, named by its username
    person = _person(messages, author, exporter, path)
    account = handle or next((m.name for m in messages if m.sender == person and m.name), person)
    by_key = {m.key: m for m in messages}
    parent_of = {m.key: m.reply_to for m in messages if m.reply_to is not None}
    text_of = {m.key: m.text for m in messages}
    posts = []
    for message in messages:
        if message.sender != person:
            tally["others"] += 1
        elif not message.text.strip():
            tally["attachment_only" if message.media else "empty"] += 1
        else:
            parent = by_key.get(message.reply_to or "")
            posts.append(
                RawPost(
                    id=message.key,
                    text=message.text,
                    source=str(path),
                    account=account,
                    created_at=message.time,
                    is_retweet=message.forwarded,
                    is_reply=parent is not None and parent.sender != person,
                    context=thread_context(message.key, parent_of, text_of),
                    reposts_marked=True,  # forwarding is marked; "RT @" text is the person's
                )
            )
    if skipped is not None:
        skipped.update(tally)
    return posts


def _chats(data: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """Return the chats: the export itself (one chat), or chats.list and left_chats.list."""
    if isinstance(data.get("messages"), list):
        return [data]
    chats: list[dict[str, Any]] = []
    for key in ("chats", "left_chats"):
        holder = data.get(key)
        listed = holder.get("list") if isinstance(holder, dict) else None
        if isinstance(listed, list):
            chats.extend(c for c in listed if isinstance(c, dict))
    if not chats:
        raise DataError(
            f"{where} holds no chats",
            hint="export with 'Personal chats' (or a group) ticked and the JSON format chosen",
        )
    return chats


def _messages(chat: dict[str, Any], tally: Counter[str]) -> list[_Message]:
    """Return a chat's ordinary messages (service messages are counted and left out)."""
    chat_id = id_string(chat.get("id")) or str(chat.get("name") or "chat")
    items = chat.get("messages")
    found: list[_Message] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or item.get("type", "message") != "message":
            tally["system"] += 1
            continue
        reply_to = id_string(item.get("reply_to_message_id"))
        found.append(
            _Message(
                key=f"{chat_id}:{id_string(item.get('id')) or len(found)}",
                sender=_sender(item.get("from_id")),
                name=item["from"] if isinstance(item.get("from"), str) else "",
                text=flatten(item.get("text", item.get("text_entities"))),
                time=parse_created_at(_epoch(item.get("date_unixtime")) or item.get("date")),
                reply_to=f"{chat_id}:{reply_to}" if reply_to else None,
                forwarded=bool(item.get("forwarded_from") or item.get("forwarded_from_id")),
                media=any(k in item for k in ("photo", "file", "media_type", "poll", "location")),
            )
        )
    return found


def flatten(text: Any) -> str:
    """Return a message's text: a plain string, or the list of strings and entity objects."""
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        return ""
    parts = []
    for part in text:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])  # bold, link, mention, hashtag ...: their visible text
    return "".join(parts)


def _sender(value: Any) -> str:
    """Return a from_id without Telegram's "user"/"channel"/"chat" prefix."""
    sender = id_string(value) or ""
    for prefix in ("user", "channel", "chat"):
        if sender.startswith(prefix) and sender[len(prefix) :].isdigit():
            return sender[len(prefix) :]
    return sender


def _epoch(value: Any) -> int | None:
    """Return date_unixtime (a string of digits) as an int, or None."""
    text = id_string(value)
    return int(text) if text and text.isdigit() and len(text) < 15 else None


def _usernames(data: dict[str, Any]) -> set[str]:
    """Return the exporting account's username, with and without "@", casefolded."""
    info = data.get("personal_information")
    name = info.get("username") if isinstance(info, dict) else None
    if not isinstance(name, str) or not name.strip("@ "):
        return set()
    bare = name.strip().lstrip("@").casefold()
    return {bare, "@" + bare}


def _exporter(data: dict[str, Any]) -> str | None:
    """Return the exporting account's id from a full export's personal_information."""
    info = data.get("personal_information")
    if not isinstance(info, dict):
        return None
    return _sender(info.get("user_id")) or None


def _person(messages: list[_Message], author: str | None, exporter: str | None, path: Path) -> str:
    """Return the sender id --author names (or the exporter's), or raise a DataError."""
    if not messages:
        raise DataError(f"{path} holds no messages", hint=_HINT)
    senders = Counter((m.sender, m.name) for m in messages)
    if author:
        wanted = author_key(author)
        for sender, name in senders:
            if _sender(wanted) == sender or wanted == name.casefold():
                return sender
    elif exporter:
        return exporter
    elif len({sender for sender, _name in senders}) == 1:
        return next(iter(senders))[0]
    ranked = [(name or sender, n) for (sender, name), n in senders.most_common(5)]
    raise author_error(path, author, "a Telegram chat", "a name or id", ranked)
