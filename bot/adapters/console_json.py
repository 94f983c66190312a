"""The console for scripts: one JSON object per input line, in input order (`run --console --json`).

Each line read from stdin is answered by exactly one line on stdout::

    {"input": "<the line>", "outcome": "sent|blocked|refused|skipped|failed", "replies": [...]}

`replies` holds the texts the bot answered the line with (a refusal or a cooldown notice is not
a reply: the outcome says what happened). Blank lines, /help, /quit and unknown commands are
"skipped". Scheduled posts and notices that answer no line are not printed, so stdout stays
one object per input line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.adapters.console import ConsoleAdapter
from bot.events import Outcome, OutcomeStatus, Outgoing

LineOutcome = Literal["sent", "blocked", "refused", "skipped", "failed"]
_OUTCOMES: dict[OutcomeStatus, LineOutcome] = {
    "sent": "sent", "blocked": "blocked", "refused": "refused", "skipped": "skipped",
    "duplicate": "skipped", "drafted": "skipped", "failed": "failed", "uncertain": "failed",
}  # fmt: skip


@dataclass
class _Line:
    """One input line waiting for its outcome."""

    text: str
    outcome: LineOutcome | None = None
    replies: list[str] = field(default_factory=list)

    def as_json(self) -> str:
        record = {"input": self.text, "outcome": self.outcome, "replies": self.replies}
        return json.dumps(record, ensure_ascii=False)


def line_outcome(outcome: Outcome, replies: list[str]) -> LineOutcome:
    """Return the outcome a JSON line reports ("done", a command's, is sent if it answered)."""
    if outcome.status == "done":
        return "sent" if replies else "skipped"
    return _OUTCOMES.get(outcome.status, "failed")


class JsonConsoleAdapter(ConsoleAdapter):
    """The console adapter, writing one JSON object per input line instead of a chat."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**{**kwargs, "interactive": False})
        self._lines: dict[int, _Line] = {}  # by input number, oldest first
        self._by_event: dict[str, int] = {}
        self._read = 0
        self._written = 0

    async def _on_line(self, line: str) -> None:
        self._read += 1
        number = self._read
        self._lines[number] = _Line(line)
        text = line.strip()
        event = (
            None if not text or text in ("/help", "/?", "/quit", "/exit") else self.to_event(text)
        )
        if event is None:
            self._lines[number].outcome = "skipped"
            self._flush()
            if text in ("/quit", "/exit"):
                await self._on_end()
            return
        self._by_event[event.event_id] = number
        if self._emit is not None:
            await self._emit(event)

    async def send(self, outgoing: Outgoing) -> str | None:
        """Keep a reply for its input line's JSON object; return a local id."""
        self.sent.append(outgoing)
        number = self._by_event.get(outgoing.event_id or "")
        if number is not None and number in self._lines and outgoing.kind == "reply":
            self._lines[number].replies.append(outgoing.text)
        return f"console-{len(self.sent)}"

    async def finished(self, event_id: str, outcome: Outcome) -> None:
        """Record the outcome of an input line and print every line that is now complete."""
        number = self._by_event.pop(event_id, None)
        if number is None or number not in self._lines:
            return
        entry = self._lines[number]
        entry.outcome = line_outcome(outcome, entry.replies)
        self._flush()

    def _flush(self) -> None:
        """Print finished lines in input order, stopping at the first one still in flight."""
        while (entry := self._lines.get(self._written + 1)) is not None and entry.outcome:
            self.stdout.write(entry.as_json() + "\n")
            del self._lines[self._written + 1]
            self._written += 1
        self.stdout.flush()

    async def stop(self) -> None:
        """Stop reading; lines that never finished (shutdown) are reported as failed."""
        for entry in self._lines.values():
            entry.outcome = entry.outcome or "failed"
        self._flush()
        await super().stop()
