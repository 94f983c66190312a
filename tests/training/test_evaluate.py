"""Evaluation: perplexity of base and tuned model, distinct-n, memorization rate."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import UserError
from tests.conftest import TINY_CORPUS
from tests.training.conftest import Trained
from training.evaluate import (
    distinct_n,
    evaluate_model,
    format_report,
    memorized_rate,
    perplexity,
)


def test_distinct_n() -> None:
    assert distinct_n(["a b a b", "a c"], 1) == pytest.approx(3 / 6)
    assert distinct_n(["a b a b", "a c"], 2) == pytest.approx(3 / 4)
    assert distinct_n(["one"], 2) == 0.0


def test_memorized_rate_uses_the_check() -> None:
    copies = {"copied post"}
    assert memorized_rate(["copied post", "new", "x", "y"], copies.__contains__) == 0.25
    assert memorized_rate(["a"], None) is None
    assert memorized_rate([], copies.__contains__) is None


def test_perplexity_matches_the_model_loss(tiny_model_dir: Path) -> None:
    from training.base_models import load_model, load_tokenizer
    from training.dataset import PostCollator, PostDataset

    tok, model = load_tokenizer(str(tiny_model_dir)), load_model(str(tiny_model_dir))
    posts = TINY_CORPUS[:3]
    data = PostDataset(posts, tok, 32)
    batch = PostCollator(tok.pad_token_id)([data[i] for i in range(len(data))])
    loss = model(**batch).loss.item()
    assert perplexity(model, tok, posts, 32, batch_size=2) == pytest.approx(math.exp(loss), 1e-4)


def test_evaluate_compares_base_and_tuned_on_held_out_posts(trained: Trained) -> None:
    result = evaluate_model(trained.out, TINY_CORPUS, n_samples=3, progress=False)
    assert result["base_perplexity"] == pytest.approx(trained.stats["base_perplexity"], 1e-4)
    assert result["perplexity"] == pytest.approx(trained.stats["perplexity"], 1e-4)
    assert len(result["samples"]) == 3 and 0 <= result["memorized_rate"] <= 1
    assert "fine-tuned perplexity" in format_report(result)


def test_eval_finds_a_bundled_base_in_the_configured_cache(
    trained: Trained, tmp_path: Path
) -> None:
    """A model trained with [training] cache_dir is evaluated against that cache's base."""
    import shutil

    from bot.models import bundled_dir

    cache, model = tmp_path / "cache", tmp_path / "model"
    shutil.copytree(trained.cfg.training.base_model, bundled_dir("bundled:smollm2-135m", cache))
    shutil.copytree(trained.out, model)
    stats_path = model / "training_stats.json"
    stats = json.loads(stats_path.read_text())
    stats_path.write_text(json.dumps({**stats, "base_model": "bundled:smollm2-135m"}))
    result = evaluate_model(model, TINY_CORPUS, n_samples=0, progress=False, cache_dir=cache)
    assert result["base_perplexity"] == pytest.approx(stats["base_perplexity"], 1e-4)


def test_eval_cli_prints_json(
    trained: Trained, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "posts.txt"
    source.write_text("\n".join(TINY_CORPUS) + "\n")
    code = main(["eval", str(trained.out), "--data", str(source), "-n", "2", "--json"])
    assert code == 0, capsys.readouterr().err
    result = json.loads(capsys.readouterr().out)
    keys = {"base_perplexity", "perplexity", "distinct_1", "distinct_2", "memorized_rate"}
    assert keys | {"samples"} <= set(result) and len(result["samples"]) == 2


def test_eval_of_a_dir_without_stats_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"training_stats\.json"):
        evaluate_model(tmp_path, TINY_CORPUS)


@pytest.mark.parametrize(
    ("text", "message"),
    [('{"base_model": ', "is not valid JSON"), ("[]", "does not hold a JSON object"),
     ('{"base_model": "gpt2", "hyperparameters": {}}', "lacks hyperparameters.val_fraction")],
)  # fmt: skip
def test_eval_of_a_broken_stats_file_is_a_user_error(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "training_stats.json").write_text(text)
    with pytest.raises(UserError, match=message):
        evaluate_model(tmp_path, TINY_CORPUS)
