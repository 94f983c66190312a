"""The scripted generator is deterministic, cycles, and keeps the loop free while it waits."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.generation.base import GenerationError, GenerationRequest, Generator
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
