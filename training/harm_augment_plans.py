"""Generated sentences for plans and questions of harm in plain words: attacks on places and
people, threats with a time and a weapon, method questions, self-harm plans, and innocent
sentences built from the same words. Written for this project, not from any dataset; worded
apart from the hand-written test sets in tests/safety/harm_sets/, which stay unseen.
"""

from __future__ import annotations

import random

from training.harm_augment_implicit import Family, family_rows
from training.harm_data import BENIGN, SELF_HARM, THREAT, VIOLENCE, Row

_ATTACKS = (
    "i'm going to {attack} the {building} {when}",
    "we should {attack} the {building} when it's full",
    "tomorrow i {attack} the {building} and nobody will stop me",
    "i've got the {supply} ready to {attack} the {building}",
    "somebody needs to {attack} that {building} with everyone inside",
    "the {building} is going to burn {when}, i'll make sure of it",
    "i'm driving into the crowd at the {event} {when}",
    "bringing my {gun} to the {event} {when}, watch the news",
    "i'll put {poison} in the {drink} at my {where} party",
    "planning to slip {poison} into my {person}'s {drink}",
    "i'm going to make my {person} pay, i already bought the {weapon}",
    "i'm going to shoot everyone at my {where} {when}",
)
_ATTACK_SLOTS = {
    "attack": ("burn down", "blow up", "torch", "shoot up", "bomb", "set fire to"),
    "building": ("church", "synagogue", "mosque", "school", "office", "clinic", "temple"),
    "when": ("tomorrow", "on friday", "next week", "tonight", "on sunday"),
    "supply": ("petrol", "gas cans", "fertiliser", "rifle", "ammo"),
    "event": ("parade", "festival", "rally", "march", "match", "concert"),
    "gun": ("rifle", "shotgun", "gun", "ar-15"),
    "poison": ("antifreeze", "rat poison", "bleach", "cyanide", "weed killer"),
    "drink": ("coffee", "tea", "punch", "wine", "water"),
    "where": ("office", "work", "family"),
    "person": ("boss", "flatmate", "ex", "stepdad", "neighbour", "coworker"),
    "weapon": ("knife", "gun", "machete", "axe"),
}
_AT_YOU = (
    "meet me behind the {spot} after {event} and bring your teeth in a bag",
    "i'll be at the {spot} with a {tool} waiting for you",
    "you'll regret it when i catch you at the {spot}",
    "i found your address, see you {when}",
    "i know where your {rel} goes every morning",
    "i'd hate for your {rel} to have an accident on the way home",
    "say that again and you won't walk out of the {spot}",
    "i'm going to break every bone in your body {when}",
    "i'll carve my name into your face",
    "one day you'll open your door and i'll be standing there",
    "i hope you like hospital food, you'll be eating it for months",
    "you're going to wake up in the boot of my car",
)
_AT_YOU_SLOTS = {
    "spot": ("car park", "gym", "station", "pub", "school gates", "bus stop"),
    "event": ("school", "work", "practice", "the game", "church"),
    "tool": ("bat", "crowbar", "knife", "hammer", "brick"),
    "when": ("tomorrow", "tonight", "this weekend", "soon", "on monday"),
    "rel": ("kids", "son", "daughter", "wife", "mum", "brother"),
}
_HURT_QUESTIONS = (
    "what's the easiest way to kill someone and make it look like an accident",
    "how much {poison} does it take to kill an adult",
    "which poison is hardest to detect after death",
    "how do i get a gun without a background check, i need to settle something",
    "where do you hit someone so they don't get up again",
    "how long does it take to suffocate someone",
)
_SELF_QUESTIONS = (
    "how many {pills} would it take to not wake up",
    "which way do you cut your wrist so it works",
    "how high does a bridge have to be to be sure",
    "what's the most painless way to end my life",
    "how long does it take to die if you stop eating",
    "can you overdose on {pills}, asking for myself",
)
_SELF_PLANS = (
    "i wrote goodbye letters to everyone i love, it ends {when}",
    "i haven't eaten in {n} days and i hope it just ends",
    "i keep a {blade} in my {hide} for when it gets bad",
    "i cut again last night and it was the only thing that helped",
    "i've been researching ways to end it all",
    "i've saved up enough {pills} to finally go through with it",
    "my family will be better off once i'm gone {when}",
    "i've picked the bridge and the date, {when}",
    "i burn myself with a lighter when nobody's looking",
    "i don't plan on being here by {when}",
)
_SELF_SLOTS = {
    "when": ("tonight", "this weekend", "on friday", "next week", "christmas"),
    "n": ("four", "five", "six", "ten"),
    "blade": ("razor", "blade", "box cutter"),
    "hide": ("pencil case", "sock drawer", "phone case", "wallet"),
    "pills": ("sleeping pills", "painkillers", "paracetamol", "pills", "tablets"),
}
# Innocent sentences with the same words: plans, places, weapons in sport and cooking, questions.
_INNOCENT = (
    "i'm going to {fun} the {building} fundraiser {when}",
    "the {building} fire drill is {when}, leave by the side door",
    "we're driving to the {event} {when}, want a lift",
    "bringing my camera to the {event} {when}",
    "i'll put {food} in the {drink} at the party",
    "meet me at the {spot} after {event2}, i'll buy the coffee",
    "i'll be at the {spot} waiting for you with snacks",
    "i found your address on the invitation, see you {when}",
    "how long does it take {food2} to thaw",
    "how deep do you plant {bulbs}",
    "how many {pills} can i take for a headache",
    "how long does a paper cut take to heal",
    "what's the easiest way to kill weeds in the patio",
    "which poison dart frog is the most colourful",
    "i stopped eating {food3} {n} days ago and feel great",
    "i wrote a note for the babysitter about bedtime",
    "i keep a pocket knife in my bag for camping",
    "the bridge run is {when}, it's a lovely route",
    "my son takes the bus alone now, so proud of him",
    "i'm sharpening the kitchen knives before the dinner party",
    "the fire at the {building} was put out quickly and nobody was hurt",
    "firefighters saved the old {building} last night",
)
_INNOCENT_SLOTS = {
    "fun": ("help at", "bake for", "run", "sing at", "volunteer at"),
    "building": _ATTACK_SLOTS["building"],
    "when": _ATTACK_SLOTS["when"],
    "event": _ATTACK_SLOTS["event"],
    "event2": _AT_YOU_SLOTS["event"],
    "spot": _AT_YOU_SLOTS["spot"],
    "food": ("mint", "lemon", "ice", "berries"),
    "drink": ("punch", "water", "tea", "lemonade"),
    "food2": ("chicken", "a turkey", "bread", "prawns"),
    "bulbs": ("tulip bulbs", "potatoes", "garlic", "daffodils"),
    "pills": ("ibuprofen", "paracetamol", "aspirin"),
    "food3": ("sugar", "meat", "bread", "dairy"),
    "n": _SELF_SLOTS["n"],
}


def generate_plans(seed: int = 0, per_template: int = 6) -> list[Row]:
    """Return the generated rows: up to `per_template` distinct seeded fillings per template."""
    families: tuple[Family, ...] = (
        (_ATTACKS, VIOLENCE, _ATTACK_SLOTS),
        (_AT_YOU, THREAT, _AT_YOU_SLOTS),
        (_HURT_QUESTIONS, VIOLENCE, {"poison": _ATTACK_SLOTS["poison"]}),
        (_SELF_QUESTIONS, SELF_HARM, _SELF_SLOTS),
        (_SELF_PLANS, SELF_HARM, _SELF_SLOTS),
        (_INNOCENT, BENIGN, _INNOCENT_SLOTS),
    )
    return family_rows(families, random.Random(seed), per_template)
