"""The post and pair formats, shared by training and serving so the two cannot drift.

Every free post is ``SEP + post + SEP`` where SEP is the tokenizer's EOS token. The leading SEP
teaches the model that a post starts after it, so a free post is generated from the prompt
``SEP`` alone and a prompted post from ``SEP + prefix``; the trailing SEP teaches it to stop at
the end of a post.

A (context -> reply) pair is ``pair_prompt(context, topic) + reply + SEP``::

    SEP> oldest turn
    > most recent turn
    Topic: sourdough, starter
    Reply:
    the person's reply SEP

The optional Topic line holds a few salient words (`bot.topics`): with `[training]
topic_pairs` training adds topic pairs made from the person's own posts (no turns, the post's
words as the topic), and serving then gives such a model the conversation's words too.

Training masks the prompt out of the loss and learns only the reply; serving builds the same
prompt from a mention and its reply chain and lets the model write the reply. Each turn is one
line (its newlines become spaces), so the prompt parses back unambiguously. Pure functions
only: no torch, no tokenizer objects (a token counter can be passed in as `measure`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A post never spans these: if the model starts a new "post" mid-text we cut there.
_SPECIAL_TOKEN = re.compile(r"<\|[^|>]{1,40}\|>|</?s>|\[(?:PAD|CLS|SEP|UNK|MASK)\]")
_WHITESPACE_RUN = re.compile(r"[ \t]+")
_ANY_WHITESPACE = re.compile(r"\s+")

TURN_MARK = "> "  # starts each context line
REPLY_MARK = "Reply:"  # the line after the context; the reply starts on the next line
TOPIC_MARK = "Topic: "  # starts the optional line of salient words before REPLY_MARK
PAIR_PROMPT_CHARS = 600  # default context budget: about 150 tokens of recent turns
MAX_TURNS = 4  # the most recent turns a prompt keeps, however short


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


def context_turn(text: str) -> str:
    """Return one context turn as it appears in a prompt: one line, single spaces."""
    return _ANY_WHITESPACE.sub(" ", text).strip()


def pair_prompt(
    context: Sequence[str],
    eos: str,
    budget: int = PAIR_PROMPT_CHARS,
    measure: Callable[[str], int] = len,
    max_turns: int = MAX_TURNS,
    topic: Sequence[str] = (),
) -> str:
    """Return the prompt that asks for a reply to `context` (oldest turn first).

    The most recent turns are kept while the whole prompt fits `budget` as counted by
    `measure` (characters by default, or a tokenizer's count); if even the last turn alone
    does not fit, its most recent words are kept. Empty turns are skipped; no turn at all
    gives the prompt of a reply to nothing, which still asks for a reply. `topic` words, if
    any, go on a Topic line before the Reply line.
    """
    turns = [t for t in (context_turn(c) for c in context) if t][-max(1, max_turns) :]
    line = topic_line(topic)
    kept: list[str] = []
    for turn in reversed(turns):
        if measure(_render([turn, *kept], eos, line)) > budget:
            break
        kept.insert(0, turn)
    if not kept and turns:
        kept = [_fit_tail(turns[-1], eos, budget, measure, line)]
    return _render([t for t in kept if t], eos, line)


def topic_line(topic: Sequence[str]) -> str:
    """Return the Topic line for salient words ('' for none)."""
    words = [context_turn(w).replace(",", " ").strip() for w in topic]
    words = [w for w in words if w]
    return f"{TOPIC_MARK}{', '.join(words)}\n" if words else ""


def reply_prompt(
    context: Sequence[str],
    eos: str,
    budget: int = PAIR_PROMPT_CHARS,
    measure: Callable[[str], int] = len,
    topic: Sequence[str] = (),
) -> str:
    """Return the serving prompt of a reply to `context` (oldest turn first) about `topic`.

    The one place serving turns a conversation into a prompt: every backend calls it. With no
    turns (a model that saw too few real pairs) the prompt is the Topic line alone.
    """
    return pair_prompt(context, eos, budget, measure, topic=topic)


def _render(turns: Sequence[str], eos: str, topic: str = "") -> str:
    """Return the prompt text for turns that are already one line each, and a Topic line."""
    lines = "".join(f"{TURN_MARK}{turn}\n" for turn in turns)
    return f"{eos}{lines}{topic}{REPLY_MARK}\n"


def _fit_tail(
    turn: str, eos: str, budget: int, measure: Callable[[str], int], topic: str = ""
) -> str:
    """Return the longest word-aligned tail of `turn` whose prompt fits `budget`."""
    words = turn.split(" ")
    low, high = 0, len(words)  # binary search on how many trailing words to keep
    while low < high:
        mid = (low + high + 1) // 2
        if measure(_render([" ".join(words[-mid:])], eos, topic)) <= budget:
            low = mid
        else:
            high = mid - 1
    return " ".join(words[-low:]) if low else ""


def pair_training_text(
    context: Sequence[str], reply: str, eos: str, topic: Sequence[str] = ()
) -> tuple[str, str]:
    """Return a pair's training text as (prompt, completion): the loss covers the completion."""
    return pair_prompt(context, eos, budget=10**9, topic=topic), f"{reply.strip()}{eos}"


def parse_pair(text: str, eos: str) -> tuple[tuple[str, ...], str] | None:
    """Return (context, reply) from a pair's full text, or None if it is not one."""
    body = text[len(eos) :] if eos and text.startswith(eos) else text
    if eos and body.endswith(eos):
        body = body[: -len(eos)]
    lines = body.split("\n")
    turns: list[str] = []
    while lines and lines[0].startswith(TURN_MARK):
        turns.append(lines.pop(0)[len(TURN_MARK) :])
    if lines and lines[0].startswith(TOPIC_MARK):
        lines.pop(0)
    if not lines or lines[0] != REPLY_MARK:
        return None
    return tuple(turns), "\n".join(lines[1:])
