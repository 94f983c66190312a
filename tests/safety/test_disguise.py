"""Disguised links, e-mail addresses, phone numbers and pings: each family is caught."""

from __future__ import annotations

import pytest

from bot.safety.base import CheckContext
from bot.safety.disguise import refang, unveil_digits
from bot.safety.rules import LinkFilter, PiiFilter, PingFilter

X = CheckContext(platform="x")
DISCORD = CheckContext(platform="discord")

DEFANGED = [
    "hxxps://evil.com/login",
    "hXXp://1.2.3.4/payload",
    "h**ps://evil.com",
    "http[:]//evil.com",
    "https[://]evil.com/x",
    "evil[.]com",
    "evil(.)com/login",
    "evil{.}net",
    "evil [ . ] org",
    "evil[dot]com",
    "evil (dot) com",
    "evil<dot>io",
    "www[.]evil[.]ru",
    "go to evil dot com",
    "EVIL DOT CO DOT UK",
    "evil .com",
    "bit[.]ly/3xYz",
    "evil[.]com[/]login",
]


@pytest.mark.parametrize("text", DEFANGED)
def test_defanged_links_are_blocked(text: str) -> None:
    assert LinkFilter().check(text, X).action == "block", refang(text)


def test_defanged_link_to_an_allowed_host_passes() -> None:
    assert LinkFilter(["example.com"]).check("example[.]com", X).action == "allow"


@pytest.mark.parametrize(
    "text",
    [
        "the dot com bubble burst",
        "a big dot com company",
        "I love it. Co-workers agree",
        "connect the dots",
        "we met (at) noon",
        "mean (x) and median",
        "see you at the dot",
        "score: 3 (dot) 5",
    ],
)
def test_prose_is_not_refanged_into_links(text: str) -> None:
    assert LinkFilter().check(text, X).action == "allow", refang(text)


@pytest.mark.parametrize(
    "text",
    [
        "john [at] example [dot] com",
        "john(at)example(dot)com",
        "john at example dot com",
        "john @ example . com",
        "john {at} mail {dot} example {dot} org",
        "jo.smith [@] example [.] co [.] uk",
    ],
)
def test_disguised_email_is_blocked(text: str) -> None:
    assert "pii:email" in PiiFilter().check(text, X).reasons, refang(text)


@pytest.mark.parametrize(
    "text",
    [
        "two one two five five five zero one zero zero",
        "call two one two, five five five, zero one zero zero",
        "(212) five five five 0100",
        "(212) 555-O1OO",
        "2l2 555 0l00",
        "2 1 2 5 5 5 0 1 0 0",
        "(２１２) ５５５-０１００",
        "TWO ONE TWO FIVE FIVE FIVE OH ONE OH OH",
    ],
)
def test_disguised_phone_is_blocked(text: str) -> None:
    assert "pii:phone" in PiiFilter().check(text, X).reasons, unveil_digits(text)


@pytest.mark.parametrize(
    "text",
    [
        "one two three, go!",
        "I have two kids and three dogs",
        "one two three four five six seven",
        "lol 2 funny",
        "room 4O2 on floor one",
        "version 1.0 of the app, take two",
    ],
)
def test_numbers_in_prose_are_no_phone(text: str) -> None:
    assert PiiFilter().check(text, X).action == "allow", unveil_digits(text)


@pytest.mark.parametrize(
    "text",
    [
        "@\U000e0020everyone hi",  # a tag character
        "@\u2800everyone",  # braille blank
        "@\u3000here",  # ideographic space
        "@every\u200bone",  # split inside the word
        "@е\u200bveryone",  # Cyrillic e
        "@һere now",  # Cyrillic shha
        "﹫everyone",  # small commercial at
    ],
)
def test_disguised_everyone_and_here_are_defused(text: str) -> None:
    verdict = PingFilter().check(text, DISCORD)
    assert verdict.action == "rewrite" and verdict.text is not None
    assert "@" not in verdict.text and "＠" not in verdict.text and "﹫" not in verdict.text


@pytest.mark.parametrize("text", ["@heretic", "@everyones", "@alice hi", "@hereford"])
def test_other_words_after_at_are_no_discord_ping(text: str) -> None:
    assert PingFilter().check(text, DISCORD).action == "allow"
