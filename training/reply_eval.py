"""`tweetling eval MODEL --replies MENTIONS.txt`: answer each mention as the bot would, score it.

Each mention goes through the real pipeline (policy, input filters, generation, output filters,
candidate pick) on the console platform with an in-memory store, once in the configured
mention style (the conversational default) and once as free posts (the baseline that ignores
the mention). `training.reply_measures` scores both; the result is kept in
`training_stats.json` under `reply_eval`, so the model card shows it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.errors import ConfigError
from bot.events import Event, Outgoing
from bot.model_stats import read_model_stats, stats_path, write_model_stats
from bot.ports import Emit
from bot.store import AsyncStore, open_store
from bot.topics import PARROT_RUN
from bot.wiring import build_parts
from training.reply_judge import best_judge
from training.reply_measures import score_replies

MAX_MENTIONS = 10_000


class Collector:
    """A console adapter that keeps each reply instead of printing it."""

    name = "console"

    def __init__(self) -> None:
        self.replies: dict[str, list[str]] = {}

    async def start(self, emit: Emit) -> None:
        """Nothing comes in: the eval hands events to the pipeline itself."""

    async def send(self, outgoing: Outgoing) -> str | None:
        """Keep a reply under the event it answers."""
        if outgoing.kind == "reply" and outgoing.event_id:
            self.replies.setdefault(outgoing.event_id, []).append(outgoing.text)
        return f"eval-{len(self.replies)}"

    async def stop(self) -> None:
        """Nothing to close."""


@dataclass(frozen=True)
class Answered:
    """One mention's answer: the reply text (None: not answered) and the outcome."""

    mention: str
    reply: str | None
    status: str


def read_mentions(path: Path) -> list[str]:
    """Return the non-blank lines of a mentions file (one mention per line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"no mentions file at {path}", "give a text file, one mention a line"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(
            f"{path} is not UTF-8 text", "save it as UTF-8, one mention a line"
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", "check the path") from None
    mentions = [line.strip() for line in text.splitlines() if line.strip()]
    if len(mentions) < 2:
        raise ConfigError(
            f"{path} has {len(mentions)} mention(s); the judge needs at least 2",
            "put one mention a line (10 or more for a meaningful nearest-of-10 score)",
        )
    return mentions[:MAX_MENTIONS]


async def answer_mentions(cfg: Config, mentions: Sequence[str], style: str) -> list[Answered]:
    """Answer each mention through the pipeline with `mention_style = style`."""
    generation = cfg.generation.model_copy(update={"mention_style": style})
    cfg = cfg.model_copy(update={"generation": generation})
    collector = Collector()
    store = AsyncStore(open_store(":memory:"))
    parts = await build_parts(cfg, [collector], store=store)
    answers: list[Answered] = []
    try:
        for i, mention in enumerate(mentions):
            if cfg.generation.seed is not None:
                # One seed per mention, as unseeded serving differs per request: one fixed seed
                # gives every free post the same candidates, which the dedupe filter then blocks.
                seeded = cfg.generation.model_copy(update={"seed": cfg.generation.seed + i})
                parts.pipeline.candidates.cfg = cfg.model_copy(update={"generation": seeded})
            event = Event(platform="console", event_id=f"eval-{style}-{i}", kind="mention",
                          text=mention, author_id="eval", author_name="someone",
                          channel_id="eval")  # fmt: skip
            outcome = await parts.pipeline.handle(event)
            texts = collector.replies.get(event.event_id, [])
            reply = texts[0] if outcome.status == "sent" and texts else None
            answers.append(Answered(mention, reply, outcome.status))
    finally:
        await parts.aclose()
    return answers


def evaluate_replies(cfg: Config, mentions: Sequence[str], seed: int = 0) -> dict[str, Any]:
    """Answer the mentions in the configured style and as free posts; return both scores."""
    styles = [cfg.generation.mention_style]
    if "free" not in styles:
        styles.append("free")
    result: dict[str, Any] = {"parrot_run": PARROT_RUN, "mentions": len(mentions), "styles": {}}
    for style in styles:
        started = time.perf_counter()
        answers = asyncio.run(answer_mentions(cfg, mentions, style))
        replies = [a.reply for a in answers]
        judge = best_judge(mentions, replies)
        result["judge"] = judge.name
        scores = score_replies(mentions, replies, seed=seed, judge=judge)
        result["styles"][style] = {
            **scores.as_dict(),
            "seconds": round(time.perf_counter() - started, 1),
            "examples": [{"mention": a.mention, "reply": a.reply} for a in answers[:5]],
        }
    return result


def save_to_stats(model_dir: Path, result: dict[str, Any]) -> bool:
    """Keep the scores (without examples) in the model's training_stats.json; False if none."""
    if not stats_path(model_dir).is_file():
        return False
    stats = read_model_stats(model_dir)
    slim = {**result, "styles": {
        s: {k: v for k, v in r.items() if k != "examples"} for s, r in result["styles"].items()
    }}  # fmt: skip
    stats["reply_eval"] = slim
    write_model_stats(model_dir, stats)
    return True


def format_replies_report(result: dict[str, Any]) -> str:
    """Return the human-readable report: one row per style, then a few examples."""
    lines = [
        f"{result['mentions']} mentions; judge: {result['judge']} (chance 10%); "
        f"parrot: a run of {result['parrot_run']}+ words of the mention",
        f"{'style':<10} {'on topic':>9} {'parrot':>8} {'answered':>9}",
    ]
    for style, r in result["styles"].items():
        lines.append(
            f"{style:<10} {r['on_topic']:>9.0%} {r['parrot']:>8.0%} {r['answered_share']:>9.0%}"
        )
    first = next(iter(result["styles"].values()))
    for ex in first.get("examples", [])[:3]:
        lines.append(f"  > {ex['mention']}\n    {ex['reply'] if ex['reply'] else '(no reply)'}")
    return "\n".join(lines)
