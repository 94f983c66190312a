"""Shared test fixtures: no network, a tiny GPT-2 with a tokenizer trained here, quick configs."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ARCHIVE = ROOT / "examples" / "sample_archive"

TINY_CORPUS = [
    "coffee first, then the world",
    "shipped a tiny fix today and it feels great",
    "the bus was late again, so I read a whole chapter",
    "hot take: tabs are fine if you are consistent",
    "rainy sunday, soup and a long walk",
    "new blog post about sourdough is up soon",
    "my cat has opinions about the keyboard",
    "today I learned that plants like music",
    "debugging is just reading slowly",
    "weekend plan: nothing, and I mean nothing",
] * 4


class NetworkBlocked(RuntimeError):
    """A test tried to open a network connection."""


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Fail loudly if a test connects anywhere but loopback (fakes run on 127.0.0.1)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (
            host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")
        ):
            return real_connect(self, address)
        raise NetworkBlocked(f"test tried to connect to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    for name in ("DISCORD_TOKEN", "X_BEARER_TOKEN", "X_API_KEY", "X_API_SECRET"):
        monkeypatch.delenv(f"TWEETLING_{name}", raising=False)


def build_tiny_model(out: Path, corpus: list[str] | None = None, seed: int = 0) -> Path:
    """Train a byte-level BPE tokenizer on `corpus` and save a random 2-layer GPT-2 to `out`."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import GPT2Config, GPT2LMHeadModel, GPT2TokenizerFast

    corpus = corpus or TINY_CORPUS
    out.mkdir(parents=True, exist_ok=True)
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(
        corpus, vocab_size=400, min_frequency=1, special_tokens=["<|endoftext|>"]
    )
    bpe.save_model(str(out))
    # transformers 5 ignores vocab_file/merges_file here (it gave a 1-token vocabulary);
    # wrap the trained tokenizer object instead.
    tok = GPT2TokenizerFast(
        tokenizer_object=bpe._tokenizer,
        bos_token="<|endoftext|>",
        eos_token="<|endoftext|>",
        unk_token="<|endoftext|>",
    )
    tok.save_pretrained(out)
    torch.manual_seed(seed)
    cfg = GPT2Config(
        vocab_size=len(tok),
        n_positions=128,
        n_embd=32,
        n_layer=2,
        n_head=2,
        bos_token_id=tok.eos_token_id,
        eos_token_id=tok.eos_token_id,
    )
    GPT2LMHeadModel(cfg).save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved tiny GPT-2 model directory (random weights), shared by the session; read-only."""
    return build_tiny_model(tmp_path_factory.mktemp("tiny-gpt2"))


@pytest.fixture()
def sample_archive() -> Iterator[Path]:
    """The sample X archive shipped in examples/."""
    yield SAMPLE_ARCHIVE
