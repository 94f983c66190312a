"""`tweetling history`, `review` and `check-config` against a store on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.events import Verdict
from bot.store import open_store


def write_config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        f'[model]\nbackend = "scripted"\nscripted_outputs = ["hello"]\n'
        f'[storage]\npath = "{tmp_path / "bot.sqlite3"}"\n{extra}',
        encoding="utf-8",
    )
    return cfg


def seed(db: Path) -> int:
    store = open_store(db)
    store.claim_event("console", "e1", kind="mention", text="hi bot")
    post = store.record_post_intent("console", "hi person", event_key="console:e1")
    store.mark_post_sent(post, "console-1")
    store.finish_event("console", "e1", "sent", "console-1")
    store.claim_event("console", "e2", kind="mention", text="say a bad thing")
    store.record_verdict("console:e2", 1, "bad", Verdict("block", "lexicon", ("lexicon:slur",)))
    store.finish_event("console", "e2", "blocked", "all candidates blocked: lexicon:slur")
    draft = store.add_draft("slot", "a draft post", ["console"], "review mode")
    store.close()
    return draft


def test_history_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_config(tmp_path)
    seed(tmp_path / "bot.sqlite3")
    assert main(["history", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "sent" in out[0] and '"hi bot" -> "hi person"' in out[0]
    assert "blocked" in out[1] and "lexicon:slur" in out[1]
    assert main(["history", "--json", "-n", "1", "--config", str(cfg)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["event_id"] == "e2" and row["block_reasons"] == ["lexicon:slur"]


def test_history_without_a_store_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--config", str(write_config(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no store at") and "hint:" in err and len(err.splitlines()) == 1


def test_review_list_approve_reject(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_config(tmp_path)
    draft = seed(tmp_path / "bot.sqlite3")
    assert main(["review", "--config", str(cfg)]) == 0
    assert f"#{draft}" in capsys.readouterr().out
    assert main(["review", "approve", str(draft), "--config", str(cfg)]) == 0
    assert "approved" in capsys.readouterr().out
    assert main(["review", "reject", str(draft), "--config", str(cfg)]) == 2
    assert "no pending draft" in capsys.readouterr().err
    store = open_store(tmp_path / "bot.sqlite3")
    assert store.list_drafts("approved")[0].id == draft
    store.close()


def test_check_config_reports_without_printing_secrets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWEETLING_DISCORD_TOKEN", "super-secret-token-value")
    extra = (
        '[schedule]\nenabled = true\ntargets = ["console"]\n'
        '[[schedule.rules]]\ncron = "0 9 * * *"\n'
    )
    cfg = write_config(tmp_path, extra)
    assert main(["check-config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "super-secret" not in out
    assert "TWEETLING_DISCORD_TOKEN: set" in out and "TWEETLING_X_API_KEY: not set" in out
    assert "ok    model" in out and "ok    store" in out and "would run: schedule" in out


def test_check_config_fails_on_missing_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(
        f'[model]\npath = "{tmp_path / "nope"}"\n[storage]\npath = "{tmp_path / "db"}"\n'
        "[safety.classifier]\nenabled = false\n"
    )
    assert main(["check-config", "--config", str(cfg)]) == 1
    assert "FAIL  model" in capsys.readouterr().out


def test_run_without_adapters_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--config", str(write_config(tmp_path))]) == 2
    assert "no adapter is enabled" in capsys.readouterr().err


def test_check_config_online_uses_the_x_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.adapters.x import credentials as x_credentials

    def fake_verify(cfg: object, secrets: object) -> x_credentials.CredentialCheck:
        return x_credentials.CredentialCheck(user_auth="ok", username="wren", user_id="1")

    monkeypatch.setattr(x_credentials, "verify_credentials", fake_verify)
    assert main(["check-config", str(write_config(tmp_path)), "--online"]) == 0
    assert "ok    X user keys" in capsys.readouterr().out
