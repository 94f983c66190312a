"""Posts from plain files: JSONL (one object per line), CSV (a text column), TXT (one per line)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bot.errors import DataError
from training.sources.base import (
    RawPost,
    looks_like_reply,
    normalize_lang,
    parse_created_at,
    parse_json,
)
from training.sources.x_api import post_from_object

_ACCOUNT_COLUMNS = ("account", "username", "screen_name", "handle")


def read_jsonl(path: Path, account: str | None = None) -> list[RawPost]:
    """Read JSONL: `text` plus optional id, created_at, lang, account, reply, retweet, context.

    `context` (a string, or a list of strings oldest first) makes the row a (context -> reply)
    pair; rows without an account are `account`'s, else the file's.
    """
    name = account or path.stem
    posts = []
    for number, line in _numbered_lines(path):
        where = f"{path}:{number}"
        obj = parse_json(
            line, where, "each line must be one JSON object; the file may be truncated"
        )
        if not isinstance(obj, dict):
            raise DataError(f"{where} is not a JSON object", hint='write {"text": "..."} per line')
        posts.append(post_from_object(obj, where, str(path), name, f"{path.stem}:{number}"))
    return posts


def read_csv(path: Path, column: str = "text", account: str | None = None) -> list[RawPost]:
    """Read a CSV with a header; `column` holds the post; id, created_at, lang, context optional.

    A `context` cell is one turn, or a JSON list of turns (oldest first).
    """
    with _open_text(path) as handle:
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        try:
            reader = csv.DictReader(handle, dialect=dialect)
            fields = reader.fieldnames or []
            if column not in fields:
                raise DataError(
                    f"{path} has no {column!r} column (columns: {', '.join(fields) or 'none'})",
                    hint="name the text column with [data] csv_text_column",
                )
            name = account or path.stem
            return [_csv_post(row, column, path, n, name) for n, row in enumerate(reader, 2)]
        except csv.Error as exc:
            raise DataError(f"{path}: malformed CSV ({exc})") from exc
        except UnicodeDecodeError as exc:
            raise DataError(f"{path} is not UTF-8 text") from exc


def _csv_post(
    row: dict[str, str | None], column: str, path: Path, line: int, default_account: str
) -> RawPost:
    """Turn one CSV row into a RawPost."""
    text = row.get(column) or ""
    account = next((row[c] for c in _ACCOUNT_COLUMNS if row.get(c)), None)
    return RawPost(
        id=(row.get("id") or "").strip() or f"{path.stem}:{line}",
        text=text,
        source=str(path),
        account=account or default_account,
        created_at=parse_created_at(row.get("created_at")),
        lang=normalize_lang(row.get("lang")),
        is_reply=looks_like_reply(text),
        context=_csv_context(row.get("context")),
    )


def _csv_context(cell: str | None) -> tuple[str, ...]:
    """Return a CSV context cell's turns: a JSON list of strings, or the cell as one turn."""
    if cell is None or not cell.strip():
        return ()
    if cell.lstrip().startswith("["):
        try:
            turns = json.loads(cell)
        except (ValueError, RecursionError):  # not a JSON list after all: the cell is one turn
            turns = None
        if isinstance(turns, list) and all(isinstance(t, str) for t in turns):
            return tuple(t for t in turns if t.strip())
    return (cell,)


def read_txt(path: Path, account: str | None = None) -> list[RawPost]:
    """Read a text file with one post per line (blank lines are skipped)."""
    return [
        RawPost(
            id=f"{path.stem}:{number}",
            text=line,
            source=str(path),
            account=account or path.stem,
            is_reply=looks_like_reply(line),
        )
        for number, line in _numbered_lines(path)
    ]


def _numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for the non-blank lines of a UTF-8 file."""
    with _open_text(path) as handle:
        try:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, line.rstrip("\r\n")
        except UnicodeDecodeError as exc:
            raise DataError(f"{path} is not UTF-8 text") from exc


def _open_text(path: Path) -> TextIO:
    """Open a UTF-8 file (a BOM allowed) for reading, with a clear error if that fails."""
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise DataError(f"cannot read {path} ({exc.strerror})") from exc
