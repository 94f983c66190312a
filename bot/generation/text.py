"""Token-level helpers shared by the in-process backends: prompts, stop ids, clean candidates."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.errors import DataError
from bot.events import Candidate
from bot.generation.prompt_cap import cut_tokens
from bot.generation.worker import Job
from bot.model_stats import read_model_stats, stats_path
from bot.prompting import finish_post, reply_prompt, serving_prompt
from bot.topics import token_rarity, topic_words

log = logging.getLogger(__name__)
REPLY_PROMPT_TOKENS = 160  # the conversation a reply sees: its last turns, about 600 characters


@dataclass(frozen=True)
class Row:
    """One sequence in a backend batch: a job and which of its candidates this is."""

    job: Job
    index: int  # 0 .. job.request.n - 1

    @property
    def seed(self) -> int:
        """Return this row's sampling seed: derived from the request seed, else a fresh one."""
        seed = self.job.params.seed
        if seed is None:
            return random.getrandbits(63)
        # Each candidate of a seeded request gets its own, reproducible stream.
        return (seed * 1_000_003 + self.index) % (1 << 63)


def rows_of(jobs: Sequence[Job]) -> list[Row]:
    """Expand jobs into one row per requested candidate, in job order."""
    return [Row(job, i) for job in jobs for i in range(job.request.n)]


def stop_token_ids(tokenizer: Any) -> list[int]:
    """Return EOS first, then every other special token id: each one ends a post."""
    eos = tokenizer.eos_token_id
    ids = [eos] if eos is not None else []
    ids += [i for i in getattr(tokenizer, "all_special_ids", []) if i not in ids]
    if tokenizer.pad_token_id is not None and tokenizer.pad_token_id not in ids:
        ids.append(tokenizer.pad_token_id)
    return ids


def cap_prompts(
    jobs: Sequence[Job],
    encode: Callable[[str], Sequence[int]],
    decode: Callable[[list[int]], str],
    context: int | None = None,
    *,
    topic: bool = False,
) -> None:
    """Cut each job's prompt to its token cap, and to what the context window leaves room for.

    A reply's prompt is built here, where the tokenizer is: the conversation's last turns that
    fit and, with `topic` (a model trained on topic pairs), a Topic line of its salient words
    as this tokenizer ranks them (as training did).
    """
    for job in jobs:
        cap = job.max_prompt_tokens
        if context:  # the prompt, the EOS before it and the new tokens must all fit
            cap = max(1, min(cap, context - job.params.new_tokens - 2))
        if job.request.context is not None:
            job.prompt = reply_body(job.request.context, encode, min(cap, REPLY_PROMPT_TOKENS),
                                    topic=topic)  # fmt: skip
            continue
        if not job.prompt:
            continue
        cut = cut_tokens(job.prompt, cap, encode, decode)
        if cut != job.prompt:
            log.info("prompt cut to its last %d tokens (%d characters kept)", cap, len(cut))
            job.prompt = cut


def reply_body(
    conversation: Sequence[str],
    encode: Callable[[str], Sequence[int]],
    budget: int,
    *,
    topic: bool = False,
) -> str:
    """Return a reply prompt without its EOS: the turns that fit, then (with `topic`) Topic."""
    words = topic_words(conversation, rarity=token_rarity(encode)) if topic else []
    return reply_prompt(conversation, "", budget, lambda t: len(encode(t)), topic=words)


def learned_topics(model_dir: str | Path) -> bool:
    """Return True if the model was trained on topic pairs (its training_stats.json says so)."""
    for folder in (Path(model_dir), Path(model_dir).parent):  # a CT2 copy sits in <model>/ct2
        if stats_path(folder).is_file():
            try:  # forgiving: a damaged file means no Topic line, and serving carries on
                pairs = read_model_stats(folder).get("n_train_topic_pairs")
            except DataError:
                return False
            return isinstance(pairs, int) and pairs > 0
    return False


def add_mutual_information(
    jobs: Sequence[Job],
    results: list[list[Candidate]],
    encode: Callable[[str], Sequence[int]],
    eos: str,
    eos_id: int,
    logprob_sums: Callable[[list[list[int]], list[int]], list[float]],
    *,
    generated: bool = False,
) -> list[list[Candidate]]:
    """Set each reply candidate's `mi` = log p(text | reply prompt) - log p(text | EOS).

    `logprob_sums(seqs, starts)` returns, per sequence, the summed log-probability of its
    tokens from index `starts[i]` on, each given the tokens before it (one scoring pass).
    With `generated` the first term is the one generation already measured (the candidate's
    mean log-probability times its tokens), so only the short EOS + text sequences are scored:
    scoring the prompt again for every candidate cost as much as generating them.
    """
    seqs: list[list[int]] = []
    starts: list[int] = []
    where: list[tuple[int, int, float | None]] = []
    for j, (job, candidates) in enumerate(zip(jobs, results, strict=True)):
        if job.request.context is None:
            continue
        prompt = list(encode(prompt_text(Row(job, 0), eos)))
        for k, cand in enumerate(candidates):
            if not cand.text.strip():
                continue
            body = list(encode(cand.text + eos))
            known = None
            if generated and cand.logprob is not None and cand.tokens > 0:
                known = cand.logprob * cand.tokens
            if known is None:
                seqs.append(prompt + body)
                starts.append(len(prompt))
            seqs.append([eos_id, *body])
            starts.append(1)
            where.append((j, k, known))
    if not seqs:
        return results
    sums = iter(logprob_sums(seqs, starts))
    for j, k, known in where:
        conditional = known if known is not None else next(sums)
        results[j][k] = replace(results[j][k], mi=conditional - next(sums))
    return results


def prompt_text(row: Row, eos: str) -> str:
    """Return a row's serving prompt: EOS, then the capped prefix or the fitted conversation."""
    job = row.job
    if job.request.context is not None:
        body = job.prompt if job.prompt is not None else reply_prompt(job.request.context, "")
        return eos + body
    return serving_prompt(job.prompt, eos)


def to_candidate(
    tokenizer: Any,
    row: Row,
    prompt_ids: Sequence[int],
    new_ids: Sequence[int],
    stop_ids: Sequence[int],
    logprobs: Sequence[float] | None = None,
) -> Candidate:
    """Cut a row's new tokens at the first stop token and turn them into a clean post."""
    max_new = row.job.params.new_tokens
    ids = list(new_ids)[:max_new]
    stop_set = set(stop_ids)
    cut = next((i for i, t in enumerate(ids) if t in stop_set), None)
    if cut is not None:
        reason = "eos" if ids[cut] == tokenizer.eos_token_id else "boundary"
        ids = ids[:cut]
    else:
        reason = "length"
    continuation = _decode_continuation(tokenizer, list(prompt_ids), ids)
    prefix = row.job.prompt if row.job.request.context is None else None  # a reply starts fresh
    text = finish_post(prefix, continuation, tokenizer.eos_token or "")
    lp = list(logprobs or [])[: len(ids)]
    return Candidate(
        text=text,
        prompt=prefix,
        tokens=len(ids),
        finish_reason=reason,  # type: ignore[arg-type]
        logprob=sum(lp) / len(lp) if lp else None,
    )


def _decode_continuation(tokenizer: Any, prompt_ids: list[int], ids: list[int]) -> str:
    """Decode the new tokens in context, so a leading space or merged byte is kept."""
    head = tokenizer.decode(prompt_ids, skip_special_tokens=True)
    full = tokenizer.decode(prompt_ids + ids, skip_special_tokens=True)
    if full.startswith(head):
        return str(full[len(head) :])
    return str(tokenizer.decode(ids, skip_special_tokens=True))
