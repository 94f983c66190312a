"""The console adapter: lines become mentions or commands, replies are printed, EOF ends input."""

from __future__ import annotations

import asyncio
import io
from typing import Any

from bot.adapters.console import ConsoleAdapter
from bot.events import Event, Outgoing


class Inbox:
    def __init__(self) -> None:
        self.items: list[Any] = []

    async def __call__(self, item: Any) -> None:
        self.items.append(item)


async def run_lines(text: str) -> tuple[ConsoleAdapter, Inbox]:
    ended = asyncio.Event()
    adapter = ConsoleAdapter(
        stdin=io.StringIO(text),
        stdout=io.StringIO(),
        interactive=False,
        on_eof=lambda error=None: ended.set(),
    )
    inbox = Inbox()
    await adapter.start(inbox)
    await asyncio.wait_for(ended.wait(), 5)
    await adapter.stop()
    return adapter, inbox


async def test_piped_lines_become_mentions_in_order_then_eof() -> None:
    _, inbox = await run_lines("hello there\n\n  second line  \n")
    assert [e.text for e in inbox.items] == ["hello there", "second line"]
    first, second = inbox.items
    assert isinstance(first, Event) and first.kind == "mention" and first.platform == "console"
    assert first.event_id != second.event_id


async def test_commands_are_parsed() -> None:
    adapter, inbox = await run_lines(
        "/generate today I\n/post\n/approve 4\n/reject 5\n/pause\n/nonsense\n/help\n"
    )
    commands = [(e.command, e.prompt, e.draft_id) for e in inbox.items]
    assert commands == [
        ("generate", "today I", None),
        ("post_now", None, None),
        ("approve", None, 4),
        ("reject", None, 5),
        ("pause", None, None),
    ]
    assert isinstance(adapter.stdout, io.StringIO)
    out = adapter.stdout.getvalue()
    assert "unknown command /nonsense" in out and "/generate" in out


async def test_event_ids_differ_between_runs() -> None:
    a = ConsoleAdapter(stdin=io.StringIO(""), stdout=io.StringIO(), interactive=False)
    b = ConsoleAdapter(stdin=io.StringIO(""), stdout=io.StringIO(), interactive=False)
    ea, eb = a.to_event("hi"), b.to_event("hi")
    assert ea is not None and eb is not None and ea.event_id != eb.event_id


async def test_send_prints_each_kind() -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(stdin=io.StringIO(""), stdout=out, interactive=False, bot_name="demo")
    ids = [
        await adapter.send(Outgoing(platform="console", text="a reply")),
        await adapter.send(Outgoing(platform="console", text="a post", kind="post")),
        await adapter.send(Outgoing(platform="console", text="slow down", kind="notice")),
        await adapter.send(Outgoing(platform="console", text="maybe", kind="draft", draft_id=3)),
    ]
    assert ids == ["console-1", "console-2", "console-3", "console-4"]
    assert out.getvalue().splitlines() == [
        "demo> a reply",
        "demo> [scheduled] a post",
        "[notice] slow down",
        "[draft #3] maybe",
    ]
