"""Commands that arrive as Event(kind="command", extra={"command": ...}); answers are notices."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.events import Event, Tick

if TYPE_CHECKING:
    from bot.pipeline import Outcome, Pipeline

ADMIN_COMMANDS = frozenset({"pause", "resume", "post_now", "status", "approve", "reject"})
Handler = Callable[["Pipeline", Event], Awaitable["Outcome"]]


async def run_command(p: Pipeline, ev: Event) -> Outcome:
    """Claim the command once, check who may run it, and run it."""
    from bot.pipeline import Outcome

    command = str(ev.extra.get("command", "")).lower()
    if not await p.claim(ev):
        return Outcome("duplicate", "already handled")
    if ev.is_from_bot:
        return await _done(p, ev, Outcome("skipped", "own_message"))
    handler = HANDLERS.get(command)
    if handler is None:
        await p.notify(ev, f"Unknown command {command!r}.")
        return await _done(p, ev, Outcome("skipped", f"unknown command {command!r}"))
    if command in ADMIN_COMMANDS and not p.policy.is_admin(ev):
        await p.notify(ev, "Only admins can do that.")
        return await _done(p, ev, Outcome("skipped", "not_admin"))
    return await handler(p, ev)


async def _done(p: Pipeline, ev: Event, outcome: Outcome) -> Outcome:
    await p.store.finish_event(ev.platform, ev.event_id, outcome.status, outcome.detail)
    return outcome


async def _reply(p: Pipeline, ev: Event, text: str, detail: str = "") -> Outcome:
    """Tell the person `text` and record the command as done."""
    from bot.pipeline import Outcome

    await p.notify(ev, text)
    return await _done(p, ev, Outcome("done", detail or text))


async def _generate(p: Pipeline, ev: Event) -> Outcome:
    return await p.answer(ev)


async def _pause(p: Pipeline, ev: Event) -> Outcome:
    await p.set_paused(True)
    return await _reply(p, ev, "Paused: no replies or scheduled posts until resumed.", "paused")


async def _resume(p: Pipeline, ev: Event) -> Outcome:
    await p.set_paused(False)
    return await _reply(p, ev, "Resumed.", "resumed")


async def _post_now(p: Pipeline, ev: Event) -> Outcome:
    tick = Tick(
        slot_id=f"manual:{ev.platform}:{ev.event_id}", job="manual",
        scheduled_for=datetime.now(UTC), targets=p.schedule_targets, manual=True,
    )  # fmt: skip
    result = await p.handle_tick(tick)
    if result.status == "sent":
        return await _reply(p, ev, f"Posted: {result.texts[0]}", "posted")
    return await _reply(p, ev, f"Nothing posted ({result.status}: {result.detail}).", result.status)


async def _status(p: Pipeline, ev: Event) -> Outcome:
    state = await p.store.schedule_state()
    drafts = await p.store.list_drafts("pending")
    last = state.last_post_at.isoformat(timespec="minutes") if state.last_post_at else "never"
    text = (
        f"{p.cfg.bot.name}: {'paused' if p.paused else 'running'}; "
        f"scheduled posts today: {state.posts_today}; last: {last}; "
        f"drafts waiting: {len(drafts)}; adapters: {', '.join(p.adapters) or 'none'}"
    )
    return await _reply(p, ev, text, "status")


async def _optout(p: Pipeline, ev: Event) -> Outcome:
    await p.store.add_optout(ev.platform, ev.author_id)
    return await _reply(p, ev, "Done: I won't answer you any more (optin to undo).", "opted out")


async def _optin(p: Pipeline, ev: Event) -> Outcome:
    await p.store.remove_optout(ev.platform, ev.author_id)
    return await _reply(p, ev, "Welcome back: I'll answer you again.", "opted in")


def _draft_id(ev: Event) -> int | None:
    raw = ev.extra.get("draft_id")
    try:
        return int(raw) if raw is not None else None
    except (TypeError, ValueError):
        return None


async def _approve(p: Pipeline, ev: Event) -> Outcome:
    draft_id = _draft_id(ev)
    if draft_id is None:
        return await _reply(p, ev, "Which draft? Give its number.", "no draft id")
    result = await p.publish_draft(draft_id, by=f"{ev.platform}:{ev.author_id}")
    if result.status == "sent":
        return await _reply(p, ev, f"Draft {draft_id} posted.", f"draft {draft_id} posted")
    return await _reply(p, ev, f"Draft {draft_id} not posted ({result.detail}).", result.detail)


async def _reject(p: Pipeline, ev: Event) -> Outcome:
    draft_id = _draft_id(ev)
    if draft_id is None:
        return await _reply(p, ev, "Which draft? Give its number.", "no draft id")
    by = f"{ev.platform}:{ev.author_id}"
    moved = await p.store.set_draft_status(draft_id, "rejected", expect=("pending",), by=by)
    text = f"Draft {draft_id} rejected." if moved else f"No pending draft {draft_id}."
    return await _reply(p, ev, text)


HANDLERS: dict[str, Handler] = {
    "generate": _generate,
    "pause": _pause,
    "resume": _resume,
    "post_now": _post_now,
    "status": _status,
    "optout": _optout,
    "optin": _optin,
    "approve": _approve,
    "reject": _reject,
}
