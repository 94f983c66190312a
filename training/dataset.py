"""Tokenize posts and pairs into training examples (bot/prompting.py has both formats).

A free post is one example, EOS on both sides. A (context -> reply) pair is the pair prompt
followed by the reply and EOS; the prompt's labels are -100, so the loss covers only the
reply's tokens. Batches are padded only to their own longest example (`GroupedSampler` puts
examples of similar length together), so a batch of short tweets never pays for 1,024-token
blocks, and pad positions are masked from the loss with -100 too.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.prompting import pair_prompt, training_text
from bot.topics import Rarity, salient_words, topic_words

IGNORE_INDEX = -100  # label value that cross-entropy skips
T = TypeVar("T")


@dataclass(frozen=True)
class TrainExample:
    """One thing to learn: a free post, or a reply and the context it answers (oldest first).

    `topic` words (a Topic line) make it a pair too: a topic pair has a topic and no context.
    """

    text: str
    context: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()

    @property
    def is_pair(self) -> bool:
        """Return True if the example is learned as a pair (its prompt masked from the loss)."""
        return bool(self.context or self.topic)


def as_example(item: str | TrainExample) -> TrainExample:
    """Return a training example (a bare string is a free post)."""
    return item if isinstance(item, TrainExample) else TrainExample(item)


def post_texts(items: Sequence[str | TrainExample]) -> list[str]:
    """Return the free posts' texts (all texts when every item is a pair), for perplexity."""
    examples = [as_example(item) for item in items]
    return [e.text for e in examples if not e.context] or [e.text for e in examples]


def split_posts(posts: Sequence[T], val_fraction: float, seed: int) -> tuple[list[T], list[T]]:
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


def encode_example(
    example: TrainExample, tokenizer: Any, max_length: int
) -> tuple[list[int], list[int]]:
    """Return (input ids, labels) of one example, cut at max_length; prompt labels are -100.

    A pair's prompt and reply are tokenized apart, as serving tokenizes the prompt and the
    model writes the reply. The context gets the tokens the reply leaves (at least half of
    max_length), the most recent turns first. A pair whose prompt would leave no room for
    the reply is learned as a free post.
    """
    if not example.is_pair:
        ids = encode_post(example.text, tokenizer, max_length)
        return ids, list(ids)
    eos = tokenizer.eos_token
    reply: list[int] = tokenizer(example.text.strip() + eos, add_special_tokens=False)["input_ids"]
    budget = max(max_length - len(reply), max_length // 2)
    prompt_text = pair_prompt(
        example.context, eos, budget, lambda s: _count(tokenizer, s), topic=example.topic
    )
    prompt: list[int] = tokenizer(prompt_text, add_special_tokens=False)["input_ids"]
    if len(prompt) >= max_length:
        return encode_example(TrainExample(example.text), tokenizer, max_length)
    ids = (prompt + reply)[:max_length]
    labels = ([IGNORE_INDEX] * len(prompt) + reply)[:max_length]
    return ids, labels


def with_topics(
    examples: Sequence[str | TrainExample],
    rarity: Rarity,
    share: float,
    seed: int,
    *,
    add_pairs: bool = True,
) -> list[TrainExample]:
    """Return the examples with Topic lines: real pairs get their context's salient words, and
    (with `add_pairs`) a seeded `share` of the free posts is added again as a topic pair.

    A topic pair is "Topic: 1-3 of the post's 4 most salient words (random subset and order)"
    -> the post. Every free post stays as it was, so the voice (post perplexity) is kept; the
    model also learns to write a post about words it is given, which is how a person with no
    replies in their archive gets replies about what was said (serving gives it the mention's
    words). `share` 0 adds none.
    """
    rng = random.Random(seed)
    out: list[TrainExample] = []
    added: list[TrainExample] = []
    for example in (as_example(e) for e in examples):
        if example.context:
            topic = tuple(topic_words(example.context, rarity=rarity))
            out.append(TrainExample(example.text, example.context, topic))
            continue
        out.append(example)
        if not add_pairs or share <= 0 or rng.random() >= share:
            continue
        words = salient_words(example.text, 4, rarity)
        if words:
            picked = rng.sample(words, rng.randint(1, min(3, len(words))))
            added.append(TrainExample(example.text, (), tuple(picked)))
    return out + added


def _count(tokenizer: Any, text: str) -> int:
    """Return the number of tokens `text` takes."""
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


class PostDataset:
    """A map-style dataset of tokenized posts and pairs (`input_ids` and `labels` per item)."""

    def __init__(
        self, posts: Sequence[str | TrainExample], tokenizer: Any, max_length: int
    ) -> None:
        chosen = [as_example(p) for p in posts]
        chosen = [e for e in chosen if e.text.strip()]
        encoded = [encode_example(e, tokenizer, max_length) for e in chosen]
        self.examples = [ids for ids, _labels in encoded]
        self.labels = [labels for _ids, labels in encoded]
        self.n_pairs = sum(1 for e in chosen if e.context)
        self.n_topic_pairs = sum(1 for e in chosen if e.topic and not e.context)

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, index: int) -> dict[str, list[int]]:
        return {"input_ids": self.examples[index], "labels": self.labels[index]}

    def lengths(self) -> list[int]:
        """Return each example's length in tokens."""
        return [len(ids) for ids in self.examples]

    def n_tokens(self) -> int:
        """Return the number of real (non-pad) tokens in the dataset."""
        return sum(self.lengths())

    def n_posts(self) -> int:
        """Return the number of free posts (the rest are pairs and topic pairs)."""
        return len(self.examples) - self.n_pairs - self.n_topic_pairs


@dataclass
class PostCollator:
    """Right-pad a batch to its longest example (or a fixed length); mask pads from the loss.

    Items with `labels` keep them (a pair's prompt is -100 already); items without learn
    every real token.
    """

    pad_token_id: int
    pad_to: int | None = None  # fixed length, for the padded baseline in bench/train.py

    def __call__(self, features: list[dict[str, Any]]) -> dict[str, Any]:
        import torch

        seqs = [list(f["input_ids"]) for f in features]
        width = self.pad_to or max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), self.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        # Mask by position, not by id: the pad id is often the EOS id, which must be learned.
        labels = torch.full((len(seqs), width), IGNORE_INDEX, dtype=torch.long)
        for row, (seq, feature) in enumerate(zip(seqs, features, strict=True)):
            seq = seq[:width]
            ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
            mask[row, : len(seq)] = 1
            own = list(feature.get("labels") or seq)[: len(seq)]
            labels[row, : len(own)] = torch.tensor(own, dtype=torch.long)
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
