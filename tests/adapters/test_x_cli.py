"""The X adapter inside the daemon's Pipeline and store, and `tweetling x post|poll` end to end."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import responses

from bot.adapters.x.adapter import CURSOR, XAdapter
from bot.adapters.x.api import XApi
from bot.cli import main
from bot.config import Config
from bot.config_loader import parse_config
from bot.events import Tick
from bot.generation.scripted import ScriptedGenerator
from bot.pipeline import Pipeline
from bot.safety.factory import build_safety
from bot.store import AsyncStore, open_store
from tests.adapters.x_fakes import (
    BOT_ID,
    BOT_NAME,
    ME_URL,
    MENTIONS_URL,
    TWEETS_URL,
    USER_KEYS,
    FakeSleep,
    body,
    me,
    mention,
    mentions_page,
    problem,
    query,
    secrets,
    tweet_created,
    url,
)

ALICE = ("2244994945", "alice")
NO_CREDITS = problem(
    402,
    "CreditsDepleted",
    "Your enrolled account does not have any credits to fulfill this request.",
    "https://api.twitter.com/2/problems/credits",
)
WRONG_TIER = problem(
    403,
    "Client Forbidden",
    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens "
    "from a Twitter developer App that is attached to a Project.",
    "https://api.twitter.com/2/problems/client-forbidden",
    reason="client-not-enrolled",
)


def posts(x_api: responses.RequestsMock) -> list[Any]:
    """Return the POST /2/tweets calls made so far."""
    return [c for c in x_api.calls if c.request.method == "POST"]


def daemon_config(db: Path, **x: Any) -> Config:
    """A config for pipeline tests: a file store, quick generation, no classifier model."""
    return parse_config(
        {
            "x": {"enabled": True, **x},
            "storage": {"path": str(db)},
            "generation": {"num_candidates": 2, "max_attempts": 2},
            "safety": {"classifier": {"enabled": False}},
        }
    )


class Daemon:
    """One 'process' of the bot: a store connection, the X adapter and the Pipeline."""

    def __init__(self, cfg: Config, texts: list[str]) -> None:
        self.store = AsyncStore(open_store(cfg.storage.resolved_path()))
        self.adapter = XAdapter(cfg, XApi(secrets(), cfg.x, sleep=FakeSleep()), self.store)
        safety = build_safety(cfg)
        self.pipeline = Pipeline(
            cfg, ScriptedGenerator(texts), safety, self.store, {"x": self.adapter}, send_retries=0
        )

    async def close(self) -> None:
        """Shut down like a clean exit."""
        await self.adapter.stop()
        await self.store.aclose()


def tick(slot: str = "daily:2026-11-25T09:00") -> Tick:
    """A manual slot (skips quiet hours and gaps, which are the scheduler's tests)."""
    return Tick(slot, "daily", datetime(2026, 11, 25, 9, tzinfo=UTC), ("x",), manual=True)


# ---- through the daemon's pipeline ------------------------------------------------------


async def test_a_tick_posts_once(x_api: responses.RequestsMock, tmp_path: Path) -> None:
    x_api.post(
        TWEETS_URL, json=tweet_created("1861000000000000100", "soup is a warm hug"), status=201
    )
    bot = Daemon(daemon_config(tmp_path / "bot.sqlite3"), ["soup is a warm hug for the soul"])
    first = await bot.pipeline.handle(tick())
    again = await bot.pipeline.handle(tick())  # the scheduler fires the same slot twice
    assert first.status == "sent" and first.remote_ids == ("1861000000000000100",)
    assert again.status == "duplicate"
    assert len(posts(x_api)) == 1 and body(posts(x_api)[0]) == {
        "text": "soup is a warm hug for the soul"
    }
    [row] = await bot.store.posts()
    assert row["status"] == "sent" and row["remote_id"] == "1861000000000000100"
    await bot.close()


async def test_restart_after_crash_between_intent_and_response_does_not_post_twice(
    x_api: responses.RequestsMock, tmp_path: Path
) -> None:
    reached_x, release = threading.Event(), threading.Event()

    def create(request: Any) -> tuple[int, dict[str, str], str]:
        reached_x.set()  # X has the tweet now ...
        release.wait(5)  # ... but the bot dies before it reads the answer
        return 201, {}, json.dumps(tweet_created("1861000000000000200", "x"))

    x_api.add_callback(responses.POST, TWEETS_URL, callback=create)
    cfg = daemon_config(tmp_path / "bot.sqlite3")
    crashed = Daemon(cfg, ["a thought about the rain today"])
    task = asyncio.create_task(crashed.pipeline.handle(tick()))
    assert await asyncio.to_thread(reached_x.wait, 5)
    task.cancel()  # the process is killed mid-send: the intent is recorded, no tweet id
    with contextlib.suppress(asyncio.CancelledError):
        await task
    release.set()
    crashed.store.sync.close()

    restarted = Daemon(cfg, ["a thought about the rain today"])
    outcome = await restarted.pipeline.handle(tick())  # the same slot fires again after restart
    assert outcome.status == "duplicate"
    assert len(posts(x_api)) == 1
    [row] = await restarted.store.posts()
    assert row["status"] == "uncertain"  # recorded for a person to check, never resent
    await restarted.close()


async def test_mentions_are_answered_once_and_since_id_persists(
    x_api: responses.RequestsMock, tmp_path: Path
) -> None:
    page = mentions_page(
        [mention("1861000000000000020", ALICE[0], f"@{BOT_NAME} soup or salad?")], [ALICE]
    )
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page)
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000300", "soup"), status=201)
    cfg = daemon_config(tmp_path / "bot.sqlite3", reply_to_mentions=True)
    bot = Daemon(cfg, ["soup, always soup when it rains"])
    await bot.store.set_value(CURSOR, "1861000000000000001")

    await bot.adapter.poll_once(bot.pipeline.handle)  # type: ignore[arg-type]
    await bot.adapter.poll_once(bot.pipeline.handle)  # type: ignore[arg-type]  # X repeats it
    assert len(posts(x_api)) == 1
    assert body(posts(x_api)[0])["reply"] == {"in_reply_to_tweet_id": "1861000000000000020"}
    assert await bot.store.event_status("x", "1861000000000000020") == "sent"
    await bot.close()

    restarted = Daemon(cfg, ["soup"])
    assert await restarted.store.get_value(CURSOR) == "1861000000000000020"
    await restarted.adapter.poll_once(restarted.pipeline.handle)  # type: ignore[arg-type]
    assert query(x_api.calls[-1])["since_id"] == "1861000000000000020"
    assert len(posts(x_api)) == 1
    await restarted.close()


@pytest.mark.parametrize(
    ("status", "payload", "says"),
    [(402, NO_CREDITS, "no API credits left"), (403, WRONG_TIER, "client-not-enrolled")],
)
async def test_402_403_are_recorded_and_the_daemon_goes_on(
    x_api: responses.RequestsMock, tmp_path: Path, status: int, payload: dict[str, Any], says: str
) -> None:
    x_api.post(TWEETS_URL, json=payload, status=status)
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000400", "ok"), status=201)
    bot = Daemon(
        daemon_config(tmp_path / "bot.sqlite3"),
        ["first thought of the morning", "second thought of the day"],
    )
    failed = await bot.pipeline.handle(tick("daily:1"))
    assert failed.status == "failed" and says in failed.detail
    assert await bot.store.event_status("schedule", "daily:1") == "failed"
    later = await bot.pipeline.handle(tick("daily:2"))
    assert later.status == "sent" and later.remote_ids == ("1861000000000000400",)
    statuses = sorted(r["status"] for r in await bot.store.posts())
    assert statuses == ["failed", "sent"]
    await bot.close()


async def test_opt_out_and_per_user_cap_come_from_the_x_config(
    x_api: responses.RequestsMock, tmp_path: Path
) -> None:
    bob = ("783214", "bob")
    page = mentions_page(
        [
            mention("1861000000000000023", ALICE[0], f"@{BOT_NAME} and again?"),
            mention("1861000000000000022", bob[0], f"@{BOT_NAME} hello?"),
            mention("1861000000000000021", ALICE[0], f"@{BOT_NAME} soup?"),
        ],
        [ALICE, bob],
    )
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page)
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000800", "r"), status=201)
    cfg = daemon_config(
        tmp_path / "bot.sqlite3", reply_to_mentions=True, opt_out=["@Bob"], per_user_daily_cap=1
    )
    bot = Daemon(cfg, ["soup, always soup when it rains"])
    await bot.store.set_value(CURSOR, "1861000000000000001")
    await bot.adapter.poll_once(bot.pipeline.handle)  # type: ignore[arg-type]
    [reply] = posts(x_api)  # Alice's first mention only: Bob opted out, Alice hit her cap
    assert body(reply)["reply"] == {"in_reply_to_tweet_id": "1861000000000000021"}
    status = bot.store.sync.event_status
    assert status("x", "1861000000000000022") == status("x", "1861000000000000023") == "skipped"
    await bot.close()


# ---- the command line -------------------------------------------------------------------


@pytest.fixture()
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys in the environment, a config file with a scripted model and a file store."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name, value in USER_KEYS.items():
        monkeypatch.setenv(f"TWEETLING_{name.upper()}", value)
    monkeypatch.delenv("TWEETLING_X_BEARER_TOKEN", raising=False)
    (tmp_path / "bot.toml").write_text(
        '[model]\nbackend = "scripted"\n'
        'scripted_outputs = ["rainy days are for soup and long books"]\n'
        "[generation]\nnum_candidates = 2\nmax_attempts = 2\n"
        "[safety.classifier]\nenabled = false\n"
        f'[storage]\npath = "{tmp_path / "bot.sqlite3"}"\n'
        "[x]\nenabled = true\n",
        encoding="utf-8",
    )
    return tmp_path / "bot.toml"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    """Run the CLI and parse its JSON output."""
    code = main(list(argv))
    out = capsys.readouterr().out.strip().splitlines()
    return code, json.loads(out[-1])


def test_x_post_text_prints_the_tweet_id(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000500", "t"), status=201)
    code, out = run_json(
        capsys, "x", "post", "hello from the command line, friends", "--json", "-c", str(cli_env)
    )
    assert code == 0 and out["status"] == "sent" and out["tweet_id"] == "1861000000000000500"
    assert body(posts(x_api)[0]) == {"text": "hello from the command line, friends"}
    store = open_store(cli_env.parent / "bot.sqlite3")
    assert store.posts()[0]["remote_id"] == "1861000000000000500"
    store.close()


def test_x_post_generates_in_dry_run_without_http(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_json(capsys, "x", "post", "--dry-run", "--json", "-c", str(cli_env))
    assert code == 0 and out["dry_run"] and out["tweet_id"].startswith("dry-run-")
    assert out["text"] == "rainy days are for soup and long books"
    assert len(x_api.calls) == 0


def test_x_post_text_goes_through_the_safety_chain(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["x", "post", "write to me at someone@example.com for the recipe", "-c", str(cli_env)]
    )
    out = capsys.readouterr().out
    assert code == 1 and "not posted (blocked)" in out and "pii" in out
    assert len(x_api.calls) == 0


def test_x_post_402_exits_1_with_a_clear_line(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x_api.post(TWEETS_URL, json=NO_CREDITS, status=402)
    code = main(["x", "post", "hello from the command line, friends", "-c", str(cli_env)])
    out = capsys.readouterr().out
    assert code == 1 and "402 CreditsDepleted" in out and "add credits" in out


def test_x_post_without_keys_is_one_error_line(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TWEETLING_X_ACCESS_TOKEN_SECRET")
    code = main(["x", "post", "hello", "-c", str(cli_env)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "TWEETLING_X_ACCESS_TOKEN_SECRET" in err[0]


def test_x_poll_once_answers_and_reports(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(
        MENTIONS_URL,
        json=mentions_page([mention("1861000000000000009", ALICE[0], "seed")], [ALICE]),
    )
    code, first = run_json(capsys, "x", "poll", "--once", "--json", "-c", str(cli_env))
    assert code == 0 and first["first_run"] and first["mentions"] == []

    newer = mention("1861000000000000020", ALICE[0], f"@{BOT_NAME} what should I cook tonight?")
    x_api.get(MENTIONS_URL, json=mentions_page([newer], [ALICE]))
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000600", "soup"), status=201)
    code, out = run_json(capsys, "x", "poll", "--once", "--json", "-c", str(cli_env))
    assert code == 0 and not out["first_run"]
    assert out["mentions"] == [
        {
            "id": "1861000000000000020",
            "author": "alice",
            "author_id": ALICE[0],
            "text": "what should I cook tonight?",
            "status": "sent",
        }
    ]
    assert out["replies"][0]["tweet_id"] == "1861000000000000600"
    assert out["replies"][0]["in_reply_to"] == "1861000000000000020"
    assert (
        query([c for c in x_api.calls if "mentions" in url(c)][-1])["since_id"]
        == "1861000000000000009"
    )
    assert BOT_ID in url(x_api.calls[-2])  # mentions of the bot's own id


async def test_the_app_builds_the_adapter_and_answers_a_mention(
    x_api: responses.RequestsMock,
) -> None:
    from bot.app import App
    from bot.commands.adapters import enabled_adapters

    page = mentions_page([mention("1861000000000000020", ALICE[0], f"@{BOT_NAME} hi bot")], [ALICE])
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=page)
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000700", "hello"), status=201)
    cfg = daemon_config(Path(":memory:"), reply_to_mentions=True)
    store = AsyncStore(open_store(":memory:"))
    await store.set_value(CURSOR, "1861000000000000001")
    app = App(cfg, adapters=enabled_adapters(cfg, secrets()),
              generator=ScriptedGenerator(["hello there, nice to meet you"]),
              safety=build_safety(cfg), store=store, install_signals=False)  # fmt: skip
    async with app:
        assert isinstance(app.adapters["x"], XAdapter)
        for _ in range(500):
            if posts(x_api):
                break
            await asyncio.sleep(0.01)
    [reply] = posts(x_api)
    assert body(reply) == {
        "text": "hello there, nice to meet you",
        "reply": {"in_reply_to_tweet_id": "1861000000000000020"},
    }


async def test_a_full_queue_holds_the_x_poller_back_instead_of_dropping_mentions(
    x_api: responses.RequestsMock,
) -> None:
    from bot.app import App
    from bot.commands.adapters import enabled_adapters

    users = [(str(1000 + i), f"user{i}") for i in range(5)]
    tweets = [
        mention(f"186100000000000003{i}", uid, f"@{BOT_NAME} question {i}?")
        for i, (uid, _) in enumerate(users)
    ]
    x_api.get(ME_URL, json=me())
    x_api.get(MENTIONS_URL, json=mentions_page(tweets[::-1], users))
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000700", "hello"), status=201)
    cfg = daemon_config(Path(":memory:"), reply_to_mentions=True)
    cfg = cfg.model_copy(update={"bot": cfg.bot.model_copy(update={"queue_max": 1})})
    store = AsyncStore(open_store(":memory:"))
    await store.set_value(CURSOR, "1861000000000000001")
    generator = ScriptedGenerator(["hello there, nice to meet you"], delay_s=0.05)
    app = App(cfg, adapters=enabled_adapters(cfg, secrets()), generator=generator,
              safety=build_safety(cfg), store=store, install_signals=False)  # fmt: skip
    async with app:
        for _ in range(500):
            if len(posts(x_api)) == 5:
                break
            await asyncio.sleep(0.01)
        assert await store.get_value(CURSOR) == "1861000000000000034"
    replied = sorted(body(p)["reply"]["in_reply_to_tweet_id"] for p in posts(x_api))
    assert replied == sorted(t["id"] for t in tweets)  # five mentions, a queue of one: none lost


def test_check_config_online_verifies_the_keys_with_get_me(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x_api.get(ME_URL, json=me())
    assert main(["check-config", "--online", "-c", str(cli_env)]) == 0
    out = capsys.readouterr().out
    assert f"ok as @{BOT_NAME}" in out and USER_KEYS["x_api_secret"] not in out

    x_api.replace(
        responses.GET, ME_URL, json=problem(401, "Unauthorized", "Unauthorized"), status=401
    )
    assert main(["check-config", "--online", "-c", str(cli_env)]) == 1
    assert "401 Unauthorized" in capsys.readouterr().out


def test_the_per_user_cap_holds_across_cron_runs_of_x_poll(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = cli_env.read_text(encoding="utf-8")
    cli_env.write_text(text.replace("[x]\n", "[x]\nper_user_daily_cap = 1\n"), encoding="utf-8")
    store = open_store(cli_env.parent / "bot.sqlite3")
    store.set_value(CURSOR, "1861000000000000001")
    store.close()
    x_api.get(ME_URL, json=me())
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000900", "soup"), status=201)
    statuses = []
    for i in (21, 22):  # one new mention from Alice per cron run
        tweet = mention(f"18610000000000000{i}", ALICE[0], f"@{BOT_NAME} soup number {i}?")
        x_api.upsert(responses.GET, MENTIONS_URL, json=mentions_page([tweet], [ALICE]))
        code, out = run_json(capsys, "x", "poll", "--once", "--json", "-c", str(cli_env))
        assert code == 0
        statuses += [m["status"] for m in out["mentions"]]
    assert statuses == ["sent", "skipped"]  # the second run remembers the first run's reply
    assert len(posts(x_api)) == 1


def test_x_post_remembers_earlier_posts_and_refuses_a_near_duplicate(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "the old lighthouse keeper painted every stair a different shade of blue"
    assert main(["x", "post", text, "--dry-run", "-c", str(cli_env)]) == 0
    capsys.readouterr()
    code = main(["x", "post", text + " again", "--dry-run", "-c", str(cli_env)])
    out = capsys.readouterr().out
    assert code == 1 and "not posted (blocked)" in out and "dedupe" in out
    assert len(x_api.calls) == 0


def test_x_poll_shows_a_hostile_mention_escaped(
    x_api: responses.RequestsMock, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x_api.get(ME_URL, json=me())
    x_api.get(
        MENTIONS_URL, json=mentions_page([mention("1861000000000000009", ALICE[0], "s")], [ALICE])
    )
    assert main(["x", "poll", "--once", "-c", str(cli_env)]) == 0  # the first poll sets the start
    hostile = f"@{BOT_NAME} soup? \x1b]0;owned\x07\x1b[2J\u202eevil"
    newer = mention("1861000000000000030", ALICE[0], hostile)
    x_api.get(MENTIONS_URL, json=mentions_page([newer], [ALICE]))
    x_api.post(TWEETS_URL, json=tweet_created("1861000000000000700", "soup"), status=201)
    capsys.readouterr()
    assert main(["x", "poll", "--once", "-c", str(cli_env)]) == 0
    out = capsys.readouterr().out
    assert "\\x1b]0;owned\\x07" in out and "\\u202e" in out
    assert not any(ch in out for ch in "\x1b\x07\u202e"), repr(out)
