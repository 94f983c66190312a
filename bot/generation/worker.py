"""The batching engine shared by in-process backends: one worker thread owns the model.

Callers on the event loop put jobs on a queue and await futures; the worker thread takes
every job that is waiting (up to ``max_batch_size`` sequences), runs them through the backend
in one call, and resolves each job's future with its own candidates. The loop never runs
model code, so a long generation cannot stall it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future as ThreadFuture
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.events import Candidate
from bot.generation.base import (
    GenerationError,
    GenerationRequest,
    GenerationTimeout,
    QueueFull,
    SamplingParams,
)
from bot.generation.prompt_cap import precut

log = logging.getLogger(__name__)


BATCH_HISTORY = 1000  # batch sizes kept in BatchingEngine.batches


@dataclass(frozen=True)
class EngineLimits:
    """How the worker batches and how long a request may take."""

    max_batch_size: int = 32  # sequences (request.n summed) per backend call
    batch_wait_ms: float = 5.0  # after the first job arrives, wait this long for company
    request_timeout_s: float = 120.0  # queueing plus generation (a request may ask for less)
    queue_max: int = 64  # requests waiting at once; more fail with QueueFull
    max_prompt_tokens: int = 256  # a longer prompt keeps only its end (prompt_cap)


@dataclass(eq=False)
class Job:
    """One request travelling from the loop to the worker thread and back."""

    request: GenerationRequest
    params: SamplingParams  # fully resolved: model defaults, then config, then request
    future: asyncio.Future[list[Candidate]]
    loop: asyncio.AbstractEventLoop
    deadline: float  # time.monotonic() after which the job is not worth running
    prompt: str | None = None  # the request's prompt, cut to max_prompt_tokens by the backend
    max_prompt_tokens: int = EngineLimits.max_prompt_tokens
    enqueued: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        if self.prompt is None:
            self.prompt = self.request.prompt

    @property
    def cancelled(self) -> bool:
        """Return True once the caller gave up (cancelled, timed out, engine closed)."""
        # Read from the worker thread: a plain attribute read, safe without the loop.
        return self.future.done()

    @property
    def should_stop(self) -> bool:
        """Return True once the job's rows should stop: given up, or past its deadline."""
        return self.cancelled or time.monotonic() > self.deadline

    def resolve(self, value: list[Candidate] | BaseException) -> None:
        """Hand the result (or error) back to the job's event loop, thread-safely."""
        # RuntimeError: the loop closed while we worked; nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(_settle, self.future, value)


def _settle(future: asyncio.Future[list[Candidate]], value: Any) -> None:
    if future.done():
        return
    if isinstance(value, BaseException):
        future.set_exception(value)
    else:
        future.set_result(value)


class BatchBackend(Protocol):
    """What a backend does on the worker thread."""

    name: str

    def load(self) -> None:
        """Load the model (called once, on the worker thread)."""

    def defaults(self) -> SamplingParams:
        """Return the sampling defaults the model itself declares."""

    def run(self, jobs: list[Job]) -> list[list[Candidate]]:
        """Generate every job's candidates in as few model calls as possible."""

    def unload(self) -> None:
        """Free the model."""


BUILTIN_DEFAULTS = SamplingParams(temperature=1.0, top_p=1.0, top_k=50, repetition_penalty=1.0)


class BatchingEngine:
    """A Generator that runs a BatchBackend on one worker thread with dynamic batching."""

    def __init__(
        self,
        backend: BatchBackend,
        limits: EngineLimits | None = None,
        defaults: SamplingParams | None = None,
    ) -> None:
        self.backend = backend
        self.name = backend.name
        self.limits = limits or EngineLimits()
        self.config_defaults = defaults  # from the TOML; overrides the model's own defaults
        # sequences per backend call, latest BATCH_HISTORY only (tests and the bench read it)
        self.batches: list[int] = []
        self._defaults = BUILTIN_DEFAULTS
        self._pending: deque[Job] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._closed = False
        self._running: list[Job] = []  # the batch on the worker thread now
        self._start_lock = asyncio.Lock()

    async def start(self) -> None:
        """Start the worker thread and load the model there, without blocking the loop."""
        async with self._start_lock:
            self._closed = False
            if self._thread is not None:
                return
            loaded: ThreadFuture[SamplingParams] = ThreadFuture()
            self._stopping = False
            self._thread = threading.Thread(
                target=self._main, args=(loaded,), name=f"gen-{self.name}", daemon=True
            )
            self._thread.start()
            try:
                model_defaults = await asyncio.wrap_future(loaded)
            except BaseException:
                self._thread.join(timeout=5)
                self._thread = None
                raise
            self._defaults = BUILTIN_DEFAULTS.merged(model_defaults).merged(self.config_defaults)

    async def generate(self, requests: list[GenerationRequest]) -> list[list[Candidate]]:
        """Queue the requests, wait for the worker, and return each request's candidates."""
        if not requests:
            return []
        if self._closed:
            raise GenerationError(f"the {self.name} generator is closed")
        await self.start()
        loop = asyncio.get_running_loop()
        jobs = [self._job(req, loop) for req in requests]
        self._enqueue(jobs)
        try:
            for job in jobs:  # each job waits until its own deadline, not a shared one
                done, _ = await asyncio.wait([job.future], timeout=job.deadline - loop.time())
                if not done:
                    raise _expired(job)
        finally:
            for job in jobs:  # a cancelled or timed-out caller: the worker stops these rows
                if not job.future.done():
                    job.future.cancel()
        return [job.future.result() for job in jobs]

    def _job(self, req: GenerationRequest, loop: asyncio.AbstractEventLoop) -> Job:
        if req.n < 1:
            raise GenerationError(f"a request needs n >= 1 candidates, got {req.n}")
        params = self._defaults.merged(req.params)
        timeout = self.limits.request_timeout_s
        if req.timeout_s is not None:
            timeout = min(timeout, req.timeout_s)
        cap = self.limits.max_prompt_tokens
        now = loop.time()  # the loop's clock is time.monotonic(), which the worker reads
        # A cheap character cut here, so a 100 KB prompt never even queues; the backend cuts
        # by tokens on the worker thread (prompt_cap.cut_tokens).
        prompt = precut(req.prompt, cap)
        return Job(req, params, loop.create_future(), loop, now + timeout, prompt, cap, now)

    def _enqueue(self, jobs: list[Job]) -> None:
        with self._cond:
            if self._stopping:
                raise GenerationError(f"the {self.name} generator is closed")
            if len(self._pending) + len(jobs) > self.limits.queue_max:
                raise QueueFull(
                    f"the generation queue is full ({self.limits.queue_max} waiting); try later"
                )
            self._pending.extend(jobs)
            self._cond.notify()

    async def close(self) -> None:
        """Fail waiting jobs, stop the worker thread and free the model."""
        self._closed = True
        thread = self._thread
        if thread is None:
            return
        with self._cond:
            self._stopping = True
            dropped = [*self._pending, *self._running]
            self._pending.clear()
            self._cond.notify_all()
        loop = asyncio.get_running_loop()
        error = GenerationError(f"the {self.name} generator was closed")
        for job in dropped:
            # Settling a running job's future now also stops its rows at the next step.
            if job.loop is loop:
                _settle(job.future, error)
            else:
                job.resolve(error)
        await asyncio.to_thread(thread.join)
        self._thread = None

    # --- worker thread -------------------------------------------------------------------

    def _main(self, loaded: ThreadFuture[SamplingParams]) -> None:
        try:
            self.backend.load()
            loaded.set_result(self.backend.defaults())
        except BaseException as exc:
            loaded.set_exception(exc)
            return
        try:
            while (batch := self._next_batch()) is not None:
                self._run(batch)
        finally:
            self.backend.unload()

    def _next_batch(self) -> list[Job] | None:
        """Block until jobs wait, give late arrivals `batch_wait_ms`, take what fits."""
        limit = self.limits.max_batch_size
        with self._cond:
            while not self._pending and not self._stopping:
                self._cond.wait()
            end = time.monotonic() + self.limits.batch_wait_ms / 1000
            while not self._stopping and _rows(self._pending) < limit:
                left = end - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            if self._stopping:
                return None
            return self._take(limit)

    def _take(self, limit: int) -> list[Job]:
        batch: list[Job] = []
        rows = 0
        while self._pending:
            job = self._pending[0]
            if job.cancelled:
                self._pending.popleft()
                continue
            if time.monotonic() > job.deadline:
                self._pending.popleft()
                job.resolve(_expired(job))
                continue
            if batch and rows + job.request.n > limit:
                break  # the first job always goes, even if it alone exceeds the limit
            batch.append(self._pending.popleft())
            rows += job.request.n
        return batch

    def _run(self, batch: list[Job]) -> None:
        if not batch:
            return
        self.batches.append(_rows(batch))
        if len(self.batches) > 2 * BATCH_HISTORY:  # a months-long daemon must not grow it forever
            del self.batches[:-BATCH_HISTORY]
        with self._cond:
            self._running = batch
        try:
            results = self.backend.run(batch)
        except Exception as exc:
            log.exception("%s generation failed", self.name)
            error = GenerationError(f"{self.name} generation failed: {exc}")
            for job in batch:
                job.resolve(error)
            return
        finally:
            with self._cond:
                self._running = []
        for job, cands in zip(batch, results, strict=True):
            # Rows stopped at the deadline hold cut-off text: the caller gets the timeout.
            job.resolve(_expired(job) if time.monotonic() > job.deadline else cands)


def _rows(jobs: Any) -> int:
    return sum(job.request.n for job in jobs)


def _expired(job: Job) -> GenerationTimeout:
    return timeout_error(job.deadline - job.enqueued)


def timeout_error(limit: float) -> GenerationTimeout:
    """Return the error for a request that did not finish within `limit` seconds."""
    return GenerationTimeout(
        f"generation did not finish within {limit:g} s (the model is busy or slow); "
        "raise [generation] request_timeout_s or lower the load"
    )


def cancelled_rows(jobs: list[Job]) -> Callable[[], list[bool]]:
    """Return a function that says, per sequence row, whether its job should stop now."""
    owners = [job for job in jobs for _ in range(job.request.n)]
    return lambda: [job.should_stop for job in owners]


def time_left(jobs: list[Job]) -> float:
    """Return the seconds until the latest deadline in `jobs` (at least a small positive)."""
    return max(0.001, max(job.deadline for job in jobs) - time.monotonic())
