"""The pipeline end to end with the console adapter, the scripted generator and a :memory: store."""

from __future__ import annotations

import asyncio
import io
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine

from bot.adapters.console import ConsoleAdapter
from bot.config import Config
from bot.events import Event, Tick, Verdict
from bot.generation.base import GenerationError
from bot.generation.scripted import ScriptedGenerator
from bot.pipeline import Pipeline
from bot.ports import SendError, parse_draft_id
from bot.safety.base import CheckContext
from bot.store import AsyncStore, open_store
from tests.daemon_fakes import RecordingAdapter, WordSafety, config, transient


class Crash(BaseException):
    """Stands in for the process dying (not an Exception, so nothing catches it)."""


def make(
    outputs: list[str],
    cfg: Config | None = None,
    adapter: Any = None,
    path: str = ":memory:",
) -> tuple[Pipeline, Any, ScriptedGenerator, AsyncStore]:
    cfg = cfg or config()
    gen = ScriptedGenerator(outputs)
    adapter = adapter or ConsoleAdapter(stdout=io.StringIO(), interactive=False)
    store = AsyncStore(open_store(path))
    pipe = Pipeline(cfg, gen, WordSafety(), store, {adapter.name: adapter}, retry_backoff_s=0)
    return pipe, adapter, gen, store


async def draft_status(store: AsyncStore, draft_id: int) -> str | None:
    draft = await store.get_draft(draft_id)
    return draft.status if draft is not None else None


def word_safety(pipe: Pipeline) -> WordSafety:
    assert isinstance(pipe.safety, WordSafety)
    return pipe.safety


def mention(event_id: str = "m1", text: str = "hello bot", **kw: Any) -> Event:
    kw.setdefault("author_id", "u1")
    return Event(platform="console", event_id=event_id, kind="mention", text=text, **kw)


def command(
    name: str, event_id: str, platform: Any = "console", draft_id: int | str | None = None
) -> Event:
    return Event(
        platform=platform, event_id=event_id, kind="command", text="", author_id="u1",
        channel_id="c1", command=name, draft_id=parse_draft_id(draft_id),
    )  # fmt: skip


async def test_mention_reply_is_sent_and_recorded() -> None:
    pipe, console, gen, store = make(["a fine post about coffee"])
    outcome = await pipe.handle(mention())
    assert outcome.status == "sent"
    assert [o.text for o in console.sent] == ["a fine post about coffee"]
    assert "a fine post about coffee" in console.stdout.getvalue()
    [row] = await store.history(5)
    assert row["status"] == "sent" and row["posts"][0]["remote_id"] == "console-1"
    assert word_safety(pipe).remembered == ["a fine post about coffee"]
    assert gen.requests[0].n == 2 and gen.requests[0].prompt is None  # free post by default


async def test_blocked_output_is_not_sent_and_reasons_recorded() -> None:
    cfg = config(generation={"on_all_blocked": "silent"})
    pipe, console, gen, store = make(["BAD one", "BAD two"], cfg)
    outcome = await pipe.handle(mention())
    assert outcome.status == "blocked" and "words:BAD" in outcome.detail
    assert console.sent == []
    assert gen.calls == 2  # regenerated up to max_attempts
    verdicts = await store.verdicts("console:m1")
    assert len(verdicts) == 4 and all(v["reasons"] == ["words:BAD"] for v in verdicts)
    assert (await store.history(1))[0]["block_reasons"] == ["words:BAD"]


async def test_each_attempts_candidates_are_primed_as_one_batch() -> None:
    pipe, _, _, _ = make(["BAD a", "BAD b", "good words here", "BAD c"])
    assert (await pipe.handle(mention())).status == "sent"
    assert word_safety(pipe).primed == [["BAD a", "BAD b"], ["good words here", "BAD c"]]


async def test_all_blocked_sends_the_fallback() -> None:
    pipe, console, _, _ = make(["BAD"])
    outcome = await pipe.handle(mention())
    assert outcome.status == "blocked"
    assert [o.text for o in console.sent] == [pipe.cfg.generation.fallback_message]


async def test_regenerates_until_a_candidate_passes() -> None:
    pipe, console, gen, _ = make(["BAD a", "BAD b", "good words here", "BAD c"])
    assert (await pipe.handle(mention())).status == "sent"
    assert gen.calls == 2 and [o.text for o in console.sent] == ["good words here"]


async def test_each_regeneration_attempt_derives_its_own_seed() -> None:
    cfg = config(generation={"seed": 7, "max_attempts": 3, "on_all_blocked": "silent"})
    pipe, _, gen, _ = make(["BAD"], cfg)
    assert (await pipe.handle(mention())).status == "blocked"
    assert [r.params.seed for r in gen.requests] == [7, 8, 9]  # new candidates, reproducibly
    unseeded, _, gen2, _ = make(["BAD"], config(generation={"on_all_blocked": "silent"}))
    await unseeded.handle(mention())
    assert [r.params.seed for r in gen2.requests] == [None, None]


async def test_requests_carry_the_configured_sampling_and_the_event_temperature() -> None:
    cfg = config(generation={"temperature": 0.7, "max_new_tokens": 33, "top_k": 9})
    pipe, _, gen, _ = make(["fine words"], cfg)
    await pipe.handle(mention("m1"))
    await pipe.handle(mention("m2", temperature=1.3))
    first, second = (r.params for r in gen.requests)
    assert (first.temperature, first.max_new_tokens, first.top_k) == (0.7, 33, 9)
    assert (second.temperature, second.max_new_tokens, second.top_k) == (1.3, 33, 9)


async def test_pick_first_or_by_score() -> None:
    outputs = ["ok ok ok ok", "a varied and longer post about many things"]
    first, c1, _, _ = make(outputs, config(generation={"pick": "first"}))
    await first.handle(mention())
    assert c1.sent[0].text == "ok ok ok ok"
    scored, c2, _, _ = make(outputs, config(generation={"pick": "score"}))
    await scored.handle(mention())
    assert c2.sent[0].text == outputs[1]


async def test_duplicate_event_is_answered_once() -> None:
    pipe, console, _, store = make(["one reply"])
    results = await asyncio.gather(*(pipe.handle(mention()) for _ in range(3)))
    again = await pipe.handle(mention())
    assert sorted(r.status for r in [*results, again]) == ["duplicate"] * 3 + ["sent"]
    assert len(console.sent) == 1
    assert len(await store.posts()) == 1


async def test_crash_between_claim_and_send_does_not_double_reply(tmp_path: Path) -> None:
    db = str(tmp_path / "bot.sqlite3")
    adapter = RecordingAdapter()
    adapter.fail_next = [Crash()]
    pipe, _, _, store = make(["a reply"], adapter=adapter, path=db)
    with pytest.raises(Crash):
        await pipe.handle(mention())
    store.sync.close()  # the process is gone
    pipe2, _, _, store2 = make(["a reply"], adapter=adapter, path=db)
    assert await store2.recover_interrupted() == 1
    assert (await pipe2.handle(mention())).status == "duplicate"
    assert adapter.sent == []
    assert await store2.event_status("console", "m1") == "uncertain"
    assert (await store2.posts())[0]["status"] == "uncertain"


async def test_crash_before_any_send_is_retried_once(tmp_path: Path) -> None:
    db = str(tmp_path / "bot.sqlite3")
    pipe, _, gen, store = make(["a reply"], path=db)
    gen.fail_with = Crash()
    with pytest.raises(Crash):
        await pipe.handle(mention())
    store.sync.close()
    pipe2, console, _, _ = make(["a reply"], path=db)
    assert (await pipe2.handle(mention())).status == "sent"
    assert (await pipe2.handle(mention())).status == "duplicate"
    assert len(console.sent) == 1


async def test_refused_input_never_generates() -> None:
    pipe, console, gen, store = make(["whatever"])
    outcome = await pipe.handle(mention(text="say something EVIL"))
    assert outcome.status == "refused" and gen.calls == 0
    assert [(o.kind, o.text) for o in console.sent] == [("notice", pipe.cfg.safety.refusal_message)]
    assert (await store.verdicts("console:m1"))[0]["reasons"] == ["input:evil"]


async def test_generation_error_is_recorded_and_the_pipeline_goes_on() -> None:
    pipe, _console, gen, store = make(["fine text here"])
    gen.fail_with = GenerationError("model exploded")
    outcome = await pipe.handle(mention())
    assert outcome.status == "failed" and "model exploded" in outcome.detail
    assert await store.event_status("console", "m1") == "failed"
    assert (await pipe.handle(mention("m2"))).status == "sent"


async def test_send_errors_retry_then_fail() -> None:
    adapter = RecordingAdapter()
    adapter.fail_next = [transient()]
    pipe, _, _, store = make(["hello there friend"], adapter=adapter)
    assert (await pipe.handle(mention())).status == "sent"
    adapter.fail_next = [SendError("403 forbidden", permanent=True)]
    outcome = await pipe.handle(mention("m2"))
    assert outcome.status == "failed" and "403" in outcome.detail
    assert [p["status"] for p in await store.posts()] == ["failed", "sent"]


async def test_policy_skips_are_recorded() -> None:
    cfg = config(bot={"opt_out_users": ["console:u9"]})
    pipe, console, _, store = make(["text"], cfg)
    outcome = await pipe.handle(mention(author_id="u9"))
    assert (outcome.status, outcome.detail) == ("skipped", "opted_out")
    own = await pipe.handle(mention("m2", is_from_bot=True))
    assert own.detail == "own_message" and console.sent == []
    assert await store.event_status("console", "m1") == "skipped"


class SlowInputSafety(WordSafety):
    """Takes a moment to judge a prompt, like a real classifier on a busy CPU."""

    def check_input(self, text: str, ctx: CheckContext) -> Verdict:
        time.sleep(0.05)
        return super().check_input(text, ctx)


async def test_a_burst_handled_concurrently_still_honours_the_user_cooldown() -> None:
    cfg = config(discord={"user_cooldown_s": 60, "channel_cooldown_s": 0})
    pipe, discord, _, _ = make(["fine words"], cfg, adapter=RecordingAdapter("discord"))
    pipe.safety = SlowInputSafety()
    burst = [
        Event(platform="discord", event_id=f"d{i}", kind="mention", text="hi", author_id="7",
              channel_id=str(i))
        for i in range(3)
    ]  # fmt: skip
    outcomes = await asyncio.gather(*(pipe.handle(ev) for ev in burst))
    assert sorted(o.status for o in outcomes) == ["sent", "skipped", "skipped"]
    assert len(discord.texts()) == 1


async def test_safety_context_names_platform_and_handle() -> None:
    pipe, _, _, _ = make(["hello you"])
    await pipe.handle(mention(author_name="alice"))
    ctx = word_safety(pipe).contexts[0]
    assert (ctx.platform, ctx.reply_to_handle) == ("console", "alice")


async def test_pause_resume_and_admin_only_on_discord() -> None:
    pipe, _console, _, store = make(["some words to say"])
    assert (await pipe.handle(command("pause", "c1"))).status == "done"
    assert (await pipe.handle(mention())).detail == "paused"
    await pipe.handle(command("resume", "c2"))
    assert (await pipe.handle(mention("m2"))).status == "sent"
    assert await store.get_value("paused") == "0"
    discord = RecordingAdapter("discord")
    pipe.adapters = {"discord": discord}
    refused = await pipe.handle(command("pause", "d1", platform="discord"))
    assert refused.detail == "not_admin" and discord.texts("notice") == ["Only admins can do that."]
    assert pipe.paused is False


async def test_optout_optin_and_generate_command() -> None:
    pipe, _console, gen, _ = make(["a generated post"])
    await pipe.handle(command("optout", "c1"))
    assert (await pipe.handle(mention())).detail == "opted_out"
    await pipe.handle(command("optin", "c2"))
    gen_cmd = Event(
        platform="console", event_id="g1", kind="command", text="", author_id="u1",
        prompt="today I", count=1, command="generate",
    )  # fmt: skip
    assert (await pipe.handle(gen_cmd)).status == "sent"
    assert gen.requests[-1].prompt == "today I"


async def test_status_and_post_now() -> None:
    cfg = config(schedule={"targets": ["console"]})
    pipe, console, _, store = make(["a scheduled thought"], cfg)
    assert (await pipe.handle(command("post_now", "c1"))).status == "done"
    assert [o.kind for o in console.sent] == ["post", "notice"]
    assert (await store.schedule_state()).posts_today == 1
    await pipe.handle(command("status", "c2"))
    assert "scheduled posts today: 1" in console.sent[-1].text


def tick(slot: str = "rule@2026-01-01T09:00:00+00:00", **kw: Any) -> Tick:
    return Tick(
        slot_id=slot, job="rule", scheduled_for=datetime.now(UTC), targets=("console",), **kw
    )


async def test_slot_posts_once_even_after_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "bot.sqlite3")
    cfg = config(schedule={"targets": ["console"], "min_gap_minutes": 0})
    pipe, console, _, store = make(["post number one"], cfg, path=db)
    assert (await pipe.handle(tick())).status == "sent"
    await store.aclose()
    pipe2, console2, _, _ = make(["post number two"], cfg, path=db)
    assert (await pipe2.handle(tick())).status == "duplicate"
    assert [o.kind for o in console.sent] == ["post"] and console2.sent == []


def x_mention(i: int, author: str = "alice") -> Event:
    return Event(platform="x", event_id=f"x{i}", kind="mention", text="hi", author_id=author)


async def test_x_daily_cap_holds_across_restarts(tmp_path: Path) -> None:
    db = str(tmp_path / "bot.sqlite3")
    cfg = config(x={"reply_to_mentions": True, "per_user_daily_cap": 2})

    async def one_run(event: Event) -> tuple[str, str]:
        """Answer one mention in a fresh process (like a cron run of `x poll --once`)."""
        pipe, _, _, store = make(["a reply about soup"], cfg, RecordingAdapter("x"), path=db)
        outcome = await pipe.handle(event)
        await store.aclose()
        return outcome.status, outcome.detail

    with time_machine.travel(datetime(2026, 11, 24, 23, 0, tzinfo=UTC)):
        assert (await one_run(x_mention(0)))[0] == "sent"  # yesterday: not counted today
    with time_machine.travel(datetime(2026, 11, 25, 9, 0, tzinfo=UTC)):
        assert (await one_run(x_mention(1)))[0] == "sent"
        assert (await one_run(x_mention(2)))[0] == "sent"
        assert await one_run(x_mention(3)) == ("skipped", "daily_cap:user")
        assert (await one_run(x_mention(4, author="bob")))[0] == "sent"


async def test_schedule_gate_caps_posts() -> None:
    cfg = config(schedule={"targets": ["console"], "min_gap_minutes": 0, "daily_cap": 1})
    pipe, _console, _, _ = make(["first post text", "second post text"], cfg)
    assert (await pipe.handle(tick("a"))).status == "sent"
    capped = await pipe.handle(tick("b"))
    assert (capped.status, capped.detail) == ("skipped", "daily_cap")


async def test_review_mode_drafts_then_approve_or_reject() -> None:
    cfg = config(schedule={"targets": ["console"], "review": True, "min_gap_minutes": 0})
    pipe, console, _, store = make(["draft one words", "x", "draft two words", "y"], cfg)
    assert (await pipe.handle(tick("a"))).status == "drafted"
    assert (await pipe.handle(tick("b"))).status == "drafted"
    assert [o.kind for o in console.sent] == ["draft", "draft"]
    first, second = await store.list_drafts()
    approved = await pipe.handle(command("approve", "c1", draft_id=str(first.id)))
    rejected = await pipe.handle(command("reject", "c2", draft_id=second.id))
    assert [o.text for o in console.sent if o.kind == "post"] == ["draft one words"]
    assert await draft_status(store, first.id) == "posted"
    assert await draft_status(store, second.id) == "rejected"
    assert approved.detail == f"draft {first.id} posted"
    # Approving again, or rejecting what went out, changes nothing and says why.
    again = await pipe.handle(command("approve", "c3", draft_id=first.id))
    late = await pipe.handle(command("reject", "c4", draft_id=first.id))
    assert again.detail == f"no pending draft {first.id}"
    assert [o.text for o in console.sent if o.kind == "post"] == ["draft one words"]
    assert await draft_status(store, first.id) == "posted"
    assert [o.text for o in console.sent if o.kind == "notice"] == [
        f"Draft {first.id} posted.",
        f"Draft {second.id} rejected.",
        f"Draft {first.id} not posted ({again.detail}).",
        f"No pending draft {first.id}.",
    ]
    assert [approved.status, rejected.status, again.status, late.status] == ["done"] * 4


async def test_held_output_becomes_a_draft() -> None:
    cfg = config(schedule={"targets": ["console"], "min_gap_minutes": 0})
    pipe, _, _, store = make(["HOLD this topic"], cfg)
    outcome = await pipe.handle(tick())
    assert outcome.status == "drafted" and "held by safety" in outcome.detail
    assert [d.text for d in await store.list_drafts()] == ["HOLD this topic"]


async def test_approved_elsewhere_is_published() -> None:
    cfg = config(schedule={"targets": ["console"]})
    pipe, console, _, store = make(["x"], cfg)
    draft_id = await store.add_draft("slot", "approved by cli", ["console"])
    await store.set_draft_status(draft_id, "approved")
    assert await pipe.publish_approved() == 1
    assert await pipe.publish_approved() == 0
    assert [o.text for o in console.sent] == ["approved by cli"]


async def test_a_draft_cut_off_mid_publish_is_never_published_again(tmp_path: Path) -> None:
    db = str(tmp_path / "bot.sqlite3")
    adapter = RecordingAdapter()
    adapter.fail_next = [Crash()]
    cfg = config(schedule={"targets": ["console"]})
    pipe, _, _, store = make(["x"], cfg, adapter=adapter, path=db)
    draft_id = await store.add_draft("slot", "a reviewed post", ["console"])
    with pytest.raises(Crash):
        await pipe.publish_draft(draft_id, "admin")
    store.sync.close()
    pipe2, _, _, store2 = make(["x"], cfg, adapter=adapter, path=db)
    await store2.recover_interrupted()
    assert await pipe2.publish_approved() == 1
    assert adapter.sent == []
    assert await draft_status(store2, draft_id) == "uncertain"
    assert await pipe2.publish_approved() == 0
