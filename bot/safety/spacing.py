"""Rejoin words split by partial spacing ("f uck", "n i gger", "bi tch") and '@' for 'a'.

Joining every pair of neighbouring words would read "go ok" as a slur, so a join is only
proposed when the split looks deliberate:

- one piece is a fragment no English word is: one or two letters that are no word ("f",
  "fu"), letters without a vowel ("ck", "tch"), or a doubled consonant at the start
  ("sshole") -- and the joined word has 4+ letters;
- or the joined word is long (5+ letters) and the split falls inside a doubled letter
  ("nig ger", "as shole") or every piece is short, at most 3 letters ("ret ard"), so that
  "wet back" and "she male" stay apart;

and only when the joined word starts like a denied term. The caller still checks that the
whole joined word is a denied term.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.safety.normalize import squeeze

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_HANDLE = re.compile(r"(?<![\w@])@([^\W\d_]{2,})")
_VOWELS = frozenset("aeiouy")
# Words of one or two letters (and common two-letter abbreviations): any other piece that
# short is a fragment ("f uck", "fu cking").
_SHORT = "a i am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we "
_SHORT += "ya yo ye ah aw eh ha hm id ma pa ex ox ax uh um mr dr st tv uk pm ad ai re vs"
_SHORT_WORDS = frozenset(_SHORT.split())
_MAX_PIECES = 4
_SHORT_PIECE = 3
_PREFIX = 3
_CACHE_WORDS = 20_000


def is_fragment(piece: str) -> bool:
    """Return True for a piece no English word is: "f", "ck", "fu", "sshole" (not "a", "go")."""
    if len(piece) <= 2:
        return piece not in _SHORT_WORDS
    if piece[0] == piece[1] and piece[0] not in _VOWELS:
        return True  # no word starts with a doubled consonant ("sshole", "gger")
    return not _VOWELS.intersection(piece)


def deliberate_split(pieces: list[str]) -> bool:
    """Return True if joining these neighbouring words undoes a deliberate split."""
    joined = sum(map(len, pieces))
    if any(map(is_fragment, pieces)) and joined >= 4:
        return True
    if joined < 5:
        return False  # "go ok" is two words
    doubled = any(a[-1] == b[0] for a, b in itertools.pairwise(pieces))  # "nig ger", "as shole"
    return doubled or all(len(p) <= _SHORT_PIECE for p in pieces)


class SplitWords:
    """Propose rejoined words for the stems of a deny-list."""

    def __init__(self, stems: Iterable[str]) -> None:
        self._prefixes = {s[:_PREFIX] for s in stems if len(s) >= _PREFIX}
        self._heads = {p[:n] for p in self._prefixes for n in range(1, _PREFIX)}
        self._first: dict[str, bool] = {}

    def _can_start(self, token: str) -> bool:
        """Return True if a run may start at this token, remembered per token (speed)."""
        known = self._first.get(token)
        if known is None:
            if len(self._first) >= _CACHE_WORDS:
                self._first.clear()
            core = token.lstrip(_PUNCT)
            if not core.isalpha():  # trailing punctuation ends a run before it starts
                known = False
            elif len(core) < _PREFIX:
                known = squeeze(core.replace("q", "g")) in self._heads or core in self._heads
            else:
                known = self._plausible(core)
            self._first[token] = known
        return known

    def _plausible(self, joined: str) -> bool:
        """Return True if the joined word starts like a stem (q for g and repeats tolerated)."""
        head = joined[: 2 * _PREFIX].replace("q", "g")
        if head[:_PREFIX] in self._prefixes:
            return True
        return len(set(head)) < len(head) and squeeze(head)[:_PREFIX] in self._prefixes

    def candidates(self, text_n: str) -> list[str]:
        """Return the rejoined words and '@'-for-'a' readings worth checking in normalized text."""
        out = ["a" + m.group(1) for m in _HANDLE.finditer(text_n)] if "@" in text_n else []
        # pieces joined only across plain spaces: punctuation inside a run ends it
        tokens = text_n.split(" ")
        for i in range(len(tokens) - 1):
            if not self._can_start(tokens[i]):
                continue  # most words start no denied term: skip them early
            pieces = [tokens[i].lstrip(_PUNCT)]
            for j in range(i + 1, min(i + _MAX_PIECES, len(tokens))):
                token = tokens[j]
                piece = token.rstrip(_PUNCT)
                if not piece.isalpha():
                    break
                pieces.append(piece)
                joined = "".join(pieces)
                if self._plausible(joined) and deliberate_split(pieces):
                    out.append(joined)
                if len(piece) != len(token):
                    break  # "fu ck, you": the comma ends the run
        return out
