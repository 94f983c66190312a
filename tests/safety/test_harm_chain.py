"""The harm filter in the chains: config, input refusals, hold/block actions, remote provider."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config, HarmConfig, SafetyConfig
from bot.config_loader import load_config
from bot.errors import ConfigError
from bot.safety.base import CheckContext
from bot.safety.factory import build_safety
from bot.safety.harm.build import build_harm_filter
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.model import get_model

THREAT = "I know where you live and I'm coming for you tonight"


def _cfg(**harm: object) -> Config:
    return Config(safety=SafetyConfig(harm=HarmConfig(**harm)))  # type: ignore[arg-type]


def test_harm_is_in_both_chains_by_default() -> None:
    safety = build_safety(Config())
    assert "harm" in [f.name for f in safety.output.filters]
    assert "harm" in [f.name for f in safety.input.filters]


def test_input_with_a_threat_is_refused_with_category() -> None:
    verdict = build_safety(Config()).check_input(THREAT, CheckContext(platform="discord"))
    assert verdict.action == "block" and "harm:violence" in verdict.reasons
    assert "violence" in verdict.message


def test_disabled_harm_filter_is_absent() -> None:
    safety = build_safety(_cfg(enabled=False))
    assert "harm" not in [f.name for f in safety.output.filters]


def test_hold_action_from_config() -> None:
    safety = build_safety(_cfg(actions={"violence": "hold", "harassment": "hold"}))
    verdict = safety.check_output(THREAT, CheckContext(platform="console"))
    assert verdict.action == "hold" and verdict.filter == "harm"


def test_config_thresholds_override_the_tuned_ones() -> None:
    f = build_harm_filter(HarmConfig(thresholds={"hate": 0.99}))
    assert f.thresholds["hate"] == 0.99
    assert f.thresholds["violence"] == get_model().threshold_of("violence")


def test_a_retrained_model_dir_is_used(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="cannot load the harm model"):
        build_harm_filter(HarmConfig(model_dir=str(tmp_path)))


@pytest.mark.parametrize(
    "toml",
    [
        "[safety.harm]\nthresholds = { hate = 1.5 }\n",
        '[safety.harm]\nactions = { spam = "block" }\n',
        '[safety.harm]\nactions = { hate = "rewrite" }\n',
        '[safety.harm]\nprovider = "magic"\n',
    ],
)
def test_bad_harm_config_is_a_config_error(tmp_path: Path, toml: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(path)


def test_openai_provider_without_a_key_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWEETLING_TEST_NO_KEY", raising=False)
    with pytest.raises(ConfigError, match="TWEETLING_TEST_NO_KEY"):
        build_harm_filter(HarmConfig(provider="openai", remote_api_key_env="TWEETLING_TEST_NO_KEY"))


def test_unreachable_guard_server_blocks_everything() -> None:
    cfg = HarmConfig(provider="guard", remote_url="http://127.0.0.1:9/v1", remote_timeout_s=2)
    verdict = build_harm_filter(cfg).check("what a lovely day", CheckContext())
    assert verdict.action == "block" and verdict.reasons == ("harm:unavailable",)


def test_eval_moderation_prints_per_category_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zeros = dict.fromkeys(CATEGORIES, 0)
    rows = [
        ("I know where you live", {**zeros, "violence": 1}),
        ("just kill yourself", {**zeros, "self_harm": 1, "harassment": 1}),
        ("the soup is lovely today", zeros),
        ("see you at the match", zeros),
    ]
    path = tmp_path / "mod.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for text, labels in rows:
            fh.write(json.dumps({"text": text, "labels": labels, "source": "t"}) + "\n")
    assert main(["safety", "eval", "--moderation", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["moderation"]
    cats = {r["category"]: r for r in report["categories"]}
    assert set(cats) == set(CATEGORIES)
    assert cats["violence"]["recall"] == 1.0 and cats["self_harm"]["recall"] == 1.0
    chains = {r["name"]: r for r in report["chains"]}
    assert chains["harm"]["recall"] == 1.0 and chains["harm"]["fpr"] == 0.0
    assert main(["safety", "eval", "--moderation", str(path)]) == 0
    out = capsys.readouterr().out
    assert "self_harm" in out and "pr_auc" in out


def test_eval_needs_some_texts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["safety", "eval"]) == 2
    assert capsys.readouterr().err.startswith("error:")
