"""Every secret is read through Secrets (the environment after .env) and redacted in every log."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from bot.config import SECRET_NAMES, secret_env
from bot.generation.factory import _remote_api_key
from bot.logs import JsonFormatter, RedactingFormatter
from tests.conftest import ROOT
from training.sources.x_api import bearer_token

VALUE = "s3cr3t-value-0123456789"


@pytest.mark.parametrize("name", SECRET_NAMES)
@pytest.mark.parametrize("json_logs", [False, True])
def test_every_secret_is_redacted(
    name: str, json_logs: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(secret_env(name), VALUE)
    inner = JsonFormatter() if json_logs else logging.Formatter("%(message)s")
    record = logging.LogRecord("t", logging.ERROR, "f", 1, "header Bearer %s", (VALUE,), None)
    line = RedactingFormatter(inner).format(record)
    assert VALUE not in line and "[redacted]" in line
    if json_logs:
        json.loads(line)


def test_remote_key_and_bearer_token_come_from_a_dotenv_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in SECRET_NAMES:
        monkeypatch.delenv(secret_env(name), raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(
        f"{secret_env('remote_api_key')}=remote-{VALUE}\n{secret_env('x_bearer_token')}=x-{VALUE}\n",
        encoding="utf-8",
    )
    try:
        assert _remote_api_key() == f"remote-{VALUE}"
        assert bearer_token() == f"x-{VALUE}"
    finally:  # load_dotenv wrote them into os.environ; leave the environment as it was
        for name in ("remote_api_key", "x_bearer_token"):
            monkeypatch.setenv(secret_env(name), "")
            monkeypatch.delenv(secret_env(name))


# os.environ["TWEETLING_..."], os.environ.get(TOKEN_ENV), os.getenv(f"TWEETLING_{x}"): a read that
# names a tweetling variable, literally or through a *_ENV constant, bypasses Secrets and .env.
_DIRECT = re.compile(r"(environ(\.get)?\s*[\[(]|getenv\s*\()\s*(f?[\"']TWEETLING_|[A-Z_]*_ENV\b)")
_NOT_SECRET = ("TWEETLING_CACHE_DIR",)


def test_no_module_reads_a_secret_variable_directly() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in ("bot", "training")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _DIRECT.search(line) and not any(name in line for name in _NOT_SECRET)
    ]
    assert not offenders, f"read secrets with bot.config_loader.load_secrets(): {offenders}"


@pytest.mark.parametrize("variable", ["OPENAI_API_KEY", "HF_TOKEN", "AWS_SECRET_ACCESS_KEY"])
def test_credentials_read_outside_secrets_are_redacted_too(
    variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, VALUE)  # e.g. [safety.harm] remote_api_key_env names one
    record = logging.LogRecord("t", logging.ERROR, "f", 1, "key %s", (VALUE,), None)
    assert RedactingFormatter(logging.Formatter("%(message)s")).format(record) == "key [redacted]"
