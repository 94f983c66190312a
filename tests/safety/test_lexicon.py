"""Deny-list: word boundaries, obfuscations, an allow-list (the Scunthorpe problem), config."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import LexiconConfig
from bot.errors import ConfigError
from bot.safety.base import CheckContext
from bot.safety.lexicon import Lexicon, LexiconFilter, build_lexicon, term_pattern


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return build_lexicon(LexiconConfig())


MUST_BLOCK = [
    "what the fuck",
    "that was fucking great",
    "shut up bitch",
    "all these bitches",
    "this is bullshit",
    "you absolute cunt",
    "what a dickhead",
    "motherfucker",
    "kill yourself",
    "you are a retard",
]

# Obfuscations of denied words: leet, zero-width splits, look-alike letters, spacing, repeats.
ADVERSARIAL = [
    "f4ck you",
    "sh1t happens",
    "b1tch please",
    "b!tch please",
    "a55hole",
    "f*ck this",
    "sh#t",
    "fu\u200bck you",
    "sh\u200bi\u200bt",
    "b\u2060itch",
    "fu\u00adck",
    "ｆｕｃｋ",
    "ＢＩＴＣＨ",
    "ѕһіт",  # Cyrillic
    "fυck",  # Greek upsilon
    "сunt",  # Cyrillic es
    "f u c k you",
    "f.u.c.k",
    "s-h-i-t",
    "fuuuuuuck",
    "shiiiiit",
    "biiiitch",
    "FUCK",
    "F\u0301uck",  # combining accent
    "ƒuck off",  # Latin small f with hook
    "fvck you",
    "@$$hole",
    "🅵🆄🅲🅺",  # negative squared letters
    "ⓕⓤⓒⓚ",  # circled letters (NFKC)
    "ᶠᵘᶜᵏ",  # modifier letters (NFKC)
    "f\u0336u\u0336c\u0336k\u0336",  # strike-through combining marks
    "motherf*cker",
    "b.i.t.c.h",
]

# Words that contain a denied term but are fine.
SCUNTHORPE = [
    "Scunthorpe United won",
    "shiitake mushrooms",
    "let me assess the bass",
    "a cocktail at the cockpit",
    "the classic glass compass",
    "Hitchcock and Dickens",
    "Penistone and Cockermouth",
    "an assassin in the grass",
    "a peacock and a cockatoo",
    "the cocky rapper was tardy",
    "raccoon in a cocoon",
    "I passed the class",
    "the dickinson papers",
    "grapes and rapeseed oil",
]

PASS = [
    "coffee first, then the world",
    "my cat has opinions about the keyboard",
    "as soon as possible",
    "shipped a tiny fix today",
    "hit the gym, then the shift",
    "the bus was late again",
]


@pytest.mark.parametrize("text", MUST_BLOCK)
def test_blocks_denied_words(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text)


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_blocks_obfuscations(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text), text


@pytest.mark.parametrize("text", SCUNTHORPE + PASS)
def test_passes_innocent_words(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text) == []


def test_term_pattern_syntax() -> None:
    assert term_pattern("ass").startswith("(?:a|aaa)(?:ss|sss)")
    assert term_pattern("*shit").startswith("[^\\W_]*")
    assert term_pattern("fuck*").endswith("[^\\W_]*")


def test_word_boundaries_and_inflections() -> None:
    lex = Lexicon(["gronk"])
    assert lex.find("a gronk here") == ["gronk"]
    assert lex.find("gronks and gronking") == ["gronks", "gronking"]
    assert lex.find("agronk gronkle") == []  # no prefix, no unknown continuation
    assert Lexicon(["gronk*"]).find("gronkle") == ["gronkle"]
    assert Lexicon(["*gronk"]).find("megagronk") == ["megagronk"]


def test_multiword_terms_tolerate_separators() -> None:
    lex = Lexicon(["self harm"])
    assert lex.find("about self-harm") and lex.find("about self harm") and lex.find("selfharm")


def test_allow_list_beats_deny_list() -> None:
    lex = Lexicon(["gronk*"], allow=["gronkle"])
    assert lex.find("gronkle") == []
    assert lex.find("gronker") == ["gronker"]


def test_config_files_and_extra_terms(tmp_path: Path) -> None:
    deny = tmp_path / "deny.txt"
    deny.write_text("# my list\nzorble\n\nblimp  # inline comment\n", encoding="utf-8")
    allow = tmp_path / "allow.txt"
    allow.write_text("blimps\n", encoding="utf-8")
    cfg = LexiconConfig(
        use_default_list=False, deny_files=[str(deny)], allow_files=[str(allow)], deny=["quux"]
    )
    lex = build_lexicon(cfg)
    assert lex.find("zorble") and lex.find("a blimp") and lex.find("quux")
    assert lex.find("blimps") == []
    assert lex.find("fuck") == []  # the default list is off


def test_extra_allow_word_from_config() -> None:
    assert build_lexicon(LexiconConfig(allow=["bitchin"])).find("bitchin ride") == []


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read word list"):
        build_lexicon(LexiconConfig(deny_files=[str(tmp_path / "nope.txt")]))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        build_lexicon(LexiconConfig(allow_files=[str(latin1)]))


def test_filter_verdicts(lexicon: Lexicon) -> None:
    f = LexiconFilter(lexicon)
    assert f.check("hello there", CheckContext()).action == "allow"
    verdict = f.check("b1tch", CheckContext())
    assert verdict.action == "block" and verdict.reasons == ("lexicon:deny",)


@pytest.mark.parametrize("text", ['use "%s%s" or "%s %s"', "#1 fan", "room 4b", "2nd place"])
def test_symbols_and_numbers_are_not_masked_words(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text) == []


@pytest.mark.parametrize(
    "text", ["a honky-tonk in Nashville", "doo wop singers", "Moby Dick is long", "a garden hoe"]
)
def test_allowed_phrases(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text) == []


def test_allowed_phrase_does_not_hide_other_words() -> None:
    lex = Lexicon(["gronk"], allow=["gronk tower"])
    assert lex.find("the gronk tower") == []
    assert lex.find("the gronk tower and a gronk") == ["gronk"]


@pytest.mark.parametrize(
    "text",
    [
        "spic and span",
        "Spic-n-Span kitchen",
        "flight n199 landed safely",
        "mention r7 n199",
        "the 4x4 and the b2b deal",
        "SKU F4G-21 is back in stock",
        "a niggardly tip",
        "Coon Rapids, Minnesota",
        "the FAQ and the FAQs",
        "spotted dick and custard",
    ],
)
def test_scunthorpe_codes_and_names(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text) == []


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyz")
def test_letter_digit_codes_are_never_slurs(lexicon: Lexicon, letter: str) -> None:
    codes = [f"{letter}{n}" for n in ("1", "7", "19", "55", "199", "420", "5318008")]
    codes += [f"{letter.upper()}{n}{letter.upper()}" for n in ("1", "55", "199")]
    assert lexicon.find("flight " + " ".join(codes) + " landed") == []


@pytest.mark.parametrize(
    "text",
    ["n1gg3r", "sh1tty", "b1tch3s", "f4gg0t", "niqqer", "faqqot", "you @sshole",
     "f uck you", "n i gger", "fu ck", "what a nig ger", "bi tch", "c u nt"],
)  # fmt: skip
def test_disguised_words_still_blocked(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find(text), text


def test_blank_phrases_keeps_offsets(lexicon: Lexicon) -> None:
    text = "the pussy willow and dick van dyke"
    blanked = lexicon.blank_phrases(text)
    assert len(blanked) == len(text) and blanked.split() == ["the", "and"]
