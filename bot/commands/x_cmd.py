"""`tweetling x post` and `tweetling x poll --once`: act on X by hand or from cron.

Both drive the daemon's Pipeline, so the safety chain always applies and the store records every
intent and tweet id exactly as when the bot runs.
"""

from __future__ import annotations

import argparse
import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.commands.common import Subparsers, add_config_arg, load, print_json, print_text
from bot.config import Config
from bot.events import Event, Outgoing, Tick

if TYPE_CHECKING:
    from bot.adapters.x.adapter import XAdapter
    from bot.generation.base import Generator
    from bot.pipeline import Pipeline
    from bot.ports import Emit
    from bot.store import AsyncStore


def register(sub: Subparsers) -> None:
    """Add `x post` and `x poll`."""
    x = sub.add_parser("x", help="post to X or answer mentions once (for cron or by hand)")
    xsub = x.add_subparsers(dest="x_command", metavar="ACTION", required=True)
    post = xsub.add_parser("post", help="post TEXT, or a generated post, through the safety chain")
    post.add_argument("text", nargs="?", default=None, help="what to post (generated if omitted)")
    poll = xsub.add_parser("poll", help="read new mentions and reply to them")
    poll.add_argument("--once", action="store_true", required=True, help="one round, then exit")
    for p in (post, poll):
        p.add_argument("--dry-run", action="store_true", help="write to the store and log only")
        p.add_argument("--json", action="store_true", help="print one JSON object")
        add_config_arg(p)
    post.set_defaults(func=run_post)
    poll.set_defaults(func=run_poll)


def run_post(args: argparse.Namespace) -> int:
    """Post one tweet and print its id."""
    return asyncio.run(_post(_config(args), args.text, as_json=args.json))


def run_poll(args: argparse.Namespace) -> int:
    """Answer new mentions once and print what was seen and sent."""
    # Asking for a poll is asking for replies, whatever [x] reply_to_mentions says.
    return asyncio.run(_poll(_config(args, reply_to_mentions=True), as_json=args.json))


def _config(args: argparse.Namespace, **x: Any) -> Config:
    """Load the config; --dry-run switches [x] dry_run on."""
    cfg = load(args)
    if args.dry_run:
        x["dry_run"] = True
    return cfg.model_copy(update={"x": cfg.x.model_copy(update=x)}) if x else cfg


class Recorder:
    """Wraps the X adapter to remember what went out, for the command's report."""

    name = "x"

    def __init__(self, inner: XAdapter) -> None:
        self.inner = inner
        self.sent: list[tuple[Outgoing, str]] = []

    async def start(self, emit: Emit) -> None:
        """Start the wrapped adapter."""
        await self.inner.start(emit)

    async def send(self, outgoing: Outgoing) -> str:
        """Send and remember the tweet id."""
        remote = await self.inner.send(outgoing)
        self.sent.append((outgoing, remote))
        return remote

    async def stop(self) -> None:
        """Stop the wrapped adapter."""
        await self.inner.stop()


@dataclass
class Session:
    """Everything one command run needs, wired like the daemon."""

    adapter: XAdapter
    recorder: Recorder
    pipeline: Pipeline


@asynccontextmanager
async def session(
    cfg: Config, *, text: str | None = None, poll: bool = False
) -> AsyncIterator[Session]:
    """Open the store, the X adapter, the generator (or the given text) and the safety chain."""
    from bot.adapters.x.adapter import build_adapter
    from bot.config_loader import load_secrets
    from bot.wiring import build_parts

    made: list[Recorder] = []

    def adapters(store: AsyncStore) -> list[Recorder]:
        made.append(Recorder(build_adapter(cfg, load_secrets(), store, poll=poll)))
        return made

    parts = await build_parts(cfg, adapters, generator=_generator(cfg, text))
    try:
        yield Session(made[0].inner, made[0], parts.pipeline)
    finally:
        await parts.aclose()


def _generator(cfg: Config, text: str | None) -> Generator:
    """Return the configured generator, or one that offers exactly the given text."""
    if text is not None:
        from bot.generation.scripted import ScriptedGenerator

        return ScriptedGenerator([text])
    from bot.generation.factory import build_generator

    return build_generator(cfg)


async def _post(cfg: Config, text: str | None, *, as_json: bool) -> int:
    """Post once through the pipeline (a manual Tick) and report the tweet id."""
    if text is not None and not text.strip():
        from bot.errors import UserError

        raise UserError("the text to post is empty", "give some text, or none to generate a post")
    now = datetime.now(UTC)
    tick = Tick(f"cli:x-post:{uuid.uuid4().hex[:12]}", "x post", now, ("x",), manual=True)
    async with session(cfg, text=text) as s:
        outcome = await s.pipeline.handle(tick)
    tweet_id = outcome.remote_ids[0] if outcome.remote_ids else None
    report = {
        "status": outcome.status,
        "tweet_id": tweet_id,
        "text": outcome.texts[0] if outcome.texts else None,
        "dry_run": cfg.x.dry_run,
        "detail": outcome.detail,
    }
    if as_json:
        print_json(report)
    elif tweet_id is not None:
        verb = "dry-run (not posted)" if cfg.x.dry_run else "posted"
        print_text(f"{verb} {tweet_id}: {report['text']}", one_line=True)
    else:
        print_text(f"not posted ({outcome.status}): {outcome.detail}", one_line=True)
    return 0 if outcome.status in ("sent", "drafted") else 1


@dataclass
class PollReport:
    """What `x poll --once` saw and did."""

    mentions: list[dict[str, Any]] = field(default_factory=list)
    replies: list[dict[str, Any]] = field(default_factory=list)
    first_run: bool = False


async def _poll(cfg: Config, *, as_json: bool) -> int:
    """Read new mentions once, answer each through the pipeline, report."""
    report = PollReport()
    async with session(cfg, poll=True) as s:

        async def emit(item: Event | Tick) -> None:
            # Handle each mention before the adapter advances the cursor, so a crash re-reads it
            # (and the store's claim keeps it from being answered twice).
            outcome = None
            if await s.pipeline.admit(item):
                outcome = await s.pipeline.handle(item)
            if isinstance(item, Event):
                report.mentions.append(_mention(item, outcome.status if outcome else "queue full"))

        result = await s.adapter.poll_once(emit)
        report.first_run = result.baseline
        report.replies = [_reply(out, tweet_id) for out, tweet_id in s.recorder.sent]
    _print_poll(report, cfg.x.dry_run, as_json)
    return 0


def _mention(ev: Event, status: str) -> dict[str, Any]:
    """Return the JSON view of one mention."""
    return {
        "id": ev.event_id,
        "author": ev.author_name,
        "author_id": ev.author_id,
        "text": ev.text,
        "status": status,
    }


def _reply(out: Outgoing, tweet_id: str) -> dict[str, Any]:
    """Return the JSON view of one sent reply."""
    return {"tweet_id": tweet_id, "in_reply_to": out.reply_to, "text": out.text}


def _print_poll(report: PollReport, dry_run: bool, as_json: bool) -> None:
    """Print the poll report as JSON or as lines."""
    if as_json:
        print_json(
            {
                "mentions": report.mentions,
                "replies": report.replies,
                "first_run": report.first_run,
                "dry_run": dry_run,
            }
        )
        return
    if report.first_run:
        print_text("first poll: starting from the newest mention; older mentions are not answered")
    verb = "dry-run replies" if dry_run else "replies sent"
    print_text(f"{len(report.mentions)} new mention(s), {len(report.replies)} {verb}")
    for m in report.mentions:
        who = m["author"] or m["author_id"]
        print_text(f"  mention {m['id']} from @{who} ({m['status']}): {m['text']}", one_line=True)
    for r in report.replies:
        print_text(f"  reply {r['tweet_id']} to {r['in_reply_to']}: {r['text']}", one_line=True)
