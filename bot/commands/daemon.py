"""CLI: `tweetling run`, `check-config`, `history` and `review` (the daemon and its store)."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.cli_args import bounded_int, row_id
from bot.commands.common import Subparsers, add_config_arg, load, print_json, print_text
from bot.config import Config
from bot.errors import ConfigError, UserError


def register(sub: Subparsers) -> None:
    """Add run, check-config, history and review."""
    run = sub.add_parser("run", help="run the bot (Discord, X, schedule; --console for local)")
    add_config_arg(run)
    run.add_argument("--console", action="store_true", help="chat in this terminal, no tokens")
    run.add_argument(
        "--json", action="store_true",
        help="with --console: print one JSON object per input line (input, outcome, replies)",
    )  # fmt: skip
    run.set_defaults(func=cmd_run)

    check = sub.add_parser("check-config", help="validate a config and say what would run")
    check.add_argument("config_file", nargs="?", metavar="CONFIG", help="TOML config file")
    add_config_arg(check)
    check.add_argument("--online", action="store_true", help="also verify the X keys with X")
    check.set_defaults(func=cmd_check_config)

    hist = sub.add_parser("history", help="what the bot did and why")
    add_config_arg(hist)
    hist.add_argument("--limit", "-n", type=bounded_int(1, 100_000), default=20)
    hist.add_argument("--json", action="store_true", help="one JSON document")
    hist.set_defaults(func=cmd_history)

    review = sub.add_parser("review", help="list, approve or reject scheduled drafts")
    add_config_arg(review)
    review.add_argument("action", nargs="?", choices=["list", "approve", "reject"], default="list")
    review.add_argument("draft_id", nargs="?", type=row_id, metavar="ID")
    review.set_defaults(func=cmd_review)


# -- run ------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    """Run the daemon until SIGTERM/SIGINT (or, with piped console input, until it ends)."""
    from bot.app import App
    from bot.commands.adapters import enabled_adapters
    from bot.config_loader import load_secrets
    from bot.logs import setup_logging

    if args.json and not args.console:
        raise UserError("--json needs --console", "run `tweetling run --console --json`")
    cfg = load(args)
    level = args.log_level or ("WARNING" if args.console else cfg.logging.level)
    setup_logging(args.log_format or cfg.logging.format, level)
    if not args.console and not (cfg.discord.enabled or cfg.x.enabled):
        raise ConfigError(
            "no adapter is enabled, so the bot would have nowhere to speak",
            "set [discord] enabled = true or [x] enabled = true, or run with --console",
        )
    adapters = enabled_adapters(cfg, load_secrets(), console=args.console, json_lines=args.json)
    return asyncio.run(App(cfg, console=args.console, adapters=adapters).run())


# -- check-config ---------------------------------------------------------------------------


class Report:
    """Collects check lines; any failure makes the exit code 1."""

    def __init__(self) -> None:
        self.failed = False

    def line(self, status: str, text: str) -> None:
        """Print one check result."""
        self.failed |= status == "FAIL"
        print_text(f"{status:<5} {text}", one_line=True)

    def attempt(self, what: str, fn: Any) -> Any:
        """Run one check; print ok with its note or FAIL with the reason (never a traceback)."""
        try:
            note = fn()
        except UserError as exc:
            self.line(
                "FAIL", f"{what}: {exc.message}" + (f" (hint: {exc.hint})" if exc.hint else "")
            )
            return None
        except Exception as exc:
            self.line("FAIL", f"{what}: {type(exc).__name__}: {exc}")
            return None
        self.line("ok", f"{what}{': ' + note if note else ''}")
        return note


def cmd_check_config(args: argparse.Namespace) -> int:
    """Validate the config, load the model, open the store, list tokens and what would run."""
    from bot.config_loader import load_config, load_secrets

    path = args.config_file or args.config
    cfg = load_config(path)  # a bad config is a one-line error, exit 2
    report = Report()
    report.line("ok", f"config: {path or 'defaults (no file given)'}")
    report.attempt("model", lambda: _check_model(cfg))
    report.attempt("safety filters", lambda: _check_safety(cfg))
    report.attempt("store", lambda: _check_store(cfg))
    secrets = load_secrets()
    for name, present in secrets.present().items():
        report.line("info", f"{name}: {'set' if present else 'not set'}")
    for text in would_run(cfg):
        report.line("info", text)
    if args.online:
        _check_online(cfg, secrets, report)
    return 1 if report.failed else 0


def _check_model(cfg: Config) -> str:
    from bot.generation.factory import build_generator

    async def load_and_close() -> str:
        gen = build_generator(cfg)
        await gen.start()
        await gen.close()
        return f"{cfg.model.path} loads with the {gen.name} backend"

    return asyncio.run(load_and_close())


def _check_safety(cfg: Config) -> str:
    from bot.wiring import build_safety

    names = [f.name for f in build_safety(cfg, ()).output.filters]
    return ", ".join(names) or "none enabled"


def _check_store(cfg: Config) -> str:
    from bot.store import open_store

    path = cfg.storage.resolved_path()
    if path != ":memory:" and not Path(path).expanduser().exists():
        return _check_new_store(Path(path).expanduser())
    store = open_store(path)
    try:
        store.set_value("check_config", datetime.now(UTC).isoformat())
    finally:
        store.close()
    return f"{path} is writable"


def _check_new_store(path: Path) -> str:
    """Check that a store could be created at `path` without creating it."""
    import tempfile

    parent = path.parent
    while not parent.exists():
        parent = parent.parent
    try:
        with tempfile.NamedTemporaryFile(dir=parent):
            pass
    except OSError as exc:
        raise ConfigError(
            f"cannot create the store at {path}: {exc}", "set [storage] path to a writable place"
        ) from None
    return f"{path} will be created on first run"


def would_run(cfg: Config) -> list[str]:
    """Describe what `tweetling run` would start with this config."""
    lines = []
    if cfg.discord.enabled:
        lines.append("would run: Discord adapter (mentions, /" + cfg.discord.command_name + ")")
    if cfg.x.enabled:
        mode = "dry run" if cfg.x.dry_run else "live"
        polls = "polling mentions" if cfg.x.reply_to_mentions else "posting only"
        lines.append(f"would run: X adapter ({mode}, {polls})")
    if not (cfg.discord.enabled or cfg.x.enabled):
        lines.append("would run: nothing without --console (no adapter enabled)")
    s = cfg.schedule
    if s.enabled and s.rules:
        rules = ", ".join(r.name or r.cron or f"every {r.interval_minutes} min" for r in s.rules)
        review = ", drafts wait for review" if s.review else ""
        lines.append(f"would run: schedule ({rules}) to {', '.join(s.targets)}{review}")
        enabled = {"discord": cfg.discord.enabled, "x": cfg.x.enabled, "console": False}
        for target in (t for t in s.targets if not enabled[t]):
            lines.append(f"note: schedule target {target} has no adapter outside --console")
    if cfg.metrics.enabled:
        lines.append(f"would run: metrics on http://{cfg.metrics.host}:{cfg.metrics.port}/metrics")
    return lines


def _check_online(cfg: Config, secrets: Any, report: Report) -> None:
    try:
        from bot.adapters.x.credentials import verify_credentials
    except ImportError:
        report.line("warn", "online check: the X adapter is not available")
        return
    check = verify_credentials(cfg, secrets)
    for text in check.lines():
        report.line("ok" if text.split(": ", 1)[-1].startswith("ok") else "FAIL", text)


# -- history and review ---------------------------------------------------------------------


def _open_existing(cfg: Config) -> Any:
    from bot.store import open_store

    path = cfg.storage.resolved_path()
    if path != ":memory:" and not Path(path).expanduser().is_file():
        raise UserError(f"no store at {path} yet", "run `tweetling run` first, or pass --config")
    return open_store(path)


def cmd_history(args: argparse.Namespace) -> int:
    """Print the latest events and slots: what was sent, blocked, skipped or failed, and why."""
    store = _open_existing(load(args))
    try:
        rows = store.history(max(1, args.limit))
    finally:
        store.close()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print_text("nothing yet")
    for row in reversed(rows):
        print_text(_history_line(row), one_line=True)  # mention text must not drive the terminal
    return 0


def _history_line(row: dict[str, Any]) -> str:
    what = f"{row['platform']}:{row['event_id']}"
    detail = row["detail"]
    sent = [p["text"] for p in row["posts"] if p["status"] == "sent"]
    said = f' -> "{_clip(sent[-1])}"' if sent else ""
    asked = f' "{_clip(row["text"])}"' if row["text"] else ""
    return f"{row['at']}  {row['status']:<9} {what}{asked}{said}  {detail}".rstrip()


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_review(args: argparse.Namespace) -> int:
    """List pending drafts, or approve/reject one (the running daemon posts approved drafts)."""
    store = _open_existing(load(args))
    try:
        if args.action == "list":
            drafts = store.list_drafts("pending")
            for d in drafts:
                line = f"#{d.id}  {d.created_at}  to {','.join(d.targets)}  {d.text}"
                print_text(line, one_line=True)
            if not drafts:
                print_text("no drafts waiting")
            return 0
        if args.draft_id is None:
            raise UserError(
                f"which draft should I {args.action}?", f"tweetling review {args.action} ID"
            )
        status = "approved" if args.action == "approve" else "rejected"
        if not store.set_draft_status(args.draft_id, status, by="cli"):
            raise UserError(f"no pending draft #{args.draft_id}", "see `tweetling review list`")
    finally:
        store.close()
    note = "; the running daemon posts it within seconds" if status == "approved" else ""
    print_text(f"draft #{args.draft_id} {status}{note}")
    return 0
