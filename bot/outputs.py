"""Write tweetling's outputs (folders and files) without ever losing what tweetling did not write.

Every command that writes a folder builds it in a fresh private folder beside the target and
renames it into place, so a crash never leaves half an output and nothing outside the private
folder is ever deleted. A target that already exists is replaced only when it is an earlier
output of the same kind: its marker file says so and lists every entry, or (for outputs
written before markers existed) it holds only the files that kind of output has. Anything else,
the working directory, a file where a folder should be, or a folder that holds the command's
own input is refused with one `error:` line before any work starts.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.errors import UserError

MARKER = ".tweetling-output.json"

# What each kind of output is called in messages.
KINDS = {
    "ct2": "CTranslate2 export",
    "data": "prepared data folder",
    "model": "trained model folder",
    "base": "converted base model",
    "download": "fetch-x download",
    "harm": "harm model folder",
}


@dataclass(frozen=True)
class Legacy:
    """How to recognize an output written before markers: only known names, and a telltale one."""

    allowed: frozenset[str]  # every entry must be one of these
    signature: frozenset[str]  # and at least one of these must be there

    def matches(self, entries: set[str]) -> bool:
        """Say whether a folder with these entries is such an output."""
        return entries <= self.allowed and bool(entries & self.signature)


def check_target(
    target: str | Path,
    kind: str,
    *,
    legacy: Legacy | None = None,
    sources: Sequence[str | Path] = (),
    flag: str = "--out",
    noun: str = "",
) -> Path:
    """Return the target as a Path; raise a UserError if a `kind` folder there would lose data.

    Messages read "cannot write [noun ]to PATH: why"; `flag` names what the user can change.
    """
    path = _given(target, flag)
    head = _head(noun, path)
    real = path.resolve()
    _refuse_working_dir(real, head, flag)
    _refuse_sources(real, sources, head, flag)
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        what = "a symbolic link" if path.is_symlink() else "a file"
        raise UserError(f"{head}: it is {what}, not a folder", f"give {flag} a new folder name")
    if path.is_dir() and not is_ours(path, kind, legacy):
        raise UserError(
            f"{head}: it exists and is not a tweetling {KINDS[kind]}; nothing was written",
            f"choose a new {flag} folder, or move {path} away first",
        )
    return path


@contextmanager
def replace_dir(
    target: str | Path,
    kind: str,
    *,
    legacy: Legacy | None = None,
    sources: Sequence[str | Path] = (),
    flag: str = "--out",
    noun: str = "",
) -> Iterator[Path]:
    """Yield a not-yet-existing staging folder; on success, mark it and move it to `target`.

    The body must create the staging folder. An earlier output of the same kind at `target` is
    replaced; the check runs again just before the swap (a conversion can take minutes).
    """
    path = check_target(target, kind, legacy=legacy, sources=sources, flag=flag, noun=noun)
    head = _head(noun, path)
    private = _private_dir(path, head, flag)
    staging = private / path.name
    try:
        yield staging
        if not staging.is_dir():
            raise RuntimeError(f"nothing was written to the staging folder {staging}")
        write_marker(staging, kind)
        check_target(path, kind, legacy=legacy, sources=sources, flag=flag, noun=noun)
        _swap(staging, path, private)
    except OSError as exc:
        raise _unwritable(head, exc, flag) from None
    finally:
        shutil.rmtree(private, ignore_errors=True)  # our own folder: staging and the old copy


def claim_dir(
    target: str | Path,
    kind: str,
    *,
    legacy: Legacy | None = None,
    sources: Sequence[str | Path] = (),
    flag: str = "--out",
    noun: str = "",
) -> Path:
    """Create (or accept) a folder that a long job writes into in place, and mark it as ours."""
    path = check_target(target, kind, legacy=legacy, sources=sources, flag=flag, noun=noun)
    try:
        path.mkdir(parents=True, exist_ok=True)
        if not (path / MARKER).is_file():
            write_marker(path, kind, listed=False)
    except OSError as exc:
        raise _unwritable(_head(noun, path), exc, flag) from None
    return path


def _head(noun: str, path: Path) -> str:
    """Return the start of every error line about writing to `path`."""
    return f"cannot write {noun + ' ' if noun else ''}to {path}"


def _unwritable(head: str, exc: OSError, flag: str) -> UserError:
    """Return the error for a target the system would not let us write."""
    return UserError(f"{head}: {exc.strerror or exc}", f"choose a {flag} you can write to")


@contextmanager
def replace_file(
    target: str | Path, is_ours: Callable[[Path], bool], *, flag: str = "--out"
) -> Iterator[Path]:
    """Yield a fresh temporary file beside `target`; on success, move it onto `target`.

    An existing `target` is replaced only if `is_ours` recognizes it as an earlier output.
    """
    path = _given(target, flag)
    _refuse_working_dir(path.resolve(), f"cannot write {path}", flag)
    if path.is_dir() or path.is_symlink() or (path.exists() and not path.is_file()):
        raise UserError(
            f"cannot write {path}: it is not a file", f"give {flag} a file name, e.g. posts.jsonl"
        )
    if path.exists() and not is_ours(path):
        raise UserError(
            f"cannot write {path}: it exists and was not written by tweetling; nothing was written",
            f"choose a new {flag} file, or move {path} away first",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _unwritable(f"cannot write {path}", exc, flag) from None
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def is_ours(path: Path, kind: str, legacy: Legacy | None = None) -> bool:
    """Say whether folder `path` is empty or an earlier tweetling output of this kind."""
    try:
        entries = {p.name for p in path.iterdir()}
    except OSError:  # unreadable: we cannot tell, so it is not ours
        return False
    if not entries:
        return True
    if MARKER in entries:
        marker = read_marker(path)
        if marker is None or marker.get("kind") != kind:
            return False
        files = marker.get("files")
        # A folder written in place (files = null) is ours as a whole; new files in it are kept.
        if files is None:
            return True
        return isinstance(files, list) and entries - {MARKER} <= {str(f) for f in files}
    return legacy is not None and legacy.matches(entries)


def read_marker(path: Path) -> dict[str, object] | None:
    """Return the marker of an output folder, or None if it has none or it is unreadable."""
    try:
        data = json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_marker(path: Path, kind: str, listed: bool = True) -> None:
    """Mark `path` as a tweetling output of `kind`; `listed` records its entries."""
    names = sorted(p.name for p in path.iterdir() if p.name != MARKER) if listed else None
    data = {
        "tool": "tweetling",
        "kind": kind,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": names,
    }
    (path / MARKER).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def is_jsonl_with(path: Path, keys: Iterable[str], sample: int = 50) -> bool:
    """Say whether the first lines of a file are JSON objects that all carry `keys`."""
    wanted = set(keys)
    try:
        with path.open(encoding="utf-8") as fh:
            lines = [line for _, line in zip(range(sample), fh, strict=False) if line.strip()]
        objects = [json.loads(line) for line in lines]
    except (OSError, ValueError):
        return False
    return all(isinstance(o, dict) and wanted <= o.keys() for o in objects)


def _given(target: str | Path, flag: str) -> Path:
    """Return the target as a Path; an empty one would mean the working directory."""
    if not str(target).strip():
        raise UserError(f"{flag} is empty", f"give {flag} a folder or file name")
    return Path(target).expanduser()


def _refuse_working_dir(real: Path, head: str, flag: str) -> None:
    """Refuse the working directory and its parents: replacing them would lose everything."""
    cwd = Path.cwd().resolve()
    if real == cwd or real in cwd.parents:
        raise UserError(
            f"{head}: it is the working directory (or holds it)",
            f"give {flag} a new folder inside it, e.g. {flag} out",
        )


def _refuse_sources(real: Path, sources: Sequence[str | Path], head: str, flag: str) -> None:
    """Refuse a target that is, or holds, one of the command's inputs."""
    for source in sources:
        src = Path(source).expanduser().resolve()
        if real == src or real in src.parents:
            raise UserError(
                f"{head}: it would overwrite the input {source}",
                f"give {flag} a folder outside {source}",
            )


def _private_dir(path: Path, head: str, flag: str) -> Path:
    """Create a fresh hidden folder beside `path` (same file system, so renames are atomic)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
    except OSError as exc:
        raise UserError(
            f"{head}: {exc.strerror or exc}", f"choose a {flag} you can write to"
        ) from None


def _swap(staging: Path, path: Path, private: Path) -> None:
    """Move `staging` to `path`; an earlier output there goes into `private` first."""
    old = private / f"{path.name}.old"
    had_old = path.is_dir()
    if had_old:
        path.rename(old)
    try:
        staging.rename(path)
    except OSError:
        if had_old:
            old.rename(path)  # put the earlier output back
        raise
