"""Build the configured Generator: local, ctranslate2 (falling back to local), remote, scripted."""

from __future__ import annotations

import logging
from pathlib import Path

from bot import models
from bot.config import Config, secret_env
from bot.errors import ConfigError
from bot.generation.base import Generator, SamplingParams
from bot.generation.tokenizer import read_json_object, token_text
from bot.generation.worker import EngineLimits

log = logging.getLogger(__name__)

REMOTE_API_KEY_ENV = secret_env("remote_api_key")
_DEFAULT_EOS = "<|endoftext|>"


def build_generator(cfg: Config) -> Generator:
    """Return the Generator that `[model] backend` names; nothing is loaded until start()."""
    backend = cfg.model.backend
    if backend == "scripted":
        from bot.generation.scripted import DEFAULT_OUTPUTS, ScriptedGenerator

        return ScriptedGenerator(cfg.model.scripted_outputs or DEFAULT_OUTPUTS)
    if backend == "remote":
        return _remote(cfg)
    if backend == "ctranslate2":
        fast = _ctranslate2(cfg)
        if fast is not None:
            return fast
    return _local(cfg)


def sampling_defaults(cfg: Config) -> SamplingParams:
    """Return the `[generation]` sampling settings (None = the model's own default)."""
    g = cfg.generation
    return SamplingParams(
        temperature=g.temperature,
        top_p=g.top_p,
        top_k=g.top_k,
        max_new_tokens=g.max_new_tokens,
        repetition_penalty=g.repetition_penalty,
        seed=g.seed,
    )


def engine_limits(cfg: Config) -> EngineLimits:
    """Return the batching limits from `[generation]`."""
    g = cfg.generation
    return EngineLimits(
        g.max_batch_size, g.batch_wait_ms, g.request_timeout_s, g.queue_max, g.max_prompt_tokens
    )


def model_dir(cfg: Config) -> Path | None:
    """Return the local directory `[model] path` names, without converting anything."""
    return models.model_dir(cfg.model.path, models.configured_cache(cfg))


def ct2_dir(cfg: Config) -> Path | None:
    """Return where the converted model should be: `[model] ct2_dir` or `<model dir>/ct2`."""
    if cfg.model.ct2_dir:
        return Path(cfg.model.ct2_dir).expanduser()
    base = model_dir(cfg)
    return base / "ct2" if base is not None else None


def _local(cfg: Config) -> Generator:
    from bot.generation.local import LocalGenerator

    return LocalGenerator(
        cfg.model.path,
        device=cfg.model.device,
        threads=cfg.generation.threads,
        limits=engine_limits(cfg),
        defaults=sampling_defaults(cfg),
        cache_dir=models.configured_cache(cfg),
    )


def _ctranslate2(cfg: Config) -> Generator | None:
    from bot.generation.ctranslate2 import CT2Generator, is_exported

    where = ct2_dir(cfg)
    if where is not None and is_exported(where):
        return CT2Generator(
            str(where),
            device=cfg.model.device,
            compute_type=cfg.model.compute_type,
            threads=cfg.generation.threads,
            limits=engine_limits(cfg),
            defaults=sampling_defaults(cfg),
        )
    hint = f"run `tweetling export {cfg.model.path}` to convert it"
    if not cfg.model.fallback_to_local:
        raise ConfigError(f"no CTranslate2 model at {where or cfg.model.path}", hint)
    log.warning("no CTranslate2 model at %s; using transformers instead (%s)", where, hint)
    return None


def _remote(cfg: Config) -> Generator:
    from bot.generation.remote import RemoteGenerator

    m = cfg.model
    if not m.remote_url:
        raise ConfigError(
            "[model] backend is 'remote' but remote_url is empty",
            "set remote_url, e.g. http://127.0.0.1:8000/v1",
        )
    return RemoteGenerator(
        m.remote_url,
        model=m.remote_model,
        eos=m.remote_eos or _eos_of(cfg),
        timeout_s=m.remote_timeout_s,
        retries=m.remote_retries,
        api_key=_remote_api_key(),
        defaults=sampling_defaults(cfg),
        max_prompt_tokens=cfg.generation.max_prompt_tokens,
        request_timeout_s=cfg.generation.request_timeout_s,
    )


def _eos_of(cfg: Config) -> str:
    """Read the EOS text from the local model's tokenizer config, if there is one."""
    base = model_dir(cfg)
    path = base / "tokenizer_config.json" if base is not None else None
    if path is None or not path.is_file():
        return _DEFAULT_EOS
    return token_text(read_json_object(path).get("eos_token")) or _DEFAULT_EOS


def _remote_api_key() -> str | None:
    """Return the remote server's API key from the environment (through Secrets), if set."""
    from bot.config_loader import load_secrets

    key = load_secrets().remote_api_key  # the environment, after a .env file like every secret
    return key.get_secret_value() if key is not None else None
