"""The transformers backend (the reference): one worker thread, dynamic batching, left padding.

Reproducibility: a request with a seed gets the same candidates every time it is run on the
same model, alone or merged with any other requests, because each of its candidates samples
from its own generator seeded from (seed, candidate index) (see `sampling.RowSampler`). The
one caveat is floating point: padding changes matrix shapes, which can move a logit by ~1e-7
and, very rarely, flip a near-tie.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from bot.events import Candidate
from bot.generation.base import SamplingParams
from bot.generation.text import (
    Row,
    add_mutual_information,
    cap_prompts,
    learned_topics,
    prompt_text,
    rows_of,
    stop_token_ids,
    to_candidate,
)
from bot.generation.worker import BatchingEngine, EngineLimits, Job, cancelled_rows, time_left
from bot.models import resolve_base_model

log = logging.getLogger(__name__)

_SAMPLING_FIELDS = ("temperature", "top_p", "top_k", "repetition_penalty")


class TransformersBackend:
    """Runs batches through `model.generate` on the worker thread."""

    name = "local"

    def __init__(
        self, model: str, device: str = "auto", threads: int = 0, cache_dir: Path | None = None
    ) -> None:
        self.model_name = model
        self.device_name = device
        self.threads = threads
        self.cache_dir = cache_dir  # where a `bundled:` model is converted and cached
        self.model: Any = None
        self.tokenizer: Any = None
        self.stop_ids: list[int] = []
        self.reply_topic = False  # a Topic line in reply prompts (learned_topics)

    def load(self) -> None:
        """Load the tokenizer and model once, in eval mode, padding on the left."""
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if self.threads > 0:
            torch.set_num_threads(self.threads)
        path = resolve_base_model(self.model_name, self.cache_dir)  # may convert a bundled one
        device = self.device_name
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        tok = AutoTokenizer.from_pretrained(path)
        tok.padding_side = "left"  # new tokens must follow every prompt directly
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
        self.model = model.to(device).eval()
        self.tokenizer = tok
        self.stop_ids = stop_token_ids(tok)
        self.reply_topic = learned_topics(path)
        log.info("loaded %s on %s for generation", path, device)

    def defaults(self) -> SamplingParams:
        """Return the sampling values the model's generation config sets explicitly."""
        cfg = self.model.generation_config
        values = {f: getattr(cfg, f, None) for f in _SAMPLING_FIELDS}
        return SamplingParams(**{k: v for k, v in values.items() if v is not None})

    def run(self, jobs: list[Job]) -> list[list[Candidate]]:
        """Generate every job's candidates in one `generate` call."""
        import torch
        from transformers import GenerationConfig, LogitsProcessorList, StoppingCriteriaList

        from bot.generation.sampling import RowSampler, StopCancelled

        tok, model = self.tokenizer, self.model
        context = getattr(model.config, "max_position_embeddings", None)
        encode = functools.partial(tok.encode, add_special_tokens=False)
        cap_prompts(jobs, encode, tok.decode, context, topic=self.reply_topic)
        rows = rows_of(jobs)
        enc = tok(
            [prompt_text(r, tok.eos_token) for r in rows],
            return_tensors="pt",
            padding=True,
            add_special_tokens=False,  # the training format adds no BOS either
        ).to(model.device)
        sampler = RowSampler(
            [r.job.params for r in rows], [r.seed for r in rows], self.stop_ids, model.device
        )
        config = GenerationConfig(
            max_new_tokens=max(r.job.params.new_tokens for r in rows),
            do_sample=False,  # RowSampler samples; generate takes the argmax of its scores
            # Neutral values, so the model's own sampling settings (already folded into each
            # row's params) are not merged in here and warned about as unused.
            temperature=1.0,
            top_p=1.0,
            top_k=50,  # the library default: not flagged
            eos_token_id=self.stop_ids,
            pad_token_id=tok.pad_token_id,
            max_time=time_left(jobs),  # a backstop: StopCancelled already stops rows at deadlines
        )
        with torch.inference_mode():
            out = model.generate(
                **enc,
                generation_config=config,
                logits_processor=LogitsProcessorList([sampler]),
                stopping_criteria=StoppingCriteriaList([StopCancelled(cancelled_rows(jobs))]),
            )
        logprobs = sampler.token_logprobs
        results = self._split(rows, enc, out, logprobs)
        return add_mutual_information(
            jobs, results, encode, tok.eos_token, tok.eos_token_id, self._logprob_sums
        )

    def _logprob_sums(self, seqs: list[list[int]], starts: list[int]) -> list[float]:
        """Return each sequence's summed token log-probabilities from `starts[i]` on."""
        import torch

        width = max(len(s) for s in seqs)
        pad = self.tokenizer.pad_token_id
        ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs], device=self.model.device)
        mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs],
                            device=self.model.device)  # fmt: skip
        with torch.inference_mode():
            logits = self.model(input_ids=ids, attention_mask=mask).logits.float()
        logp = torch.log_softmax(logits[:, :-1], dim=-1).gather(2, ids[:, 1:, None])[..., 0]
        return [float(logp[i, start - 1 : len(s) - 1].sum()) for i, (s, start) in
                enumerate(zip(seqs, starts, strict=True))]  # fmt: skip

    def _split(
        self, rows: list[Row], enc: Any, out: Any, logprobs: list[list[float]]
    ) -> list[list[Candidate]]:
        """Turn output rows into each job's own candidates."""
        width = enc["input_ids"].shape[1]
        by_job: dict[int, list[Candidate]] = {}
        for i, row in enumerate(rows):
            mask = enc["attention_mask"][i].bool()
            prompt_ids = enc["input_ids"][i][mask].tolist()
            new_ids = out[i, width:].tolist()
            cand = to_candidate(
                self.tokenizer, row, prompt_ids, new_ids, self.stop_ids, logprobs[i]
            )
            by_job.setdefault(id(row.job), []).append(cand)
        return [by_job[id(job)] for job in dict.fromkeys(r.job for r in rows)]

    def unload(self) -> None:
        """Drop the model so its memory can be freed."""
        self.model = None
        self.tokenizer = None


class LocalGenerator(BatchingEngine):
    """The transformers Generator: load once, batch requests, never block the loop."""

    def __init__(
        self,
        model: str,
        *,
        device: str = "auto",
        threads: int = 0,
        limits: EngineLimits | None = None,
        defaults: SamplingParams | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        backend = TransformersBackend(model, device, threads, cache_dir)
        super().__init__(backend, limits, defaults)
