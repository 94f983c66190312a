"""Rule filters: pings, links, personal data, platform length and degenerate form."""

from __future__ import annotations

import pytest

from bot.safety.base import CheckContext
from bot.safety.rules import (
    DISCORD_MAX_CHARS,
    DISCORD_SPLIT_PARTS,
    FormFilter,
    LengthFilter,
    LinkFilter,
    PiiFilter,
    PingFilter,
    discord_length,
    find_links,
    link_kind,
    x_weighted_length,
)

DISCORD = CheckContext(platform="discord")
X = CheckContext(platform="x")
ANY = CheckContext()

# --- pings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@everyone look", "everyone look"),
        ("hey @here!", "hey here!"),
        ("@\u200beveryone sneaky", "everyone sneaky"),
        ("@\u00adeveryone soft hyphen", "everyone soft hyphen"),
        ("@\u202ehere bidi", "here bidi"),
        ("@\u2062everyone invisible times", "everyone invisible times"),
        ("@@everyone twice", "everyone twice"),
        ("＠@\u200b@here thrice", "here thrice"),
        ("hi <@123> and <@!45>", "hi @user and @user"),
        ("ping <@&678> in <#910>", "ping @role in #channel"),
    ],
)
def test_discord_pings_are_rewritten(text: str, expected: str) -> None:
    verdict = PingFilter("rewrite").check(text, DISCORD)
    assert verdict.action == "rewrite" and verdict.text == expected
    assert PingFilter("rewrite").check(verdict.text, DISCORD).action == "allow"


def test_discord_pings_can_block() -> None:
    verdict = PingFilter("block").check("@everyone", DISCORD)
    assert verdict.action == "block" and verdict.reasons == ("pings:discord",)


@pytest.mark.parametrize("text", ["everyone here is nice", "mail at noon", "a <b> tag", "email@x"])
def test_no_ping_passes(text: str) -> None:
    assert PingFilter("block").check(text, DISCORD).action == "allow"


def test_x_keeps_only_the_replied_to_handle() -> None:
    ctx = CheckContext(platform="x", reply_to_handle="@Alice")
    verdict = PingFilter("rewrite").check("@alice meet @bob and ＠carol", ctx)
    assert verdict.action == "rewrite" and verdict.text == "@alice meet bob and carol"
    assert PingFilter("block").check("@alice thanks", ctx).action == "allow"
    assert PingFilter("block").check("thanks @bob", ctx).reasons == ("pings:handle",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RT@bob hi", "RTbob hi"),
        ("rt:@bob", "rt:bob"),
        ("café@bob", "cafébob"),
        ("日本@bob", "日本bob"),
    ],
)
def test_x_mention_glued_to_rt_or_non_ascii_letter(text: str, expected: str) -> None:
    verdict = PingFilter("rewrite").check(text, X)
    assert verdict.action == "rewrite" and verdict.text == expected
    assert PingFilter("block").check("sort@bob art@bob", X).action == "allow"  # not mentions


def test_handles_are_fine_on_discord_and_email_is_no_handle() -> None:
    assert PingFilter("block").check("like @bob said", DISCORD).action == "allow"
    assert PingFilter("block").check("write to a@b.example", X).action == "allow"


def test_unknown_platform_checks_both() -> None:
    verdict = PingFilter("rewrite").check("@everyone and @bob", ANY)
    assert verdict.reasons == ("pings:discord", "pings:handle")
    assert verdict.text == "everyone and bob"


# --- links ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("see https://example.com/page", "url"),
        ("see http://example.com", "url"),
        ("go to www.example.org now", "url"),
        ("visit example.com today", "url"),
        ("visit EXAMPLE.NET", "url"),
        ("shop.example.co.uk/deals", "url"),
        ("free nitro discord.gg/abc123", "invite"),
        ("https://discord.com/invite/abc", "invite"),
        ("bit.ly/3xYz", "shortener"),
        ("t.co/abc", "shortener"),
        ("https://tinyurl.com/abc", "shortener"),
        ("http://xn--80ak6aa92e.com", "punycode"),
        ("pаypal.com", "punycode"),  # Cyrillic 'а': an IDN homograph
        ("ｅｘａｍｐｌｅ．ｃｏｍ", "url"),  # fullwidth folds to ASCII
        ("exam\u200bple.com", "url"),
        ("evil\u3002com", "url"),  # browsers read the ideographic full stop as a dot
        ("hxxps://evil.com/login", "url"),  # the host after a made-up scheme
        ("free prizes at example.zip", "url"),  # gTLDs abused for look-alike file names
        ("example.ninja/login", "url"),  # any TLD once a path follows
    ],
)
def test_links_are_found_and_classified(text: str, kind: str) -> None:
    links = find_links(text)
    assert links and link_kind(links[0]) == kind
    verdict = LinkFilter().check(text, ANY)
    assert verdict.action == "block" and verdict.reasons == (f"links:{kind}",)


@pytest.mark.parametrize(
    "text",
    ["join discord . gg/abc", "discord gg/abc", "discord[.]gg/abc", "discord(dot)gg / abc",
     "DISCORD DOT GG/abc"],
)  # fmt: skip
def test_spelled_out_invites_are_blocked(text: str) -> None:
    verdict = LinkFilter().check(text, ANY)
    assert verdict.action == "block" and verdict.reasons == ("links:invite",)
    assert LinkFilter(["discord.gg"]).check(text, ANY).action == "allow"


def test_discord_named_in_plain_text_is_no_link() -> None:
    assert LinkFilter().check("gg everyone, see you on discord", ANY).action == "allow"


@pytest.mark.parametrize(
    "text",
    ["I went in.so tired", "mr.smith", "e.g. this", "U.S.A. rules", "v2.0 is out", "3.14 pi",
     "the end.it was fun", "ok...fine", "a@b.com mail"],
)  # fmt: skip
def test_text_that_is_not_a_link(text: str) -> None:
    assert find_links(text) == []


def test_exact_domain_allow_list() -> None:
    f = LinkFilter(["example.com"])
    assert f.check("https://example.com/x", ANY).action == "allow"
    assert f.check("www.example.com", ANY).action == "allow"
    assert f.check("evil.example.com", ANY).action == "block"  # exact, not a suffix
    assert f.check("example.com.evil.net", ANY).action == "block"
    assert f.check("https://bob@example.com/x", ANY).action == "allow"
    # the browser goes to evil.com: the '@' after '?', '#' or '\\' is no user-info separator
    for trick in ("?", "#", "\\", "/"):
        assert f.check(f"https://evil.com{trick}@example.com", ANY).action == "block", trick


# --- personal data -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("mail me at jo.smith+bot@example.co.uk", "pii:email"),
        ("call (212) 555-0100", "pii:phone"),
        ("ring +44 20 7946 0958", "pii:phone"),
        ("my mobile 07700 900123", "pii:phone"),
        ("tel +49 30 901820", "pii:phone"),
    ],
)
def test_pii_blocks(text: str, reason: str) -> None:
    assert reason in PiiFilter(["US", "GB", "DE"]).check(text, ANY).reasons


@pytest.mark.parametrize(
    "text", ["I ran 5000 m in 2014 and 2015", "order #1234", "at 10:30 on 12/05", "@bob hi"]
)
def test_pii_passes(text: str) -> None:
    assert PiiFilter(["US", "GB"]).check(text, ANY).action == "allow"


# --- length --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("a" * 280, 280),
        ("日本語", 6),  # CJK counts 2
        ("😀😀😀", 6),  # emoji count 2
        ("👨‍👩‍👧 hi", 5),  # one ZWJ family is one emoji
        ("🇺🇸", 2),  # flag
        ("👍🏽", 2),  # skin tone
        ("e\u0301", 1),  # NFC first
        ("see https://example.com/a/very/long/path/indeed ok", 4 + 23 + 3),
        ("café – “quoted”", 15),  # Latin-1, dashes and quotes weigh 1
        ("©️ 2024", 7),  # text symbol with emoji presentation
        ("1️⃣ one", 6),  # keycap
        ("한국어 텍스트", 13),
        ("Привет мир", 10),
    ],
)
def test_x_weighted_length(text: str, weight: int) -> None:
    assert x_weighted_length(text) == weight


def test_length_filter_per_platform() -> None:
    f = LengthFilter()
    assert f.check("a" * 280, X).action == "allow"
    assert f.check("a" * 281, X).reasons == ("length:x",)
    assert f.check("日" * 141, X).action == "block"
    assert f.check("a" * 281, DISCORD).action == "allow"
    assert f.check("a" * DISCORD_MAX_CHARS, DISCORD).action == "allow"
    assert f.check("a" * (DISCORD_MAX_CHARS + 1), DISCORD).reasons == ("length:discord",)
    assert discord_length("😀") == 2  # UTF-16 code units


@pytest.mark.parametrize("unit", ["a", "😀", "𝕏", "日"])
def test_length_filter_allows_what_split_replies_will_send(unit: str) -> None:
    split = LengthFilter(discord_split=True)
    most = DISCORD_MAX_CHARS * DISCORD_SPLIT_PARTS
    fits = unit * (most // discord_length(unit))
    assert split.check(fits, DISCORD).action == "allow"
    assert split.check(fits + "a" * discord_length(unit), DISCORD).reasons == ("length:discord",)
    # Without splitting, the same text is blocked as soon as it is over one message.
    one = unit * (DISCORD_MAX_CHARS // discord_length(unit))
    assert LengthFilter().check(one, DISCORD).action == "allow"
    assert LengthFilter().check(one + "a" * 2, DISCORD).reasons == ("length:discord",)


# --- form ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "form:empty"),
        ("   \n\t", "form:empty"),
        ("\u200b\u200b", "form:empty"),
        ("k", "form:short"),
        ("noooooooooooo", "form:char_run"),
        ("!!!!!!!!!!!!", "form:char_run"),
        ("lolololololololololol", "form:loop"),
        ("I love you I love you I love you", "form:loop"),
        ("no no no no no no no no no", "form:loop"),
        ("go go go team go go go team go go go", "form:repetitive"),
    ],
)
def test_form_blocks(text: str, reason: str) -> None:
    assert FormFilter().check(text, ANY).reasons == (reason,)


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "hahahaha that was good",
        "very very very good",
        "this is a normal post about my day",
        "😂😂😂",
        "sooo good",
        "the cat, the dog and the bird all sat on the mat by the door",
    ],
)
def test_form_passes(text: str) -> None:
    assert FormFilter().check(text, ANY).action == "allow"


def test_ping_rewrite_keeps_emoji_sequences_intact() -> None:
    text = "@everyone 👨‍👩‍👧 hi ❤️"
    verdict = PingFilter("rewrite").check(text, DISCORD)
    assert verdict.text == "everyone 👨‍👩‍👧 hi ❤️"


def test_handle_split_by_an_invisible_character_is_still_caught() -> None:
    verdict = PingFilter("rewrite").check("hi @b\u200bob", X)
    assert verdict.action == "rewrite" and "@" not in (verdict.text or "")
