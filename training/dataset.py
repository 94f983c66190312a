"""Tokenize posts into training examples: one post per example, EOS on both sides.

Batches are padded only to their own longest post (`GroupedSampler` puts posts of similar
length together), so a batch of short tweets never pays for 1,024-token blocks, and pad
positions are masked from the loss with -100.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from bot.prompting import training_text

IGNORE_INDEX = -100  # label value that cross-entropy skips


def split_posts(
    posts: Sequence[str], val_fraction: float, seed: int
) -> tuple[list[str], list[str]]:
    """Split posts into (train, validation) with a seeded shuffle; same inputs, same split."""
    order = list(range(len(posts)))
    random.Random(seed).shuffle(order)
    n_val = round(len(posts) * val_fraction)
    if val_fraction > 0 and len(posts) >= 2:
        n_val = min(max(n_val, 1), len(posts) - 1)  # always something on both sides
    val = [posts[i] for i in order[:n_val]]
    train = [posts[i] for i in order[n_val:]]
    return train, val


def encode_post(post: str, tokenizer: Any, max_length: int) -> list[int]:
    """Return the token ids of one training example (EOS + post + EOS), cut at max_length."""
    text = training_text(post, tokenizer.eos_token)
    # The EOS markers are already in the text; the tokenizer must not add BOS/EOS of its own.
    ids: list[int] = tokenizer(text, add_special_tokens=False)["input_ids"]
    return ids[:max_length]


class PostDataset:
    """A map-style dataset of tokenized posts (dicts with `input_ids`, as the Trainer expects)."""

    def __init__(self, posts: Sequence[str], tokenizer: Any, max_length: int) -> None:
        self.examples = [encode_post(p, tokenizer, max_length) for p in posts if p.strip()]

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, index: int) -> dict[str, list[int]]:
        return {"input_ids": self.examples[index]}

    def lengths(self) -> list[int]:
        """Return each example's length in tokens."""
        return [len(ids) for ids in self.examples]

    def n_tokens(self) -> int:
        """Return the number of real (non-pad) tokens in the dataset."""
        return sum(self.lengths())


@dataclass
class PostCollator:
    """Right-pad a batch to its longest example (or a fixed length); mask pads from the loss."""

    pad_token_id: int
    pad_to: int | None = None  # fixed length, for the padded baseline in bench/train.py

    def __call__(self, features: list[dict[str, Any]]) -> dict[str, Any]:
        import torch

        seqs = [list(f["input_ids"]) for f in features]
        width = self.pad_to or max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), self.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for row, seq in enumerate(seqs):
            seq = seq[:width]
            ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
            mask[row, : len(seq)] = 1
        # Mask by position, not by id: the pad id is often the EOS id, which must be learned.
        labels = ids.masked_fill(mask == 0, IGNORE_INDEX)
        return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def grouped_order(lengths: Sequence[int], batch_size: int, mega: int = 50) -> list[int]:
    """Return a shuffled order whose consecutive `batch_size` runs hold posts of similar length.

    Posts are shuffled, cut into chunks of `mega` batches, sorted by length inside each chunk
    and split into batches; then the batches are shuffled. Every batch is full except the
    last, so a DataLoader that cuts this order into batches cuts exactly these. Uses torch's
    global RNG, which the Trainer seeds (reproducible, different every epoch).
    """
    import torch

    perm = torch.randperm(len(lengths)).tolist()
    size = batch_size * mega  # a multiple of batch_size: only the final chunk has a remainder
    batches: list[list[int]] = []
    for start in range(0, len(perm), size):
        chunk = sorted(perm[start : start + size], key=lambda i: lengths[i])
        batches += [chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size)]
    tail = [batches.pop()] if batches and len(batches[-1]) < batch_size else []
    order = torch.randperm(len(batches)).tolist()
    return [i for b in [*(batches[j] for j in order), *tail] for i in b]


class GroupedSampler:
    """A training sampler that yields `grouped_order` (padding-free batching for the Trainer)."""

    def __init__(self, lengths: Sequence[int], batch_size: int) -> None:
        self.lengths = list(lengths)
        self.batch_size = batch_size

    def __len__(self) -> int:
        return len(self.lengths)

    def __iter__(self) -> Iterator[int]:
        return iter(grouped_order(self.lengths, self.batch_size))


def pack_blocks(examples: Sequence[Sequence[int]], block_size: int) -> list[list[int]]:
    """Concatenate examples and cut them into full blocks (huggingtweets' 1,024-token set-up)."""
    flat = [tok for ex in examples for tok in ex]
    usable = len(flat) - len(flat) % block_size
    return [flat[i : i + block_size] for i in range(0, usable, block_size)]
