"""HarmFilter: block or hold text a harm scorer rates at or above a category's threshold."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Literal, Protocol

from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.harm.features import CATEGORIES
from bot.safety.normalize import normalize

HarmAction = Literal["block", "hold"]
WINDOW_WORDS = 24  # about a tweet: a long text scores as its worst window too
PRIMED_MAX = 64  # primed scores kept: a few requests' candidates


class HarmUnavailable(Exception):
    """The scorer could not score the text (a remote service failed); the filter blocks."""


class HarmScorer(Protocol):
    """Anything that rates a text per category from 0 to 1."""

    def scores(self, text: str) -> dict[str, float]:
        """Return category -> probability for the five CATEGORIES. May raise HarmUnavailable."""

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return the scores of each text (a local model runs them as one batch)."""


def windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Return the text, plus overlapping windows of `size` words when it is longer."""
    tokens = text.split()
    if len(tokens) <= size:
        return [text]
    step = size // 2
    return [text] + [" ".join(tokens[i : i + size]) for i in range(0, len(tokens) - step, step)]


class HarmFilter:
    """Judge a text per harm category; the most severe action over the flagged ones wins."""

    name = "harm"

    def __init__(
        self,
        scorer: HarmScorer,
        thresholds: Mapping[str, float],
        actions: Mapping[str, HarmAction] | None = None,
        *,
        deobfuscate: bool = True,
        windowed: bool = True,
    ) -> None:
        unknown = (set(thresholds) | set(actions or {})) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"unknown harm categories: {sorted(unknown)}")
        self.scorer = scorer
        self.thresholds = dict(thresholds)
        self.actions: dict[str, HarmAction] = {c: "block" for c in CATEGORIES}
        self.actions.update(actions or {})
        self.deobfuscate = deobfuscate  # also score the chain's normalized text
        self.windowed = windowed  # also score tweet-sized windows of a long text
        self._primed: dict[str, dict[str, float]] = {}  # scores of the last primed batches
        self._lock = threading.Lock()

    def prime(self, texts: Sequence[str]) -> None:
        """Score a request's candidates as one batch; their checks reuse the scores."""
        fresh = dict(zip(texts, self._score_batch(texts), strict=True))
        with self._lock:
            self._primed.update(fresh)
            while len(self._primed) > PRIMED_MAX:  # oldest first: dicts keep insertion order
                del self._primed[next(iter(self._primed))]

    def variants(self, text: str) -> list[str]:
        """Return what is scored for a text: itself, its windows, its de-obfuscated copy."""
        variants = windows(text) if self.windowed else [text]
        if self.deobfuscate:
            plain = normalize(text)
            if plain != text.lower():
                variants.append(plain)
        return variants

    def scores(self, text: str) -> dict[str, float]:
        """Return the worst score per category over the text's windows and its de-obfuscation."""
        return self.scores_many([text])[0]

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return the worst scores of each text (primed ones reused), the rest in one batch."""
        with self._lock:
            known = {t: self._primed[t] for t in texts if t in self._primed}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        known.update(zip(missing, self._score_batch(missing), strict=True))
        return [known[t] for t in texts]

    def _score_batch(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return the worst scores of each text, all variants of all texts in one batch."""
        if not texts:
            return []
        variants = [self.variants(t) for t in texts]
        flat = self.scorer.scores_many([v for vs in variants for v in vs])
        out, at = [], 0
        for vs in variants:
            worst = dict.fromkeys(CATEGORIES, 0.0)
            for scores in flat[at : at + len(vs)]:
                for category, p in scores.items():
                    worst[category] = max(worst.get(category, 0.0), p)
            out.append(worst)
            at += len(vs)
        return out

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block (or hold) when a category scores at or above its threshold."""
        try:
            scores = self.scores(text)
        except HarmUnavailable as exc:  # fail closed: no judgement means no posting
            return Verdict("block", self.name, ("harm:unavailable",), f"harm check failed: {exc}")
        flagged = sorted(
            (c for c in CATEGORIES if c in self.thresholds and scores[c] >= self.thresholds[c]),
            key=lambda c: -scores[c],
        )
        if not flagged:
            return ALLOW
        blocking = [c for c in flagged if self.actions[c] == "block"]
        action: HarmAction = "block" if blocking else "hold"
        shown = blocking or flagged
        reasons = tuple(f"harm:{c}" for c in shown)
        detail = ", ".join(f"{c.replace('_', '-')} {scores[c]:.2f}" for c in shown)
        return Verdict(action, self.name, reasons, f"scored as harmful: {detail}")
