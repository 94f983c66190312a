"""Sensitive topics: a second word list whose action is block or hold for review."""

from __future__ import annotations

from pathlib import Path

from bot.config import SensitiveConfig
from bot.events import ALLOW, Action, Verdict
from bot.safety.base import CheckContext
from bot.safety.lexicon import DEFAULT_ALLOW, DEFAULT_SENSITIVE, Lexicon, default_terms, read_terms


def build_sensitive_lexicon(cfg: SensitiveConfig) -> Lexicon:
    """Build the topic list from the shipped defaults, files and extra terms."""
    terms = default_terms(DEFAULT_SENSITIVE) if cfg.use_default_list else []
    for name in cfg.files:
        terms += read_terms(Path(name).expanduser())
    return Lexicon(terms + list(cfg.terms), default_terms(DEFAULT_ALLOW))


class SensitiveFilter:
    """Hold (or block) text that touches a sensitive topic."""

    name = "sensitive"

    def __init__(self, lexicon: Lexicon, action: str = "hold") -> None:
        self.lexicon = lexicon
        self.action: Action = "block" if action == "block" else "hold"

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Hold or block when a sensitive term is present."""
        if not self.lexicon.find(text):
            return ALLOW
        message = "touches a sensitive topic" + (
            " (held for review)" if self.action == "hold" else ""
        )
        return Verdict(self.action, self.name, ("sensitive:topic",), message)
