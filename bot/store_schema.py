"""The store's schema as forward-only named migrations, applied in order on open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

# Forward-only: never edit an applied migration, append a new one.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY, platform TEXT NOT NULL, event_id TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '', author_id TEXT NOT NULL DEFAULT '',
            channel_id TEXT, text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 1, owner TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (platform, event_id));
        CREATE TABLE posts (
            id INTEGER PRIMARY KEY, platform TEXT NOT NULL, kind TEXT NOT NULL,
            text TEXT NOT NULL, event_key TEXT, channel_id TEXT, reply_to TEXT,
            remote_id TEXT, status TEXT NOT NULL, error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX posts_event ON posts (event_key);
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY, event_key TEXT NOT NULL, attempt INTEGER NOT NULL,
            candidate TEXT NOT NULL, action TEXT NOT NULL, filter TEXT NOT NULL,
            reasons TEXT NOT NULL, message TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX verdicts_event ON verdicts (event_key);
        CREATE TABLE cursors (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE schedule_state (
            id INTEGER PRIMARY KEY CHECK (id = 1), last_post_at TEXT, day TEXT,
            posts_today INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY, slot_id TEXT NOT NULL, text TEXT NOT NULL,
            targets TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE optouts (
            platform TEXT NOT NULL, user_id TEXT NOT NULL, created_at TEXT NOT NULL,
            PRIMARY KEY (platform, user_id));
        """,
    ),
    (
        "0002_runs",
        """
        CREATE TABLE runs (
            owner TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL,
            started_at TEXT NOT NULL);
        """,
    ),
    ("0003_runs_proc_start", "ALTER TABLE runs ADD COLUMN proc_start TEXT NOT NULL DEFAULT ''"),
    (
        # cursors and settings were the same key-value table twice: keep one, rows moved over
        "0004_kv",
        """
        CREATE TABLE kv (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
        INSERT INTO kv (name, value, updated_at) SELECT name, value, updated_at FROM cursors;
        INSERT OR REPLACE INTO kv (name, value, updated_at) SELECT name, value, '' FROM settings;
        DROP TABLE cursors;
        DROP TABLE settings;
        """,
    ),
]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet applied, each in its own transaction; return their names."""
    with conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {r[0] for r in conn.execute("SELECT name FROM schema_migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with conn:
            for statement in filter(str.strip, sql.split(";")):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied
