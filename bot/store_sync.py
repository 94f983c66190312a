"""The synchronous SQLite store: events, posts, verdicts, key-value state, schedule, drafts.

`bot.store.AsyncStore` runs these methods off the event loop; `bot.store_runs` holds the
exactly-once rule (runs, claims, recovery).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot import store_runs as runs
from bot.events import DraftStatus, OutcomeStatus, Platform, Verdict
from bot.store_runs import event_key, now_iso
from bot.store_schema import apply_migrations


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
    targets: tuple[Platform, ...]
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
        with self._lock:
            runs.start_run(conn, self.owner)

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
                runs.end_run(self._conn, self.owner)
                self.flush()
            finally:
                self._conn.close()

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
        with self._lock:
            return runs.claim(
                self._conn, self.owner, platform, event_id, kind=kind, author_id=author_id,
                channel_id=channel_id, text=text,
            )  # fmt: skip

    def finish_event(
        self, platform: str, event_id: str, status: OutcomeStatus, detail: str = ""
    ) -> None:
        """Record an event's outcome: sent, blocked, skipped, refused, failed, drafted, done."""
        with self._lock, self._conn:
            runs.set_event(self._conn, platform, event_id, status, detail)

    def event_status(self, platform: str, event_id: str) -> str | None:
        """Return an event's status, or None if it was never seen."""
        rows = self._rows(
            "SELECT status FROM events WHERE platform=? AND event_id=?", (platform, event_id)
        )
        return rows[0]["status"] if rows else None

    def recover_interrupted(self) -> int:
        """Close claims left by dead runs; return how many may have been sent (see store_runs)."""
        with self._lock:
            return runs.recover(self._conn, self.owner)

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
            (platform, kind, text, event_key, channel_id, reply_to, now_iso(), now_iso()),
        )
        return int(cur.lastrowid or 0)

    def mark_post_sent(self, post_id: int, remote_id: str | None) -> None:
        """Record that a post went out, with the platform's id for it."""
        self._exec(
            "UPDATE posts SET status='sent', remote_id=?, updated_at=? WHERE id=?",
            (remote_id, now_iso(), post_id),
        )

    def mark_post_failed(self, post_id: int, error: str) -> None:
        """Record that a post definitely did not go out."""
        self._exec(
            "UPDATE posts SET status='failed', error=?, updated_at=? WHERE id=?",
            (error[:500], now_iso(), post_id),
        )

    def mark_post_uncertain(self, post_id: int, error: str) -> None:
        """Record that a send was interrupted and may or may not have gone out."""
        self._exec(
            "UPDATE posts SET status='uncertain', error=?, updated_at=? WHERE id=?",
            (error[:500], now_iso(), post_id),
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
             json.dumps(list(verdict.reasons)), verdict.message, now_iso()),
        )  # fmt: skip

    def verdicts(self, key: str) -> list[dict[str, Any]]:
        """Return the verdicts recorded for one event or slot, oldest first."""
        rows = self._rows("SELECT * FROM verdicts WHERE event_key=? ORDER BY id", (key,))
        return [{**dict(r), "reasons": json.loads(r["reasons"])} for r in rows]

    # -- key-value state (adapter cursors, the pause switch) ---------------------------------

    def get_value(self, name: str) -> str | None:
        """Return a persisted value (an adapter cursor such as X's since_id, the pause switch)."""
        rows = self._rows("SELECT value FROM kv WHERE name=?", (name,))
        return rows[0]["value"] if rows else None

    def set_value(self, name: str, value: str) -> None:
        """Persist a value under `name`, replacing any earlier one."""
        self._exec(
            "INSERT INTO kv VALUES (?,?,?) ON CONFLICT(name) DO UPDATE SET "
            "value=excluded.value, updated_at=excluded.updated_at",
            (name, value, now_iso()),
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
            (slot_id, text, json.dumps(list(targets)), reason, now_iso(), now_iso()),
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
            (status, by, now_iso(), draft_id, *expect),
        )
        return cur.rowcount == 1

    # -- opt-outs ---------------------------------------------------------------------------

    def add_optout(self, platform: str, user_id: str) -> None:
        """Never answer this user again (until they opt back in)."""
        self._exec("INSERT OR IGNORE INTO optouts VALUES (?,?,?)", (platform, user_id, now_iso()))

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


def _draft(r: sqlite3.Row) -> Draft:
    return Draft(
        r["id"], r["slot_id"], r["text"], tuple(json.loads(r["targets"])), r["status"],
        r["reason"], r["created_at"],
    )  # fmt: skip
