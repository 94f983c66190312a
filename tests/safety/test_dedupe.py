"""Near-duplicates of the bot's recent posts."""

from __future__ import annotations

from bot.safety.base import CheckContext
from bot.safety.dedupe import DedupeFilter, RecentPosts, shingles

SEED = [
    "coffee first, then the world",
    "my cat has opinions about the keyboard and the mouse",
]


def test_shingles() -> None:
    assert shingles("Hello, big World") == {"hello big", "big world"}
    assert shingles("hi") == {"hi"}
    assert shingles("") == frozenset()


def test_exact_and_near_duplicates_are_blocked() -> None:
    f = DedupeFilter(RecentPosts(10, SEED), threshold=0.8)
    assert f.check("Coffee first, then the world!", CheckContext()).action == "block"
    near = "my cat has opinions about the keyboard and the mouse too"
    verdict = f.check(near, CheckContext())
    assert verdict.action == "block" and verdict.reasons == ("dedupe:near_duplicate",)


def test_different_text_passes() -> None:
    f = DedupeFilter(RecentPosts(10, SEED), threshold=0.8)
    assert f.check("tea first, then nothing at all", CheckContext()).action == "allow"
    assert f.check("my dog has opinions too", CheckContext()).action == "allow"


def test_remember_adds_and_the_oldest_is_forgotten() -> None:
    recent = RecentPosts(limit=2)
    f = DedupeFilter(recent)
    f.remember("first post about apples and pears")
    assert f.check("first post about apples and pears", CheckContext()).action == "block"
    f.remember("second post about plums")
    f.remember("third post about cherries")
    assert len(recent) == 2
    assert f.check("first post about apples and pears", CheckContext()).action == "allow"
    assert recent.similarity("third post about cherries") == 1.0


def test_threshold() -> None:
    recent = RecentPosts(5, ["one two three four five"])
    score = recent.similarity("one two three four six")
    assert 0 < score < 1
    assert DedupeFilter(recent, score).check("one two three four six", CheckContext()).action == (
        "block"
    )
