"""Runs, claims and recovery: the store's exactly-once rule (callers hold the store's lock).

An event (or schedule slot, or draft) is claimed before any generation and a post intent is
recorded before any send, then marked sent (with the remote id) or failed. Each open store is a
"run" (a row in ``runs``); a claim is stale only when its run is gone (closed, or its process
dead). When a stale claim's event arrives again: if no send began, it is retried (at most
``MAX_EVENT_ATTEMPTS`` times in all); if a send began, it may have gone out, so it is never
resent: the intent and the event are marked ``uncertain``. ``recover`` applies the same rule at
start-up; stale slot claims become ``failed`` (a past slot never fires again).
"""

from __future__ import annotations

import os
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

MAX_EVENT_ATTEMPTS = 3
# Platforms whose events are never delivered again once their run is gone: a console line was
# read from that run's stdin (its ids carry the run's id), so its claim can only expire.
NOT_REDELIVERED = frozenset({"console"})
EXPIRED_DETAIL = "expired — console input from a stopped run"


def now_iso() -> str:
    """Return the current UTC time as the store writes it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def event_key(platform: str, event_id: str) -> str:
    """Return the string that names one event or slot in posts and verdicts."""
    return f"{platform}:{event_id}"


def start_run(conn: sqlite3.Connection, owner: str) -> None:
    """Record this process as a live run that may hold claims."""
    with conn:
        conn.execute(
            "INSERT INTO runs (owner, pid, host, started_at, proc_start) VALUES (?,?,?,?,?)",
            (owner, os.getpid(), socket.gethostname(), now_iso(), proc_start(os.getpid())),
        )


def end_run(conn: sqlite3.Connection, owner: str) -> None:
    """Forget this run: its claims become stale."""
    with conn:
        conn.execute("DELETE FROM runs WHERE owner=?", (owner,))


def alive(conn: sqlite3.Connection, owner: str, me: str) -> bool:
    """Return True if the run that made a claim may still be working on it."""
    if owner == me:
        return True
    row = conn.execute("SELECT pid, host, proc_start FROM runs WHERE owner=?", (owner,)).fetchone()
    if row is None or row["host"] != socket.gethostname():
        return False  # closed cleanly, or from another machine (SQLite files are not shared)
    pid = int(row["pid"])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    # A reused pid (a restarted container) is a different process: compare start times.
    return not row["proc_start"] or row["proc_start"] == proc_start(pid)


def claim(
    conn: sqlite3.Connection,
    me: str,
    platform: str,
    event_id: str,
    *,
    kind: str = "",
    author_id: str = "",
    channel_id: str | None = None,
    text: str = "",
) -> bool:
    """Claim an event before generating; False if it was handled (or is being handled)."""
    with conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO events (platform, event_id, kind, author_id, channel_id,"
            " text, status, owner, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (platform, event_id, kind, author_id, channel_id, text, "claimed", me, now_iso(),
             now_iso()),
        )  # fmt: skip
        if cur.rowcount == 1:
            return True
        return _reclaim(conn, me, platform, event_id)


def _reclaim(conn: sqlite3.Connection, me: str, platform: str, event_id: str) -> bool:
    """Retry a stale claim from a crashed run if nothing may have been sent."""
    row = conn.execute(
        "SELECT status, owner, attempts FROM events WHERE platform=? AND event_id=?",
        (platform, event_id),
    ).fetchone()
    if row is None or row["status"] != "claimed" or alive(conn, row["owner"], me):
        return False  # done, or still being handled (by us or a live process such as the CLI)
    key = event_key(platform, event_id)
    if has_send(conn, key):
        _settle_interrupted(conn, key)
        return False
    if row["attempts"] >= MAX_EVENT_ATTEMPTS:
        set_event(conn, platform, event_id, "failed", "gave up after repeated crashes")
        return False
    conn.execute(
        "UPDATE events SET owner=?, attempts=attempts+1, updated_at=? "
        "WHERE platform=? AND event_id=?",
        (me, now_iso(), platform, event_id),
    )
    return True


def recover(conn: sqlite3.Connection, me: str) -> int:
    """Close claims left by dead runs; return how many had a send that may have gone out.

    Those are marked uncertain and never resent (or sent, if every send was confirmed). Other
    claims stay retryable, except what is never delivered again: schedule slots (the scheduler
    never fires a past slot again) are marked failed and console lines expire. Then the rows
    of dead runs are deleted, so a daemon killed many times does not grow the runs table.
    """
    with conn:
        rows = conn.execute(
            "SELECT platform, event_id, owner FROM events WHERE status='claimed'"
        ).fetchall()
        uncertain = 0
        for row in (r for r in rows if not alive(conn, r["owner"], me)):
            key = event_key(row["platform"], row["event_id"])
            if has_send(conn, key):
                uncertain += _settle_interrupted(conn, key)
            elif row["platform"] == "schedule":
                detail = "interrupted before anything was sent"
                set_event(conn, row["platform"], row["event_id"], "failed", detail)
            elif row["platform"] in NOT_REDELIVERED:
                set_event(conn, row["platform"], row["event_id"], "failed", EXPIRED_DETAIL)
        owners = [r["owner"] for r in conn.execute("SELECT owner FROM runs").fetchall()]
        for owner in (o for o in owners if not alive(conn, o, me)):
            conn.execute("DELETE FROM runs WHERE owner=?", (owner,))  # its claims are stale
        return uncertain


def has_send(conn: sqlite3.Connection, key: str) -> bool:
    """Return True if a send for this event began."""
    return bool(
        conn.execute(
            "SELECT 1 FROM posts WHERE event_key=? AND status IN ('intent','sent','uncertain')",
            (key,),
        ).fetchone()
    )


def _settle_interrupted(conn: sqlite3.Connection, key: str) -> bool:
    """Close an event whose send began in a dead run; return True if it is uncertain.

    If every send that began was confirmed, the answer went out and only the final record was
    lost: the event is sent. Otherwise its unconfirmed intents and the event are uncertain.
    """
    platform, event_id = key.split(":", 1)
    unconfirmed = conn.execute(
        "SELECT 1 FROM posts WHERE event_key=? AND status IN ('intent','uncertain')", (key,)
    ).fetchone()
    if unconfirmed is None:
        set_event(conn, platform, event_id, "sent", "sent; the run stopped before recording it")
        return False
    _mark_uncertain(conn, key)
    return True


def _mark_uncertain(conn: sqlite3.Connection, key: str) -> None:
    """Mark an event's unconfirmed intents and the event itself uncertain."""
    conn.execute(
        "UPDATE posts SET status='uncertain', error='interrupted after the send began', "
        "updated_at=? WHERE event_key=? AND status='intent'",
        (now_iso(), key),
    )
    platform, event_id = key.split(":", 1)
    set_event(conn, platform, event_id, "uncertain", "interrupted during send; not resent")


def set_event(
    conn: sqlite3.Connection, platform: str, event_id: str, status: str, detail: str
) -> None:
    """Set an event's status and detail (no transaction of its own)."""
    conn.execute(
        "UPDATE events SET status=?, detail=?, updated_at=? WHERE platform=? AND event_id=?",
        (status, detail, now_iso(), platform, event_id),
    )


def proc_start(pid: int) -> str:
    """Return when a process started (Linux /proc), '' where that is unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()  # after the command name, which may hold spaces
    return fields[19] if len(fields) > 19 else ""  # field 22 of proc(5): starttime
