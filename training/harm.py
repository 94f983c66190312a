"""Train the harm classifier: hashed n-grams, one logistic regression per category (SGD), plus
an embedding head over all-MiniLM-L6-v2 vectors; the served logit is their weighted sum.

Train on train.jsonl.gz (minus rows whose licence would bind the weights, plus the project's
generated sentences), choose each category's threshold on dev.jsonl.gz, and write the weights
bot.safety.harm serves: int8 n-gram weights with a per-category scale, the float16 head, and a
JSON of thresholds and dev figures. scikit-learn and torch are used here only; serving needs
numpy and the CTranslate2 encoder.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from bot.errors import DataError
from bot.outputs import Legacy, replace_dir
from bot.safety.harm.encoder import ENCODER_NAME, get_encoder
from bot.safety.harm.features import CATEGORIES, N_FEATURES, featurize, substitute
from bot.safety.harm.filter import HarmFilter
from bot.safety.harm.metrics import any_figures, figures
from bot.safety.harm.model import META_FILE, WEIGHTS_FILE, HarmModel
from training.harm_augment import generate
from training.harm_card import write_card
from training.harm_data import EXCLUDED_SOURCES, Row, read_rows, shippable
from training.harm_head import fit_head

ALPHA = 1e-6  # L2 strength; chosen on dev among 1e-5, 3e-6, 1e-6, 3e-7 (see the card)
EPOCHS = 15
# A generated sentence counts this many times: a few hundred of them against 55k real rows
# would otherwise barely move the weights of the thin categories they are there for.
GENERATED_WEIGHT = 3.0
BENIGN_FPR = 0.04  # the chain's content filters together may flag this share of benign dev rows
# The n-gram logits count this much against the head's: on dev, 1.5 gave the chain 0.770
# recall against 0.757 at 1.0 (the head alone: 0.692; the n-grams alone: 0.721).
NGRAM_WEIGHT = 1.5
# A harm model folder written before output markers: only these files, harm_model.json among them.
LEGACY = Legacy(
    frozenset({META_FILE, WEIGHTS_FILE, "report.json", "README.md"}), frozenset({META_FILE})
)


def matrix(texts: Sequence[str]) -> sp.csr_matrix:
    """Return the featurized texts as one sparse matrix."""
    indptr, indices, values = [0], list[int](), list[float]()
    for text in texts:
        features = featurize(text)
        indices.extend(features)
        values.extend(features.values())
        indptr.append(len(indices))
    data = (np.asarray(values, np.float32), np.asarray(indices, np.int32), np.asarray(indptr))
    return sp.csr_matrix(data, shape=(len(texts), N_FEATURES))


def fit(
    x: sp.csr_matrix,
    y: np.ndarray,
    alpha: float = ALPHA,
    weights: np.ndarray | None = None,
    seed: int = 0,
    epochs: int = EPOCHS,
) -> HarmModel:
    """Fit one logistic regression per category; return it quantized as served."""
    from sklearn.linear_model import SGDClassifier

    coefs, intercepts = [], []
    for j, name in enumerate(CATEGORIES):
        if len(set(y[:, j].tolist())) < 2:
            raise DataError(
                f"the training rows hold no {'positive' if not y[:, j].any() else 'negative'} "
                f"example of {name}",
                "train on moderation-train's train.jsonl.gz, which has all five categories",
            )
        clf = SGDClassifier(
            loss="log_loss", alpha=alpha, max_iter=epochs, tol=None, random_state=seed
        )
        clf.fit(x, y[:, j], sample_weight=weights)
        coefs.append(clf.coef_[0])
        intercepts.append(float(clf.intercept_[0]))
    return HarmModel.quantize(np.stack(coefs, axis=1), np.asarray(intercepts), [0.5] * 5)


def thresholds_for(
    scores: np.ndarray, y: np.ndarray, benign_fpr: float, others: np.ndarray | None = None
) -> list[float]:
    """Return thresholds that catch the most harm on dev while the chain's content filters
    together flag at most `benign_fpr` of the all-benign rows.

    `others` marks the rows the chain's other content filters (lexicon, classifier) already
    flag: they spend part of the budget and count as caught. Greedy: each step lowers one
    category's threshold by one or COARSE benign rows, choosing the step with the most gained
    per benign row newly flagged. "Gained" adds the share of harmful rows the chain newly
    catches and OWN_RECALL_WEIGHT times the mean over categories of the share of each one's
    rows it newly catches (so thin categories are not starved by big ones). Rows the chain
    already catches gain nothing: their category's recall is not bought with benign rows.
    """
    benign = y.sum(axis=1) == 0
    tuner = _Tuner(scores, y, np.zeros(len(y), bool) if others is None else others)
    budget = int(benign_fpr * int(benign.sum()))
    while (step := tuner.best_step(budget)) is not None:
        tuner.take(*step)
    # round up: a threshold rounded down would flag the benign row it was set just above
    return [math.ceil(tuner.threshold(j) * 1e6) / 1e6 for j in range(len(CATEGORIES))]


OWN_RECALL_WEIGHT = 0.3  # dev chain recall 0.743 at 0.3, 0.739 at 1.0 (1.0 buys violence)
COARSE = 5  # a step may also skip this many benign rows: one at a time stalls on plateaus


class _Tuner:
    """State of the greedy threshold search."""

    def __init__(self, scores: np.ndarray, y: np.ndarray, others: np.ndarray) -> None:
        benign = y.sum(axis=1) == 0
        self.benign, self.harm, self.labels = scores[benign], scores[~benign], y[~benign] == 1
        self.sorted = [np.sort(self.benign[:, j])[::-1] for j in range(y.shape[1])]
        self.allowed = [0] * y.shape[1]  # benign rows each category may flag (its top ones)
        self.flagged = others[benign].copy()
        self.caught = others[~benign].copy()
        for j in range(y.shape[1]):  # harm scoring above every benign row is caught for free
            self.caught |= self.harm[:, j] >= self.threshold(j)

    def threshold(self, j: int, k: int | None = None) -> float:
        """Return the threshold of category j that flags its top k (default: allowed) benign
        rows: just above the next one."""
        k = self.allowed[j] if k is None else k
        if k >= len(self.sorted[j]):
            return 0.0
        return float(np.nextafter(np.float64(self.sorted[j][k]), 2.0))

    def best_step(self, budget: int) -> tuple[int, int] | None:
        """Return (category, k) of the best affordable step that gains anything, or None."""
        best: tuple[float, int, int] | None = None
        n_harm = max(len(self.harm), 1)
        for j in range(len(self.allowed)):
            own = self.labels[:, j]
            for k in {self.allowed[j] + 1, self.allowed[j] + COARSE}:
                if k > len(self.benign):
                    continue
                t = self.threshold(j, k)
                flagged = int((self.flagged | (self.benign[:, j] >= t)).sum())
                if flagged > budget:
                    continue
                hit = self.harm[:, j] >= t
                new = hit & ~self.caught  # harm the chain does not catch yet
                gain = new.sum() / n_harm
                gain += (
                    OWN_RECALL_WEIGHT
                    * (new & own).sum()
                    / max(int(own.sum()), 1)
                    / len(self.allowed)
                )
                ratio = gain / max(flagged - int(self.flagged.sum()), 0.5)
                if gain > 0 and (best is None or ratio > best[0]):
                    best = (ratio, j, k)
        return None if best is None else (best[1], best[2])

    def take(self, j: int, k: int) -> None:
        """Lower category j's threshold to flag its top k benign rows."""
        self.allowed[j] = k
        t = self.threshold(j)
        self.flagged |= self.benign[:, j] >= t
        self.caught |= self.harm[:, j] >= t


def train_harm(
    data_dir: Path,
    out_dir: Path,
    *,
    alpha: float = ALPHA,
    augment: bool = True,
    benign_fpr: float = BENIGN_FPR,
    generated_weight: float = GENERATED_WEIGHT,
    epochs: int = EPOCHS,
) -> dict[str, object]:
    """Train, tune thresholds on dev for the default chain, write the model, report and card to
    out_dir (replacing only an earlier harm model there); return the report."""
    start = time.monotonic()
    with replace_dir(out_dir, "harm", legacy=LEGACY, sources=[data_dir]) as staging:
        train_rows = shippable(read_rows(data_dir / "train.jsonl.gz"))
        dev_rows = read_rows(data_dir / "dev.jsonl.gz")
        others, names = other_filters_flag([r.text for r in dev_rows])
        if augment:
            train_rows += generate()
        weights = np.asarray(
            [generated_weight if r.source == "generated" else 1.0 for r in train_rows]
        )
        texts, y_train = [r.text for r in train_rows], _labels(train_rows)
        model = fit(matrix(texts), y_train, alpha, weights, epochs=epochs)
        embeddings = get_encoder().embed([substitute(t) for t in texts])
        model.head = fit_head(embeddings, y_train, weights)
        model.ngram_weight = NGRAM_WEIGHT
        # dev is scored as served: quantized weights, rules, long-text windows, normalized copy
        served = HarmFilter(model, {})
        dev_scores = served.scores_many([r.text for r in dev_rows])
        scores = np.asarray([[s[c] for c in CATEGORIES] for s in dev_scores])
        y_dev = _labels(dev_rows)
        model.thresholds = thresholds_for(scores, y_dev, benign_fpr, others)
        harm_flags = np.asarray((scores >= np.asarray(model.thresholds)).any(axis=1))
        report: dict[str, object] = {
            "train_rows": len(train_rows),
            "dev_rows": len(dev_rows),
            "excluded_sources": sorted(EXCLUDED_SOURCES),
            "augmented": augment,
            "alpha": alpha,
            "epochs": epochs,
            "encoder": ENCODER_NAME,
            "ngram_weight": model.ngram_weight,
            "generated_weight": generated_weight,
            "benign_fpr_budget": benign_fpr,
            "categories": [asdict(f) for f in figures(scores, y_dev, model.thresholds)],
            "any": any_figures(harm_flags, y_dev),
            "chain_filters": names,
            "chain": any_figures(harm_flags | others, y_dev),
            "seconds": round(time.monotonic() - start, 1),
        }
        staging.mkdir()
        model.save(staging, report)
        write_report(report, staging / "report.json")
        write_card(report, staging)
    return report


def other_filters_flag(texts: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """Return which texts the default chain's other blocking content filters (lexicon,
    classifier) block, and their names: the harm thresholds share the benign budget with them.

    The sensitive filter is left out: it mostly holds drafts for review rather than blocking, and
    counting it (0.2% of benign dev rows) cost 1 of the 50 hand-written harmful texts."""
    from bot.config import Config
    from bot.safety.base import CheckContext
    from bot.safety.factory import _content_filters

    default = Config().safety
    safety = default.model_copy(update={"harm": default.harm.model_copy(update={"enabled": False})})
    filters = [f for f in _content_filters(safety) if f.name != "sensitive"]
    ctx = CheckContext()
    flags = [any(not f.check(t, ctx).allowed for f in filters) for t in texts]
    return np.asarray(flags, dtype=bool), [f.name for f in filters]


def _labels(rows: Sequence[Row]) -> np.ndarray:
    return np.asarray([r.labels for r in rows], dtype=np.int8)


def write_report(report: dict[str, object], path: Path) -> None:
    """Write the training report as indented JSON."""
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


__all__ = ["META_FILE", "WEIGHTS_FILE", "train_harm"]
