"""Salient words (the Topic line) and parroting, shared by training and serving."""

from __future__ import annotations

from bot.prompting import REPLY_MARK, TOPIC_MARK, pair_prompt, parse_pair, reply_prompt
from bot.topics import (
    length_rarity,
    longest_shared_run,
    parrots,
    salient_words,
    token_rarity,
    topic_words,
)


def ids_by_length(text: str) -> list[int]:
    """A stand-in tokenizer: a word of n letters is n // 4 + 1 tokens, one id per letter."""
    word = text.strip()
    return [ord(c) for c in word[: len(word) // 4 + 1]]


def test_salient_words_drop_stop_words_links_handles_and_hashes() -> None:
    text = "@wren the #Sourdough starter https://x.co/a is just bubbling like crazy today"
    assert salient_words(text, 10) == ["sourdough", "bubbling", "starter", "crazy"]


def test_rarer_words_by_the_tokenizer_come_first() -> None:
    rarity = token_rarity(ids_by_length)
    assert rarity("extraordinary") > rarity("cat")
    words = salient_words("the cat sat on an extraordinary windowsill", 2, rarity)
    assert words == ["extraordinary", "windowsill"]


def test_topic_words_take_the_newest_turn_first() -> None:
    turns = ["anyone tried the bakery downtown", "their croissants are unreal"]
    assert topic_words(turns, 3, length_rarity) == ["croissants", "unreal", "downtown"]


def test_the_topic_line_sits_before_the_reply_line_and_parses_back() -> None:
    prompt = pair_prompt(["how was the trip?"], "<eos>", topic=["kyoto", "trains"])
    assert prompt == f"<eos>> how was the trip?\n{TOPIC_MARK}kyoto, trains\n{REPLY_MARK}\n"
    assert parse_pair(prompt + "lovely<eos>", "<eos>") == (("how was the trip?",), "lovely")
    alone = reply_prompt((), "<eos>", topic=["rye", "loaf"])
    assert alone == f"<eos>{TOPIC_MARK}rye, loaf\n{REPLY_MARK}\n"


def test_a_long_conversation_keeps_the_topic_line_within_the_budget() -> None:
    turns = ["word " * 40, "and the question about bread?"]
    prompt = pair_prompt(turns, "", budget=80, topic=["bread"])
    assert len(prompt) <= 80 and f"{TOPIC_MARK}bread\n" in prompt


def test_parroting_is_five_words_in_a_row() -> None:
    mention = "The train was late again, third time this week!"
    assert longest_shared_run("THE TRAIN WAS LATE AGAIN? classic", mention) == 5
    assert parrots("ugh, the train was late again", mention)
    assert not parrots("the train was late for me too", mention)
