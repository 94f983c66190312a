"""The model card follows huggingtweets' form and its numbers equal training_stats.json."""

from __future__ import annotations

import json
import re
from typing import Any

from tests.training.conftest import ACCOUNT_STATS, Trained
from training.model_card import fmt_float, fmt_rate, render_card, write_model_card


def _table(card: str, first_header: str) -> dict[str, list[str]]:
    """Return a Markdown table of the card as {first cell: other cells}."""
    lines = card.split(f"| {first_header} |", 1)[1].splitlines()[2:]
    rows: dict[str, list[str]] = {}
    for line in lines:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def test_card_numbers_equal_training_stats(trained: Trained) -> None:
    card = (trained.out / "README.md").read_text()
    stats = json.loads((trained.out / "training_stats.json").read_text())
    metrics = _table(card, "Metric")
    assert metrics["Validation perplexity before fine-tuning"] == [
        fmt_float(stats["base_perplexity"])
    ]
    assert metrics["Validation perplexity after fine-tuning"] == [fmt_float(stats["perplexity"])]
    rate_row = next(v for k, v in metrics.items() if k.startswith("Memorization rate"))
    assert rate_row == [fmt_rate(stats["memorized_rate"])]
    assert metrics["Date"] == [stats["date"]]
    assert metrics["Base model"] == [f"`{stats['base_model']}`"]
    hp = _table(card, "Hyperparameter")
    assert hp["learning_rate"] == [str(stats["hyperparameters"]["learning_rate"])]
    data = _table(card, "Data")
    assert data["Tweets kept"] == [str(stats["data"]["by_source"]["alice"]["kept"])]
    assert f"{stats['n_train']} posts were used for training" in card
    assert f"It ran {stats['global_step']} optimizer steps" in card


def _stats(**extra: Any) -> dict[str, Any]:
    stats: dict[str, Any] = {
        "base_model": "gpt2",
        "bot_name": "twinbot",
        "data": {
            "downloaded": 70, "retweets": 6, "short": 5, "duplicates": 2, "replies": 1,
            "other_dropped": 0, "kept": 56, "languages": {"de": 50, "en": 6},
            "date_range": ["2023-01-01T10:00:00+00:00", "2024-01-01T00:00:00+00:00"],
            "by_source": {"alice": ACCOUNT_STATS, "bob": {**ACCOUNT_STATS, "kept": 16}},
        },
        "n_train": 50, "n_val": 6, "global_step": 12, "epochs_completed": 2.0,
        "train_runtime_s": 3.25, "base_perplexity": 80.123, "perplexity": 31.5,
        "memorized_rate": 0.25, "distinct_1": 0.5, "distinct_2": 0.75,
        "samples": ["a b", "c d", "e f", "g h"], "date": "2026-01-02", "adapter": True,
        "eos_token": "<|endoftext|>",
        "hyperparameters": {"epochs": 2.0, "learning_rate": 5e-05, "seed": 42,
                            "lora": {"r": 8, "alpha": 16}},
    }  # fmt: skip
    stats.update(extra)
    return stats


def test_card_has_huggingtweets_sections_and_one_column_per_account() -> None:
    card = render_card(_stats(), "models/twin")
    front = card.split("---\n")[1]
    assert "language: de" in front and "- huggingtweets" in front and "widget:" in front
    for heading in ("Training data", "Training procedure", "How to use", "Limitations and bias"):
        assert f"## {heading}" in card
    assert "writes like @alice, @bob" in card
    assert "Posts from 2023-01-01 to 2024-01-01." in card
    data = _table(card, "Data")
    assert data["Tweets downloaded"] == ["50", "50", "70"]
    assert data["Tweets kept"] == ["40", "16", "56"]
    assert set(data) >= {"Retweets", "Short tweets"}
    assert "pipeline('text-generation', model='models/twin')" in card
    assert "LoRA (r=8, alpha=16, saved as an adapter)" in card
    metrics = _table(card, "Metric")
    assert metrics["Validation perplexity before fine-tuning"] == ["80.12"]
    assert metrics["Memorization rate (4 sampled posts)"] == ["25.0%"]
    assert metrics["Distinct-1 / distinct-2 of the samples"] == ["0.500 / 0.750"]


def test_unmeasured_numbers_say_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    stats = _stats(memorized_rate=None, data={})
    (tmp_path / "training_stats.json").write_text(json.dumps(stats))
    card = write_model_card(tmp_path).read_text()
    assert re.search(r"\| Memorization rate .* \| n/a \|", card)
    assert "| Tweets kept | n/a |" in card


def test_card_reports_pairs_and_posts_used() -> None:
    data = {
        **_stats()["data"],
        "pairs": 19,
        "skipped": {"bot": 2, "others": 27},
        "by_source": {"wren_c": {**ACCOUNT_STATS, "pairs": 19}},
    }
    card = render_card(_stats(data=data, n_train=50, n_train_pairs=17, n_val_pairs=2), "m")
    assert "writes like @wren_c" in card
    assert _table(card, "Data")["Of which replies with their context"] == ["19"]
    assert "50 examples (33 posts and 17 replies with their context) were used" in card
    assert "6 examples (4 posts and 2 replies with their context) held out" in card
    assert "Not read as posts: 2 bot, 27 other people's messages (used as context only)." in card
    assert "masked out of the loss" in card


def test_card_without_pairs_keeps_the_post_wording() -> None:
    card = render_card(_stats(), "m")
    assert "50 posts were used for training and 6 posts held out" in card
    assert "Of which replies" not in card and "masked out of the loss" not in card
