"""A deterministic fake generator for tests and demos: it cycles through fixed texts."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bot.events import Candidate
from bot.generation.base import GenerationError, GenerationRequest

DEFAULT_OUTPUTS = (
    "coffee first, then the world",
    "shipped a tiny fix today and it feels great",
    "rainy sunday, soup and a long walk",
)


class ScriptedGenerator:
    """Return the given outputs in order, wrapping around; no model, no randomness.

    Candidates are handed out across requests in call order, so two calls with one request
    of ``n=2`` each see outputs 0,1 and then 2,3 (mod len). ``requests`` records every request
    seen; set ``fail_with`` to make the next ``generate`` call raise it (once).
    """

    name = "scripted"

    def __init__(self, outputs: Sequence[str], delay_s: float = 0.0) -> None:
        if not outputs:
            raise ValueError("ScriptedGenerator needs at least one output")
        self.outputs = tuple(outputs)
        self.delay_s = delay_s
        self.requests: list[GenerationRequest] = []
        self.calls = 0
        self.started = False
        self.closed = False
        self.fail_with: BaseException | None = None
        self._next = 0

    async def start(self) -> None:
        """Mark the generator started (nothing to load)."""
        self.started = True
        self.closed = False

    async def generate(self, requests: list[GenerationRequest]) -> list[list[Candidate]]:
        """Return, for each request, its next `n` scripted outputs."""
        if self.closed:
            raise GenerationError("the scripted generator is closed")
        self.calls += 1
        if self.delay_s > 0:
            # Sleep on the loop, not in a thread: a fake should cost nothing but time.
            await asyncio.sleep(self.delay_s)
        if self.fail_with is not None:
            exc, self.fail_with = self.fail_with, None
            raise exc
        self.requests.extend(requests)
        return [[self._candidate(req) for _ in range(req.n)] for req in requests]

    def _candidate(self, req: GenerationRequest) -> Candidate:
        text = self.outputs[self._next % len(self.outputs)]
        self._next += 1
        return Candidate(text=text, prompt=req.prompt, tokens=len(text.split()))

    async def close(self) -> None:
        """Mark the generator closed; later calls fail."""
        self.closed = True
