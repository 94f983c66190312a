"""The generation bench's replies: made-up conversations and their prompt size in tokens."""

from __future__ import annotations

import statistics
from typing import Any

from bot.generation.text import REPLY_PROMPT_TOKENS
from bot.prompting import reply_prompt

# Mentions as people write them, each replying to an earlier message (made up for the bench).
CONVERSATIONS: tuple[tuple[str, ...], ...] = (
    ("just tried the new ramen place downtown and honestly the broth was a bit too salty",
     "@you have you been there yet? what did you think"),
    ("hot take: pineapple belongs on pizza and i will not be taking questions",
     "ok but what about anchovies, would you ever"),
    ("our team finally shipped the redesign after six months of arguing about button colours",
     "congrats!! what was the hardest part to get right?"),
    ("the train was cancelled again this morning, third time this week",
     "same here, do you think they will ever fix the signals on that line"),
    ("started learning the guitar at 35, my fingers hurt so much",
     "any tips for a beginner? which songs should i start with"),
    ("snow in april. again. i am done with this weather",
     "do you prefer winter or summer honestly"),
    ("reading a book about the history of lighthouses and it is weirdly gripping",
     "what is it called? i need something new to read"),
    ("my cat has decided the keyboard is her bed now",
     "how do you get any work done with her around"),
)  # fmt: skip


def prompt_tokens(engine: Any) -> float:
    """Return the mean prompt tokens of the bench's replies, as the backend fits them."""
    tok = engine.backend.tokenizer
    eos = tok.eos_token or ""

    def count(text: str) -> int:
        return len(tok.encode(text))

    sizes = [count(reply_prompt(c, eos, REPLY_PROMPT_TOKENS, count)) for c in CONVERSATIONS]
    return statistics.mean(sizes)


def reply_headline(replies: dict[str, Any] | None, free_p95_s: float) -> dict[str, Any]:
    """Return the summary's reply keys: p95, its ratio to the free posts' p95, prompt tokens."""
    if not replies:
        return {}
    return {
        "reply_p95_s": replies["p95_s"],
        "reply_vs_free_p95": replies["p95_s"] / free_p95_s if free_p95_s else None,
        "prompt_tokens_per_mention": replies["prompt_tokens"],
    }


def reply_lines(backends: dict[str, Any]) -> list[str]:
    """Return one table line per backend that measured replies."""
    lines = []
    for name, r in backends.items():
        if rep := r.get("extra", {}).get("replies"):
            lines.append(
                f"{name} replies (a mention and its parent, {rep['prompt_tokens']:.0f} prompt "
                f"tokens): p50 {rep['p50_s']:.2f}s, p95 {rep['p95_s']:.2f}s = "
                f"{rep['p95_s'] / r['p95_s']:.2f}x the free posts' p95"
            )
    return lines
