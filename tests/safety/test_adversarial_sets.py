"""The fixture sets: innocent sentences pass, obfuscations are caught, harmful frames held.

The sets live in tests/safety/data (written or generated for tweetling, no public data):
innocent_en.txt (sentences that trip naive filters), obfuscated_en.txt (from
make_obfuscations.py: other scripts, tag characters, braille blanks, partial spacing, '@' for
'a', 'q' for 'g', zero-width) and sensitive_hold_en.txt. They run through the word and rule
filters this package owns; the learned classifiers are measured by `tweetling safety eval`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.config import LexiconConfig, SensitiveConfig
from bot.safety.base import CheckContext, FilterChain
from bot.safety.lexicon import LexiconFilter, build_lexicon
from bot.safety.rules import FormFilter, LengthFilter, LinkFilter, PiiFilter, PingFilter
from bot.safety.sensitive import SensitiveFilter, build_sensitive_lexicon

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def chain() -> FilterChain:
    return FilterChain(
        [
            PingFilter(),
            FormFilter(),
            LengthFilter(),
            LinkFilter(),
            PiiFilter(),
            LexiconFilter(build_lexicon(LexiconConfig())),
            SensitiveFilter(build_sensitive_lexicon(SensitiveConfig())),
        ]
    )


def _flagged(chain: FilterChain, text: str) -> bool:
    return chain.check(text, CheckContext(platform="x")).action in ("block", "hold")


def test_innocent_sentences_pass(chain: FilterChain) -> None:
    innocent = _lines("innocent_en.txt")
    assert len(innocent) >= 150
    flagged = [t for t in innocent if _flagged(chain, t)]
    # the target is at most 1 in 25; the one known miss is "faggots" the British dish
    assert len(flagged) <= 2, flagged


def test_obfuscations_are_caught_in_every_family(chain: FilterChain) -> None:
    rows = [line.split("\t", 1) for line in _lines("obfuscated_en.txt")]
    total, caught = Counter[str](), Counter[str]()
    for family, text in rows:
        total[family] += 1
        caught[family] += _flagged(chain, text)
    assert sum(caught.values()) >= 0.95 * len(rows)
    weak = {f: f"{caught[f]}/{total[f]}" for f in total if caught[f] < 0.8 * total[f]}
    assert not weak, weak


def test_obfuscation_set_is_what_the_generator_writes() -> None:
    from tests.safety.make_obfuscations import generate

    rows = [line.split("\t", 1) for line in _lines("obfuscated_en.txt")]
    assert [tuple(r) for r in rows] == generate()


def test_harmful_frames_of_sensitive_topics_are_held(chain: FilterChain) -> None:
    missed = [t for t in _lines("sensitive_hold_en.txt") if not _flagged(chain, t)]
    assert not missed
