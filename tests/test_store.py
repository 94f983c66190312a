"""The SQLite store: migrations, exactly-once claims, crash recovery, posts, drafts, cursors."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.events import Verdict
from bot.store import AsyncStore, open_store
from bot.store_runs import MAX_EVENT_ATTEMPTS
from bot.store_schema import MIGRATIONS
from bot.store_sync import Store


@pytest.fixture()
def store() -> Store:
    return open_store(":memory:")


def test_migrations_applied_once_and_wal_on_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "bot.sqlite3"
    first = open_store(path)
    assert first.migrations() == [name for name, _ in MIGRATIONS]
    first.close()
    again = open_store(path)
    assert again.migrations() == [name for name, _ in MIGRATIONS]
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    again.close()


def test_cursors_and_settings_move_into_one_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for name, sql in MIGRATIONS[:3]:  # a store written before 0004_kv
        conn.executescript(sql)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        conn.execute("INSERT INTO schema_migrations VALUES (?, '')", (name,))
    conn.execute("INSERT INTO cursors VALUES ('x:mentions:since_id', '1861', '2026-01-01')")
    conn.execute("INSERT INTO settings VALUES ('paused', '1')")
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        assert store.get_value("x:mentions:since_id") == "1861"
        assert store.get_value("paused") == "1"
        tables = {r[0] for r in store._rows("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "kv" in tables and not tables & {"cursors", "settings"}
    finally:
        store.close()


def test_unwritable_path_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="cannot open the store"):
        open_store(blocker / "db.sqlite3")


def test_claim_is_exactly_once(store: Store) -> None:
    assert store.claim_event("discord", "1", author_id="u") is True
    assert store.claim_event("discord", "1") is False  # same run, still in flight
    assert store.claim_event("x", "1") is True  # ids are per platform
    store.finish_event("discord", "1", "sent", "r1")
    assert store.claim_event("discord", "1") is False
    assert store.event_status("discord", "1") == "sent"


def _restart(path: Path, old: Store) -> Store:
    """Simulate a crash: drop the old connection without finishing, open a new run."""
    old.close()
    return open_store(path)


def test_crash_before_send_is_retried_after_restart(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    s = open_store(path)
    assert s.claim_event("x", "m1")
    s = _restart(path, s)
    assert s.recover_interrupted() == 0
    assert s.claim_event("x", "m1") is True  # nothing was sent: retry
    assert s.claim_event("x", "m1") is False  # but only once per run


def test_crash_after_intent_is_never_resent(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    s = open_store(path)
    s.claim_event("x", "m1")
    post_id = s.record_post_intent("x", "hello", event_key="x:m1")
    s = _restart(path, s)
    assert s.recover_interrupted() == 1
    assert s.claim_event("x", "m1") is False
    assert s.event_status("x", "m1") == "uncertain"
    assert s.posts(event_key="x:m1")[0]["status"] == "uncertain"
    assert s.posts()[0]["id"] == post_id


def test_repeated_crashes_give_up(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    s = open_store(path)
    s.claim_event("x", "m1")
    for _ in range(MAX_EVENT_ATTEMPTS - 1):
        s = _restart(path, s)
        assert s.claim_event("x", "m1") is True
    s = _restart(path, s)
    assert s.claim_event("x", "m1") is False
    assert s.event_status("x", "m1") == "failed"


def test_posts_and_recent_texts(store: Store) -> None:
    a = store.record_post_intent("x", "first post", kind="post")
    b = store.record_post_intent("discord", "a reply", kind="reply")
    c = store.record_post_intent("x", "never went out", kind="post")
    store.mark_post_sent(a, "111")
    store.mark_post_sent(b, "222")
    store.mark_post_failed(c, "403 forbidden")
    assert store.recent_post_texts(10) == ["a reply", "first post"]
    assert store.recent_post_texts(10, platform="x") == ["first post"]
    statuses = {p["id"]: (p["status"], p["remote_id"], p["error"]) for p in store.posts()}
    assert statuses[a] == ("sent", "111", "")
    assert statuses[c] == ("failed", None, "403 forbidden")


def test_verdicts_and_history(store: Store) -> None:
    store.claim_event("console", "e1", kind="mention", text="hi")
    store.record_verdict(
        "console:e1", 1, "bad text", Verdict("block", "lexicon", ("lexicon:slur",))
    )
    store.finish_event("console", "e1", "blocked", "all candidates blocked")
    [row] = store.history(5)
    assert row["status"] == "blocked"
    assert row["block_reasons"] == ["lexicon:slur"]
    assert store.verdicts("console:e1")[0]["reasons"] == ["lexicon:slur"]


def test_cursors_settings_optouts(store: Store) -> None:
    assert store.get_value("x:since") is None
    store.set_value("x:since", "10")
    store.set_value("x:since", "12")
    assert store.get_value("x:since") == "12"
    store.set_value("paused", "1")
    assert store.get_value("paused") == "1"
    store.add_optout("discord", "7")
    store.add_optout("discord", "7")
    assert store.is_opted_out("discord", "7")
    store.remove_optout("discord", "7")
    assert not store.is_opted_out("discord", "7")


def test_schedule_state_counts_per_day(store: Store) -> None:
    t = datetime(2026, 3, 1, 9, tzinfo=UTC)
    store.record_scheduled_post(t, "2026-03-01")
    store.record_scheduled_post(t, "2026-03-01")
    assert store.schedule_state().posts_today == 2
    store.record_scheduled_post(t, "2026-03-02")
    state = store.schedule_state()
    assert (state.day, state.posts_today, state.last_post_at) == ("2026-03-02", 1, t)


def test_drafts_move_once(store: Store) -> None:
    d = store.add_draft("slot-1", "draft text", ["x", "console"], "review mode")
    assert [x.id for x in store.list_drafts()] == [d]
    assert store.set_draft_status(d, "rejected") is True
    assert store.set_draft_status(d, "approved") is False  # no longer pending
    draft = store.get_draft(d)
    assert draft is not None and draft.status == "rejected" and draft.targets == ("x", "console")


async def test_async_store_runs_off_the_loop() -> None:
    import threading

    store = AsyncStore(open_store(":memory:"))
    seen: list[str] = []
    original = store.sync.claim_event

    def spy(*args: object, **kwargs: object) -> bool:
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    store.sync.claim_event = spy  # type: ignore[method-assign]
    assert await store.claim_event("console", "1") is True
    assert await store.claim_event("console", "1") is False
    assert all(name.startswith("store") for name in seen)
    await store.aclose()


def test_stale_schedule_claims_are_closed_on_recovery(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    s = open_store(path)
    s.claim_event("schedule", "rule@09:00")
    s = _restart(path, s)
    s.recover_interrupted()
    assert s.event_status("schedule", "rule@09:00") == "failed"
    s.close()


def test_a_live_run_keeps_its_claims(tmp_path: Path) -> None:
    """The daemon and a one-shot CLI command may share a store: neither steals the other's work."""
    path = tmp_path / "s.db"
    daemon = open_store(path)
    daemon.claim_event("x", "m1")
    daemon.record_post_intent("x", "sending now", event_key="x:m1")
    daemon.claim_event("x", "m2")
    cli = open_store(path)
    assert cli.recover_interrupted() == 0
    assert cli.claim_event("x", "m1") is False and cli.claim_event("x", "m2") is False
    assert daemon.event_status("x", "m1") == "claimed"
    assert daemon.posts()[0]["status"] == "intent"
    cli.close()
    daemon.close()


def test_a_reused_pid_is_not_a_live_run(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    old = open_store(path)
    old.claim_event("x", "m1")
    # the old run died and a new process got its pid (a restarted container)
    old._exec("UPDATE runs SET proc_start='1' WHERE owner=?", (old.owner,))
    new = open_store(path)
    assert new.claim_event("x", "m1") is True
    new.close()
