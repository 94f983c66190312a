"""Tokenized examples keep the EOS + post + EOS format; batches carry little padding."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.config import TrainingConfig
from bot.prompting import pair_prompt, training_text
from tests.conftest import TINY_CORPUS
from training.dataset import (
    IGNORE_INDEX,
    PostCollator,
    PostDataset,
    TrainExample,
    encode_example,
    encode_post,
    grouped_order,
    pack_blocks,
    split_posts,
)


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir: Path):  # type: ignore[no-untyped-def]
    from training.base_models import load_tokenizer

    return load_tokenizer(str(tiny_model_dir))


def test_split_is_seeded_disjoint_and_complete() -> None:
    posts = [f"post number {i}" for i in range(50)]
    train, val = split_posts(posts, 0.1, seed=7)
    assert (train, val) == split_posts(posts, 0.1, seed=7)
    assert split_posts(posts, 0.1, seed=8)[1] != val
    assert len(val) == 5 and not set(train) & set(val)
    assert sorted(train + val) == sorted(posts)


def test_split_keeps_one_post_on_each_side() -> None:
    assert [len(part) for part in split_posts(["a b c", "d e f"], 0.1, seed=1)] == [1, 1]
    assert split_posts(["a", "b", "c"], 0.0, seed=1)[1] == []


def test_example_is_eos_post_eos(tokenizer) -> None:  # type: ignore[no-untyped-def]
    ids = encode_post("  coffee first, then the world ", tokenizer, max_length=64)
    eos = tokenizer.eos_token_id
    assert ids[0] == eos and ids[-1] == eos and eos not in ids[1:-1]
    text = tokenizer.decode(ids)
    assert text == training_text("coffee first, then the world", tokenizer.eos_token)


def test_long_posts_are_cut_at_max_length(tokenizer) -> None:  # type: ignore[no-untyped-def]
    ids = encode_post(" ".join(TINY_CORPUS[:6]), tokenizer, max_length=12)
    assert len(ids) == 12 and ids[0] == tokenizer.eos_token_id


def test_collator_pads_to_longest_and_masks_only_pads() -> None:
    eos = 0  # the pad id is the EOS id, as with GPT-2: EOS labels must survive
    batch = PostCollator(pad_token_id=eos)(
        [{"input_ids": [eos, 5, 6, eos]}, {"input_ids": [eos, 7, eos]}]
    )
    assert batch["input_ids"].shape == (2, 4)
    assert batch["attention_mask"].tolist() == [[1, 1, 1, 1], [1, 1, 1, 0]]
    assert batch["labels"].tolist() == [[eos, 5, 6, eos], [eos, 7, eos, IGNORE_INDEX]]


def test_collator_fixed_length_for_the_padded_baseline() -> None:
    batch = PostCollator(pad_token_id=0, pad_to=6)([{"input_ids": [0, 3, 0]}])
    assert batch["input_ids"].shape == (1, 6)
    assert batch["labels"][0, 3:].tolist() == [IGNORE_INDEX] * 3


def test_grouped_order_is_a_permutation_of_aligned_similar_length_batches() -> None:
    import torch

    rng = random.Random(1)
    lengths = [rng.randint(3, 60) for _ in range(203)]
    torch.manual_seed(0)
    order = grouped_order(lengths, batch_size=8)
    assert sorted(order) == list(range(203))
    batches = [order[k : k + 8] for k in range(0, len(order), 8)]
    spread = [max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in batches]
    assert sum(spread) / len(spread) < 5  # random batches of these lengths spread ~45
    assert len(batches[-1]) == 203 % 8  # the one short batch comes last
    torch.manual_seed(0)
    assert grouped_order(lengths, 8) == order  # seeded
    assert grouped_order(lengths, 8) != order  # a new shuffle every epoch


def test_pack_blocks_concatenates_and_drops_the_remainder() -> None:
    assert pack_blocks([[1, 2, 3], [4, 5], [6, 7, 8]], 3) == [[1, 2, 3], [4, 5, 6]]


def test_trainer_batches_group_posts_by_length(tokenizer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Trainer's batches carry far less padding than random batches of the same posts."""
    from training.base_models import load_model
    from training.train import Setup, build_trainer

    rng = random.Random(0)
    words = " ".join(TINY_CORPUS).split()
    posts = [" ".join(rng.choices(words, k=rng.choice([2, 3, 25, 30]))) for _ in range(128)]
    data = PostDataset(posts, tokenizer, max_length=64)
    tcfg = TrainingConfig(batch_size=8, max_length=64, out=str(tmp_path))
    model = load_model(str(tokenizer.name_or_path))
    run = Setup(str(tokenizer.name_or_path), tokenizer, model, data, data, posts)
    trainer, _ = build_trainer(run, tcfg, tmp_path, progress=False)
    grouped = _pad_share(trainer.get_train_dataloader())
    collate = PostCollator(tokenizer.pad_token_id)
    shuffled = rng.sample(range(len(data)), len(data))
    batches = [collate([data[i] for i in shuffled[k : k + 8]]) for k in range(0, len(data), 8)]
    assert grouped < 0.5 * _pad_share(batches)


def _pad_share(batches) -> float:  # type: ignore[no-untyped-def]
    pads = total = 0
    for batch in batches:
        pads += int((batch["attention_mask"] == 0).sum())
        total += batch["attention_mask"].numel()
    return pads / total


def test_pair_masks_exactly_the_prompt(tokenizer) -> None:  # type: ignore[no-untyped-def]
    example = TrainExample("yes, rye needs patience", ("how was the rye?", "any luck?"))
    ids, labels = encode_example(example, tokenizer, max_length=128)
    eos = tokenizer.eos_token
    prompt = pair_prompt(example.context, eos)
    n_prompt = len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    reply = tokenizer("yes, rye needs patience" + eos, add_special_tokens=False)["input_ids"]
    assert ids == tokenizer(prompt, add_special_tokens=False)["input_ids"] + reply
    assert [i for i, label in enumerate(labels) if label == IGNORE_INDEX] == list(range(n_prompt))
    assert labels[n_prompt:] == reply and labels[-1] == tokenizer.eos_token_id
    assert tokenizer.decode(ids) == prompt + "yes, rye needs patience" + eos


def test_free_posts_learn_every_token(tokenizer) -> None:  # type: ignore[no-untyped-def]
    ids, labels = encode_example(TrainExample("coffee first"), tokenizer, max_length=64)
    assert labels == ids and IGNORE_INDEX not in labels


def test_long_context_keeps_room_for_the_reply(tokenizer) -> None:  # type: ignore[no-untyped-def]
    context = ("old turn " * 40, "the latest question about bread")
    ids, labels = encode_example(TrainExample("bake it longer", context), tokenizer, 32)
    reply = tokenizer("bake it longer" + tokenizer.eos_token, add_special_tokens=False)
    assert len(ids) <= 32 and labels[-len(reply["input_ids"]) :] == reply["input_ids"]
    text = tokenizer.decode(ids)
    assert "latest question" in text and "old turn old" not in text


def test_dataset_mixes_posts_and_pairs_and_the_collator_keeps_masks(tokenizer) -> None:  # type: ignore[no-untyped-def]
    pair = TrainExample("a reply", ("a question?",))
    items: list[str | TrainExample] = ["a free post about rain", pair, "  "]
    data = PostDataset(items, tokenizer, max_length=64)
    assert len(data) == 2 and data.n_pairs == 1 and data.n_posts() == 1
    batch = PostCollator(tokenizer.pad_token_id)([data[0], data[1]])
    pair_ids, pair_labels = encode_example(pair, tokenizer, 64)
    width = batch["input_ids"].shape[1]
    assert batch["labels"][1].tolist() == pair_labels + [IGNORE_INDEX] * (width - len(pair_ids))
    assert batch["labels"][0].tolist()[: len(data.examples[0])] == data.examples[0]
