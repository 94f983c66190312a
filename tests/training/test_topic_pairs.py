"""Topic pairs: posts learned again after a Topic line of their own words (on-topic replies)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.prompting import REPLY_MARK, TOPIC_MARK
from bot.topics import length_rarity, salient_words
from tests.conftest import TINY_CORPUS
from training.dataset import IGNORE_INDEX, PostDataset, TrainExample, encode_example, with_topics


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir: Path) -> Any:
    from training.base_models import load_tokenizer

    return load_tokenizer(str(tiny_model_dir))


def test_every_post_stays_and_a_seeded_share_is_added_as_topic_pairs() -> None:
    posts = [f"{p} with sourdough number {i}" for i, p in enumerate(TINY_CORPUS * 10)]
    out = with_topics(posts, length_rarity, 0.5, seed=7)
    assert [e.text for e in out[: len(posts)]] == posts  # all the free posts, as they were
    added = out[len(posts) :]
    assert 0.3 * len(posts) < len(added) < 0.7 * len(posts)
    for example in added:
        assert not example.context and 1 <= len(example.topic) <= 3
        assert set(example.topic) <= set(salient_words(example.text, 4, length_rarity))
    assert out == with_topics(posts, length_rarity, 0.5, seed=7)  # seeded: the same again
    assert with_topics(posts, length_rarity, 0.0, seed=7) == [TrainExample(p) for p in posts]


def test_real_pairs_get_their_contexts_words_and_no_copy() -> None:
    pair = TrainExample("it was lovely", ("how was the lighthouse tour?",))
    [out] = with_topics([pair], length_rarity, 1.0, seed=1)
    assert out.context == pair.context and out.topic == ("lighthouse", "tour")


def test_a_topic_pair_masks_the_topic_line(tokenizer: Any) -> None:
    example = TrainExample("rye dough is like wet clay", (), ("rye", "clay"))
    ids, labels = encode_example(example, tokenizer, max_length=64)
    eos = tokenizer.eos_token
    prompt = f"{eos}{TOPIC_MARK}rye, clay\n{REPLY_MARK}\n"
    n_prompt = len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    assert tokenizer.decode(ids) == prompt + "rye dough is like wet clay" + eos
    assert labels[:n_prompt] == [IGNORE_INDEX] * n_prompt and IGNORE_INDEX not in labels[n_prompt:]


def test_the_dataset_counts_posts_pairs_and_topic_pairs_apart(tokenizer: Any) -> None:
    items = [
        TrainExample("a post"), TrainExample("a reply", ("a question",)),
        TrainExample("another post about bread", (), ("bread",)),
    ]  # fmt: skip
    ds = PostDataset(items, tokenizer, 64)
    assert (ds.n_posts(), ds.n_pairs, ds.n_topic_pairs) == (1, 1, 1)
