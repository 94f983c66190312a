"""Per-row sampling for a batched transformers `generate` call.

Requests merged into one batch may differ in temperature, top-k, top-p, repetition penalty
and seed, while `generate` takes one set of sampling settings. So we run `generate` greedily
and sample in a logits processor: each row's scores are filtered with its own settings, a
token is drawn by inverse CDF with one uniform number from the row's own seeded generator,
and the processor returns scores whose argmax is that token. A seeded request therefore
draws the same tokens whatever else shares its batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch
from transformers import LogitsProcessor, StoppingCriteria

from bot.generation.base import SamplingParams

_GREEDY_BELOW = 1e-5  # a temperature this low means argmax
_NUCLEUS_PROBE = 256  # top-p looks at this many best tokens first; a full sort is the fallback


class RowSampler(LogitsProcessor):
    """Sample each row with its own settings and seed; record the chosen tokens' log-probs."""

    def __init__(
        self,
        params: Sequence[SamplingParams],
        seeds: Sequence[int],
        protected_ids: Sequence[int],
        device: torch.device | str = "cpu",
    ) -> None:
        self.generators = [torch.Generator(device="cpu").manual_seed(s) for s in seeds]
        temps = [p.temperature or 1.0 for p in params]
        self.greedy = torch.tensor([t < _GREEDY_BELOW for t in temps])
        self.temps = torch.tensor([max(t, _GREEDY_BELOW) for t in temps]).unsqueeze(1)
        self.penalty = torch.tensor([p.repetition_penalty or 1.0 for p in params]).unsqueeze(1)
        self.top_k = [p.top_k or 0 for p in params]
        self.top_p = torch.tensor([p.top_p or 1.0 for p in params]).unsqueeze(1)
        self.protected = torch.tensor(list(protected_ids), dtype=torch.long)
        self.token_logprobs: list[list[float]] = [[] for _ in params]
        self.device = torch.device(device)

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        """Return scores whose argmax is this step's sample for every row."""
        raw = scores.float()
        work = self._penalize(input_ids, raw)
        if not bool((self.temps == 1.0).all()):
            work = work / self.temps.to(raw.device)
        values, index = self._top_k(work)
        if bool((self.top_p < 1.0).any()):
            values, index = _nucleus(values, index, self.top_p.to(raw.device))
        pos = self._choose(values)
        chosen = pos if index is None else index.gather(1, pos.unsqueeze(1)).squeeze(1)
        # The model's own log-probability of each pick (before penalty and temperature).
        picked = raw.gather(1, chosen.unsqueeze(1)).squeeze(1) - torch.logsumexp(raw, dim=-1)
        for row, value in enumerate(picked.tolist()):
            self.token_logprobs[row].append(float(value))
        out = torch.full_like(raw, float("-inf"))
        return out.scatter_(1, chosen.unsqueeze(1), 0.0)  # type: ignore[return-value]

    def _penalize(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        if bool((self.penalty == 1.0).all()):
            return scores
        penalty = self.penalty.to(scores.device)
        picked = scores.gather(1, input_ids)
        picked = torch.where(picked < 0, picked * penalty, picked / penalty)
        out = scores.scatter(1, input_ids, picked)
        # The prompt starts with EOS: penalizing it would keep posts from ever ending.
        keep = self.protected.to(scores.device)
        out[:, keep] = scores[:, keep]
        return out

    def _top_k(self, scores: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Return each row's candidate scores and their token ids (None: the whole vocab).

        When every row has a top-k we keep only the best max(k) columns, so the later steps
        touch k values per row instead of the whole vocabulary.
        """
        vocab = scores.shape[-1]
        ks = torch.tensor([k if 0 < k < vocab else 0 for k in self.top_k], device=scores.device)
        if not bool((ks > 0).any()):
            return scores, None
        if bool((ks > 0).all()):
            values, index = scores.topk(int(ks.max()), dim=-1)
            beyond = torch.arange(values.shape[-1], device=scores.device).unsqueeze(0)
            return values.masked_fill(beyond >= ks.unsqueeze(1), float("-inf")), index
        best = scores.topk(int(ks.max()), dim=-1).values
        kth = best.gather(1, (ks - 1).clamp(min=0).unsqueeze(1))
        kth = kth.masked_fill((ks == 0).unsqueeze(1), float("-inf"))
        return scores.masked_fill(scores < kth, float("-inf")), None

    def _choose(self, values: torch.Tensor) -> torch.Tensor:
        """Draw one column per row by inverse CDF; greedy rows take the argmax."""
        cdf = values.softmax(dim=-1).cumsum(dim=-1)
        u = torch.cat([torch.rand(1, generator=g) for g in self.generators]).to(values.device)
        drawn = torch.searchsorted(cdf, (u * cdf[:, -1]).unsqueeze(1)).squeeze(1)
        drawn = drawn.clamp(max=values.shape[-1] - 1)
        # A float edge can land on a masked column right after the last allowed one.
        bad = values.gather(1, drawn.unsqueeze(1)).squeeze(1) == float("-inf")
        best = values.argmax(dim=-1)
        return torch.where(self.greedy.to(values.device) | bad, best, drawn)


def _nucleus(
    values: torch.Tensor, index: torch.Tensor | None, top_p: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Keep each row's smallest set of best candidates whose probability reaches top_p."""
    if index is None:  # whole vocabulary, unsorted: probe the best few, sort all if needed
        probe = min(_NUCLEUS_PROBE, values.shape[-1])
        logz = torch.logsumexp(values, dim=-1, keepdim=True)
        top, order = values.topk(probe, dim=-1)
        if not bool(((top - logz).exp().sum(dim=-1, keepdim=True) >= top_p).all()):
            top, order = values.sort(dim=-1, descending=True)  # a flat row: look at everything
        values, index = top, order
    probs = values.softmax(dim=-1)
    before = probs.cumsum(dim=-1) - probs  # mass of better candidates; the best always stays
    return values.masked_fill(before > top_p, float("-inf")), index


class StopCancelled(StoppingCriteria):
    """Stop the rows whose caller gave up, so a cancelled request costs no more steps."""

    def __init__(self, cancelled: Callable[[], list[bool]]) -> None:
        self.cancelled = cancelled

    def __call__(
        self, input_ids: torch.LongTensor, scores: torch.FloatTensor | None, **kwargs: object
    ) -> torch.BoolTensor:
        """Return, per row, True if its request was cancelled."""
        flags = torch.tensor(self.cancelled(), dtype=torch.bool, device=input_ids.device)
        return flags  # type: ignore[return-value]
