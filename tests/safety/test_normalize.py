"""Normalization: Unicode folding, invisible characters, look-alikes, leetspeak, spacing."""

from __future__ import annotations

import pytest

from bot.safety.normalize import (
    collapse_runs,
    fold,
    join_spaced,
    looks_like_leet,
    normalize,
    normalize_joined,
    normalize_unjoined,
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


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("fu\U000e0075\U000e0063ck", "fuck"),  # Unicode tag characters are invisible
        ("sh\U000e0020\U000e007fit", "shit"),
        ("bi\ufff9tch", "bitch"),  # interlinear annotation anchor
        ("f\u2800u\u2800c\u2800k", "fuck"),  # braille blanks read as spaces, then joined
        ("f\u3000u\u3000c\u3000k", "fuck"),  # ideographic space
        ("ոigger", "nigger"),  # Armenian vo
        ("ցook", "gook"),  # Armenian co
        ("ħoɍe ǥaƴ", "hore gay"),  # Latin Extended: strokes and hooks, by Unicode name
        ("ɢᴀʏ", "gay"),  # small capitals
        ("ＢＩＴＣＨ", "bitch"),  # fullwidth capital I is an i, not an l
        ("СUNТ", "cunt"),  # Cyrillic capitals
        ("ΗΕLLΟ", "hello"),  # Greek capital eta is an H (not the n its small form looks like)
        ("bo\u0336ll\u0489ocks", "bollocks"),  # combining overlay and enclosing marks
    ],
)
def test_obfuscation_families(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    ["東京\u3000タワー", "Привет, как дела?", "שלום", "مرحبا", "नमस्ते दुनिया", "😀🇫🇷👍🏽"],
)
def test_other_scripts_keep_their_words(text: str) -> None:
    # folding may change letters but must not drop or merge the words of innocent text
    assert len(words(text)) >= len(text.split()) or not words(text)


@pytest.mark.parametrize(
    "token",
    ["n199", "r7", "a320", "b747", "4x4", "10k", "80s", "mp3", "sh17", "a55", "1990", "n1"],
)
def test_codes_are_not_leet(token: str) -> None:
    assert not looks_like_leet(token)
    assert normalize(f"see {token} now") == f"see {token} now"


def test_digits_that_stand_for_no_letter_survive() -> None:
    assert normalize("b2b and 2fa") == "b2b and 2fa"


@pytest.mark.parametrize(
    ("token", "expected"),
    [("sh1t", "shit"), ("n1gg3r", "nigger"), ("f4g", "fag"), ("5h1t", "shit"), ("b!tch", "bitch"),
     ("@$$hole", "asshole"), ("wh0r3", "whore"), ("n1gg4", "nigga")],
)  # fmt: skip
def test_disguised_words_are_leet(token: str, expected: str) -> None:
    assert normalize(token) == expected


def test_a_piece_of_a_code_is_not_leet() -> None:
    assert normalize("sku F4G-21") == "sku f4g-21"
    assert normalize("part 21-F4G") == "part 21-f4g"
    assert normalize("sh1t-faced") == "shit-faced"  # the other piece has no digit


def test_joined_and_unjoined_variants() -> None:
    assert normalize("nig\u2800ger") == "nig ger"
    assert normalize_joined("nig\u2800ger and you") == "nigger and you"
    assert normalize_joined("plain text") == "plain text"
    assert normalize_unjoined("a c u nt") == "a c u nt" and normalize("a c u nt") == "acu nt"
    assert normalize_unjoined("no single letters here") is None
