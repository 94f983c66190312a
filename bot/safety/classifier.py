"""Offline offensive-language classifier (alt-profanity-check), run on normalized text.

alt-profanity-check ships a TF-IDF vectorizer and a calibrated linear SVM (5 folds, sigmoid
calibration) inside its wheel. Its `predict_prob` costs about 7.5 ms for a single text here
(scikit-learn input validation dominates; ~55 µs a text only in big batches), too slow for a
2 ms chain, so its two joblib files are flattened into one table: word -> (idf, five SVM
weights), plus each fold's intercept and calibration. Scoring is then a few dict look-ups,
about 40 µs a text, with the same probabilities (tests/safety/test_classifier.py checks that
against the library). The table ships as data/profanity_table.json.gz, so serving loads it
without scikit-learn (120 MB less memory; the table takes 13 MB); rebuild it after upgrading
the library with
`python -c "from bot.safety.classifier import *; ProfanityModel.from_library().save(TABLE)"`.

Measured on ../shared/data/safety-dev (normalized text; recall on offensive / false positives
on benign): profanity-check 0.944 / 0.008 at 0.75 (0.972 / 0.036 at 0.5); hatesonar 0.1.0
0.966 / 0.014 at 0.7 with 0.65 ms a call. hatesonar is not used: it pulls onnxruntime, onnx,
skl2onnx and pandas (~480 MB), needs an en_US.UTF-8 locale that slim images lack (it fails
at load without one), and it was trained on the same Davidson corpus as the dev set, so its
lead there is not evidence. With the lexicon in front, both reach the same chain figures.
Obfuscation defeats either one alone (profanity-check catches 0.34 of the offensive set with
every long word obfuscated), hence the normalization first (0.95 with it, lexicon included).
A long text is scored as its worst tweet-sized window: TF-IDF averages one insult away.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import astuple, dataclass
from pathlib import Path

from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.normalize import normalize, squeeze

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # the vectorizer's token_pattern
TABLE = Path(__file__).with_name("data") / "profanity_table.json.gz"


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
    def load(cls, path: Path = TABLE) -> ProfanityModel:
        """Load the flattened table that ships with tweetling (no scikit-learn needed)."""
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        folds = [_Fold(*map(float, fold)) for fold in data["folds"]]
        weights = {
            word: (float(row[0]), tuple(float(c) for c in row[1:]))
            for word, row in data["words"].items()
        }
        return cls(weights, folds)

    def save(self, path: Path = TABLE) -> Path:
        """Write the table load() reads (floats as exact decimal repr, gzipped JSON)."""
        data = {
            "folds": [list(astuple(fold)) for fold in self.folds],
            "words": {w: [idf, *coefs] for w, (idf, coefs) in sorted(self.weights.items())},
        }
        with gzip.GzipFile(path, "wb", mtime=0) as fh:  # mtime 0: the same bytes every time
            fh.write(json.dumps(data, separators=(",", ":")).encode("utf-8"))
        return path

    @classmethod
    def from_library(cls) -> ProfanityModel:
        """Flatten the vectorizer and calibrated SVM of the alt-profanity-check wheel."""
        from profanity_check import profanity_check as pc  # heavy: scikit-learn, joblib

        vocab: dict[str, int] = pc.vectorizer.vocabulary_
        idf = pc.vectorizer.idf_
        folds, coefs = [], []
        for cal in pc.model.calibrated_classifiers_:
            sigmoid = cal.calibrators[0]
            intercept = float(cal.estimator.intercept_[0])
            folds.append(_Fold(intercept, float(sigmoid.a_), float(sigmoid.b_)))
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


WINDOW_WORDS = 24  # about a tweet; TF-IDF averages one insult away in a long text


def windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Return the text itself, plus overlapping windows of `size` words when it is longer."""
    tokens = text.split()
    if len(tokens) <= size:
        return [text]
    step = size // 2
    starts = range(0, len(tokens) - step, step)
    return [text] + [" ".join(tokens[i : i + size]) for i in starts]


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

    def __init__(
        self,
        threshold: float = 0.5,
        model: ProfanityModel | None = None,
        blank: Callable[[str], str] | None = None,
    ) -> None:
        self.threshold = threshold
        self._model = model
        # blanks allowed phrases ("pussy willow") in normalized text: the lexicon allows them,
        # and scored as words they made 3 of the 7 innocent-set blocks this filter caused
        self._blank = blank

    def score(self, text: str) -> float:
        """Score the normalized text; a long text scores as its worst tweet-sized window."""
        model = self._model or get_model()
        plain = normalize(text)
        if self._blank is not None:
            plain = self._blank(plain)
        return max(map(model.score, windows(plain)))

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block at or above the threshold."""
        p = self.score(text)
        if p < self.threshold:
            return ALLOW
        return Verdict(
            "block", self.name, ("classifier:offensive",), f"scored {p:.2f} as offensive language"
        )
