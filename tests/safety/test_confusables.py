"""Look-alike letters resolved from Unicode data (UTS #39 confusables and character names)."""

from __future__ import annotations

import pytest

from bot.safety.confusables import resolve, to_latin

# One look-alike per letter from several scripts: each must resolve to its Latin letter.
FAMILIES = {
    "cyrillic": {"а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k",
                 "о": "o", "р": "p", "ѕ": "s", "у": "y", "х": "x", "ԁ": "d", "ԛ": "q"},
    "greek": {"α": "a", "ι": "i", "ο": "o", "ρ": "p", "υ": "u", "ν": "v", "Α": "a", "Β": "b",
              "Η": "h", "Κ": "k", "Μ": "m", "Ν": "n", "Τ": "t", "Χ": "x"},
    "armenian": {"ա": "w", "ց": "g", "գ": "q", "հ": "h", "ո": "n", "ս": "u", "օ": "o"},
    "latin_extended": {"ħ": "h", "ǥ": "g", "ɠ": "g", "ɡ": "g", "ƭ": "t", "ɏ": "y", "ł": "l",
                       "ø": "o", "đ": "d", "ƒ": "f", "ı": "i", "ʙ": "b", "ɢ": "g", "ᴋ": "k"},
    "compatibility": {"ｆ": "f", "𝐚": "a", "𝓼": "s", "Ⓕ": "f", "🅵": "f", "🇦": "a", "Ｉ": "I"},
}  # fmt: skip


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_lookalike_families_resolve_to_latin(family: str) -> None:
    got = {char: resolve(char) for char in FAMILIES[family]}
    assert got == FAMILIES[family]


def test_capital_i_lookalikes_are_i() -> None:
    # UTS #39 maps capital I to l; a capital whose small form is an i is read as i
    assert resolve("І") == "i" and resolve("Ι") == "i"


@pytest.mark.parametrize("char", ["東", "ア", "한", "ع", "न", "😀", "¢", " "])
def test_characters_without_a_latin_lookalike_are_kept(char: str) -> None:
    assert resolve(char) == char


def test_to_latin_keeps_ascii_and_is_cached() -> None:
    assert to_latin("plain ascii") == "plain ascii"
    assert to_latin("ѕһіт") == to_latin("ѕһіт") == "shit"
