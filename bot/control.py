"""Commands that arrive as Event(kind="command", command=...); their answers are notices.

Control works through `Core`, the few things it needs (store, policy, pause switch, four
actions), not the whole pipeline: the pipeline imports control, never the reverse.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from bot.events import Event, Outcome, Platform, Tick
from bot.policy import Policy
from bot.store import AsyncStore


class Core(Protocol):
    """What commands may use: the store, the policy, the pause switch and a few actions."""

    @property
    def store(self) -> AsyncStore:
        """The store (claims, opt-outs, drafts, schedule state)."""

    @property
    def policy(self) -> Policy:
        """Who is an admin."""

    @property
    def paused(self) -> bool:
        """Whether answering and scheduled posts are paused."""

    @property
    def schedule_targets(self) -> tuple[Platform, ...]:
        """Where a "post now" goes."""

    @property
    def adapters(self) -> Mapping[str, object]:
        """The running adapters, by name (for the status line)."""

    async def set_paused(self, paused: bool) -> None:
        """Pause or resume, persistently."""

    async def claim(self, ev: Event) -> bool:
        """Claim an event in the store; False if it was already handled."""

    async def notify(self, ev: Event, text: str) -> None:
        """Send a short notice back to the person."""

    async def answer(self, ev: Event) -> Outcome:
        """Generate, filter and send an answer to a claimed event."""

    async def handle_tick(self, tick: Tick) -> Outcome:
        """Post one generated text for a slot."""

    async def publish_draft(self, draft_id: int, by: str = "") -> Outcome:
        """Post a pending or approved draft, once."""

    async def reload(self) -> str:
        """Reload the config and model (bot.reload); return what happened, as one line."""


Handler = Callable[[Core, Event], Awaitable[Outcome]]


@dataclass(frozen=True)
class Command:
    """One command: what runs it, whether only admins may, whether it waits in a channel queue."""

    run: Handler
    admin: bool = False
    queued: bool = False  # it generates, so it takes a place in its channel's queue


def command_name(ev: Event) -> str:
    """Return the event's command name, lower-cased ('' if none)."""
    return (ev.command or "").lower()


def is_queued(ev: Event) -> bool:
    """Return True if an event waits in a channel queue (anything but a quick command)."""
    if ev.kind != "command":
        return True
    command = COMMANDS.get(command_name(ev))
    return command is not None and command.queued


async def run_command(core: Core, ev: Event) -> Outcome:
    """Claim the command once, check who may run it, and run it."""
    name = command_name(ev)
    if not await core.claim(ev):
        return Outcome("duplicate", "already handled")
    if ev.is_from_bot:
        return await _done(core, ev, Outcome("skipped", "own_message"))
    command = COMMANDS.get(name)
    if command is None:
        await core.notify(ev, f"Unknown command {name!r}.")
        return await _done(core, ev, Outcome("skipped", f"unknown command {name!r}"))
    if command.admin and not core.policy.is_admin(ev):
        await core.notify(ev, "Only admins can do that.")
        return await _done(core, ev, Outcome("skipped", "not_admin"))
    return await command.run(core, ev)


async def _done(core: Core, ev: Event, outcome: Outcome) -> Outcome:
    await core.store.finish_event(ev.platform, ev.event_id, outcome.status, outcome.detail)
    return outcome


async def _reply(core: Core, ev: Event, text: str, detail: str = "") -> Outcome:
    """Tell the person `text` and record the command as done."""
    await core.notify(ev, text)
    return await _done(core, ev, Outcome("done", detail or text))


async def _generate(core: Core, ev: Event) -> Outcome:
    return await core.answer(ev)


async def _pause(core: Core, ev: Event) -> Outcome:
    await core.set_paused(True)
    return await _reply(core, ev, "Paused: no replies or scheduled posts until resumed.", "paused")


async def _resume(core: Core, ev: Event) -> Outcome:
    await core.set_paused(False)
    return await _reply(core, ev, "Resumed.", "resumed")


async def _post_now(core: Core, ev: Event) -> Outcome:
    tick = Tick(
        slot_id=f"manual:{ev.platform}:{ev.event_id}", job="manual",
        scheduled_for=datetime.now(UTC), targets=core.schedule_targets, manual=True,
    )  # fmt: skip
    result = await core.handle_tick(tick)
    if result.status == "sent":
        return await _reply(core, ev, f"Posted: {result.texts[0]}", "posted")
    why = f"Nothing posted ({result.status}: {result.detail})."
    return await _reply(core, ev, why, result.status)


async def _status(core: Core, ev: Event) -> Outcome:
    state = await core.store.schedule_state()
    drafts = await core.store.list_drafts("pending")
    last = state.last_post_at.isoformat(timespec="minutes") if state.last_post_at else "never"
    text = (
        f"{core.policy.cfg.bot.name}: {'paused' if core.paused else 'running'}; "
        f"scheduled posts today: {state.posts_today}; last: {last}; "
        f"drafts waiting: {len(drafts)}; adapters: {', '.join(core.adapters) or 'none'}"
    )
    return await _reply(core, ev, text, "status")


async def _optout(core: Core, ev: Event) -> Outcome:
    await core.store.add_optout(ev.platform, ev.author_id)
    return await _reply(core, ev, "Done: I won't answer you any more (optin to undo).", "opted out")


async def _optin(core: Core, ev: Event) -> Outcome:
    await core.store.remove_optout(ev.platform, ev.author_id)
    return await _reply(core, ev, "Welcome back: I'll answer you again.", "opted in")


async def _approve(core: Core, ev: Event) -> Outcome:
    if ev.draft_id is None:
        return await _reply(core, ev, "Which draft? Give its number.", "no draft id")
    result = await core.publish_draft(ev.draft_id, by=f"{ev.platform}:{ev.author_id}")
    if result.status == "sent":
        return await _reply(core, ev, f"Draft {ev.draft_id} posted.", f"draft {ev.draft_id} posted")
    return await _reply(
        core, ev, f"Draft {ev.draft_id} not posted ({result.detail}).", result.detail
    )


async def _reject(core: Core, ev: Event) -> Outcome:
    if ev.draft_id is None:
        return await _reply(core, ev, "Which draft? Give its number.", "no draft id")
    by = f"{ev.platform}:{ev.author_id}"
    moved = await core.store.set_draft_status(ev.draft_id, "rejected", expect=("pending",), by=by)
    text = f"Draft {ev.draft_id} rejected." if moved else f"No pending draft {ev.draft_id}."
    return await _reply(core, ev, text)


async def _reload(core: Core, ev: Event) -> Outcome:
    line = await core.reload()  # the swap happens before this returns; this event is not lost
    return await _reply(core, ev, line[:1].upper() + line[1:] + ".", "reloaded")


# The one table of commands: adapters may offer any of these; the policy checks `admin`.
COMMANDS: dict[str, Command] = {
    "generate": Command(_generate, queued=True),
    "pause": Command(_pause, admin=True),
    "resume": Command(_resume, admin=True),
    "post_now": Command(_post_now, admin=True),
    "status": Command(_status, admin=True),
    "optout": Command(_optout),
    "optin": Command(_optin),
    "approve": Command(_approve, admin=True),
    "reject": Command(_reject, admin=True),
    "reload": Command(_reload, admin=True),
}
