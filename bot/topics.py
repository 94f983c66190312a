"""Salient words of a text (the Topic line of the pair format) and parroting, for both sides.

Training teaches the model to write a post given a few of its own salient words ("Topic: rye,
loaf"); serving gives it the salient words of the mention, so even a person with no replies in
their archive gets an answer about what was said. Both sides rank words the same way: by how
rare the model's tokenizer finds them (a word split into more tokens, or a one-token word with
a higher id, is rarer: byte-level BPE ids grow as merges get rarer), a free word-frequency proxy
that needs no corpus. Without a tokenizer (the remote backend), longer words count as rarer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

Rarity = Callable[[str], tuple[int, int]]  # bigger is rarer

TOPIC_WORDS = 3  # words on a serving Topic line
_WORD = re.compile(r"#?[A-Za-z][A-Za-z'’-]{2,}")
_NOT_WORDS = re.compile(r"https?://\S+|www\.\S+|(?<!\w)@\w+")
_PLAIN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words that carry no topic, shared with the reply judge (training/reply_measures.py).
_FUNCTION_TEXT = """a about above after again against all am an and any are aren't as at be because
been before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of
off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very
was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which
while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your
yours yourself yourselves just like get got gonna really one now lol im dont yeah yes oh ok okay
will amp via rt"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
# A Topic line also skips words too common in posts to say what one is about.
_TOPIC_STOP_TEXT = """also still even know think going go want make see cant thats u ur much many
every today day time good great new way back well thing things people lot little right need say
said shall us"""
STOP_WORDS = FUNCTION_WORDS | frozenset(_TOPIC_STOP_TEXT.split())


def length_rarity(word: str) -> tuple[int, int]:
    """Rank words by length (the fallback without a tokenizer)."""
    return (len(word), 0)


def token_rarity(encode: Callable[[str], Sequence[int]]) -> Rarity:
    """Return a rarity from a tokenizer: more tokens, then a higher single-token id, is rarer."""

    # Cached: training ranks the words of every post, and common words recur in most of them.
    @functools.lru_cache(maxsize=1 << 16)
    def rarity(word: str) -> tuple[int, int]:
        ids = list(encode(" " + word))
        return (len(ids), ids[0] if len(ids) == 1 else 0)

    return rarity


def salient_words(text: str, k: int = TOPIC_WORDS, rarity: Rarity = length_rarity) -> list[str]:
    """Return up to `k` content words of `text` (lowercase, no #), rarest first."""
    found: list[str] = []
    for match in _WORD.finditer(_NOT_WORDS.sub(" ", text)):
        word = match.group(0).strip("'’-").lstrip("#").lower()
        if len(word) < 3 or word in STOP_WORDS or word in found:
            continue
        found.append(word)
    ranked = sorted(found, key=rarity, reverse=True)  # stable: ties keep text order
    return ranked[:k]


def topic_words(
    turns: Sequence[str], k: int = TOPIC_WORDS, rarity: Rarity = length_rarity
) -> list[str]:
    """Return the Topic words of a conversation: the newest turn's first, then older ones'."""
    words: list[str] = []
    for turn in reversed(turns):
        for word in salient_words(turn, k, rarity):
            if word not in words and len(words) < k:
                words.append(word)
    return words


def plain_words(text: str) -> list[str]:
    """Return the lowercase words of a text, links and @handles removed (for parroting)."""
    return _PLAIN_WORD.findall(_NOT_WORDS.sub(" ", text.lower().replace("’", "'")))


def longest_shared_run(reply: str, mention: str) -> int:
    """Return the length of the longest run of consecutive words `reply` copies from `mention`."""
    a, b = plain_words(reply), plain_words(mention)
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


PARROT_RUN = 5  # consecutive words of the mention that make a reply a parrot


def parrots(reply: str, mention: str, run: int = PARROT_RUN) -> bool:
    """Return True if `reply` repeats `run` or more consecutive words of `mention`."""
    return longest_shared_run(reply, mention) >= run
