"""Picking a reply: parrots dropped, then the candidate the conversation made likeliest."""

from __future__ import annotations

from bot.candidates import Candidates
from bot.events import ALLOW, Candidate, Verdict
from bot.generation.scripted import ScriptedGenerator
from bot.metrics import Metrics
from bot.store import AsyncStore, open_store
from tests.daemon_fakes import WordSafety, config

MENTION = "the bakery on fifth street finally reopened this week"


def candidates(pick: str = "score") -> Candidates:
    cfg = config(generation={"pick": pick})
    store = AsyncStore(open_store(":memory:"))
    return Candidates(cfg, ScriptedGenerator(["x"]), WordSafety(), store, Metrics())


def judged(*cands: Candidate) -> list[tuple[Candidate, Verdict]]:
    return [(c, ALLOW) for c in cands]


def test_the_candidate_the_conversation_made_likeliest_wins() -> None:
    pool = judged(
        Candidate("rain again, soup again", mi=0.5),
        Candidate("their croissants were always the best", mi=7.0),
        Candidate("cycling home in the fog", mi=-2.0),
    )
    assert candidates().pick(pool, 1, (MENTION,)) == ["their croissants were always the best"]


def test_a_parrot_is_never_picked_however_likely() -> None:
    pool = judged(
        Candidate("the bakery on fifth street finally reopened, yay", mi=30.0),
        Candidate("the bread there is worth the queue", mi=1.0),
    )
    assert candidates().pick(pool, 2, (MENTION,)) == ["the bread there is worth the queue"]


def test_without_scores_the_topic_words_decide() -> None:
    pool = judged(
        Candidate("my cat sleeps on the keyboard"), Candidate("a bakery reopened? bread!")
    )
    assert candidates().pick(pool, 1, (MENTION,)) == ["a bakery reopened? bread!"]


def test_pick_first_keeps_the_order_but_still_drops_parrots() -> None:
    pool = judged(
        Candidate("the bakery on fifth street finally reopened"),
        Candidate("cycling home in the fog", mi=-2.0),
        Candidate("croissants!", mi=5.0),
    )
    assert candidates("first").pick(pool, 1, (MENTION,)) == ["cycling home in the fog"]
