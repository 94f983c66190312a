"""The harm model: features, rules, training data handling and the shipped weights."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from bot.errors import DataError
from bot.safety.base import CheckContext
from bot.safety.harm.encoder import DIM
from bot.safety.harm.features import CATEGORIES, N_FEATURES, featurize, prepare
from bot.safety.harm.filter import HarmFilter
from bot.safety.harm.head import EmbeddingHead
from bot.safety.harm.metrics import average_precision
from bot.safety.harm.model import META_FILE, WEIGHTS_FILE, HarmModel, get_model
from bot.safety.harm.rules import rule_hits
from training.harm_augment import generate
from training.harm_data import read_rows, shippable

SETS = Path(__file__).parent / "harm_sets"


def _lines(name: str) -> list[str]:
    return [t for t in (SETS / name).read_text(encoding="utf-8").splitlines() if t.strip()]


def test_prepare_applies_the_data_substitutions() -> None:
    text = "Hey @Some_One look https://t.co/abc and www.x.com, mail a@b.c"
    assert prepare(text) == "hey @user look <url> and <url> mail a@b.c"


def test_features_are_stable_and_unit_length_per_block() -> None:
    f = featurize("You are great, truly great")
    assert f == featurize("You are great, truly great")
    word = [v for k, v in f.items() if k < N_FEATURES // 2]
    char = [v for k, v in f.items() if k >= N_FEATURES // 2]
    assert sum(v * v for v in word) == pytest.approx(1.0)
    assert sum(v * v for v in char) == pytest.approx(1.0)
    assert all(0 <= k < N_FEATURES for k in f)


def test_handles_and_links_do_not_change_features() -> None:
    assert featurize("hi @alice see http://a.com") == featurize("hi @bob see https://b.org/x")


def test_empty_text_has_no_features() -> None:
    assert featurize("   ") == {}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("just kill yourself", "self_harm"),
        ("go hang yourself loser", "self_harm"),
        ("KYS", "self_harm"),
        ("nobody would miss you", "self_harm"),
        ("The world would be better off without you.", "self_harm"),
        ("I’m going to kill myself tonight", "self_harm"),
        ("i am suicidal", "self_harm"),
        ("I know where you live", "violence"),
        ("i'm gonna kill you", "violence"),
        ("do everyone a favour and step in front of a bus", "self_harm"),
        ("please drink some bleach", "self_harm"),
        ("I'll put you in the ground", "violence"),
        ("i will make sure you never talk again", "violence"),
        ("your own mother won't recognise you when i", "violence"),
        ("snitches get stitches", "violence"),
    ],
)
def test_rules_catch_the_unambiguous_phrases(text: str, category: str) -> None:
    assert category in rule_hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "tell her off yourself",
        "this workout will kill me",
        "I'm dying to see it",
        "how do I kill a process",
        "my phone died",
        "they should die down soon, the winds",
        "you killed it on stage",
        "don't drink bleach, kids",
        "the doctor said she may never walk again",
        "we put the bulbs in the ground",
        "I will make sure you never walk alone",
        "step in front of the camera",
    ],
)
def test_rules_leave_innocent_phrases(text: str) -> None:
    assert rule_hits(text) == {}


def test_average_precision_known_values() -> None:
    assert average_precision(np.array([1, 0, 1, 0]), np.array([0.9, 0.8, 0.7, 0.1])) == (
        pytest.approx((1 + 2 / 3) / 2)
    )
    assert average_precision(np.array([0, 0]), np.array([0.5, 0.4])) == 0.0


def _write_rows(path: Path, rows: list[dict[str, object]]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


def test_read_rows_and_licence_filter(tmp_path: Path) -> None:
    zeros = dict.fromkeys(CATEGORIES, 0)
    _write_rows(
        tmp_path / "d.jsonl.gz",
        [
            {"text": "a", "labels": {**zeros, "hate": 1}, "source": "hatecheck"},
            {"text": "b", "labels": zeros, "source": "stormfront"},
            {"text": "c", "labels": zeros, "source": "btc+ethos"},
            {"text": "d", "labels": zeros, "source": "goemotions"},
        ],
    )
    rows = read_rows(tmp_path / "d.jsonl.gz")
    assert rows[0].labels == (1, 0, 0, 0, 0)
    assert [r.text for r in shippable(rows)] == ["a", "d"]


@pytest.mark.parametrize(
    "content", [b"not gzip", b"", gzip.compress(b'{"text": "x"}\n'), gzip.compress(b"[1]\n")]
)
def test_bad_data_files_are_data_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(content)
    with pytest.raises(DataError):
        read_rows(path)


def test_generated_rows_are_seeded_and_labelled() -> None:
    rows = generate(seed=3)
    assert rows == generate(seed=3)
    assert {r.source for r in rows} == {"generated"}
    for j in range(len(CATEGORIES)):
        assert any(r.labels[j] for r in rows) or CATEGORIES[j] == "hate"
    assert sum(not any(r.labels) for r in rows) > 100  # innocent counter-examples


def test_generated_rows_never_copy_the_hand_written_sets() -> None:
    written = {
        line.strip().lower()
        for path in SETS.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert len(written) > 100
    assert not written & {r.text.lower() for r in generate()}  # those sets stay unseen


def test_quantized_model_round_trips(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    weights = rng.normal(0, 1, (N_FEATURES, len(CATEGORIES))).astype(np.float32)
    model = HarmModel.quantize(weights, np.zeros(5), [0.5] * 5)
    text = "a short sentence about soup"
    f = featurize(text)
    exact = np.array(list(f.values())) @ weights[list(f)]
    assert model.ngram_logits(text) == pytest.approx(exact, abs=0.05 * np.abs(exact).max() + 0.05)
    model.save(tmp_path, {"note": "test"})
    loaded = HarmModel.load(tmp_path)
    assert np.array_equal(loaded.score(text), model.score(text))
    assert loaded.meta["report"] == {"note": "test"}


def test_missing_or_foreign_model_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot load"):
        HarmModel.load(tmp_path)
    (tmp_path / META_FILE).write_text(json.dumps({"format": 99, "thresholds": {}}))
    np.savez(
        tmp_path / WEIGHTS_FILE, q=np.zeros((2, 5), np.int8), scale=np.ones(5), bias=np.ones(5)
    )
    with pytest.raises(DataError):
        HarmModel.load(tmp_path)


def _shipped_filter() -> HarmFilter:
    model = get_model()
    return HarmFilter(model, dict(zip(CATEGORIES, model.thresholds, strict=True)))


def test_shipped_model_blocks_few_innocent_sentences() -> None:
    f = _shipped_filter()
    flagged = [t for t in _lines("innocent.txt") if not f.check(t, CheckContext()).allowed]
    assert len(flagged) <= 2, flagged  # at most 1 in 25


def test_default_content_chain_catches_plain_worded_harm() -> None:
    """The thresholds are tuned for the chain (lexicon, classifier, harm), so judge the chain."""
    from bot.config import Config
    from bot.safety.base import FilterChain
    from bot.safety.factory import _content_filters

    chain = FilterChain(_content_filters(Config().safety))
    texts = _lines("harmful.txt")
    caught = [t for t in texts if not chain.check(t, CheckContext()).allowed]
    assert len(caught) >= 0.6 * len(texts)


def test_shipped_model_card_lists_the_dev_figures() -> None:
    model = get_model()
    card = (Path(__file__).parents[2] / "bot/safety/harm/weights/README.md").read_text()
    report = model.meta["report"]
    assert isinstance(report, dict)
    for row in report["categories"]:
        assert row["category"] in card and f"{row['pr_auc']:.3f}" in card


def test_default_full_chain_passes_the_innocent_set() -> None:
    """With the learned filters in, at most 1 in 25 of H4's innocent sentences is stopped."""
    from bot.config import Config
    from bot.safety.factory import build_safety

    safety = build_safety(Config())
    data = Path(__file__).parent / "data" / "innocent_en.txt"
    lines = data.read_text(encoding="utf-8").splitlines()
    innocent = [t for t in lines if t.strip() and not t.startswith("#")]
    stopped = [
        t for t in innocent if not safety.check_output(t, CheckContext(platform="x")).allowed
    ]
    assert len(innocent) >= 150 and len(stopped) <= 0.04 * len(innocent), stopped


_DEV = Path(__file__).resolve().parents[3] / "shared/data/moderation-train/dev.jsonl.gz"


@pytest.mark.skipif(not _DEV.is_file(), reason="no shared data here")
def test_rules_hit_no_benign_dev_row() -> None:
    """A rule scores 1.0 whatever the thresholds: it must not fire on real benign text."""
    from bot.safety.normalize import normalize

    benign = [r.text for r in read_rows(_DEV) if not any(r.labels)]
    assert len(benign) > 1000
    hits = [t for t in benign if rule_hits(t) or rule_hits(normalize(t))]
    assert hits == []


def test_a_model_retrained_in_place_is_loaded_again(tmp_path: Path) -> None:
    shipped = get_model()
    shipped.save(tmp_path, report={})
    first = get_model(tmp_path)
    assert get_model(tmp_path) is first  # loaded once while the files stay the same
    stronger = HarmModel(shipped.q, shipped.scale, shipped.bias, [0.01] * len(CATEGORIES), {})
    stronger.save(tmp_path, report={"retrained": True})
    again = get_model(tmp_path)
    assert again is not first and again.thresholds == [0.01] * len(CATEGORIES)


def _with_head(seed: int = 0) -> HarmModel:
    rng = np.random.default_rng(seed)
    weights = rng.normal(0, 1, (N_FEATURES, len(CATEGORIES))).astype(np.float32)
    model = HarmModel.quantize(weights, np.zeros(5), [0.5] * 5)
    model.head = EmbeddingHead(
        rng.normal(0, 0.1, DIM), rng.uniform(0.05, 0.3, DIM), rng.normal(0, 0.1, (DIM, 16)),
        np.zeros(16), rng.normal(0, 0.5, (16, 5)), np.zeros(5),
    )  # fmt: skip
    model.ngram_weight = 1.5
    return model


def test_a_model_with_an_embedding_head_round_trips(tmp_path: Path) -> None:
    model = _with_head()
    texts = ["a short sentence about soup", "you will regret this, I promise"]
    model.save(tmp_path, {})
    loaded = HarmModel.load(tmp_path)
    assert loaded.ngram_weight == 1.5 and loaded.head is not None
    assert np.array_equal(loaded.score_many(texts), model.score_many(texts))
    # the head moves the scores: the same n-grams without it score otherwise
    plain = HarmModel(model.q, model.scale, model.bias, model.thresholds, ngram_weight=1.5)
    assert not np.allclose(plain.score_many(texts), model.score_many(texts))
    # one batch scores each text as it scores alone
    assert model.score_many(texts)[1] == pytest.approx(model.score(texts[1]), abs=1e-5)


@pytest.mark.parametrize("damage", ["drop_head", "other_encoder"])
def test_a_head_without_its_encoder_is_refused(tmp_path: Path, damage: str) -> None:
    _with_head().save(tmp_path, {})
    meta_path = tmp_path / META_FILE
    meta = json.loads(meta_path.read_text())
    if damage == "drop_head":
        with np.load(tmp_path / WEIGHTS_FILE) as npz:
            kept = {k: npz[k] for k in ("q", "scale", "bias")}
        np.savez_compressed(tmp_path / WEIGHTS_FILE, allow_pickle=False, **kept)
    else:
        meta["encoder"] = "some other encoder"
        meta_path.write_text(json.dumps(meta))
    with pytest.raises(DataError, match="built by another version"):
        HarmModel.load(tmp_path)
