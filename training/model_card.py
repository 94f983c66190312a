"""Write the model card (README.md) in huggingtweets' form, plus what it never reported.

Every number comes from `training_stats.json`, so the card cannot disagree with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.model_stats import read_model_stats
from training.lineage import render_lineage

CARD_FILENAME = "README.md"

# huggingtweets' rows first, then the other counts our cleaner reports.
DATA_ROWS = (
    ("Tweets downloaded", "downloaded"),
    ("Retweets", "retweets"),
    ("Short tweets", "short"),
    ("Duplicates", "duplicates"),
    ("Replies", "replies"),
    ("Other dropped", "other_dropped"),
    ("Tweets kept", "kept"),
    ("Of which replies with their context", "pairs"),
)


def fmt_float(value: Any, digits: int = 2) -> str:
    """Format a metric for the card ('n/a' when it was not measured)."""
    return "n/a" if value is None else f"{float(value):.{digits}f}"


def fmt_rate(value: Any) -> str:
    """Format a 0..1 share as a percentage ('n/a' when not measured)."""
    return "n/a" if value is None else f"{float(value) * 100:.1f}%"


def accounts(stats: dict[str, Any]) -> list[str]:
    """Return the accounts (or sources) the posts came from."""
    return sorted((stats.get("data") or {}).get("by_source") or {})


def render_card(stats: dict[str, Any], model_dir: str) -> str:
    """Return the card's Markdown text."""
    sections = [
        _front_matter(stats),
        _title(stats),
        _data_section(stats),
        _procedure_section(stats),
        _results_section(stats),
        _replies_section(stats),
        render_lineage(stats),  # only for a version written by `tweetling update`
        _usage_section(stats, model_dir),
        _limitations_section(stats),
    ]
    return "\n\n".join(s.strip() for s in sections if s.strip()) + "\n"


def write_model_card(model_dir: Path, stats: dict[str, Any] | None = None) -> Path:
    """Write README.md into the model dir from its training stats; return the path."""
    if stats is None:
        stats = read_model_stats(model_dir)
    path = model_dir / CARD_FILENAME
    path.write_text(render_card(stats, str(model_dir)), encoding="utf-8")
    return path


def _who(stats: dict[str, Any]) -> str:
    """Return who the bot imitates, as text."""
    names = accounts(stats)
    return ", ".join(f"@{n}" if n and not n.startswith("@") else n for n in names) or "one person"


def _front_matter(stats: dict[str, Any]) -> str:
    """Return the YAML front matter: language, tags and a widget prompt."""
    languages = (stats.get("data") or {}).get("languages") or {}
    lang = "en"
    if isinstance(languages, dict) and languages:
        lang = max(languages, key=lambda k: languages[k])
    return (
        f"---\nlanguage: {lang}\nlicense: other\nbase_model: {stats['base_model']}\n"
        "pipeline_tag: text-generation\ntags:\n- huggingtweets\n- tweetling\n- text-generation\n"
        'widget:\n- text: "My dream is"\n---'
    )


def _title(stats: dict[str, Any]) -> str:
    """Return the heading and who the bot imitates."""
    return (
        f"# 🤖 AI BOT 🤖 {stats.get('bot_name') or 'tweetling'}\n\n"
        f"A bot that writes like {_who(stats)}, made with tweetling (after "
        "[huggingtweets](https://github.com/borisdayma/huggingtweets)). Its posts are generated "
        "by a language model: they are not written, read or endorsed by the person it imitates."
    )


def _data_section(stats: dict[str, Any]) -> str:
    """Return the training-data table, one column per account."""
    data = stats.get("data") or {}
    by_source = data.get("by_source") or {}
    columns = [(name, by_source[name]) for name in accounts(stats)]
    if len(columns) != 1:
        columns.append(("All", data))
    header = "| Data | " + " | ".join(name for name, _ in columns) + " |"
    rule = "| --- |" + " --- |" * len(columns)
    rows = [
        f"| {label} | " + " | ".join(str(counts.get(key, "n/a")) for _, counts in columns) + " |"
        for label, key in DATA_ROWS
        if key != "pairs" or data.get("pairs")  # data prepared before pairs existed: no row
    ]
    date_range = data.get("date_range")
    span = f"\n\nPosts from {_range_text(date_range)}." if date_range else ""
    return (
        f"## Training data\n\nThe model was trained on posts from {_who(stats)}.\n\n"
        + "\n".join([header, rule, *rows])
        + f"\n\n{_used(stats, 'n_train')} were used for training and {_used(stats, 'n_val')} "
        f"held out for validation.{_skipped(data)}{span}"
    )


def _used(stats: dict[str, Any], key: str) -> str:
    """Return how many examples `key` counts: 'N posts', or 'N (P posts and R replies ...)'."""
    total = int(stats[key])
    pairs = stats.get(f"{key}_pairs")
    if not pairs:
        return f"{total} posts"
    return f"{total} examples ({total - int(pairs)} posts and {pairs} replies with their context)"


def _skipped(data: dict[str, Any]) -> str:
    """Return a sentence on the chat messages not read as posts (none: empty)."""
    skipped = data.get("skipped") or {}
    if not isinstance(skipped, dict) or not skipped:
        return ""
    names = {"others": "other people's messages (used as context only)"}
    parts = ", ".join(f"{v} {names.get(k, k.replace('_', ' '))}" for k, v in skipped.items())
    return f" Not read as posts: {parts}."


def _pairs_note(stats: dict[str, Any]) -> str:
    """Return how replies and topic pairs were learned (nothing when there were none)."""
    note = ""
    if stats.get("n_train_pairs"):
        note += (
            f"{stats['n_train_pairs']} replies were learned with the conversation they answer in "
            "the prompt (a few recent turns, then the reply); the prompt was masked out of the "
            "loss, so the model learned only the person's words. "
        )
    if stats.get("n_train_topic_pairs"):
        note += (
            f"{stats['n_train_topic_pairs']} posts were also learned a second time after a line "
            'of a few of their own salient words ("Topic: rye, loaf", masked out of the loss), '
            "so that the bot answers a mention about the mention's words. "
        )
    return note


def _range_text(date_range: Any) -> str:
    """Return a date range (list or dict of ISO timestamps) as 'first to last', dates only."""
    if isinstance(date_range, dict):
        date_range = [date_range.get("first"), date_range.get("last")]
    if isinstance(date_range, list | tuple) and len(date_range) == 2:
        return " to ".join(str(d)[:10] for d in date_range)
    return str(date_range)


def _procedure_section(stats: dict[str, Any]) -> str:
    """Return the training procedure and the hyperparameter table."""
    hp = stats["hyperparameters"]
    lora = hp.get("lora")
    method = "full fine-tuning"
    if lora:
        kept = "saved as an adapter" if stats.get("adapter") else "merged into the weights"
        method = f"LoRA (r={lora['r']}, alpha={lora['alpha']}, {kept})"
    rows = [(k, hp[k]) for k in hp if k != "lora"]
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    return (
        f"## Training procedure\n\nThe model is based on the pre-trained `{stats['base_model']}`, "
        f"fine-tuned on these posts by {method} with `transformers.Trainer`: one post per example, "
        "framed by the tokenizer's end-of-text token, so a generated post stops at its end. "
        f"{_pairs_note(stats)}"
        "Validation loss was measured once per epoch, with early stopping on it, and the best "
        f"checkpoint was kept. It ran {stats['global_step']} optimizer "
        f"steps ({fmt_float(stats['epochs_completed'])} epochs) in "
        f"{fmt_float(stats['train_runtime_s'], 1)} s."
        f"\n\n| Hyperparameter | Value |\n| --- | --- |\n{table}"
    )


def _results_section(stats: dict[str, Any]) -> str:
    """Return the metrics huggingtweets never reported."""
    n_samples = len(stats.get("samples") or [])
    rows = [
        ("Base model", f"`{stats['base_model']}`"),
        ("Validation perplexity before fine-tuning", fmt_float(stats["base_perplexity"])),
        ("Validation perplexity after fine-tuning", fmt_float(stats["perplexity"])),
        (f"Memorization rate ({n_samples} sampled posts)", fmt_rate(stats["memorized_rate"])),
        ("Distinct-1 / distinct-2 of the samples", _distinct(stats)),
        ("Date", stats["date"]),
    ]
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    return (
        "## Evaluation\n\nPerplexity is measured on the same held-out posts before and after "
        "fine-tuning (lower is better). The memorization rate is the share of sampled posts "
        "that the bot's memorization filter flags as copying a training post.\n\n"
        f"| Metric | Value |\n| --- | --- |\n{table}"
    )


def _replies_section(stats: dict[str, Any]) -> str:
    """Return how the model answers mentions (`tweetling eval --replies`), if it was measured."""
    result = stats.get("reply_eval")
    if not isinstance(result, dict) or not result.get("styles"):
        return ""
    rows = "\n".join(
        f"| {style} | {fmt_rate(r.get('on_topic'))} | {fmt_rate(r.get('parrot'))} | "
        f"{fmt_rate(r.get('answered_share'))} |"
        for style, r in result["styles"].items()
    )
    return (
        f"## Replies to mentions\n\n{result.get('mentions', '?')} mentions answered through the "
        "bot's pipeline (`tweetling eval --replies`). On topic: how often a judge that sees the "
        f"reply and 10 mentions picks the right one ({result.get('judge', '')}; chance 10%). "
        f"Parrot: replies repeating {result.get('parrot_run', 5)}+ consecutive words of the "
        "mention. `free` is the baseline that ignores the mention.\n\n"
        f"| Style | On topic | Parrot | Answered |\n| --- | --- | --- | --- |\n{rows}"
    )


def _distinct(stats: dict[str, Any]) -> str:
    """Return 'distinct-1 / distinct-2' as text."""
    return f"{fmt_float(stats['distinct_1'], 3)} / {fmt_float(stats['distinct_2'], 3)}"


def _usage_section(stats: dict[str, Any], model_dir: str) -> str:
    """Return how to use the model with `pipeline`."""
    eos = stats.get("eos_token") or "<|endoftext|>"
    return (
        "## How to use\n\nYou can use this model directly with a pipeline for text generation. "
        "Posts were framed by the end-of-text token, so start the prompt with it:\n\n"
        "```python\nfrom transformers import pipeline\n"
        f"generator = pipeline('text-generation', model={model_dir!r})\n"
        f"generator({(eos + 'My dream is')!r}, num_return_sequences=5)\n```\n\n"
        "Or run the bot: `tweetling generate -n 5` with `[model] path` set to this directory."
    )


def _limitations_section(stats: dict[str, Any]) -> str:
    """Return limitations and bias."""
    return (
        "## Limitations and bias\n\nThe model suffers from the same limitations and bias as "
        f"its base model `{stats['base_model']}`. In addition, the data present in the user's "
        "posts further affects the text generated by the model: it can repeat their opinions, "
        "mistakes and private details, and it may copy posts verbatim (see the memorization "
        "rate). tweetling's safety filters check every post before it is sent, but no filter "
        "is perfect: review what the bot says in public."
    )
