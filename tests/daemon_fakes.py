"""Hand-written fakes for the daemon tests: a word-list safety and a recording adapter."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import Config
from bot.config_loader import parse_config
from bot.events import ALLOW, Outgoing, Verdict
from bot.ports import Emit, SendError
from bot.safety.base import CheckContext


class WordSafety:
    """Blocks outputs containing any of `bad` words, inputs containing any of `bad_input`."""

    def __init__(self, bad: Sequence[str] = ("BAD",), bad_input: Sequence[str] = ("EVIL",)) -> None:
        self.bad = tuple(bad)
        self.bad_input = tuple(bad_input)
        self.remembered: list[str] = []
        self.contexts: list[CheckContext] = []
        self.primed: list[list[str]] = []

    def prime_output(self, texts: Sequence[str]) -> None:
        self.primed.append(list(texts))

    def check_output(self, text: str, ctx: CheckContext) -> Verdict:
        self.contexts.append(ctx)
        hits = [w for w in self.bad if w in text]
        if hits:
            return Verdict("block", "words", tuple(f"words:{w}" for w in hits), "bad word")
        if "HOLD" in text:
            return Verdict("hold", "sensitive", ("sensitive:topic",), "held")
        return ALLOW

    def check_input(self, text: str, ctx: CheckContext) -> Verdict:
        if any(w in text for w in self.bad_input):
            return Verdict("block", "input", ("input:evil",), "bad input")
        return ALLOW

    def remember(self, text: str) -> None:
        self.remembered.append(text)


class RecordingAdapter:
    """Records what it is asked to send; can fail the next sends."""

    def __init__(self, name: str = "console") -> None:
        self.name = name
        self.sent: list[Outgoing] = []
        self.fail_next: list[BaseException] = []
        self.emit: Emit | None = None
        self.stopped = False

    async def start(self, emit: Emit) -> None:
        self.emit = emit

    async def send(self, outgoing: Outgoing) -> str | None:
        if self.fail_next:
            raise self.fail_next.pop(0)
        self.sent.append(outgoing)
        return f"{self.name}-{len(self.sent)}"

    async def stop(self) -> None:
        self.stopped = True

    def texts(self, kind: str = "reply") -> list[str]:
        return [o.text for o in self.sent if o.kind == kind]


def transient() -> SendError:
    return SendError("503 from the platform", permanent=False)


def config(**sections: dict[str, object]) -> Config:
    """Return a Config built from section dicts (validated like a TOML file)."""
    base: dict[str, object] = {"generation": {"num_candidates": 2, "max_attempts": 2}}
    for name, body in sections.items():
        merged = dict(base.get(name, {}))  # type: ignore[call-overload]
        merged.update(body)
        base[name] = merged
    return parse_config(base)
