"""Partial spacing: rejoin "f uck", "n i gger", "nig ger", but never "go ok" or "wet back"."""

from __future__ import annotations

import pytest

from bot.config import LexiconConfig
from bot.safety.lexicon import Lexicon, build_lexicon
from bot.safety.spacing import SplitWords, deliberate_split, is_fragment


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return build_lexicon(LexiconConfig())


def test_fragments() -> None:
    assert all(map(is_fragment, ["f", "n", "ck", "tch", "gg", "nt"]))
    assert not any(map(is_fragment, ["a", "i", "go", "ok", "hey", "by"]))


@pytest.mark.parametrize(
    ("pieces", "deliberate"),
    [
        (["f", "uck"], True),
        (["fu", "ck"], True),
        (["n", "i", "gger"], True),
        (["nig", "ger"], True),  # short pieces, long word
        (["as", "shole"], True),  # split inside a doubled letter
        (["go", "ok"], False),  # two words, short result
        (["wet", "back"], False),
        (["she", "male"], False),
        (["a", "ss"], False),  # too short to be sure
    ],
)
def test_deliberate_split(pieces: list[str], deliberate: bool) -> None:
    assert deliberate_split(pieces) is deliberate


# Each denied word split at every position, with plain spaces, in a short frame.
SPLIT_WORDS = ["fucking", "nigger", "faggot", "bitch", "cunt", "whore", "retard", "asshole"]


@pytest.mark.parametrize("word", SPLIT_WORDS)
def test_every_single_split_is_caught(lexicon: Lexicon, word: str) -> None:
    missed = []
    for cut in range(1, len(word)):
        text = f"you {word[:cut]} {word[cut:]}"
        if not lexicon.find(text):
            missed.append(text)
    # a cut into two ordinary-looking words of 4+ letters may pass ("bast ard" is caught by
    # neither rule); allow at most one such cut per word
    assert len(missed) <= 1, missed


@pytest.mark.parametrize(
    "text",
    [
        "did the surgery go ok",
        "I got my wet back from the rain",
        "is she male or female",
        "we had a ss of the chat",
        "plan b it is",
        "rock n roll",
        "a b c d",
        "vitamin c u know",
        "the f stop on my camera",
        "grade a student",
    ],
)
def test_ordinary_neighbours_are_not_joined(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text) == []


def test_punctuation_ends_a_run() -> None:
    split = SplitWords(["fuck"])
    assert split.candidates("fu ck") == ["fuck"]
    assert split.candidates("fu, ck") == []


def test_at_for_a_at_the_start_of_a_word(lexicon: Lexicon) -> None:
    assert lexicon.find("you @sshole") and lexicon.find("@ss")
    assert lexicon.find("hi @alice") == []
