"""Fine-tuning saves a loadable model dir; resume, seeding, LoRA and the CLI work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.cli import main
from bot.errors import ConfigError, UserError
from tests.conftest import SAMPLE_ARCHIVE, TINY_CORPUS
from tests.training.conftest import Trained, run_training, tiny_config
from training.train import CHECKPOINT_DIR


def test_output_dir_is_a_pipeline_model(trained: Trained) -> None:
    from transformers import pipeline

    generator = pipeline("text-generation", model=str(trained.out))
    eos = generator.tokenizer.eos_token
    out = generator(eos + "coffee", max_new_tokens=5, num_return_sequences=2)
    assert len(out) == 2 and all(o["generated_text"].startswith(eos + "coffee") for o in out)
    gen = json.loads((trained.out / "generation_config.json").read_text())
    assert gen["do_sample"] is True and gen["eos_token_id"] == generator.tokenizer.eos_token_id
    for name in ("training_stats.json", "README.md", "model.safetensors", "tokenizer.json"):
        assert (trained.out / name).is_file()
    assert not (trained.out / CHECKPOINT_DIR).exists()  # dropped after success by default


def test_generation_stops_at_the_post_boundary(trained: Trained) -> None:
    """Trained on EOS + post + EOS, the model ends a known post with EOS."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(trained.out)
    model = AutoModelForCausalLM.from_pretrained(trained.out)
    prompt = tok(tok.eos_token + "coffee first, then the", return_tensors="pt")
    out = model.generate(**prompt, do_sample=False, max_new_tokens=8)
    new = out[0, prompt["input_ids"].shape[1] :].tolist()
    assert tok.eos_token_id in new


def test_stats_show_learning(trained: Trained) -> None:
    stats = trained.stats
    assert stats["perplexity"] < stats["base_perplexity"] / 5
    assert len(stats["history"]) == 6  # one evaluation per epoch
    assert stats["history"][-1]["eval_loss"] < stats["history"][0]["eval_loss"]
    assert stats["n_train"] + stats["n_val"] == len(TINY_CORPUS)
    assert len(stats["samples"]) == 4 and 0 <= stats["distinct_1"] <= 1
    saved = json.loads((trained.out / "training_stats.json").read_text())
    assert saved["perplexity"] == stats["perplexity"]


def test_memorization_index_is_saved(trained: Trained) -> None:
    from bot.safety.memorization import INDEX_FILENAME, MemorizationIndex

    index = MemorizationIndex.load(trained.out / INDEX_FILENAME)
    assert index.matches("weekend plan: nothing, and I mean nothing")
    assert trained.stats["memorized_rate"] is not None


def test_resume_continues_from_the_last_checkpoint(tiny_model_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    first = run_training(tiny_config(tiny_model_dir, out, max_steps=2, keep_checkpoints=True))
    assert first["global_step"] == 2 and (out / CHECKPOINT_DIR / "checkpoint-2").is_dir()
    with pytest.raises(UserError, match="already at step 2 of max_steps 2"):
        run_training(tiny_config(tiny_model_dir, out, max_steps=2), resume=True)
    resumed = run_training(tiny_config(tiny_model_dir, out, max_steps=4), resume=True)
    assert resumed["resumed_from_step"] == 2 and resumed["global_step"] == 4
    steps = [row["step"] for row in resumed["history"]]
    assert steps == [4]  # only the new steps were trained and evaluated


def test_resume_without_checkpoint_is_a_user_error(tiny_model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no checkpoint"):
        run_training(tiny_config(tiny_model_dir, tmp_path / "m", max_steps=1), resume=True)


def test_training_is_seeded(tiny_model_dir: Path, tmp_path: Path) -> None:
    runs = [
        run_training(tiny_config(tiny_model_dir, tmp_path / str(i), max_steps=3, eval_samples=2))
        for i in range(2)
    ]
    assert runs[0]["history"] == runs[1]["history"]
    assert runs[0]["samples"] == runs[1]["samples"]


@pytest.mark.parametrize("merge", [True, False])
def test_lora_merged_or_adapter(tiny_model_dir: Path, tmp_path: Path, merge: bool) -> None:
    from transformers import pipeline

    lora = {"enabled": True, "r": 4, "alpha": 8, "merge": merge}
    stats = run_training(tiny_config(tiny_model_dir, tmp_path, max_steps=2, lora=lora))
    assert stats["adapter"] is (not merge)
    assert (tmp_path / "adapter_config.json").is_file() is (not merge)
    generator = pipeline("text-generation", model=str(tmp_path))
    assert generator("coffee", max_new_tokens=3)[0]["generated_text"].startswith("coffee")


def test_failed_ct2_export_does_not_fail_training(
    tiny_model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "bot.generation.ctranslate2", None)  # import fails
    stats = run_training(tiny_config(tiny_model_dir, tmp_path, max_steps=1, export_ct2=True))
    assert stats["global_step"] == 1 and (tmp_path / "config.json").is_file()


def test_cli_flags_override_the_config(tiny_model_dir: Path, tmp_path: Path) -> None:
    from bot.cli import build_parser
    from bot.commands.common import load
    from bot.commands.train import apply_flags

    config = tmp_path / "c.toml"
    config.write_text('[training]\nbase_model = "gpt2"\nepochs = 3.0\nbatch_size = 4\n')
    args = build_parser().parse_args(
        ["train", "-c", str(config), "--base", str(tiny_model_dir), "--max-steps", "7", "--lora"]
    )
    cfg = apply_flags(load(args), args)
    assert cfg.training.base_model == str(tiny_model_dir) and cfg.training.max_steps == 7
    assert cfg.training.epochs == 3.0 and cfg.training.batch_size == 4
    assert cfg.training.lora.enabled


def test_cli_trains_from_a_source_file(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("training.clean")
    source = tmp_path / "posts.txt"
    source.write_text("\n".join(TINY_CORPUS) + "\n")
    out = tmp_path / "model"
    code = main(
        ["train", "--data", str(source), "--base", str(tiny_model_dir), "--out", str(out),
         "--max-steps", "2", "--max-length", "32", "--no-export"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "held-out perplexity" in capsys.readouterr().out
    assert (out / "training_stats.json").is_file()


def test_cli_reports_missing_data_in_one_line(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["train", "--base", str(tiny_model_dir), "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: no training data") and "Traceback" not in err


def test_cli_reports_an_unwritable_out_in_one_line(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "posts.txt", tmp_path / "a-file"
    source.write_text("\n".join(TINY_CORPUS) + "\n")
    out.write_text("not a directory")
    code = main(["train", "--data", str(source), "--base", str(tiny_model_dir), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "error: cannot write the model to" in err and "Traceback" not in err


def test_resume_checks_for_a_checkpoint_before_loading_the_base(tmp_path: Path) -> None:
    cfg = tiny_config(tmp_path / "no-such-model", tmp_path / "m", max_steps=1)
    with pytest.raises(UserError, match="no checkpoint"):
        run_training(cfg, resume=True)


def test_bad_report_to_is_a_config_error(tiny_model_dir: Path, tmp_path: Path) -> None:
    cfg = tiny_config(tiny_model_dir, tmp_path, max_steps=1, report_to=["no-such"])
    with pytest.raises(ConfigError, match="invalid \\[training\\] setting"):
        run_training(cfg)


def test_bad_lr_scheduler_is_refused_when_the_config_loads(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="'bogus' is not a scheduler; use one of linear"):
        tiny_config(tiny_model_dir, tmp_path, max_steps=1, lr_scheduler="bogus")


@pytest.mark.slow
def test_bundled_smollm2_perplexity_goes_down(tmp_path: Path) -> None:
    """The real pretrained model, fine-tuned for a handful of steps, fits the posts better."""
    cfg = tiny_config(
        Path("bundled:smollm2-135m"), tmp_path, max_steps=4, batch_size=8,
        max_length=32, learning_rate=2e-4, eval_samples=0, val_fraction=0.15,
    )  # fmt: skip
    cfg.training.base_model = "bundled:smollm2-135m"
    stats = run_training(cfg, posts=_sample_posts()[:120])
    print("smollm2:", {k: stats[k] for k in ("base_perplexity", "perplexity", "train_runtime_s")})
    assert stats["perplexity"] < stats["base_perplexity"]
    assert stats["history"][-1]["perplexity"] < stats["base_perplexity"]


def _sample_posts() -> list[str]:
    """The sample archive's cleaned posts (our own few dozen until that archive exists)."""
    if not SAMPLE_ARCHIVE.exists():
        return [line.strip() for line in OWN_POSTS.strip().splitlines()]
    from bot.config import DataConfig
    from training.clean import prepare

    prepared = prepare([SAMPLE_ARCHIVE], DataConfig(min_kept_chars=0))
    return [p.text for p in prepared.posts]


OWN_POSTS = """
coffee first, then the world. that is the whole plan for today
the train was late again so I finished the whole chapter on the platform
hot take: a good variable name is worth more than a clever one-liner
rainy sunday, lentil soup on the stove and nowhere to be
shipped the fix at 2am and of course it broke something else
my cat has decided the keyboard is the warmest place in the house
today I learned that sourdough starters can outlive their owners
reading old code I wrote is like reading a diary I do not remember keeping
every meeting that could have been an email costs me a little joy
long walk by the river, saw a heron standing perfectly still for ten minutes
weekend plan: nothing, and I mean absolutely nothing
the best debugging tool is still a good night of sleep
finally fixed the squeaky door and now the house is suspiciously quiet
if the tests pass on the first try I assume they are not running
made pancakes for the kids and burned exactly one, as tradition demands
the library near my flat has the best reading chairs in the city
tried a new running route and got lost twice, still counts as cardo
reminder to myself: write the docs before I forget how it works
my plants are thriving and I have no idea what I am doing right
the new album is on repeat and the neighbours are probably tired of it
spent the morning refactoring and the diff is mostly deletions, bliss
nothing beats the smell of the bakery at six in the morning
teaching my dad to use video calls, we are making progress slowly
it is not a bug, it is an undocumented feature with strong opinions
there is a specific kind of peace in folding warm laundry
cycling to work in the rain builds character, apparently
today's lunch was leftovers from yesterday's leftovers
somebody please explain why every printer hates me personally
the sunset over the harbour tonight was ridiculous, no filter needed
finished the puzzle after three weeks, one piece is missing of course
writing a talk about testing and I keep rewriting the first slide
the kettle is the most important appliance in this house
small wins: answered every email before noon
went to the market and came back with more tomatoes than any person needs
a good book and a thunderstorm, that is my kind of evening
the code review was kind and useful, which is rarer than it should be
my running shoes have seen more of this city than my car
trying to learn the guitar at thirty five, my fingers disagree
the first cold morning of autumn always feels like a fresh start
"""


def test_eval_interval_is_one_epoch_per_process_group(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import TrainingConfig
    from training.train import eval_interval

    tcfg = TrainingConfig(batch_size=8, grad_accum=1)
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert eval_interval(100, tcfg) == 13
    monkeypatch.setenv("WORLD_SIZE", "4")  # accelerate launch / torchrun on 4 GPUs
    assert eval_interval(100, tcfg) == 4
    assert eval_interval(100, TrainingConfig(batch_size=8, max_steps=2)) == 2


def test_cli_trains_on_pairs_and_posts_from_a_prepared_dir(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    discord = SAMPLE_ARCHIVE.parent / "discord_export"
    argv = ["data", "prepare", str(discord), "--author", "wren", "-o", str(data)]
    assert main([*argv, "--min-kept-chars", "0"]) == 0
    out = tmp_path / "model"
    code = main(
        ["train", "--data", str(data), "--base", str(tiny_model_dir), "--out", str(out),
         "--max-steps", "2", "--max-length", "48", "--no-export"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    stats = json.loads((out / "training_stats.json").read_text())
    # 27 kept, 19 of them pairs (tests/training/test_discord_export.py), split 90/10.
    assert stats["n_train"] + stats["n_val"] == 27
    assert stats["n_train_pairs"] + stats["n_val_pairs"] == 19
    assert stats["n_train_pairs"] > 0
    card = (out / "README.md").read_text()
    assert f"{stats['n_train_pairs']} replies with their context" in card
    assert "writes like @wrenbakes" in card
