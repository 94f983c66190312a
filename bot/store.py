"""The bot's state in SQLite (WAL): handled events, posts, verdicts, cursors, schedule, drafts.

Exactly-once rule. An event (or schedule slot, or draft) is claimed before any generation and a
post intent is recorded before any send, then marked sent (with the remote id) or failed. Each
open store is a "run" (a row in ``runs``); a claim is stale only when its run is gone (closed, or
its process dead). When a stale claim's event arrives again: if no send began, it is retried (at
most ``MAX_EVENT_ATTEMPTS`` times in all); if a send began, it may have gone out, so it is never
resent: the intent and the event are marked ``uncertain``. ``recover_interrupted`` applies the
same rule at start-up; stale slot claims become ``failed`` (a past slot never fires again).
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import socket
import sqlite3
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.errors import ConfigError
from bot.events import DraftStatus, OutcomeStatus, Verdict
from bot.store_schema import apply_migrations

MAX_EVENT_ATTEMPTS = 3
FINAL_STATUSES = ("sent", "blocked", "skipped", "refused", "failed", "uncertain", "done", "drafted")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def event_key(platform: str, event_id: str) -> str:
    """Return the string that names one event or slot in posts and verdicts."""
    return f"{platform}:{event_id}"


@dataclass(frozen=True)
class ScheduleState:
    """When the schedule last posted and how often on its current day."""

    last_post_at: datetime | None = None
    day: str | None = None
    posts_today: int = 0


@dataclass(frozen=True)
class Draft:
    """A scheduled post waiting for review."""

    id: int
    slot_id: str
    text: str
    targets: tuple[str, ...]
    status: DraftStatus
    reason: str
    created_at: str


class Store:
    """Synchronous SQLite store; one connection guarded by a lock."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.path = path
        self.owner = uuid.uuid4().hex  # this run; claims from other runs are stale
        self._conn = conn
        self._lock = threading.RLock()
        self._migrate()
        self._exec(
            "INSERT INTO runs (owner, pid, host, started_at, proc_start) VALUES (?,?,?,?,?)",
            (self.owner, os.getpid(), socket.gethostname(), _now(), _proc_start(os.getpid())),
        )

    # -- plumbing ---------------------------------------------------------------------------

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self._lock, self._conn:
            return self._conn.execute(sql, params)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def _migrate(self) -> None:
        """Apply every migration not yet applied, in order."""
        with self._lock:
            apply_migrations(self._conn)

    def migrations(self) -> list[str]:
        """Return the names of the applied migrations."""
        return [r[0] for r in self._rows("SELECT name FROM schema_migrations ORDER BY name")]

    def flush(self) -> None:
        """Checkpoint the WAL into the main file."""
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Flush and close the connection (this run's claims become stale)."""
        with self._lock:
            try:
                self._exec("DELETE FROM runs WHERE owner=?", (self.owner,))
                self.flush()
            finally:
                self._conn.close()

    def _alive(self, owner: str) -> bool:
        """Return True if the run that made a claim may still be working on it (lock held)."""
        if owner == self.owner:
            return True
        row = self._conn.execute(
            "SELECT pid, host, proc_start FROM runs WHERE owner=?", (owner,)
        ).fetchone()
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
        return not row["proc_start"] or row["proc_start"] == _proc_start(pid)

    # -- events -----------------------------------------------------------------------------

    def claim_event(
        self,
        platform: str,
        event_id: str,
        *,
        kind: str = "",
        author_id: str = "",
        channel_id: str | None = None,
        text: str = "",
    ) -> bool:
        """Claim an event before generating; False if it was handled (or is being handled)."""
        with self._lock, self._conn:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO events (platform, event_id, kind, author_id, channel_id,"
                " text, status, owner, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (platform, event_id, kind, author_id, channel_id, text, "claimed", self.owner,
                 _now(), _now()),
            )  # fmt: skip
            if cur.rowcount == 1:
                return True
            return self._reclaim(platform, event_id)

    def _reclaim(self, platform: str, event_id: str) -> bool:
        """Retry a stale claim from a crashed run if nothing may have been sent (lock held)."""
        row = self._conn.execute(
            "SELECT status, owner, attempts FROM events WHERE platform=? AND event_id=?",
            (platform, event_id),
        ).fetchone()
        if row is None or row["status"] != "claimed" or self._alive(row["owner"]):
            return False  # done, or still being handled (by us or a live process such as the CLI)
        key = event_key(platform, event_id)
        if self._has_send(key):
            self._mark_uncertain(key)
            return False
        if row["attempts"] >= MAX_EVENT_ATTEMPTS:
            self._set_event(platform, event_id, "failed", "gave up after repeated crashes")
            return False
        self._conn.execute(
            "UPDATE events SET owner=?, attempts=attempts+1, updated_at=? "
            "WHERE platform=? AND event_id=?",
            (self.owner, _now(), platform, event_id),
        )
        return True

    def _mark_uncertain(self, key: str) -> None:
        """Mark an event's unconfirmed intents and the event itself uncertain (lock held)."""
        self._conn.execute(
            "UPDATE posts SET status='uncertain', error='interrupted after the send began', "
            "updated_at=? WHERE event_key=? AND status='intent'",
            (_now(), key),
        )
        platform, event_id = key.split(":", 1)
        self._set_event(platform, event_id, "uncertain", "interrupted during send; not resent")

    def _set_event(self, platform: str, event_id: str, status: str, detail: str) -> None:
        self._conn.execute(
            "UPDATE events SET status=?, detail=?, updated_at=? WHERE platform=? AND event_id=?",
            (status, detail, _now(), platform, event_id),
        )

    def finish_event(
        self, platform: str, event_id: str, status: OutcomeStatus, detail: str = ""
    ) -> None:
        """Record an event's outcome: sent, blocked, skipped, refused, failed, drafted, done."""
        with self._lock, self._conn:
            self._set_event(platform, event_id, status, detail)

    def event_status(self, platform: str, event_id: str) -> str | None:
        """Return an event's status, or None if it was never seen."""
        rows = self._rows(
            "SELECT status FROM events WHERE platform=? AND event_id=?", (platform, event_id)
        )
        return rows[0]["status"] if rows else None

    def recover_interrupted(self) -> int:
        """Close claims left by dead runs; return how many had a send that may have gone out.

        Those are marked uncertain and never resent. Other claims stay retryable, except
        schedule slots: the scheduler never fires a past slot again, so they are marked failed.
        """
        with self._lock, self._conn:
            rows = self._conn.execute(
                "SELECT platform, event_id, owner FROM events WHERE status='claimed'"
            ).fetchall()
            uncertain = 0
            for row in (r for r in rows if not self._alive(r["owner"])):
                key = event_key(row["platform"], row["event_id"])
                if self._has_send(key):
                    self._mark_uncertain(key)
                    uncertain += 1
                elif row["platform"] == "schedule":
                    detail = "interrupted before anything was sent"
                    self._set_event(row["platform"], row["event_id"], "failed", detail)
            return uncertain

    def _has_send(self, key: str) -> bool:
        """Return True if a send for this event began (lock held)."""
        return bool(
            self._conn.execute(
                "SELECT 1 FROM posts WHERE event_key=? AND status IN ('intent','sent','uncertain')",
                (key,),
            ).fetchone()
        )

    # -- posts and verdicts -----------------------------------------------------------------

    def record_post_intent(
        self,
        platform: str,
        text: str,
        *,
        event_key: str | None = None,
        kind: str = "reply",
        channel_id: str | None = None,
        reply_to: str | None = None,
    ) -> int:
        """Record that a post is about to be sent; return its id."""
        cur = self._exec(
            "INSERT INTO posts (platform, kind, text, event_key, channel_id, reply_to, status,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,'intent',?,?)",
            (platform, kind, text, event_key, channel_id, reply_to, _now(), _now()),
        )
        return int(cur.lastrowid or 0)

    def mark_post_sent(self, post_id: int, remote_id: str | None) -> None:
        """Record that a post went out, with the platform's id for it."""
        self._exec(
            "UPDATE posts SET status='sent', remote_id=?, updated_at=? WHERE id=?",
            (remote_id, _now(), post_id),
        )

    def mark_post_failed(self, post_id: int, error: str) -> None:
        """Record that a post definitely did not go out."""
        self._exec(
            "UPDATE posts SET status='failed', error=?, updated_at=? WHERE id=?",
            (error[:500], _now(), post_id),
        )

    def mark_post_uncertain(self, post_id: int, error: str) -> None:
        """Record that a send was interrupted and may or may not have gone out."""
        self._exec(
            "UPDATE posts SET status='uncertain', error=?, updated_at=? WHERE id=?",
            (error[:500], _now(), post_id),
        )

    def posts(self, *, event_key: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Return posts, newest first, optionally for one event."""
        where, params = ("WHERE event_key=?", [event_key]) if event_key else ("", [])
        rows = self._rows(f"SELECT * FROM posts {where} ORDER BY id DESC LIMIT ?", [*params, limit])
        return [dict(r) for r in rows]

    def recent_post_texts(self, limit: int, platform: str | None = None) -> list[str]:
        """Return the texts of the bot's latest sent replies and posts, newest first."""
        sql = "SELECT text FROM posts WHERE status='sent' AND kind IN ('reply','post')"
        params: list[Any] = []
        if platform:
            sql, params = sql + " AND platform=?", [platform]
        rows = self._rows(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
        return [r["text"] for r in rows]

    def replies_since(self, platform: str, author_id: str, since: datetime) -> int:
        """Return how many replies to `author_id` on `platform` began sending since `since`.

        A reply counts once its send began (intent, sent or uncertain): it may have gone out.
        """
        rows = self._rows(
            "SELECT COUNT(*) AS n FROM posts p JOIN events e ON e.platform = p.platform"
            " AND e.event_id = substr(p.event_key, length(p.platform) + 2)"
            " WHERE p.platform=? AND p.kind='reply' AND p.status IN ('intent','sent','uncertain')"
            " AND p.created_at >= ? AND e.author_id=?",
            (platform, since.astimezone(UTC).isoformat(timespec="seconds"), author_id),
        )
        return int(rows[0]["n"])

    def record_verdict(self, key: str, attempt: int, candidate: str, verdict: Verdict) -> None:
        """Record one safety decision about one candidate."""
        self._exec(
            "INSERT INTO verdicts (event_key, attempt, candidate, action, filter, reasons, message,"
            " created_at) VALUES (?,?,?,?,?,?,?,?)",
            (key, attempt, candidate, verdict.action, verdict.filter,
             json.dumps(list(verdict.reasons)), verdict.message, _now()),
        )  # fmt: skip

    def verdicts(self, key: str) -> list[dict[str, Any]]:
        """Return the verdicts recorded for one event or slot, oldest first."""
        rows = self._rows("SELECT * FROM verdicts WHERE event_key=? ORDER BY id", (key,))
        return [{**dict(r), "reasons": json.loads(r["reasons"])} for r in rows]

    # -- cursors and settings ---------------------------------------------------------------

    def get_cursor(self, name: str) -> str | None:
        """Return an adapter cursor (such as X's since_id)."""
        rows = self._rows("SELECT value FROM cursors WHERE name=?", (name,))
        return rows[0]["value"] if rows else None

    def set_cursor(self, name: str, value: str) -> None:
        """Persist an adapter cursor."""
        self._exec(
            "INSERT INTO cursors VALUES (?,?,?) ON CONFLICT(name) DO UPDATE SET "
            "value=excluded.value, updated_at=excluded.updated_at",
            (name, value, _now()),
        )

    def get_setting(self, name: str) -> str | None:
        """Return a persisted runtime setting (such as the pause switch)."""
        rows = self._rows("SELECT value FROM settings WHERE name=?", (name,))
        return rows[0]["value"] if rows else None

    def set_setting(self, name: str, value: str) -> None:
        """Persist a runtime setting."""
        self._exec(
            "INSERT INTO settings VALUES (?,?) "
            "ON CONFLICT(name) DO UPDATE SET value=excluded.value",
            (name, value),
        )

    # -- schedule ---------------------------------------------------------------------------

    def schedule_state(self) -> ScheduleState:
        """Return when the schedule last posted and how many posts its day has had."""
        rows = self._rows("SELECT * FROM schedule_state WHERE id=1")
        if not rows:
            return ScheduleState()
        r = rows[0]
        last = datetime.fromisoformat(r["last_post_at"]) if r["last_post_at"] else None
        return ScheduleState(last, r["day"], int(r["posts_today"]))

    def record_scheduled_post(self, at: datetime, day: str) -> None:
        """Count one scheduled post at `at` on the local calendar day `day`."""
        with self._lock, self._conn:
            state = self.schedule_state()
            count = state.posts_today + 1 if state.day == day else 1
            self._conn.execute(
                "INSERT INTO schedule_state VALUES (1,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "last_post_at=excluded.last_post_at, day=excluded.day, "
                "posts_today=excluded.posts_today",
                (at.isoformat(), day, count),
            )

    # -- drafts -----------------------------------------------------------------------------

    def add_draft(self, slot_id: str, text: str, targets: Sequence[str], reason: str = "") -> int:
        """Keep a scheduled post for review; return the draft id."""
        cur = self._exec(
            "INSERT INTO drafts (slot_id, text, targets, status, reason, created_at, updated_at)"
            " VALUES (?,?,?,'pending',?,?,?)",
            (slot_id, text, json.dumps(list(targets)), reason, _now(), _now()),
        )
        return int(cur.lastrowid or 0)

    def get_draft(self, draft_id: int) -> Draft | None:
        """Return one draft."""
        rows = self._rows("SELECT * FROM drafts WHERE id=?", (draft_id,))
        return _draft(rows[0]) if rows else None

    def list_drafts(self, status: DraftStatus | None = "pending", limit: int = 50) -> list[Draft]:
        """Return drafts with a status (None: all), oldest first."""
        where, params = ("WHERE status=?", [status]) if status else ("", [])
        rows = self._rows(f"SELECT * FROM drafts {where} ORDER BY id LIMIT ?", [*params, limit])
        return [_draft(r) for r in rows]

    def set_draft_status(
        self,
        draft_id: int,
        status: DraftStatus,
        *,
        expect: Sequence[DraftStatus] = ("pending",),
        by: str = "",
    ) -> bool:
        """Move a draft to `status` if it is in one of `expect`; return whether it moved."""
        marks = ",".join("?" * len(expect))
        cur = self._exec(
            f"UPDATE drafts SET status=?, decided_by=?, updated_at=? WHERE id=? AND status IN "
            f"({marks})",
            (status, by, _now(), draft_id, *expect),
        )
        return cur.rowcount == 1

    # -- opt-outs ---------------------------------------------------------------------------

    def add_optout(self, platform: str, user_id: str) -> None:
        """Never answer this user again (until they opt back in)."""
        self._exec("INSERT OR IGNORE INTO optouts VALUES (?,?,?)", (platform, user_id, _now()))

    def remove_optout(self, platform: str, user_id: str) -> None:
        """Let an opted-out user be answered again."""
        self._exec("DELETE FROM optouts WHERE platform=? AND user_id=?", (platform, user_id))

    def is_opted_out(self, platform: str, user_id: str) -> bool:
        """Return True if the user opted out."""
        q = "SELECT 1 FROM optouts WHERE platform=? AND user_id=?"
        return bool(self._rows(q, (platform, user_id)))

    # -- history ----------------------------------------------------------------------------

    def history(self, limit: int = 20) -> list[dict[str, Any]]:
        """Return the latest events and slots with their outcome, posts and block reasons."""
        rows = self._rows("SELECT * FROM events ORDER BY id DESC LIMIT ?", (limit,))
        out = []
        for r in rows:
            key = event_key(r["platform"], r["event_id"])
            posts = self.posts(event_key=key)
            reasons = sorted({x for v in self.verdicts(key) for x in v["reasons"]})
            out.append(
                {
                    "at": r["updated_at"], "platform": r["platform"], "event_id": r["event_id"],
                    "kind": r["kind"], "author_id": r["author_id"], "text": r["text"],
                    "status": r["status"], "detail": r["detail"], "block_reasons": reasons,
                    "posts": [{k: p[k] for k in ("id", "platform", "kind", "text", "status",
                                                  "remote_id", "error")} for p in posts],
                }
            )  # fmt: skip
        return out


def _proc_start(pid: int) -> str:
    """Return when a process started (Linux /proc), '' where that is unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()  # after the command name, which may hold spaces
    return fields[19] if len(fields) > 19 else ""  # field 22 of proc(5): starttime


def _draft(r: sqlite3.Row) -> Draft:
    return Draft(
        r["id"], r["slot_id"], r["text"], tuple(json.loads(r["targets"])), r["status"],
        r["reason"], r["created_at"],
    )  # fmt: skip


def open_store(path: str | Path) -> Store:
    """Open (creating if needed) the store at `path`; ':memory:' for tests. Raises ConfigError."""
    target = str(path)
    try:
        if target != ":memory:":
            Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
            target = str(Path(target).expanduser())
        conn = sqlite3.connect(target, check_same_thread=False, timeout=10.0)
        conn.row_factory = sqlite3.Row
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        return Store(conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(
            f"cannot open the store at {path}: {exc}",
            "set [storage] path to a writable file, or check permissions",
        ) from None


class AsyncStore:
    """The Store's methods as coroutines, all run on one worker thread off the event loop."""

    def __init__(self, store: Store) -> None:
        self.sync = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.sync, name)
        if not callable(method):
            return method  # type: ignore[no-any-return]

        async def call(*args: Any, **kwargs: Any) -> Any:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(
                self._pool, functools.partial(method, *args, **kwargs)
            )

        return call

    async def aclose(self) -> None:
        """Flush and close the store, then stop the worker thread."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._pool, self.sync.close)
        self._pool.shutdown(wait=True)
