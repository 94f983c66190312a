"""Fine-tune a causal LM on one person's posts with transformers.Trainer (set-up and the run).

``training.outputs`` writes what the run leaves: a `save_pretrained` model dir (model,
tokenizer, generation config with sampling defaults) plus `training_stats.json`, the model card
(README.md), the memorization index and, when enabled, a CTranslate2 copy in `ct2/`.
Checkpoints go to `<out>/checkpoints` so `--resume` can continue after an interruption. Only the
CLI handler imports this module, so transformers is imported at the top.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transformers import Trainer, TrainerCallback
from transformers.trainer_callback import PrinterCallback, ProgressCallback

from bot.config import Config, TrainingConfig
from bot.errors import ConfigError, UserError
from bot.models import first_line, resolve_base_model
from bot.topics import token_rarity
from training.base_models import load_model, load_tokenizer
from training.dataset import (
    GroupedSampler,
    PostCollator,
    PostDataset,
    TrainExample,
    post_texts,
    split_posts,
    with_topics,
)
from training.evaluate import perplexity
from training.lineage import newest_posts
from training.outputs import CHECKPOINT_DIR, TrainData, finish, write_outputs

log = logging.getLogger(__name__)


def load_posts(data: str, cfg: Config) -> TrainData:
    """Read a `tweetling data prepare` dir, or prepare sources (archive, JSONL, CSV ...)."""
    if not data:
        raise UserError("no training data given", "pass --data DIR or set [training] data")
    from training.clean import prepare, read_prepared

    path = Path(data)
    if path.is_dir() and (path / "train.jsonl").is_file():
        prepared = read_prepared(path)
    else:
        prepared = prepare([path], cfg.data)
    examples = [TrainExample(p.text, p.context) for p in prepared.posts if p.text.strip()]
    if len(examples) < 2:
        raise UserError(f"{data}: only {len(examples)} usable posts", "train on more posts")
    newest = newest_posts(prepared.posts)
    return TrainData([e.text for e in examples], prepared.stats.to_dict(), examples, newest)


@dataclass
class Setup:
    """The loaded base model and tokenizer, and the tokenized train/validation split."""

    resolved: str  # the base model's local dir or hub id
    tokenizer: Any
    model: Any
    train_ds: PostDataset
    val_ds: PostDataset
    val_posts: list[str]

    def counts(self) -> dict[str, Any]:
        """Return the data sizes and base model path for the stats."""
        return {
            "base_model_path": self.resolved,
            "n_train": len(self.train_ds) - self.train_ds.n_topic_pairs,  # the person's posts
            "n_val": len(self.val_ds),
            "n_train_pairs": self.train_ds.n_pairs,
            "n_val_pairs": self.val_ds.n_pairs,
            "n_train_topic_pairs": self.train_ds.n_topic_pairs,
            "train_tokens": self.train_ds.n_tokens(),
        }


def set_up(posts: Sequence[str | TrainExample], tcfg: TrainingConfig) -> Setup:
    """Seed, load the base model (LoRA-wrapped if enabled), split and tokenize the posts."""
    from transformers import set_seed

    set_seed(tcfg.seed)
    resolved = resolve_base_model(tcfg.base_model, Path(tcfg.cache_dir) if tcfg.cache_dir else None)
    tokenizer, model = load_tokenizer(resolved), load_model(resolved)
    train_posts, val_posts = split_posts(posts, tcfg.val_fraction, tcfg.seed)
    val_posts = val_posts or train_posts  # val_fraction = 0: report on the training posts
    # Topic lines rank words by this tokenizer, as serving does (bot.topics); only the training
    # split gains topic pairs, so held-out perplexity stays on the person's own posts.
    rarity = token_rarity(lambda s: tokenizer(s, add_special_tokens=False)["input_ids"])
    train_ds = PostDataset(
        with_topics(train_posts, rarity, tcfg.topic_pairs, tcfg.seed), tokenizer, tcfg.max_length
    )
    val_ds = PostDataset(
        with_topics(val_posts, rarity, 0.0, tcfg.seed, add_pairs=False), tokenizer, tcfg.max_length
    )
    log.info("%d training posts, %d held out; base model %s", len(train_ds), len(val_ds), resolved)
    if tcfg.lora.enabled:
        model = apply_lora(model, tcfg)
    # Perplexity is the free posts' (the voice); eval_loss covers the pairs' replies too.
    return Setup(resolved, tokenizer, model, train_ds, val_ds, post_texts(val_posts))


def train(
    cfg: Config,
    *,
    resume: bool = False,
    data: TrainData | None = None,
    progress: bool | None = None,
) -> dict[str, Any]:
    """Fine-tune per `cfg.training`, save everything to its `out` dir; return training stats."""
    tcfg = cfg.training
    progress = sys.stderr.isatty() if progress is None else progress
    data = data or load_posts(tcfg.data, cfg)
    out = Path(tcfg.out)
    # Check the cheap things before minutes of model loading and base perplexity.
    checkpoint = find_checkpoint(out, tcfg.max_steps) if resume else None
    make_out_dir(out, keep_checkpoints=resume)
    run = set_up(data.examples or data.posts, tcfg)
    started = time.monotonic()
    trainer, summary = build_trainer(run, tcfg, out, progress)
    # Measured after the Trainer placed the model on its device. A fresh LoRA adapter is a
    # no-op (B = 0), so this is the base model's perplexity either way.
    base_ppl = perplexity(
        run.model, run.tokenizer, run.val_posts, tcfg.max_length, tcfg.batch_size, progress
    )
    log.info("base model perplexity on held-out posts: %.2f", base_ppl)
    try:
        result = trainer.train(resume_from_checkpoint=checkpoint)
    except KeyboardInterrupt:
        log.warning("interrupted; checkpoints kept in %s, continue with --resume", out)
        raise
    if not trainer.is_world_process_zero():
        return {}
    stats = finish(trainer, run.tokenizer, run.val_posts, data, cfg, out, progress)
    stats.update(
        base_perplexity=base_ppl,
        **run.counts(),
        train_loss=result.training_loss,
        global_step=result.global_step,
        epochs_completed=trainer.state.epoch,
        train_runtime_s=round(time.monotonic() - started, 1),
        resumed_from_step=_step_of(checkpoint),
        history=summary.history,
        # what `tweetling update` replays and holds out, and where an API fetch resumes
        data_paths=[str(Path(tcfg.data).resolve())] if tcfg.data.strip() else [],
        newest_posts=data.newest,
    )
    return write_outputs(out, stats, cfg)


def use_causal_lm_loss(model: Any) -> None:
    """Name the causal-LM loss on models whose class name hides it (GPT2LMHeadModel).

    With loss_type None the Trainer counts label tokens before the shift, so its losses come
    out about 1/length too low (7% for a 15-token post); eval_loss must be the true value.
    """
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model  # peft
    if getattr(inner, "loss_type", None) is None:
        inner.loss_type = "ForCausalLM"


def apply_lora(model: Any, tcfg: TrainingConfig) -> Any:
    """Wrap the model with LoRA adapters (peft picks the target modules for known models)."""
    from peft import LoraConfig, get_peft_model

    lora = tcfg.lora
    peft_cfg = LoraConfig(
        task_type="CAUSAL_LM", r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout
    )
    try:
        return get_peft_model(model, peft_cfg)
    except ValueError as exc:
        raise UserError(
            f"LoRA cannot wrap this model: {exc}", "set [training.lora] enabled = false"
        ) from None


def eval_interval(n_train: int, tcfg: TrainingConfig) -> int:
    """Return the optimizer steps per epoch (the eval/save interval), capped by max_steps."""
    # Under `accelerate launch` / `torchrun` each of WORLD_SIZE processes takes its own batches.
    world = max(1, int(os.environ.get("WORLD_SIZE", "1")))
    steps = max(1, math.ceil(n_train / (tcfg.batch_size * tcfg.grad_accum * world)))
    return min(steps, tcfg.max_steps) if tcfg.max_steps > 0 else steps


def training_args(tcfg: TrainingConfig, out: Path, n_train: int, progress: bool) -> Any:
    """Return the TrainingArguments for this config (eval, save and log once per epoch)."""
    import torch
    from transformers import TrainingArguments

    every = eval_interval(n_train, tcfg)
    return TrainingArguments(
        output_dir=str(out / CHECKPOINT_DIR),
        num_train_epochs=tcfg.epochs,
        max_steps=tcfg.max_steps,
        learning_rate=tcfg.learning_rate,
        lr_scheduler_type=tcfg.lr_scheduler,
        warmup_steps=tcfg.warmup_ratio,  # a float below 1 is a ratio of the total steps
        per_device_train_batch_size=tcfg.batch_size,
        per_device_eval_batch_size=tcfg.batch_size,
        gradient_accumulation_steps=tcfg.grad_accum,
        train_sampling_strategy="group_by_length",  # eval batches; training uses GroupedSampler
        eval_strategy="steps",
        eval_steps=every,
        save_strategy="steps",
        save_steps=every,
        save_total_limit=2,  # the best and the last
        load_best_model_at_end=True,
        metric_for_best_model="eval_loss",
        greater_is_better=False,
        logging_strategy="steps",
        logging_steps=max(1, every // 4),
        seed=tcfg.seed,
        data_seed=tcfg.seed,
        report_to=tcfg.report_to or "none",
        disable_tqdm=not progress,
        dataloader_num_workers=0,
        dataloader_pin_memory=torch.cuda.is_available(),
    )


def build_trainer(
    run: Setup, tcfg: TrainingConfig, out: Path, progress: bool
) -> tuple[Any, EpochSummary]:
    """Return a Trainer with early stopping and a one-line summary per epoch."""
    from transformers import EarlyStoppingCallback

    use_causal_lm_loss(run.model)
    summary = EpochSummary()
    callbacks: list[Any] = [summary]
    if tcfg.early_stopping_patience > 0:
        callbacks.append(EarlyStoppingCallback(tcfg.early_stopping_patience))
    try:
        trainer = PostTrainer(
            model=run.model,
            args=training_args(tcfg, out, len(run.train_ds), progress),
            data_collator=PostCollator(run.tokenizer.pad_token_id),
            train_dataset=run.train_ds,
            eval_dataset=run.val_ds,
            processing_class=run.tokenizer,
            callbacks=callbacks,
        )
    except (ValueError, RuntimeError) as exc:  # a bad lr_scheduler, report_to not installed
        raise ConfigError(
            f"invalid [training] setting: {first_line(exc)}",
            "check lr_scheduler and report_to in the [training] section",
        ) from None
    # Replace the raw log-dict printers with a plain bar; EpochSummary prints the results.
    trainer.remove_callback(PrinterCallback)
    trainer.remove_callback(ProgressCallback)
    if progress:
        trainer.add_callback(QuietProgress())
    return trainer, summary


class PostTrainer(Trainer):  # type: ignore[misc]
    """The Trainer with length-grouped training batches (see training.dataset.grouped_order)."""

    def _get_train_sampler(self, train_dataset: Any = None) -> Any:
        data = train_dataset if train_dataset is not None else self.train_dataset
        if not isinstance(data, PostDataset):
            return super()._get_train_sampler(train_dataset)
        # The DataLoader cuts the order into batches of this size (per device x n_gpu).
        return GroupedSampler(data.lengths(), self._train_batch_size)


class EpochSummary(TrainerCallback):  # type: ignore[misc]
    """Print one line per evaluation (once per epoch) and keep the history for the stats."""

    def __init__(self) -> None:
        self.history: list[dict[str, Any]] = []

    def on_evaluate(
        self, args: Any, state: Any, control: Any, metrics: Any = None, **_: Any
    ) -> None:
        """Record and print the epoch's train loss, eval loss and perplexity."""
        if not metrics or "eval_loss" not in metrics:
            return
        losses = [e["loss"] for e in state.log_history if "loss" in e]
        row = {
            "epoch": round(float(state.epoch or 0), 2),
            "step": state.global_step,
            "train_loss": losses[-1] if losses else None,
            "eval_loss": metrics["eval_loss"],
            "perplexity": math.exp(min(metrics["eval_loss"], 50.0)),
        }
        self.history.append(row)
        if state.is_world_process_zero:
            from tqdm import tqdm

            train_loss = "n/a" if row["train_loss"] is None else f"{row['train_loss']:.4f}"
            tqdm.write(
                f"epoch {row['epoch']:.2f} (step {row['step']}/{state.max_steps}): "
                f"train loss {train_loss}, eval loss {row['eval_loss']:.4f}, "
                f"perplexity {row['perplexity']:.2f}",
                file=sys.stderr,
            )


class QuietProgress(ProgressCallback):  # type: ignore[misc]
    """The Trainer's progress bars without the raw log dictionaries."""

    def on_log(self, *args: Any, **kwargs: Any) -> None:
        """Print nothing: EpochSummary reports the metrics."""


def find_checkpoint(out: Path, max_steps: int = -1) -> str:
    """Return the last checkpoint under `out`; raise a UserError if none is left to continue."""
    from transformers.trainer_utils import get_last_checkpoint

    folder = out / CHECKPOINT_DIR
    last = get_last_checkpoint(str(folder)) if folder.is_dir() else None
    if last is None:
        raise UserError(f"no checkpoint to resume from in {folder}", "run without --resume")
    # The Trainer would run one more step past max_steps rather than none.
    if 0 < max_steps <= (step := _step_of(last) or 0):
        raise UserError(
            f"{last} is already at step {step} of max_steps {max_steps}",
            "raise --max-steps to train further, or run without --resume",
        )
    log.info("resuming from %s", last)
    return str(last)


def make_out_dir(out: Path, keep_checkpoints: bool) -> None:
    """Create `out` and its checkpoint dir, or raise a UserError if they cannot be written."""
    if not keep_checkpoints:
        shutil.rmtree(out / CHECKPOINT_DIR, ignore_errors=True)  # stale runs would be resumed
    try:
        (out / CHECKPOINT_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            f"cannot write the model to {out}: {exc.strerror or exc}", "pass another --out"
        ) from None


def _step_of(checkpoint: str | None) -> int | None:
    """Return the global step encoded in a checkpoint dir name."""
    return int(checkpoint.rsplit("-", 1)[1]) if checkpoint else None
