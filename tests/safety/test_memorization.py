"""Memorization index: hashed normalized n-grams of the training posts."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bot.errors import DataError
from bot.safety.base import CheckContext
from bot.safety.memorization import INDEX_FILENAME, MemorizationFilter, MemorizationIndex

POSTS = [
    "the bus was late again, so I read a whole chapter of my book on the way",
    "rainy sunday, soup and a long walk",
    "hot take: tabs are fine if you are consistent",
]


@pytest.fixture
def index() -> MemorizationIndex:
    return MemorizationIndex.build(POSTS, n=8)


@pytest.mark.parametrize(
    "text",
    [
        POSTS[0],
        POSTS[1],  # shorter than n: the whole post is indexed too
        "Rainy Sunday: soup, and a long walk!",  # same words after normalization
        "THE BUS WAS LATE AGAIN so i read a whole chapter",
        "wow, so I read a whole chapter of my book today",  # an 8-word run inside
        "the bus was l4te again, so I re\u200bad a whole",  # obfuscations normalize away
    ],
)
def test_copies_match(index: MemorizationIndex, text: str) -> None:
    assert index.matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "so I read a whole chapter of a novel",  # only 6 shared words in a row
        "rainy sunday, soup and a long nap",
        "tabs are fine",
        "",
        "a completely new thought about coffee",
    ],
)
def test_new_text_passes(index: MemorizationIndex, text: str) -> None:
    assert not index.matches(text)


def test_ngram_length_is_configurable() -> None:
    index = MemorizationIndex.build(POSTS, n=4)
    assert index.matches("I love soup and a long walk")
    assert not MemorizationIndex.build(POSTS, n=8).matches("I love soup and a long walk")


def test_save_and_load_round_trip(index: MemorizationIndex, tmp_path: Path) -> None:
    path = index.save(tmp_path / "model" / INDEX_FILENAME)
    loaded = MemorizationIndex.load(path)
    assert loaded.n == 8 and len(loaded) == len(index) == 3
    assert loaded.ngrams == index.ngrams
    assert loaded.matches(POSTS[2])
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = fh.read()
    assert "chapter" not in raw  # only hashes are stored, never the text


def test_malformed_index_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / INDEX_FILENAME
    bad.write_text("not gzip", encoding="utf-8")
    with pytest.raises(DataError, match="memorization index"):
        MemorizationIndex.load(bad)
    with pytest.raises(DataError):
        MemorizationIndex.load(tmp_path / "missing.json.gz")
    for not_an_index in ("[1]", '{"version": 1, "n": 8}', "{}"):
        with gzip.open(bad, "wt", encoding="utf-8") as fh:
            fh.write(not_an_index)
        with pytest.raises(DataError, match="memorization index"):
            MemorizationIndex.load(bad)


def test_filter_verdict(index: MemorizationIndex) -> None:
    f = MemorizationFilter(index)
    assert f.check(POSTS[1], CheckContext()).reasons == ("memorization:copy",)
    assert f.check("something new", CheckContext()).action == "allow"
