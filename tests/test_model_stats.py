"""training_stats.json has one reader and one writer: damage is one error line, writes atomic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import DataError
from bot.model_stats import STATS_FILENAME, read_model_stats, write_model_stats

DAMAGED = {
    "bad json": b'{"base_model": ',
    "not an object": b"[1, 2]",
    "not utf-8": b'{"a": "\xff\xfe"}',
    "nested too deep": b"[" * 100_000 + b"]" * 100_000,
    "empty": b"",
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_stats_file_is_a_data_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / STATS_FILENAME).write_bytes(content)
    with pytest.raises(DataError, match=STATS_FILENAME):
        read_model_stats(tmp_path)


def test_a_missing_stats_file_says_the_folder_was_not_trained(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="was not made by `tweetling train`"):
        read_model_stats(tmp_path)


def test_write_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    (tmp_path / STATS_FILENAME).write_text('{"old": true}')
    write_model_stats(tmp_path, {"perplexity": 3.5, "name": "wren ☕"})
    assert read_model_stats(tmp_path) == {"perplexity": 3.5, "name": "wren ☕"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [STATS_FILENAME]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    (tmp_path / STATS_FILENAME).write_text('{"old": true}')
    with pytest.raises(DataError, match="cannot write"):
        write_model_stats(tmp_path / "gone", {"new": True})
    assert json.loads((tmp_path / STATS_FILENAME).read_text()) == {"old": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == [STATS_FILENAME]


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_update_from_a_damaged_stats_file_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    (model / STATS_FILENAME).write_bytes(content)
    (tmp_path / "new.jsonl").write_text('{"text": "hello there"}\n')
    assert main(["update", str(model), str(tmp_path / "new.jsonl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and STATS_FILENAME in err[0]
