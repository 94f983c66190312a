"""A SQLite connection whose text parameters always encode: the store never raises on input.

Text from outside (a console line read with surrogateescape, a lone surrogate in a JSON payload)
can hold lone surrogates, which UTF-8 cannot encode: sqlite3 raised UnicodeEncodeError and the
mention was lost. Every text parameter of every statement passes through here, so every text
column of every table stores the replaced text instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.textsafe import replace_surrogates


def storable(value: object) -> object:
    """Return `value`, with lone surrogates replaced if it is text."""
    return replace_surrogates(value) if isinstance(value, str) else value


def _params(params: Any) -> Any:
    if isinstance(params, Mapping):
        return {k: storable(v) for k, v in params.items()}
    if isinstance(params, Sequence) and not isinstance(params, str | bytes):
        return tuple(storable(v) for v in params)
    return params


class TextSafeConnection(sqlite3.Connection):
    """A connection (use as `sqlite3.connect(..., factory=...)`) that stores only valid text."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        """Run one statement with storable parameters."""
        return super().execute(sql, _params(parameters))

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        """Run one statement per parameter set, each made storable."""
        return super().executemany(sql, (_params(p) for p in parameters))

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or TextSafeCursor)


class TextSafeCursor(sqlite3.Cursor):
    """A cursor whose statements get storable parameters too."""

    def execute(self, sql: str, parameters: Any = (), /) -> TextSafeCursor:
        """Run one statement with storable parameters."""
        super().execute(sql, _params(parameters))
        return self

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> TextSafeCursor:
        """Run one statement per parameter set, each made storable."""
        super().executemany(sql, (_params(p) for p in parameters))
        return self
