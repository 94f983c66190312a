"""Train the harm model's embedding head: a one-hidden-layer network over sentence vectors.

A linear head on the frozen all-MiniLM-L6-v2 vectors was weaker than the n-grams (dev PR-AUC of
hate 0.81 against 0.88); one hidden layer of 256 brought it to 0.90, and the sum with the
n-gram logits beat either alone (see the card). torch here only; serving is numpy.
"""

from __future__ import annotations

import numpy as np

from bot.safety.harm.head import EmbeddingHead

HIDDEN = 256
EPOCHS = 20
DROPOUT = 0.2
LEARNING_RATE = 1e-3
WEIGHT_DECAY = 1e-4
BATCH = 256


def fit_head(
    embeddings: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray,
    seed: int = 0,
    epochs: int = EPOCHS,
) -> EmbeddingHead:
    """Fit a multi-label network (weighted binary cross-entropy) and return it as served."""
    import torch

    generator = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)  # the layers' initial weights and dropout draw from the global one
    mean = embeddings.mean(axis=0)
    std = embeddings.std(axis=0) + 1e-6
    x = torch.tensor((embeddings - mean) / std, dtype=torch.float32)
    labels = torch.tensor(y, dtype=torch.float32)
    w = torch.tensor(weights, dtype=torch.float32)
    first, last = torch.nn.Linear(x.shape[1], HIDDEN), torch.nn.Linear(HIDDEN, y.shape[1])
    net = torch.nn.Sequential(
        torch.nn.Dropout(DROPOUT),
        first,
        torch.nn.GELU(approximate="tanh"),
        torch.nn.Dropout(DROPOUT),
        last,
    )
    opt = torch.optim.AdamW(net.parameters(), LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    net.train()
    for _ in range(epochs):
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), BATCH):
            i = order[start : start + BATCH]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                net(x[i]), labels[i], reduction="none"
            )
            loss = (loss.mean(dim=1) * w[i]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    trained = (first.weight, first.bias, last.weight, last.bias)
    w1, b1, w2, b2 = (p.detach().numpy() for p in trained)
    return EmbeddingHead(mean, std, w1.T, b1, w2.T, b2)
