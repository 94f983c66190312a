"""Offline offensive-language classifier (alt-profanity-check), run on normalized text.

alt-profanity-check ships a TF-IDF vectorizer and a calibrated linear SVM (5 folds, sigmoid
calibration) inside its wheel. Calling its `predict_prob` costs about 7 ms per single text
(scikit-learn input validation dominates), too slow for a 2 ms chain, so the first use loads
its two joblib files and flattens them into one dict: word -> (idf, five SVM weights). Scoring
is then a few dict look-ups, about 20 µs a text, and gives the same probabilities
(tests/safety/test_classifier.py checks that against the library).

hatesonar was considered: it is not installed here, needs an en_US.UTF-8 locale, and was
trained on the same Davidson corpus as the dev set, so it adds no independent evidence.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass

from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.normalize import normalize, squeeze

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # the vectorizer's token_pattern


@dataclass(frozen=True)
class _Fold:
    """One calibrated fold: SVM intercept and the sigmoid calibration a, b."""

    intercept: float
    a: float
    b: float


class ProfanityModel:
    """alt-profanity-check's model as plain Python: word weights and calibrated folds."""

    def __init__(self, weights: dict[str, tuple[float, tuple[float, ...]]], folds: list[_Fold]):
        self.weights = weights
        self.folds = folds

    @classmethod
    def load(cls) -> ProfanityModel:
        """Load the vectorizer and calibrated SVM from the alt-profanity-check wheel."""
        from profanity_check import profanity_check as pc  # heavy: scikit-learn, joblib

        vocab: dict[str, int] = pc.vectorizer.vocabulary_
        idf = pc.vectorizer.idf_
        folds, coefs = [], []
        for cal in pc.model.calibrated_classifiers_:
            sigmoid = cal.calibrators[0]
            folds.append(_Fold(float(cal.estimator.intercept_[0]), sigmoid.a_, sigmoid.b_))
            coefs.append(cal.estimator.coef_[0])
        weights = {
            word: (float(idf[i]), tuple(float(c[i]) for c in coefs)) for word, i in vocab.items()
        }
        return cls(weights, folds)

    def _lookup(self, word: str) -> str | None:
        """Return the vocabulary form of a word, trying it with repeated letters squeezed."""
        if word in self.weights:
            return word
        short = squeeze(word)
        return short if short in self.weights else None

    def score(self, text: str) -> float:
        """Return the probability that the text is offensive (mean over the folds)."""
        counts = Counter(w for w in map(self._lookup, _TOKEN.findall(text.lower())) if w)
        if not counts:
            vector: dict[str, float] = {}
        else:
            raw = {w: n * self.weights[w][0] for w, n in counts.items()}
            norm = math.sqrt(sum(v * v for v in raw.values()))
            vector = {w: v / norm for w, v in raw.items()}
        total = 0.0
        for k, fold in enumerate(self.folds):
            decision = fold.intercept + sum(v * self.weights[w][1][k] for w, v in vector.items())
            total += 1.0 / (1.0 + math.exp(fold.a * decision + fold.b))
        return total / len(self.folds)


_model: ProfanityModel | None = None
_lock = threading.Lock()


def get_model() -> ProfanityModel:
    """Return the shared model, loading it on first use (thread-safe)."""
    global _model
    with _lock:
        if _model is None:
            _model = ProfanityModel.load()
            log.info("loaded the alt-profanity-check classifier (%d words)", len(_model.weights))
        return _model


class ClassifierFilter:
    """Block text the offline classifier scores at or above the threshold."""

    name = "classifier"

    def __init__(self, threshold: float = 0.5, model: ProfanityModel | None = None) -> None:
        self.threshold = threshold
        self._model = model

    def score(self, text: str) -> float:
        """Score the normalized text."""
        model = self._model or get_model()
        return model.score(normalize(text))

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block at or above the threshold."""
        p = self.score(text)
        if p < self.threshold:
            return ALLOW
        return Verdict(
            "block", self.name, ("classifier:offensive",), f"scored {p:.2f} as offensive language"
        )
