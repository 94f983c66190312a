"""Pure helpers of the Discord adapter: splitting, mentions, text commands, button ids, state."""

from __future__ import annotations

import asyncio

import pytest

from bot.adapters.discord.errors import http_error_line
from bot.adapters.discord.state import Indicators, Origins, PendingTable, require_token
from bot.adapters.discord.text import (
    draft_button_id,
    parse_draft_button,
    parse_text_command,
    readable_mentions,
    split_message,
    strip_own_mention,
)
from bot.cli import main
from bot.config import Secrets
from bot.errors import ConfigError
from bot.safety.rules import DISCORD_MAX_CHARS, discord_length


def test_short_text_is_one_chunk() -> None:
    assert split_message("  hello world  ") == ["hello world"]
    assert split_message("") == [""]


@pytest.mark.parametrize("limit", [20, 37, DISCORD_MAX_CHARS])
def test_split_never_cuts_a_word(limit: int) -> None:
    words = [f"w{i}" * (1 + i % 4) for i in range(900)]
    text = " ".join(words)
    chunks = split_message(text, limit)
    assert all(len(c) <= limit for c in chunks)
    assert " ".join(chunks).split() == words


def test_split_prefers_newlines_and_hard_splits_only_giant_words() -> None:
    text = "a" * 30 + "\n" + "b " * 20
    assert split_message(text, 45)[0] == "a" * 30
    giant = "x" * 25
    assert split_message(giant, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_length_is_counted_in_utf16_units_as_discord_does() -> None:
    assert discord_length("abc") == 3
    assert discord_length("café 日本") == 7  # letters of the Basic Multilingual Plane are 1
    assert discord_length("😀") == 2 and discord_length("𝕏") == 2  # beyond U+FFFF: a surrogate pair
    assert discord_length("🇫🇷") == 4  # a flag is two regional indicators


# Words full of characters beyond U+FFFF: each counts 2 for Discord, 1 for len().
EMOJI_WORDS = [
    ["😀" * (1 + i % 7) for i in range(1200)],
    [f"ok{'🎉' * (i % 5)}" for i in range(1500)],
    ["🇫🇷🇩🇪" if i % 3 else "👩‍👩‍👧" for i in range(1400)],  # flags, a ZWJ family
    ["𝕏𝕪𝕫" + "é" * (i % 4) for i in range(1300)],
]


@pytest.mark.parametrize("words", EMOJI_WORDS)
@pytest.mark.parametrize("limit", [21, DISCORD_MAX_CHARS])
def test_chunks_full_of_emoji_stay_within_discords_count(words: list[str], limit: int) -> None:
    text = " ".join(words)
    assert discord_length(text) > len(text) + DISCORD_MAX_CHARS  # len() alone would under-count
    chunks = split_message(text, limit)
    assert all(0 < discord_length(c) <= limit for c in chunks)
    assert " ".join(chunks).split() == words


def test_a_giant_emoji_word_is_hard_split_within_the_count_losing_nothing() -> None:
    giant = "😀" * 1500  # 3,000 units, no whitespace
    chunks = split_message(giant)
    assert [discord_length(c) for c in chunks] == [2000, 1000]
    assert "".join(chunks) == giant
    odd = "a" + "😀" * 10  # a pair never straddles the cut: the chunk stays one unit short
    assert split_message(odd, 4) == ["a😀", "😀😀", "😀😀", "😀😀", "😀😀", "😀"]


def test_discord_errors_read_as_one_line_with_a_fix() -> None:
    hidden = http_error_line(403, 50001, "Missing Access", "the reply in channel 3")
    assert hidden.startswith("Discord refused the reply in channel 3 (403, code 50001): Missing")
    assert "View Channel" in hidden and "\n" not in hidden
    form = "Invalid Form Body\nIn content: Must be 2000 or fewer in length."
    assert http_error_line(400, 50035, form, "the post") == (
        "Discord refused the post (400, code 50035): Invalid Form Body; "
        "In content: Must be 2000 or fewer in length."
    )
    assert http_error_line(503, 0, "", "the reply") == "Discord refused the reply (503)"


def test_mentions_are_stripped_and_made_readable() -> None:
    assert strip_own_mention("<@42> hi <@!42>  there", 42) == "hi there"
    text = readable_mentions("hi <@7> and <@&9> and <@8>", {7: "bob"}, {9: "mods"})
    assert text == "hi @bob and @mods and <@8>"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("pause", "pause"),
        ("Resume!", "resume"),
        ("post  now", "post_now"),
        ("/status", "status"),
        ("opt out", "optout"),
        ("opt-in", "optin"),
        ("pause the music", None),
        ("what's your status?", None),
    ],
)
def test_text_commands(text: str, command: str | None) -> None:
    assert parse_text_command(text) == command


def test_draft_buttons_round_trip() -> None:
    custom_id = draft_button_id("approve", "17")
    assert len(custom_id) <= 100 and parse_draft_button(custom_id) == ("approve", "17")
    assert parse_draft_button("something-else") is None
    assert parse_draft_button(draft_button_id("delete", "17")) is None


def test_token_is_required_and_never_shown() -> None:
    with pytest.raises(ConfigError, match="TWEETLING_DISCORD_TOKEN"):
        require_token(Secrets())
    with pytest.raises(ConfigError):
        require_token(Secrets(discord_token="   "))
    assert require_token(Secrets(discord_token=" abc ")) == "abc"


def test_origins_are_bounded_and_pending_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    origins = Origins(limit=2)
    for i in range(3):
        origins.add(str(i), f"c{i}", f"m{i}")
    assert origins.get("0") == (None, None) and origins.get("2") == ("c2", "m2")
    table: PendingTable[str] = PendingTable()
    table.add("a", "interaction-a")
    entry = table.get("a")
    assert entry is not None and not entry.expired()
    assert entry.expired(entry.created + 15 * 60)


async def test_indicators_stop_and_stop_all() -> None:
    started: list[str] = []

    async def run() -> None:
        started.append("x")
        await asyncio.sleep(10)

    typing = Indicators()
    typing.start("1", run)
    typing.start("2", run)
    await asyncio.sleep(0)
    typing.stop("1")
    await asyncio.sleep(0)
    assert typing.active() == ["2"] and started == ["x", "x"]
    await typing.stop_all()
    assert typing.active() == []


def test_cli_sync_without_a_token_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discord", "sync", "--guild", "123"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: the Discord bot token is missing: TWEETLING_DISCORD_TOKEN")
    assert "\n" not in err and "Traceback" not in err


def test_the_discord_example_runs_only_discord_on_the_demo_model() -> None:
    from bot.config_loader import load_config
    from tests.conftest import ROOT

    cfg = load_config(ROOT / "examples" / "discord.toml")
    assert cfg.discord.enabled and not cfg.x.enabled and not cfg.schedule.enabled
    assert cfg.model.path == "models/demo"
