"""Evaluate a fine-tuned model: held-out perplexity (base vs tuned), diversity, memorization."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.errors import UserError
from bot.generation.base import DEFAULT_MAX_NEW_TOKENS
from bot.model_stats import read_model_stats, stats_path
from bot.prompting import finish_post, serving_prompt
from training.dataset import PostCollator, PostDataset

log = logging.getLogger(__name__)

# What evaluate_model reads from it.
_NEEDED_STATS = ("base_model", "hyperparameters")
_NEEDED_HP = ("val_fraction", "seed", "max_length")


def perplexity(
    model: Any,
    tokenizer: Any,
    posts: Sequence[str],
    max_length: int,
    batch_size: int = 8,
    progress: bool = False,
) -> float:
    """Return the token-weighted perplexity of `model` on `posts` in the training format."""
    return loss_perplexity(*summed_loss(model, tokenizer, posts, max_length, batch_size, progress))


def loss_perplexity(loss: float, tokens: int) -> float:
    """Return the perplexity of a summed next-token loss over `tokens` predicted tokens."""
    return math.exp(loss / max(tokens, 1))


def summed_loss(
    model: Any,
    tokenizer: Any,
    posts: Sequence[str],
    max_length: int,
    batch_size: int = 8,
    progress: bool = False,
) -> tuple[float, int]:
    """Return (summed next-token loss, predicted tokens) on `posts`; sums of sets add up."""
    import torch

    data = PostDataset(posts, tokenizer, max_length)
    if len(data) == 0:
        raise UserError("no held-out posts to measure perplexity on", "use more posts")
    collate = PostCollator(tokenizer.pad_token_id)
    order = sorted(range(len(data)), key=lambda i: len(data.examples[i]))  # less padding
    total_loss, total_tokens = 0.0, 0
    model.eval()
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    with torch.no_grad():
        for batch in tqdm(batches, desc="perplexity", unit="batch", disable=not progress):
            inputs = collate([data[i] for i in batch])
            inputs = {k: v.to(model.device) for k, v in inputs.items()}
            logits = model(input_ids=inputs["input_ids"], attention_mask=inputs["attention_mask"])
            loss, count = _sum_loss(logits.logits, inputs["labels"])
            total_loss, total_tokens = total_loss + loss, total_tokens + count
    return total_loss, total_tokens


def _sum_loss(logits: Any, labels: Any) -> tuple[float, int]:
    """Return (summed next-token cross-entropy, number of predicted tokens)."""
    import torch

    shift_logits = logits[:, :-1, :].float()
    shift_labels = labels[:, 1:]
    loss = torch.nn.functional.cross_entropy(
        shift_logits.reshape(-1, shift_logits.size(-1)),
        shift_labels.reshape(-1),
        ignore_index=-100,
        reduction="sum",
    )
    return float(loss), int((shift_labels != -100).sum())


def distinct_n(texts: Sequence[str], n: int) -> float:
    """Return distinct-n: unique word n-grams over all word n-grams in `texts` (0 if none)."""
    grams = [
        tuple(words[i : i + n])
        for words in (t.split() for t in texts)
        for i in range(len(words) - n + 1)
    ]
    return len(set(grams)) / len(grams) if grams else 0.0


def sample_posts(
    model: Any, tokenizer: Any, n: int, max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS, seed: int = 0
) -> list[str]:
    """Sample `n` free posts from the model with its generation config (serving prompt format)."""
    import torch

    if n <= 0:
        return []
    torch.manual_seed(seed)
    prompt = serving_prompt(None, tokenizer.eos_token)
    ids = tokenizer(prompt, add_special_tokens=False, return_tensors="pt").to(model.device)
    model.eval()
    with torch.no_grad():
        out = model.generate(
            **ids,
            do_sample=True,
            num_return_sequences=n,
            max_new_tokens=max_new_tokens,
            pad_token_id=tokenizer.pad_token_id,
        )
    width = ids["input_ids"].shape[1]
    texts = tokenizer.batch_decode(out[:, width:], skip_special_tokens=False)
    return [finish_post(None, t, tokenizer.eos_token) for t in texts]


def memorized_rate(samples: Sequence[str], matches: Callable[[str], bool] | None) -> float | None:
    """Return the share of samples the memorization check flags (None if not measurable)."""
    if matches is None or not samples:
        return None
    return sum(1 for s in samples if s and matches(s)) / len(samples)


def memorization_checker(model_dir: Path, posts: Sequence[str]) -> Callable[[str], bool] | None:
    """Return the model's memorization check (its saved index, else one built from `posts`)."""
    try:
        from bot.safety.memorization import INDEX_FILENAME, MemorizationIndex
    except ImportError:
        log.warning("bot.safety.memorization is not available; memorization rate not measured")
        return None
    path = model_dir / INDEX_FILENAME
    index = MemorizationIndex.load(path) if path.exists() else MemorizationIndex.build(posts)
    return index.matches  # type: ignore[no-any-return]


def diversity(samples: Sequence[str]) -> dict[str, float]:
    """Return distinct-1 and distinct-2 of the samples."""
    return {"distinct_1": distinct_n(samples, 1), "distinct_2": distinct_n(samples, 2)}


def read_stats(model_dir: Path) -> dict[str, Any]:
    """Return the model's training_stats.json, or raise a UserError if it is not a trained dir."""
    path = stats_path(model_dir)
    stats = read_model_stats(model_dir)
    hp = stats.get("hyperparameters")
    missing = [k for k in _NEEDED_STATS if k not in stats]
    missing += [
        f"hyperparameters.{k}" for k in _NEEDED_HP if not isinstance(hp, dict) or k not in hp
    ]
    if missing:
        raise UserError(f"{path} lacks {', '.join(missing)}", "train the model again")
    return stats


def evaluate_model(
    model_dir: Path,
    posts: Sequence[str],
    n_samples: int = 20,
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    progress: bool = True,
    cache_dir: Path | None = None,
) -> dict[str, Any]:
    """Compare base and fine-tuned perplexity on the same held-out posts; sample and score."""
    from bot.models import resolve_base_model
    from training.base_models import load_model, load_tokenizer
    from training.dataset import split_posts

    stats = read_stats(model_dir)
    hp = stats["hyperparameters"]
    _, held_out = split_posts(posts, hp["val_fraction"], hp["seed"])
    held_out = held_out or list(posts)
    max_length = hp["max_length"]
    tokenizer = load_tokenizer(str(model_dir))
    base = _to_device(load_model(resolve_base_model(stats["base_model"], cache_dir)))
    base_ppl = perplexity(base, tokenizer, held_out, max_length, progress=progress)
    del base
    tuned = _to_device(load_model(str(model_dir)))
    ppl = perplexity(tuned, tokenizer, held_out, max_length, progress=progress)
    samples = sample_posts(tuned, tokenizer, n_samples, max_new_tokens, seed=hp["seed"])
    rate = memorized_rate(samples, memorization_checker(Path(model_dir), posts))
    return {
        "base_perplexity": base_ppl,
        "perplexity": ppl,
        **diversity(samples),
        "memorized_rate": rate,
        "samples": samples,
        "held_out_posts": len(held_out),
    }


def _to_device(model: Any) -> Any:
    """Move a model to the GPU when there is one."""
    import torch

    return model.to("cuda") if torch.cuda.is_available() else model


def format_report(result: dict[str, Any]) -> str:
    """Return the evaluation as human-readable text."""
    rate = result["memorized_rate"]
    lines = [
        f"held-out posts:         {result.get('held_out_posts', '?')}",
        f"base perplexity:        {result['base_perplexity']:.2f}",
        f"fine-tuned perplexity:  {result['perplexity']:.2f}",
        f"distinct-1 / -2:        {result['distinct_1']:.3f} / {result['distinct_2']:.3f}",
        f"memorized samples:      {'not measured' if rate is None else f'{rate:.1%}'}",
        "samples:",
    ]
    lines += [f"  - {s}" for s in result["samples"]]
    return "\n".join(lines)
