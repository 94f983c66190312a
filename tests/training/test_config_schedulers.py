"""The config's list of learning-rate schedulers is exactly the one transformers accepts."""

from __future__ import annotations

from transformers.trainer_utils import SchedulerType

from bot.config_types import LR_SCHEDULERS


def test_lr_scheduler_names_match_transformers() -> None:
    assert set(LR_SCHEDULERS) == {s.value for s in SchedulerType}
