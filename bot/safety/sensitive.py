"""Sensitive topics: a second word list, judged in context; its action is block or hold.

A topic word alone is not harm: "a documentary about the Rwandan genocide" or "suicide
prevention training" are ordinary posts. Each mention is judged by the words around it:

1. first-person crisis ("kill myself", "I want to ... suicide") or a term that is never
   neutral (child abuse material) -> hold;
2. an attack or advocacy frame: "you" or a wish word ("hope", "deserve", "should",
   "another", "let's" ...) in the few words before the topic, "again"/"more"/"next" right
   after it, or denial of an atrocity ("hoax", "never happened") anywhere -> hold;
3. a report frame anywhere: news, history, films and books, health, remembrance, a year
   -> allow;
4. anything else -> hold, as before: a bare topic word, or one that was obfuscated (spaced
   out, leet, split), since people writing a report have no reason to disguise it.

Measured by two sets in tests/safety/data: innocent sentences (all must pass) and
sensitive_hold_en.txt (all must be held).
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import SensitiveConfig
from bot.events import ALLOW, Action, Verdict
from bot.safety.base import CheckContext
from bot.safety.lexicon import DEFAULT_ALLOW, DEFAULT_SENSITIVE, Lexicon, default_terms, read_terms
from bot.safety.normalize import fold, normalize


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Topic terms whose mention is never a neutral report (stems, as matched words start).
_ALWAYS = ("kill myself", "killing myself", "child porn")
_SELF_HARM = ("suicid", "self harm", "self-harm", "overdos")
_ATROCITY = ("holocaust", "genocide", "massacre")
_FIRST_PERSON = _words("i im i'm ive i've id i'd ill i'll me my myself")
_CRISIS = _words("want wanna going gonna will feel feeling thinking think might plan about")
# Words before a topic that aim it at someone or wish for it.
_ATTACK_BEFORE = _words(
    "you u ur your yourself urself ya hope hoping wish deserve deserves deserved should "
    "must gonna wanna will let lets let's need needs want support celebrate love loved "
    "another go do make more"
)
_ATTACK_AFTER = _words("again more next tomorrow tonight now please lol lmao haha")
_PRAISE = _words("good great funny hilarious awesome glorious deserved based")
_DENIAL = _words("hoax myth fake lie lies exaggerated fabricated")
_DENIAL_PHRASE = re.compile(r"never happened|didn'?t happen|made up|did not happen")
# Words that frame a topic as news, history, art, health, law or remembrance.
_REPORT = _words(
    "film films movie movies documentary documentaries book books novel memoir play series "
    "episode drama museum exhibit exhibition history historian historians historical century "
    "war wars anniversary memorial remember remembered remembrance victims victim survivors "
    "survivor survived trial court tribunal ruled sentenced convicted charged arrested "
    "suspect police reported reports report news journalist reporters according study "
    "research researchers rates statistics prevention awareness hotline helpline support "
    "training nurse doctor doctors clinic treatment recovery therapy therapist lecture class "
    "course risks risk reverse naloxone marks since happened era said says told evacuated "
    "investigation investigators officials authorities resumed reopened injured wounded"
)
_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b")
_WINDOW = 4  # words before a topic that can aim or wish it


def build_sensitive_lexicon(cfg: SensitiveConfig) -> Lexicon:
    """Build the topic list from the shipped defaults, files and extra terms."""
    terms = default_terms(DEFAULT_SENSITIVE) if cfg.use_default_list else []
    for name in cfg.files:
        terms += read_terms(Path(name).expanduser())
    return Lexicon(terms + list(cfg.terms), default_terms(DEFAULT_ALLOW))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", text)


def harmful_mention(text_n: str, start: int, end: int) -> bool:
    """Return True if the topic at text_n[start:end] is aimed, wished, denied or a crisis."""
    topic = text_n[start:end]
    before, after = _tokens(text_n[:start]), _tokens(text_n[end:])
    everything = set(before) | set(after)
    if topic.startswith(_ALWAYS):
        return True
    if topic.startswith(_SELF_HARM) and everything & _FIRST_PERSON and everything & _CRISIS:
        return True
    if set(before[-_WINDOW:]) & _ATTACK_BEFORE or set(after[:2]) & _ATTACK_AFTER:
        return True
    if set(after[:_WINDOW]) & _PRAISE:  # "the genocide was a good thing"
        return True
    if topic.startswith(_ATROCITY) and (everything & _DENIAL or _DENIAL_PHRASE.search(text_n)):
        return True
    return not (everything & _REPORT or _YEAR.search(text_n))


class SensitiveFilter:
    """Hold (or block) text that touches a sensitive topic outside a report frame."""

    name = "sensitive"

    def __init__(self, lexicon: Lexicon, action: str = "hold") -> None:
        self.lexicon = lexicon
        self.action: Action = "block" if action == "block" else "hold"

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Hold or block when a sensitive term is present in a harmful or bare frame."""
        if not self.lexicon.find(text):
            return ALLOW
        text_n = normalize(text)
        spans = self.lexicon.spans(text_n)
        # A topic written plainly can be a report; one that had to be de-obfuscated first
        # ("s u i c i d e", "su1cide") or found only as split words ("su icide") is not.
        folded = fold(text)
        plain = bool(spans) and all(text_n[s:e] in folded for s, e in spans)
        if plain and not any(harmful_mention(text_n, s, e) for s, e in spans):
            return ALLOW
        message = "touches a sensitive topic" + (
            " (held for review)" if self.action == "hold" else ""
        )
        return Verdict(self.action, self.name, ("sensitive:topic",), message)
