"""Build the HarmFilter from the [safety.harm] config: the shipped model, a retrained one, or a
remote moderation service."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config_loader import load_secrets
from bot.errors import ConfigError
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.filter import HarmAction, HarmFilter
from bot.safety.harm.model import get_model
from bot.safety.harm.remote import RemoteModeration

if TYPE_CHECKING:
    from bot.config import HarmConfig

REMOTE_THRESHOLD = 0.5  # a remote service's scores are probabilities; 0.5 unless configured


def build_harm_filter(h: HarmConfig) -> HarmFilter:
    """Return the configured harm filter; config thresholds override the tuned ones."""
    actions: dict[str, HarmAction] = {str(c): a for c, a in h.actions.items()}
    configured = {str(c): t for c, t in h.thresholds.items()}
    if h.provider == "local":
        model = get_model(Path(h.model_dir).expanduser() if h.model_dir else None)
        model.encoder()  # now, not at the first mention: converting it once takes seconds
        tuned = {c: model.threshold_of(c) for c in CATEGORIES}
        return HarmFilter(model, tuned | configured, actions)
    load_secrets()  # reads .env into the environment (never over it), as for every other secret
    key = os.environ.get(h.remote_api_key_env, "") if h.remote_api_key_env else ""
    if h.provider == "openai" and not key and "api.openai.com" in h.remote_url:
        raise ConfigError(
            f"[safety.harm] provider = 'openai' needs an API key in ${h.remote_api_key_env}",
            "set it in the environment or .env, or use provider = 'local'",
        )
    remote = RemoteModeration(h.provider, h.remote_url, h.remote_model, key, h.remote_timeout_s)
    thresholds = dict.fromkeys(CATEGORIES, REMOTE_THRESHOLD) | configured
    # one request per text: no extra windows or de-obfuscated copies (the service sees it whole)
    return HarmFilter(remote, thresholds, actions, deobfuscate=False, windowed=False)
