"""`tweetling safety train-harm`: errors, a small run, and reproducing the shipped model."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from bot.cli import main
from bot.outputs import MARKER, read_marker
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.model import PACKAGE_DIR, HarmModel
from training.harm import thresholds_for

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
    chain, shipped_chain = report["chain"], shipped["chain"]  # with lexicon and classifier
    assert isinstance(chain, dict) and isinstance(shipped_chain, dict)
    assert chain["recall"] == pytest.approx(shipped_chain["recall"], abs=0.02)
    assert chain["fpr"] <= report["benign_fpr_budget"]  # type: ignore[operator]


def test_an_earlier_harm_model_is_replaced_and_a_folder_with_more_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model"
    args = ["safety", "train-harm", "--data", str(data), "--out", str(out)]
    assert main(args) == 0
    first = (out / "harm_model.json").read_text()
    assert read_marker(out) is not None  # the folder says it is a harm model
    assert main(args) == 0  # an earlier harm model is replaced whole
    second = json.loads((out / "harm_model.json").read_text())
    assert second["thresholds"] == json.loads(first)["thresholds"]  # seeded: the same model
    (out / "notes.txt").write_text("mine")  # now it holds something tweetling did not write
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "not a tweetling" in err[0]
    assert (out / "notes.txt").read_text() == "mine" and (out / "harm_model.json").is_file()


def test_a_model_folder_from_before_markers_is_replaced(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "old"
    assert main(["safety", "train-harm", "--data", str(data), "--out", str(out)]) == 0
    (out / MARKER).unlink()  # as the shipped folder and models trained before markers
    assert main(["safety", "train-harm", "--data", str(data), "--out", str(out)]) == 0
    assert (out / MARKER).is_file()


@pytest.mark.parametrize("where", ["file", "data", "cwd"])
def test_out_that_would_lose_data_is_refused_before_training(
    data: Path,
    tmp_path: Path,
    where: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = {"file": tmp_path / "a.txt", "data": data, "cwd": tmp_path}[where]
    if where == "file":
        target.write_text("keep")
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code = main(["safety", "train-harm", "--data", str(data), "--out", str(target)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("error:"), err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("budget", [0.02, 0.05, 0.2])
def test_thresholds_keep_the_chain_within_the_benign_budget(seed: int, budget: float) -> None:
    rng = np.random.default_rng(seed)
    y = (rng.random((400, 5)) < [0.2, 0.15, 0.05, 0.02, 0.02]).astype(np.int8)
    scores = np.clip(rng.normal(0.3, 0.2, (400, 5)) + 0.4 * y, 0, 1)
    others = rng.random(400) < 0.01  # rows the lexicon or classifier already flag
    thresholds = np.asarray(thresholds_for(scores, y, budget, others))
    flagged = others | (scores >= thresholds).any(axis=1)
    benign = y.sum(axis=1) == 0
    # (when the other filters alone spend more than the budget, the harm model adds nothing)
    assert flagged[benign].sum() <= max(int(budget * benign.sum()), others[benign].sum())
    assert flagged[~benign].mean() > flagged[benign].mean()  # it does catch harm
    alone = np.asarray(thresholds_for(scores, y, budget))
    # the other filters spend part of the budget: the harm model flags no more than alone
    assert ((scores >= thresholds).any(axis=1) & benign).sum() <= (
        (scores >= alone).any(axis=1) & benign
    ).sum()


def test_harm_the_other_filters_catch_buys_no_threshold() -> None:
    y = np.asarray([[1, 0, 0, 0, 0]] * 5 + [[0] * 5] * 95, dtype=np.int8)
    scores = np.zeros((100, 5))
    scores[:5, 0] = 0.9  # every hateful row scores high, but the lexicon already flags them
    scores[5:10, 0] = 0.95  # catching them costs these five benign rows
    others = np.asarray([True] * 5 + [False] * 95)
    assert thresholds_for(scores, y, 0.5, others)[0] > 0.95  # above every benign row
    assert 0 < thresholds_for(scores, y, 0.5)[0] <= 0.9  # alone, it buys them
