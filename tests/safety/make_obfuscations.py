"""Write tests/safety/data/obfuscated_en.txt: seeded obfuscations of deny-list words.

    python -m tests.safety.make_obfuscations

Each line is "family<TAB>text". The look-alikes below were picked by hand from the Unicode
charts (Cyrillic, Greek, Armenian, Cherokee, Latin Extended, mathematical letters), on
purpose not from the confusables data the normalizer uses, so the set tests that data
rather than repeating it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).parent / "data" / "obfuscated_en.txt"

WORDS = [
    "nigger",
    "nigga",
    "faggot",
    "fuck",
    "fucking",
    "shit",
    "bitch",
    "cunt",
    "whore",
    "slut",
    "retard",
    "kike",
    "chink",
    "spic",
    "tranny",
    "dyke",
    "asshole",
    "bastard",
    "dickhead",
    "pussy",
    "twat",
    "wanker",
    "motherfucker",
    "bollocks",
    "skank",
    "douche",
    "gook",
    "beaner",
    "wetback",
    "raghead",
]
FRAMES = ("{}", "you {}", "what a {}", "shut up {}", "{} off", "total {} lol", "ur a {}")

# letter -> look-alikes from other scripts and Latin Extended (no ASCII)
LOOKALIKES: dict[str, str] = {
    "a": "аαɑạąǎȧᥲ",  # Cyrillic a, Greek alpha, Latin alpha, dotted/ogonek/caron
    "b": "ЬƅḃᏏ",
    "c": "сϲċçƈ",
    "d": "ԁɗḍđ",
    "e": "еҽėẹȩ",
    "f": "ƒḟꞙ",
    "g": "ցɡǥɠģ",  # Armenian co, script g, g with stroke, g with hook
    "h": "һհḥħ",  # Cyrillic shha, Armenian ho
    "i": "іɩíïıι",
    "k": "ķƙκḳ",
    "l": "ӏḷŀ",
    "m": "ṃɱ",
    "n": "ոռṇɲń",  # Armenian vo, ra
    "o": "оοօσọø",  # Armenian oh
    "p": "рρṗƥ",
    "r": "гṛɍŕ",
    "s": "ѕʂṡş",
    "t": "тţṭƭ",
    "u": "սυụμ",  # Armenian seh
    "w": "ԝաẉ",  # Armenian ayb
    "y": "уүẏɏ",
}
TAGS = [chr(c) for c in range(0xE0020, 0xE007F)]
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"


def other_script(word: str, rng: random.Random) -> str:
    """Swap one to all letters for look-alikes from other scripts."""
    idx = [i for i, c in enumerate(word) if c in LOOKALIKES]
    picks = rng.sample(idx, rng.randint(1, len(idx)))
    return "".join(rng.choice(LOOKALIKES[c]) if i in picks else c for i, c in enumerate(word))


def between(chars: str | list[str], every: bool) -> Callable[[str, random.Random], str]:
    """Insert characters between letters: between all of them or at one or two places."""

    def apply(word: str, rng: random.Random) -> str:
        gaps = range(1, len(word))
        chosen = set(gaps) if every else set(rng.sample(gaps, min(2, len(gaps))))
        return "".join((rng.choice(chars) if i in chosen else "") + c for i, c in enumerate(word))

    return apply


def partial_spacing(word: str, rng: random.Random) -> str:
    """Split a word once or twice with plain spaces ("fu ck", "n i gger")."""
    if rng.random() < 0.5:
        cut = rng.randint(1, len(word) - 1)
        return word[:cut] + " " + word[cut:]
    return word[0] + " " + word[1] + " " + word[2:]


def at_for_a(word: str, rng: random.Random) -> str:
    """Write '@' for 'a'."""
    return word.replace("a", "@")


def q_for_g(word: str, rng: random.Random) -> str:
    """Write 'q' for 'g'."""
    return word.replace("g", "q")


def mixed(word: str, rng: random.Random) -> str:
    """Combine look-alike letters, a zero-width split and capitals for the ASCII letters."""
    text = between(ZERO_WIDTH, every=False)(other_script(word, rng), rng)
    return "".join(c.upper() if c.isascii() else c for c in text)


FAMILIES: dict[str, Callable[[str, random.Random], str]] = {
    "other_script": other_script,
    "tag_chars": between(TAGS, every=False),
    "braille_blank": between("\u2800", every=True),
    "braille_blank_partial": between("\u2800", every=False),
    "ideographic_space": between("\u3000", every=True),
    "zero_width": between(ZERO_WIDTH, every=False),
    "partial_spacing": partial_spacing,
    "at_for_a": at_for_a,
    "q_for_g": q_for_g,
    "mixed": mixed,
}


def generate(seed: int = 14) -> list[tuple[str, str]]:
    """Return (family, text) pairs: every family applied to every word that it changes."""
    rng = random.Random(seed)
    rows = []
    for family, fn in FAMILIES.items():
        for word in WORDS:
            text = fn(word, rng)
            if text == word or (len(word) < 4 and family == "partial_spacing"):
                continue  # the family does not apply (no 'a', no 'g', too short to split)
            rows.append((family, rng.choice(FRAMES).format(text)))
    return rows


def main() -> None:
    """Write the set."""
    lines = [f"{family}\t{text}" for family, text in generate()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
