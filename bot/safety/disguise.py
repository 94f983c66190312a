"""Undo the disguises people put on links, e-mail addresses and phone numbers.

Threat-intel style defanging ("hxxps://evil[.]com", "evil(dot)com") keeps a link from being
clickable but not from being copied; "john [at] example [dot] com" and "five five five, zero
one zero zero" get past pattern matchers while a reader recovers them at once. The rule
filters run their usual detectors on the text with these disguises undone.
"""

from __future__ import annotations

import re

# Words that come before " dot com" in ordinary prose ("the dot com bubble").
_PROSE_WORDS = "the a an of and or in on at to for with from by this that big early"
_PROSE = frozenset(_PROSE_WORDS.split())
# TLDs a spelled " dot " or a spaced " . " must end in to count: the common unambiguous ones.
_SPELLED_TLDS = (
    "com|net|org|edu|gov|io|co|ai|app|dev|gg|ly|tv|info|biz|xyz|ru|cn|uk|de|fr|jp|br|ca|au|"
    "eu|nl|es|ch|se|pl|cz|tk|ml|ga|cf|gq|cc|ws|fm|zip|mov|lol|top|shop|site|online|link|click"
)
_LABEL = r"[^\W_][\w-]*"

_SCHEME = re.compile(
    r"\bh(?:xx|XX|\*\*|tt|TT)p(s?)\s*(?:\[:\]|\(:\)|\{:\}|:)?\s*(?:\[/+\]|\(/+\)|//)",
    re.IGNORECASE,
)
_BRACKET_SCHEME = re.compile(r"\b(https?|ftp)\s*(?:\[:\]|\(:\)|\[://\]|\(://\))\s*/*", re.I)
# A dot in brackets or spelled in brackets: "[.]", "(.)", "{.}", "[dot]", "(dot)", "<dot>".
_BRACKET_DOT = re.compile(r"\s*(?:[\[({<]\s*(?:\.|dot)\s*[\])}>])\s*", re.IGNORECASE)
_BRACKET_AT = re.compile(r"\s*(?:[\[({<]\s*(?:@|at)\s*[\])}>])\s*", re.IGNORECASE)
_BRACKET_SLASH = re.compile(r"\[/\]")
# "evil dot com", "evil .com", "evil DOT co DOT uk": a spelled or spaced dot before a TLD
# (not ". " alone: that ends a sentence, "I love it. Co-workers agree").
_SPELLED_DOT = re.compile(
    rf"({_LABEL})(?:\s+dot\s+|\s+\.\s*)(?=(?:{_LABEL}(?:\s+dot\s+|\.))*"
    rf"(?:{_SPELLED_TLDS})\b)",
    re.IGNORECASE,
)
# "john at example dot com", "john @ example.com": an at between a user name and a domain.
_SPELLED_AT = re.compile(
    rf"([\w.+-]+)(?:\s+at\s+|\s*@\s+|\s+@\s*)(?=(?:{_LABEL}\.)+(?:{_SPELLED_TLDS})\b)",
    re.IGNORECASE,
)


def _dot(match: re.Match[str]) -> str:
    label = match.group(1)
    return match.group(0) if label.casefold() in _PROSE else label + "."


def _at(match: re.Match[str]) -> str:
    user = match.group(1)
    return match.group(0) if user.casefold() in _PROSE else user + "@"


def _maybe_defanged(text: str) -> bool:
    """Return True if the text has brackets, "hxxp", "dot", a spaced dot or an @ (cheap)."""
    low = text.lower()
    return (
        any(c in text for c in "[({<@")
        or " ." in text
        or "dot" in low
        or "xxp" in low
        or "**p" in low
    )


def refang(text: str) -> str:
    """Return the text with defanged links and spelled-out e-mail addresses restored."""
    if not _maybe_defanged(text):
        return text  # nothing defanged: the common case
    text = _SCHEME.sub(lambda m: f"http{m.group(1)}://", text)
    text = _BRACKET_SCHEME.sub(lambda m: f"{m.group(1)}://", text)
    text = _BRACKET_SLASH.sub("/", _BRACKET_DOT.sub(".", text))
    text = _BRACKET_AT.sub("@", text)
    text = _SPELLED_DOT.sub(_dot, text)
    return _SPELLED_AT.sub(_at, text)


# --- digits --------------------------------------------------------------------------------

_NUMBER_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                 "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
                 "niner": "9"}  # fmt: skip
_NUMBER_WORD = "|".join(_NUMBER_WORDS)
_SEP = r"[\s,.\-/()]+"
# Three or more number words in a row (digits may be mixed in): "five five five".
_WORD_RUN = re.compile(
    rf"\b(?:{_NUMBER_WORD}|\d+)(?:{_SEP}(?:{_NUMBER_WORD}|\d+)){{2,}}\b", re.IGNORECASE
)
_PUNCT_TO_SPACE = str.maketrans(",.-/()", "      ")
_ANY_NUMBER_WORD = re.compile(rf"\b(?:{_NUMBER_WORD})\b", re.IGNORECASE)
# Letters that stand for digits inside a group of digits: "555-O1OO", "2l2".
_LETTER_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_LETTER_BY_DIGIT = re.compile(r"\d[OoIl|]|[OoIl|]\d")
_DIGIT_GROUP = re.compile(r"(?<![^\W\d_])[\dOoIl|]*\d[\dOoIl|]*(?![^\W\d_])")


def _spell_out(match: re.Match[str]) -> str:
    """Turn a run of number words into digits, keeping digits and separators as they are."""
    run = match.group(0)
    if len(_ANY_NUMBER_WORD.findall(run)) < 3:
        return run  # "2 or 3 days": a few digits and one word are no disguise
    digits = _ANY_NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(0).casefold()], run)
    return digits.replace(",", " ")  # "two one two, five five five": one number read aloud


def unveil_digits(text: str) -> str:
    """Return the text with spelled-out digits and letter-for-digit swaps turned to digits."""
    if _NUMBER_WORDS.keys() & text.lower().translate(_PUNCT_TO_SPACE).split():
        text = _WORD_RUN.sub(_spell_out, text)
    if not _LETTER_BY_DIGIT.search(text):
        return text
    return _DIGIT_GROUP.sub(lambda m: m.group(0).translate(_LETTER_DIGITS), text)
