"""Candidates: generate, judge each one (fail closed), record every verdict, pick the best."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.config import Config
from bot.events import Candidate, Verdict
from bot.generation.base import GenerationRequest, Generator, SamplingParams
from bot.generation.factory import sampling_defaults
from bot.metrics import Metrics
from bot.outbox import Safety
from bot.safety.base import CheckContext
from bot.store import AsyncStore
from bot.topics import parrots, plain_words, topic_words

log = logging.getLogger(__name__)


def score(candidate: Candidate, text: str) -> float:
    """Return a simple quality score: fluent (log-prob), varied words, a post-like length."""
    words = text.split()
    distinct = len(set(words)) / len(words) if words else 0.0
    length = min(len(words), 25) / 25
    fluency = candidate.logprob if candidate.logprob is not None else 0.0
    return fluency + distinct + length


def reply_score(candidate: Candidate, text: str, conversation: Sequence[str]) -> float:
    """Return how much a reply is about the conversation: its MI, else Topic words it uses."""
    if candidate.mi is not None:
        return candidate.mi
    said = set(plain_words(text))
    return sum(1.0 for word in topic_words(conversation) if word in said) + score(candidate, text)


def attempt_params(params: SamplingParams, attempt: int) -> SamplingParams:
    """Return the params for regeneration attempt `attempt` (1-based): seed + attempt - 1.

    A fixed seed would make every attempt repeat the candidates that were just blocked; a
    derived one finds new candidates and still replays the same sequence on every run.
    """
    if params.seed is None or attempt == 1:
        return params
    return replace(params, seed=params.seed + attempt - 1)


class Candidates:
    """Makes allowed texts; remembers picked ones until sent (the dedupe filter can't see them)."""

    def __init__(
        self,
        cfg: Config,
        generator: Generator,
        safety: Safety,
        store: AsyncStore,
        metrics: Metrics,
    ) -> None:
        self.cfg = cfg
        self.generator = generator
        self.safety = safety
        self.store = store
        self.metrics = metrics
        self._in_flight: set[str] = set()

    def release(self, texts: Sequence[str]) -> None:
        """Forget picked texts once they were sent (or given up)."""
        self._in_flight.difference_update(texts)

    def sampling(self, temperature: float | None = None) -> SamplingParams:
        """Return the configured sampling parameters, with a per-request temperature."""
        params = sampling_defaults(self.cfg)
        return params if temperature is None else replace(params, temperature=temperature)

    async def produce(
        self,
        key: str,
        prefix: str | None,
        ctx: CheckContext,
        *,
        count: int = 1,
        temperature: float | None = None,
        conversation: tuple[str, ...] | None = None,
    ) -> tuple[list[str], list[str]]:
        """Return up to `count` allowed texts (and held ones), regenerating when all are blocked.

        With a `conversation` (turns, oldest first) the texts are replies to it, else posts
        starting with `prefix` (None: free posts).
        """
        g = self.cfg.generation
        params = self.sampling(temperature)
        held: list[str] = []
        for attempt in range(1, g.max_attempts + 1):
            request = GenerationRequest(
                None if conversation else prefix, max(g.num_candidates, count),
                attempt_params(params, attempt), context=conversation,
            )  # fmt: skip
            started = time.perf_counter()
            [candidates] = await self.generator.generate([request])
            self.metrics.generations.inc()
            self.metrics.candidates.inc(len(candidates))
            self.metrics.generate_seconds.observe(time.perf_counter() - started)
            await asyncio.to_thread(self.safety.prime_output, [c.text for c in candidates])
            judged = [(c, await judge(self.safety.check_output, c.text, ctx)) for c in candidates]
            for c, v in judged:
                await self.store.record_verdict(key, attempt, c.text, v)
                for reason in v.reasons if v.action == "block" else ():
                    self.metrics.blocks.labels(reason.split(":", 1)[0]).inc()
            chosen = self.pick(judged, count, conversation)
            if chosen:
                self._in_flight.update(chosen)  # the caller releases them once sent
                return chosen, held
            held += [v.text or c.text for c, v in judged if v.action == "hold"]
        return [], held

    def pick(
        self,
        judged: Sequence[tuple[Candidate, Verdict]],
        count: int = 1,
        conversation: Sequence[str] | None = None,
    ) -> list[str]:
        """Return up to `count` distinct allowed texts: the first ones, or the best scored.

        For a reply, candidates that parrot the conversation are dropped and `score` ranks the
        rest by how much the conversation made them likelier (`Candidate.mi`), or, from a
        backend that cannot score, by the conversation's Topic words they use.
        """
        allowed = [(c, v.text if v.action == "rewrite" and v.text else c.text) for c, v in judged
                   if v.allowed]  # fmt: skip
        allowed = [(c, t) for c, t in allowed if t.strip()]
        if conversation:
            allowed = [(c, t) for c, t in allowed if not any(parrots(t, m) for m in conversation)]
        if self.cfg.generation.pick == "score" and conversation:
            allowed.sort(key=lambda ct: reply_score(ct[0], ct[1], conversation), reverse=True)
        elif self.cfg.generation.pick == "score":
            allowed.sort(key=lambda ct: score(*ct), reverse=True)
        texts: list[str] = []
        for _, text in allowed:
            if text not in texts and text not in self._in_flight:
                texts.append(text)
        return texts[:count]

    async def block_reasons(self, key: str) -> str:
        """Return the reasons every candidate for `key` was blocked, as one detail line."""
        verdicts = await self.store.verdicts(key)
        reasons = sorted({r for v in verdicts for r in v["reasons"]} or {"blocked"})
        return "all candidates blocked: " + ",".join(reasons)


async def judge(
    check: Callable[[str, CheckContext], Verdict], text: str, ctx: CheckContext
) -> Verdict:
    """Run a safety check off the loop; an error blocks (fail closed)."""
    try:
        verdict: object = await asyncio.to_thread(check, text, ctx)
    except Exception as exc:
        log.exception("safety check raised; blocking")
        return Verdict("block", "safety", ("safety:error",), f"the safety check failed: {exc}")
    return verdict if isinstance(verdict, Verdict) else Verdict("block", "safety", ("safety:bad",))
