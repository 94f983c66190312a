"""Fixtures for the training tests: a tiny GPT-2 fine-tuned once per session."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, LoraConfig, TrainingConfig
from tests.conftest import TINY_CORPUS

ACCOUNT_STATS = {
    "downloaded": 50,
    "retweets": 4,
    "short": 3,
    "duplicates": 2,
    "replies": 1,
    "other_dropped": 0,
    "kept": 40,
}
DATA_STATS: dict[str, Any] = {
    **ACCOUNT_STATS,
    "date_range": ["2024-01-01", "2024-06-30"],
    "languages": {"en": 40},
    "by_source": {"alice": ACCOUNT_STATS},
}


def tiny_config(base: Path, out: Path, **training: Any) -> Config:
    """Return a Config that fine-tunes the tiny model quickly (no CTranslate2 export)."""
    lora = training.pop("lora", None)
    values: dict[str, Any] = {
        "base_model": str(base),
        "out": str(out),
        "epochs": 2.0,
        "batch_size": 8,
        "max_length": 32,
        "learning_rate": 5e-3,
        "export_ct2": False,
        "eval_samples": 0,
        **training,
    }
    if lora is not None:
        values["lora"] = LoraConfig(**lora)
    return Config(training=TrainingConfig(**values))


def run_training(cfg: Config, posts: Sequence[str] = TINY_CORPUS, **kwargs: Any) -> dict[str, Any]:
    """Train with `cfg` on `posts` (no progress bars) and return the stats."""
    from training.train import TrainData, train

    data = TrainData(list(posts), dict(DATA_STATS))
    return train(cfg, data=data, progress=False, **kwargs)


@pytest.fixture(autouse=True, scope="session")
def _one_torch_thread() -> Iterator[None]:
    """Run tiny models on one thread: on a shared 2-core box, two threads are 10x slower."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@dataclass
class Trained:
    """A fine-tuned tiny model: its dir, the stats train() returned, and the config used."""

    out: Path
    stats: dict[str, Any]
    cfg: Config


@pytest.fixture(scope="session")
def trained(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Trained:
    """The tiny GPT-2 fine-tuned on the tiny corpus until it learns the post format."""
    out = tmp_path_factory.mktemp("trained") / "model"
    cfg = tiny_config(tiny_model_dir, out, epochs=6.0, learning_rate=1e-2, eval_samples=4)
    return Trained(out, run_training(cfg), cfg)
