"""User-facing errors: one clear line saying what is wrong and how to fix it."""

from __future__ import annotations

from bot.textsafe import escape_controls


class UserError(Exception):
    """An error the user caused and can fix; the CLI prints it on one line and exits 2."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def line(self) -> str:
        """Return the single line the CLI prints."""
        text = f"error: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return one_line(text)


def one_line(text: str) -> str:
    """Return text on one line with runs of whitespace joined and any huge word cut short.

    An error may echo what the user gave (a 5,000-digit number, a 100 KB argument, a path too
    long for the system); the line stays readable.
    """
    words = (w if len(w) <= 200 else w[:100] + "..." for w in text.split())
    return escape_controls(" ".join(words))  # a file name or value may hold escape sequences


class ConfigError(UserError):
    """The configuration file or environment is invalid."""


class DataError(UserError):
    """An input file (archive, CSV, JSONL ...) is missing, malformed or empty."""
