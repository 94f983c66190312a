"""Readers for every source of posts: X, Mastodon, Bluesky, Telegram, Discord, JSONL/CSV/TXT."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.config import DataConfig
from bot.errors import DataError
from training.sources.base import RawPost

SUPPORTED = (
    "an X archive (folder, .zip or data/tweets.js), a Mastodon export (folder, .zip or "
    "outbox.json), a Bluesky repository (.car), a Telegram export (result.json), .jsonl, "
    ".json (API dump or Discord export), .csv or .txt"
)


@dataclass(frozen=True)
class ReadOptions:
    """Who the posts are by, where a source cannot tell alone."""

    author: str | None = None  # the person in a chat export (Discord): name, nickname or id
    handle: str | None = None  # the person's handle, for sources that do not name them


def read_source(
    path: str | Path,
    cfg: DataConfig | None = None,
    options: ReadOptions | None = None,
    skipped: Counter[str] | None = None,
) -> list[RawPost]:
    """Read one source, choosing the reader from what the path is; raise DataError if empty.

    `skipped` counts what a reader dropped before cleaning (a chat export's bots, system
    messages, attachment-only messages, other people's messages).
    """
    # Only the probes load up front; each reader loads in its own branch, so a JSONL run never
    # pays for atproto (seconds) and an X archive never for the Bluesky CAR decoder.
    from training.sources import discord_export, mastodon, telegram

    cfg = cfg or DataConfig()
    opts = options or ReadOptions()
    path = Path(path)
    if not path.exists():
        raise DataError(f"{path} does not exist", hint=f"pass {SUPPORTED}")
    suffix = path.suffix.lower()
    if path.is_dir() and discord_export.holds_exports(path):
        posts = discord_export.read_folder(path, opts.author, opts.handle, skipped)
    elif mastodon.holds_outbox(path):
        posts = mastodon.read_export(path, opts.handle)
    elif telegram.holds_export(path):
        posts = telegram.read_path(path, opts.author, opts.handle, skipped)
    elif suffix == ".car":
        from training.sources import bluesky

        posts = bluesky.read_repo(path, opts.handle)
    elif path.is_dir() or suffix in (".zip", ".js"):
        from training.sources import x_archive

        posts = x_archive.read_archive(path, handle=opts.handle)
    elif suffix in (".jsonl", ".ndjson"):
        from training.sources import files

        posts = files.read_jsonl(path, account=opts.handle)
    elif suffix == ".json":
        posts = _read_json(path, opts, skipped)
    elif suffix == ".csv" and discord_export.is_csv_export(path):
        posts = discord_export.read_csv_export(path, opts.author, opts.handle, skipped)
    elif suffix in (".csv", ".tsv"):
        from training.sources import files

        posts = files.read_csv(path, cfg.csv_text_column, account=opts.handle)
    elif suffix == ".txt":
        from training.sources import files

        posts = files.read_txt(path, account=opts.handle)
    else:
        raise DataError(f"{path}: unknown kind of file", hint=f"pass {SUPPORTED}")
    if not posts:
        raise DataError(f"{path} holds no posts", hint="check that this is the right file")
    return posts


def _read_json(path: Path, opts: ReadOptions, skipped: Counter[str] | None) -> list[RawPost]:
    """Read a .json file: a Discord channel export, or an X API dump."""
    from training.sources import discord_export, mastodon, telegram, x_api

    data = x_api.load_json(path)
    if discord_export.is_export(data):
        return discord_export.read_export(data, path, opts.author, opts.handle, skipped)
    if mastodon.is_outbox(data):
        return mastodon.posts_from_outbox(data, path, opts.handle)
    if telegram.is_export(data):
        return telegram.read_export(data, path, opts.author, opts.handle, skipped)
    return x_api.posts_from_dump(data, path, account=opts.handle)


def read_sources(
    paths: Sequence[str | Path],
    cfg: DataConfig | None = None,
    options: ReadOptions | None = None,
    skipped: Counter[str] | None = None,
) -> list[RawPost]:
    """Read several sources (several accounts may be blended) into one list."""
    if not paths:
        raise DataError("no source given", hint=f"pass {SUPPORTED}")
    posts: list[RawPost] = []
    for path in paths:
        posts.extend(read_source(path, cfg, options, skipped))
    return posts
