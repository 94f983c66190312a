"""sd_notify: messages reach a fake systemd (a unix datagram socket bound in a temp dir)."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.sdnotify import Notifier, socket_address, watchdog_interval


class FakeSystemd:
    """The receiving end of NOTIFY_SOCKET: a bound unix datagram socket."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)

    def recv(self) -> list[str]:
        """Return the next message's fields (blocks up to 5 s)."""
        self.sock.settimeout(5)
        return self.sock.recv(4096).decode("utf-8").split("\n")

    def pending(self) -> bool:
        """Return True if a message is waiting."""
        self.sock.setblocking(False)
        try:
            self.sock.recv(4096, socket.MSG_PEEK)
        except BlockingIOError:
            return False
        return True

    async def arecv(self) -> list[str]:
        """Await the next message's fields without blocking the event loop."""
        self.sock.setblocking(False)
        data = await asyncio.get_running_loop().sock_recv(self.sock, 4096)
        return data.decode("utf-8").split("\n")


@pytest.fixture
def systemd() -> Iterator[FakeSystemd]:
    # A short dir: AF_UNIX paths must fit in 108 bytes, pytest's tmp_path may not.
    with tempfile.TemporaryDirectory(prefix="sd") as folder:
        fake = FakeSystemd(str(Path(folder) / "notify"))
        try:
            yield fake
        finally:
            fake.sock.close()


def test_ready_stopping_and_ping_arrive_as_fields(systemd: FakeSystemd) -> None:
    n = Notifier({"NOTIFY_SOCKET": systemd.address})
    assert n.enabled
    assert n.ready("running: adapters discord\nx")
    assert systemd.recv() == ["READY=1", "STATUS=running: adapters discord x"]
    assert n.ping()
    assert systemd.recv() == ["WATCHDOG=1"]
    assert n.stopping()
    assert systemd.recv() == ["STOPPING=1"]


def test_abstract_namespace_socket() -> None:
    name = f"tweetling-test-{os.getpid()}"
    fake = FakeSystemd("\0" + name)
    try:
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).ready()
        assert fake.recv() == ["READY=1"]
    finally:
        fake.sock.close()


def test_without_notify_socket_everything_is_a_no_op(systemd: FakeSystemd) -> None:
    n = Notifier({"WATCHDOG_USEC": "1000000"})
    assert not n.enabled
    assert n.watchdog_interval_s is None  # a watchdog without a socket cannot be fed
    assert not n.ready() and not n.ping() and not n.stopping()
    assert not systemd.pending()


@pytest.mark.parametrize("value", ["", "vsock:2:1234", "relative/path", "@"])
def test_unusable_addresses_disable_notification(value: str) -> None:
    assert socket_address(value) is None
    assert not Notifier({"NOTIFY_SOCKET": value}).enabled


def test_a_missing_socket_is_logged_once_never_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    n = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    with caplog.at_level(logging.WARNING, logger="bot.sdnotify"):
        assert not n.ready()
        assert not n.ping()
    assert len([r for r in caplog.records if "cannot notify systemd" in r.message]) == 1


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 15.0),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "4242"}, 15.0),  # our pid below
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, None),  # another process's
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_watchdog_interval_is_half_the_timeout(env: dict[str, str], expected: float | None) -> None:
    assert watchdog_interval(env, pid=4242) == expected


async def test_watchdog_pings_repeatedly_and_stops_with_the_block(systemd: FakeSystemd) -> None:
    n = Notifier({"NOTIFY_SOCKET": systemd.address, "WATCHDOG_USEC": "2000"})  # 1 ms pings
    async with n.watchdog():
        for _ in range(3):
            assert await asyncio.wait_for(systemd.arecv(), 5) == ["WATCHDOG=1"]
    # drain what was sent before the cancel, then nothing more arrives
    while systemd.pending():
        systemd.sock.recv(4096)
    await asyncio.sleep(0)  # one loop turn: a live task would ping here
    assert not systemd.pending()


async def test_watchdog_block_without_watchdog_sends_nothing(systemd: FakeSystemd) -> None:
    n = Notifier({"NOTIFY_SOCKET": systemd.address})
    async with n.watchdog():
        await asyncio.sleep(0)
    assert not systemd.pending()


async def test_the_daemon_says_ready_pings_and_says_stopping(
    systemd: FakeSystemd, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.app import App
    from bot.generation.scripted import ScriptedGenerator
    from tests.daemon_fakes import WordSafety, config

    monkeypatch.setenv("NOTIFY_SOCKET", systemd.address)
    monkeypatch.setenv("WATCHDOG_USEC", "20000")  # a ping every 10 ms
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    seen: list[str] = []
    arrived = {name: asyncio.Event() for name in ("READY=1", "WATCHDOG=1", "STOPPING=1")}

    async def collect() -> None:
        while True:
            for field in await systemd.arecv():
                seen.append(field)
                if field in arrived:
                    arrived[field].set()

    collector = asyncio.create_task(collect())
    cfg = config(storage={"path": str(tmp_path / "db")})
    app = App(cfg, generator=ScriptedGenerator(["hi"]), safety=WordSafety(), adapters=[],
              install_signals=False)  # fmt: skip
    run = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(arrived["READY=1"].wait(), 10)
        assert app.accepting  # ready only once intake runs
        arrived["WATCHDOG=1"].clear()
        await asyncio.wait_for(arrived["WATCHDOG=1"].wait(), 10)  # pings go on after READY
        app.request_stop()
        assert await asyncio.wait_for(run, 30) == 0
        await asyncio.wait_for(arrived["STOPPING=1"].wait(), 10)
    finally:
        collector.cancel()
    assert seen.count("READY=1") == 1
    assert seen.index("READY=1") < seen.index("STOPPING=1")
