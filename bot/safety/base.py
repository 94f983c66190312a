"""The Filter protocol and the ordered, fail-closed FilterChain."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from bot.events import ALLOW, Platform, Verdict

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckContext:
    """What a filter may need besides the text: where it goes and whom it answers."""

    platform: Platform | None = None
    reply_to_handle: str | None = None  # the one @handle an X reply may contain
    is_input: bool = False  # checking a person's prompt rather than a generated output
    extra: dict[str, object] = field(default_factory=dict)


@runtime_checkable
class Filter(Protocol):
    """One safety check."""

    name: str

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Return allow, block, rewrite (with new text) or hold."""


@runtime_checkable
class Primable(Protocol):
    """A filter that can score many texts at once ahead of their checks (the harm model)."""

    def prime(self, texts: Sequence[str]) -> None:
        """Score these texts as one batch; their checks then reuse the scores."""


class FilterChain:
    """Ordered filters: first block wins, rewrites feed the next filter, a raising filter blocks."""

    def __init__(self, filters: Sequence[Filter]) -> None:
        self.filters = list(filters)

    def prime(self, texts: Sequence[str]) -> None:
        """Let batching filters score all texts at once; a failure only loses the batching."""
        for f in self.filters:
            if isinstance(f, Primable):
                try:
                    f.prime(texts)
                except Exception:  # each check scores its text again and fails closed there
                    log.exception("safety filter %s could not score a batch", f.name)

    def check(self, text: str, ctx: CheckContext | None = None) -> Verdict:
        """Run every filter in order and return the combined verdict."""
        ctx = ctx or CheckContext()
        current, rewritten, held = text, False, None
        for f in self.filters:
            verdict = self._run_one(f, current, ctx)
            if verdict.action == "block":
                return verdict
            if verdict.action == "hold" and held is None:
                held = verdict
            if verdict.action == "rewrite" and verdict.text is not None:
                current, rewritten = verdict.text, True
        if held is not None:
            return Verdict("hold", held.filter, held.reasons, held.message, current)
        if rewritten:
            return Verdict("rewrite", "chain", ("rewritten",), "rewritten to be safe", current)
        return ALLOW

    @staticmethod
    def _run_one(f: Filter, text: str, ctx: CheckContext) -> Verdict:
        """Run one filter; an exception blocks (fail closed) and is logged."""
        try:
            return f.check(text, ctx)
        except Exception as exc:  # fail closed: a broken filter must not let text through
            log.exception("safety filter %s raised; blocking the text", f.name)
            reason = f"{f.name}:error"
            return Verdict("block", f.name, (reason,), f"the {f.name} check failed: {exc}")
