"""Tell systemd the daemon is ready, alive and stopping (the sd_notify protocol, stdlib only).

systemd sets ``NOTIFY_SOCKET`` for a ``Type=notify`` unit and ``WATCHDOG_USEC`` when the unit
has ``WatchdogSec=``. Each message is one datagram of ``KEY=VALUE`` lines sent to that unix
socket. Without ``NOTIFY_SOCKET`` (a terminal, Docker, tests) every call is a no-op, and a
failed send is logged once and never raised: telling systemd must not take the bot down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import AsyncIterator, Mapping

log = logging.getLogger(__name__)


def socket_address(value: str) -> str | None:
    """Return the AF_UNIX address NOTIFY_SOCKET names ('@name' is abstract), or None."""
    if value.startswith("/"):
        return value
    if value.startswith("@") and len(value) > 1:
        return "\0" + value[1:]  # Linux abstract namespace
    return None  # unset, or a transport this module does not speak (e.g. vsock:)


def watchdog_interval(environ: Mapping[str, str], pid: int | None = None) -> float | None:
    """Return how often to ping the watchdog (half of WATCHDOG_USEC), or None when it is off."""
    owner = environ.get("WATCHDOG_PID", "")
    if owner and owner != str(pid if pid is not None else os.getpid()):
        return None  # the watchdog belongs to another process (e.g. our parent)
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    # Half the timeout, as sd_watchdog_enabled(3) recommends: one late ping is not fatal.
    return usec / 2_000_000 if usec > 0 else None


class Notifier:
    """Send sd_notify messages to the socket systemd named in the environment."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        raw = env.get("NOTIFY_SOCKET", "")
        self.address = socket_address(raw)
        if raw and self.address is None:
            log.warning("NOTIFY_SOCKET=%s is not a unix socket path; not notifying systemd", raw)
        self.watchdog_interval_s = watchdog_interval(env) if self.address else None
        self._warned = False

    @property
    def enabled(self) -> bool:
        """Return True if systemd asked to be notified."""
        return self.address is not None

    def send(self, *fields: str) -> bool:
        """Send `fields` ('READY=1', 'STATUS=...') as one message; return True if it was sent."""
        if self.address is None or not fields:
            return False
        message = "\n".join(fields).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.setblocking(False)  # never stall the event loop on a full socket queue
                sock.sendto(message, self.address)
        except OSError as exc:
            if not self._warned:  # once: a missing socket would otherwise log every ping
                log.warning("cannot notify systemd at %s: %s", self.address, exc)
                self._warned = True
            return False
        return True

    def ready(self, status: str = "") -> bool:
        """Say start-up finished (READY=1), with an optional status line for systemctl."""
        return self.send("READY=1", *_status(status))

    def stopping(self, status: str = "") -> bool:
        """Say shutdown began (STOPPING=1)."""
        return self.send("STOPPING=1", *_status(status))

    def ping(self) -> bool:
        """Tell the watchdog the daemon is alive (WATCHDOG=1)."""
        return self.send("WATCHDOG=1")

    async def watchdog_loop(self) -> None:
        """Ping every half watchdog period while the event loop runs; return at once if off."""
        interval = self.watchdog_interval_s
        if interval is None:
            return
        while True:
            self.ping()
            # The ping comes from the event loop itself: a loop stuck in blocking code stops
            # pinging, and systemd restarts the daemon (Restart=on-failure).
            await asyncio.sleep(interval)

    @contextlib.asynccontextmanager
    async def watchdog(self) -> AsyncIterator[Notifier]:
        """Run `watchdog_loop` in a task for the duration of the block."""
        task = asyncio.create_task(self.watchdog_loop(), name="sd-watchdog")
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def _status(text: str) -> tuple[str, ...]:
    line = " ".join(text.split())  # one line: a newline would start a new field
    return (f"STATUS={line}",) if line else ()
