"""Normalize text for word checks: Unicode folding, look-alikes, leetspeak, spacing tricks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters people insert to split a word without changing how it looks.
INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
)  # a regex character-class body
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")

# Look-alike letters NFKC leaves alone (Cyrillic, Greek, a few symbols) -> Latin.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i",
        "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p",
        "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "у": "y", "ү": "y", "х": "x", "ы": "bi",
        "ь": "b", "ԝ": "w", "з": "3", "ч": "4",
        "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "η": "n", "ι": "i", "κ": "k",
        "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c",
        "σ": "o", "μ": "u", "ɑ": "a", "ɡ": "g", "ı": "i", "ȷ": "j", "ʟ": "l", "ɴ": "n",
        "ʀ": "r", "ꜱ": "s", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g",
        "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t",
        "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ø": "o", "đ": "d", "ł": "l",
        "ß": "ss", "æ": "ae", "œ": "oe", "€": "e", "£": "l", "¢": "c", "¥": "y", "ƒ": "f",
    }
)  # fmt: skip
# Squared, negative circled, negative squared and regional-indicator letters: 🄰 🅐 🅰 🇦 -> a.
for _start in (0x1F130, 0x1F150, 0x1F170, 0x1F1E6):
    _CONFUSABLES.update({_start + i: chr(ord("a") + i) for i in range(26)})

# Leetspeak inside words that also contain letters ("sh1t", "b1tch", "a55").
_LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "|": "i", "0": "o",
                       "5": "s", "$": "s", "7": "t", "9": "g", "8": "b"})  # fmt: skip
# Only tokens holding a leet character are visited: most words have none (speed).
_LEET_TOKEN = re.compile(r"[\w@$!|]*[0-9@$!|][\w@$!|]*")
_HAS_LETTER = re.compile(r"[a-z]")
# A leading @ before a word is a handle; before symbols it is leet ("@$$hole").
_EDGE = re.compile(r"^((?:@+(?=\w))?)(.*?)([!|]*)$", re.DOTALL)

# Three or more single letters split by separators: "f u c k", "f.u.c.k", "f-u-c-k".
_SPACED = re.compile(r"(?<![^\W_])[^\W\d_](?:[\s.\-_*·|/,+~'\"]{1,3}[^\W\d_](?![^\W_])){2,}")
_RUN = re.compile(r"(.)\1{2,}", re.DOTALL)  # runs of three or more
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")


def strip_invisible(text: str) -> str:
    """Remove zero-width, soft-hyphen, bidi and variation-selector characters."""
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """Apply NFKC, drop combining marks, casefold and map look-alike letters to Latin."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text).casefold().translate(_CONFUSABLES)


def _deleet_token(match: re.Match[str]) -> str:
    """Map leet characters in a token that has letters; keep a leading @ and trailing !."""
    token = match.group(0)
    if not _HAS_LETTER.search(token):
        return token  # a number, a price or "!!!" is not leetspeak
    edge = _EDGE.match(token)
    assert edge is not None  # the pattern matches every string
    lead, core, trail = edge.groups()
    return lead + core.translate(_LEET) + trail


def undo_leet(text: str) -> str:
    """Undo leetspeak inside words: "f4ck" -> "fack", "sh1t" -> "shit", "b!tch" -> "bitch"."""
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


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Return the form every word check runs on (casefolded, de-obfuscated, single-spaced)."""
    text = collapse_runs(undo_leet(fold(text)))
    text = join_spaced(text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Return the words of the normalized text (letters and digits, split on the rest)."""
    return _WORD.findall(normalize(text))
