"""Failures a command meets from the world (network, backend, disk) as one `error:` line."""

from __future__ import annotations

import errno

from bot.errors import one_line
from bot.generation.base import GenerationError
from bot.ports import SendError

# Raised by a command when something outside it fails; each message already says what failed.
FAILURES: tuple[type[BaseException], ...] = (SendError, GenerationError, OSError)


def failure_line(exc: BaseException) -> str:
    """Return the one line to print for a failure in FAILURES (the message, never a traceback)."""
    if isinstance(exc, SendError):
        text, fix = f"{exc}", ""
    elif isinstance(exc, GenerationError):
        text, fix = f"generation failed: {exc}", ""
    elif isinstance(exc, OSError):
        text, fix = _os_error(exc)
    else:
        text, fix = f"{type(exc).__name__}: {exc}", ""
    line = f"error: {text}" + (f" (hint: {fix})" if fix else "")
    return one_line(line)


def _os_error(exc: OSError) -> tuple[str, str]:
    """Describe a file or network OSError by its path and reason."""
    what = exc.strerror or str(exc) or type(exc).__name__
    where = f"{exc.filename}: " if exc.filename is not None else ""
    fixes = {
        errno.ENOSPC: "free some disk space and run it again",
        errno.EACCES: "check the permissions of that path",
        errno.EPERM: "check the permissions of that path",
        errno.EROFS: "choose a writable location",
        errno.EISDIR: "give a file, not a folder",
        errno.ENOTDIR: "give a folder, not a file",
        errno.ENOENT: "check the path",
    }
    return f"{where}{what}", fixes.get(exc.errno or 0, "check the path and run it again")
