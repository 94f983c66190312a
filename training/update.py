"""Continue fine-tuning a trained model on posts it has not seen, with a replay of old ones.

`update` reads the new posts, keeps the unseen ones, trains the previous version on them mixed
with a seeded replay sample of its old training posts, measures perplexity on held-out old and
new posts before and after, and writes a new version (model, memorization index over old and
new posts, CTranslate2 export, card with the lineage) through the safe output writer: a fresh
`<name>-vN` folder beside the old one unless `out` is given, never the previous version.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Config, LoraConfig
from bot.errors import UserError
from bot.model_stats import read_model_stats, stats_path
from bot.outputs import replace_dir
from bot.safety.memorization import INDEX_FILENAME
from training.base_models import load_model, load_tokenizer
from training.dataset import PostDataset, TrainExample, post_texts, split_posts
from training.evaluate import (
    diversity,
    loss_perplexity,
    memorized_rate,
    perplexity,
    sample_posts,
    summed_loss,
)
from training.lineage import (
    merge_newest,
    merged_index,
    newest_posts,
    next_version_dir,
    version_of,
)
from training.outputs import SAMPLING_DEFAULTS, save_model, write_outputs
from training.sources import ReadOptions
from training.train import Setup, build_trainer
from training.update_data import (
    X_PREFIX,
    NewPosts,
    OldPosts,
    load_index,
    read_new_posts,
    read_old_posts,
    replay_sample,
    seen_by_text,
)

log = logging.getLogger(__name__)

Loss = tuple[float, int]  # summed next-token loss, predicted tokens (training.evaluate)


@dataclass(frozen=True)
class UpdateRequest:
    """What to update, from what, and how long to train."""

    model_dir: Path
    sources: tuple[str, ...]
    out: Path | None = None
    max_steps: int | None = None
    learning_rate: float | None = None
    replay_ratio: float = 1.0  # old posts replayed per new training post
    replay: str | None = None  # old data to replay instead of the recorded one
    options: ReadOptions | None = None


@dataclass
class UpdateResult:
    """Where the new version went (None: nothing new to learn) and its stats."""

    out: Path | None
    stats: dict[str, Any]
    n_read: int


def previous_stats(model_dir: Path) -> dict[str, Any]:
    """Return the previous version's training stats; refuse what cannot be continued."""
    hint = "pass the folder `tweetling train` (or `update`) wrote"
    if not (model_dir / "config.json").is_file() or not stats_path(model_dir).is_file():
        raise UserError(f"{model_dir} is not a trained tweetling model folder", hint)
    stats = read_model_stats(model_dir)
    if stats.get("adapter"):
        raise UserError(
            f"{model_dir} holds a LoRA adapter, not a full model",
            "train it again with [training.lora] merge = true, then update that",
        )
    return stats


def update(req: UpdateRequest, cfg: Config, progress: bool | None = None) -> UpdateResult:
    """Update the model with unseen posts; return where the new version went and its stats."""
    progress = sys.stderr.isatty() if progress is None else progress
    prev = previous_stats(req.model_dir)
    hp = prev.get("hyperparameters") or {}
    tcfg = cfg.training.model_copy(
        update={
            "max_length": int(hp.get("max_length", cfg.training.max_length)),
            "val_fraction": float(hp.get("val_fraction", cfg.training.val_fraction)),
            "seed": int(hp.get("seed", cfg.training.seed)),
            "learning_rate": req.learning_rate or float(hp.get("learning_rate", 5e-5)),
            "max_steps": cfg.training.max_steps if req.max_steps is None else req.max_steps,
            "base_model": str((prev.get("lineage") or {}).get("base_model") or prev["base_model"]),
            "lora": LoraConfig(),
        }
    )
    cfg = cfg.model_copy(update={"training": tcfg})
    old = read_old_posts(prev, cfg, req.replay, tcfg.val_fraction, tcfg.seed)
    index = load_index(req.model_dir)
    if index is None:  # saved before indexes existed: the old data says what it saw
        index = seen_by_text(old, cfg.safety.memorization.ngram)
    new = read_new_posts(req.sources, cfg, prev, index, req.options)
    if not new.posts:
        return UpdateResult(None, {}, new.n_read)
    out = req.out or next_version_dir(req.model_dir)
    sources: list[str | Path] = [req.model_dir]
    sources += [s for s in req.sources if not s.startswith(X_PREFIX)]
    with replace_dir(out, "model", sources=sources, noun="the new version") as staging:
        stats = _train(req, cfg, prev, old, new, index, (staging, out), progress)
    return UpdateResult(out, stats, new.n_read)


def _train(
    req: UpdateRequest,
    cfg: Config,
    prev: dict[str, Any],
    old: OldPosts,
    new: NewPosts,
    index: Any,
    where: tuple[Path, Path],
    progress: bool,
) -> dict[str, Any]:
    """Train in the staging folder, write every output there, and return the stats."""
    out, final = where
    tcfg = cfg.training
    new_train, new_val = split_posts(new.examples, tcfg.val_fraction, tcfg.seed)
    if not new_train:  # one new post: learn it; there is nothing to hold out
        new_train, new_val = new_val, []
    replay = replay_sample(old.train, round(len(new_train) * req.replay_ratio), tcfg.seed)
    log.info(
        "%d new posts (%d held out), %d old posts replayed from %s",
        len(new.posts), len(new_val), len(replay), old.source,
    )  # fmt: skip
    out.mkdir(parents=True)
    tokenizer, model = load_tokenizer(str(req.model_dir)), load_model(str(req.model_dir))
    val = new_val + old.val or new_train
    run = Setup(
        str(req.model_dir),
        tokenizer,
        model,
        PostDataset([*new_train, *replay], tokenizer, tcfg.max_length),
        PostDataset(val, tokenizer, tcfg.max_length),
        post_texts(val),
    )
    started = time.monotonic()
    trainer, summary = build_trainer(run, tcfg, out, progress)
    before = _held_out(trainer.model, tokenizer, old.val, new_val, tcfg, progress)
    base_ppl = _combined(before) or _ppl(trainer.model, tokenizer, run.val_posts, tcfg)
    result = trainer.train()
    model = trainer.model
    after = _held_out(model, tokenizer, old.val, new_val, tcfg, progress)
    ppl = _combined(after) or _ppl(model, tokenizer, run.val_posts, tcfg)
    model = save_model(model, tokenizer, out, tcfg)
    merged = merged_index(index, [p.text for p in new.posts])
    merged.save(out / INDEX_FILENAME)
    max_new = min(SAMPLING_DEFAULTS["max_new_tokens"], tcfg.max_length)
    samples = sample_posts(model, tokenizer, tcfg.eval_samples, max_new, tcfg.seed)
    stats: dict[str, Any] = {
        "perplexity": ppl,
        "base_perplexity": base_ppl,
        **diversity(samples),
        "memorized_rate": memorized_rate(samples, merged.matches),
        "samples": samples,
        "data": prev.get("data") or {},
        "n_posts": len(merged),
        "eos_token": tokenizer.eos_token,
        **run.counts(),
        "train_loss": result.training_loss,
        "global_step": result.global_step,
        "epochs_completed": trainer.state.epoch,
        "train_runtime_s": round(time.monotonic() - started, 1),
        "resumed_from_step": None,
        "history": summary.history,
        "data_paths": _data_paths(prev, req),
        "newest_posts": merge_newest(prev.get("newest_posts") or {}, newest_posts(new.posts)),
        "update_eval": _eval_table(before, after, len(old.val), len(new_val)),
        "lineage": _lineage(prev, req, final, (len(new.posts), len(replay)), old),
        "new_data": new.data_stats,
    }
    return write_outputs(out, stats, cfg, final)


def _held_out(
    model: Any,
    tokenizer: Any,
    old_val: list[TrainExample],
    new_val: list[TrainExample],
    tcfg: Any,
    progress: bool,
) -> dict[str, Loss | None]:
    """Return the summed loss on held-out old and new posts (None where there are none)."""
    result: dict[str, Loss | None] = {}
    for name, examples in (("old", old_val), ("new", new_val)):
        texts = post_texts(examples)
        result[name] = (
            summed_loss(model, tokenizer, texts, tcfg.max_length, tcfg.batch_size, progress)
            if texts
            else None
        )
    return result


def _combined(held_out: dict[str, Loss | None]) -> float | None:
    """Return the perplexity on all held-out posts from the per-set sums (None: no posts)."""
    sums = [s for s in held_out.values() if s is not None]
    if not sums:
        return None
    return loss_perplexity(sum(s[0] for s in sums), sum(s[1] for s in sums))


def _ppl(model: Any, tokenizer: Any, texts: list[str], tcfg: Any) -> float:
    """Return the perplexity on `texts` (the training posts, when none are held out)."""
    return perplexity(model, tokenizer, texts, tcfg.max_length, tcfg.batch_size)


def _eval_table(
    before: dict[str, Loss | None], after: dict[str, Loss | None], n_old: int, n_new: int
) -> dict[str, dict[str, Any]]:
    """Return the before/after perplexities per held-out set, with the relative change."""
    table: dict[str, dict[str, Any]] = {}
    for name, n in (("old", n_old), ("new", n_new)):
        b, a = (None if s is None else loss_perplexity(*s) for s in (before[name], after[name]))
        change = None if b is None or a is None else a / b - 1
        table[name] = {"n": n, "before": b, "after": a, "change": change}
    return table


def _data_paths(prev: dict[str, Any], req: UpdateRequest) -> list[str]:
    """Return every dataset the new version was trained on (X fetches are not kept)."""
    from training.lineage import data_paths

    paths = [req.replay] if req.replay else data_paths(prev)
    added = [str(Path(s).resolve()) for s in req.sources if not s.startswith(X_PREFIX)]
    return list(dict.fromkeys([*paths, *added]))


def _lineage(
    prev: dict[str, Any], req: UpdateRequest, final: Path, counts: tuple[int, int], old: OldPosts
) -> dict[str, Any]:
    """Return the lineage record: original base, previous version, posts added, replay."""
    prev_version = int((prev.get("lineage") or {}).get("version") or version_of(req.model_dir))
    base = (prev.get("lineage") or {}).get("base_model") or prev["base_model"]
    return {
        "base_model": base,
        "previous": str(req.model_dir.resolve()),
        "previous_version": prev_version,
        "version": max(version_of(final), prev_version + 1),
        "path": str(final.resolve()),
        "posts_added": counts[0],
        "replayed": counts[1],
        "replay_source": old.source,
        "sources": list(req.sources),
    }
