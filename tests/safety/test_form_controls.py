"""The form filter blocks text holding terminal escapes, C0/C1 controls and bidi overrides.

For every platform: a post is shown on someone's terminal sooner or later (the console adapter,
`history`, a third-party client), and a bidi override makes a post read differently from what
was checked. Newline and tab are text and pass.
"""

from __future__ import annotations

import pytest

from bot.events import Platform
from bot.safety.base import CheckContext
from bot.safety.rules import FormFilter
from bot.textsafe import escape_controls

PLATFORMS: tuple[Platform | None, ...] = ("discord", "x", "console", None)

CONTROLS = [
    "\x1b[2J",  # CSI: clear the screen
    "\x1b]0;owned\x07",  # OSC: set the window title
    "\x1b[31m",  # SGR colour
    "\x9b2J",  # C1 CSI, one byte
    "\x9d0;title\x9c",  # C1 OSC .. ST
    "\x00",  # NUL
    "\x07",  # BEL
    "\x08",  # backspace
    "\r",  # carriage return: overwrites the line on a terminal
    "\x0b",  # vertical tab
    "\x7f",  # DEL
    "\u202e",  # right-to-left override
    "\u202a",  # left-to-right embedding
    "\u2066",  # left-to-right isolate
    "\u2069",  # pop directional isolate
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "\u2028",  # line separator
    "\ud800",  # lone surrogate
]


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("control", CONTROLS, ids=ascii)
def test_control_characters_block_on_every_platform(
    platform: Platform | None, control: str
) -> None:
    text = f"coffee first {control}then the world"
    verdict = FormFilter().check(text, CheckContext(platform=platform))
    assert verdict.action == "block"
    assert verdict.reasons == ("form:control",)
    assert f"U+{ord(control[0]):04X}" in verdict.message


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(
    "text",
    [
        "coffee first\nthen the world",
        "coffee first\tthen the world",
        "family \U0001f468\u200d\U0001f469\u200d\U0001f467 day",  # ZWJ is no control
        "مرحبا بالعالم، صباح الخير",  # right-to-left script, no marks
        "今日はいい天気ですね",
    ],
)
def test_plain_text_passes(platform: Platform | None, text: str) -> None:
    assert FormFilter().check(text, CheckContext(platform=platform)).action == "allow"


def test_blocks_exactly_what_the_terminal_escaper_escapes() -> None:
    # One definition of a control character: bot.textsafe's. Every code point of the blocks
    # that hold controls (Latin-1, Arabic, general punctuation, surrogates, specials) and of
    # their neighbours is blocked by the filter if and only if escape_controls rewrites it.
    form = FormFilter()
    blocks = (range(0x300), range(0x600, 0x700), range(0x2000, 0x2100), range(0xD7F0, 0xE010))
    for code in (c for block in blocks for c in block):
        char = chr(code)
        escaped = escape_controls(char, keep_newlines=True) != char
        blocked = form.check(f"coffee {char} first", CheckContext()).reasons == ("form:control",)
        assert blocked == escaped, f"U+{code:04X}: escaped={escaped} blocked={blocked}"
