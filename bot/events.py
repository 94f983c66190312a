"""Frozen dataclasses that cross module boundaries (Event, Tick, Outgoing, Verdict, Outcome ...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Platform = Literal["discord", "x", "console"]
EventKind = Literal["mention", "reply", "dm", "command"]
Action = Literal["allow", "block", "rewrite", "hold"]
# What happened to one event or slot; every status but "duplicate" is recorded in the store.
OutcomeStatus = Literal[
    "sent", "blocked", "skipped", "refused", "failed", "uncertain", "drafted", "duplicate", "done"
]
# A scheduled post kept for review: pending -> approved -> posted | failed | uncertain, or rejected.
DraftStatus = Literal["pending", "approved", "rejected", "posted", "failed", "uncertain"]


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Turn:
    """One earlier message of a conversation: who wrote it and what it said."""

    author: str
    text: str


@dataclass(frozen=True)
class Event:
    """Something a person did that the bot may answer (a mention, a DM, a /generate command)."""

    platform: Platform
    event_id: str  # unique per platform; the idempotency key in the store
    kind: EventKind
    text: str  # the person's text with the bot's own mention stripped
    author_id: str
    author_name: str = ""
    channel_id: str | None = None
    guild_id: str | None = None
    reply_to: str | None = None  # remote id of the message to answer
    created_at: datetime = field(default_factory=utcnow)
    prompt: str | None = None  # explicit prompt (e.g. /generate prompt=...), None for a free post
    count: int = 1  # how many posts the person asked for (/generate count)
    temperature: float | None = None  # per-request override
    is_from_bot: bool = False  # the bot's own message (never answered)
    mentions_bot: bool = False  # the text @mentions the bot (a reply to it may, too)
    command: str | None = None  # for kind == "command": its name, e.g. "generate", "pause"
    draft_id: int | None = None  # the draft an approve/reject command names (None: not a number)
    # the messages this one answers (its reply chain), oldest first; `text` is the newest turn
    context: tuple[Turn, ...] = ()
    # adapter-private data carried through to the answer's Outgoing (e.g. an interaction id)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def conversation(self) -> tuple[str, ...]:
        """Return the texts of the chain and of this message, oldest first (blank ones dropped)."""
        texts = (*(t.text for t in self.context), self.text)
        return tuple(t for t in texts if t.strip())


@dataclass(frozen=True)
class Tick:
    """A scheduled slot fired: post one generated text to the given targets."""

    slot_id: str  # unique per slot (job name + scheduled time); a slot posts at most once
    job: str
    scheduled_for: datetime
    targets: tuple[Platform, ...] = ("console",)
    manual: bool = False  # "post now" from an admin rather than the schedule


def item_ids(item: Event | Tick) -> tuple[str, str]:
    """Return the (platform, id) an event or slot is recorded under ("schedule" for slots)."""
    return ("schedule", item.slot_id) if isinstance(item, Tick) else (item.platform, item.event_id)


@dataclass(frozen=True)
class Outgoing:
    """A message the pipeline decided to send; adapters carry it out and return its remote id."""

    platform: Platform
    text: str
    event_id: str | None = None  # the Event or Tick slot this answers
    reply_to: str | None = None
    channel_id: str | None = None
    mention_author_id: str | None = None  # the only user a Discord reply may ping, if configured
    ephemeral: bool = False
    kind: Literal["reply", "post", "notice", "draft"] = "reply"
    draft_id: int | None = None  # for kind == "draft": the number a reviewer approves it by
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Candidate:
    """One generated text with what the engine knows about it."""

    text: str
    prompt: str | None = None
    tokens: int = 0
    finish_reason: Literal["eos", "length", "boundary", "stop"] = "eos"
    logprob: float | None = None  # mean token log-probability, when the backend reports it
    # For a reply: log p(text | reply prompt) - log p(text | EOS), how much the conversation
    # made this text likelier (mutual information); None when the backend cannot score.
    mi: float | None = None


@dataclass(frozen=True)
class Verdict:
    """A safety decision about one text: allow, block, rewrite (with new text) or hold."""

    action: Action
    filter: str = ""
    reasons: tuple[str, ...] = ()  # machine-readable, e.g. ("lexicon:slur",)
    message: str = ""  # one human sentence
    text: str | None = None  # the rewritten text when action == "rewrite"

    @property
    def allowed(self) -> bool:
        """Return True if the text may go out (possibly rewritten)."""
        return self.action in ("allow", "rewrite")


ALLOW = Verdict(action="allow")


@dataclass(frozen=True)
class Outcome:
    """What happened to one event or slot (also recorded in the store)."""

    status: OutcomeStatus
    detail: str = ""
    texts: tuple[str, ...] = ()
    remote_ids: tuple[str | None, ...] = ()
