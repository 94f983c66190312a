"""Apply command-line flags to a Config through the config's own validation (same limits)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from bot.cli_args import value_text
from bot.config import Config
from bot.errors import ConfigError


def with_flags(cfg: Config, flags: Mapping[str, tuple[str, object]], command: str) -> Config:
    """Return `cfg` with each flag's value set at its dotted key, validated like the TOML file.

    `flags` maps a dotted config key ("generation.temperature") to (flag name, value); a value
    of None means the flag was not given. A value the config would refuse is a ConfigError that
    names the flag, so `-n 100000` meets the same cap as num_candidates = 100000.
    """
    given = {key: pair for key, pair in flags.items() if pair[1] is not None}
    if not given:
        return cfg
    raw: dict[str, Any] = cfg.model_dump(exclude={"source_path"})
    for key, (_, value) in given.items():
        *sections, name = key.split(".")
        node = raw
        for section in sections:
            node = node[section]
        node[name] = value
    try:
        checked = Config.model_validate(raw)
    except ValidationError as exc:
        raise _flag_error(exc, given, command) from None
    return checked.model_copy(update={"source_path": cfg.source_path})


def _flag_error(
    exc: ValidationError, given: Mapping[str, tuple[str, object]], command: str
) -> ConfigError:
    """Describe the first refused value by the flag that set it."""
    err = exc.errors()[0]
    key = ".".join(str(p) for p in err["loc"] if not isinstance(p, int))
    owner = next((k for k in given if key == k or key.startswith(k + ".")), None)
    if owner is None:  # a rule across keys refused the combination
        section, _, name = key.rpartition(".")
        return ConfigError(f"[{section}] {name}: {err['msg']}", f"see `tweetling {command} --help`")
    flag, value = given[owner]
    section, _, name = owner.rpartition(".")
    return ConfigError(
        f"{flag} {value_text(value)}: {err['msg']}",
        f"use a value [{section}] {name} allows; see `tweetling {command} --help`",
    )
