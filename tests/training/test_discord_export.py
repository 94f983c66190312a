"""The DiscordChatExporter reader: the sample export's hand-counted outcome, JSON and CSV."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import DataConfig
from bot.errors import DataError
from tests.conftest import ROOT
from training.clean import clean_posts
from training.sources import ReadOptions, read_source
from training.sources.base import RawPost

EXPORT = ROOT / "examples" / "discord_export"
JSON_EXPORT = EXPORT / "river-town-bakers-bread-talk.json"
CSV_EXPORT = EXPORT / "river-town-bakers-bread-talk.csv"

# Hand-counted from examples/make_discord_export.py, scene by scene (62 messages):
#   Wren writes 29 messages: 1 join (system), 1 attachment-only photo, 27 + "yay!!" = 28 posts.
#   Free posts (8): her first message, continuing herself twice, the reply to the bot, the reply
#   to a deleted message, the thread opener, and two answers more than five minutes late.
#   Pairs (20): 15 with one turn, 3 with two (her first exchange, the hydration question, the
#   second self-reply), 1 with three (the courgette reference chain), 1 with four (the cycling
#   club: the fifth turn back falls outside MAX_CONTEXT_TURNS).
#   Dropped while reading: 2 bot messages, 3 system (join, pin, thread), 2 attachment-only
#   (Wren's and Tom's), and 27 chat messages by other people (context only).
JSON_SKIPPED = {"bot": 2, "system": 3, "attachment_only": 2, "others": 27}
# The CSV has no ids, references or bot flags: the bot's 2 messages count as other people's,
# and only the time rule makes pairs. The reply to the bot becomes a pair (the bot's fact is
# its context), the self-reply thread is three free posts, the courgette chain and the stale
# bread reply take the messages just before them: 19 pairs, 9 free posts.
CSV_SKIPPED = {"system": 3, "attachment_only": 2, "others": 29}


def read(path: Path, author: str = "wren", **options: Any) -> tuple[list[RawPost], Counter[str]]:
    """Read an export for `author`; return the posts and what was skipped."""
    skipped: Counter[str] = Counter()
    posts = read_source(path, options=ReadOptions(author=author, **options), skipped=skipped)
    return posts, skipped


def by_text(posts: list[RawPost], start: str) -> RawPost:
    """Return the one post whose text starts with `start`."""
    (post,) = [p for p in posts if p.text.startswith(start)]
    return post


def test_json_sample_counts() -> None:
    posts, skipped = read(JSON_EXPORT)
    assert len(posts) == 28
    assert dict(skipped) == JSON_SKIPPED
    assert Counter(len(p.context) for p in posts) == {0: 8, 1: 15, 2: 3, 3: 1, 4: 1}
    # Replies to someone else; Wren's self-replies are pairs but not replies to others.
    assert sum(p.is_reply for p in posts) == 18
    assert {p.account for p in posts} == {"wrenbakes"}
    assert all(p.created_at and p.created_at.endswith("+00:00") for p in posts)


def test_json_sample_contexts() -> None:
    posts, _ = read(JSON_EXPORT)
    chain = by_text(posts, "Biscuit is offended")
    assert chain.context == (
        "My courgettes have gone feral again. Anyone want some?",
        "Yes please! I will turn them into courgette bread. Save me the biggest one.",
        "The biggest one is the size of a cat. Are you sure?",
    )
    # A reference wins over the time rule: Beth's message came in between.
    assert by_text(posts, "Bread pudding").context == ("What do you all do with stale bread?",)
    # The bot's reminder is skipped, so Amy's question is the context.
    assert by_text(posts, "Cinnamon buns").context == ("What is everyone baking this weekend?",)
    cycling = by_text(posts, "Count me in")
    assert cycling.context[0] == "Only if there is a bakery stop."
    assert len(cycling.context) == 4
    two = by_text(posts, "Two.")
    assert two.context[0].startswith("Thread:") and not two.is_reply
    free_posts = ("Morning all", "Also a tip", "That is older", "Finished a lovely", "Still")
    for free in free_posts:
        assert by_text(posts, free).context == ()


def test_raw_mentions_and_emoji_are_rendered() -> None:
    posts, _ = read(JSON_EXPORT)
    pump = by_text(posts, "I do! It lives")
    assert pump.context == ("@Wren do you still have that spare bike pump?",)
    assert pump.text.endswith("any time :sourdough:")


def test_csv_sample_counts() -> None:
    posts, skipped = read(CSV_EXPORT, author="wrenbakes")
    assert len(posts) == 28
    assert dict(skipped) == CSV_SKIPPED
    assert Counter(len(p.context) for p in posts) == {0: 9, 1: 12, 2: 5, 4: 2}
    assert by_text(posts, "That is older").context == (
        "Daily bread fact: the oldest known bread is about 14,000 years old.",
    )
    assert by_text(posts, "Two.").context == ()


@pytest.mark.parametrize("author", ["wrenbakes", "Wren", "@wren", "480000000000000001"])
def test_author_by_name_nickname_or_id(author: str) -> None:
    posts, _ = read(JSON_EXPORT, author=author)
    assert len(posts) == 28


def test_handle_names_the_account() -> None:
    posts, _ = read(JSON_EXPORT, handle="wren_calloway")
    assert {p.account for p in posts} == {"wren_calloway"}


def test_author_missing_or_unknown_is_one_clear_error() -> None:
    with pytest.raises(DataError, match="--author") as missing:
        read_source(JSON_EXPORT)
    assert "wrenbakes (28)" in (missing.value.hint or "")
    with pytest.raises(DataError, match="nobody named 'nobody'"):
        read(JSON_EXPORT, author="nobody")


def test_folder_with_json_and_csv_reads_the_json_once() -> None:
    posts, skipped = read(EXPORT)
    assert len(posts) == 28 and dict(skipped) == JSON_SKIPPED


def test_cleaning_keeps_pairs_and_drops_the_short_one() -> None:
    posts, _ = read(JSON_EXPORT)
    prepared = clean_posts(posts, DataConfig())
    assert prepared.stats.short == 1  # "yay!!"
    assert prepared.stats.kept == 27
    assert prepared.stats.pairs == 19
    assert prepared.stats.by_source["wrenbakes"]["pairs"] == 19


def test_sample_generator_is_reproducible(tmp_path: Path) -> None:
    from examples.make_discord_export import write

    assert write(tmp_path) == 62
    for path in (JSON_EXPORT, CSV_EXPORT):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def export(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """A minimal channel export."""
    return {"guild": {"id": "1", "name": "g"}, "channel": {"id": "2"}, "messages": messages}


def message(n: int, who: str, text: str, minute: int, **extra: Any) -> dict[str, Any]:
    """One message, `minute` minutes after noon."""
    return {
        "id": str(n),
        "type": "Default",
        "timestamp": f"2024-01-01T12:{minute:02d}:00+00:00",
        "content": text,
        "author": {"id": who, "name": who, "nickname": None, "isBot": False},
        **extra,
    }


def test_time_window_bounds_and_unknown_types(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    data = export(
        [
            message(1, "amy", "first question from amy", 0),
            message(2, "wren", "answered exactly five minutes later", 5),
            message(3, "amy", "a second question", 20),
            message(4, "wren", "answered six minutes later", 26),
            message(5, "amy", "", 27, type="UserPremiumGuildSubscription"),
            message(6, "amy", "", 28, embeds=[{"title": "a link preview"}]),
            message(7, "amy", "", 29),
        ]
    )
    path.write_text(json.dumps(data))
    posts, skipped = read(path)
    assert [len(p.context) for p in posts] == [1, 0]
    assert dict(skipped) == {"others": 2, "system": 1, "attachment_only": 1, "empty": 1}


@pytest.mark.parametrize(
    ("content", "message_"),
    [
        ('{"guild": {}, "channel": {}, "messages": [1]}', "not a message object"),
        ('{"guild": {}, "channel": {}, "messages": [', "not valid JSON"),
    ],
)
def test_malformed_exports_are_data_errors(tmp_path: Path, content: str, message_: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(DataError, match=message_):
        read(path)


def test_messages_in_reverse_order_give_the_same_pairs(tmp_path: Path) -> None:
    data = json.loads(JSON_EXPORT.read_text(encoding="utf-8"))
    data["messages"].reverse()
    path = tmp_path / "reversed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    forward, _ = read(JSON_EXPORT)
    backward, skipped = read(path)
    assert backward == [replace(p, source=str(path)) for p in forward]
    assert dict(skipped) == JSON_SKIPPED
