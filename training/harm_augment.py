"""Generate the project's own labelled sentences for the thin categories and hard negatives.

The moderation data holds 154 sexual and 379 self-harm rows, mostly keyword-derived, and few
threats without profanity. These templates (written for this project, not taken from any
dataset) add plain-worded threats, self-harm talk, "tell someone to die" abuse and sexual
harassment, plus innocent sentences that share their words (a workout that "killed" someone,
shooting a film), so the model learns the intent rather than the vocabulary.
"""

from __future__ import annotations

import itertools
import random

from training.harm_augment_implicit import generate_implicit
from training.harm_augment_plans import generate_plans
from training.harm_data import (
    BENIGN,
    SELF_HARM,
    SEXUAL,
    TELL_TO_DIE,
    THREAT,
    VIOLENCE,
    Row,
)

_WHO = ("you", "u", "you idiot", "you clown", "honestly you", "seriously you", "buddy you")
_TELL_DIE = (
    "{who} should go hang yourself",
    "{who} should just kill yourself",
    "do us all a favour and end your life",
    "nobody would miss {who} if you were gone",
    "the world would be better off without {who}",
    "why don't {who} just go jump off a bridge",
    "go drink bleach",
    "{who} should just stop breathing forever",
    "kys {who}",
    "{who} deserve to rot, just end it already",
    "no one would even notice if {who} died tomorrow",
    "please just disappear permanently, everyone would be happier",
)
_FIRST_SELF = (
    "i {want} to end my life",
    "i {want} to die {when}",
    "i have been thinking about {method} {when}",
    "i {want} to disappear forever, i am a burden to everyone",
    "what is the easiest way to {act}",
    "how many {pills} would it take to never wake up",
    "i cut my {part} again {when}",
    "i wrote my goodbye letters {when}",
    "nothing matters anymore, i am going to {act} {when}",
    "i keep hurting myself and i can't stop",
    "i don't want to be alive anymore",
    "everyone would be better off if i was dead",
)
_WANT = ("want", "really want", "just want", "honestly want")
_WHEN = ("tonight", "this weekend", "soon", "after work", "every day", "right now")
_METHOD = ("taking all my pills", "ending it", "jumping from the roof", "overdosing")
_ACT = ("end it all", "kill myself", "take my own life", "overdose")
_PILLS = ("pills", "sleeping pills", "painkillers", "tablets")
_PART = ("wrists", "arms", "legs", "thighs")
_THREATS = (
    "i know where {target} live{s} and i am coming {when}",
    "i am going to find {target} and hurt {obj}",
    "watch your back, {when} {target} pay{s}",
    "i will burn {poss} house down {when}",
    "i am bringing a gun to {place} {when}",
    "someone should put a bullet in {obj}",
    "i'm going to stab {obj} {when}",
    "how do i poison {poss} food without anyone noticing",
    "i will make sure {target} never walk{s} again",
    "one day {target} will open the door and i will be there with a knife",
    "{target} better sleep with one eye open",
    "i'm going to beat {obj} until {target} stop{s} moving",
)
_TARGETS = (("you", "you", "your", ""), ("he", "him", "his", "s"), ("she", "her", "her", "s"))
_PLACE = ("work", "school", "the office", "the meeting", "the rally", "the mall")
_SEXUAL_LINES = (
    "send me nudes {now}",
    "take your clothes off for me {now}",
    "i want to see you naked {now}",
    "describe what you are wearing and then take it off",
    "let's have sex {now}",
    "i want to touch your body all night",
    "show me your breasts {now}",
    "talk dirty to me, tell me how you want it",
    "i'm so horny, get on your knees",
    "sit on my lap and let me undress you",
)
_NOW = ("", "now", "right now", "tonight", "baby", "babe")
_BENIGN_LINES = (
    "that leg workout absolutely killed me {when}",
    "i'm dying to see the new film {when}",
    "we shot the whole scene in one take {when}",
    "beat the eggs and fold in the flour",
    "she killed it on stage {when}",
    "go knock them dead at your audition",
    "how do i kill a python process that hangs",
    "the striker shot from the edge of the box and scored",
    "i could murder a pizza {when}",
    "this heat is killing my tomatoes",
    "proud to be a gay man and proud of my husband",
    "as a muslim woman i love ramadan evenings with my family",
    "breast cancer screening saved my mum's life",
    "sex education belongs in every school",
    "the detective novel opens with a poisoning at a dinner party",
    "our team got destroyed in the final but we will be back",
    "my therapist helped me through a hard year and i'm doing well now",
    "the news tonight covered the stabbing in the city centre",
    "i bombed my exam but i'll retake it",
    "the battery is dead, can you bring a charger",
    "cut the onions thin and fry them slowly",
    "that comedian slays every single time",
)


# Identity groups, and innocent things said about them: the hate data pairs most identity words
# with attacks (template suites), so without these "gay people" alone reads as hate.
_GROUPS = (
    "women", "men", "muslims", "jews", "christians", "black people", "asian people",
    "immigrants", "refugees", "gay people", "lesbians", "trans people", "disabled people",
    "autistic people", "deaf people", "mexicans", "indians", "chinese people", "arabs",
    "hindus", "sikhs", "bisexual people", "non-binary people", "old people", "latinos",
    "africans", "pakistanis", "roma", "catholics", "atheists",
)  # fmt: skip
_GROUP_LINES = (
    "{g} are wonderful",
    "i love my {g} neighbours",
    "{g} deserve respect and equal rights",
    "proud to stand with {g}",
    "{g} make our city better",
    "{g} = ❤️",
    "respect to all {g} 🙌",
    "{g} have every right to be here",
    "hate against {g} has no place here",
    "we will always defend {g} from violence",
    "{g} deserve to be safe and happy",
    "that documentary about the history of {g} was moving",
    "so many {g} in my family and i adore them",
    "a panel of {g} talked about their work today",
    "i am one of the {g} on our team and i feel welcome",
)
_VIOLENT_ACTS = (
    "strangle", "stab", "shoot", "choke", "beat", "run over", "smash the skull of", "set fire to",
    "break the legs of", "slit the throat of",
)  # fmt: skip
_WEAPONS = (
    "",
    "with a knife",
    "with my rifle",
    "with a hammer",
    "with my bare hands",
    "with a bat",
)
_VIOLENT_LINES = (
    "i'm going to {act} {obj} {weapon}",
    "next time i see {obj} i will {act} {obj} {weapon}",
    "how do i {act} someone {weapon} without getting caught",
    "someone should {act} {obj} {weapon}",
    "i'll bring a gun to {place} and shoot everyone there",
    "i'm going to blow up {place}",
    "what's the best way to poison a person slowly",
    "i'll wait outside {place} and hurt the first person who walks out",
)
_MORE_SELF = (
    "i have the {means} ready {when}",
    "this is my last {post}, goodbye everyone",
    "i hope i don't wake up tomorrow",
    "how much {drug} is a lethal dose",
    "i want my heart to just stop",
    "i'm saving up my {drug} so i can take them all at once",
    "i deserve the pain, so i burn myself",
    "i'm going to jump off the bridge {when}",
)
_MEANS = ("rope", "pills", "blade", "razor")
_POST = ("post", "message", "tweet")
_DRUG = ("paracetamol", "insulin", "sleeping pills", "antidepressants")
_MORE_SEXUAL = (
    "she took off her bra and he kissed her breasts",
    "they had sex on the couch all night long",
    "i'm touching myself thinking about you {now}",
    "send me a video of you masturbating",
    "i want you naked in my bed {now}",
    "his hand slid between her thighs and she moaned",
    "i want to feel your cock inside me",
    "she unzipped his jeans and went down on him",
    "we fucked in the back of the car",
    "spread your legs for me {now}",
)


def _fill(template: str, **slots: tuple[str, ...]) -> list[str]:
    """Return every filling of the template's slots that the template uses."""
    used = [k for k in slots if "{" + k + "}" in template]
    out = []
    for combo in itertools.product(*(slots[k] for k in used)):
        text = template.format(**dict(zip(used, combo, strict=True)))
        out.append(" ".join(text.split()))
    return out


def _threats() -> list[str]:
    out = []
    for template in _THREATS:
        for target, obj, poss, s in _TARGETS:
            filled = template.replace("{target}", target).replace("{obj}", obj)
            filled = filled.replace("{poss}", poss).replace("{s}", s)
            out += _fill(filled, when=_WHEN, place=_PLACE)
    return out


def generate(seed: int = 0, per_template: int = 8) -> list[Row]:
    """Return the generated rows: up to `per_template` fillings of each template, seeded."""
    rng = random.Random(seed)
    groups: list[tuple[tuple[int, ...], list[list[str]]]] = [
        (TELL_TO_DIE, [_fill(t, who=_WHO) for t in _TELL_DIE]),
        (
            SELF_HARM,
            [
                _fill(t, want=_WANT, when=_WHEN, method=_METHOD, act=_ACT, pills=_PILLS, part=_PART)
                for t in _FIRST_SELF
            ],
        ),
        (SEXUAL, [_fill(t, now=_NOW) for t in _SEXUAL_LINES]),
        ((0, 0, 0, 1, 0), [_fill(t, now=_NOW) for t in _MORE_SEXUAL]),
        (
            SELF_HARM,
            [_fill(t, means=_MEANS, when=_WHEN, post=_POST, drug=_DRUG) for t in _MORE_SELF],
        ),
        (BENIGN, [_fill(t, when=_WHEN) for t in _BENIGN_LINES]),
    ]
    rows = []
    for labels, families in groups:
        for texts in families:
            for text in rng.sample(texts, min(per_template, len(texts))):
                rows.append(Row(text, labels, "generated"))
    # every group with every innocent line: identity words need as much benign weight as hate
    rows += [Row(text, BENIGN, "generated") for t in _GROUP_LINES for text in _fill(t, g=_GROUPS)]
    threats = _threats()
    for template in _VIOLENT_LINES:
        objects = ("you", "him", "her", "them")
        threats += _fill(template, act=_VIOLENT_ACTS, obj=objects, weapon=_WEAPONS, place=_PLACE)
    count = (len(_THREATS) + len(_VIOLENT_LINES)) * per_template
    for text in rng.sample(threats, min(count, len(threats))):
        # a threat at the reader is harassment too; a threat at a place or a third person is not
        labels = THREAT if "you" in text.split() or "your" in text.split() else VIOLENCE
        rows.append(Row(text, labels, "generated"))
    return rows + generate_implicit(seed) + generate_plans(seed)
