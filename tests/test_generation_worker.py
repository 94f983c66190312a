"""The batching worker's bookkeeping stays bounded in a daemon that runs for months."""

from __future__ import annotations

import pytest

from bot.generation import worker
from bot.generation.worker import BatchingEngine, EngineLimits
from tests.test_generation_local import SlowBackend, _req


async def test_batch_history_keeps_only_the_latest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "BATCH_HISTORY", 3)
    gen = BatchingEngine(SlowBackend(0.0), EngineLimits(batch_wait_ms=0))
    await gen.start()
    try:
        for i in range(20):
            await gen.generate([_req(f"p{i}", n=1 + i % 2)])
    finally:
        await gen.close()
    assert 3 <= len(gen.batches) <= 6  # trimmed back to the latest 3 once it passes 6
    assert gen.batches[-3:] == [1 + i % 2 for i in range(17, 20)]
