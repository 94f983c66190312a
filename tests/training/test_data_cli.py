"""`tweetling data stats|prepare|fetch-x`, run in-process (and once as a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import responses

from bot.cli import main
from tests.conftest import ROOT, SAMPLE_ARCHIVE
from training.clean import read_prepared

# Hand-counted from examples/make_sample_archive.py (the sample's categories, post by post):
#   205 originals + 12 thread posts (3 self-reply threads: 5 + 4 + 3) + 22 replies
#   + 3 short replies + 28 retweets + 11 short posts + 5 Japanese + 6 with links
#   + 4 media-only + 3 posts X marked "und" + 6 exact and 5 near duplicates = 310 downloaded.
# Dropped: 28 retweets ("RT @" although retweeted=false); 11 short + 3 short replies = 14 short;
# 6 exact (same text, different t.co link or punctuation) + 5 near duplicates = 11;
# 4 media-only posts are empty once their link is removed (other drops).
# Kept: 205 + 12 + 22 + 5 + 6 + 3 = 253.
SAMPLE_COUNTS = {
    "downloaded": 310,
    "retweets": 28,
    "replies": 0,
    "short": 14,
    "duplicates": 11,
    "kept": 253,
}
# With drop_replies = true the 25 replies to others go first (the 3 short ones among them),
# the 9 self-replies of the threads stay: 14 - 3 = 11 short, 253 - 22 = 231 kept.
SAMPLE_COUNTS_NO_REPLIES = {**SAMPLE_COUNTS, "replies": 25, "short": 11, "kept": 231}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def config(tmp_path: Path, text: str) -> str:
    """Write a config file and return its path."""
    path = tmp_path / "tweetling.toml"
    path.write_text(text)
    return str(path)


def test_stats_json_matches_the_hand_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "data", "stats", str(SAMPLE_ARCHIVE), "--json")
    assert code == 0
    stats = json.loads(out)
    assert {k: stats[k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS
    assert stats["other_dropped"] == 4 and stats["other_reasons"] == {"empty": 4}
    assert set(stats["by_source"]) == {"wrenbakes"}
    assert {k: stats["by_source"]["wrenbakes"][k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS
    assert stats["languages"] == {"en": 245, "ja": 5, "und": 3}
    assert stats["date_range"][0] < stats["date_range"][1]
    assert stats["kept_chars"] > 6000


def test_stats_with_replies_dropped_by_config(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cfg = config(tmp_path, "[data]\ndrop_replies = true\n")
    code, out, _ = run(capsys, "data", "stats", str(SAMPLE_ARCHIVE), "--json", "--config", cfg)
    assert code == 0
    stats = json.loads(out)
    assert {k: stats[k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS_NO_REPLIES


def test_stats_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "data", "stats", str(SAMPLE_ARCHIVE))
    assert code == 0
    rows = {line[:21].strip(): line[21:].split() for line in out.splitlines()[1:]}
    assert rows["Tweets downloaded"] == ["310"]
    assert rows["Retweets"] == ["28"]
    assert rows["Short tweets"] == ["14"]
    assert rows["Tweets kept"] == ["253"]
    assert rows["Other drops"] == ["4", "(empty", "4)"]
    assert "en 245, ja 5, und 3" in out


def test_prepare_writes_train_and_stats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_dir = tmp_path / "demo-data"
    code, out, _ = run(capsys, "data", "prepare", str(SAMPLE_ARCHIVE), "-o", str(out_dir))
    assert code == 0
    assert "wrote 253 posts" in out
    prepared = read_prepared(out_dir)
    assert len(prepared.posts) == prepared.stats.kept == 253
    texts = [p.text for p in prepared.posts]
    assert not any(t.startswith("RT @") or "https://t.co" in t or "&amp;" in t for t in texts)
    assert "Tea, crossword & cat on lap. The Sunday trinity." in texts
    assert all(p.account == "wrenbakes" and p.id.isdigit() for p in prepared.posts)


def test_prepare_refuses_too_little_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    small = tmp_path / "few.txt"
    small.write_text("a handful of posts here\nnot nearly enough text\n")
    code, _, err = run(capsys, "data", "prepare", str(small), "-o", str(tmp_path / "o"))
    assert code == 2
    assert err.startswith("error: only 45 characters in 2 kept posts")
    assert "min_kept_chars" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()
    cfg = config(tmp_path, "[data]\nmin_kept_chars = 40\n")
    assert run(capsys, "data", "prepare", str(small), "-o", str(tmp_path / "o"), "-c", cfg)[0] == 0
    argv = ("data", "prepare", str(small), "-o", str(tmp_path / "p"), "--min-kept-chars", "10")
    assert run(capsys, *argv)[0] == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "truncated",
            'window.YTD.tweets.part0 = [{"tweet": {"full_text": "cut',
            "is not valid JSON",
        ),
        ("wrong-wrapper", 'window.YTD.block.part0 = [{"blocking": {}}]', "window.YTD.block data"),
        ("not-json", "Hello, this is not an archive at all.", "does not start with window.YTD"),
        ("empty", "window.YTD.tweets.part0 = [ ]", "holds no posts"),
        (
            "missing-fields",
            'window.YTD.tweets.part0 = [{"tweet": {"id": "1"}}]',
            "has no full_text",
        ),
    ],
)
def test_malformed_archives_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: str, message: str
) -> None:
    data = tmp_path / name / "data"
    data.mkdir(parents=True)
    (data / "tweets.js").write_text(content)
    code, out, err = run(capsys, "data", "stats", str(tmp_path / name))
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err and str(tmp_path / name) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_source_and_bad_config(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "data", "stats", str(tmp_path / "missing"))
    assert code == 2 and "missing does not exist" in err
    cfg = config(tmp_path, "[data]\nno_such_key = 1\n")
    code, _, err = run(capsys, "data", "stats", str(SAMPLE_ARCHIVE), "-c", cfg)
    assert code == 2 and "no_such_key" in err


def test_fetch_x_writes_jsonl_that_stats_reads(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWEETLING_X_BEARER_TOKEN", "t0ken")
    tweets: list[dict[str, Any]] = [
        {"id": "1", "text": "baked a lovely loaf this morning", "author_id": "42"},
        {
            "id": "2",
            "text": "RT @amy: hello…",
            "author_id": "42",
            "referenced_tweets": [{"type": "retweeted", "id": "5"}],
        },
        {
            "id": "3",
            "text": "@amy thanks, that is kind of you",
            "author_id": "42",
            "in_reply_to_user_id": "8",
        },
    ]
    for tweet in tweets:
        tweet["edit_history_tweet_ids"] = [tweet["id"]]
    out_file = tmp_path / "wren.jsonl"
    with responses.RequestsMock() as api:
        api.get(
            "https://api.twitter.com/2/users/by/username/wren",
            json={"data": {"id": "42", "name": "Wren", "username": "wren"}},
        )
        api.get(
            "https://api.twitter.com/2/users/42/tweets",
            json={"data": tweets, "meta": {"result_count": 3}},
        )
        code, out, _ = run(capsys, "data", "fetch-x", "@wren", "-o", str(out_file))
    assert code == 0 and "wrote 3 posts" in out
    assert [json.loads(line)["id"] for line in out_file.read_text().splitlines()] == ["1", "2", "3"]
    cfg = config(tmp_path, "[data]\ndrop_replies = true\n")
    code, out, _ = run(capsys, "data", "stats", str(out_file), "--json", "-c", cfg)
    stats = json.loads(out)
    assert (stats["retweets"], stats["replies"], stats["kept"]) == (1, 1, 1)
    assert set(stats["by_source"]) == {"wren"}


def test_fetch_x_errors_leave_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = tmp_path / "wren.jsonl"
    code, _, err = run(capsys, "data", "fetch-x", "wren", "-o", str(out_file))
    assert code == 2 and "TWEETLING_X_BEARER_TOKEN is not set" in err
    monkeypatch.setenv("TWEETLING_X_BEARER_TOKEN", "t0ken")
    with responses.RequestsMock() as api:
        api.get(
            "https://api.twitter.com/2/users/by/username/wren",
            json={"data": {"id": "42", "name": "Wren", "username": "wren"}},
        )
        api.get("https://api.twitter.com/2/users/42/tweets", status=402, json={"title": "x"})
        code, _, err = run(capsys, "data", "fetch-x", "wren", "-o", str(out_file))
    assert code == 2 and "402" in err and "t0ken" not in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("action", ["stats", "prepare", "fetch-x"])
def test_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    assert main(["data", action, "--help"]) == 0  # main returns argparse's exit code
    assert "--config" in capsys.readouterr().out


def test_stats_json_in_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "data", "stats", "examples/sample_archive", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert {k: stats[k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS


def test_unwritable_out_is_one_error_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, _, err = run(capsys, "data", "prepare", str(SAMPLE_ARCHIVE), "-o", str(blocker))
    assert code == 2 and err.startswith(f"error: cannot write to {blocker}")
    monkeypatch.setenv("TWEETLING_X_BEARER_TOKEN", "t0ken")
    with responses.RequestsMock():  # no request may go out before the path is known good
        code, _, err = run(capsys, "data", "fetch-x", "wren", "-o", str(blocker / "w.jsonl"))
    assert code == 2 and err.startswith(f"error: cannot write {blocker / 'w.jsonl'}")


DISCORD_JSON = ROOT / "examples" / "discord_export" / "river-town-bakers-bread-talk.json"


def test_stats_on_a_discord_export(capsys: pytest.CaptureFixture[str]) -> None:
    # Hand counts in tests/training/test_discord_export.py: 28 posts, 20 pairs, "yay!!" short.
    code, out, _ = run(capsys, "data", "stats", str(DISCORD_JSON), "--author", "Wren", "--json")
    assert code == 0
    stats = json.loads(out)
    assert (stats["downloaded"], stats["short"], stats["kept"], stats["pairs"]) == (28, 1, 27, 19)
    assert stats["skipped"] == {"attachment_only": 2, "bot": 2, "others": 27, "system": 3}
    code, out, _ = run(capsys, "data", "stats", str(DISCORD_JSON), "--author", "Wren")
    assert "Pairs (context -> reply)        19" in out
    assert "bots 2" in out and "system messages 3" in out and "attachments only 2" in out


def test_a_discord_export_without_author_is_one_error_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "data", "stats", str(DISCORD_JSON))
    assert code == 2 and out == ""
    assert err.startswith("error: ") and "--author NAME_OR_ID" in err
    assert "wrenbakes (28)" in err and len(err.strip().splitlines()) == 1


def test_prepare_writes_pairs_under_the_given_handle(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_dir = tmp_path / "d"
    argv = ["data", "prepare", str(DISCORD_JSON), "--author", "wrenbakes", "-o", str(out_dir)]
    code, out, _ = run(capsys, *argv, "--handle", "@wren_c", "--min-kept-chars", "100")
    assert code == 0 and "wrote 27 posts (19 of them replies with their context)" in out
    rows = [json.loads(line) for line in (out_dir / "train.jsonl").read_text().splitlines()]
    assert {row["account"] for row in rows} == {"wren_c"}
    pairs = [row for row in rows if "context" in row]
    assert len(pairs) == 19 and all(isinstance(row["context"], list) for row in pairs)
    assert json.loads((out_dir / "stats.json").read_text())["by_source"]["wren_c"]["pairs"] == 19
