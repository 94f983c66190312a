"""Recovery after killed runs: confirmed sends stay sent, console claims expire, runs are pruned."""

from __future__ import annotations

from pathlib import Path

from bot.store import open_store
from bot.store_runs import EXPIRED_DETAIL
from bot.store_sync import Store


def _kill(store: Store) -> None:
    """Simulate SIGKILL: the connection goes away, the run row stays, its process is gone."""
    # A different start time is how a dead (or reused) pid looks to `alive`.
    store._exec("UPDATE runs SET proc_start='1' WHERE owner=?", (store.owner,))
    store._conn.close()


def _runs(store: Store) -> int:
    return int(store._rows("SELECT COUNT(*) AS n FROM runs")[0]["n"])


def test_a_send_confirmed_before_the_kill_stays_sent(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    old = open_store(path)
    old.claim_event("console", "r1-1", kind="mention", text="hello")
    post = old.record_post_intent("console", "hi back", event_key="console:r1-1")
    old.mark_post_sent(post, "console-1")
    _kill(old)  # after the send was confirmed, before the event was finished
    new = open_store(path)
    assert new.recover_interrupted() == 0  # nothing may have gone out unrecorded
    [row] = new.history(5)
    assert (row["status"], row["posts"][0]["status"]) == ("sent", "sent")
    assert "uncertain" not in row["detail"]
    new.close()


def test_an_unconfirmed_send_is_still_uncertain(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    old = open_store(path)
    old.claim_event("discord", "m1")
    first = old.record_post_intent("discord", "part one", event_key="discord:m1")
    old.mark_post_sent(first, "111")
    old.record_post_intent("discord", "part two", event_key="discord:m1")  # then killed
    _kill(old)
    new = open_store(path)
    assert new.recover_interrupted() == 1
    assert new.event_status("discord", "m1") == "uncertain"
    statuses = [p["status"] for p in new.posts(event_key="discord:m1")]
    assert sorted(statuses) == ["sent", "uncertain"]
    new.close()


def test_console_claims_of_a_stopped_run_expire_and_history_says_so(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    old = open_store(path)
    old.claim_event("console", "r1-1", kind="mention", text="never answered")
    old.claim_event("x", "m9", kind="mention", text="x delivers this again")
    _kill(old)
    new = open_store(path)
    new.recover_interrupted()
    rows = {r["event_id"]: r for r in new.history(5)}
    assert (rows["r1-1"]["status"], rows["r1-1"]["detail"]) == ("failed", EXPIRED_DETAIL)
    assert rows["m9"]["status"] == "claimed"  # X polls it again: it stays retryable
    assert new.claim_event("x", "m9") is True
    new.close()


def test_a_live_runs_console_claims_do_not_expire(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    daemon = open_store(path)
    daemon.claim_event("console", "r1-1")
    cli = open_store(path)
    cli.recover_interrupted()
    assert cli.event_status("console", "r1-1") == "claimed"
    assert _runs(cli) == 2
    cli.close()
    daemon.close()


def test_dead_runs_are_pruned_on_recovery(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    for _ in range(5):
        _kill(open_store(path))
    store = open_store(path)
    assert _runs(store) == 6
    store.recover_interrupted()
    assert _runs(store) == 1  # only this run is left
    store.close()
