"""Generated sentences for harm said without harm words: veiled threats, quiet self-harm talk,
sexual solicitation, and innocent look-alikes. Written for this project, not from any dataset.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from training.harm_data import (
    BENIGN,
    SELF_HARM,
    SEXUAL,
    TELL_TO_DIE,
    THREAT,
    VIOLENCE,
    Row,
)

_REL = ("kids", "wife", "daughter", "son", "mum", "little sister", "husband")
_VEILED = (
    "your days are numbered",
    "enjoy your last {n} days while you still can",
    "you won't see it coming",
    "nobody will ever find your body",
    "i'll make you disappear and nobody will ask",
    "i know your {routine} and i'll be waiting",
    "it would be a shame if something happened to your {rel}",
    "i know what time your {rel} gets home",
    "i've got a {thing} with your name on it",
    "you'll end up in a ditch like the rest of them",
    "keep talking and you'll be next",
    "wait till i catch you alone",
    "your house would burn so nicely",
    "i'll be waiting outside your {home} with a {tool}",
    "one more word and you're finished for good",
    "when i get out, you and your {rel} are done",
)
_SLOTS = {
    "n": ("few", "two", "three", "last"),
    "routine": ("schedule", "route home", "address", "car", "gym times"),
    "rel": _REL,
    "thing": ("bullet", "knife", "blade", "shotgun shell", "grave"),
    "home": ("house", "flat", "work", "school"),
    "tool": ("bat", "crowbar", "hammer", "knife"),
}
_HOW_TO_HURT = (
    "what's the best way to hurt someone without leaving bruises",
    "how much {poison} would kill a grown man",
    "how do i make a bomb at home",
    "where should i stab someone so they die fast",
    "how long can a person survive locked in a freezer",
    "how do i cut the brake lines on my ex's car",
    "what poison can't be found in a body afterwards",
)
_POISON = ("antifreeze", "bleach", "rat poison", "arsenic", "cyanide")
_QUIET_SELF = (
    "i've started giving my things away",
    "i won't be needing any of this much longer",
    "tonight is the night i finally do it",
    "the {means} are ready on my shelf",
    "i hide the blades so nobody finds them",
    "i pray every night that i don't wake up",
    "i'm so tired of existing",
    "i just want everything to stop, forever",
    "i've said my goodbyes to everyone",
    "soon i won't be a burden to anyone",
    "nobody will have to deal with me much longer",
    "i keep looking at the bridge on my way home and thinking about it",
)
_MEANS = ("pills", "tablets", "razor blades", "ropes")
_TELL = (
    "the world would throw a party if you {died}",
    "do everyone a favour and walk into the sea",
    "disappear for good, nobody wants you around",
    "you'd be doing us all a favour if you {died}",
    "crawl into a hole and never come out, you waste of air",
    "nobody would come to your funeral",
)
_DIED = ("died", "overdosed", "never woke up", "jumped", "were gone")
_SOLICIT = (
    "get on camera and take it all off for me",
    "what are you wearing under that {clothes}",
    "show me what's under your {clothes}",
    "i want to bend you over and make you scream",
    "strip for me, nobody has to know",
    "tell me what your underwear looks like",
    "let me see you without your {clothes}",
    "come over and i'll make you moan all night",
)
_CLOTHES = ("dress", "skirt", "shirt", "top", "jeans")
_LOOKALIKES = (
    "our days are packed this week",
    "you won't see the twist coming in this film",
    "the magician made the coin disappear",
    "enjoy your last day of the holiday",
    "the bomb squad made the device safe",
    "it would be a shame to miss that sunset",
    "i'll be waiting outside the cinema at eight",
    "she gave her old clothes away to charity",
    "tonight is the night of the cup final",
    "i'm so tired of this rain",
    "the camera crew arrives at nine",
    "bend your knees when you lift the box",
    "we need to strip the wallpaper before painting",
    "take the pan off the heat and let it rest",
    "my doctor says the pills are working well",
    "i keep looking at the bridge photos from our trip",
)
# Talking about suicide and self-harm to help, report or inform is not self-harm.
_AWARENESS = (
    "{topic} prevention {event} this {when}",
    "volunteers needed for the {topic} prevention helpline",
    "the report on {topic} rates among young men is sobering",
    "if you are having thoughts of {topic}, please call the helpline, you are not alone",
    "our charity trains teachers to spot signs of {topic} risk",
    "the new {topic} prevention strategy was announced in parliament",
    "talking openly about {topic} saves lives",
    "she wrote a brave article about surviving {topic} and recovery",
)
_AWARENESS_SLOTS = {
    "topic": ("suicide", "self-harm", "self harm"),
    "event": ("week", "day", "walk", "training", "month"),
    "when": ("weekend", "month", "friday", "year"),
}
_I_AM = (
    "bisexual woman", "gay man", "black woman", "trans woman", "muslim man", "jewish woman",
    "disabled man", "deaf woman", "lesbian", "immigrant", "refugee", "sikh", "hindu",
    "christian", "autistic person", "non-binary person", "arab woman", "asian man",
    "wheelchair user", "mexican american",
)  # fmt: skip
_I_AM_LINES = (
    "as a {s}, i feel so welcome at my new job",
    "i'm a proud {s}",
    "being a {s} is part of who i am",
    "as a {s} i loved seeing myself on screen",
)


Family = tuple[
    tuple[str, ...], tuple[int, ...], dict[str, tuple[str, ...]]
]  # templates, labels, slots


def fill(template: str, rng: random.Random, slots: dict[str, tuple[str, ...]]) -> str:
    """Fill each slot of the template with a seeded random choice."""
    used = {k: rng.choice(v) for k, v in slots.items() if "{" + k + "}" in template}
    return template.format(**used)


def family_rows(families: Sequence[Family], rng: random.Random, per_template: int) -> list[Row]:
    """Return up to `per_template` distinct seeded fillings of each template, labelled."""
    rows = []
    for templates, labels, slots in families:
        for template in templates:
            texts = {fill(template, rng, slots) for _ in range(per_template)}
            rows += [Row(text, labels, "generated") for text in sorted(texts)]
    return rows


def generate_implicit(seed: int = 0, per_template: int = 4) -> list[Row]:
    """Return the generated rows: `per_template` seeded fillings of each template."""
    families: tuple[Family, ...] = (
        (_VEILED, THREAT, _SLOTS),
        (_HOW_TO_HURT, VIOLENCE, {"poison": _POISON}),
        (_QUIET_SELF, SELF_HARM, {"means": _MEANS}),
        (_TELL, TELL_TO_DIE, {"died": _DIED}),
        (_SOLICIT, SEXUAL, {"clothes": _CLOTHES}),
        (_LOOKALIKES, BENIGN, {}),
        (_AWARENESS, BENIGN, _AWARENESS_SLOTS),
    )
    rows = family_rows(families, random.Random(seed), per_template)
    for template in _I_AM_LINES:
        rows += [Row(template.format(s=s), BENIGN, "generated") for s in _I_AM]
    return rows
