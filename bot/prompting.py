"""The post format, shared by training and serving so the two cannot drift.

Every training example is ``SEP + post + SEP`` where SEP is the tokenizer's EOS token. The
leading SEP teaches the model that a post starts after it, so a free post is generated from
the prompt ``SEP`` alone and a prompted post from ``SEP + prefix``; the trailing SEP teaches
it to stop at the end of a post. Pure functions only: no torch, no tokenizer objects.
"""

from __future__ import annotations

import re

# A post never spans these: if the model starts a new "post" mid-text we cut there.
_SPECIAL_TOKEN = re.compile(r"<\|[^|>]{1,40}\|>|</?s>|\[(?:PAD|CLS|SEP|UNK|MASK)\]")
_WHITESPACE_RUN = re.compile(r"[ \t]+")


def training_text(post: str, eos: str) -> str:
    """Return the exact training string for one post."""
    return f"{eos}{post.strip()}{eos}"


def serving_prompt(prefix: str | None, eos: str) -> str:
    """Return the prompt that asks the model for one post, optionally starting with `prefix`."""
    if not prefix or not prefix.strip():
        return eos
    return f"{eos}{prefix.strip()}"


def prompt_prefix(prefix: str | None) -> str:
    """Return the visible start of a post that the prompt imposes ('' for a free post)."""
    return prefix.strip() if prefix and prefix.strip() else ""


def finish_post(prefix: str | None, continuation: str, eos: str) -> str:
    """Join the prompt prefix and the generated continuation into one clean post.

    The continuation is cut at the first EOS or other special token (the post boundary), and
    any leaked special tokens are removed.
    """
    cut = continuation.split(eos, 1)[0] if eos else continuation
    cut = _SPECIAL_TOKEN.split(cut, 1)[0]
    start = prompt_prefix(prefix)
    text = start + cut if start else cut
    return clean_post_text(text)


def clean_post_text(text: str) -> str:
    """Trim a post: strip ends, collapse runs of spaces, drop blank lines at the edges."""
    lines = [_WHITESPACE_RUN.sub(" ", line).strip() for line in text.strip().splitlines()]
    return "\n".join(lines).strip()


def mention_prompt(mention_text: str, style: str = "free") -> str | None:
    """Return the post prefix to use when answering a mention.

    ``free``: an unprompted post in the person's voice (the model was trained on posts, not
    conversations, so continuing a stranger's words reads as if the person said them).
    ``continue``: continue the mention's text, as huggingtweets' demo did.
    """
    if style == "continue" and mention_text.strip():
        return mention_text.strip()
    return None
