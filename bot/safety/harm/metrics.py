"""Per-category precision, recall, false-positive rate and PR-AUC (numpy only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.safety.harm.features import CATEGORIES


@dataclass(frozen=True)
class CategoryFigures:
    """Figures of one category at its threshold."""

    category: str
    threshold: float
    positives: int
    precision: float
    recall: float
    fpr: float  # on rows negative for this category
    benign_fpr: float  # on rows negative for every category
    pr_auc: float  # average precision, threshold-free


def average_precision(truth: np.ndarray, scores: np.ndarray) -> float:
    """Return the area under the precision-recall curve (step-wise, as scikit-learn's AP)."""
    n_pos = int(truth.sum())
    if n_pos == 0:
        return 0.0
    order = np.argsort(-scores, kind="stable")
    s, t = scores[order], truth[order].astype(np.float64)
    tp = np.cumsum(t)
    last = np.r_[np.diff(s) != 0, True]  # evaluate once per distinct score (ties together)
    tp_at, seen_at = tp[last], np.flatnonzero(last) + 1.0
    precision, recall = tp_at / seen_at, tp_at / n_pos
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def figures(
    scores: np.ndarray, y: np.ndarray, thresholds: Sequence[float]
) -> list[CategoryFigures]:
    """Return the figures of each category (columns of scores and y in CATEGORIES order)."""
    benign = y.sum(axis=1) == 0
    rows = []
    for j, name in enumerate(CATEGORIES):
        flagged, truth = scores[:, j] >= thresholds[j], y[:, j] == 1
        tp, fp = int((flagged & truth).sum()), int((flagged & ~truth).sum())
        rows.append(
            CategoryFigures(
                category=name,
                threshold=float(thresholds[j]),
                positives=int(truth.sum()),
                precision=round(tp / max(tp + fp, 1), 4),
                recall=round(tp / max(int(truth.sum()), 1), 4),
                fpr=round(fp / max(int((~truth).sum()), 1), 4),
                benign_fpr=round(float(flagged[benign].mean()) if benign.any() else 0.0, 4),
                pr_auc=round(average_precision(truth, scores[:, j]), 4),
            )
        )
    return rows


def any_figures(flagged: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Return recall on rows with any label and false-positive rate on all-benign rows."""
    harmful = np.asarray(y.sum(axis=1) > 0)
    return {
        "recall": round(float(flagged[harmful].mean()) if harmful.any() else 0.0, 4),
        "fpr": round(float(flagged[~harmful].mean()) if (~harmful).any() else 0.0, 4),
    }
