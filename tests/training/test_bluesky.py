"""The Bluesky repository (.car) reader: the sample's counts, facets, threads, damaged files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import libipld
import pytest

from bot.cli import main
from bot.errors import DataError
from tests.conftest import ROOT
from training.sources import ReadOptions, read_source
from training.sources.bluesky import read_repo

SAMPLE = ROOT / "examples" / "sample_bluesky" / "repo.car"
DID = "did:plc:wrencalloway0000000000ab"

# Hand-counted from examples/make_bluesky_export.py:
#   post records: 12 plain + 3 with facets + 4 thread + 2 replies to others + 1 self-labelled
#   + 1 Japanese + 2 short + 1 duplicate + 1 image-only = 27; repost records: 3. Downloaded 30
#   (the profile, 2 follows and 3 likes are not posts).
# Dropped: 3 reposts (retweets), 2 short, 1 duplicate, 1 empty (image only). Kept 23.
# Pairs: the thread's 3 self-replies.
SAMPLE_COUNTS = {
    "downloaded": 30,
    "retweets": 3,
    "replies": 0,
    "short": 2,
    "duplicates": 1,
    "other_dropped": 1,
    "kept": 23,
    "pairs": 3,
}


def test_sample_counts_match_the_hand_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "stats", str(SAMPLE), "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert {k: result[k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS
    assert result["other_reasons"] == {"empty": 1}
    assert result["languages"] == {"en": 22, "ja": 1}
    assert set(result["by_source"]) == {DID}  # repo.car: the repository's DID names it


def test_facets_threads_and_labels() -> None:
    posts = {p.text: p for p in read_repo(SAMPLE)}
    link = "https://riverbend-library.example/seed-swap-autumn-2024"
    assert f"Our seed swap is open again: {link} bring beans, take beans 🌱" in posts
    mention = "Bread chat with @mo this weekend, bring your starters and your questions #sourdough"
    assert mention in posts
    third = posts[
        "Third: somebody will bring one enormous pumpkin seed with a story. Listen to the story."
    ]
    assert len(third.context) == 3 and third.context[0].startswith("A small thread")
    assert not third.is_reply
    replies = [p for p in posts.values() if p.is_reply]
    assert len(replies) == 2 and all(p.context == () for p in replies)
    labelled = [p for p in posts.values() if p.sensitive]
    assert [p.content_warning for p in labelled] == ["graphic-media"]
    assert all(p.id.startswith(f"at://{DID}/app.bsky.feed.") for p in posts.values())


def test_handle_names_the_account() -> None:
    posts = read_source(SAMPLE, options=ReadOptions(handle="wrenbakes"))
    assert {p.account for p in posts} == {"wrenbakes"}


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 64,
        b"not a car file at all",
        SAMPLE.read_bytes()[:200],  # truncated
        SAMPLE.read_bytes()[:-10],  # truncated in the last block
    ],
    ids=["empty", "zeros", "text", "truncated-early", "truncated-late"],
)
def test_damaged_car_files_are_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "repo.car"
    path.write_bytes(data)
    with pytest.raises(DataError):
        read_source(path)


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


@pytest.mark.parametrize("depth", [10, 100_000])
def test_a_block_nested_deep_or_without_commit_is_one_line(tmp_path: Path, depth: int) -> None:
    block = b"\x81" * depth + b"\x01"  # one-element arrays inside each other
    cid = bytes([1, 0x71, 0x12, 0x20]) + hashlib.sha256(block).digest()
    header = libipld.encode_dag_cbor({"version": 1, "roots": [cid]})
    path = tmp_path / "deep.car"
    path.write_bytes(_varint(len(header)) + header + _varint(len(cid) + len(block)) + cid + block)
    with pytest.raises(DataError, match=r"not a readable CAR file|no repository commit"):
        read_repo(path)


def test_sample_generator_is_reproducible(tmp_path: Path) -> None:
    from examples.make_bluesky_export import write

    assert write(tmp_path).read_bytes() == SAMPLE.read_bytes()
