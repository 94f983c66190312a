"""Benchmark serving memory: peak RSS of `tweetling run --console` answering piped mentions.

    python -m bench.serve_memory                                   # examples/demo.toml
    python -m bench.serve_memory --config my.toml --mentions 8 --json
    python -m bench.serve_memory --tree /tmp/old-checkout          # the same run on other code

The daemon runs in a child process (a fresh interpreter, as in production) that reads the
mentions from a pipe, answers them and exits; its peak resident set size comes from the
kernel's accounting of the child (ru_maxrss), and the child lists the heavy packages it
imported. `make demo-train` makes the demo model (models/demo with its ct2 export).

Measured here (2 shared cores, examples/demo.toml with absolute paths, 4 mentions, int8
SmolLM2-135M demo export): 611 MB peak before serving stopped importing torch, transformers
and scikit-learn (commit dfad42b), 320 MB after; `/usr/bin/time -v tweetling run --console`
agrees (624 / 325 MB). About 180 MB of the 320 is the model and CTranslate2 itself.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "transformers", "sklearn", "scipy", "pandas", "training")
MENTIONS = [
    "good morning! what are you baking today?",
    "any tips for a sourdough starter?",
    "what do you think about rainy sundays",
    "tell me about your cat",
]
# The child: run the CLI in-process, then report which heavy packages it imported.
CHILD = """
import json, sys
from bot.cli import main
code = main(["run", "--console", "--config", sys.argv[1]])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2].split(",")))
print("BENCH " + json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def measure(config: Path, tree: Path, mentions: int) -> dict[str, Any]:
    """Run the console daemon once in `tree` and return its peak RSS and what it imported."""
    lines = "".join(MENTIONS[i % len(MENTIONS)] + "\n" for i in range(mentions))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(config.resolve()), ",".join(HEAVY)],
        cwd=tree,
        input=lines,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    report = next(
        (json.loads(x[6:]) for x in done.stderr.splitlines() if x.startswith("BENCH ")), None
    )
    if report is None:
        raise SystemExit(f"the daemon failed:\n{done.stderr[-2000:]}")
    return {
        "tree": str(tree),
        "config": str(config),
        "mentions": mentions,
        "exit_code": report["code"],
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "wall_s": round(wall, 2),
        "heavy_imports": report["heavy"],
        "replies": len(re.findall(r"(?m)^[\w.-]+> ", done.stdout)),  # "<bot name>> reply"
    }


def main(argv: list[str] | None = None) -> int:
    """Measure once and print a line (or JSON)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", type=Path, default=ROOT / "examples" / "demo.toml")
    p.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code runs (cwd)")
    p.add_argument("--mentions", type=int, default=4)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = measure(args.config, args.tree, args.mentions)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"peak RSS {result['peak_rss_mb']} MB, {result['mentions']} mentions in "
            f"{result['wall_s']} s (exit {result['exit_code']}); heavy imports: "
            f"{', '.join(result['heavy_imports']) or 'none'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
