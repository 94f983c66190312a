"""Phrases whose harm is unambiguous, scored 1.0 whatever the model says.

The model learns self-harm mostly from keyword-derived rows and sees few plain-worded threats,
so a handful of phrases nobody uses innocently are matched directly. Each rule names the
categories it proves. Kept short on purpose: every pattern here must have no innocent reading
(no "kill it", "dying to", "shoot a film").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.harm.features import prepare

_YOU = r"(?:you|u|ya|yourself|urself|ur self|your self)"
# "I will", "I'm going to", "I'm gonna" ... : a first-person intention
_I_WILL = (
    r"\bi(?:'ll| will| shall|'m going to|'m gonna| am going to| am gonna|'m about to"
    r"| am about to| want to| wanna|'m coming to| am coming to)"
)
_PERSON = (
    r"(?:you|u|him|her|them|everyone|everybody|all of you|every (?:last )?one of you"
    r"|your (?:\w+ )?(?:family|kids?|children|wife|husband|mother|mom|mum|dad|father|sister"
    r"|brother|daughter|son|boss|friends?|girlfriend|boyfriend))"
)
_HARM_VERB = (
    r"(?:kill|murder|stab|strangle|choke|behead|torture|rape|hurt|shoot|poison|gut|run over"
    r"|hunt down|beat up|slaughter|execute|butcher|lynch)"
)
_FIREARM = (
    r"(?<!water )(?<!nerf )(?<!toy )(?<!glue )"
    r"(?:gun|guns|rifle|pistol|shotgun|ar-?15|bomb|explosives|bullets|ammo)"
)
_CROWD = (
    r"(?:school|work|office|class|campus|church|mosque|synagogue|temple|parade|concert|mall"
    r"|meeting|rally|stadium|festival|workplace)"
)


@dataclass(frozen=True)
class Rule:
    """A pattern and the categories a match proves."""

    pattern: re.Pattern[str]
    categories: tuple[str, ...]


def _rule(regex: str, *categories: str) -> Rule:
    return Rule(re.compile(regex), categories)


RULES: tuple[Rule, ...] = (
    # telling someone to kill themselves: self-harm encouragement and harassment
    _rule(
        r"\b(?:kill|hang|shoot|stab|drown|unalive|end) (?:yourself|urself|ur self|your self)\b",
        "self_harm",
        "harassment",
    ),
    _rule(r"\bk+ys+\b|\bkill your ?self\b", "self_harm", "harassment"),
    _rule(
        r"\bgo (?:die|drink bleach)\b|\b(?:you|u) should (?:just )?die\b", "self_harm", "harassment"
    ),
    _rule(
        r"\b(?:just|pls|please|should|favou?r and) (?:go )?(?:drink|swallow|chug) "
        r"(?:some )?bleach\b",
        "self_harm",
        "harassment",
    ),
    _rule(
        rf"\b(?:no ?one|nobody) (?:would|will|is going to|gonna) (?:miss|notice|care if) {_YOU}\b",
        "self_harm",
        "harassment",
    ),
    _rule(
        rf"\bworld (?:would|will) be (?:a )?better (?:off |place )?without {_YOU}\b",
        "self_harm",
        "harassment",
    ),
    _rule(r"\bend your (?:own )?life\b", "self_harm", "harassment"),
    # first-person suicidal intent
    _rule(
        r"\bi(?:'m| am| was|'ve| have)? ?(?:going to|gonna|want to|wanna|will|planning to|"
        r"thinking (?:of|about)|trying to) (?:kill myself|end my (?:own )?life"
        r"|take my (?:own )?life|end it all|commit suicide|unalive myself)\b",
        "self_harm",
    ),
    _rule(r"\bi(?:'m| am) (?:feeling )?suicidal\b", "self_harm"),
    _rule(r"\bi (?:don't|do not) want to (?:be alive|live) any ?more\b", "self_harm"),
    # threats of violence
    _rule(r"\bi know where (?:you|u|he|she|they) (?:live|lives|sleep|sleeps)\b", "violence"),
    _rule(
        r"\bi(?:'m| am|'ll| will)? ?(?:going to|gonna|will) (?:kill|murder|stab|shoot) (?:you|u)\b",
        "violence",
        "harassment",
    ),
    _rule(r"\bwatch your back\b.{0,40}\b(?:coming|find|get|hurt|pay)\b", "violence"),
    # "I'm going to strangle you", "I will hunt down your family" (not "shoot you an email")
    _rule(
        rf"{_I_WILL} (?:\w+ ){{0,2}}?{_HARM_VERB}(?: the \w+ out of)? {_PERSON}\b"
        r"(?! (?:a|an|my|the) (?:message|email|e-mail|text|dm|line|note|link|invite))",
        "violence",
    ),
    _rule(
        rf"{_I_WILL} (?:\w+ ){{0,2}}?break (?:every bone in |all the bones in )?"
        r"(?:your|his|her|their) (?:neck|legs?|arms?|bones|face|jaw|skull|teeth)\b",
        "violence",
    ),
    # weapons announced for a crowded place: "taking my rifle to the office tomorrow"
    _rule(
        rf"\b(?:bring|bringing|take|taking|carry|carrying)\s+(?:a |an |my |some )?(?:\w+ )?"
        rf"{_FIREARM}\s+(?:\w+ ){{0,3}}?to (?:the |my |our |your |this )?{_CROWD}\b",
        "violence",
    ),
    _rule(
        r"\b(?:bullets|ammo|rounds) for (?:everyone|everybody|all of (?:you|them))\b", "violence"
    ),
    # threat idioms: "I'll put you in the ground", "make sure you never walk again"
    _rule(
        r"\b(?:put|putting|bury|burying) (?:you|u) (?:in the ground|six feet under|6 feet under"
        r"|in a (?:grave|body bag|coffin))\b",
        "violence",
        "harassment",
    ),
    _rule(
        rf"{_I_WILL} make sure (?:you|u) (?:never|don't|do not|can't|cannot) "
        r"(?:walk|talk|see|breathe|wake up)(?: ever)? again\b",
        "violence",
        "harassment",
    ),
    _rule(
        r"\bwon'?t (?:even )?recogni[sz]e (?:you|u|your (?:face|body)) (?:after|when|once) i\b",
        "violence",
        "harassment",
    ),
    _rule(r"\bsnitches get stitches\b|\bwhat happens to snitches like (?:you|u)\b", "violence"),
    _rule(
        rf"{_I_WILL} (?:bomb|blow up|shoot up|burn down) (?:the |my |our |your |this )?{_CROWD}\b",
        "violence",
    ),
    # self-harm methods and intent without the word "suicide"
    _rule(
        r"\b(?:painless|quickest|easiest|fastest|surest) (?:way|method)s? (?:to|of) "
        r"(?:die|dying|kill myself|end (?:it|my life)|commit suicide)\b",
        "self_harm",
    ),
    _rule(
        r"\bi(?:'m| am)? ?(?:going to|gonna|will|want to|wanna|about to)"
        r" (?:swallow|take|overdose on) (?:all|every one of|every last one of)"
        r" (?:my|the|these|those) (?:\w+ )?"
        r"(?:pills|tablets|meds|medication|painkillers)\b",
        "self_harm",
    ),
    _rule(
        r"\bi (?:really |just |honestly )?(?:want to|wanna) die\b|\bi wish i (?:was|were) dead\b",
        "self_harm",
    ),
    _rule(
        r"\b(?:no (?:point|reason) (?:in )?(?:me )?(?:living|to live|being alive))\b", "self_harm"
    ),
    _rule(r"\bi hope i (?:don't|do not|never) wake up\b", "self_harm"),
    _rule(r"\b(?:my|a) suicide note\b", "self_harm"),
    _rule(
        r"\bi(?:'m| am)? ?(?:going to|gonna|will|want to|keep thinking about|thinking about)"
        r" jump(?:ing)? (?:off|from) (?:the |a |my )?(?:top of (?:the |a |my )?)?"
        r"(?:roof|building|bridge|balcony|cliff|tower)\b",
        "self_harm",
    ),
    # telling someone to end their life in other words
    _rule(
        r"\b(?:go|just|should|favou?r and) (?:jump|step|walk|throw (?:yourself|urself)) "
        r"(?:off|in front of) (?:a|the) (?:bridge|cliff|building|roof|train|bus|truck|lorry|car)\b",
        "self_harm",
        "harassment",
    ),
    _rule(r"\bwhy are (?:you|u) (?:still )?alive\b", "self_harm", "harassment"),
    _rule(
        r"\b(?:you|u) should (?:take|swallow) (?:all|every) (?:of )?(?:\w+ ){0,2}?"
        r"(?:pills?|tablets)\b",
        "self_harm",
        "harassment",
    ),
)


def rule_hits(text: str) -> dict[str, str]:
    """Return category -> the matched phrase for every rule the text matches."""
    prepared = prepare(text).replace("’", "'")
    hits: dict[str, str] = {}
    for rule in RULES:
        match = rule.pattern.search(prepared)
        if match:
            for category in rule.categories:
                hits.setdefault(category, match.group(0))
    return hits
