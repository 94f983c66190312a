"""Per-row sampling for a batched transformers `generate` call.

Requests merged into one batch may differ in temperature, top-k, top-p, repetition penalty
and seed, while `generate` takes one set of sampling settings. So we run `generate` greedily
and do the sampling in a logits processor: each row's scores are filtered with its own
settings, then perturbed with Gumbel noise drawn from the row's own seeded generator. The
argmax of ``logits / T + Gumbel`` is an exact sample from ``softmax(logits / T)``, so a
seeded request draws the same tokens whatever else shares its batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch
from transformers import LogitsProcessor, StoppingCriteria

from bot.generation.base import SamplingParams

_GREEDY_BELOW = 1e-5  # a temperature this low means argmax


class RowSampler(LogitsProcessor):
    """Apply each row's own sampling settings and seed; record the chosen tokens' log-probs."""

    def __init__(
        self,
        params: Sequence[SamplingParams],
        seeds: Sequence[int],
        protected_ids: Sequence[int],
        device: torch.device | str = "cpu",
    ) -> None:
        self.params = list(params)
        self.device = torch.device(device)
        self.generators = [torch.Generator(device="cpu").manual_seed(s) for s in seeds]
        temps = [p.temperature or 1.0 for p in params]
        self.greedy = [t < _GREEDY_BELOW for t in temps]
        self.temps = torch.tensor([max(t, _GREEDY_BELOW) for t in temps]).unsqueeze(1)
        self.penalty = torch.tensor([p.repetition_penalty or 1.0 for p in params]).unsqueeze(1)
        self.top_k = [p.top_k or 0 for p in params]
        self.top_p = torch.tensor([p.top_p or 1.0 for p in params]).unsqueeze(1)
        self.protected = torch.tensor(list(protected_ids), dtype=torch.long)
        self.token_logprobs: list[list[float]] = [[] for _ in params]
        self._last: torch.Tensor | None = None

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        """Return scores whose argmax is this step's sample for every row."""
        self._record(input_ids)
        scores = scores.float()
        self._last = torch.log_softmax(scores, dim=-1)
        scores = self._penalize(input_ids, scores)
        scores = scores / self.temps.to(scores.device)
        scores = self._filter(scores)
        return self._perturb(scores)  # type: ignore[return-value]

    def _record(self, input_ids: torch.Tensor) -> None:
        """Look up the log-prob of the token chosen at the previous step."""
        if self._last is None:
            return
        chosen = input_ids[:, -1:]
        values = self._last.gather(1, chosen.to(self._last.device)).squeeze(1).tolist()
        for row, value in enumerate(values):
            self.token_logprobs[row].append(float(value))

    def finish(self, sequences: torch.Tensor) -> list[list[float]]:
        """Record the last step's tokens and return per-row token log-probs."""
        self._record(sequences)
        self._last = None
        return self.token_logprobs

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

    def _filter(self, scores: torch.Tensor) -> torch.Tensor:
        """Mask tokens outside each row's top-k and top-p nucleus."""
        vocab = scores.shape[-1]
        need_k = any(0 < k < vocab for k in self.top_k)
        need_p = bool((self.top_p < 1.0).any())
        if not (need_k or need_p):
            return scores
        ordered, order = scores.sort(dim=-1, descending=True)
        drop = torch.zeros_like(ordered, dtype=torch.bool)
        if need_k:
            ks = torch.tensor([k if 0 < k < vocab else vocab for k in self.top_k])
            drop |= torch.arange(vocab).unsqueeze(0) >= ks.unsqueeze(1)
        if need_p:
            probs = ordered.softmax(dim=-1)
            before = probs.cumsum(dim=-1) - probs  # mass of better tokens; the top one stays
            drop |= before > self.top_p.to(scores.device)
        masked = ordered.masked_fill(drop.to(scores.device), float("-inf"))
        return torch.full_like(scores, float("-inf")).scatter(1, order, masked)

    def _perturb(self, scores: torch.Tensor) -> torch.Tensor:
        """Add each sampling row's own Gumbel noise (Gumbel-max sampling)."""
        noise = torch.zeros_like(scores, device="cpu")
        for row, gen in enumerate(self.generators):
            if not self.greedy[row]:
                u = torch.rand(scores.shape[-1], generator=gen).clamp_(1e-20, 1.0)
                noise[row] = -torch.log(-torch.log(u))
        return scores + noise.to(scores.device)


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
