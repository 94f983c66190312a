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
        self._starts: dict[str, bool] = {}

    def _starts_term(self, word: str) -> bool:
        """Return _plausible(word), remembered per word: a few hundred words make most text."""
        known = self._starts.get(word)
        if known is None:
            if len(self._starts) >= _CACHE_WORDS:
                self._starts.clear()
            known = self._starts[word] = self._plausible(word)
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
        cores = [t.strip(_PUNCT) for t in tokens]
        for i, first in enumerate(cores[:-1]):
            if not first.isalpha() or tokens[i][-1] != first[-1]:
                continue
            if len(first) >= _PREFIX and not self._starts_term(first):
                continue  # most words start no denied term: skip them early (speed)
            pieces = [first]
            for j in range(i + 1, min(i + _MAX_PIECES, len(tokens))):
                piece = cores[j]
                if not piece.isalpha() or tokens[j][0] != piece[0]:
                    break
                pieces.append(piece)
                joined = "".join(pieces)
                if self._plausible(joined) and deliberate_split(pieces):
                    out.append(joined)
                if tokens[j][-1] != piece[-1]:
                    break  # "fu ck, you": the comma ends the run
        return out
