"""Deny-list matching on normalized text, with word boundaries and an allow-list."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from bot.config import LexiconConfig
from bot.errors import ConfigError
from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.confusables import preload
from bot.safety.normalize import (
    collapse_runs,
    fold,
    has_odd_blank,
    in_code,
    normalize,
    normalize_joined,
    normalize_unjoined,
    squeeze,
)
from bot.safety.spacing import SplitWords

DEFAULT_DENY = "deny_en.txt"
DEFAULT_ALLOW = "allow_en.txt"
DEFAULT_SENSITIVE = "sensitive_en.txt"

# Inflections every plain term also matches ("bitches", "fucking", "hoes", "niggaz").
_SUFFIXES = "(?:s|es|ed|er|ers|ing|in|ings|y|ie|ies|z|ez|ish)?"
_WORDCHAR = "[^\\W_]"
_SEPARATOR = re.compile(r"[\s\-_]+")
# A masked word such as "f*ck", "sh#t" or "f4ck": letters with symbols or digits inside.
_MASKED_TOKEN = re.compile(r"[a-z0-9*#%@$!]+")
_MASK_CHARS = frozenset("*#%@$!0123456789")
_MASK_INSIDE = re.compile(r"[^\W\d_][*#%@$!0-9]+[^\W\d_]")  # a cheap test before the search


def read_terms(path: Path) -> list[str]:
    """Read one term per line, skipping blank lines and '#' comments. Raises ConfigError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"cannot read word list {path}: {exc.strerror}", "check the path in [safety]"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(
            f"cannot read word list {path}: not UTF-8 text", "save it as UTF-8, one term a line"
        ) from None
    terms = []
    for line in text.splitlines():
        term = line.split(" #", 1)[0].strip()
        if term and not term.startswith("#"):
            terms.append(term)
    return terms


def default_terms(filename: str) -> list[str]:
    """Read one of the word lists shipped in bot/safety/data."""
    ref = resources.files("bot.safety") / "data" / filename
    return read_terms(Path(str(ref)))


# Letters swapped for one that looks alike in a long term: "niqqer", "faqqot", and I/l, whose
# look-alikes ("Ӏ", "ǀ") could stand for either. Short terms keep their letters, or "FAQ"
# would read as a slur.
_SWAPS = {"g": "[gq]", "i": "[il]", "l": "[li]"}
_SWAP_MIN_LEN = 5


def _letters_pattern(core: str) -> str:
    """Turn a term into a regex that tolerates elongated letters ("fuck" matches "fuuuck")."""
    parts = []
    swaps = len(core.replace(" ", "")) >= _SWAP_MIN_LEN
    for run in re.finditer(r"(.)\1*", core):
        char, count = run.group(1), len(run.group(0))
        if _SEPARATOR.fullmatch(char):
            parts.append(r"[\s\-_]*")
        else:
            # normalize() keeps three of a long run: "fuuuuck" -> "fuuuck"
            c = _SWAPS[char] if swaps and char in _SWAPS else re.escape(char)
            parts.append(f"(?:{c * count}|{c * 3})")
    return "".join(parts)


def term_pattern(term: str, suffixes: bool = True) -> str:
    """Return the regex for one term: '*' at either end means any prefix or continuation."""
    prefix = f"{_WORDCHAR}*" if term.startswith("*") else ""
    suffix = f"{_WORDCHAR}*" if term.endswith("*") else _SUFFIXES if suffixes else ""
    core = _SEPARATOR.sub(" ", fold(term.strip("*")).strip())
    return prefix + _letters_pattern(core) + suffix


class Lexicon:
    """A compiled deny-list with an allow-list of words that are never matched."""

    def __init__(self, deny: Iterable[str], allow: Iterable[str] = ()) -> None:
        self.terms = sorted({t.strip() for t in deny if t.strip("* ")})
        allowed = {_SEPARATOR.sub(" ", fold(a)).strip() for a in allow if a.strip()}
        self.allow = {a for a in allowed if " " not in a}
        self._allow_squeezed = {squeeze(a) for a in self.allow}
        # allowed phrases ("honky tonk", "moby dick") are blanked out before matching
        phrases = sorted((a for a in allowed if " " in a), key=len, reverse=True)
        self._phrases = self._compile([p.replace(" ", "-") for p in phrases], suffixes=False)
        self._regex = self._compile(self.terms)
        stems = {_SEPARATOR.sub("", fold(t.strip("*"))) for t in self.terms}
        forms = stems | {s + x for s in stems for x in ("s", "ing", "in", "er", "ed", "y")}
        self._forms = "\n" + "\n".join(sorted(forms)) + "\n"
        self._split = SplitWords(stems)

    @staticmethod
    def _compile(terms: Sequence[str], suffixes: bool = True) -> re.Pattern[str] | None:
        """Compile every term into one alternation bounded by word edges."""
        if not terms:
            return None
        body = "|".join(term_pattern(t, suffixes) for t in terms)
        return re.compile(f"(?<!{_WORDCHAR})(?:{body})(?!{_WORDCHAR})")

    def _allowed(self, word: str) -> bool:
        return word in self.allow or squeeze(word) in self._allow_squeezed

    def find(self, text: str) -> list[str]:
        """Return the denied words found in the text (normalized), allow-listed words excepted."""
        if self._regex is None:
            return []
        text_n = self._blank_phrases(normalize(text))
        hits = self._hits(text_n)
        if not hits and has_odd_blank(text):  # "f⠀u⠀c⠀k", "nig\u3000ger": one word
            hits = self._hits(self._blank_phrases(normalize_joined(text)))
        if not hits:  # "f uck", "n i gger", "@sshole"
            words = self._split.candidates(text_n)
            unjoined = normalize_unjoined(text)  # "a c u nt" is "acu nt" once joined
            if unjoined is not None:
                words += self._split.candidates(self._blank_phrases(unjoined))
            hits = [w for w in words if self._is_denied(w)]
        return hits or self._masked_hits(text)

    def spans(self, text_n: str) -> list[tuple[int, int]]:
        """Return where denied words stand in normalized text (allowed words and phrases not)."""
        if self._regex is None:
            return []
        found = self._regex.finditer(self._blank_phrases(text_n))
        return [m.span() for m in found if not self._allowed(m.group(0))]

    def blank_phrases(self, text_n: str) -> str:
        """Return normalized text with allowed phrases ("pussy willow") blanked, same length."""
        return self._blank_phrases(text_n)

    def _blank_phrases(self, text_n: str) -> str:
        """Blank out allowed phrases ("spick and span") before matching, keeping offsets."""
        if self._phrases is None:
            return text_n
        return self._phrases.sub(lambda m: " " * len(m.group(0)), text_n)

    def _hits(self, text_n: str) -> list[str]:
        assert self._regex is not None
        hits = [m.group(0) for m in self._regex.finditer(text_n)]
        return [h for h in hits if not self._allowed(h)]

    def _is_denied(self, word: str) -> bool:
        """Return True if one whole word is a denied term (or its inflection)."""
        assert self._regex is not None
        return self._regex.fullmatch(word) is not None and not self._allowed(word)

    def _masked_hits(self, text: str) -> list[str]:
        """Find words with symbols standing in for letters ("f*ck", "sh#t", "f4ck")."""
        hits: list[str] = []
        if not _MASK_INSIDE.search(text):
            return hits
        for match in _MASKED_TOKEN.finditer(collapse_runs(fold(text), keep=1)):
            if in_code(match):
                continue  # "F4G-21" is a product code
            token = match.group(0).strip("!@")
            masks = sum(c in _MASK_CHARS for c in token)
            letters = len(token) - masks
            # people keep the first letter ("f*ck", "sh1t"): "%s%s" or "#1" are not words
            if not masks or letters < 2 or letters < masks or not token[0].isalpha():
                continue
            if letters == masks and any(c.isdigit() for c in token):
                continue  # "t55t", "a1b2": as many digits as letters is a code, not a word
            pattern = "".join("[a-z]" if c in _MASK_CHARS else re.escape(c) for c in token)
            if re.search(f"\n{pattern}\n", self._forms):
                hits.append(token)
        return hits


def build_lexicon(cfg: LexiconConfig) -> Lexicon:
    """Build the deny-list lexicon from config: default lists, extra files and terms."""
    preload()  # the bot's first non-ASCII candidate should not wait for the data
    deny = default_terms(DEFAULT_DENY) if cfg.use_default_list else []
    allow = default_terms(DEFAULT_ALLOW)
    for name in cfg.deny_files:
        deny += read_terms(Path(name).expanduser())
    for name in cfg.allow_files:
        allow += read_terms(Path(name).expanduser())
    return Lexicon(deny + list(cfg.deny), allow + list(cfg.allow))


class LexiconFilter:
    """Block text that contains a denied word."""

    name = "lexicon"

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block if any denied word is present."""
        hits = self.lexicon.find(text)
        if not hits:
            return ALLOW
        return Verdict(
            "block", self.name, ("lexicon:deny",), f"contains a denied word ({len(hits)} found)"
        )
