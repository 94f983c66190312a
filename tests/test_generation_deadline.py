"""One request never holds the worker past its deadline; cancelled and late jobs never run.

The fake model below computes in steps and checks, between steps, whether its rows should stop,
as `generate` does with StopCancelled and CTranslate2 with its callback. The tests wait on
events (the model started, the results came back), never on sleeps.
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.events import Candidate
from bot.generation.base import GenerationRequest, GenerationTimeout, SamplingParams
from bot.generation.worker import BatchingEngine, EngineLimits, Job

STEP_S = 0.005  # one fake decoding step


class SteppingBackend:
    """A fake model: prompts in `endless` never finish on their own; others wait for `release`."""

    name = "stepping"

    def __init__(self, endless: frozenset[str] = frozenset(), released: bool = True) -> None:
        self.endless = endless
        self.release = threading.Event()
        if released:
            self.release.set()
        self.started = threading.Event()  # set when a batch begins
        self.seen: list[list[str | None]] = []
        self.stopped: list[str | None] = []  # prompts whose rows stopped before finishing

    def load(self) -> None:
        """Nothing to load."""

    def defaults(self) -> SamplingParams:
        return SamplingParams()

    def run(self, jobs: list[Job]) -> list[list[Candidate]]:
        self.seen.append([job.request.prompt for job in jobs])
        self.started.set()
        while any(self._busy(job) for job in jobs):
            self.release.wait(STEP_S)  # one decoding step, then check the stopping criteria
        self.stopped += [job.request.prompt for job in jobs if job.should_stop]
        return [
            [Candidate(f"{job.request.prompt}-{i}") for i in range(job.request.n)] for job in jobs
        ]

    def _busy(self, job: Job) -> bool:
        if job.should_stop:
            return False
        return job.request.prompt in self.endless or not self.release.is_set()

    def unload(self) -> None:
        """Nothing to free."""


def _req(prompt: str, timeout_s: float | None = None) -> GenerationRequest:
    return GenerationRequest(prompt, 1, SamplingParams(max_new_tokens=8), timeout_s=timeout_s)


async def _queued(gen: BatchingEngine, count: int) -> None:
    """Yield to the loop until `count` jobs wait in the engine's queue (no timed wait)."""
    while len(gen._pending) < count:
        await asyncio.sleep(0)


async def test_next_request_is_served_right_after_a_slow_ones_deadline() -> None:
    backend = SteppingBackend(endless=frozenset({"slow"}))
    gen = BatchingEngine(backend, EngineLimits(batch_wait_ms=0, request_timeout_s=20))
    slow = asyncio.create_task(gen.generate([_req("slow", timeout_s=0.3)]))
    await asyncio.to_thread(backend.started.wait)  # the worker is busy with the endless one
    # Served only if the worker gives `slow` up at its deadline; otherwise this times out.
    served = await gen.generate([_req("next")])
    assert served[0][0].text == "next-0"
    with pytest.raises(GenerationTimeout, match=r"did not finish within 0\.3 s"):
        await slow
    assert backend.stopped == ["slow"] and backend.seen == [["slow"], ["next"]]
    await gen.close()


async def test_worker_stops_rows_at_the_deadline_even_if_nobody_cancels() -> None:
    backend = SteppingBackend(endless=frozenset({"slow"}))
    gen = BatchingEngine(backend, EngineLimits(batch_wait_ms=0))
    loop = asyncio.get_running_loop()
    job = gen._job(_req("slow", timeout_s=0.2), loop)
    await gen.start()
    gen._enqueue([job])  # no caller waits on it: only the deadline can stop its rows
    with pytest.raises(GenerationTimeout, match=r"within 0\.2 s"):
        await asyncio.wait_for(job.future, 20)  # the guard only fires if the feature is broken
    assert backend.stopped == ["slow"]
    await gen.close()


async def test_cancelled_request_is_dropped() -> None:
    backend = SteppingBackend(released=False)
    gen = BatchingEngine(backend, EngineLimits(batch_wait_ms=0))
    first = asyncio.create_task(gen.generate([_req("first")]))
    await asyncio.to_thread(backend.started.wait)  # the worker is now busy with `first`
    second = asyncio.create_task(gen.generate([_req("second")]))
    await _queued(gen, 1)
    second.cancel()
    await asyncio.wait([second])  # its job's future is cancelled once the task has ended
    backend.release.set()
    third = await gen.generate([_req("third")])
    assert (await first)[0][0].text == "first-0" and third[0][0].text == "third-0"
    with pytest.raises(asyncio.CancelledError):
        await second
    assert backend.seen == [["first"], ["third"]]
    await gen.close()


async def test_deadline_fails_with_a_clear_timeout() -> None:
    backend = SteppingBackend(endless=frozenset({"busy"}))
    gen = BatchingEngine(backend, EngineLimits(batch_wait_ms=0, request_timeout_s=2.0))
    busy = asyncio.create_task(gen.generate([_req("busy")]))
    await asyncio.to_thread(backend.started.wait)
    # `late` expires in the queue while `busy` holds the worker until its own, later deadline.
    with pytest.raises(GenerationTimeout, match="request_timeout_s"):
        await gen.generate([_req("late", timeout_s=0.05)])
    with pytest.raises(GenerationTimeout, match="within 2 s"):
        await busy  # it ran until its own deadline and was stopped there
    after = await gen.generate([_req("after")])  # the worker is free again
    assert after[0][0].text == "after-0"
    assert backend.seen == [["busy"], ["after"]] and backend.stopped == ["busy"]
    await gen.close()
