"""The Generator protocol and the request/parameter types every backend shares."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol, runtime_checkable

from bot.events import Candidate


class GenerationError(RuntimeError):
    """A generation failed (backend error, timeout, overload); the message is user-readable."""


class GenerationTimeout(GenerationError):
    """A request waited past its deadline."""


class QueueFull(GenerationError):
    """The engine's queue is full; try again later."""


DEFAULT_MAX_NEW_TOKENS = 60


@dataclass(frozen=True)
class SamplingParams:
    """Sampling settings; None means 'use the model's generation config'."""

    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    max_new_tokens: int | None = None  # None: the defaults decide (finally DEFAULT_MAX_NEW_TOKENS)
    repetition_penalty: float | None = None
    seed: int | None = None

    @property
    def new_tokens(self) -> int:
        """Return the continuation length to use."""
        return self.max_new_tokens or DEFAULT_MAX_NEW_TOKENS

    def merged(self, override: SamplingParams | None) -> SamplingParams:
        """Return these params with every non-None field of `override` applied."""
        if override is None:
            return self
        changes = {k: v for k, v in vars(override).items() if v is not None}
        return replace(self, **changes)


@dataclass(frozen=True)
class GenerationRequest:
    """Ask for `n` posts, each optionally starting with `prompt` (None = a free post).

    With a `context` (conversation turns, oldest first) the candidates are replies to it in the
    pair format of `bot.prompting` instead, and `prompt` is not used.
    """

    prompt: str | None = None
    n: int = 1
    params: SamplingParams = field(default_factory=SamplingParams)
    context: tuple[str, ...] | None = None
    timeout_s: float | None = None  # this request's own deadline, if shorter than the engine's


@runtime_checkable
class Generator(Protocol):
    """Turns requests into candidates; never blocks the event loop."""

    name: str

    async def start(self) -> None:
        """Load the model and start workers (idempotent)."""

    async def generate(self, requests: list[GenerationRequest]) -> list[list[Candidate]]:
        """Return, for each request, its own list of `n` candidates."""

    async def close(self) -> None:
        """Stop workers and free the model."""
