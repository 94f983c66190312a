"""Measure replies to mentions: on topic (nearest of 10), parroting, answered. Pure functions.

On topic: a judge sees one reply and ten mentions (its own and nine others drawn at random)
and picks the mention the reply is most similar to; the score is the share it gets right
(chance: 10%). The judge here is lexical: cosine similarity of content-word TF-IDF vectors
(stop words dropped, plurals folded, IDF over the mention pool). It shares nothing with the
model under test, so a model cannot learn to please it except by writing about what the
mention talks about; ties share the credit (a reply with no word in common with any of the
ten scores exactly chance, 1/10). Its blind spot is paraphrase ("cat" vs "kitten"), which makes
it strict, and copying, which the parroting measure reports next to it.

Parroting: a reply that repeats a run of at least `PARROT_RUN` consecutive words of its mention.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.topics import FUNCTION_WORDS, parrots, plain_words

CHOICES = 10  # mentions the judge chooses from (chance is 1 / CHOICES)

STOP_WORDS = FUNCTION_WORDS | {"wanna", "yet"}  # the judge's stop words


def _fold(word: str) -> str:
    """Fold simple English plurals and possessives so 'cats', "cat's" and 'cat' match."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Return the folded content words of a text: no stop words, no one-letter words."""
    return [_fold(w) for w in plain_words(text) if w not in STOP_WORDS and len(w) > 1]


class Judge(Protocol):
    """Says how similar a reply is to a mention (higher is more similar)."""

    name: str

    def similarity(self, a: str, b: str) -> float:
        """Return the similarity of two texts."""
        ...


class LexicalJudge:
    """Content-word TF-IDF cosine similarity, with IDF from a pool of mentions."""

    name = "lexical: content-word TF-IDF cosine, nearest of 10"

    def __init__(self, pool: Sequence[str]) -> None:
        df = Counter(w for text in pool for w in set(content_words(text)))
        n = len(pool)
        self._idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
        self._default = math.log(n + 1) + 1.0  # a word no mention has: as rare as can be

    def vector(self, text: str) -> dict[str, float]:
        """Return the normalised TF-IDF vector of a text."""
        tf = Counter(content_words(text))
        vec = {w: c * self._idf.get(w, self._default) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {w: v / norm for w, v in vec.items()} if norm else {}

    def similarity(self, a: str, b: str) -> float:
        """Return the cosine similarity of two texts (0 when either has no content word)."""
        va, vb = self.vector(a), self.vector(b)
        return sum(v * vb.get(w, 0.0) for w, v in va.items())


def nearest_credit(judge: Judge, reply: str, options: Sequence[str], right: int) -> float:
    """Return the judge's credit for picking options[right]: 1/k if it ties k ways for best."""
    scores = [judge.similarity(reply, o) for o in options]
    best = max(scores)
    tied = [i for i, s in enumerate(scores) if s == best]
    return 1.0 / len(tied) if right in tied else 0.0


def choices_for(index: int, n: int, seed: int, k: int = CHOICES) -> list[int]:
    """Return `k` mention indices for reply `index`: its own first, then k-1 others at random."""
    others = [i for i in range(n) if i != index]
    picked = random.Random(seed * 1_000_003 + index).sample(others, min(k - 1, len(others)))
    return [index, *picked]


@dataclass(frozen=True)
class ReplyScores:
    """How a set of replies did: shares in [0, 1] and the counts behind them."""

    mentions: int
    answered: int
    on_topic: float  # nearest-of-10 accuracy over the answered mentions (chance 0.1)
    parrot: float  # share of answered replies that copy a run of PARROT_RUN words
    answered_share: float

    def as_dict(self) -> dict[str, float | int]:
        """Return the scores as plain JSON values."""
        return {
            "mentions": self.mentions, "answered": self.answered,
            "answered_share": round(self.answered_share, 4), "on_topic": round(self.on_topic, 4),
            "parrot": round(self.parrot, 4),
        }  # fmt: skip


def score_replies(
    mentions: Sequence[str],
    replies: Sequence[str | None],
    seed: int = 0,
    judge: Judge | None = None,
) -> ReplyScores:
    """Score replies[i] (None: not answered) against mentions[i] and the other mentions."""
    judge = judge or LexicalJudge(mentions)
    n = len(mentions)
    credits: list[float] = []
    parroted = 0
    for i, reply in enumerate(replies):
        if reply is None:
            continue
        options = choices_for(i, n, seed)
        credits.append(nearest_credit(judge, reply, [mentions[j] for j in options], 0))
        parroted += parrots(reply, mentions[i])
    answered = len(credits)
    return ReplyScores(
        mentions=n, answered=answered,
        on_topic=sum(credits) / answered if answered else 0.0,
        parrot=parroted / answered if answered else 0.0,
        answered_share=answered / n if n else 0.0,
    )  # fmt: skip
