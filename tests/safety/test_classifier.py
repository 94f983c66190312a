"""The offline classifier: same scores as alt-profanity-check, run on normalized text."""

from __future__ import annotations

import pytest

from bot.safety.base import CheckContext
from bot.safety.classifier import ClassifierFilter, ProfanityModel, get_model

TEXTS = [
    "coffee first, then the world",
    "you are a worthless piece of shit",
    "what a lovely sunny afternoon in the park",
    "shut the fuck up you stupid idiot",
    "",
    "soooo good",
]


@pytest.fixture(scope="module")
def model() -> ProfanityModel:
    return get_model()


def test_scores_match_the_library(model: ProfanityModel) -> None:
    from profanity_check import predict_prob

    expected = predict_prob(TEXTS)
    for text, want in zip(TEXTS, expected, strict=True):
        # squeezing only helps out-of-vocabulary words; these are all in vocabulary or empty
        if text != "soooo good":
            assert model.score(text) == pytest.approx(float(want), abs=1e-9)


def test_shipped_table_is_the_library_model_flattened(model: ProfanityModel) -> None:
    """The table serving loads (no scikit-learn) is exactly alt-profanity-check's model."""
    library = ProfanityModel.from_library()
    assert model.weights == library.weights and model.folds == library.folds
    assert len(model.weights) > 10_000


def test_elongated_words_fall_back_to_the_squeezed_form(model: ProfanityModel) -> None:
    assert model.score("shiiit") == pytest.approx(model.score("shit"))


@pytest.mark.parametrize(
    "text", ["sh1t", "ｆｕｃｋ you", "f u c k you", "f\u200bu\u200bc\u200bk you", "ѕһіт"]
)  # fmt: skip
def test_filter_sees_through_obfuscation(model: ProfanityModel, text: str) -> None:
    f = ClassifierFilter(0.75, model)
    assert model.score(text) < 0.75  # the library alone misses the obfuscation
    verdict = f.check(text, CheckContext())
    assert verdict.action == "block" and verdict.reasons == ("classifier:offensive",)


@pytest.mark.parametrize(
    "text",
    ["my cat has opinions about the keyboard", "the assessment of the bass was classic"],
)
def test_benign_passes(model: ProfanityModel, text: str) -> None:
    assert ClassifierFilter(0.75, model).check(text, CheckContext()).action == "allow"


def test_threshold_is_respected(model: ProfanityModel) -> None:
    text = "this is damn annoying"
    p = ClassifierFilter(0.0, model).score(text)
    assert ClassifierFilter(p, model).check(text, CheckContext()).action == "block"
    assert ClassifierFilter(min(1.0, p + 1e-6), model).check(text, CheckContext()).allowed


def test_long_text_is_scored_by_windows(model: ProfanityModel) -> None:
    filler = "we walked along the river and talked about the weather and the garden. " * 6
    f = ClassifierFilter(0.75, model)
    assert f.check(filler, CheckContext()).action == "allow"
    text = filler + "shut the fuck up you stupid idiot. " + filler
    assert model.score(text) < 0.75  # the whole text dilutes the insult
    assert f.check(text, CheckContext()).action == "block"


@pytest.mark.parametrize(
    "text", ["The pussy willow is in bloom.", "Dick Van Dyke can still dance at his age."]
)
def test_allowed_phrases_are_blanked_before_scoring(model: ProfanityModel, text: str) -> None:
    """The lexicon allows these phrases; scored as words they read as offensive."""
    from bot.config import LexiconConfig
    from bot.safety.lexicon import build_lexicon

    blank = build_lexicon(LexiconConfig()).blank_phrases
    assert ClassifierFilter(0.75, model).check(text, CheckContext()).action == "block"
    assert ClassifierFilter(0.75, model, blank).check(text, CheckContext()).allowed
    insult = text + " shut the fuck up you stupid idiot"
    assert ClassifierFilter(0.75, model, blank).check(insult, CheckContext()).action == "block"
