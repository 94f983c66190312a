"""`tweetling safety train-harm`: errors, a small run, and reproducing the shipped model."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.model import PACKAGE_DIR, HarmModel

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "moderation-train"

_TOXIC = [
    ("you are a worthless idiot", "harassment"),
    ("shut up you pathetic clown", "harassment"),
    ("nobody likes you, moron", "harassment"),
    ("those people are vermin, deport them all", "hate"),
]
_KIND = ["what a lovely morning", "the soup is ready", "see you at the match", "great film"]


def _write(path: Path, n: int) -> None:
    zeros = dict.fromkeys(CATEGORIES, 0)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(n):
            for text, label in _TOXIC:
                row = {"text": f"{text} {i}", "labels": {**zeros, label: 1}, "source": "x"}
                fh.write(json.dumps(row) + "\n")
            for text in _KIND:
                fh.write(json.dumps({"text": f"{text} {i}", "labels": zeros, "source": "y"}) + "\n")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    _write(d / "train.jsonl.gz", 20)
    _write(d / "dev.jsonl.gz", 5)
    return d


def test_small_run_writes_a_loadable_model(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model"
    assert main(["safety", "train-harm", "--data", str(data), "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["category"] for r in report["categories"]] == list(CATEGORIES)
    harassment = report["categories"][1]
    assert harassment["positives"] == 15 and harassment["pr_auc"] > 0.9
    model = HarmModel.load(out)
    assert (
        model.scores("you pathetic worthless moron")["harassment"]
        > model.scores("soup")["harassment"]
    )
    assert (out / "README.md").read_text().count("harassment") >= 1
    assert json.loads((out / "report.json").read_text())["train_rows"] == report["train_rows"]


def test_a_category_without_examples_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zeros = dict.fromkeys(CATEGORIES, 0)
    with gzip.open(tmp_path / "train.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"text": "hello there", "labels": zeros, "source": "y"}) + "\n")
    (tmp_path / "dev.jsonl.gz").write_bytes((tmp_path / "train.jsonl.gz").read_bytes())
    code = main(["safety", "train-harm", "--data", str(tmp_path), "--out", str(tmp_path / "o"),
                 "--no-augment"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "no positive example of hate" in err


def test_missing_data_dir_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["safety", "train-harm", "--data", str(tmp_path / "no"), "--out", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("error:")


def test_missing_train_file_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["safety", "train-harm", "--data", str(tmp_path), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and "train.jsonl.gz" in err and "Traceback" not in err


def test_out_dir_with_other_files_is_left_alone(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["safety", "train-harm", "--data", str(data), "--out", str(out)]) == 2
    assert "error:" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "train.jsonl.gz").is_file(), reason="no shared data here")
def test_retraining_reproduces_the_shipped_dev_figures(tmp_path: Path) -> None:
    from training.harm import train_harm

    report = train_harm(SHARED, tmp_path)
    shipped = HarmModel.load(PACKAGE_DIR).meta["report"]
    assert isinstance(shipped, dict)
    assert report["train_rows"] == shipped["train_rows"]
    for new, old in zip(report["categories"], shipped["categories"], strict=True):  # type: ignore[call-overload]
        assert new["pr_auc"] == pytest.approx(old["pr_auc"], abs=0.01), new["category"]
        assert new["recall"] == pytest.approx(old["recall"], abs=0.03), new["category"]
        assert new["benign_fpr"] == pytest.approx(old["benign_fpr"], abs=0.01), new["category"]
