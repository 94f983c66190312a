"""Reading a source loads only its own reader: no JSONL, CSV, TXT or X-archive run pays for atproto.

The Bluesky reader pulls in `atproto` (seconds at start-up). It is imported for `.car` files only;
each kind below is read in one fresh interpreter, and after every read `sys.modules` must hold
neither the Bluesky reader nor atproto.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

HEAVY = ("atproto", "training.sources.bluesky")

RUNNER = """
import json, sys
from training.sources import read_source
loaded = {}
for path in sys.argv[1:]:
    read_source(path)
    loaded[path] = sorted(m for m in sys.modules if m.split(".")[0] == "atproto"
                          or m == "training.sources.bluesky")
print(json.dumps(loaded))
"""


def write_sources(tmp_path: Path) -> list[Path]:
    """Write one small source of every kind that is not a Bluesky repository."""
    jsonl = tmp_path / "posts.jsonl"
    jsonl.write_text(json.dumps({"text": "coffee first, then the world"}) + "\n", encoding="utf-8")
    csv = tmp_path / "posts.csv"
    csv.write_text("text\nmy cat has opinions about mondays\n", encoding="utf-8")
    txt = tmp_path / "posts.txt"
    txt.write_text("rain again, good for the garden\n", encoding="utf-8")
    tweet = {"tweet": {"id_str": "1", "full_text": "the bus was early for once", "created_at": ""}}
    tweets_js = tmp_path / "tweets.js"
    tweets_js.write_text("window.YTD.tweets.part0 = " + json.dumps([tweet]), encoding="utf-8")
    return [jsonl, csv, txt, tweets_js]


def test_non_bluesky_sources_never_import_atproto(tmp_path: Path) -> None:
    paths = write_sources(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(loaded) == {str(p) for p in paths}
    for path, heavy in loaded.items():
        assert heavy == [], f"reading {path} imported {heavy}"
