"""The Mastodon export reader, on the fictional sample and on real-world variants of the format."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.errors import DataError
from tests.conftest import ROOT
from training.sources import read_source
from training.sources.fedi_html import html_to_text
from training.sources.mastodon import read_export

SAMPLE = ROOT / "examples" / "sample_mastodon"
ACTOR = "https://riverbend.example/users/wren"

# Hand-counted from examples/make_mastodon_export.py:
#   Create: 20 originals + 4 rich (mention/hashtag/link) + 4 thread + 1 reply to a deleted own
#   post + 3 replies to others + 3 short + 2 duplicates + 2 content warnings + 2 unlisted
#   + 2 followers-only + 1 direct + 1 poll + 1 quote + 1 Japanese + 1 crossposted "RT @" tweet
#   + 2 media-only + 1 URI-only = 51 posts; Announce: 6 boosts by URI + 1 with its object
#   inline = 7. Downloaded 58.
# Dropped: 7 boosts (retweets), 3 short, 2 duplicates, 3 empty (2 media-only, 1 URI-only),
# 1 private (the direct message), 1 crossposted retweet (not a boost: the counts stay the
# export's own). Kept: 51 - 3 - 2 - 3 - 1 - 1 = 41.
# Pairs: the thread's 3 self-replies (the reply to a deleted post has no context).
SAMPLE_COUNTS = {
    "downloaded": 58,
    "retweets": 7,
    "replies": 0,
    "short": 3,
    "duplicates": 2,
    "other_dropped": 5,
    "kept": 41,
    "pairs": 3,
}


def stats(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """Run `data stats --json` and return its object."""
    assert main(["data", "stats", *argv, "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def test_sample_counts_match_the_hand_counts(capsys: pytest.CaptureFixture[str]) -> None:
    result = stats(capsys, str(SAMPLE))
    assert {k: result[k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS
    assert result["other_reasons"] == {"crossposted_retweet": 1, "empty": 3, "private": 1}
    assert set(result["by_source"]) == {"wren"}  # actor.json's preferredUsername
    assert result["languages"] == {"en": 40, "ja": 1}


def test_counts_equal_the_exports_own_activities() -> None:
    outbox = json.loads((SAMPLE / "outbox.json").read_text(encoding="utf-8"))
    kinds = [item["type"] for item in outbox["orderedItems"]]
    posts = read_export(SAMPLE)
    assert len(posts) == len(kinds)
    assert sum(p.is_retweet for p in posts) == kinds.count("Announce") == 7
    assert sum(not p.is_retweet for p in posts) == kinds.count("Create") == 51


def test_replies_to_others_are_dropped_with_drop_replies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "t.toml"
    config.write_text("[data]\ndrop_replies = true\n")
    result = stats(capsys, str(SAMPLE), "--config", str(config))
    assert result["replies"] == 3 and result["kept"] == 38 and result["pairs"] == 3


def test_html_becomes_the_text_the_cleaning_rules_expect() -> None:
    texts = {p.text for p in read_export(SAMPLE)}
    # A mention is @name (not @name@server), a hashtag #tag, a link its full address.
    assert any(t.startswith("Second loaf of the week from @mo's method.") for t in texts)
    assert any("#Sourdough #Baking" in t for t in texts)
    link = "https://riverbend-library.example/news/seed-swap-shelf-opens-this-spring"
    assert any(t.endswith(link) for t in texts)
    # Paragraphs become a blank line, <br> a newline; the quote post's "RE:" fallback is gone.
    assert any(
        "inner tube.\n\nRoute: https://maps.example/routes/old-mill-loop-42" in t for t in texts
    )
    assert any("neighbours.\nToday: two marrows" in t for t in texts)
    assert not any("RE:" in t for t in texts)
    assert all("<" not in t and "&amp;" not in t for t in texts)


def test_html_to_text_family() -> None:
    cases = {
        "<p>a &amp; b</p>": "a & b",
        "<p> spaced &lt;tag&gt; &#39;q&#39; </p>": "spaced <tag> 'q'",
        "<p></p>": "",
        "plain text": "plain text",
        '<p><a href="https://x.example/@ann" class="mention">@ann@x.example</a> hi</p>': "@ann hi",
        '<p><a href="https://x.example/tags/tea" rel="tag">#<span>tea</span></a></p>': "#tea",
        '<p>see <a href="https://x.example/a/b">x.example/a…</a></p>': "see https://x.example/a/b",
        '<p>unclosed <a href="https://x.example/z">link': "unclosed https://x.example/z",
        "<p>one</p><p>two<br/>three</p>": "one\n\ntwo\nthree",
        "<div><div><div>" * 2000 + "deep": "deep",
    }
    for html, text in cases.items():
        assert html_to_text(html).strip() == text, html


def test_threads_become_pairs_with_the_earlier_posts_as_context() -> None:
    posts = read_export(SAMPLE)
    third = next(p for p in posts if p.text.startswith("Three: the loaves"))
    assert third.context == (
        "Thread: what I learned baking bread every day for a month.",
        "One: the starter matters less than the patience. Gerald would disagree.",
        "Two: a hot oven and a lid do more than any fancy flour.",
    )
    assert not third.is_reply  # a self-reply is a thread, the person's own words
    postscript = next(p for p in posts if p.text.startswith("And a postscript"))
    assert postscript.context == () and not postscript.is_reply  # parent deleted, still own
    replies = [p for p in posts if p.is_reply]
    assert len(replies) == 3 and all(p.context == () for p in replies)


def test_warnings_sensitivity_and_visibility_are_kept_as_metadata() -> None:
    posts = read_export(SAMPLE)
    warned = {p.content_warning: p.sensitive for p in posts if p.content_warning}
    assert warned == {"food, long rant": True, "allotment pests": True}
    visibility = [p.visibility for p in posts if not p.is_retweet]
    assert visibility.count("unlisted") == 2 and visibility.count("followers") == 2
    assert visibility.count("direct") == 1 and visibility.count("public") == 46


def test_zip_tar_and_lone_outbox_read_the_same(tmp_path: Path) -> None:
    expected = read_export(SAMPLE)
    archive = tmp_path / "archive-20240101.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("outbox.json", "actor.json", "likes.json"):
            zf.write(SAMPLE / name, name)
        zf.writestr("media_attachments/files/1/original/a.jpg", b"\xff\xd8\xff")
    old = tmp_path / "archive-20200101.tar.gz"
    with tarfile.open(old, "w:gz") as tf:
        tf.add(SAMPLE / "outbox.json", "outbox.json")
        tf.add(SAMPLE / "actor.json", "actor.json")
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(SAMPLE / "outbox.json", lone / "outbox.json")
    for path in (archive, old):
        assert [(p.text, p.account) for p in read_source(path)] == [
            (p.text, p.account) for p in expected
        ]
    # Without actor.json the account is named after the actor's URI.
    assert {p.account for p in read_source(lone / "outbox.json")} == {"wren"}


def _outbox(items: list[Any]) -> dict[str, Any]:
    return {"type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}


def _write(tmp_path: Path, data: Any, name: str = "outbox.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_real_world_variants(tmp_path: Path) -> None:
    note = {"id": f"{ACTOR}/statuses/1", "type": "Note", "content": "<p>hello there friends</p>"}
    items: list[Any] = [
        {"type": "Create", "actor": ACTOR, "object": note},
        # Pleroma/Akkoma: directMessage, contentMap without content, a list-valued type.
        {
            "type": ["Create"],
            "actor": ACTOR,
            "object": {
                "id": f"{ACTOR}/statuses/2",
                "type": "Note",
                "contentMap": {"de": "<p>guten Morgen zusammen</p>"},
                "directMessage": True,
            },
        },
        {"type": "Create", "actor": ACTOR, "object": f"{ACTOR}/statuses/3"},  # URI only
        {"type": "Create", "actor": ACTOR, "object": {"type": "Question", "content": "A or B?"}},
        {"type": "Announce", "actor": ACTOR, "object": "https://x.example/statuses/9"},
        {"type": "Announce", "actor": ACTOR, "object": {"id": "https://x.example/s/8"}},
        {"type": "Like", "actor": ACTOR, "object": "https://x.example/statuses/7"},  # not a post
        "a stray string",
        {"type": "Create"},  # no object at all
    ]
    posts = read_export(_write(tmp_path, _outbox(items)))
    assert len(posts) == 7 and sum(p.is_retweet for p in posts) == 2
    assert posts[1].lang == "de" and posts[1].visibility == "direct"
    assert posts[1].text == "guten Morgen zusammen" and posts[2].text == ""
    assert posts[3].text == "A or B?" and posts[0].visibility is None
    # A live outbox page (first.orderedItems) and a bare list are read too.
    paged = {"type": "OrderedCollection", "first": {"orderedItems": items[:1]}}
    assert [p.text for p in read_export(_write(tmp_path, paged, "p.json"))] == [
        "hello there friends"
    ]
    assert len(read_export(_write(tmp_path, items[:2], "l.json"))) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "OrderedCollection"}, "has no orderedItems list"),
        ("just a string", "not an outbox"),
    ],
)
def test_malformed_outboxes_are_one_line(tmp_path: Path, data: Any, message: str) -> None:
    with pytest.raises(DataError, match=message):
        read_export(_write(tmp_path, data))


def test_a_damaged_zip_member_is_one_line(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("outbox.json", json.dumps(_outbox([])))
    data = bytearray(buffer.getvalue())
    at = data.index(b"orderedItems")
    data[at] ^= 0x20  # flip a byte inside the stored member: its CRC no longer matches
    archive.write_bytes(bytes(data))
    with pytest.raises(DataError, match=r"cannot read .*outbox\.json .*CRC"):
        read_source(archive)


def test_sample_generator_is_reproducible(tmp_path: Path) -> None:
    from examples.make_mastodon_export import write

    assert write(tmp_path) == 58
    for name in ("outbox.json", "actor.json", "likes.json", "bookmarks.json"):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes()
