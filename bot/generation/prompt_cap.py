"""Cap a prompt before it reaches the model: keep its end (what the post continues from).

A 6,000-character `/generate` prompt or a 100 KB mention used to reach the model whole: the
prefill ran for minutes or failed to allocate, and the post that started with it was too long
to send anyway. Every backend keeps only the last `max_tokens` tokens of a prompt, aligned to a
word, and marks the cut with a leading ellipsis, so the post itself shows that its start was cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

CUT_MARK = "…"
# No common tokenizer has tokens longer than this many characters on average over a tail,
# so a character pre-cut to max_tokens * this keeps every token the token cut would keep.
MAX_CHARS_PER_TOKEN = 16
# For a backend without a tokenizer (remote): a conservative characters-per-token estimate.
EST_CHARS_PER_TOKEN = 3


def precut(prompt: str | None, max_tokens: int) -> str | None:
    """Return `prompt` cut to a tail of characters that surely holds its last `max_tokens`."""
    if prompt is None:
        return None
    return cut_chars(prompt, max_tokens * MAX_CHARS_PER_TOKEN)


def cut_chars(prompt: str, max_chars: int) -> str:
    """Return the last `max_chars` characters of `prompt` (word-aligned, marked if cut)."""
    if len(prompt) <= max_chars:
        return prompt
    return CUT_MARK + _word_aligned(prompt, len(prompt) - max(max_chars, 0))


def cut_tokens(
    prompt: str,
    max_tokens: int,
    encode: Callable[[str], Sequence[int]],
    decode: Callable[[list[int]], str],
) -> str:
    """Return `prompt` cut to its last `max_tokens` tokens (word-aligned, marked if cut).

    A prompt already marked by `precut` is measured without its mark and stays marked.
    """
    body = prompt.removeprefix(CUT_MARK)
    ids = list(encode(body))
    if len(ids) <= max_tokens:
        return prompt
    kept = decode(ids[len(ids) - max(max_tokens, 0) :])
    # Decoding may merge or drop a partial character at the edge: find where the tail starts.
    start = len(body) - len(kept) if body.endswith(kept) else len(body) - len(kept.lstrip())
    return CUT_MARK + _word_aligned(body, max(start, 0))


def _word_aligned(text: str, start: int) -> str:
    """Return text[start:], dropping a partial first word when a later word boundary exists."""
    tail = text[start:]
    if start > 0 and not text[start - 1].isspace() and not tail[:1].isspace():
        _, space, rest = tail.partition(" ")
        if space and rest.strip():
            tail = rest
    return tail.strip()
