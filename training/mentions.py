"""Remove @handles from a post without leaving orphans ("'s story", "thanks , bob", "(via )")."""

from __future__ import annotations

import re

_HANDLE = r"(?<![\w@])@\w{1,50}"
# "@a, @b and @c" is one group: removing it leaves one gap, not three.
_GROUP = rf"{_HANDLE}(?:(?:\s*(?:,|&|\band\b)\s*|[^\S\n]+){_HANDLE})*"
_GROUP_RE = re.compile(_GROUP)
_POSSESSIVE = re.compile(rf"(?i:\b(?:the|a|an)\s+)?{_GROUP}(?:'s|’s|'|’)(?!\w)")
_GAP = "\ue000"  # a private-use character marks where a group was, until the gap is closed
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# Credit words that mean nothing without the handle after them.
_CREDIT = re.compile(rf"(?i)\b(?:cc|via|h/t|ht|hat tip(?: to)?|credit(?: to)?)\s*:?\s*{_GAP}")
# A preposition or "and" whose object was the handle, where the clause ends.
_DANGLING_WORD = re.compile(
    rf"(?i)\s+(?:to|with|and|&|by|from|for|at)\s+{_GAP}(?=\s*(?:[.,!?;:)\]…]|$))"
)
_AND_GAP = re.compile(rf"(?i)\s+(?:and|&)\s+{_GAP}|{_GAP}\s+(?:and|&)\s+")
_EMPTY_BRACKETS = re.compile(rf"[(\[]\s*{_GAP}?\s*[)\]]")
_LEADING = re.compile(rf"^(?:[^\S\n]*{_GAP})+[\s,:;.\-–—]*", re.MULTILINE)
_AFTER_PUNCT = re.compile(rf"([.!?,;:])\s*{_GAP}\s*[,.;:]+")
_BEFORE_PUNCT = re.compile(rf"[^\S\n]*{_GAP}[^\S\n]*(?=[,.!?;:…])")


def strip_mentions(text: str) -> str:
    """Return `text` without @handles, closing the gaps they leave (spaces are tidied later)."""
    if "@" not in text:
        return text
    text = _POSSESSIVE.sub(lambda m: _their(text, m.start()), text)
    text = _GROUP_RE.sub(_GAP, text)
    if _GAP not in text:
        return text
    text = _CREDIT.sub(_GAP, text)
    text = _DANGLING_WORD.sub(_GAP, text)
    text = _AND_GAP.sub(_GAP, text)
    text = _EMPTY_BRACKETS.sub("", text)
    text = _LEADING.sub("", text)
    text = _AFTER_PUNCT.sub(r"\1", text)
    text = _BEFORE_PUNCT.sub("", text)
    return text.replace(_GAP, " ")


def _their(text: str, start: int) -> str:
    """Return the pronoun for a removed possessive handle, capitalized at a sentence start."""
    return "Their" if _SENTENCE_START.search(text[:start]) else "their"
