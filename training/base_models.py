"""Load a resolved base model and its tokenizer for training (transformers), with one-line errors.

Finding the model (local dir, hub id, the bundled GGUF and its cache) lives in `bot.models`,
which serving uses too; this module adds only what needs transformers.
"""

from __future__ import annotations

from typing import Any

from bot.errors import UserError
from bot.models import first_line, load_kwargs

_HINT = "use base_model = 'bundled:smollm2-135m' (works offline) or a local model directory"


def load_tokenizer(resolved: str) -> Any:
    """Load the tokenizer of a resolved base model, with one-line errors; ensure a pad token."""
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(resolved, **load_kwargs(resolved))
    except (OSError, ValueError) as exc:
        raise UserError(
            f"cannot load the tokenizer of '{resolved}': {first_line(exc)}", _HINT
        ) from None
    if tokenizer.eos_token is None:
        raise UserError(f"the tokenizer of '{resolved}' has no EOS token", "pick a causal LM")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token  # pads are masked from the loss anyway
    return tokenizer


def load_model(resolved: str) -> Any:
    """Load a causal LM from a resolved base model, with one-line errors."""
    from transformers import AutoModelForCausalLM

    try:
        return AutoModelForCausalLM.from_pretrained(resolved, **load_kwargs(resolved))
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot load the model '{resolved}': {first_line(exc)}", _HINT) from None
