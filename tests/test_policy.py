"""Should-respond rules: own messages, pause, opt-outs, lists, cooldowns, queue cap, X caps."""

from __future__ import annotations

from datetime import UTC
from typing import Any

import pytest

from bot.events import Event
from bot.policy import Policy
from tests.daemon_fakes import config


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def ev(platform: Any = "discord", **kw: Any) -> Event:
    base: dict[str, Any] = {
        "event_id": "1", "kind": "mention", "text": "hi", "author_id": "42",
        "channel_id": "100", "guild_id": "9",
    }  # fmt: skip
    base.update(kw)
    return Event(platform=platform, **base)


def test_own_messages_pause_and_optouts() -> None:
    p = Policy(config(bot={"opt_out_users": ["discord:13"]}, x={"opt_out": ["@Quiet"]}))
    assert p.check(ev(is_from_bot=True)).reason == "own_message"
    paused = p.check(ev(), paused=True)
    assert (paused.respond, paused.reason) == (False, "paused")
    assert p.check(ev(), opted_out=True).reason == "opted_out"
    assert p.check(ev(author_id="13")).reason == "opted_out"
    x_cfg = Policy(config(x={"reply_to_mentions": True, "opt_out": ["@Quiet"]}))
    assert x_cfg.check(ev("x", author_name="quiet", author_id="5")).reason == "opted_out"
    assert p.check(ev()).respond


def test_discord_allow_and_block_lists() -> None:
    p = Policy(config(discord={"guild_allow": [9], "channel_block": [100], "user_allow": [42]}))
    assert p.check(ev()).reason == "blocked:channel"
    assert p.check(ev(channel_id="101")).respond
    assert p.check(ev(channel_id="101", guild_id="8")).reason == "not_allowed:guild"
    assert p.check(ev(channel_id="101", author_id="43")).reason == "not_allowed:user"


def test_discord_kinds_follow_config() -> None:
    p = Policy(config(discord={"reply_to_dms": False, "reply_to_replies": False}))
    assert p.check(ev(kind="dm", channel_id=None)).reason == "dm_off"
    assert p.check(ev(kind="reply")).reason == "reply_off"
    assert p.check(ev(kind="mention")).respond


def test_cooldowns_per_user_and_channel() -> None:
    clock = Clock()
    p = Policy(config(discord={"user_cooldown_s": 30, "channel_cooldown_s": 5}), clock=clock)
    first = ev()
    assert p.check(first).respond
    p.note_answered(first)
    same_user = p.check(ev(event_id="2"))
    assert same_user.reason == "cooldown:user" and same_user.notice
    assert p.check(ev(event_id="3", author_id="7")).reason == "cooldown:channel"
    assert p.check(ev(event_id="4", author_id="7", channel_id="200")).respond
    clock.now += 6
    assert p.check(ev(event_id="5", author_id="7")).respond
    clock.now += 30
    assert p.check(ev(event_id="6")).respond


def test_channel_queue_cap() -> None:
    p = Policy(config(discord={"channel_queue_max": 2}))
    a, b, c = ev(event_id="a"), ev(event_id="b"), ev(event_id="c")
    assert p.try_enter(a).respond and p.try_enter(b).respond
    full = p.try_enter(c)
    assert full.reason == "queue_full:channel" and full.notice
    p.leave(a)
    assert p.try_enter(c).respond
    assert p.try_enter(ev("console")).respond  # the console has no cap


def test_x_replies_and_daily_cap() -> None:
    off = Policy(config())
    assert off.check(ev("x")).reason == "x_replies_off"
    p = Policy(config(x={"reply_to_mentions": True, "per_user_daily_cap": 2}))
    for i in range(2):
        assert p.check(ev("x", event_id=str(i))).respond
        p.note_answered(ev("x", event_id=str(i)))
    assert p.check(ev("x", event_id="3")).reason == "daily_cap:user"
    assert p.check(ev("x", event_id="4", author_id="other")).respond


def test_x_daily_cap_is_seeded_once_a_day_from_the_store() -> None:
    p = Policy(config(x={"reply_to_mentions": True, "per_user_daily_cap": 2}))
    alice = ev("x", author_id="alice")
    since = p.daily_cap_since(alice)
    assert since is not None and (since.hour, since.minute, since.tzinfo) == (0, 0, UTC)
    assert p.daily_cap_since(ev("discord")) is None
    assert p.daily_cap_since(ev("x", kind="command")) is None
    p.seed_daily(alice, 2)  # two replies recorded today by an earlier run
    assert p.daily_cap_since(alice) is None  # loaded: counted in memory from now on
    assert p.check(alice).reason == "daily_cap:user"
    p.seed_daily(alice, 0)  # a late, stale seed never lowers the count
    assert p.check(alice).reason == "daily_cap:user"
    bob = ev("x", author_id="bob")
    p.seed_daily(bob, 1)
    assert p.check(bob).respond
    p.note_answered(bob)
    assert p.check(bob).reason == "daily_cap:user"


def test_admins() -> None:
    p = Policy(config(discord={"admin_ids": [42]}))
    assert p.is_admin(ev())
    assert not p.is_admin(ev(author_id="43"))
    assert p.is_admin(ev("console", author_id="anyone"))
    assert not p.is_admin(ev("x"))


def test_expired_cooldowns_and_empty_channel_queues_are_forgotten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot import policy as policy_module
    from bot.config import Config

    monkeypatch.setattr(policy_module, "_PRUNE_AT", 4)
    now = [0.0]
    pol = Policy(Config(), clock=lambda: now[0])
    for user in range(5):
        now[0] += 100.0  # past both default cooldowns
        event = Event(
            platform="discord",
            event_id=str(user),
            kind="mention",
            text="hi",
            author_id=str(user),
            channel_id=f"c{user}",
        )
        assert pol.try_enter(event).respond
        pol.note_answered(event)
        pol.leave(event)
    assert len(pol._user_last) <= 2 and len(pol._channel_last) <= 2
    assert not pol._in_channel
