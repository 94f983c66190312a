"""Map look-alike characters to ASCII letters with Unicode data, not a hand table.

Two sources, both Unicode's own: the confusables of UTS #39 (confusables.txt, shipped as JSON
by the confusable-homoglyphs package) and character names, which give Latin Extended letters
their base ("LATIN SMALL LETTER G WITH HOOK" is a g, "LATIN LETTER SMALL CAPITAL B" a b).
A character is resolved once, on first sight, and cached.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Latin letters with marks NFD does not remove (strokes, hooks), small capitals, squared,
# circled and regional-indicator letters: the name says which letter it is.
_LATIN_NAME = re.compile(
    r"^(?:NEGATIVE |SQUARED |CIRCLED |PARENTHESIZED |REGIONAL INDICATOR SYMBOL )*"
    r"(?:LATIN )?(?:SMALL |CAPITAL )?(?:LETTER|LIGATURE) "
    r"(?:SMALL CAPITAL |SCRIPT |DOTLESS )?([A-Z]{1,2})(?: WITH (?!.*LETTER).+)?$"
)
# The skeleton of 'm' is "rn": a character confusable with "rn" looks like an m.
_MULTI = {"rn": "m"}


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    """Load the confusables of each character (symmetric: prototypes and their sources)."""
    raw = (resources.files("confusable_homoglyphs") / "confusables.json").read_text("utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(raw)
    return {char: [entry["c"] for entry in entries] for char, entries in data.items()}


def preload() -> None:
    """Load the confusables data now (~0.1 s), not on the first non-ASCII candidate."""
    _table()


def _from_name(char: str) -> str | None:
    """Return the Latin letter(s) a character's Unicode name says it is, if any."""
    m = _LATIN_NAME.match(unicodedata.name(char, ""))
    return m.group(1).lower() if m else None


def _is_ascii_word(s: str) -> bool:
    return s.isascii() and s.isalnum()


def resolve(char: str, hops: int = 2) -> str:
    """Return the ASCII letters (or digit) a character looks like, else the character."""
    latin = _resolve(char, hops)
    if latin == "l" and char != char.lower() and _resolve(char.lower(), hops) == "i":
        return "i"  # a capital I (Cyrillic "І") is an l to UTS #39; its small form says i
    return latin


def _resolve(char: str, hops: int) -> str:
    if char.isascii():
        return char
    named = _from_name(char)
    if named is not None or hops == 0:
        return named or char
    compat = unicodedata.normalize("NFKC", char)
    if _is_ascii_word(compat):  # fullwidth, mathematical, circled, superscript: "Ｉ" is an I
        return compat
    candidates = _table().get(char, [])
    ascii_like = [c for c in candidates if _is_ascii_word(c)]
    singles = [c for c in ascii_like if len(c) == 1]
    if singles:  # prefer a letter: "о" is confusable with 'O' and '0'
        letters = [c for c in singles if c.isalpha()]
        return (letters or singles)[0].lower()
    for c in ascii_like:
        if c in _MULTI:
            return _MULTI[c]
    for c in candidates:  # through a non-ASCII prototype: в -> ʙ -> b, к -> ĸ -> ᴋ -> k
        if len(c) == 1 and not c.isascii():
            latin = resolve(c, hops - 1)
            if latin.isascii():
                return latin
    return char


class _Skeleton(dict[int, str]):
    """A str.translate table that resolves each new code point on first use."""

    def __missing__(self, code: int) -> str:
        value = resolve(chr(code))
        self[code] = value
        return value


_SKELETON = _Skeleton()


def to_latin(text: str) -> str:
    """Replace look-alike letters from other scripts and Latin Extended with ASCII letters."""
    return text if text.isascii() else text.translate(_SKELETON)
