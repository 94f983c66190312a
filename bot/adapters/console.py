"""A local console adapter: typed or piped lines are mentions, replies and posts are printed.

Lines starting with "/" are commands: /generate [prompt], /post, /status, /pause, /resume,
/approve ID, /reject ID, /optout, /optin, /quit. With stdin not a terminal, the adapter reads
the piped lines and then calls ``on_eof`` so the app can exit once their replies are out.
"""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import threading
import uuid
from typing import Any, TextIO

from bot.events import Event, Outgoing
from bot.ports import Emit, InputEnded, parse_draft_id
from bot.textsafe import escape_controls, replace_surrogates

log = logging.getLogger(__name__)
USER_ID = "console-user"
COMMANDS = {
    "generate": "generate", "post": "post_now", "post_now": "post_now", "status": "status",
    "pause": "pause", "resume": "resume", "approve": "approve", "reject": "reject",
    "optout": "optout", "optin": "optin", "reload": "reload",
}  # fmt: skip
PREFIX = {"reply": "", "post": "[scheduled] ", "notice": "[notice] ", "draft": "[draft #{id}] "}


class ConsoleAdapter:
    """Reads lines from stdin (on a daemon thread, so a blocked read never stalls shutdown)."""

    name = "console"

    def __init__(
        self,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        interactive: bool | None = None,
        on_eof: InputEnded | None = None,
        bot_name: str = "bot",
    ) -> None:
        self.stdin = stdin or sys.stdin
        if isinstance(self.stdin, io.TextIOWrapper):
            # Bytes that are not UTF-8 become U+FFFD: a strict read raised and killed the reader.
            self.stdin.reconfigure(errors="replace")
        self.stdout = stdout or sys.stdout
        self.interactive = self.stdin.isatty() if interactive is None else interactive
        self.on_eof = on_eof
        self.bot_name = bot_name
        self.run_id = uuid.uuid4().hex[:8]  # event ids differ between runs sharing one store
        self.sent: list[Outgoing] = []
        self._count = 0
        self._emit: Emit | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped = threading.Event()

    async def start(self, emit: Emit) -> None:
        """Start reading lines in the background."""
        self._emit, self._loop = emit, asyncio.get_running_loop()
        self._stopped.clear()
        if self.interactive:
            self._write(f"{self.bot_name} is listening: type a message, /help for commands.\n")
            self._prompt()
        threading.Thread(target=self._read_lines, name="console-stdin", daemon=True).start()

    def _read_lines(self) -> None:
        """Read until EOF or stop; hand each line to the loop. If reading fails, end the run."""
        try:
            while not self._stopped.is_set():
                line = self.stdin.readline()
                if not line:
                    break
                # Lone surrogates (surrogateescape, a str stream) cannot be stored or printed.
                self._from_thread(self._on_line(replace_surrogates(line.rstrip("\n"))))
        except Exception as exc:  # a reader that dies silently would leave the daemon hanging
            log.critical("reading console input failed", exc_info=True)
            if not self._stopped.is_set():
                self._from_thread(self._on_end(exc))
            return
        if not self._stopped.is_set():
            self._from_thread(self._on_end())

    def _from_thread(self, coro: Any) -> None:
        if self._loop is None or self._loop.is_closed():
            coro.close()
            return
        try:
            future = asyncio.run_coroutine_threadsafe(coro, self._loop)
            future.result()  # keep lines in order: the next is read after this one is queued
        except Exception:
            log.exception("console input failed")

    async def _on_end(self, error: BaseException | None = None) -> None:
        if self.on_eof is not None:
            if error is None:
                self.on_eof()
            else:
                self.on_eof(error)

    async def _on_line(self, line: str) -> None:
        text = line.strip()
        if not text:
            self._prompt()
            return
        if text in ("/help", "/?"):
            self._write("commands: /" + " /".join(sorted(COMMANDS)) + " /quit\n")
            self._prompt()
            return
        if text in ("/quit", "/exit"):
            await self._on_end()
            return
        event = self.to_event(text)
        if event is None:
            self._write(f"[notice] unknown command {text.split()[0]}\n")
            self._prompt()
            return
        if self._emit is not None:
            await self._emit(event)

    def to_event(self, text: str) -> Event | None:
        """Turn one line into a mention or a command event (None for an unknown command)."""
        self._count += 1
        event_id = f"{self.run_id}-{self._count}"
        base: dict[str, Any] = {
            "platform": "console", "event_id": event_id, "author_id": USER_ID,
            "author_name": "you", "channel_id": "console",
        }  # fmt: skip
        if not text.startswith("/"):
            return Event(kind="mention", text=text, **base)
        name, _, rest = text[1:].partition(" ")
        command = COMMANDS.get(name.lower())
        if command is None:
            return None
        draft_id = parse_draft_id(rest) if command in ("approve", "reject") else None
        prompt = rest.strip() or None if command == "generate" else None
        return Event(
            kind="command", text=rest.strip(), prompt=prompt, command=command, draft_id=draft_id,
            **base,
        )  # fmt: skip

    async def send(self, outgoing: Outgoing) -> str | None:
        """Print a reply, scheduled post, notice or draft; return a local id."""
        self.sent.append(outgoing)
        prefix = PREFIX.get(outgoing.kind, "").format(id=outgoing.draft_id or "?")
        name = f"{self.bot_name}> " if outgoing.kind in ("reply", "post") else ""
        text = escape_controls(outgoing.text, keep_newlines=True)  # may echo the mention
        self._write(f"{name}{prefix}{text}\n")
        self._prompt()
        return f"console-{len(self.sent)}"

    def _write(self, text: str) -> None:
        if self.interactive and not text.endswith("> "):
            text = "\r" + text
        self.stdout.write(text)
        self.stdout.flush()

    def _prompt(self) -> None:
        if self.interactive and not self._stopped.is_set():
            self._write("you> ")

    async def stop(self) -> None:
        """Stop reading (a read already blocked on a terminal ends with the process)."""
        self._stopped.set()
