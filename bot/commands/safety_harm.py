"""`tweetling safety train-harm` and the per-category harm rows of `tweetling safety eval`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.commands.common import Subparsers, print_json
from bot.errors import DataError

if TYPE_CHECKING:
    from bot.safety.base import CheckContext, Filter, FilterChain
    from bot.safety.harm.filter import HarmFilter

TRAIN_HELP = """\
Train the harm classifier (hate, harassment, violence, sexual, self-harm) from a
moderation-train directory holding train.jsonl.gz and dev.jsonl.gz: hashed word and character
n-grams with one logistic regression per category, plus a small network over all-MiniLM-L6-v2
sentence vectors, trained on train (rows from share-alike and GPL sources left out, the
project's generated sentences added), thresholds chosen on dev. About 6 minutes on 2 cores. Writes
harm_weights.npz, harm_model.json, report.json and the card README.md to --out (a new folder,
or an earlier harm model folder, which is replaced once training succeeds); point
[safety.harm] model_dir at it to use it instead of the shipped model.
"""


def register_train(actions: Subparsers) -> None:
    """Add `safety train-harm`."""
    p = actions.add_parser(
        "train-harm",
        help="train the harm classifier",
        description=TRAIN_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--data", required=True, help="dir with train.jsonl.gz and dev.jsonl.gz")
    p.add_argument(
        "--out", required=True, help="new dir (or an earlier harm model's) to write the model to"
    )
    p.add_argument(
        "--benign-fpr",
        type=float,
        default=None,
        help="share of benign dev rows all categories together may flag (default 0.04)",
    )
    p.add_argument("--no-augment", action="store_true", help="train on the data files alone")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.set_defaults(func=cmd_train_harm)


def cmd_train_harm(args: argparse.Namespace) -> int:
    """Train, tune and write the harm model; print the dev figures."""
    from bot.outputs import check_target
    from training.harm import BENIGN_FPR, LEGACY, train_harm

    data, out = Path(args.data).expanduser(), Path(args.out).expanduser()
    if not data.is_dir():
        raise DataError(f"{data} is not a directory", "give the moderation-train directory")
    check_target(out, "harm", legacy=LEGACY, sources=[data])  # refuse before minutes of work
    benign_fpr = BENIGN_FPR if args.benign_fpr is None else args.benign_fpr
    if not 0 < benign_fpr < 1:
        raise DataError(f"--benign-fpr {benign_fpr} is not between 0 and 1", "e.g. 0.04")
    report = train_harm(data, out, augment=not args.no_augment, benign_fpr=benign_fpr)
    if args.json:
        print_json(report)
        return 0
    print(f"trained on {report['train_rows']} rows in {report['seconds']} s; model in {out}")
    print(_table(report["categories"]))  # type: ignore[arg-type]
    print(f"any category: {report['any']}")
    chain = "+".join([*map(str, report["chain_filters"]), "harm"])  # type: ignore[call-overload]
    print(f"content chain ({chain}): {report['chain']} (benign FPR budget {benign_fpr})")
    return 0


def _table(rows: Sequence[dict[str, Any]]) -> str:
    head = f"{'category':<12} {'thresh':>7} {'pos':>5} {'prec':>6} {'recall':>6} {'fpr':>6}"
    lines = [head + f" {'pr_auc':>6}"]
    for r in rows:
        lines.append(
            f"{r['category']:<12} {r['threshold']:>7.4f} {r['positives']:>5} "
            f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['fpr']:>6.3f} {r['pr_auc']:>6.3f}"
        )
    return "\n".join(lines)


def add_eval_args(parser: argparse.ArgumentParser) -> None:
    """Add --moderation to `safety eval`."""
    parser.add_argument(
        "--moderation",
        default=None,
        help="labelled JSON Lines (.gz) like moderation-train's dev.jsonl.gz: per-category rows",
    )


_CHUNK = 32  # rows scored per harm batch (fewer than the filter keeps primed)


def moderation_report(path: Path, filters: Sequence[Filter], ctx: CheckContext) -> dict[str, Any]:
    """Return per-category figures of the harm filter and the any-harm recall/FPR of chains."""
    import numpy as np

    from bot.safety.base import FilterChain
    from bot.safety.factory import CONTENT_FILTERS
    from bot.safety.harm.features import CATEGORIES
    from bot.safety.harm.metrics import any_figures, figures
    from training.harm_data import read_rows

    rows = read_rows(path)
    y = np.asarray([r.labels for r in rows], dtype=np.int8)
    harm = harm_filter_of(filters)
    content = [f for f in filters if f.name in CONTENT_FILTERS]
    chains: list[tuple[str, FilterChain]] = [(f.name, FilterChain([f])) for f in content]
    chains.append(
        ("content chain (" + "+".join(f.name for f in content) + ")", FilterChain(content))
    )
    scores = np.zeros((len(rows), len(CATEGORIES)))
    flagged = np.zeros((len(chains), len(rows)), dtype=bool)
    for start in range(0, len(rows), _CHUNK):  # the harm model scores a chunk as one batch
        texts = [r.text for r in rows[start : start + _CHUNK]]
        if harm is not None:
            harm.prime(texts)  # the chains' checks below reuse these scores
            chunk = harm.scores_many(texts)
            scores[start : start + len(texts)] = [[s[c] for c in CATEGORIES] for s in chunk]
        for i, (_, chain) in enumerate(chains):
            flagged[i, start : start + len(texts)] = [
                not chain.check(t, ctx).allowed for t in texts
            ]
    report: dict[str, Any] = {"rows": len(rows), "categories": [], "chains": []}
    if harm is not None:
        thresholds = [harm.thresholds.get(c, 2.0) for c in CATEGORIES]
        report["categories"] = [asdict(f) for f in figures(scores, y, thresholds)]
    for (name, _), flags in zip(chains, flagged, strict=True):
        report["chains"].append({"name": name, **any_figures(flags, y)})
    return report


def print_moderation(report: dict[str, Any]) -> None:
    """Print the per-category table and the chains' recall/FPR on any harm."""
    print(f"\n{report['rows']} labelled rows (recall on any harm, FPR on all-benign rows)")
    if report["categories"]:
        print(_table(report["categories"]))
    else:
        print("(no harm filter in the chain: [safety.harm] enabled = false)")
    print(f"{'chain':<48} {'recall':>7} {'fpr':>7}")
    for row in report["chains"]:
        print(f"{row['name']:<48} {row['recall']:>7.3f} {row['fpr']:>7.3f}")


def harm_filter_of(filters: Sequence[Filter]) -> HarmFilter | None:
    """Return the harm filter among filters, if any."""
    from bot.safety.harm.filter import HarmFilter

    return next((f for f in filters if isinstance(f, HarmFilter)), None)
