"""`tweetling update`: unseen posts only, replay, held-out perplexity, a new version, lineage."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import responses

from bot.cli import main
from bot.safety.memorization import INDEX_FILENAME, MemorizationIndex
from tests.training.conftest import tiny_config
from training.lineage import next_version_dir, version_of
from training.sources.x_api import TOKEN_ENV

OLD_WORDS = ["coffee", "world", "shipped", "tiny", "fix", "bus", "late", "chapter", "tabs", "soup"]
NEW_WORDS = ["garden", "tomatoes", "basil", "watering", "sunflowers", "compost", "seeds", "harvest"]


def posts(words: list[str], n: int, seed: int, start: int, day: str) -> list[dict[str, Any]]:
    """Return `n` JSONL records of six random words each, with ids from `start`."""
    rng = random.Random(seed)
    return [
        {
            "id": str(start + i),
            "text": " ".join(rng.choice(words) for _ in range(6)),
            "created_at": f"{day}T10:{i:02d}:00+00:00",
            "account": "wren",
        }
        for i in range(n)
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write JSONL records and return the path."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


@pytest.fixture(scope="module")
def old_model(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model trained on 30 'old' posts recorded in a JSONL file."""
    from training.train import train

    root = tmp_path_factory.mktemp("update")
    data = write_jsonl(root / "old.jsonl", posts(OLD_WORDS, 30, 1, 100, "2024-01-01"))
    cfg = tiny_config(
        tiny_model_dir, root / "models" / "me", data=str(data), epochs=4.0, learning_rate=1e-2,
        val_fraction=0.2,
    )  # fmt: skip
    train(cfg, progress=False)
    return root / "models" / "me"


def digest(path: Path) -> str:
    """Return a hash of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_update(*argv: str) -> int:
    """Run `tweetling update` with a small step budget."""
    return main(["update", *argv, "--max-steps", "8", "--no-export"])


def test_training_records_data_and_newest_post(old_model: Path) -> None:
    stats = json.loads((old_model / "training_stats.json").read_text())
    assert stats["data_paths"] == [str(old_model.parent.parent / "old.jsonl")]
    assert stats["newest_posts"]["wren"]["id"] == "129"


def test_update_writes_a_new_version_that_learned_the_new_posts(
    old_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_bytes = digest(old_model / "model.safetensors")
    old_records = posts(OLD_WORDS, 30, 1, 100, "2024-01-01")
    new_records = posts(NEW_WORDS, 12, 2, 500, "2024-06-01")
    # The source holds old posts too (a full archive again): only the 12 new ones are added.
    source = write_jsonl(tmp_path / "all.jsonl", old_records + new_records)
    assert run_update(str(old_model), str(source)) == 0
    out = old_model.parent / "me-v2"
    printed = capsys.readouterr().out
    assert f"saved {out}" in printed and "12 new posts" in printed
    assert digest(old_model / "model.safetensors") == old_bytes  # never overwritten
    stats = json.loads((out / "training_stats.json").read_text())
    lineage = stats["lineage"]
    assert lineage["posts_added"] == 12 and lineage["version"] == 2
    assert lineage["previous"] == str(old_model.resolve())
    assert (
        lineage["base_model"]
        == json.loads((old_model / "training_stats.json").read_text())["base_model"]
    )
    assert lineage["replayed"] > 0 and lineage["replay_source"].endswith("old.jsonl")
    held = stats["update_eval"]
    assert held["new"]["after"] < held["new"]["before"]  # it learned the new posts
    assert held["old"]["n"] == 6 and held["old"]["before"] is not None
    assert stats["newest_posts"]["wren"]["id"] == "511"
    index = MemorizationIndex.load(out / INDEX_FILENAME)
    assert index.matches(old_records[0]["text"]) and index.matches(new_records[0]["text"])
    card = (out / "README.md").read_text()
    assert "## Lineage" in card and "Posts added | 12" in card and str(out) in card
    assert ".tweetling-" not in card  # the staging folder's name never reaches the card

    # The same sources again: nothing new for v2, one line, exit 0, no v3.
    assert run_update(str(out), str(source)) == 0
    assert capsys.readouterr().out.startswith("nothing to update: all 42 posts")
    assert not (old_model.parent / "me-v3").exists()


def test_a_post_in_a_prepared_folder_and_a_file_is_added_once(
    old_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from training.clean import prepare, write_prepared

    records = posts(NEW_WORDS, 6, 6, 800, "2024-10-01")
    file = write_jsonl(tmp_path / "new.jsonl", records)
    folder = write_prepared(prepare([file]), tmp_path / "prepared")
    more = write_jsonl(
        tmp_path / "more.jsonl", [*records, *posts(NEW_WORDS, 2, 7, 850, "2024-11-01")]
    )
    assert run_update(str(old_model), str(folder), str(more), "--out", str(tmp_path / "v2")) == 0
    assert "8 new posts" in capsys.readouterr().out


def test_without_the_old_data_the_replay_is_named(
    old_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = tmp_path / "old-copy"
    moved.mkdir()
    model = moved / "model"
    import shutil

    shutil.copytree(old_model, model)
    stats = json.loads((model / "training_stats.json").read_text())
    stats["data_paths"] = [str(tmp_path / "gone.jsonl")]
    (model / "training_stats.json").write_text(json.dumps(stats))
    source = write_jsonl(tmp_path / "new.jsonl", posts(NEW_WORDS, 6, 3, 900, "2024-07-01"))
    assert run_update(str(model), str(source), "--out", str(tmp_path / "v2")) == 0
    printed = capsys.readouterr().out
    assert "0 old posts replayed (replay: none: the old training data is gone" in printed
    assert "held-out old posts: none to measure" in printed


def test_x_source_fetches_only_posts_after_the_newest_seen(
    old_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, "t")
    seen: list[dict[str, list[str]]] = []

    def timeline(request: Any) -> tuple[int, dict[str, str], str]:
        query = parse_qs(urlparse(request.url).query)
        seen.append(query)
        since = int(query["since_id"][0])
        fresh = [
            {
                **r,
                "created_at": r["created_at"].replace(":00+00:00", ":00.000Z"),  # v2's form
                "author_id": "42",
                "lang": "en",
                "edit_history_tweet_ids": [r["id"]],
            }
            for r in posts(NEW_WORDS, 8, 4, 126, "2024-08-01")
            if int(r["id"]) > since
        ]
        return 200, {}, json.dumps({"data": fresh, "meta": {"result_count": len(fresh)}})

    with responses.RequestsMock() as api:
        api.get(
            "https://api.twitter.com/2/users/by/username/wren",
            json={"data": {"id": "42", "name": "Wren", "username": "wren"}},
        )
        api.add_callback(responses.GET, "https://api.twitter.com/2/users/42/tweets", timeline)
        assert run_update(str(old_model), "x:@wren", "--out", str(tmp_path / "x-v2")) == 0
    assert seen[0]["since_id"] == ["129"]  # the newest post the model was trained on
    stats = json.loads((tmp_path / "x-v2" / "training_stats.json").read_text())
    assert stats["lineage"]["posts_added"] == 4  # 130..133; the API left out 126..129
    assert stats["newest_posts"]["wren"]["id"] == "133"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{tmp}", "{tmp}/x.jsonl"], "is not a trained tweetling model folder"),
        (["{model}", "{tmp}/missing.jsonl"], "does not exist"),
        (["{model}", "{tmp}/x.jsonl", "--out", "{model}"], "cannot write the new version"),
        (["{model}", "{tmp}/x.jsonl", "--replay-ratio", "-1"], "--replay-ratio"),
        (["{model}", "{tmp}/x.jsonl", "--max-steps", "0"], "--max-steps"),
    ],
)
def test_bad_input_is_one_error_line(
    old_model: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    write_jsonl(tmp_path / "x.jsonl", posts(NEW_WORDS, 4, 5, 700, "2024-09-01"))
    before = sorted(p.name for p in old_model.iterdir())
    args = [a.format(tmp=tmp_path, model=old_model) for a in argv]
    assert main(["update", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and message in err[0]
    assert sorted(p.name for p in old_model.iterdir()) == before


def test_versions_count_up_beside_the_model(tmp_path: Path) -> None:
    (tmp_path / "me").mkdir()
    assert next_version_dir(tmp_path / "me") == tmp_path / "me-v2"
    (tmp_path / "me-v2").mkdir()
    (tmp_path / "me-v7").mkdir()
    (tmp_path / "mine-v9").mkdir()  # another model's versions do not count
    assert next_version_dir(tmp_path / "me") == tmp_path / "me-v8"
    assert next_version_dir(tmp_path / "me-v2") == tmp_path / "me-v8"
    assert version_of(tmp_path / "me-v7") == 7 and version_of(tmp_path / "me") == 1


def test_each_held_out_post_is_scored_once_before_and_once_after(
    old_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import training.evaluate as evaluate
    import training.model_card as model_card
    import training.update as update_module

    scored: list[str] = []
    real_loss = evaluate.summed_loss

    def counting_loss(model: Any, tokenizer: Any, texts: list[str], *a: Any) -> tuple[float, int]:
        scored.extend(texts)
        return real_loss(model, tokenizer, texts, *a)

    cards: list[str] = []
    real_card = model_card.render_card

    def recording_card(stats: dict[str, Any], model_dir: str) -> str:
        cards.append(model_dir)
        return real_card(stats, model_dir)

    monkeypatch.setattr(evaluate, "summed_loss", counting_loss)  # perplexity() goes through it
    monkeypatch.setattr(update_module, "summed_loss", counting_loss)
    monkeypatch.setattr(model_card, "render_card", recording_card)
    source = write_jsonl(tmp_path / "new.jsonl", posts(NEW_WORDS, 10, 8, 950, "2024-12-01"))
    out = tmp_path / "v2"
    assert run_update(str(old_model), str(source), "--out", str(out)) == 0
    stats = json.loads((out / "training_stats.json").read_text())
    held = stats["update_eval"]
    n_held = held["old"]["n"] + held["new"]["n"]
    assert held["old"]["n"] > 0 and held["new"]["n"] > 0
    assert len(scored) == 2 * n_held and all(scored.count(t) == 2 for t in scored)
    # The combined figure is the token-weighted mean of the two sets, not a third measurement.
    low, high = sorted((held["old"]["before"], held["new"]["before"]))
    assert low <= stats["base_perplexity"] <= high
    low, high = sorted((held["old"]["after"], held["new"]["after"]))
    assert low <= stats["perplexity"] <= high
    assert cards == [str(out)]  # the card is written once, naming the final folder
