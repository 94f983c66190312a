"""The fast CPU backend: CTranslate2 (int8 by default) on a model converted by `tweetling export`.

Same worker thread and dynamic batching as the transformers backend (`worker.BatchingEngine`).
CTranslate2 takes one set of sampling settings per call, so a batch is split into groups of
rows with equal settings (usually one group). Its random generator is global: before each call
we seed it with the group's seed (or a fresh random one). Reproducibility here means: the same
seeded request, run alone, gives the same candidates every time; merged with other requests of
the same seed and settings the rows share one random stream, so its draws can differ.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.errors import UserError
from bot.events import Candidate
from bot.generation.base import SamplingParams
from bot.generation.text import (
    Row,
    add_mutual_information,
    cap_prompts,
    learned_topics,
    prompt_text,
    rows_of,
    to_candidate,
)
from bot.generation.text import stop_token_ids as _stop_ids
from bot.generation.tokenizer import FastTokenizer, read_json_object
from bot.generation.worker import BatchingEngine, EngineLimits, Job
from bot.models import TOKENIZER_FILES, resolve_base_model
from bot.outputs import Legacy, replace_dir

log = logging.getLogger(__name__)

CT2_DIRNAME = "ct2"
# What a converted model needs besides the weights: the tokenizer and the sampling defaults.
_COPY = (*TOKENIZER_FILES, "generation_config.json")
# What an export folder holds: a folder with only these was written by `tweetling export`
# before exports carried a marker file, so it may be replaced.
_EXPORTED = Legacy(
    allowed=frozenset({"model.bin", "config.json", "vocabulary.json", "vocabulary.txt", *_COPY})
    | {"shared_vocabulary.json", "shared_vocabulary.txt"},
    signature=frozenset({"model.bin"}),
)
_GREEDY_BELOW = 1e-5
_SEED_RANGE = (1 << 32) - 1  # CTranslate2 treats this value as "no fixed seed"


def default_ct2_dir(model_dir: Path | str) -> Path:
    """Return where `export_model` puts a model's converted copy."""
    return Path(model_dir) / CT2_DIRNAME


def is_exported(path: Path | str) -> bool:
    """Return True if `path` holds a CTranslate2 model."""
    return (Path(path) / "model.bin").is_file() and (Path(path) / "config.json").is_file()


def export_model(
    model_dir: Path | str,
    out_dir: Path | str | None = None,
    quantization: str = "int8",
    cache_dir: Path | None = None,
) -> Path:
    """Convert a transformers model directory to CTranslate2 and return the output dir.

    The copy is built in a private folder and renamed into place: an earlier export there is
    replaced, anything else (or the model itself) is refused before converting.
    """
    from ctranslate2.converters import TransformersConverter

    src = Path(resolve_base_model(str(model_dir), cache_dir))
    if not src.is_dir():
        raise UserError(f"{model_dir} is not a local model directory", "export a trained model")
    target = default_ct2_dir(src) if out_dir is None else out_dir  # "" is refused, not "."
    copy = [name for name in _COPY if (src / name).is_file()]
    with replace_dir(target, "ct2", legacy=_EXPORTED, sources=[src]) as staging:
        try:
            TransformersConverter(str(src), copy_files=copy, low_cpu_mem_usage=True).convert(
                str(staging), quantization=quantization
            )
        except (ValueError, NotImplementedError, KeyError, OSError, RuntimeError) as exc:
            raise UserError(
                f"cannot convert {src} to CTranslate2: {exc}",
                "use [model] backend = 'local' for this architecture",
            ) from None
    log.info("exported %s to %s (%s)", src, target, quantization)
    return Path(target)


class CT2Backend:
    """Runs batches through `ctranslate2.Generator.generate_batch` on the worker thread."""

    name = "ctranslate2"

    def __init__(
        self, ct2_dir: str, device: str = "auto", compute_type: str = "int8", threads: int = 0
    ) -> None:
        self.ct2_dir = Path(ct2_dir)
        self.device = device
        self.compute_type = compute_type
        self.threads = threads
        self.generator: Any = None
        self.tokenizer: FastTokenizer | None = None
        self.stop_ids: list[int] = []
        self.reply_topic = False  # a Topic line in reply prompts (learned_topics)

    def load(self) -> None:
        """Load the converted model and its tokenizer once."""
        import ctranslate2

        if not is_exported(self.ct2_dir):
            raise UserError(
                f"no CTranslate2 model in {self.ct2_dir}",
                "run `tweetling export MODEL_DIR` or set [model] backend = 'local'",
            )
        if self.device == "auto":
            self.device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        self.generator = self._new_generator()
        self.tokenizer = FastTokenizer.from_dir(self.ct2_dir)  # no transformers, so no torch
        self.stop_ids = _stop_ids(self.tokenizer)
        self.reply_topic = learned_topics(self.ct2_dir)
        log.info("loaded %s (%s on %s)", self.ct2_dir, self.compute_type, self.device)

    def _new_generator(self) -> Any:
        import ctranslate2

        return ctranslate2.Generator(
            str(self.ct2_dir),
            device=self.device,
            compute_type=self.compute_type,
            intra_threads=self.threads,
            inter_threads=1,
        )

    def defaults(self) -> SamplingParams:
        """Return the sampling values the model's generation_config.json sets."""
        path = self.ct2_dir / "generation_config.json"
        if not path.is_file():
            return SamplingParams()
        data = read_json_object(path)
        keys = ("temperature", "top_p", "top_k", "repetition_penalty")
        numbers = {k: data[k] for k in keys if _is_number(data.get(k))}
        return SamplingParams(**numbers)

    def run(self, jobs: list[Job]) -> list[list[Candidate]]:
        """Generate every job's candidates, one `generate_batch` call per settings group."""
        tok = self.tokenizer
        if tok is not None:
            cap_prompts(jobs, tok.encode, tok.decode, topic=self.reply_topic)
        rows = rows_of(jobs)
        groups: dict[Hashable, list[int]] = {}
        for i, row in enumerate(rows):
            groups.setdefault(_group_key(row.job.params), []).append(i)
        done: dict[int, Candidate] = {}
        for indices in groups.values():
            for i, cand in zip(indices, self._run_group([rows[i] for i in indices]), strict=True):
                done[i] = cand
        by_job: dict[int, list[Candidate]] = {id(job): [] for job in jobs}
        for i, row in enumerate(rows):
            by_job[id(row.job)].append(done[i])
        results = [by_job[id(job)] for job in jobs]
        if tok is None or tok.eos_token_id is None:
            return results
        eos = tok.eos_token or ""
        return add_mutual_information(jobs, results, tok.encode, eos, tok.eos_token_id,
                                      self._logprob_sums, generated=True)  # fmt: skip

    def _logprob_sums(self, seqs: list[list[int]], starts: list[int]) -> list[float]:
        """Return each sequence's summed token log-probabilities from `starts[i]` on."""
        assert self.tokenizer is not None
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in seqs]
        scored = self.generator.score_batch(tokens)
        # log_probs[i] is the log-probability of token i + 1 given the tokens before it.
        return [sum(r.log_probs[start - 1 :]) for r, start in zip(scored, starts, strict=True)]

    def _run_group(self, rows: list[Row]) -> list[Candidate]:
        tok = self.tokenizer
        if tok is None:
            raise RuntimeError("the CTranslate2 backend runs only after load()")
        params = rows[0].job.params
        prompts = [tok.encode(prompt_text(r, tok.eos_token or "")) for r in rows]
        # CTranslate2 feeds the shortest prompt length at once and decodes the rest of each
        # prompt one forced token per step (replies of different lengths cost ~1.5x a free
        # post). A reply prompt starts at a post boundary (EOS), so more EOS in front make
        # replies one length and the whole batch is read in one pass. Other prompts stay
        # exact (they match the transformers backend token for token).
        replies = all(r.job.request.context is not None for r in rows)
        fed = _same_length(prompts, tok.eos_token_id) if replies else prompts
        shared = min(len(ids) for ids in fed)
        forced = max(len(ids) for ids in fed) - shared
        temperature = params.temperature or 1.0
        greedy = temperature < _GREEDY_BELOW
        owners = [r.job for r in rows]
        with self._generator_for(None if greedy else params.seed) as generator:
            results = generator.generate_batch(
                [tok.convert_ids_to_tokens(ids) for ids in fed],
                max_length=forced + max(r.job.params.new_tokens for r in rows),
                sampling_topk=1 if greedy else (params.top_k or 0),
                sampling_topp=params.top_p or 1.0,
                sampling_temperature=1.0 if greedy else temperature,
                repetition_penalty=params.repetition_penalty or 1.0,
                end_token=self.stop_ids,
                include_prompt_in_result=False,
                return_scores=True,
                # Returning True stops a row: cancelled or expired requests cost no more steps.
                callback=lambda step: owners[step.batch_id].should_stop,
            )
        out = []
        for row, ids, fed_ids, res in zip(rows, prompts, fed, results, strict=True):
            new = res.sequences_ids[0][len(fed_ids) - shared :]
            mean = res.scores[0] / max(len(new), 1) if res.scores else None
            lps = [mean] * len(new) if mean is not None else None
            out.append(to_candidate(tok, row, ids, new, self.stop_ids, lps))
        return out

    @contextmanager
    def _generator_for(self, seed: int | None) -> Iterator[Any]:
        """Yield the shared generator, or a fresh one whose random stream starts at `seed`.

        CTranslate2 seeds each thread's random generator once, on its first draw, so the only
        way to replay a seed is a new Generator (new threads) that samples while the global
        seed is set. Loading an int8 copy of a small model takes a fraction of a second;
        unseeded requests use the shared one.
        """
        import ctranslate2

        if seed is None:
            yield self.generator
            return
        ctranslate2.set_random_seed(seed % _SEED_RANGE)
        try:
            yield self._new_generator()
        finally:
            ctranslate2.set_random_seed(_SEED_RANGE)  # back to "seed from random_device"

    def unload(self) -> None:
        """Drop the model."""
        self.generator = None
        self.tokenizer = None


def _is_number(value: object) -> bool:
    """Return True for an int or float setting (not a bool, string or null)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same_length(prompts: list[list[int]], eos_id: int | None) -> list[list[int]]:
    """Return the prompts padded in front with EOS to one length (as they are without an EOS)."""
    width = max(len(ids) for ids in prompts)
    if eos_id is None or all(len(ids) == width for ids in prompts):
        return prompts
    if any(not ids or ids[0] != eos_id for ids in prompts):
        return prompts  # a prompt that does not start at a boundary: leave it as it is
    return [[eos_id] * (width - len(ids)) + ids for ids in prompts]


def _group_key(p: SamplingParams) -> Hashable:
    return (p.temperature, p.top_k, p.top_p, p.repetition_penalty, p.seed)


class CT2Generator(BatchingEngine):
    """The CTranslate2 Generator: int8 on CPU by default, batched on one worker thread."""

    def __init__(
        self,
        ct2_dir: str,
        *,
        device: str = "auto",
        compute_type: str = "int8",
        threads: int = 0,
        limits: EngineLimits | None = None,
        defaults: SamplingParams | None = None,
    ) -> None:
        backend = CT2Backend(ct2_dir, device, compute_type, threads)
        super().__init__(backend, limits, defaults)
