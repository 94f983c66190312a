"""The scripted generator is deterministic, cycles, and keeps the loop free while it waits."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.config import Config
from bot.generation.base import GenerationError, GenerationRequest, Generator, SamplingParams
from bot.generation.scripted import ScriptedGenerator


async def test_cycles_through_outputs_across_requests() -> None:
    gen = ScriptedGenerator(["a", "b", "c"])
    await gen.start()
    out = await gen.generate([GenerationRequest(n=2), GenerationRequest(prompt="hi", n=2)])
    assert [[c.text for c in cands] for cands in out] == [["a", "b"], ["c", "a"]]
    assert out[1][0].prompt == "hi"
    again = await gen.generate([GenerationRequest(n=1)])
    assert again[0][0].text == "b"
    assert gen.calls == 2 and len(gen.requests) == 3


async def test_same_script_gives_same_outputs() -> None:
    first = ScriptedGenerator(["x", "y"])
    second = ScriptedGenerator(["x", "y"])
    reqs = [GenerationRequest(n=3)]
    assert await first.generate(reqs) == await second.generate(reqs)


async def test_is_a_generator_and_fails_on_demand() -> None:
    gen = ScriptedGenerator(["only"])
    assert isinstance(gen, Generator)
    gen.fail_with = GenerationError("boom")
    with pytest.raises(GenerationError, match="boom"):
        await gen.generate([GenerationRequest()])
    assert (await gen.generate([GenerationRequest()]))[0][0].text == "only"
    await gen.close()
    with pytest.raises(GenerationError):
        await gen.generate([GenerationRequest()])


async def test_delay_does_not_block_the_loop() -> None:
    gen = ScriptedGenerator(["slow"], delay_s=0.2)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    task = asyncio.create_task(ticker())
    start = time.monotonic()
    await gen.generate([GenerationRequest()])
    task.cancel()
    assert time.monotonic() - start >= 0.19
    assert ticks >= 5


def test_empty_outputs_rejected() -> None:
    with pytest.raises(ValueError):
        ScriptedGenerator([])


def test_factory_builds_each_backend(tmp_path: Path) -> None:
    from bot.config_loader import parse_config
    from bot.errors import ConfigError
    from bot.generation.factory import build_generator
    from bot.generation.local import LocalGenerator
    from bot.generation.remote import RemoteGenerator

    def cfg(**model: object) -> Config:
        return parse_config({"model": model, "generation": {"temperature": 0.8, "seed": 4}})

    scripted = build_generator(cfg(backend="scripted", scripted_outputs=["hey"]))
    assert isinstance(scripted, ScriptedGenerator) and scripted.outputs == ("hey",)
    url = "http://127.0.0.1:1/v1"
    remote = build_generator(cfg(backend="remote", remote_url=url, path=str(tmp_path)))
    assert isinstance(remote, RemoteGenerator) and remote.eos == "<|endoftext|>"
    (tmp_path / "tokenizer_config.json").write_text('{"eos_token": "<|im_end|>"}')
    remote = build_generator(cfg(backend="remote", remote_url=url, path=str(tmp_path)))
    assert isinstance(remote, RemoteGenerator) and remote.eos == "<|im_end|>"
    assert remote.defaults.temperature == 0.8 and remote.defaults.seed == 4
    with pytest.raises(ConfigError, match="remote_url"):
        build_generator(cfg(backend="remote"))
    # No converted model: fall back to transformers, or say how to convert one.
    fallback = build_generator(cfg(backend="ctranslate2", path=str(tmp_path)))
    assert isinstance(fallback, LocalGenerator)
    assert fallback.config_defaults == SamplingParams(temperature=0.8, seed=4, max_new_tokens=60)
    with pytest.raises(ConfigError, match="CTranslate2") as info:
        build_generator(cfg(backend="ctranslate2", path=str(tmp_path), fallback_to_local=False))
    assert "tweetling export" in info.value.hint
