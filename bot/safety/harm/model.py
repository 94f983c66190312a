"""The harm classifier as served: int8 n-gram weights plus an embedding head, rules on top."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.errors import DataError
from bot.safety.harm.encoder import ENCODER_NAME, SentenceEncoder, get_encoder
from bot.safety.harm.features import (
    CATEGORIES,
    CHAR_BITS,
    N_FEATURES,
    WORD_BITS,
    featurize,
    substitute,
)
from bot.safety.harm.head import NAMES as HEAD_ARRAYS
from bot.safety.harm.head import EmbeddingHead
from bot.safety.harm.rules import rule_hits

WEIGHTS_FILE = "harm_weights.npz"
META_FILE = "harm_model.json"
FORMAT = 2
PACKAGE_DIR = Path(__file__).parent / "weights"  # the shipped model


class HarmModel:
    """Per category: ngram_weight x a logistic regression over hashed n-grams, plus (when there
    is one) an embedding head over the sentence encoder's vector, as one logit; a rule match
    scores its categories 1.0."""

    def __init__(
        self,
        q: np.ndarray,
        scale: np.ndarray,
        bias: np.ndarray,
        thresholds: Sequence[float],
        meta: dict[str, object] | None = None,
        head: EmbeddingHead | None = None,
        ngram_weight: float = 1.0,
    ) -> None:
        self.q = q  # (N_FEATURES, 5) int8
        self.scale = scale.astype(np.float32)  # (5,) weight = q * scale
        self.bias = bias.astype(np.float32)
        self.thresholds = [float(t) for t in thresholds]
        self.meta = meta or {}
        self.head = head
        self.ngram_weight = float(ngram_weight)
        self._encoder: SentenceEncoder | None = None

    def encoder(self) -> SentenceEncoder | None:
        """Return the sentence encoder the head needs (loaded on first call), or None."""
        if self.head is not None and self._encoder is None:
            self._encoder = get_encoder()
        return self._encoder

    @classmethod
    def quantize(
        cls, weights: np.ndarray, bias: np.ndarray, thresholds: Sequence[float]
    ) -> HarmModel:
        """Return a model whose float weights are rounded to int8 with a per-category scale."""
        scale = np.abs(weights).max(axis=0) / 127.0
        scale[scale == 0] = 1.0
        q = np.clip(np.rint(weights / scale), -127, 127).astype(np.int8)
        return cls(q, scale, bias, thresholds)

    def ngram_logits(self, text: str) -> np.ndarray:
        """Return the n-gram model's five logits of a text."""
        features = featurize(text)
        if not features:
            return self.bias.copy()
        idx = np.fromiter(features.keys(), np.int64, len(features))
        val = np.fromiter(features.values(), np.float32, len(features))
        return (val @ self.q[idx].astype(np.float32)) * self.scale + self.bias

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Return the (len(texts), 5) raw model logits (no rules), the encoder run as one batch."""
        out = np.zeros((len(texts), len(CATEGORIES)), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self.ngram_weight * self.ngram_logits(text)
        encoder = self.encoder()
        if self.head is not None and encoder is not None and texts:
            out += self.head.logits(encoder.embed([substitute(t) for t in texts]))
        return out

    def score_many(self, texts: Sequence[str]) -> np.ndarray:
        """Return a (len(texts), 5) array of probabilities, rules applied."""
        probs = 1.0 / (1.0 + np.exp(-np.clip(self.logits(texts), -50.0, 50.0)))
        for i, text in enumerate(texts):
            for category in rule_hits(text):
                probs[i, CATEGORIES.index(category)] = 1.0
        return probs

    def score(self, text: str) -> np.ndarray:
        """Return the five probabilities of a text, rules applied."""
        return self.score_many([text])[0]

    def scores(self, text: str) -> dict[str, float]:
        """Return category -> probability (the HarmScorer interface)."""
        return self.scores_many([text])[0]

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return category -> probability per text, scored as one batch."""
        return [
            dict(zip(CATEGORIES, map(float, row), strict=True)) for row in self.score_many(texts)
        ]

    def save(self, out_dir: Path, report: dict[str, object]) -> None:
        """Write the weights and a JSON of thresholds, feature settings and the report."""
        arrays = {"q": self.q, "scale": self.scale, "bias": self.bias}
        arrays |= self.head.arrays() if self.head is not None else {}
        np.savez_compressed(out_dir / WEIGHTS_FILE, allow_pickle=False, **arrays)
        meta = {
            "format": FORMAT,
            "categories": list(CATEGORIES),
            "thresholds": dict(zip(CATEGORIES, self.thresholds, strict=True)),
            "word_bits": WORD_BITS,
            "char_bits": CHAR_BITS,
            "ngram_weight": self.ngram_weight,
            "encoder": ENCODER_NAME if self.head is not None else None,
            "report": report,
        }
        (out_dir / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, model_dir: Path = PACKAGE_DIR) -> HarmModel:
        """Load a model written by `tweetling safety train-harm`. Raises DataError."""
        hint = "retrain with `tweetling safety train-harm --data DIR --out DIR`"
        try:
            meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
            with np.load(model_dir / WEIGHTS_FILE) as npz:
                q, scale, bias = npz["q"], npz["scale"], npz["bias"]
                parts = [npz[k] for k in HEAD_ARRAYS if k in npz.files]
            thresholds = [float(meta["thresholds"][c]) for c in CATEGORIES]
            ngram_weight = float(meta.get("ngram_weight", 1.0))
            head = EmbeddingHead(*parts) if len(parts) == len(HEAD_ARRAYS) else None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataError(f"cannot load the harm model from {model_dir}: {exc}", hint) from None
        settings = (meta.get("format"), meta.get("word_bits"), meta.get("char_bits"))
        # a head needs the encoder it was trained on; a model without one names none
        encoder_ok = meta.get("encoder") == (ENCODER_NAME if head is not None else None)
        if (
            settings != (FORMAT, WORD_BITS, CHAR_BITS)
            or q.shape != (N_FEATURES, len(CATEGORIES))
            or not encoder_ok
        ):
            raise DataError(f"the harm model in {model_dir} was built by another version", hint)
        return cls(q, scale, bias, thresholds, meta, head, ngram_weight)

    def threshold_of(self, category: str) -> float:
        """Return the tuned threshold of a category."""
        return self.thresholds[CATEGORIES.index(category)]


_Stamp = tuple[tuple[int, int], ...]
_shared: dict[Path, tuple[_Stamp, HarmModel]] = {}
_lock = threading.Lock()


def _stamp(path: Path) -> _Stamp:
    """Return the size and mtime of the model's files, so a model retrained in place reloads."""
    stamps = []
    for name in (WEIGHTS_FILE, META_FILE):
        try:
            st = (path / name).stat()
            stamps.append((st.st_size, st.st_mtime_ns))
        except OSError:
            stamps.append((-1, -1))
    return tuple(stamps)


def get_model(model_dir: Path | None = None) -> HarmModel:
    """Return the model in model_dir (default: the shipped one), loaded once per version."""
    path = (model_dir or PACKAGE_DIR).resolve()
    stamp = _stamp(path)
    with _lock:
        cached = _shared.get(path)
        if cached is None or cached[0] != stamp:
            cached = (stamp, HarmModel.load(path))
            _shared[path] = cached
        return cached[1]
