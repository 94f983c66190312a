"""A huge prompt keeps only its last tokens, on every backend, and the post shows the cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.generation.base import GenerationRequest, SamplingParams
from bot.generation.local import LocalGenerator
from bot.generation.prompt_cap import CUT_MARK, cut_chars, cut_tokens, precut
from bot.generation.worker import EngineLimits

WORDS = [
    "the",
    "bus",
    "was",
    "late",
    "again",
    "and",
    "my",
    "coffee",
    "went",
    "cold",
    "on",
    "the",
    "bench",
]
# Discord's option limit, a 100 KB paste, emoji (several tokens each), one unbroken word.
HUGE = {
    "6000 chars": " ".join(WORDS[i % len(WORDS)] for i in range(1100))[:6000] + " final words",
    "100 KB": ("coffee " * 15_000)[:100_000] + "final words",
    "emoji": "🙂🎉👍 " * 2000 + "final words",
    "no spaces": "x" * 20_000 + " final words",
}


def test_short_prompts_are_kept_whole() -> None:
    encode = lambda t: t.split()  # noqa: E731 - a word "tokenizer" for the pure helpers
    decode = lambda ids: " ".join(ids)  # noqa: E731
    assert cut_tokens("coffee is good", 3, encode, decode) == "coffee is good"
    assert cut_chars("coffee", 6) == "coffee" and precut(None, 4) is None


@pytest.mark.parametrize("name", sorted(HUGE))
def test_cut_keeps_the_end_word_aligned_and_marked(name: str) -> None:
    prompt = HUGE[name]
    cut = cut_chars(prompt, 60)
    assert cut.startswith(CUT_MARK) and cut.endswith("final words")
    assert len(cut) <= 61
    tail = cut[len(CUT_MARK) :]
    assert prompt.endswith(tail)
    # No partial first word when the text has word boundaries to align to.
    before = prompt[: len(prompt) - len(tail)]
    assert before[-1:].isspace() or " " not in prompt[-60:]


@pytest.mark.parametrize("name", sorted(HUGE))
async def test_local_backend_caps_prompts_by_tokens(tiny_model_dir: Path, name: str) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    gen = LocalGenerator(str(tiny_model_dir), limits=EngineLimits(max_prompt_tokens=24))
    params = SamplingParams(max_new_tokens=8, seed=1)
    [[cand]] = await gen.generate([GenerationRequest(HUGE[name], 1, params)])
    await gen.close()
    assert cand.prompt is not None and cand.prompt.startswith(CUT_MARK)
    kept = cand.prompt[len(CUT_MARK) :]
    assert HUGE[name].endswith(kept) and kept.endswith("final words")
    assert len(tok.encode(kept, add_special_tokens=False)) <= 24
    assert cand.text.startswith(cand.prompt)  # the post itself shows that its start was cut


async def test_prompt_cap_never_exceeds_the_context_window(tiny_model_dir: Path) -> None:
    # The tiny model has 128 positions: a cap above that would overflow its position table.
    gen = LocalGenerator(str(tiny_model_dir), limits=EngineLimits(max_prompt_tokens=10_000))
    params = SamplingParams(max_new_tokens=20, seed=1)
    [[cand]] = await gen.generate([GenerationRequest(HUGE["6000 chars"], 1, params)])
    await gen.close()
    assert cand.prompt is not None and cand.prompt.startswith(CUT_MARK)
    assert cand.text.startswith(cand.prompt) and len(cand.prompt) < 1000


async def test_ctranslate2_backend_caps_prompts(tiny_model_dir: Path, tmp_path: Path) -> None:
    from bot.generation.ctranslate2 import CT2Generator, export_model

    ct2 = export_model(tiny_model_dir, tmp_path / "ct2", "float32")
    gen = CT2Generator(str(ct2), compute_type="default", limits=EngineLimits(max_prompt_tokens=24))
    params = SamplingParams(max_new_tokens=8, temperature=1e-9)
    [[cand]] = await gen.generate([GenerationRequest(HUGE["100 KB"], 1, params)])
    await gen.close()
    assert cand.prompt is not None and cand.prompt.startswith(CUT_MARK)
    assert cand.prompt.endswith("final words") and cand.text.startswith(cand.prompt)
