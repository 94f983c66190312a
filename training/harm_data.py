"""Read the moderation-train JSONL files for the harm classifier, minus rows we cannot ship."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from bot.errors import DataError
from bot.safety.harm.features import CATEGORIES

# Share-alike (CC-BY-SA) and GPL rows would bind the trained weights to those licences, and the
# weights ship under MIT: leave them out of training (a merged row "a+b" goes if either part is).
EXCLUDED_SOURCES = frozenset({"stormfront", "ethos"})


def labels_of(*categories: str) -> tuple[int, ...]:
    """Return the 0/1 labels in CATEGORIES order with these categories set."""
    return tuple(int(c in categories) for c in CATEGORIES)


# The label sets the generated sentences carry (training/harm_augment*.py).
BENIGN = labels_of()
VIOLENCE = labels_of("violence")
THREAT = labels_of("harassment", "violence")
SEXUAL = labels_of("harassment", "sexual")
SELF_HARM = labels_of("self_harm")
TELL_TO_DIE = labels_of("harassment", "self_harm")


@dataclass(frozen=True)
class Row:
    """One labelled text: the five 0/1 labels in CATEGORIES order, and where it came from."""

    text: str
    labels: tuple[int, ...]
    source: str


def read_rows(path: Path) -> list[Row]:
    """Read a gzip (or plain) JSON Lines file of {text, labels, source}. Raises DataError."""
    opener = gzip.open if path.suffix == ".gz" else open
    rows: list[Row] = []
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            lines = [line for line in fh if line.strip()]
        for line in lines:
            obj = json.loads(line)
            labels = tuple(int(bool(obj["labels"][c])) for c in CATEGORIES)
            rows.append(Row(str(obj["text"]), labels, str(obj.get("source", ""))))
    except FileNotFoundError:
        raise DataError(
            f"{path} does not exist", "point --data at the moderation-train directory"
        ) from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {path}: {exc}", "give a gzip JSON Lines file") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(
            f"{path} row {len(rows) + 1} is not a labelled row ({exc.__class__.__name__}: {exc})",
            'each line needs {"text": ..., "labels": {"hate": 0, ...}, "source": ...}',
        ) from None
    if not rows:
        raise DataError(f"{path} holds no rows", "give the moderation-train train/dev files")
    return rows


def shippable(rows: list[Row]) -> list[Row]:
    """Drop rows from sources whose licence would bind the trained weights."""
    return [r for r in rows if not EXCLUDED_SOURCES.intersection(r.source.split("+"))]
