"""Posts from plain files: JSONL (one object per line), CSV (a text column), TXT (one per line)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bot.errors import DataError
from training.sources.base import RawPost, looks_like_reply, normalize_lang, parse_created_at
from training.sources.x_api import post_from_object

_ACCOUNT_COLUMNS = ("account", "username", "screen_name", "handle")


def read_jsonl(path: Path) -> list[RawPost]:
    """Read JSONL: `text` plus optional id, created_at, lang, account, reply, retweet."""
    posts = []
    for number, line in _numbered_lines(path):
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(
                f"{where} is not valid JSON ({exc.msg})",
                hint="each line must be one JSON object; the file may be truncated",
            ) from exc
        if not isinstance(obj, dict):
            raise DataError(f"{where} is not a JSON object", hint='write {"text": "..."} per line')
        posts.append(post_from_object(obj, where, str(path), path.stem, f"{path.stem}:{number}"))
    return posts


def read_csv(path: Path, column: str = "text") -> list[RawPost]:
    """Read a CSV with a header; `column` holds the post; id, created_at, lang are optional."""
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
            return [_csv_post(row, column, path, n) for n, row in enumerate(reader, 2)]
        except csv.Error as exc:
            raise DataError(f"{path}: malformed CSV ({exc})") from exc
        except UnicodeDecodeError as exc:
            raise DataError(f"{path} is not UTF-8 text") from exc


def _csv_post(row: dict[str, str | None], column: str, path: Path, line: int) -> RawPost:
    """Turn one CSV row into a RawPost."""
    text = row.get(column) or ""
    account = next((row[c] for c in _ACCOUNT_COLUMNS if row.get(c)), None)
    return RawPost(
        id=(row.get("id") or "").strip() or f"{path.stem}:{line}",
        text=text,
        source=str(path),
        account=account or path.stem,
        created_at=parse_created_at(row.get("created_at")),
        lang=normalize_lang(row.get("lang")),
        is_reply=looks_like_reply(text),
    )


def read_txt(path: Path) -> list[RawPost]:
    """Read a text file with one post per line (blank lines are skipped)."""
    return [
        RawPost(
            id=f"{path.stem}:{number}",
            text=line,
            source=str(path),
            account=path.stem,
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
