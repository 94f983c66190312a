"""The embedding head: a one-hidden-layer network over sentence-encoder vectors, in numpy."""

from __future__ import annotations

import math

import numpy as np

_GELU_C = math.sqrt(2.0 / math.pi)
NAMES = ("mean", "std", "w1", "b1", "w2", "b2")


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation (what training uses: torch's approximate='tanh')."""
    return 0.5 * x * (1.0 + np.tanh(_GELU_C * (x + 0.044715 * x**3)))


class EmbeddingHead:
    """logits = gelu((e - mean) / std @ w1 + b1) @ w2 + b2.

    The layers are stored as float16 (half the size; the standardization stays float32, where
    a near-constant input dimension would overflow float16 if folded in) and computed in float32.
    """

    def __init__(
        self,
        mean: np.ndarray,
        std: np.ndarray,
        w1: np.ndarray,
        b1: np.ndarray,
        w2: np.ndarray,
        b2: np.ndarray,
    ) -> None:
        self.mean = np.asarray(mean, dtype=np.float32)
        self.std = np.asarray(std, dtype=np.float32)
        self.w1, self.b1, self.w2, self.b2 = (
            np.asarray(a, dtype=np.float16).astype(np.float32) for a in (w1, b1, w2, b2)
        )

    def logits(self, embeddings: np.ndarray) -> np.ndarray:
        """Return (n, categories) logits for (n, DIM) embeddings."""
        x = (embeddings - self.mean) / self.std
        return gelu(x @ self.w1 + self.b1) @ self.w2 + self.b2

    def arrays(self) -> dict[str, np.ndarray]:
        """Return the weights by name (NAMES), as stored."""
        layers = (self.w1, self.b1, self.w2, self.b2)
        stored = {k: a.astype(np.float16) for k, a in zip(NAMES[2:], layers, strict=True)}
        return {"mean": self.mean, "std": self.std} | stored
