"""The raw post every reader produces, and helpers the readers share."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.errors import DataError

TWITTER_TIME = "%a %b %d %H:%M:%S %z %Y"  # "Wed Oct 10 20:19:24 +0000 2018"

# X marks posts it could not place in a language with these pseudo codes (media only, no text ...).
NOT_A_LANGUAGE = frozenset({"und", "qme", "zxx", "qam", "qct", "qht", "qst", "qin", "art"})

_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_LEADING_MENTION = re.compile(r"^\s*@\w{1,15}\b")
MAX_CONTEXT_TURNS = 4  # earlier turns kept as a reply's context
MAX_FILE_BYTES = 4 * 2**30  # larger "exports" are mistakes (a disk image, a video), not posts


@dataclass(frozen=True, slots=True)
class RawPost:
    """One post as read from a source, before cleaning."""

    id: str
    text: str
    source: str  # the file (or handle) it came from
    account: str  # whose post it is: the handle, or the file's name when unknown
    created_at: str | None = None  # ISO 8601
    lang: str | None = None  # a language code, None when X could not tell
    is_retweet: bool = False  # known from the data's structure (the "RT @" prefix is checked later)
    is_reply: bool = False  # a reply to someone else (self-replies are threads and stay)
    # The conversation this post answers, oldest turn first (empty for a free post). A post with
    # context becomes a (context -> reply) training pair; see bot/prompting.py.
    context: tuple[str, ...] = ()
    # Kept as metadata (Mastodon's content warning and sensitive flag, Bluesky's self-labels).
    content_warning: str | None = None
    sensitive: bool = False
    # "public", "unlisted", "followers" or "direct" where the source says; None when unknown.
    visibility: str | None = None
    # The source marks every repost (Mastodon's Announce, Bluesky's repost records), so the
    # counts stay the source's own: an "RT @" text is a crossposted tweet, not a repost.
    reposts_marked: bool = False


def parse_created_at(value: Any) -> str | None:
    """Return an ISO 8601 string for X's or an ISO timestamp, the raw string if unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC).isoformat()
        except (OverflowError, ValueError, OSError):  # nan, inf, or beyond year 9999
            return None
    if not isinstance(value, str):
        return None
    text = str(value).strip()
    for parse in (_parse_twitter_time, _parse_iso_time):
        parsed = parse(text)
        if parsed is not None:
            # One zone for all, so ISO strings sort in time order.
            return parsed.astimezone(UTC).isoformat()
    return text


def _parse_twitter_time(text: str) -> datetime | None:
    """Parse X's archive/v1.1 format, or return None."""
    parts = text.split()
    # The common "+0000" case by hand: strptime is the slowest step of reading 100k posts.
    if len(parts) == 6 and parts[4] == "+0000" and parts[1] in _MONTHS:
        try:
            hour, minute, second = (int(x) for x in parts[3].split(":"))
            day, year = int(parts[2]), int(parts[5])
            return datetime(year, _MONTHS[parts[1]], day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            return None
    try:
        return datetime.strptime(text, TWITTER_TIME)
    except ValueError:
        return None


def _parse_iso_time(text: str) -> datetime | None:
    """Parse an ISO 8601 timestamp (with or without zone, with Z), or return None."""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def normalize_lang(value: Any) -> str | None:
    """Return a lowercase language code, or None for X's no-language markers."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().lower()
    return None if code in NOT_A_LANGUAGE else code


def expand_urls(text: str, entities: Mapping[str, Any] | None) -> str:
    """Replace t.co links with the URLs they stand for; drop links to attached media."""
    if not entities:
        return text
    for url in _as_list(entities.get("urls")):
        short, full = url.get("url"), url.get("expanded_url")
        if isinstance(short, str) and short and isinstance(full, str) and full:
            text = text.replace(short, full)
    for media in _as_list(entities.get("media")):
        short = media.get("url")
        if isinstance(short, str) and short:
            text = text.replace(short, "")
    return text


def _as_list(value: Any) -> list[dict[str, Any]]:
    """Return the dicts in a JSON list (anything else: empty)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def id_string(value: Any) -> str | None:
    """Return an id as a string (X sends numbers as strings in archives)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | str):
        return str(value).strip() or None
    return None


def looks_like_reply(text: str) -> bool:
    """Guess from the text alone: a post that starts with an @handle answers someone."""
    return bool(_LEADING_MENTION.match(text))


def require_text(obj: Mapping[str, Any], where: str, keys: Sequence[str]) -> str:
    """Return the first string field of `keys`, or raise DataError naming `where`."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str):
            return value
    names = "/".join(keys)
    raise DataError(
        f"{where} has no {names} field",
        hint="each post needs its text; is this the right file?",
    )


def parse_json(text: str, where: str, hint: str) -> Any:
    """Parse a whole JSON document; a DataError says where it broke (line and column)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            f"{where} is not valid JSON ({exc.msg}; line {exc.lineno}, column {exc.colno})",
            hint=hint,
        ) from exc
    except RecursionError:  # arrays or objects nested thousands deep: no export does that
        raise DataError(f"{where} is nested too deeply to be an export", hint=hint) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise DataError(f"{where} is not usable JSON ({exc})", hint=hint) from None
    except MemoryError:  # the parsed objects take several times the file's size
        raise DataError(f"{where} is too large to read in this much memory", hint=hint) from None


def read_bytes(path: Path, hint: str, limit: int | None = None) -> bytes:
    """Return a file's bytes; a DataError for an unreadable or absurdly large file."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise DataError(
                f"{path} is {size:,} bytes, more than the {limit:,} a source may be",
                hint="split it, or pass only the file that holds the posts",
            )
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read {path} ({exc.strerror or exc})", hint=hint) from None


def load_json_file(path: Path, hint: str) -> Any:
    """Read, decode and parse a whole JSON file; any problem is one DataError."""
    return parse_json(decode_text(read_bytes(path, hint), str(path), hint), str(path), hint)


def decode_text(data: bytes, where: str, hint: str) -> str:
    """Decode UTF-8 (a BOM allowed), or raise DataError naming `where`."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{where} is not UTF-8 text", hint=hint) from None


def author_key(author: str) -> str:
    """Return an --author value as chat exports are matched: no @, case folded."""
    return author.strip().lstrip("@").casefold()


def author_error(
    path: Path, author: str | None, chat: str, forms: str, top: Sequence[tuple[str, int]]
) -> DataError:
    """Return the error for an --author nobody matches, or for a `chat` that needs one.

    `forms` says what --author accepts ("a name or id"); `top` is (who, messages), most first.
    """
    listed = ", ".join(f"{who} ({count})" for who, count in top) or "nobody"
    if author:
        return DataError(
            f"{path}: nobody named {author!r} wrote a message here",
            hint=f"pass --author with {forms}; most active: {listed}",
        )
    return DataError(
        f"{path} is {chat}: say whose messages to learn with --author NAME_OR_ID",
        hint=f"most active: {listed}",
    )


def thread_context(
    post_id: str,
    parent_of: Mapping[str, str],
    text_of: Mapping[str, str],
    turns: int = MAX_CONTEXT_TURNS,
) -> tuple[str, ...]:
    """Return the texts a post answers, oldest first: its parent chain within the source."""
    chain: list[str] = []
    seen = {post_id}
    parent = parent_of.get(post_id)
    # A loop, not recursion: threads can be thousands long, and ids can loop in edited data.
    while parent is not None and parent not in seen and len(chain) < turns:
        text = text_of.get(parent, "").strip()
        if not text:  # unknown or media-only: what came before it would be misleading
            break
        chain.append(text)
        seen.add(parent)
        parent = parent_of.get(parent)
    return tuple(reversed(chain))
