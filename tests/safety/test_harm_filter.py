"""HarmFilter: per-category thresholds and actions, recorded scores, fail-closed scorers."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.safety.base import CheckContext, FilterChain
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.filter import (
    PRIMED_MAX,
    HarmAction,
    HarmFilter,
    HarmUnavailable,
    windows,
)

CTX = CheckContext()


class OneByOne:
    """scores_many as a loop over scores (what a remote scorer does)."""

    def scores(self, text: str) -> dict[str, float]:
        raise NotImplementedError

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self.scores(t) for t in texts]


class FakeScorer(OneByOne):
    """Scores each text from a table keyed by a marker word it contains."""

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        self.table = table
        self.seen: list[str] = []

    def scores(self, text: str) -> dict[str, float]:
        self.seen.append(text)
        out = dict.fromkeys(CATEGORIES, 0.0)
        for marker, scores in self.table.items():
            if marker in text:
                out.update(scores)
        return out


class BrokenScorer(OneByOne):
    def scores(self, text: str) -> dict[str, float]:
        raise HarmUnavailable("server down")


THRESHOLDS = dict.fromkeys(CATEGORIES, 0.5)


def test_allows_below_every_threshold() -> None:
    f = HarmFilter(FakeScorer({"zap": {"violence": 0.49}}), THRESHOLDS)
    assert f.check("zap now", CTX).allowed


@pytest.mark.parametrize("category", CATEGORIES)
def test_blocks_each_category_and_records_score(category: str) -> None:
    f = HarmFilter(FakeScorer({"zap": {category: 0.87}}), THRESHOLDS)
    verdict = f.check("zap now", CTX)
    assert verdict.action == "block" and verdict.filter == "harm"
    assert verdict.reasons == (f"harm:{category}",)
    assert "0.87" in verdict.message and category.replace("_", "-") in verdict.message


def test_hold_action_and_block_wins_over_hold() -> None:
    actions: dict[str, HarmAction] = {"sexual": "hold", "violence": "block"}
    f = HarmFilter(
        FakeScorer({"a1": {"sexual": 0.9}, "b2": {"violence": 0.6}}), THRESHOLDS, actions
    )  # type: ignore[arg-type]
    assert f.check("a1", CTX).action == "hold"
    both = f.check("a1 b2", CTX)
    assert both.action == "block" and both.reasons == ("harm:violence",)


def test_per_category_thresholds() -> None:
    thresholds = {**THRESHOLDS, "hate": 0.9}
    f = HarmFilter(FakeScorer({"zap": {"hate": 0.8, "harassment": 0.6}}), thresholds)
    assert f.check("zap", CTX).reasons == ("harm:harassment",)


def test_category_without_threshold_is_not_judged() -> None:
    f = HarmFilter(FakeScorer({"zap": {"sexual": 1.0}}), {"hate": 0.5})
    assert f.check("zap", CTX).allowed


def test_unknown_category_is_rejected() -> None:
    with pytest.raises(ValueError, match="spam"):
        HarmFilter(FakeScorer({}), {"spam": 0.5})


def test_unavailable_scorer_blocks() -> None:
    verdict = HarmFilter(BrokenScorer(), THRESHOLDS).check("hello", CTX)
    assert verdict.action == "block" and verdict.reasons == ("harm:unavailable",)


def test_long_text_scores_its_worst_window() -> None:
    filler = " ".join(["calm"] * 60)
    scorer = FakeScorer({"zap": {"violence": 0.9}})
    verdict = HarmFilter(scorer, THRESHOLDS, deobfuscate=False).check(f"{filler} zap {filler}", CTX)
    assert not verdict.allowed and len(scorer.seen) > 1


def test_windows_cover_every_word() -> None:
    words = [f"w{i}" for i in range(100)]
    found = {w for window in windows(" ".join(words))[1:] for w in window.split()}
    assert found == set(words)


def test_obfuscated_text_is_also_scored_normalized() -> None:
    scorer = FakeScorer({"kill": {"violence": 0.9}})
    assert not HarmFilter(scorer, THRESHOLDS).check("k1ll", CTX).allowed
    assert HarmFilter(scorer, THRESHOLDS, deobfuscate=False).check("k1ll", CTX).allowed


def test_in_a_chain_a_raising_scorer_still_blocks() -> None:
    class Exploding(OneByOne):
        def scores(self, text: str) -> dict[str, float]:
            raise RuntimeError("bug")

    chain = FilterChain([HarmFilter(Exploding(), THRESHOLDS)])
    assert chain.check("hello").action == "block"


class BatchCounter(FakeScorer):
    """Records each batch it is asked to score."""

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        super().__init__(table)
        self.batches: list[list[str]] = []

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.batches.append(list(texts))
        return super().scores_many(texts)


def test_primed_candidates_are_scored_in_one_batch_and_checks_reuse_it() -> None:
    scorer = BatchCounter({"zap": {"violence": 0.9}})
    f = HarmFilter(scorer, THRESHOLDS)
    candidates = ["zap them", "a calm day", "s0up t1me"]  # the last also scores normalized
    chain = FilterChain([f])
    chain.prime(candidates)
    assert scorer.batches == [["zap them", "a calm day", "s0up t1me", "soup time"]]
    verdicts = [chain.check(c, CTX) for c in candidates]
    assert [v.allowed for v in verdicts] == [False, True, True]
    assert len(scorer.batches) == 1  # nothing scored again
    assert not chain.check("zap again", CTX).allowed  # an unprimed text is scored on its own
    assert scorer.batches[-1] == ["zap again"]


def test_a_failed_prime_only_loses_the_batching() -> None:
    chain = FilterChain([HarmFilter(BrokenScorer(), THRESHOLDS)])
    chain.prime(["hello"])  # logged, not raised
    assert chain.check("hello", CTX).reasons == ("harm:unavailable",)


def test_primed_scores_are_bounded() -> None:
    f = HarmFilter(BatchCounter({}), THRESHOLDS)
    f.prime([f"text {i}" for i in range(PRIMED_MAX + 10)])
    assert len(f._primed) == PRIMED_MAX and "text 0" not in f._primed
