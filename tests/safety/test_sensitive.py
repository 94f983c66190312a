"""Sensitive topics judged in context: report frames pass, attack/advocacy/crisis frames hold."""

from __future__ import annotations

import pytest

from bot.config import SensitiveConfig
from bot.safety.base import CheckContext
from bot.safety.normalize import normalize
from bot.safety.sensitive import SensitiveFilter, build_sensitive_lexicon, harmful_mention


@pytest.fixture(scope="module")
def sensitive() -> SensitiveFilter:
    return SensitiveFilter(build_sensitive_lexicon(SensitiveConfig()))


def _action(f: SensitiveFilter, text: str) -> str:
    return f.check(text, CheckContext()).action


@pytest.mark.parametrize(
    "text",
    [
        "a documentary about the genocide in Rwanda",
        "my grandfather survived the Holocaust",
        "the massacre happened in 1919",
        "police said the school shooting suspect was arrested",
        "suicide prevention training was useful",
        "the novel deals with suicide and grief",
        "the court sentenced the rapist to ten years",
    ],
)
def test_report_frames_pass(sensitive: SensitiveFilter, text: str) -> None:
    assert _action(sensitive, text) == "allow"


@pytest.mark.parametrize(
    "text",
    [
        "suicide",  # a bare topic keeps being held
        "I want to kill myself",  # crisis: first person
        "i'm thinking about suicide",
        "you should commit suicide",  # aimed at someone
        "I hope there is another school shooting",  # wished for
        "school shooting tomorrow",  # announced
        "the genocide was a good thing",  # praised
        "the holocaust never happened, it's a documentary lie",  # denied, even in a film frame
        "child porn in the film",  # never neutral
        "a documentary on s u i c i d e methods",  # spaced out: disguised, held
        "a documentary about su icide",  # found only once rejoined: held
    ],
)
def test_harmful_or_bare_frames_hold(sensitive: SensitiveFilter, text: str) -> None:
    assert _action(sensitive, text) == "hold", text


def test_hold_or_block_per_config() -> None:
    lexicon = build_sensitive_lexicon(SensitiveConfig())
    assert _action(SensitiveFilter(lexicon, "block"), "genocide now") == "block"
    assert _action(SensitiveFilter(lexicon, "block"), "a film about genocide") == "allow"


def test_harmful_mention_looks_at_the_words_around_the_topic() -> None:
    text = normalize("a film about how to do another massacre")
    start = text.index("massacre")
    assert harmful_mention(text, start, start + len("massacre"))  # "again" right after
    calm = normalize("a film about the massacre at Glencoe")
    start = calm.index("massacre")
    assert not harmful_mention(calm, start, start + len("massacre"))
