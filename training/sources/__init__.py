"""Readers for every source of posts: X archives, the X API, JSONL/CSV/TXT files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.config import DataConfig
from bot.errors import DataError
from training.sources.base import RawPost

SUPPORTED = "an X archive (folder, .zip or data/tweets.js), .jsonl, .json (API dump), .csv or .txt"


def read_source(path: str | Path, cfg: DataConfig | None = None) -> list[RawPost]:
    """Read one source, choosing the reader from what the path is; raise DataError if empty."""
    from training.sources import files, x_api, x_archive

    cfg = cfg or DataConfig()
    path = Path(path)
    if not path.exists():
        raise DataError(f"{path} does not exist", hint=f"pass {SUPPORTED}")
    suffix = path.suffix.lower()
    if path.is_dir() or suffix in (".zip", ".js"):
        posts = x_archive.read_archive(path)
    elif suffix in (".jsonl", ".ndjson"):
        posts = files.read_jsonl(path)
    elif suffix == ".json":
        posts = x_api.read_json_dump(path)
    elif suffix in (".csv", ".tsv"):
        posts = files.read_csv(path, cfg.csv_text_column)
    elif suffix == ".txt":
        posts = files.read_txt(path)
    else:
        raise DataError(f"{path}: unknown kind of file", hint=f"pass {SUPPORTED}")
    if not posts:
        raise DataError(f"{path} holds no posts", hint="check that this is the right file")
    return posts


def read_sources(paths: Sequence[str | Path], cfg: DataConfig | None = None) -> list[RawPost]:
    """Read several sources (several accounts may be blended) into one list."""
    if not paths:
        raise DataError("no source given", hint=f"pass {SUPPORTED}")
    posts: list[RawPost] = []
    for path in paths:
        posts.extend(read_source(path, cfg))
    return posts
