"""A saved fast tokenizer loaded with `tokenizers` alone, for serving without transformers.

CTranslate2 needs only token strings and ids, and `tokenizers` reads a saved `tokenizer.json`
directly; transformers' wrapper around it would pull in torch (hundreds of MB) for nothing.
This class offers the few members the serving helpers use, with the same results as
`AutoTokenizer` for the same folder (tests/test_serving_light.py checks that): the special
tokens come from tokenizer_config.json / special_tokens_map.json the way transformers reads
them, and encoding adds no special tokens, truncates nothing and pads nothing.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from bot.errors import UserError

log = logging.getLogger(__name__)

# transformers' named special tokens, in its order (all_special_ids lists them first).
_NAMED = (
    "bos_token",
    "eos_token",
    "unk_token",
    "sep_token",
    "pad_token",
    "cls_token",
    "mask_token",
)
_EXTRA = ("additional_special_tokens", "extra_special_tokens")


class FastTokenizer:
    """The subset of a transformers fast tokenizer that generation needs, without transformers."""

    def __init__(self, backend: Any, special: dict[str, str], extra: list[str], cleanup: bool):
        self._tok = backend
        self._special = special
        self._extra = extra
        # transformers skips its clean-up for BPE models (it would eat spaces before punctuation)
        self._cleanup = cleanup and type(backend.model).__name__ != "BPE"

    @classmethod
    def from_dir(cls, path: str | Path) -> FastTokenizer:
        """Load `tokenizer.json` and the special tokens saved beside it."""
        from tokenizers import Tokenizer

        folder = Path(path)
        try:
            backend = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # tokenizers raises plain Exceptions for missing/bad files
            raise UserError(
                f"cannot load the tokenizer in {folder}: {str(exc).strip() or type(exc).__name__}",
                "export the model again with `tweetling export MODEL_DIR`",
            ) from None
        backend.no_truncation()
        backend.no_padding()
        settings = read_json_object(folder / "special_tokens_map.json")
        settings.update(read_json_object(folder / "tokenizer_config.json"))
        special = {k: s for k in _NAMED if (s := token_text(settings.get(k))) is not None}
        extra: list[str] = []
        for key in _EXTRA:
            value = settings.get(key)
            items = list(value.values()) if isinstance(value, dict) else value
            for item in items if isinstance(items, list) else []:
                token = token_text(item)
                if token is not None and token not in extra:
                    extra.append(token)
        cleanup = bool(settings.get("clean_up_tokenization_spaces", False))
        return cls(backend, special, extra, cleanup)

    @property
    def eos_token(self) -> str | None:
        """Return the end-of-text token."""
        return self._special.get("eos_token")

    @property
    def eos_token_id(self) -> int | None:
        """Return the id of the end-of-text token."""
        return self._id(self.eos_token)

    @property
    def pad_token_id(self) -> int | None:
        """Return the id of the padding token, if the tokenizer has one."""
        return self._id(self._special.get("pad_token"))

    @property
    def all_special_ids(self) -> list[int]:
        """Return the ids of the named special tokens, then the extra ones (no repeats)."""
        tokens = list(dict.fromkeys([*self._special.values(), *self._extra]))
        return [i for i in map(self._id, tokens) if i is not None]

    def encode(self, text: str) -> list[int]:
        """Return the ids of `text`, with no special tokens added."""
        return list(self._tok.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: list[int], skip_special_tokens: bool = False) -> str:
        """Return the text of `ids`."""
        text = str(self._tok.decode(list(ids), skip_special_tokens=skip_special_tokens))
        return _clean_up(text) if self._cleanup else text

    def convert_ids_to_tokens(self, ids: list[int]) -> list[str]:
        """Return the token strings of `ids` (what CTranslate2 takes)."""
        return [str(self._tok.id_to_token(i)) for i in ids]

    def _id(self, token: str | None) -> int | None:
        return None if token is None else self._tok.token_to_id(token)


def read_json_object(path: Path) -> dict[str, Any]:
    """Return a JSON object from a model's settings file, or {} if absent or damaged.

    Serving carries on without a damaged tokenizer or generation config (library defaults),
    and says so in the log instead of ending in a traceback.
    """
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        log.warning("ignoring %s: %s", path, reason)
        return {}
    if not isinstance(data, dict):
        log.warning("ignoring %s: it does not hold a JSON object", path)
        return {}
    return data


def token_text(value: object) -> str | None:
    """Return a special token's text: a string, or a saved AddedToken dict's content."""
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) and value else None


def _clean_up(text: str) -> str:
    """transformers' clean_up_tokenization (used by WordPiece-style tokenizers)."""
    for old, new in (
        (" .", "."),
        (" ?", "?"),
        (" !", "!"),
        (" ,", ","),
        (" ' ", "'"),
        (" n't", "n't"),
        (" 'm", "'m"),
        (" 's", "'s"),
        (" 've", "'ve"),
        (" 're", "'re"),
    ):
        text = text.replace(old, new)
    return text
