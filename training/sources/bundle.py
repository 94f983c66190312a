"""The files of an export (a folder, a .zip or a .tar.gz): found by name, read safely."""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from bot.errors import DataError
from training.sources import base
from training.sources.base import read_bytes

# Everything the standard library raises for a damaged, truncated or encrypted archive member.
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    tarfile.TarError,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,  # an encrypted zip member: "password required"
    NotImplementedError,  # a compression method zipfile does not support
    ValueError,
)
TAR_SUFFIXES = (".tar.gz", ".tgz", ".tar")


def is_archive(path: Path) -> bool:
    """Say whether a path names a zip or tar file by its suffix."""
    name = path.name.lower()
    return name.endswith(".zip") or name.endswith(TAR_SUFFIXES)


class Bundle:
    """The member files of an export folder or archive, by their paths inside it."""

    def __init__(self, label: str, names: list[str], read: Callable[[str], bytes]) -> None:
        self.label = label
        self.names = names
        self._read = read

    def find(self, basename: str) -> str | None:
        """Return the shallowest member called `basename` (exports may sit in one top folder)."""
        found = [n for n in self.names if PurePosixPath(n).name == basename]
        return min(found, key=lambda n: (n.count("/"), n)) if found else None

    def beside(self, member: str, basename: str) -> str | None:
        """Return the member called `basename` in the same folder as `member`, if any."""
        parent = PurePosixPath(member).parent
        wanted = str(parent / basename) if str(parent) != "." else basename
        return wanted if wanted in self.names else None

    def where(self, member: str) -> str:
        """Name a member for error messages."""
        return f"{self.label}/{member}"

    def read(self, member: str) -> bytes:
        """Return a member's bytes; a damaged archive is a DataError, not a traceback."""
        try:
            return self._read(member)
        except DataError:
            raise
        except ARCHIVE_ERRORS as exc:
            raise DataError(
                f"cannot read {self.where(member)} ({exc})",
                hint="the archive looks damaged or incomplete; download the export again",
            ) from None


def open_bundle(path: Path, siblings: tuple[str, ...] = ()) -> Bundle:
    """Open a folder, a .zip or a .tar(.gz) as a Bundle; a plain file with its `siblings`."""
    if path.is_dir():
        return _folder(path)
    name = path.name.lower()
    if name.endswith(".zip"):
        return _zip(path)
    if name.endswith(TAR_SUFFIXES):
        return _tar(path)
    found = [s for s in siblings if s != path.name and (path.parent / s).is_file()]
    return Bundle(
        str(path.parent),
        [path.name, *found],
        lambda m: read_bytes(path.parent / m, "check the file"),
    )


def _folder(path: Path) -> Bundle:
    """List a folder's files (two levels deep: exports unpack into one top folder)."""
    names = sorted(
        p.relative_to(path).as_posix()
        for pattern in ("*", "*/*")
        for p in path.glob(pattern)
        if p.is_file()
    )
    return Bundle(str(path), names, lambda m: read_bytes(path / m, "check the export folder"))


def _zip(path: Path) -> Bundle:
    """List a zip's members; a file that is not a zip is a DataError."""
    try:
        archive = zipfile.ZipFile(path)
        names = [i.filename for i in archive.infolist() if not i.is_dir()]
    except ARCHIVE_ERRORS as exc:
        raise DataError(f"{path} is not a readable zip file ({exc})") from None

    def read(member: str) -> bytes:
        if archive.getinfo(member).file_size > base.MAX_FILE_BYTES:
            raise DataError(f"{path}/{member} is too large to be a post export")
        return archive.read(member)

    return Bundle(str(path), sorted(names), read)


def _tar(path: Path) -> Bundle:
    """List a tar's (or .tar.gz's) regular files; a file that is not one is a DataError."""
    try:
        archive = tarfile.open(path)  # noqa: SIM115 (members are read later, on demand)
        members = {m.name.removeprefix("./"): m for m in archive.getmembers() if m.isfile()}
    except ARCHIVE_ERRORS as exc:
        raise DataError(f"{path} is not a readable tar archive ({exc})") from None

    def read(member: str) -> bytes:
        info = members[member]
        if info.size > base.MAX_FILE_BYTES:
            raise DataError(f"{path}/{member} is too large to be a post export")
        handle = archive.extractfile(info)
        if handle is None:
            raise DataError(f"{path}/{member} is not a regular file")
        return handle.read()

    return Bundle(str(path), sorted(members), read)
