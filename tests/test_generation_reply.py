"""Replies in the pair format through every backend: prompt built from the conversation, fitted."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.events import Candidate
from bot.generation.base import GenerationRequest, SamplingParams
from bot.generation.local import LocalGenerator
from bot.generation.remote import RemoteGenerator
from bot.generation.text import (
    Row,
    add_mutual_information,
    cap_prompts,
    learned_topics,
    prompt_text,
)
from bot.generation.worker import Job
from bot.prompting import REPLY_MARK, TOPIC_MARK, TURN_MARK, parse_pair
from bot.topics import token_rarity, topic_words
from tests.test_generation_remote import EOS, FakeServer, server

__all__ = ["server"]  # the fake completions server fixture

TURNS = ("the bakery on 5th reopened", "their sourdough is back", "what would you order there?")


def job(request: GenerationRequest, max_prompt_tokens: int = 256) -> Job:
    """Return a job as the worker would queue it (the future is never awaited)."""
    loop = asyncio.new_event_loop()
    try:
        return Job(request, request.params, loop.create_future(), loop, 0.0,
                   max_prompt_tokens=max_prompt_tokens)  # fmt: skip
    finally:
        loop.close()


class Words:
    """A whitespace tokenizer: one token per word."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []

    def encode(self, text: str) -> list[int]:
        """Return one id per word, adding new words to the vocabulary."""
        for word in text.split():
            if word not in self.ids:
                self.ids[word] = len(self.words)
                self.words.append(word)
        return [self.ids[w] for w in text.split()]

    def decode(self, ids: list[int]) -> str:
        """Return the words of the ids, joined by spaces."""
        return " ".join(self.words[i] for i in ids)


def test_a_reply_prompt_is_the_pair_format_of_the_conversation() -> None:
    j = job(GenerationRequest(None, 1, SamplingParams(max_new_tokens=10), context=TURNS))
    tok = Words()
    cap_prompts([j], tok.encode, tok.decode)
    prompt = prompt_text(Row(j, 0), "<eos>")
    lines = "".join(f"{TURN_MARK}{t}\n" for t in TURNS)
    assert prompt == f"<eos>{lines}{REPLY_MARK}\n"
    assert parse_pair(prompt, "<eos>") == (TURNS, "")


def test_a_model_trained_on_topic_pairs_also_gets_the_topic_line() -> None:
    j = job(GenerationRequest(None, 1, SamplingParams(max_new_tokens=10), context=TURNS))
    tok = Words()
    cap_prompts([j], tok.encode, tok.decode, topic=True)
    prompt = prompt_text(Row(j, 0), "<eos>")
    topic = topic_words(TURNS, rarity=token_rarity(tok.encode))
    assert topic[0] == "order"  # the newest turn's words first
    lines = "".join(f"{TURN_MARK}{t}\n" for t in TURNS)
    assert prompt == f"<eos>{lines}{TOPIC_MARK}{', '.join(topic)}\n{REPLY_MARK}\n"
    assert parse_pair(prompt, "<eos>") == (TURNS, "")


@pytest.mark.parametrize(
    ("where", "pairs", "expected"),
    [("model", 60, True), ("model", 0, False), ("parent", 80, True), (None, 0, False)],
)
def test_the_topic_line_is_for_models_trained_on_topic_pairs(
    tmp_path: Path, where: str | None, pairs: int, expected: bool
) -> None:
    model = tmp_path / "model"
    (model / "ct2").mkdir(parents=True)
    if where is not None:
        stats = {"n_train_topic_pairs": pairs}
        (model / "training_stats.json").write_text(json.dumps(stats), encoding="utf-8")
    served = model if where == "model" else model / "ct2"
    assert learned_topics(served) is expected


def test_mutual_information_is_the_gain_the_conversation_gives_each_candidate() -> None:
    tok = Words()
    j = job(GenerationRequest(None, 2, context=TURNS))
    post = job(GenerationRequest(None, 1))
    cap_prompts([j, post], tok.encode, tok.decode)
    results = [[Candidate("sourdough please"), Candidate("")], [Candidate("a post")]]
    seen: list[tuple[list[int], int]] = []

    def sums(seqs: list[list[int]], starts: list[int]) -> list[float]:
        seen.extend(zip(seqs, starts, strict=True))
        return [-1.0 if start > 1 else -5.0 for start in starts]  # likelier after the prompt

    out = add_mutual_information([j, post], results, tok.encode, "<eos>", 99, sums)
    assert out[0][0].mi == 4.0 and out[0][1].mi is None and out[1][0].mi is None
    prompt = tok.encode(prompt_text(Row(j, 0), "<eos>"))
    body = tok.encode("sourdough please<eos>")
    assert seen == [(prompt + body, len(prompt)), ([99, *body], 1)]


def test_a_long_conversation_keeps_its_last_turns_within_the_context_window() -> None:
    long_turns = (*(f"turn {i} " + "word " * 30 for i in range(6)), "the question?")
    j = job(GenerationRequest(None, 1, SamplingParams(max_new_tokens=20), context=long_turns))
    tok = Words()
    cap_prompts([j], tok.encode, tok.decode, context=80)  # 80 - 20 new - 2 leaves 58 words
    prompt = prompt_text(Row(j, 0), "")
    assert len(tok.encode(prompt)) <= 58
    parsed = parse_pair(prompt, "")
    assert parsed is not None and parsed[0][-1] == "the question?"
    assert len(parsed[0]) < len(long_turns)


async def test_the_local_backend_answers_a_conversation_longer_than_its_window(
    tiny_model_dir: Path,
) -> None:
    gen = LocalGenerator(str(tiny_model_dir))
    await gen.start()
    try:
        conversation = ("a very long message " * 200, "and a short question?")
        request = GenerationRequest(
            None, 2, SamplingParams(max_new_tokens=8, seed=1), context=conversation
        )
        [candidates] = await gen.generate([request])
    finally:
        await gen.close()
    assert len(candidates) == 2
    assert all(c.prompt is None and not c.text.startswith("and a short") for c in candidates)
    assert all(c.mi is not None for c in candidates if c.text)


async def test_the_remote_backend_sends_the_reply_prompt(server: tuple[FakeServer, str]) -> None:
    fake, url = server
    gen = RemoteGenerator(url, eos=EOS)
    await gen.start()
    try:
        [[reply]] = await gen.generate([GenerationRequest(None, 1, context=TURNS)])
    finally:
        await gen.close()
    assert parse_pair(fake.bodies[0]["prompt"], EOS) == (TURNS, "")
    assert not reply.text.startswith(TURNS[-1]) and reply.prompt is None


def test_with_generation_scores_only_the_free_post_term_is_scored() -> None:
    tok = Words()
    j = job(GenerationRequest(None, 2, context=TURNS))
    cap_prompts([j], tok.encode, tok.decode)
    results = [[Candidate("sourdough please", tokens=2, logprob=-1.5), Candidate("hm")]]
    seen: list[tuple[list[int], int]] = []

    def sums(seqs: list[list[int]], starts: list[int]) -> list[float]:
        seen.extend(zip(seqs, starts, strict=True))
        return [-1.0 if start > 1 else -5.0 for start in starts]

    out = add_mutual_information([j], results, tok.encode, "<eos>", 99, sums, generated=True)
    assert out[0][0].mi == -3.0 - -5.0  # generation's -1.5 x 2 tokens, minus the free-post term
    assert out[0][1].mi == -1.0 - -5.0  # no generation score: both terms scored
    assert [start for _, start in seen] == [1, len(tok.encode(prompt_text(Row(j, 0), "<eos>"))), 1]
