"""The prepared-data format (`train.jsonl` + `stats.json`), read by training and by serving.

`tweetling data prepare` writes one cleaned post per line; training reads the posts, and the
memorization filter builds its index from the same texts. Both read them here, so serving
needs nothing from the training package.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.errors import DataError
from bot.outputs import Legacy

TRAIN_FILE = "train.jsonl"
STATS_FILE = "stats.json"
# A data folder holding only these, stats.json among them, was written by `data prepare` before
# output markers existed (a `.tmp` is a crashed write); a lone train.jsonl may be a user's own.
PREPARED = Legacy(
    allowed=frozenset({TRAIN_FILE, STATS_FILE, f"{TRAIN_FILE}.tmp", f"{STATS_FILE}.tmp"}),
    signature=frozenset({STATS_FILE}),
)


def train_file(path: str | Path) -> Path:
    """Return the train.jsonl of a prepared folder (or the file itself); DataError if missing."""
    path = Path(path)
    train = path if path.is_file() else path / TRAIN_FILE
    if not train.is_file():
        raise DataError(
            f"{train} does not exist", hint="run `tweetling data prepare SOURCE -o DIR` first"
        )
    return train


def read_records(train: Path) -> list[tuple[int, dict[str, Any]]]:
    """Return (line number, object) for each post line of a train.jsonl; DataError if malformed."""
    try:
        lines = train.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DataError(f"{train} is not UTF-8 text") from exc
    except OSError as exc:
        raise DataError(f"cannot read {train}: {exc.strerror or exc}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:  # bad JSON, nested too deep, huge numbers
            raise DataError(
                f"{train}:{number} is not a prepared post", hint="prepare the data again"
            ) from exc
        if not isinstance(obj, dict) or "text" not in obj:
            raise DataError(
                f"{train}:{number} is not a prepared post", hint="prepare the data again"
            )
        records.append((number, obj))
    return records


def read_texts(path: str | Path) -> list[str]:
    """Return the post texts of a prepared folder or a train.jsonl file."""
    return [str(obj["text"]) for _, obj in read_records(train_file(path))]
