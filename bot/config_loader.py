"""Load the config: read the TOML file and the .env file; errors are one line naming the key."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.config import ENV_PREFIX, SECRET_NAMES, Config, Secrets, secret_env
from bot.errors import ConfigError


def load_secrets(env: dict[str, str] | None = None, dotenv: Path | None = Path(".env")) -> Secrets:
    """Read secrets from the environment, after loading a .env file if one exists."""
    if env is None:
        if dotenv is not None and dotenv.is_file():
            from dotenv import load_dotenv

            load_dotenv(dotenv, override=False)
        env = dict(os.environ)
    values = {n: env.get(secret_env(n)) or None for n in SECRET_NAMES}
    return Secrets(**values)


MAX_CONFIG_BYTES = 1_000_000  # a config is a few KB; anything this big is the wrong file
_SECRET_KEY = re.compile(r"(^|_)(token|secret|password|api_key|key_secret)$", re.IGNORECASE)


def load_config(path: str | Path | None) -> Config:
    """Load and validate a TOML config; None gives the defaults. Raises ConfigError."""
    if path is None:
        return Config()
    p = Path(path)
    if p.is_file() and p.stat().st_size > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"config file {p} is {p.stat().st_size:,} bytes, more than {MAX_CONFIG_BYTES:,}",
            "name the TOML config, not a data file",
        )
    if not p.is_file():
        raise ConfigError(f"config file {p} not found", "copy config.example.toml and edit it")
    try:
        text = p.read_text(encoding="utf-8-sig")  # a byte-order mark (Notepad) is fine
    except (OSError, UnicodeDecodeError) as exc:
        why = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror
        raise ConfigError(f"cannot read config file {p}: {why}", "save it as UTF-8 TOML") from None
    try:
        raw = tomllib.loads(text)
    except ValueError as exc:  # TOMLDecodeError, or a number with more than 4,300 digits
        raise ConfigError(
            f"{p}: not valid TOML: {exc}", "check quotes, brackets and = signs"
        ) from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise ConfigError(
            f"{p}: arrays or tables are nested too deeply", "a config needs a few levels at most"
        ) from None
    return parse_config(raw, text, p)


def parse_config(raw: dict[str, Any], text: str = "", path: Path | None = None) -> Config:
    """Validate a parsed TOML document into a Config. Raises ConfigError naming key and line."""
    where = str(path) if path else "config"
    _refuse_secrets(raw, where)
    try:
        cfg = Config(**raw)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, text, where), _hint(exc)) from None
    return cfg.model_copy(update={"source_path": path})


def _refuse_secrets(raw: dict[str, Any], where: str) -> None:
    """Refuse tokens in the TOML: they belong in the environment."""
    for section, body in raw.items():
        if not isinstance(body, dict):
            continue
        for key in body:
            if _SECRET_KEY.search(key):
                env = f"{ENV_PREFIX}{section.upper()}_{key.upper()}"
                raise ConfigError(
                    f"{where}: [{section}] {key} looks like a secret; secrets are not read from "
                    "the config file",
                    f"remove it and set the environment variable {env} (or put it in .env)",
                )


def _describe(exc: ValidationError, text: str, where: str) -> str:
    """Describe the first validation error as 'file:line: key: problem'."""
    err = exc.errors()[0]
    loc = tuple(str(p) for p in err["loc"])
    key = ".".join(loc)
    line = find_key_line(text, loc)
    at = f"{where}:{line}" if line else where
    if err["type"] == "extra_forbidden":
        return f"{at}: unknown key '{key}'"
    return f"{at}: {key}: {err['msg'].removeprefix('Value error, ')}"


def _hint(exc: ValidationError) -> str:
    """Return a fix for the first validation error."""
    if exc.errors()[0]["type"] == "extra_forbidden":
        return "check the spelling; config.example.toml lists every key"
    return "see config.example.toml for the allowed values"


def find_key_line(text: str, loc: tuple[str, ...]) -> int | None:
    """Return the 1-based line of a dotted key in TOML text, if it can be found."""
    if not text or not loc:
        return None
    keys = [k for k in loc if not k.isdigit()]
    *sections, key = keys
    section = ".".join(sections)
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", stripped)
        if header:
            current = header.group(1)
            if ".".join(keys) == current:
                return number
            continue
        if re.match(rf"^{re.escape(key)}\s*=", stripped) and current in (section, ""):
            return number
    return None
