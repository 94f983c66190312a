"""`tweetling safety check` and `tweetling safety eval`: run the filter chain on texts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.commands import safety_harm as harm_cmd
from bot.commands.common import Subparsers, add_config_arg, load, print_json
from bot.errors import DataError
from bot.textsafe import escape_controls

if TYPE_CHECKING:
    from bot.config import Config
    from bot.events import Verdict
    from bot.safety.base import CheckContext, FilterChain
    from bot.safety.factory import Safety

PLATFORMS = ("discord", "x", "console")

EVAL_HELP = """\
Measure the filters on labelled texts (one per line): recall on --offensive (share flagged)
and false-positive rate on --benign (share flagged). "Flagged" means blocked or held; a
rewrite (pings defused) counts as passed. Rows: every output filter on its own; the
OFFENSIVE-LANGUAGE CHAIN (lexicon + classifier + sensitive, the filters that judge the words
themselves: use this row to tune the defaults); and the FULL CHAIN as the bot runs it. Real
benign tweets carry URLs (t.co links), phone numbers and e-mail addresses that the link and
personal-data rules rightly block (@handles are rewritten, not blocked), so the full chain's
false-positive rate on them is high by design: read it as "how much of this text could the
bot post verbatim". The near-duplicate memory starts empty and nothing is remembered during
the run; memorization uses the index the config or --model-dir points at, if any.
With --moderation (labelled JSON Lines such as moderation-train's dev.jsonl.gz): the harm
filter's precision, recall, FPR and PR-AUC per category, and recall on any harm / FPR on
all-benign rows for each content filter and the content chain.
"""

CHECK_HELP = """Print one verdict per input line, as the bot would judge a generated post: "ok",
"ok (rewritten: TEXT)" when pings were defused, "blocked: REASONS (why)" or "held: REASONS
(why)" for sensitive topics waiting for review. With --json, one object per line with the
keys text, allowed, reasons (plus action, filter and output). Exit status 0 either way.
"""


def register(sub: Subparsers) -> None:
    """Add `safety check` and `safety eval`."""
    parser = sub.add_parser("safety", help="check texts with the safety filters")
    actions = parser.add_subparsers(dest="safety_command", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check",
        help="print a verdict for each input line",
        description=CHECK_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("file", nargs="?", help="texts, one per line (default: stdin)")
    check.add_argument("--json", action="store_true", help="one JSON object per line")
    _common_args(check)
    check.set_defaults(func=cmd_check)

    ev = actions.add_parser(
        "eval",
        help="recall and false-positive rate per filter",
        description=EVAL_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("--offensive", help="offensive texts, one per line")
    ev.add_argument("--benign", help="benign texts, one per line")
    ev.add_argument("--json", action="store_true", help="print one JSON object")
    harm_cmd.add_eval_args(ev)
    _common_args(ev)
    ev.set_defaults(func=cmd_eval)
    harm_cmd.register_train(actions)


def _common_args(parser: argparse.ArgumentParser) -> None:
    add_config_arg(parser)
    parser.add_argument(
        "--platform", choices=PLATFORMS, default=None, help="check as if posting there"
    )
    parser.add_argument(
        "--model-dir", default=None, help="model dir holding the memorization index"
    )


def _build(args: argparse.Namespace) -> tuple[Safety, CheckContext]:
    """Load the config and build the chains (heavy imports happen here, not at start-up)."""
    from bot.safety.base import CheckContext
    from bot.safety.factory import build_safety

    cfg = load(args)
    safety = build_safety(cfg, model_dir=_model_dir(args, cfg))
    return safety, CheckContext(platform=args.platform)


def _model_dir(args: argparse.Namespace, cfg: Config) -> Path | None:
    """Return --model-dir, else [model] path when it is a local directory."""
    if args.model_dir:
        return Path(args.model_dir)
    path = Path(cfg.model.path).expanduser()
    return path if path.is_dir() else None


def _read_lines(name: str | None) -> list[str]:
    """Read texts one per line from a file or stdin. Raises DataError."""
    if name is None or name == "-":
        return sys.stdin.read().splitlines()
    try:
        return Path(name).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {name}: {exc}", "give a UTF-8 text file") from None


def verdict_line(verdict: Verdict) -> str:
    """Return the one-line human form of a verdict: ok, ok (rewritten), blocked or held."""
    reasons = ", ".join(verdict.reasons)
    if verdict.action == "allow":
        return "ok"
    if verdict.action == "rewrite":
        return f"ok (rewritten: {verdict.text})"
    word = "held" if verdict.action == "hold" else "blocked"
    return f"{word}: {reasons} ({verdict.message})"


def cmd_check(args: argparse.Namespace) -> int:
    """Print one verdict per input line."""
    safety, ctx = _build(args)
    for text in _read_lines(args.file):
        verdict = safety.check_output(text, ctx)
        if args.json:
            print_json(_verdict_json(text, verdict))
        else:
            print(escape_controls(verdict_line(verdict)), flush=True)
    return 0


def _verdict_json(text: str, verdict: Verdict) -> dict[str, Any]:
    return {
        "text": text,
        "allowed": verdict.allowed,
        "reasons": list(verdict.reasons),
        "action": verdict.action,
        "filter": verdict.filter,
        "output": verdict.text if verdict.action in ("rewrite", "hold") else None,
    }


def cmd_eval(args: argparse.Namespace) -> int:
    """Print recall and false-positive rate per filter and for the chains."""
    if bool(args.offensive) != bool(args.benign) or not (args.offensive or args.moderation):
        raise DataError(
            "safety eval needs --offensive and --benign, or --moderation, or all three",
            "give one-per-line text files and/or a labelled JSON Lines file",
        )
    pairs = args.offensive is not None
    offensive = _nonblank(_read_lines(args.offensive), args.offensive) if pairs else []
    benign = _nonblank(_read_lines(args.benign), args.benign) if pairs else []
    safety, ctx = _build(args)
    rows = evaluate(safety, ctx, offensive, benign) if pairs else []
    moderation = None
    if args.moderation:
        path = Path(args.moderation).expanduser()
        moderation = harm_cmd.moderation_report(path, safety.output.filters, ctx)
    if args.json:
        out = {"offensive": len(offensive), "benign": len(benign), "rows": rows}
        print_json(out | ({"moderation": moderation} if moderation else {}))
        return 0
    if pairs:
        print(f"{len(offensive)} offensive, {len(benign)} benign texts")
        print(f"{'filter':<48} {'recall':>7} {'fpr':>7}")
        for row in rows:
            print(f"{row['name']:<48} {row['recall']:>7.3f} {row['fpr']:>7.3f}")
    if moderation:
        harm_cmd.print_moderation(moderation)
    return 0


def _nonblank(lines: list[str], name: str) -> list[str]:
    texts = [t for t in lines if t.strip()]
    if not texts:
        raise DataError(f"{name} has no texts", "give a file with one text per line")
    return texts


def evaluate(
    safety: Safety, ctx: CheckContext, offensive: Sequence[str], benign: Sequence[str]
) -> list[dict[str, Any]]:
    """Return rows of {name, recall, fpr}: each filter, the language chain, the full chain."""
    from bot.safety.base import FilterChain
    from bot.safety.factory import CONTENT_FILTERS

    filters = safety.output.filters
    chains = [(f.name, FilterChain([f])) for f in filters]
    content = FilterChain([f for f in filters if f.name in CONTENT_FILTERS])
    chains.append(("offensive-language chain (" + "+".join(CONTENT_FILTERS) + ")", content))
    chains.append(("full chain", safety.output))
    return [
        {
            "name": name,
            "recall": _flag_rate(chain, ctx, offensive, "offensive"),
            "fpr": _flag_rate(chain, ctx, benign, "benign"),
        }
        for name, chain in chains
    ]


def _flag_rate(chain: FilterChain, ctx: CheckContext, texts: Sequence[str], label: str) -> float:
    """Return the share of texts the chain blocks or holds."""
    flagged = sum(not chain.check(t, ctx).allowed for t in _progress(texts, label))
    return round(flagged / len(texts), 4)


def _progress(texts: Sequence[str], label: str) -> Iterable[str]:
    """Wrap texts in a progress bar on a terminal."""
    from tqdm import tqdm

    return tqdm(texts, desc=label, leave=False, disable=not sys.stderr.isatty())
