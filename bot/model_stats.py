"""A trained model's `training_stats.json`: the one reader and writer for training and serving.

Training writes it, `update` continues from it, `eval` and the card read it, and serving reads
whether the model learned topic pairs. One damaged file gives one `error:` line everywhere, and
a write goes through a temporary file and os.replace, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bot.errors import DataError

STATS_FILENAME = "training_stats.json"
_HINT = "train the model again (or restore the folder `tweetling train` wrote)"


def stats_path(model_dir: str | Path) -> Path:
    """Return where a model folder keeps its training stats."""
    return Path(model_dir) / STATS_FILENAME


def read_model_stats(model_dir: str | Path) -> dict[str, Any]:
    """Return the model folder's training stats; DataError if missing, unreadable or not a dict."""
    path = stats_path(model_dir)
    if not path.is_file():
        raise DataError(
            f"{model_dir} has no {STATS_FILENAME}; it was not made by `tweetling train`",
            "pass the folder `tweetling train` (or `update`) wrote",
        )
    try:
        stats = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise DataError(f"{path} is not UTF-8 text", _HINT) from None
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror or exc}", _HINT) from None
    except (ValueError, RecursionError) as exc:  # bad JSON, nested too deep, huge numbers
        raise DataError(f"{path} is not valid JSON: {exc}", _HINT) from None
    if not isinstance(stats, dict):
        raise DataError(f"{path} does not hold a JSON object", _HINT)
    return stats


def write_model_stats(model_dir: str | Path, stats: dict[str, Any]) -> Path:
    """Write the training stats through a temporary file and os.replace; return the path."""
    path = stats_path(model_dir)
    text = json.dumps(stats, indent=2, ensure_ascii=False) + "\n"
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise DataError(
            f"cannot write {path}: {exc.strerror or exc}", "free some space or fix the permissions"
        ) from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return path
