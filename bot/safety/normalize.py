"""Normalize text for word checks: Unicode folding, look-alikes, leetspeak, spacing tricks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.safety.confusables import to_latin

# Characters people insert to split a word without changing how it looks: zero-width and
# bidi controls, soft hyphen, variation selectors, Hangul fillers, Unicode tag characters.
INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U0001d173-\U0001d17a"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)  # a regex character-class body
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
# Blanks that look like a space but that nobody types between two letters of a word (NFKC
# turns most into ' ', the braille blank it keeps). The no-break spaces are left out:
# copy-pasted text is full of them.
ODD_BLANKS = "\u1680\u2000-\u200a\u205f\u2800\u3000"
_ODD_BLANK = re.compile(f"[{ODD_BLANKS}]")
_ODD_BLANK_IN_WORD = re.compile(f"(?<=[^\\W\\d_])[{ODD_BLANKS}]+(?=[^\\W\\d_])")

# Leetspeak: digits and symbols written for letters ("sh1t", "b1tch", "a55hole", "¢unt").
_LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "|": "i", "0": "o",
                       "5": "s", "$": "s", "7": "t", "9": "g", "8": "b", "¢": "c",
                       "£": "l", "¥": "y"})  # fmt: skip
_LEET_DIGITS = frozenset("43105798")
# Only tokens holding a leet character are visited: most words have none (speed).
_LEET_TOKEN = re.compile(r"[\w@$!|¢£¥]*[0-9@$!|¢£¥][\w@$!|¢£¥]*")
# A leading @ before a word is a handle; before symbols it is leet ("@$$hole").
_EDGE = re.compile(r"^((?:@+(?=\w))?)(.*?)([!|]*)$", re.DOTALL)
# Part of a code when glued by - / . to a piece with a digit: "F4G-21", "SKU/N1G-5".
_CODE_BEFORE = re.compile(r"[\w]*\d[\w]*[-/.]$")
_CODE_AFTER = re.compile(r"[-/.][\w]*\d")
_CODE = re.compile(r"[^\W\d_]+\d+")  # letters then digits: "a320", "sh17", "mp3"

# Three or more single letters split by separators: "f u c k", "f.u.c.k", "f-u-c-k".
_SPACED = re.compile(r"(?<![^\W_])[^\W\d_](?:[\s.\-_*·|/,+~'\"]{1,3}[^\W\d_](?![^\W_])){2,}")
_SINGLE_PAIR = re.compile(r"(?<![^\W_])[^\W\d_][\s.\-_*·|/,+~'\"]{1,3}[^\W\d_](?![^\W_])")
_RUN = re.compile(r"(.)\1{2,}", re.DOTALL)  # runs of three or more
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")


def strip_invisible(text: str) -> str:
    """Remove zero-width, soft-hyphen, bidi, variation-selector and tag characters."""
    return _INVISIBLE.sub("", text)


def fold(text: str, join_odd_blanks: bool = False) -> str:
    """Apply NFKC, drop marks, casefold and map look-alike letters to Latin (Unicode data).

    Odd blanks (braille blank, ideographic and typographic spaces) become spaces, or with
    `join_odd_blanks` vanish between two letters: "f⠀u⠀c⠀k" reads as one word.
    """
    if text.isascii():
        return text.lower()  # the common case: nothing to fold but case
    text = strip_invisible(text)
    if join_odd_blanks:
        text = _ODD_BLANK_IN_WORD.sub("", text)
    # Look-alikes first, as UTS #39 skeletons do: NFKC would turn some of them into other
    # letters (lunate sigma into sigma, which looks like an o), and case matters ("Η" is H).
    text = to_latin(_drop_marks(_ODD_BLANK.sub(" ", text)))
    text = unicodedata.normalize("NFKC", text).casefold()
    return to_latin(_drop_marks(text))


def _drop_marks(text: str) -> str:
    """Decompose and drop every mark, not only those with a combining class (zalgo, circles)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))


def looks_like_leet(token: str) -> bool:
    """Return True for a word with a few digits or symbols for letters, not a code.

    "sh1t", "b1tch", "n1gg3r", "@$$" are disguised words; "n199", "r7", "4x4", "a320", "mp3"
    and "10k" are codes: one letter, or more digits than letters.
    """
    letters = sum(c.isalpha() for c in token)
    digits = sum(c in _LEET_DIGITS for c in token)
    if letters == 0:
        return False  # a number, a price or "!!!"
    if digits == 0:
        return True  # symbols only ("b!tch", "@$$hole") are never codes
    return letters >= 2 and letters >= digits and not _CODE.fullmatch(token)


def in_code(match: re.Match[str]) -> bool:
    """Return True if the matched token is one piece of a code: "F4G-21", "SKU/N1G-5"."""
    text, start, end = match.string, match.start(), match.end()
    return bool(
        _CODE_BEFORE.search(text[max(0, start - 12) : start]) or _CODE_AFTER.match(text, end)
    )


def _deleet_token(match: re.Match[str]) -> str:
    """Map leet characters in a token that looks like a disguised word; keep @ and !."""
    token = match.group(0)
    if in_code(match):
        return token
    edge = _EDGE.match(token)
    assert edge is not None  # the pattern matches every string
    lead, core, trail = edge.groups()
    if not looks_like_leet(core):
        return token
    return lead + core.translate(_LEET) + trail


def undo_leet(text: str) -> str:
    """Undo leetspeak inside disguised words: "f4ck" -> "fack", "sh1t" -> "shit"."""
    return _LEET_TOKEN.sub(_deleet_token, text)


def join_spaced(text: str) -> str:
    """Join runs of three or more separated single letters: "f u c k" -> "fuck"."""
    return _SPACED.sub(lambda m: "".join(c for c in m.group(0) if c.isalpha()), text)


def collapse_runs(text: str, keep: int = 3) -> str:
    """Shorten any character repeated more than `keep` times to `keep` copies."""
    return _RUN.sub(lambda m: m.group(1) * keep, text)


def squeeze(word: str) -> str:
    """Collapse every repeated letter to one: "fuuck" -> "fuck" (for fuzzy lookups)."""
    return re.sub(r"(.)\1+", r"\1", word)


def _normalize(text: str, join_odd_blanks: bool = False, join_letters: bool = True) -> str:
    text = collapse_runs(undo_leet(fold(text, join_odd_blanks)))
    if join_letters:
        text = join_spaced(text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Return the form every word check runs on (casefolded, de-obfuscated, single-spaced)."""
    return _normalize(text)


def normalize_unjoined(text: str) -> str | None:
    """Return normalize(text) without joining spaced letters, or None when none are spaced.

    "a c u nt" normalizes to "acu nt"; split-word checks need the pieces as written.
    """
    return _normalize(text, join_letters=False) if _SINGLE_PAIR.search(text) else None


def normalize_joined(text: str) -> str:
    """Return normalize(text) with odd blanks inside words removed rather than spaced."""
    if not _ODD_BLANK.search(text):
        return normalize(text)
    return _normalize(text, join_odd_blanks=True)


def has_odd_blank(text: str) -> bool:
    """Return True if the text holds a blank nobody types between letters (U+2800, U+3000)."""
    return bool(_ODD_BLANK.search(text))


def words(text: str) -> list[str]:
    """Return the words of the normalized text (letters and digits, split on the rest)."""
    return _WORD.findall(normalize(text))
