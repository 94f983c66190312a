"""The pair format in bot/prompting.py: exact text, round trip, and the context budget."""

from __future__ import annotations

import pytest

from bot.prompting import (
    MAX_TURNS,
    REPLY_MARK,
    TURN_MARK,
    pair_prompt,
    pair_training_text,
    parse_pair,
    training_text,
)

EOS = "<|endoftext|>"


def test_prompt_is_turns_then_reply_mark() -> None:
    prompt = pair_prompt(["how was the bake sale?", "did the lemon bars sell out"], EOS)
    assert prompt == (f"{EOS}> how was the bake sale?\n> did the lemon bars sell out\nReply:\n")
    assert prompt.startswith(EOS) and prompt.endswith(f"{REPLY_MARK}\n")


@pytest.mark.parametrize(
    ("context", "reply"),
    [
        (("one turn",), "a reply"),
        (("first", "second", "third"), "a reply\nover two lines"),
        (("> a turn that starts like a quote", "Reply:"), "Reply: a reply that says Reply:"),
        ((), "a reply to nothing"),
        (("emoji 🍞 and 日本語",), "パン 🍞"),
    ],
)
def test_round_trip(context: tuple[str, ...], reply: str) -> None:
    prompt, completion = pair_training_text(context, reply, EOS)
    assert completion == reply + EOS
    assert parse_pair(prompt + completion, EOS) == (context, reply)


def test_turns_become_one_line_and_empty_turns_go() -> None:
    prompt, completion = pair_training_text(["line one\nline  two\t", "   ", ""], "ok then", EOS)
    assert parse_pair(prompt + completion, EOS) == (("line one line two",), "ok then")


def test_free_posts_do_not_parse_as_pairs() -> None:
    for post in ("just a post", "> a quote\nwith no reply mark", "Reply: is a word"):
        assert parse_pair(training_text(post, EOS), EOS) is None


def test_budget_keeps_the_most_recent_turns() -> None:
    turns = [f"turn number {i} " + "word " * 10 for i in range(6)]
    full = pair_prompt(turns, EOS, budget=10**6)
    assert full.count(TURN_MARK) == MAX_TURNS  # the oldest turns beyond MAX_TURNS go
    budget = len(pair_prompt(turns[-2:], EOS))
    kept = parse_pair(pair_prompt(turns, EOS, budget=budget) + EOS, EOS)
    assert kept is not None and kept[0] == tuple(t.strip() for t in turns[-2:])
    assert len(pair_prompt(turns, EOS, budget=budget)) <= budget


def test_a_single_long_turn_keeps_its_last_words() -> None:
    turn = " ".join(f"w{i}" for i in range(200))
    prompt = pair_prompt([turn], EOS, budget=60)
    assert len(prompt) <= 60
    parsed = parse_pair(prompt, EOS)
    assert parsed is not None and parsed[0][0].endswith("w198 w199")
    assert turn.endswith(parsed[0][0])


def test_budget_in_tokens_with_a_custom_measure() -> None:
    def words(text: str) -> int:
        return len(text.split())

    prompt = pair_prompt(["a b c d", "e f g", "h i"], EOS, budget=8, measure=words)
    assert words(prompt) <= 8
    assert parse_pair(prompt, EOS) == (("e f g", "h i"), "")
