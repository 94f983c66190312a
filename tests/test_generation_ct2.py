"""The CTranslate2 backend: export, greedy parity with transformers, batching, seeds."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.errors import UserError
from bot.generation.base import GenerationRequest, SamplingParams
from bot.generation.ctranslate2 import CT2Generator, export_model, is_exported
from bot.generation.local import LocalGenerator
from bot.generation.worker import EngineLimits

PROMPTS = ["coffee", "my cat has", None, "the bus was late"]


def _greedy(prompt: str | None) -> GenerationRequest:
    return GenerationRequest(prompt, 1, SamplingParams(temperature=1e-9, max_new_tokens=16))


@pytest.fixture(scope="module")
def ct2_float32(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model exported to CTranslate2 without quantization."""
    return export_model(tiny_model_dir, tmp_path_factory.mktemp("ct2") / "f32", "float32")


async def test_greedy_output_matches_transformers(tiny_model_dir: Path, ct2_float32: Path) -> None:
    fast = CT2Generator(str(ct2_float32), compute_type="default")
    ref = LocalGenerator(str(tiny_model_dir))
    reqs = [_greedy(p) for p in PROMPTS]
    got, want = await fast.generate(reqs), await ref.generate(reqs)
    assert [[c.text for c in cs] for cs in got] == [[c.text for c in cs] for cs in want]
    assert [c.tokens for cs in got for c in cs] == [c.tokens for cs in want for c in cs]
    assert got[0][0].text.startswith("coffee")
    await fast.close()
    await ref.close()


async def test_int8_export_to_default_dir_generates(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    out = export_model(model)
    assert out == model / "ct2" and is_exported(out)
    assert (out / "tokenizer.json").is_file()  # enough to tokenize without the original
    gen = CT2Generator(str(out))
    (cands,) = await gen.generate(
        [GenerationRequest("coffee", 3, SamplingParams(max_new_tokens=8))]
    )
    assert len(cands) == 3
    assert all(c.text.startswith("coffee") and "<|endoftext|>" not in c.text for c in cands)
    assert all(0 <= c.tokens <= 8 for c in cands)
    await gen.close()


async def test_batches_merge_and_seeds_reproduce(ct2_float32: Path) -> None:
    gen = CT2Generator(str(ct2_float32), limits=EngineLimits(batch_wait_ms=300))
    await gen.start()
    seeded = GenerationRequest("coffee", 3, SamplingParams(seed=5, max_new_tokens=10, top_k=0))
    first, other = await asyncio.gather(
        gen.generate([seeded]),
        gen.generate([GenerationRequest("my cat", 2, SamplingParams(max_new_tokens=10))]),
    )
    assert gen.batches == [5]
    assert len(first[0]) == 3 and len(other[0]) == 2
    assert all(c.text.startswith("my cat") for c in other[0])
    again = await gen.generate([seeded])
    assert [c.text for c in again[0]] == [c.text for c in first[0]]
    assert len({c.text for c in first[0]}) > 1
    await gen.close()


async def test_missing_export_is_a_user_error(tmp_path: Path) -> None:
    gen = CT2Generator(str(tmp_path))
    with pytest.raises(UserError, match="no CTranslate2 model") as info:
        await gen.start()
    assert "tweetling export" in info.value.hint


@pytest.mark.slow
async def test_bundled_smollm2_int8_writes_clean_posts(tmp_path: Path) -> None:
    from bot.generation.ctranslate2 import default_ct2_dir
    from bot.models import resolve_base_model

    model = Path(resolve_base_model("bundled:smollm2-135m"))
    ct2 = default_ct2_dir(model)
    if not is_exported(ct2):  # `tweetling export bundled:smollm2-135m` makes this one
        ct2 = export_model(model, tmp_path / "ct2")
    gen = CT2Generator(str(ct2))
    reqs = [GenerationRequest("I love", 2, SamplingParams(max_new_tokens=8, seed=1))]
    (cands,) = await gen.generate(reqs)
    assert [c.text for c in cands] == [c.text for c in (await gen.generate(reqs))[0]]
    for cand in cands:
        assert cand.text.startswith("I love") and "<|im_end|>" not in cand.text
        assert 0 <= cand.tokens <= 8 and cand.logprob is not None
    await gen.close()


def test_reply_prompts_are_padded_in_front_to_one_length() -> None:
    from bot.generation.ctranslate2 import _same_length

    eos = 0
    replies = [[eos, 5, 6, 7], [eos, 8], [eos, 9, 9]]
    assert _same_length(replies, eos) == [[eos, 5, 6, 7], [eos, eos, eos, 8], [eos, eos, 9, 9]]
    assert _same_length([[eos, 1], [eos, 2]], eos) == [[eos, 1], [eos, 2]]  # already one length
    assert _same_length([[3, 1, 2], [eos, 2]], eos) == [[3, 1, 2], [eos, 2]]  # not at a boundary
    assert _same_length([[eos, 1, 2], [eos]], None) == [[eos, 1, 2], [eos]]  # no EOS known


@pytest.mark.parametrize(
    "damage", [b"{not json", b"[1, 2]", b"\xff\xfe", b"[" * 100_000, b'{"temperature": "hot"}']
)
async def test_damaged_settings_files_are_ignored_with_a_log_line(
    ct2_float32: Path, tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    copy = tmp_path / "ct2"
    shutil.copytree(ct2_float32, copy)
    for name in ("generation_config.json", "special_tokens_map.json"):
        (copy / name).write_bytes(damage)
    gen = CT2Generator(str(copy), compute_type="default")
    (cands,) = await gen.generate([_greedy("coffee")])  # library defaults, no traceback
    assert cands[0].text.startswith("coffee")
    await gen.close()
    if damage != b'{"temperature": "hot"}':  # valid JSON: nothing to warn about
        assert "ignoring" in caplog.text and "generation_config.json" in caplog.text
