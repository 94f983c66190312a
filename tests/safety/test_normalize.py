"""Normalization: Unicode folding, invisible characters, look-alikes, leetspeak, spacing."""

from __future__ import annotations

import pytest

from bot.safety.normalize import (
    collapse_runs,
    fold,
    join_spaced,
    normalize,
    squeeze,
    strip_invisible,
    undo_leet,
    words,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello World", "hello world"),
        ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),  # NFKC
        ("𝐛𝐨𝐥𝐝 𝓼𝓬𝓻𝓲𝓹𝓽", "bold script"),  # mathematical alphanumerics
        ("café naïve façade", "cafe naive facade"),  # combining marks dropped
        ("STRASSE Straße", "strasse strasse"),  # casefold
        ("ѕһіт", "shit"),  # Cyrillic look-alikes
        ("Αpple", "apple"),  # Greek capital alpha
        ("sh1t", "shit"),
        ("b1tch", "bitch"),
        ("a55hole", "asshole"),
        ("b@stard", "bastard"),
        ("$hit", "shit"),
        ("f u c k", "fuck"),
        ("f.u.c.k", "fuck"),
        ("f-u-c-k off", "fuck off"),
        ("fu\u200bck", "fuck"),  # zero-width space
        ("fu\u00adck", "fuck"),  # soft hyphen
        ("fu\u202eck", "fuck"),  # bidi override
        ("fuuuuuuck", "fuuuck"),  # long runs keep three letters
        ("  lots   of\tspace \n", "lots of space"),
    ],
)
def test_normalize_table(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    ["I paid $100 at 5pm", "it's 2014", "call 911", "version 3.10", "@user hello!!"],
)
def test_numbers_prices_and_handles_survive(text: str) -> None:
    # leetspeak is only undone inside words with letters; numbers and handles stay readable
    out = normalize(text)
    assert [t for t in out.split() if t.isdigit()] == [t for t in text.split() if t.isdigit()]
    assert ("@user" in out) == ("@user" in text)


def test_trailing_exclamation_is_not_a_letter() -> None:
    assert normalize("wow!") == "wow!"
    assert undo_leet("sh!t!") == "shit!"


def test_helpers() -> None:
    assert strip_invisible("a\u200bb\u2060c\ufeffd") == "abcd"
    assert fold("ÉCOLE") == "ecole"
    assert collapse_runs("soooooo goood") == "sooo goood"
    assert collapse_runs("aaaa", keep=1) == "a"
    assert squeeze("fuuck") == "fuck"
    assert join_spaced("i am a b c") == "i am abc"
    assert join_spaced("a b") == "a b"  # two letters are not a spelled-out word


def test_words_split_on_punctuation() -> None:
    assert words("Hello, W0RLD! it's-fine") == ["hello", "world", "it", "s", "fine"]


def test_ordinary_sentence_is_unchanged_but_lowercased() -> None:
    text = "The quick brown fox jumps over the lazy dog."
    assert normalize(text) == text.lower()
