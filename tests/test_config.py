"""Config loading: the example file, unknown keys with their line, secrets only from the env."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pydantic import BaseModel

from bot.config import SECRET_NAMES, Config, Secrets, secret_env
from bot.config_loader import load_config, load_secrets, parse_config
from bot.errors import ConfigError
from bot.generation.base import DEFAULT_MAX_NEW_TOKENS

ROOT = Path(__file__).resolve().parent.parent


def _keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Return every dotted key of a config model."""
    keys: set[str] = set()
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        ann = field.annotation
        sub = ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None
        keys |= _keys(sub, f"{prefix}{name}.") if sub else {prefix + name}
    return keys


def test_example_config_loads_and_lists_every_key() -> None:
    cfg = load_config(ROOT / "config.example.toml")
    assert isinstance(cfg, Config)
    text = (ROOT / "config.example.toml").read_text()
    missing = [
        k for k in _keys(Config) if f"{k.rsplit('.', 1)[-1]} =" not in text and f"[{k}]" not in text
    ]
    assert missing == []


SHIPPED_CONFIGS = ("examples/demo.toml", "examples/discord.toml", "deploy/tweetling.toml",
                   "deploy/remote.toml", "config.example.toml")  # fmt: skip


def _shipped_configs() -> list[Path]:
    """Return every config file the repository ships (a moved or new one is found too)."""
    found = [
        ROOT / "config.example.toml",
        *ROOT.glob("examples/*.toml"),
        *ROOT.glob("deploy/*.toml"),
    ]
    return sorted(found)


def _same(written: object, loaded: object, where: str) -> None:
    """Assert that every value a TOML file sets is what the loaded config holds."""
    if isinstance(written, dict):
        assert isinstance(loaded, dict), where
        for key, value in written.items():
            assert key in loaded, f"{where}.{key} was dropped"
            _same(value, loaded[key], f"{where}.{key}")
    elif isinstance(written, list):
        assert isinstance(loaded, list) and len(loaded) == len(written), where
        for i, (w, v) in enumerate(zip(written, loaded, strict=True)):
            _same(w, v, f"{where}[{i}]")
    else:
        assert loaded == written, f"{where}: wrote {written!r}, loaded {loaded!r}"


def test_example_and_demo_configs_load() -> None:
    paths = _shipped_configs()
    # A shipped config that moved or vanished fails here instead of being skipped.
    assert {p.relative_to(ROOT).as_posix() for p in paths} >= set(SHIPPED_CONFIGS)
    for path in paths:
        cfg = load_config(path)
        written = tomllib.loads(path.read_text(encoding="utf-8"))
        _same(written, cfg.model_dump(mode="json"), path.name)


def test_unknown_key_names_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[model]\npath = "x"\n\n[generation]\ntemprature = 0.5\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    line = err.value.line()
    assert "generation.temprature" in line and "bad.toml:5" in line
    assert "\n" not in line


def test_bad_value_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"generation\.num_candidates"):
        parse_config({"generation": {"num_candidates": 0}})


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[model\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('[bot]\nname = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(latin1)


def test_secret_in_toml_is_refused() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config({"discord": {"token": "abc"}})
    assert "TWEETLING_DISCORD_TOKEN" in err.value.line()
    assert "abc" not in err.value.line()


def test_secrets_come_from_env_only() -> None:
    env = {"TWEETLING_DISCORD_TOKEN": "s3cret-token", "TWEETLING_X_API_KEY": "k"}
    secrets = load_secrets(env)
    assert secrets.discord_token is not None
    assert secrets.discord_token.get_secret_value() == "s3cret-token"
    assert "s3cret-token" not in repr(secrets)
    present = secrets.present()
    assert present["TWEETLING_DISCORD_TOKEN"] and not present["TWEETLING_X_BEARER_TOKEN"]
    assert not secrets.x_user_auth


def test_every_secret_variable_name_comes_from_secrets() -> None:
    names = {secret_env(n) for n in SECRET_NAMES}
    assert {"TWEETLING_DISCORD_TOKEN", "TWEETLING_REMOTE_API_KEY"} <= names
    assert set(Secrets().present()) == names
    key = load_secrets({"TWEETLING_REMOTE_API_KEY": "sk-remote-1234"}).remote_api_key
    assert key is not None and key.get_secret_value() == "sk-remote-1234"
    with pytest.raises(KeyError):
        secret_env("cache_dir")


def test_the_token_default_is_the_generation_default() -> None:
    assert Config().generation.max_new_tokens == DEFAULT_MAX_NEW_TOKENS


def test_schedule_rule_needs_one_trigger() -> None:
    with pytest.raises(ConfigError, match="exactly one"):
        parse_config({"schedule": {"rules": [{"name": "x"}]}})
