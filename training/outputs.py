"""Write a trained model's outputs: weights, generation config, stats, card, index, CT2 copy."""

from __future__ import annotations

import logging
import math
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import Config, TrainingConfig
from bot.generation.base import DEFAULT_MAX_NEW_TOKENS
from bot.model_stats import write_model_stats
from bot.models import first_line
from training.dataset import TrainExample
from training.evaluate import diversity, memorized_rate, perplexity, sample_posts

log = logging.getLogger(__name__)

CHECKPOINT_DIR = "checkpoints"
# Sampling defaults saved in generation_config.json; the bot's [generation] keys override them.
SAMPLING_DEFAULTS: dict[str, Any] = {
    "do_sample": True,
    "temperature": 1.0,
    "top_p": 0.95,
    "top_k": 50,
    "max_new_tokens": DEFAULT_MAX_NEW_TOKENS,
}


@dataclass
class TrainData:
    """The posts to train on and the data pipeline's counts (for the card)."""

    posts: list[str]
    data_stats: dict[str, Any] = field(default_factory=dict)
    examples: list[TrainExample] = field(default_factory=list)  # with contexts; empty: posts
    # the newest post per account (training.lineage), so `update` can fetch only later ones
    newest: dict[str, dict[str, str | None]] = field(default_factory=dict)


def finish(
    trainer: Any,
    tokenizer: Any,
    val_posts: list[str],
    data: TrainData,
    cfg: Config,
    out: Path,
    progress: bool,
) -> dict[str, Any]:
    """Measure the best model, save it, and sample from it; return the measured stats."""
    tcfg = cfg.training
    model = trainer.model
    ppl = perplexity(model, tokenizer, val_posts, tcfg.max_length, tcfg.batch_size, progress)
    log.info("fine-tuned perplexity on held-out posts: %.2f", ppl)
    model = save_model(model, tokenizer, out, tcfg)
    # A post is at most max_length tokens, so a sample never needs more.
    max_new = min(SAMPLING_DEFAULTS["max_new_tokens"], tcfg.max_length)
    samples = sample_posts(model, tokenizer, tcfg.eval_samples, max_new, tcfg.seed)
    matches = _build_memorization_index(data.posts, out, cfg.safety.memorization.ngram)
    return {
        "perplexity": ppl,
        "eval_loss": math.log(ppl),
        **diversity(samples),
        "memorized_rate": memorized_rate(samples, matches),
        "samples": samples,
        "data": data.data_stats,
        "n_posts": len(data.posts),
        "eos_token": tokenizer.eos_token,
    }


def save_model(model: Any, tokenizer: Any, out: Path, tcfg: TrainingConfig) -> Any:
    """Save model, tokenizer and generation config; merge LoRA first unless saving an adapter."""
    from transformers import GenerationConfig

    if tcfg.lora.enabled and tcfg.lora.merge:
        model = model.merge_and_unload()
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    gen = GenerationConfig(
        **SAMPLING_DEFAULTS,
        bos_token_id=tokenizer.eos_token_id,  # a post starts after EOS (bot/prompting.py)
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    gen.save_pretrained(out)
    model.generation_config = gen
    return model


def _build_memorization_index(posts: list[str], out: Path, ngram: int) -> Any:
    """Save the training posts' n-gram index in the model dir; return its `matches`."""
    try:
        from bot.safety.memorization import INDEX_FILENAME, MemorizationIndex
    except ImportError:
        log.warning("bot.safety.memorization is not available; no memorization index saved")
        return None
    index = MemorizationIndex.build(posts, n=ngram)
    index.save(out / INDEX_FILENAME)
    return index.matches


def hyperparameters(tcfg: TrainingConfig) -> dict[str, Any]:
    """Return the settings that shaped the model (for the stats and the card)."""
    keep = ["epochs", "max_steps", "learning_rate", "lr_scheduler", "warmup_ratio"]
    keep += ["batch_size", "grad_accum", "max_length", "val_fraction"]
    keep += ["early_stopping_patience", "seed"]
    hp = {k: getattr(tcfg, k) for k in keep}
    hp["lora"] = tcfg.lora.model_dump() if tcfg.lora.enabled else None
    return hp


def write_outputs(
    out: Path, stats: dict[str, Any], cfg: Config, final: Path | None = None
) -> dict[str, Any]:
    """Write training_stats.json and the model card; export to CTranslate2; drop checkpoints.

    `final` is where `out` (a staging folder) will be moved; the card names that folder.
    """
    import torch
    import transformers

    from training.model_card import CARD_FILENAME, render_card

    tcfg = cfg.training
    stats.update(
        base_model=tcfg.base_model,
        bot_name=cfg.bot.name,
        adapter=bool(tcfg.lora.enabled and not tcfg.lora.merge),
        hyperparameters=hyperparameters(tcfg),
        date=datetime.now(UTC).strftime("%Y-%m-%d"),
        versions={"transformers": transformers.__version__, "torch": torch.__version__},
    )
    write_model_stats(out, stats)
    card = render_card(stats, str(final or out))
    (out / CARD_FILENAME).write_text(card, encoding="utf-8")
    if tcfg.export_ct2 and not stats["adapter"]:
        export_ct2(out)
    if not tcfg.keep_checkpoints:
        shutil.rmtree(out / CHECKPOINT_DIR, ignore_errors=True)
    log.info("saved the model to %s", out)
    return stats


def export_ct2(out: Path) -> None:
    """Convert the saved model for the fast CTranslate2 backend; log and go on if it fails."""
    try:
        from bot.generation.ctranslate2 import export_model

        log.info("exported CTranslate2 model to %s", export_model(out))
    except Exception as exc:  # the transformers model is saved and usable either way
        log.warning("CTranslate2 export skipped: %s", first_line(exc))
