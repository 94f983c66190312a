"""Cleaning rules, their counts, balancing, and the prepared-data files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.config import DataConfig
from bot.errors import DataError
from training.clean import (
    COUNT_KEYS,
    CleanPost,
    DataStats,
    Prepared,
    balance_accounts,
    clean_posts,
    clean_text,
    ensure_enough,
    is_short,
    prepare,
    read_prepared,
    write_prepared,
)
from training.dedupe import find_duplicates
from training.sources.base import RawPost


def raw(text: str, n: int = 0, **kw: Any) -> RawPost:
    """A RawPost with an id and the account 'ann' unless given."""
    kw.setdefault("account", "ann")
    return RawPost(id=kw.pop("id", str(n)), text=text, source="test", **kw)


def test_html_is_unescaped_and_whitespace_collapsed() -> None:
    cfg = DataConfig()
    assert clean_text("fish &amp; chips &lt;3  \n\n tonight", cfg) == "fish & chips <3 tonight"
    assert clean_text("a\u200bb", cfg) == "ab"


def test_newlines_kept_only_when_asked() -> None:
    text = "line one  \nline two\n\n\n\nline three"
    assert clean_text(text, DataConfig()) == "line one line two line three"
    assert clean_text(text, DataConfig(keep_newlines=True)) == "line one\nline two\n\nline three"


def test_urls_removed_or_kept() -> None:
    text = "read this https://example.com/a?b=1 and www.example.org too pic.twitter.com/xyz"
    assert clean_text(text, DataConfig()) == "read this and too"
    assert "https://example.com/a?b=1" in clean_text(text, DataConfig(remove_urls=False))


def test_mentions_keep_strip_placeholder() -> None:
    text = "@bob thanks, mail me at me@example.com"
    assert clean_text(text, DataConfig()) == text
    assert clean_text(text, DataConfig(mentions="strip")) == "thanks, mail me at me@example.com"
    placeholder = DataConfig(mentions="placeholder", mention_placeholder="@someone")
    assert clean_text(text, placeholder) == "@someone thanks, mail me at me@example.com"


def test_hashtags_keep_or_strip() -> None:
    text = "loving #python today #code #life"
    assert clean_text(text, DataConfig()) == text
    assert clean_text(text, DataConfig(hashtags="strip")) == "loving python today"


def test_short_rule_ignores_urls_mentions_hashtags() -> None:
    cfg = DataConfig()
    assert is_short("lol", cfg)
    assert is_short("@bob @amy so true https://x.co #yes #no", cfg)
    assert not is_short("so very true", cfg)
    assert is_short("— !! ...", cfg)


def test_short_rule_is_fair_to_languages_without_spaces() -> None:
    cfg = DataConfig()  # min_words 3, min_chars_no_spaces 6
    assert not is_short("今日はいい天気ですね", cfg)  # one "word" by spaces, 10 characters
    assert is_short("はい", cfg)
    assert not is_short("good morning 東京", cfg)  # 2/3 of the words + 2/6 of the characters
    assert is_short("ok 東京", cfg)
    assert not is_short("lol", DataConfig(min_words=0))


def test_each_post_counted_once_in_rule_order() -> None:
    posts = [
        raw("RT @amy: a retweet that also is a reply", 1, is_reply=True),
        raw("@amy replying to you about soup", 2, is_reply=True),
        raw("lol", 3),
        raw("https://t.co/onlyalink", 4),
        raw("the soup recipe is finally perfect", 5),
        raw("The soup recipe is finally perfect!", 6),
        raw("a fine evening for a long walk", 7),
    ]
    got = clean_posts(posts, DataConfig(drop_replies=True))
    counts = {k: getattr(got.stats, k) for k in COUNT_KEYS}
    assert counts == {
        "downloaded": 7,
        "retweets": 1,
        "replies": 1,
        "short": 1,
        "duplicates": 1,
        "other_dropped": 1,
        "kept": 2,
    }
    assert got.stats.other_reasons == {"empty": 1}
    assert [p.id for p in got.posts] == ["5", "7"]
    assert sum(counts[k] for k in COUNT_KEYS[1:]) == counts["downloaded"]


def test_rules_can_be_turned_off() -> None:
    posts = [raw("RT @amy: something worth sharing with every…", 1), raw("hello there friend", 2)]
    posts.append(raw("hello there friend", 3))
    got = clean_posts(posts, DataConfig(drop_retweets=False, drop_duplicates=False))
    assert [p.text for p in got.posts] == [
        "something worth sharing with",  # the truncated last word goes too
        "hello there friend",
        "hello there friend",
    ]


def test_language_filter_keeps_unknown_languages() -> None:
    posts = [
        raw("this one is in english", 1, lang="en"),
        raw("dies ist ein deutscher Satz", 2, lang="de"),
        raw("no idea what language this is", 3, lang=None),
    ]
    got = clean_posts(posts, DataConfig(languages=["EN"]))
    assert [p.id for p in got.posts] == ["1", "3"]
    assert got.stats.other_reasons == {"language": 1}
    assert got.stats.languages == {"en": 1, "und": 1}


def test_same_id_from_two_sources_is_a_duplicate() -> None:
    posts = [raw("walked to the market this morning", 1), raw("an edited copy, same id", 1)]
    assert clean_posts(posts).stats.duplicates == 1


def test_near_duplicates_found_and_distinct_posts_kept() -> None:
    base = "finally finished the bookshelf and it only wobbles a little bit"
    texts = [base, base + " now", "finally finished the birdhouse and it does not wobble at all"]
    assert find_duplicates(texts, 0.9) == [False, True, False]
    assert find_duplicates(texts, 0.99) == [False, False, False]
    assert find_duplicates(texts, 0.9, near=False) == [False, False, False]


def test_balance_gives_each_account_about_the_same_text() -> None:
    big = [CleanPost(str(i), f"post number {i} from the big one", "s", "big") for i in range(40)]
    small = [CleanPost(f"s{i}", f"small post {i} here", "s", "small") for i in range(5)]
    kept = balance_accounts(big + small)
    chars = {a: sum(len(p.text) for p in kept if p.account == a) for a in ("big", "small")}
    assert chars["small"] == sum(len(p.text) for p in small)
    assert chars["small"] <= chars["big"] < chars["small"] + 40
    assert kept == balance_accounts(big + small)  # deterministic


def test_balance_counts_as_other_drop_per_account() -> None:
    posts = [raw(f"long post number {i} from ann", i) for i in range(20)]
    posts += [raw(f"bob writes post {i}", 100 + i, account="bob") for i in range(4)]
    got = clean_posts(posts)
    assert got.stats.by_source["bob"]["kept"] == 4
    assert got.stats.by_source["ann"]["other_dropped"] == 20 - got.stats.by_source["ann"]["kept"]
    assert got.stats.other_reasons["balance"] == got.stats.other_dropped
    assert not clean_posts(posts, DataConfig(balance_accounts=False)).stats.other_dropped


def test_write_and_read_prepared_round_trip(tmp_path: Path) -> None:
    posts = [raw("a perfectly normal post", 1, created_at="2020-01-02T00:00:00+00:00", lang="en")]
    posts.append(raw("another normal post here", 2, created_at="2019-05-06T00:00:00+00:00"))
    prepared = clean_posts(posts)
    out = write_prepared(prepared, tmp_path / "out")
    lines = (out / "train.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["id"] == "2"  # oldest first
    assert json.loads(lines[1]) == {
        "id": "1",
        "text": "a perfectly normal post",
        "source": "test",
        "account": "ann",
        "created_at": "2020-01-02T00:00:00+00:00",
        "lang": "en",
    }
    stats = json.loads((out / "stats.json").read_text())
    assert stats["date_range"] == ["2019-05-06T00:00:00+00:00", "2020-01-02T00:00:00+00:00"]
    back = read_prepared(out)
    assert back.posts == prepared.posts
    assert back.stats == prepared.stats


def test_read_prepared_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        read_prepared(tmp_path)
    (tmp_path / "train.jsonl").write_text('{"text": "ok"}\nnot json\n')
    with pytest.raises(DataError, match=r"train.jsonl:2"):
        read_prepared(tmp_path)


def test_ensure_enough_refuses_small_data() -> None:
    prepared = Prepared([CleanPost("1", "x" * 50, "s", "a")], DataStats(kept=1))
    ensure_enough(prepared, 50)
    with pytest.raises(DataError, match="only 50 characters") as info:
        ensure_enough(prepared, 51)
    assert "min_kept_chars" in info.value.hint


def test_prepare_reads_paths(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("first post of the day\nsecond post of the day\n")
    got = prepare([tmp_path / "p.txt"], DataConfig())
    assert [p.text for p in got.posts] == ["first post of the day", "second post of the day"]
    row_keys = (*COUNT_KEYS, "kept_chars", "pairs")
    assert got.stats.by_source == {
        "p": {k: v for k, v in got.stats.to_dict().items() if k in row_keys}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@wrenbakes's story made my day", "Their story made my day"),
        ("loved @wrenbakes's story", "loved their story"),
        ("loved @wrenbakes’s story and @jess' cat", "loved their story and their cat"),
        ("@bob: hi there", "hi there"),
        ("@bob, @amy and @jo thanks for coming", "thanks for coming"),
        ("@bob @amy @jo so true", "so true"),
        ("great idea @bob!", "great idea!"),
        ("hi @bob, how are you", "hi, how are you"),
        ("said hi to @bob, then left", "said hi, then left"),
        ("new loaf (via @bakerbeth)", "new loaf"),
        ("fresh bread today cc @amy @tom", "fresh bread today"),
        ("h/t @amy: this recipe works", "this recipe works"),
        ("me and @bob went to the market", "me went to the market"),
        ("@bob and I went to the market", "I went to the market"),
        ("shoutout to @bob!", "shoutout!"),
        ("done! @bob.", "done!"),
        ("mail me at me@example.com", "mail me at me@example.com"),
    ],
)
def test_stripped_mentions_leave_no_orphans(text: str, expected: str) -> None:
    assert clean_text(text, DataConfig(mentions="strip")) == expected


def test_no_stripped_post_starts_with_an_orphan() -> None:
    cfg = DataConfig(mentions="strip")
    handles = ["@a", "@a's", "@a,", "@a:", "@a.", "@a @b", "@a and @b's", "(@a)", "@a’s"]
    for handle in handles:
        cleaned = clean_text(f"{handle} story is great", cfg)
        assert cleaned[:1].isalnum(), (handle, cleaned)


def test_pairs_are_cleaned_written_and_read_back(tmp_path: Path) -> None:
    posts = [
        raw("@amy yes, rye needs a long slow rise", 1, context=("how was the rye @wren?",)),
        raw("a free post about the garden", 2),
        raw("@amy that one is a reply without context", 3, is_reply=True),
    ]
    prepared = clean_posts(posts, DataConfig(drop_replies=True, balance_accounts=False))
    # The pair's reply loses the handles X puts in front; the context is cleaned too.
    assert [(p.text, p.context) for p in prepared.posts] == [
        ("yes, rye needs a long slow rise", ("how was the rye @wren?",)),
        ("a free post about the garden", ()),
    ]
    assert (prepared.stats.replies, prepared.stats.pairs) == (1, 1)
    out = write_prepared(prepared, tmp_path / "out")
    rows = [json.loads(line) for line in (out / "train.jsonl").read_text().splitlines()]
    assert rows[0]["context"] == ["how was the rye @wren?"] and "context" not in rows[1]
    assert read_prepared(out).posts == prepared.posts


def test_context_that_cleans_to_nothing_leaves_a_free_post() -> None:
    prepared = clean_posts([raw("a reply that still reads fine", context=("https://x.co/a",))])
    assert prepared.posts[0].context == () and prepared.stats.pairs == 0
