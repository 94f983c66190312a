"""Read one person's messages from DiscordChatExporter channel exports (JSON, or its CSV).

A JSON export holds `guild`, `channel` and `messages[]` (id, type, timestamp, content,
author {id, name, nickname, isBot}, attachments, mentions, reference {messageId}). The person
(`--author`, a name, nickname or id) writes the posts; everyone else only gives context. A
message of theirs that replies to another (reference), or that follows someone else's message
within REPLY_WINDOW, becomes a (context -> reply) pair with up to MAX_CONTEXT_TURNS earlier
turns. Bots' messages, system messages (joins, pins, threads ...) and messages with nothing
but attachments are dropped from posts and context alike, and counted. The CSV variant
(AuthorID, Author, Date, Content, Attachments, Reactions) has no ids, bots or references, so
only the time rule makes pairs there.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.errors import DataError
from training.sources.base import (
    MAX_CONTEXT_TURNS,
    RawPost,
    author_error,
    author_key,
    id_string,
    load_json_file,
    parse_created_at,
)

REPLY_WINDOW = timedelta(minutes=5)  # a message this soon after another answers it
CSV_FIELDS = ("AuthorID", "Author", "Date", "Content")
_CHAT_KINDS = frozenset({"Default", "Reply", "0", "19"})  # everything else is a system message
# What the exporter writes as the content of system messages in CSV (which has no type).
_SYSTEM_TEXT = re.compile(
    r"^(?:Added a recipient\.|Removed a recipient\.|Started a call that lasted \d+ minutes?\.|"
    r"Changed the channel (?:name|icon)\.|Pinned a message\.|Started a thread\.|"
    r"Joined the server\.|Added .+ to the group\.|Removed .+ from the group\.)$"
)
_RAW_USER = re.compile(r"<@!?(\d+)>")
_RAW_CHANNEL = re.compile(r"<#\d+>")
_RAW_ROLE = re.compile(r"<@&\d+>")
_RAW_EMOJI = re.compile(r"<a?:(\w+):\d+>")
_RAW_TIME = re.compile(r"<t:(\d+)(?::\w)?>")
# The exporter's CSV dates follow the exporting machine's locale ("g" format).
_CSV_DATE_FORMATS = (
    "%d-%b-%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d %H:%M",
)
_HINT = "pass a channel export written by DiscordChatExporter (JSON or CSV) unchanged"


@dataclass(frozen=True)
class Message:
    """One chat message, reduced to what pairing needs."""

    id: str
    author_id: str
    names: tuple[str, ...]  # name, nickname, name#discriminator: what --author may say
    text: str
    time: datetime | None
    reply_to: str | None = None


def is_export(data: Any) -> bool:
    """Say whether parsed JSON is a DiscordChatExporter channel export."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("messages"), list)
        and isinstance(data.get("channel"), dict)
    )


def is_csv_export(path: Path) -> bool:
    """Say whether a CSV file's header is the exporter's (AuthorID, Author, Date, Content ...)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader([handle.readline()]), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return all(field in header for field in CSV_FIELDS)


def holds_exports(folder: Path) -> bool:
    """Say whether a folder holds channel exports (JSON or CSV) rather than another export."""
    return bool(_export_files(folder))


def _export_files(folder: Path) -> list[Path]:
    """Return the channel exports in a folder: JSON files that open with "guild", CSV ones."""
    if (folder / "data").is_dir() or any(folder.glob("*.js")):
        return []  # an X archive
    files = sorted(p for p in folder.iterdir() if p.is_file())
    exports = [p for p in files if p.suffix.lower() == ".json" and _opens_with_guild(p)]
    # The same channel is often exported as both: JSON has more (references, bots), so it wins.
    return exports or [p for p in files if p.suffix.lower() == ".csv" and is_csv_export(p)]


def _opens_with_guild(path: Path) -> bool:
    """Say whether a JSON file starts like the exporter's (its first key is "guild")."""
    try:
        with path.open("rb") as handle:
            head = handle.read(256)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n{").startswith(b'"guild"')


def read_folder(
    folder: Path, author: str | None, handle: str | None, skipped: Counter[str] | None = None
) -> list[RawPost]:
    """Read every channel export in a folder (the exporter writes one file per channel)."""
    posts: list[RawPost] = []
    for path in _export_files(folder):
        if path.suffix.lower() == ".csv":
            posts += read_csv_export(path, author, handle, skipped)
        else:
            data = load_json_file(path, _HINT)  # not UTF-8, too large, malformed: one line
            posts += read_export(data, path, author, handle, skipped)
    return posts


def read_export(
    data: Any,
    path: Path,
    author: str | None,
    handle: str | None,
    skipped: Counter[str] | None = None,
) -> list[RawPost]:
    """Return the person's messages in a parsed JSON export as posts and pairs."""
    if not is_export(data):
        raise DataError(f"{path} is not a DiscordChatExporter channel export", hint=_HINT)
    tally: Counter[str] = Counter()
    messages = []
    for index, item in enumerate(data["messages"]):
        message = _json_message(item, f"{path}: message #{index + 1}", tally)
        if message is not None:
            messages.append(message)
    return _posts(messages, path, author, handle, tally, skipped)


def read_csv_export(
    path: Path, author: str | None, handle: str | None, skipped: Counter[str] | None = None
) -> list[RawPost]:
    """Return the person's messages in a CSV export (pairs by the time rule only)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle_:
            rows = list(csv.DictReader(io.StringIO(handle_.read())))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"cannot read {path} as a CSV export ({exc})", hint=_HINT) from None
    tally: Counter[str] = Counter()
    messages = []
    for line, row in enumerate(rows, 2):
        message = _csv_message(row, line, tally)
        if message is not None:
            messages.append(message)
    return _posts(messages, path, author, handle, tally, skipped)


def _json_message(item: Any, where: str, tally: Counter[str]) -> Message | None:
    """Return a chat message, or None (counted) for bots, system and attachment-only ones."""
    if not isinstance(item, dict) or not isinstance(item.get("author"), dict):
        raise DataError(f"{where} is not a message object with an author", hint=_HINT)
    user = item["author"]
    if user.get("isBot") is True:
        tally["bot"] += 1
        return None
    if str(item.get("type", "Default")) not in _CHAT_KINDS:
        tally["system"] += 1
        return None
    text = _plain(str(item.get("content") or ""), item.get("mentions"))
    if not text.strip():
        tally["attachment_only" if _has_media(item) else "empty"] += 1
        return None
    reference = item.get("reference")
    names = [user.get("name"), user.get("nickname")]
    if user.get("discriminator") not in (None, "", "0000", "0"):
        names.append(f"{user.get('name')}#{user.get('discriminator')}")
    return Message(
        id=id_string(item.get("id")) or where,
        author_id=id_string(user.get("id")) or "",
        names=tuple(n for n in names if isinstance(n, str) and n),
        text=text,
        time=_time(item.get("timestamp")),
        reply_to=id_string(reference.get("messageId")) if isinstance(reference, dict) else None,
    )


def _csv_message(row: dict[str, str | None], line: int, tally: Counter[str]) -> Message | None:
    """Return a chat message from a CSV row, or None (counted) for system/attachment-only."""
    text = _plain(row.get("Content") or "", None)
    if _SYSTEM_TEXT.match(text.strip()):
        tally["system"] += 1
        return None
    if not text.strip():
        tally["attachment_only" if (row.get("Attachments") or "").strip() else "empty"] += 1
        return None
    name = (row.get("Author") or "").strip()
    names = (name.rsplit("#", 1)[0], name) if "#" in name else (name,)
    return Message(
        id=f"line:{line}",
        author_id=(row.get("AuthorID") or "").strip(),
        names=names,
        text=text,
        time=_csv_time(row.get("Date") or ""),
    )


def _has_media(item: dict[str, Any]) -> bool:
    """Say whether a message carries attachments, embeds or stickers."""
    return any(
        isinstance(item.get(k), list) and item[k] for k in ("attachments", "embeds", "stickers")
    )


def _plain(content: str, mentions: Any) -> str:
    """Render raw Discord markup (exports made with --markdown false) as the app shows it."""
    if "<" not in content:
        return content
    names = {}
    for user in mentions if isinstance(mentions, list) else []:
        if isinstance(user, dict) and id_string(user.get("id")):
            names[id_string(user.get("id"))] = user.get("nickname") or user.get("name") or "user"
    content = _RAW_USER.sub(lambda m: f"@{names.get(m.group(1), 'user')}", content)
    content = _RAW_ROLE.sub("@role", _RAW_CHANNEL.sub("#channel", content))
    content = _RAW_TIME.sub(lambda m: _epoch_date(m.group(1)), content)
    return _RAW_EMOJI.sub(r":\1:", content)


def _epoch_date(seconds: str) -> str:
    """Render a Discord timestamp tag as a plain date."""
    try:
        return datetime.fromtimestamp(int(seconds), tz=UTC).strftime("%Y-%m-%d")
    except (ValueError, OverflowError, OSError):
        return ""


def _time(value: Any) -> datetime | None:
    """Parse the export's ISO timestamp (with its offset) as UTC, or None."""
    text = parse_created_at(value)
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _csv_time(value: str) -> datetime | None:
    """Parse a CSV export's date (ISO, or one of the locales' "g" formats), or None."""
    parsed = _time(value.strip())
    if parsed is not None:
        return parsed
    for fmt in _CSV_DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _posts(
    messages: list[Message],
    path: Path,
    author: str | None,
    handle: str | None,
    tally: Counter[str],
    skipped: Counter[str] | None,
) -> list[RawPost]:
    """Pick the person's messages and attach each one's context; count what was skipped."""
    if all(m.time is not None for m in messages):  # exports run oldest first; make sure
        messages = sorted(messages, key=lambda m: m.time or datetime.min)
    person = _person(messages, author, path)
    account = handle or _display_name(messages, person)
    by_id = {m.id: m for m in messages}
    posts = []
    for index, message in enumerate(messages):
        if message.author_id != person:
            tally["others"] += 1
            continue
        context, answers_other = _context(messages, index, by_id)
        posts.append(
            RawPost(
                id=message.id,
                text=message.text,
                source=str(path),
                account=account,
                created_at=message.time.isoformat() if message.time else None,
                is_reply=answers_other,
                context=context,
            )
        )
    if skipped is not None:
        skipped.update(tally)
    return posts


def _context(
    messages: list[Message], index: int, by_id: dict[str, Message]
) -> tuple[tuple[str, ...], bool]:
    """Return (context turns, whether it answers someone else) for messages[index]."""
    message = messages[index]
    if message.reply_to is not None:
        parent = by_id.get(message.reply_to)
        if parent is None:  # deleted, a bot's, or before the export began: unknown context
            return (), False
        chain = [parent]
        while len(chain) < MAX_CONTEXT_TURNS and chain[0].reply_to in by_id:
            earlier = by_id[chain[0].reply_to or ""]
            if earlier in chain:
                break
            chain.insert(0, earlier)
        return tuple(m.text for m in chain), parent.author_id != message.author_id
    previous = messages[index - 1] if index > 0 else None
    if previous is None or previous.author_id == message.author_id:
        return (), False  # a first message, or the person continuing: a free post
    if not _within(previous, message):
        return (), False
    turns = [previous]
    for earlier in reversed(messages[: index - 1]):
        if len(turns) >= MAX_CONTEXT_TURNS or not _within(earlier, turns[0]):
            break
        turns.insert(0, earlier)
    return tuple(m.text for m in turns), True


def _within(earlier: Message, later: Message) -> bool:
    """Say whether `later` came within REPLY_WINDOW of `earlier` (unknown times: no)."""
    if earlier.time is None or later.time is None:
        return False
    return timedelta(0) <= later.time - earlier.time <= REPLY_WINDOW


def _person(messages: Sequence[Message], author: str | None, path: Path) -> str:
    """Return the author id that --author names, or raise a DataError listing who wrote most."""
    if author:
        wanted = author_key(author)
        for message in messages:
            if wanted == message.author_id or wanted in (n.casefold() for n in message.names):
                return message.author_id
    top = Counter((m.author_id, m.names[0] if m.names else m.author_id) for m in messages)
    ranked = [(name, count) for (_id, name), count in top.most_common(5)]
    raise author_error(path, author, "a Discord export", "a name, nickname or id", ranked)


def _display_name(messages: Iterable[Message], person: str) -> str:
    """Return the person's account name (their first name form) for the stats and card."""
    for message in messages:
        if message.author_id == person and message.names:
            return message.names[0]
    return person
