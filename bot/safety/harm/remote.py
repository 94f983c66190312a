"""Remote moderation behind the HarmScorer interface: OpenAI's endpoint or a guard model.

`openai`: POST {base_url}/moderations (OpenAI or a compatible server) and read category_scores.
`guard`: an OpenAI-compatible chat server running a guard model (Llama Guard style) that answers
"safe" or "unsafe" plus category codes. Any failure raises HarmUnavailable, which the filter
turns into a block: without a judgement nothing is posted (fail closed).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Literal

from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.filter import HarmUnavailable

RemoteKind = Literal["openai", "guard"]

# OpenAI moderation categories -> ours (a category scores the max of its sources).
OPENAI_MAP: dict[str, tuple[str, ...]] = {
    "hate": ("hate",),
    "hate/threatening": ("hate", "violence"),
    "harassment": ("harassment",),
    "harassment/threatening": ("harassment", "violence"),
    "self-harm": ("self_harm",),
    "self-harm/intent": ("self_harm",),
    "self-harm/instructions": ("self_harm",),
    "sexual": ("sexual",),
    "sexual/minors": ("sexual",),
    "violence": ("violence",),
    "violence/graphic": ("violence",),
}
# Llama Guard 3 hazard codes -> ours; an unsafe answer with no known code counts as harassment
# (the broadest of the five), so an unfamiliar guard still blocks rather than passes.
GUARD_MAP: dict[str, tuple[str, ...]] = {
    "S1": ("violence",),
    "S3": ("sexual",),
    "S4": ("sexual",),
    "S9": ("violence",),
    "S10": ("hate",),
    "S11": ("self_harm",),
    "S12": ("sexual",),
}
_CODE = re.compile(r"\bS\d{1,2}\b")


class RemoteModeration:
    """Score texts with a remote moderation service; errors raise HarmUnavailable."""

    def __init__(
        self,
        kind: RemoteKind,
        base_url: str,
        model: str,
        api_key: str = "",
        timeout_s: float = 5.0,
    ) -> None:
        self.kind = kind
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s

    def scores(self, text: str) -> dict[str, float]:
        """Return category -> score from the remote service."""
        if self.kind == "openai":
            body = self._post("/moderations", {"model": self.model, "input": text})
            return parse_openai(body)
        messages = [{"role": "user", "content": text}]
        body = self._post("/chat/completions", {"model": self.model, "messages": messages})
        return parse_guard(body)

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return the scores of each text, one request each."""
        return [self.scores(t) for t in texts]

    def _post(self, path: str, payload: dict[str, object]) -> object:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.base_url + path, json.dumps(payload).encode(), headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise HarmUnavailable(f"moderation server answered HTTP {exc.code}") from None
        except (OSError, ValueError) as exc:  # URLError, timeouts and bad JSON
            raise HarmUnavailable(f"moderation server unreachable or garbled: {exc}") from None


def parse_openai(body: object) -> dict[str, float]:
    """Read the first result's category_scores of a /moderations response."""
    try:
        raw = body["results"][0]["category_scores"]  # type: ignore[index]
        scores = dict.fromkeys(CATEGORIES, 0.0)
        for name, value in raw.items():
            for category in OPENAI_MAP.get(name, ()):
                scores[category] = max(scores[category], float(value))
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise HarmUnavailable(f"unexpected moderation response: {exc!r}") from None
    return scores


def parse_guard(body: object) -> dict[str, float]:
    """Read a guard model's "safe" / "unsafe\\nS1,S10" chat answer as 0/1 scores."""
    try:
        answer = str(body["choices"][0]["message"]["content"]).strip()  # type: ignore[index]
    except (KeyError, IndexError, TypeError) as exc:
        raise HarmUnavailable(f"unexpected guard response: {exc!r}") from None
    scores = dict.fromkeys(CATEGORIES, 0.0)
    verdict = answer.split(None, 1)[0].lower() if answer else ""
    if verdict == "safe":
        return scores
    if verdict != "unsafe":
        raise HarmUnavailable(f"guard model answered neither safe nor unsafe: {answer[:60]!r}")
    hits = [c for code in _CODE.findall(answer) for c in GUARD_MAP.get(code, ())]
    for category in hits or ["harassment"]:
        scores[category] = 1.0
    return scores
