"""Should the bot answer this event? Pause, opt-outs, own messages, allow/block lists, cooldowns."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as day_time

from bot.config import Config
from bot.events import Event


@dataclass(frozen=True)
class Decision:
    """The answer to 'should we respond': why not, and what to tell the person (if anything)."""

    respond: bool
    reason: str = ""  # machine-readable, e.g. "cooldown:user"
    notice: str | None = None  # a short message for the person, or None to stay quiet
    # > 0: not yet, but answer after this many seconds (an explicit command waits its turn)
    wait_s: float = 0.0


YES = Decision(True)


_PRUNE_AT = 10_000  # cooldown entries kept before expired ones are dropped


def _no(reason: str, notice: str | None = None) -> Decision:
    return Decision(False, reason, notice)


class Policy:
    """Stateful should-respond rules built from the [bot], [discord] and [x] config."""

    def __init__(self, cfg: Config, clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg
        self.clock = clock
        self._user_last: dict[tuple[str, str], float] = {}
        self._channel_last: dict[tuple[str, str], float] = {}
        self._in_channel: dict[tuple[str, str], int] = defaultdict(int)
        # replies per (platform, author, UTC day); seeded from the store, see daily_cap_since
        self._daily: dict[tuple[str, str, str], int] = {}
        self.reconfigure(cfg)

    def reconfigure(self, cfg: Config) -> None:
        """Follow a reloaded config, keeping cooldowns, daily counts and queue places."""
        self.cfg = cfg
        self._static_optouts = set(cfg.bot.opt_out_users)
        self._x_optouts = {h.lower().lstrip("@") for h in cfg.x.opt_out}

    # -- the decision -----------------------------------------------------------------------

    def check(self, event: Event, *, paused: bool = False, opted_out: bool = False) -> Decision:
        """Return whether to answer `event`; `opted_out` comes from the store's opt-out table."""
        if event.is_from_bot:
            return _no("own_message")
        if paused:
            return _no("paused", "I'm paused right now.")
        if opted_out or self.is_static_optout(event):
            return _no("opted_out")
        for rule in (self._platform_rules, self._limits):
            decision = rule(event)
            if not decision.respond:
                return decision
        return YES

    def is_static_optout(self, event: Event) -> bool:
        """Return True if the config lists this user as opted out."""
        if f"{event.platform}:{event.author_id}" in self._static_optouts:
            return True
        if event.platform == "x":
            ids = {event.author_id.lower(), event.author_name.lower().lstrip("@")}
            return bool(ids & self._x_optouts)
        return False

    def is_admin(self, event: Event) -> bool:
        """Return True if the author may run admin commands (the console user always may)."""
        if event.platform == "console":
            return True
        if event.platform == "discord":
            return event.author_id.isdigit() and int(event.author_id) in self.cfg.discord.admin_ids
        return False

    def _platform_rules(self, event: Event) -> Decision:
        if event.platform == "discord":
            return self._discord_rules(event)
        if event.platform == "x" and event.kind != "command" and not self.cfg.x.reply_to_mentions:
            return _no("x_replies_off")
        return YES

    def _discord_rules(self, event: Event) -> Decision:
        d = self.cfg.discord
        checks = (
            ("guild", event.guild_id, d.guild_allow, d.guild_block),
            ("channel", event.channel_id, d.channel_allow, d.channel_block),
            ("user", event.author_id, d.user_allow, d.user_block),
        )
        for what, value, allow, block in checks:
            number = int(value) if value and value.isdigit() else None
            if number is not None and number in block:
                return _no(f"blocked:{what}")
            if allow and (number is None or number not in allow):
                return _no(f"not_allowed:{what}")
        wanted = {"mention": d.reply_to_mentions, "reply": d.reply_to_replies, "dm": d.reply_to_dms}
        # A reply to the bot that also @mentions it is answered as a mention when replies are off.
        as_mention = event.kind == "reply" and event.mentions_bot and d.reply_to_mentions
        if not (wanted.get(event.kind, True) or as_mention):
            return _no(f"{event.kind}_off")
        return YES

    def _limits(self, event: Event) -> Decision:
        """Cooldowns on Discord, the per-user daily cap on X."""
        now = self.clock()
        if event.platform == "discord":
            d = self.cfg.discord
            user_left = self._left(self._user_last, event, event.author_id, d.user_cooldown_s, now)
            if user_left > 0:
                return _no("cooldown:user", f"Slow down a little: try again in {user_left:.0f} s.")
            chan = event.channel_id or f"dm:{event.author_id}"
            chan_left = self._left(self._channel_last, event, chan, d.channel_cooldown_s, now)
            if chan_left > 0 and event.kind == "command":
                # The channel cooldown stops floods of mentions; an explicit, deferred command
                # (/generate) waits for it instead of being refused. The user cooldown (above)
                # still refuses the same person asking again and again.
                return Decision(False, "cooldown:channel", None, wait_s=chan_left)
            if chan_left > 0:
                return _no("cooldown:channel", f"This channel is on cooldown ({chan_left:.0f} s).")
        if event.platform == "x" and event.kind != "command":
            cap = self.cfg.x.per_user_daily_cap
            if self._daily.get(self._day_key(event), 0) >= cap:
                return _no("daily_cap:user")
        return YES

    @staticmethod
    def _left(
        table: dict[tuple[str, str], float], event: Event, key: str, window: float, now: float
    ) -> float:
        last = table.get((event.platform, key))
        return 0.0 if last is None else max(0.0, window - (now - last))

    @staticmethod
    def _day_key(event: Event) -> tuple[str, str, str]:
        return (event.platform, event.author_id, datetime.now(UTC).date().isoformat())

    def daily_cap_since(self, event: Event) -> datetime | None:
        """Return the start of the UTC day if `event`'s daily count must be loaded from the store.

        The X per-user cap must hold across restarts and cron runs of `x poll --once`, so the
        first event from a user each day seeds the count with the replies the store recorded.
        """
        if event.platform != "x" or event.kind == "command":
            return None
        if self._day_key(event) in self._daily:
            return None
        return datetime.combine(datetime.now(UTC).date(), day_time.min, tzinfo=UTC)

    def seed_daily(self, event: Event, replies_today: int) -> None:
        """Set today's reply count for the event's author from the store (never lowering it)."""
        key = self._day_key(event)
        for old in [k for k in self._daily if k[2] != key[2]]:  # yesterday's counts are done
            del self._daily[old]
        self._daily[key] = max(self._daily.get(key, 0), replies_today)

    # -- bookkeeping ------------------------------------------------------------------------

    def note_answered(self, event: Event) -> None:
        """Start the cooldowns and count the daily cap for an answered event."""
        now = self.clock()
        self._user_last[(event.platform, event.author_id)] = now
        chan = event.channel_id or f"dm:{event.author_id}"
        self._channel_last[(event.platform, chan)] = now
        if len(self._user_last) + len(self._channel_last) > _PRUNE_AT:
            self._forget_expired(now)
        key = self._day_key(event)
        self._daily[key] = self._daily.get(key, 0) + 1

    def _forget_expired(self, now: float) -> None:
        """Drop cooldown entries that have run out, so a months-long daemon stays small."""
        window = max(self.cfg.discord.user_cooldown_s, self.cfg.discord.channel_cooldown_s)
        for table in (self._user_last, self._channel_last):
            for key in [k for k, last in table.items() if now - last >= window]:
                del table[key]

    def try_enter(self, event: Event) -> Decision:
        """Admit an event to the queue unless its channel already has too many waiting."""
        if event.platform != "discord" or not event.channel_id:
            return YES
        key = (event.platform, event.channel_id)
        if self._in_channel[key] >= self.cfg.discord.channel_queue_max:
            return _no("queue_full:channel", "I'm busy in this channel; try again in a moment.")
        self._in_channel[key] += 1
        return YES

    def leave(self, event: Event) -> None:
        """Release the event's place in its channel queue."""
        if event.platform != "discord" or not event.channel_id:
            return
        key = (event.platform, event.channel_id)
        left = self._in_channel[key] - 1
        if left > 0:
            self._in_channel[key] = left
        else:
            self._in_channel.pop(key, None)
