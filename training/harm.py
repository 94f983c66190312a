"""Train the harm classifier: hashed n-grams, one logistic regression per category (SGD).

Train on train.jsonl.gz (minus rows whose licence would bind the weights, plus the project's
generated sentences), choose each category's threshold on dev.jsonl.gz, and write the weights
bot.safety.harm serves: int8 weights with a per-category scale, and a JSON of thresholds and
dev figures. scikit-learn is used here only; serving needs numpy.
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

from bot.errors import DataError, UserError
from bot.safety.harm.features import CATEGORIES, N_FEATURES, featurize
from bot.safety.harm.filter import HarmFilter
from bot.safety.harm.metrics import any_figures, figures
from bot.safety.harm.model import META_FILE, WEIGHTS_FILE, HarmModel
from training.harm_augment import generate
from training.harm_card import write_card
from training.harm_data import EXCLUDED_SOURCES, Row, read_rows, shippable

ALPHA = 1e-6  # L2 strength; chosen on dev among 1e-5, 3e-6, 1e-6, 3e-7 (see the card)
EPOCHS = 15
# A generated sentence counts this many times: a few hundred of them against 55k real rows
# would otherwise barely move the weights of the thin categories they are there for.
GENERATED_WEIGHT = 3.0
BENIGN_FPR = 0.04  # all categories together may flag at most this share of benign dev rows


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
            loss="log_loss", alpha=alpha, max_iter=EPOCHS, tol=None, random_state=seed
        )
        clf.fit(x, y[:, j], sample_weight=weights)
        coefs.append(clf.coef_[0])
        intercepts.append(float(clf.intercept_[0]))
    return HarmModel.quantize(np.stack(coefs, axis=1), np.asarray(intercepts), [0.5] * 5)


def thresholds_for(scores: np.ndarray, y: np.ndarray, benign_fpr: float) -> list[float]:
    """Return thresholds that catch the most harm on dev while all categories together flag at
    most `benign_fpr` of the all-benign rows.

    Greedy: each step lowers one category's threshold to where it next catches more, choosing
    the step with the most gained per benign row newly flagged. "Gained" adds the share of
    harmful rows caught by any category (what the chain blocks) and the mean per-category
    recall (so thin categories are not starved by big ones).
    """
    tuner = _Tuner(scores, y)
    budget = int(benign_fpr * len(tuner.benign))
    while True:
        steps = [tuner.next_step(j, budget) for j in range(len(CATEGORIES))]
        best = max(range(len(steps)), key=lambda j: steps[j][1])
        if steps[best][1] <= 0:
            break
        tuner.take(best, steps[best][0])
    # round up: a threshold rounded down would flag the benign row it was set just above
    return [math.ceil(tuner.threshold(j, k) * 1e6) / 1e6 for j, k in enumerate(tuner.allowed)]


class _Tuner:
    """State of the greedy threshold search."""

    def __init__(self, scores: np.ndarray, y: np.ndarray) -> None:
        self.benign = scores[y.sum(axis=1) == 0]
        harmful = y.sum(axis=1) > 0
        self.harm_scores, self.harm_labels = scores[harmful], y[harmful]
        self.order = [np.argsort(-self.benign[:, j], kind="stable") for j in range(y.shape[1])]
        self.allowed = [0] * y.shape[1]  # benign rows each category may flag (its top ones)
        self.flagged = np.zeros(len(self.benign), dtype=bool)
        self.caught = np.zeros(len(self.harm_scores), dtype=bool)

    def threshold(self, j: int, k: int) -> float:
        """Return the threshold of category j that flags its top k benign rows."""
        if k >= len(self.benign):
            return 0.0
        return float(np.nextafter(self.benign[self.order[j][k], j], np.float32(2.0)))

    def gain(self, j: int, k: int) -> float:
        """Return how much more category j catches at k benign rows than now."""
        hit = self.harm_scores[:, j] >= self.threshold(j, k)
        new_any = (hit & ~self.caught).sum() / max(len(hit), 1)
        mine = self.harm_labels[:, j] == 1
        before = self.harm_scores[:, j] >= self.threshold(j, self.allowed[j])
        new_own = ((hit & ~before) & mine).sum() / max(int(mine.sum()), 1)
        return float(new_any + new_own / len(self.allowed))

    def next_step(self, j: int, budget: int) -> tuple[int, float]:
        """Return (k, gain per benign row newly flagged) of j's next useful step, or (0, 0)."""
        cost, room = 0, budget - int(self.flagged.sum())
        for k in range(self.allowed[j] + 1, len(self.benign) + 1):
            cost += 0 if self.flagged[self.order[j][k - 1]] else 1
            if cost > room:
                break
            gain = self.gain(j, k)
            if gain > 0:
                return k, (math.inf if cost == 0 else gain / cost)
        return 0, 0.0

    def take(self, j: int, k: int) -> None:
        """Lower category j's threshold to flag its top k benign rows."""
        self.flagged[self.order[j][self.allowed[j] : k]] = True
        self.allowed[j] = k
        self.caught |= self.harm_scores[:, j] >= self.threshold(j, k)


def train_harm(
    data_dir: Path,
    out_dir: Path,
    *,
    alpha: float = ALPHA,
    augment: bool = True,
    benign_fpr: float = BENIGN_FPR,
    generated_weight: float = GENERATED_WEIGHT,
) -> dict[str, object]:
    """Train, tune thresholds on dev, write the model, report and card to out_dir; return the
    report."""
    start = time.monotonic()
    train_rows = shippable(read_rows(data_dir / "train.jsonl.gz"))
    dev_rows = read_rows(data_dir / "dev.jsonl.gz")
    if augment:
        train_rows += generate()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {out_dir}: {exc}", "give a writable --out dir") from None
    weights = np.asarray([generated_weight if r.source == "generated" else 1.0 for r in train_rows])
    model = fit(matrix([r.text for r in train_rows]), _labels(train_rows), alpha, weights)
    # dev is scored as served: quantized weights, rules, long-text windows, normalized copy
    served = HarmFilter(model, {})
    scores = np.asarray([[served.scores(r.text)[c] for c in CATEGORIES] for r in dev_rows])
    y_dev = _labels(dev_rows)
    model.thresholds = thresholds_for(scores, y_dev, benign_fpr)
    report: dict[str, object] = {
        "train_rows": len(train_rows),
        "dev_rows": len(dev_rows),
        "excluded_sources": sorted(EXCLUDED_SOURCES),
        "augmented": augment,
        "alpha": alpha,
        "generated_weight": generated_weight,
        "benign_fpr_budget": benign_fpr,
        "categories": [asdict(f) for f in figures(scores, y_dev, model.thresholds)],
        "any": any_figures(np.asarray((scores >= np.asarray(model.thresholds)).any(axis=1)), y_dev),
        "seconds": round(time.monotonic() - start, 1),
    }
    model.save(out_dir, report)
    write_report(report, out_dir / "report.json")
    write_card(report, out_dir)
    return report


def _labels(rows: Sequence[Row]) -> np.ndarray:
    return np.asarray([r.labels for r in rows], dtype=np.int8)


def write_report(report: dict[str, object], path: Path) -> None:
    """Write the training report as indented JSON."""
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


__all__ = ["META_FILE", "WEIGHTS_FILE", "train_harm"]
