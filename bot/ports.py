"""The core's contracts with the outside: Adapter, Emit, SendError, QueueBusy."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

from bot.events import Event, Outgoing, Tick

Emit = Callable[[Event | Tick], Awaitable[None]]


def parse_draft_id(raw: object) -> int | None:
    """Return the draft number in an adapter's text or button id (None if not a row id)."""
    try:
        value = int(str(raw).strip()) if raw is not None else None
    except ValueError:
        return None
    # Larger numbers overflow SQLite's INTEGER (OverflowError in the store): no such draft.
    return value if value is not None and 1 <= value <= 2**63 - 1 else None


class InputEnded(Protocol):
    """Called when an adapter's local input ends: at EOF, or with the error that killed it."""

    def __call__(self, error: BaseException | None = None) -> None:
        """End the run: once the queue drains at EOF, at once (exit non-zero) on an error."""


class SendError(RuntimeError):
    """Sending failed; `permanent` says whether a retry could help."""

    def __init__(self, message: str, *, permanent: bool = False, code: str = "") -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code


class QueueBusy(RuntimeError):
    """The app could not queue an event (queue full, channel full, or shutting down).

    Raised only by a waiting emit (adapters with ``emit_waits = True``), so a poller keeps its
    cursor and reads the event again next round.
    """


@runtime_checkable
class Adapter(Protocol):
    """Translates one platform; decides nothing.

    Optional, looked up with getattr by the app: ``async done(event_id)`` is called once the app
    is finished with an event, whatever the outcome (Discord clears "typing..."/"thinking...");
    ``async finished(event_id, outcome)`` right after, with the Outcome (the console's --json);
    ``async working(event_id)`` once the pipeline decided to answer it (Discord shows "typing...");
    ``emit_waits = True`` gives the adapter an emit that waits for queue room and raises
    QueueBusy instead of refusing with a "busy" notice (X keeps its mention cursor).
    """

    name: str

    async def start(self, emit: Emit) -> None:
        """Connect and begin emitting events; returns once started (runs in the background)."""

    async def send(self, outgoing: Outgoing) -> str | None:
        """Deliver a message and return its remote id (None if the platform has none)."""

    async def stop(self) -> None:
        """Disconnect; safe to call twice."""
