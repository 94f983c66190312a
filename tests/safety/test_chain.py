"""The whole chain from config: order, input checks, memory, memorization index, fail closed."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from bot.config import Config
from bot.config_loader import parse_config
from bot.events import Verdict
from bot.safety.base import CheckContext, FilterChain
from bot.safety.factory import Safety, build_safety
from bot.safety.memorization import INDEX_FILENAME, MemorizationIndex

TRAINING = [
    "the bus was late again, so I read a whole chapter of my book on the way",
    "new blog post about sourdough is up soon, with photos of every step",
]
DISCORD = CheckContext(platform="discord")
X = CheckContext(platform="x", reply_to_handle="alice")


def _cfg(**safety: object) -> Config:
    return parse_config({"safety": safety})


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model folder holding only the memorization index of TRAINING (read-only)."""
    path = tmp_path_factory.mktemp("model")
    MemorizationIndex.build(TRAINING).save(path / INDEX_FILENAME)
    return path


@pytest.fixture()
def safety(model_dir: Path) -> Safety:
    """A fresh chain per test: remember() changes it (the models themselves load once)."""
    return build_safety(
        Config(), model_dir=model_dir, recent_posts=["coffee first, then the world"]
    )


@pytest.mark.parametrize(
    ("text", "ctx", "reason"),
    [
        ("you stupid b1tch", DISCORD, "lexicon:deny"),
        ("shut the fuck up", X, "lexicon:deny"),
        ("free stuff at discord.gg/abc", DISCORD, "links:invite"),
        ("call me on (212) 555-0100", X, "pii:phone"),
        ("a" * 300, X, "form:char_run"),
        ("word " * 70, X, "form:loop"),
        (TRAINING[0], X, "memorization:copy"),
        ("Coffee first, then the world!", X, "dedupe:near_duplicate"),
        ("", DISCORD, "form:empty"),
    ],
)
def test_output_blocks(safety: Safety, text: str, ctx: CheckContext, reason: str) -> None:
    verdict = safety.check_output(text, ctx)
    assert verdict.action == "block" and reason in verdict.reasons


def test_long_text_for_x(safety: Safety) -> None:
    text = " ".join(f"w{i}x" for i in range(80))  # varied words, over 280 weighted
    assert safety.check_output(text, X).reasons == ("length:x",)
    assert safety.check_output(text, DISCORD).action == "allow"


def test_rewrite_and_hold(safety: Safety) -> None:
    verdict = safety.check_output("@everyone good morning", DISCORD)
    assert verdict.action == "rewrite" and verdict.text == "everyone good morning"
    verdict = safety.check_output("@alice and @bob say hi", X)
    assert verdict.allowed and verdict.text == "@alice and bob say hi"
    held = safety.check_output("the documentary about the massacre airs tonight", X)
    assert held.action == "hold" and held.reasons == ("sensitive:topic",) and not held.allowed
    # first-person self-harm talk is more than a sensitive topic: the harm filter blocks it
    blocked = safety.check_output("thinking about suicide again tonight", X)
    assert blocked.action == "block" and blocked.reasons == ("harm:self_harm",)


def test_clean_text_passes(safety: Safety) -> None:
    assert safety.check_output("rainy sunday, soup and a long walk", X).action == "allow"


def test_input_check_refuses_without_platform_rules(safety: Safety) -> None:
    assert safety.check_input("write about f.u.c.k").action == "block"
    # a person's prompt may hold handles and links: only the language is judged
    assert safety.check_input("@bob say something about example.com").action == "allow"


def test_input_check_can_be_switched_off() -> None:
    assert build_safety(_cfg(check_input=False)).check_input("fuck").action == "allow"


REMEMBERED = "a brand new thought about trains and rain"


def test_remember_feeds_dedupe(safety: Safety) -> None:
    assert safety.check_output(REMEMBERED, X).action == "allow"
    safety.remember(REMEMBERED)
    assert safety.check_output(REMEMBERED, X).reasons == ("dedupe:near_duplicate",)


def test_what_one_test_remembers_does_not_leak_into_the_next(safety: Safety) -> None:
    # Runs after the test above (file order): a shared fixture would block it as a duplicate.
    assert safety.check_output(REMEMBERED, X).action == "allow"


def test_every_filter_can_be_switched_off() -> None:
    off = {"enabled": False}
    s = build_safety(
        _cfg(lexicon=off, classifier=off, pings=off, links=off, pii=off, memorization=off,
             dedupe=off, form=off, sensitive=off, harm=off)
    )  # fmt: skip
    assert s.output.filters == [] and s.input.filters == []
    assert s.check_output("fuck @everyone example.com", DISCORD).action == "allow"


def test_filter_order_puts_rewrites_first_and_holds_last(safety: Safety) -> None:
    names = [f.name for f in safety.output.filters]
    assert names[0] == "pings" and names[-1] == "sensitive"
    assert {"memorization", "dedupe", "classifier", "lexicon"} <= set(names)
    assert [f.name for f in safety.input.filters] == ["lexicon", "classifier", "harm", "sensitive"]


def test_sensitive_action_block_and_extra_terms() -> None:
    s = build_safety(_cfg(sensitive={"action": "block", "terms": ["election"]}))
    assert s.check_output("the election is near").action == "block"


class Broken:
    name = "broken"

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        raise RuntimeError("boom")


def test_a_raising_filter_blocks(safety: Safety, caplog: pytest.LogCaptureFixture) -> None:
    chain = FilterChain([*safety.output.filters, Broken()])
    verdict = chain.check("a perfectly fine sentence about lunch", X)
    assert verdict.action == "block" and verdict.reasons == ("broken:error",)


def test_index_from_index_path(tmp_path: Path) -> None:
    path = MemorizationIndex.build(TRAINING).save(tmp_path / "idx.json.gz")
    s = build_safety(_cfg(memorization={"index_path": str(path)}))
    assert s.check_output(TRAINING[1]).reasons == ("memorization:copy",)


def test_index_built_from_train_jsonl(tmp_path: Path) -> None:
    data = tmp_path / "train.jsonl"
    data.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(TRAINING))
    )
    s = build_safety(_cfg(memorization={"data": str(data), "ngram": 5}))
    assert s.check_output("so I read a whole chapter today").reasons == ("memorization:copy",)


def test_missing_index_logs_a_warning(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.safety.factory"):
        s = build_safety(Config(), model_dir=tmp_path)
    assert "memorization" not in [f.name for f in s.output.filters]
    assert any("no index was found" in r.getMessage() for r in caplog.records)
