"""The X archive reader: wrappers, parts, zips, the quirks of real exports, malformed files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bot.config import DataConfig
from bot.errors import DataError
from tests.conftest import SAMPLE_ARCHIVE
from training.clean import clean_posts, is_retweet
from training.sources import read_source
from training.sources.base import parse_created_at
from training.sources.x_archive import read_archive

OWNER_ID = "900"


def tweet(id_: str, text: str, **extra: Any) -> dict[str, Any]:
    """An archive entry the way X writes it: strings for numbers, the Twitter date format."""
    fields = {
        "id_str": id_,
        "id": id_,
        "full_text": text,
        "retweeted": False,
        "favorite_count": "2",
        "retweet_count": "0",
        "lang": "en",
        "created_at": "Wed Oct 10 20:19:24 +0000 2018",
        "entities": {"urls": [], "user_mentions": [], "hashtags": []},
    }
    return {"tweet": {**fields, **extra}}


def write_js(path: Path, items: list[Any], kind: str = "tweets", part: int = 0) -> Path:
    """Write a window.YTD file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"window.YTD.{kind}.part{part} = {json.dumps(items, indent=2)}", "utf-8")
    return path


def make_archive(root: Path, items: list[Any], owner: bool = True) -> Path:
    """Write an archive folder with data/tweets.js (and account.js)."""
    write_js(root / "data" / "tweets.js", items)
    if owner:
        account = {"account": {"username": "wren", "accountId": OWNER_ID}}
        write_js(root / "data" / "account.js", [account], kind="account")
    return root


def test_reads_the_tweets_wrapper_without_evaluating_it(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a", [tweet("1", "hello there world"), tweet("2", "again")])
    posts = read_archive(archive)
    assert [(p.id, p.text, p.account) for p in posts] == [
        ("1", "hello there world", "wren"),
        ("2", "again", "wren"),
    ]
    assert posts[0].created_at == "2018-10-10T20:19:24+00:00"
    assert posts[0].source == str(archive)


def test_data_folder_and_single_file_and_bare_json(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a", [tweet("1", "from the data folder")])
    assert read_archive(archive / "data")[0].account == "wren"
    assert read_archive(archive / "data" / "tweets.js")[0].text == "from the data folder"
    bare = tmp_path / "b" / "tweets.js"
    bare.parent.mkdir()
    bare.write_text(json.dumps([tweet("5", "no wrapper at all")]), "utf-8")
    assert read_archive(bare)[0].id == "5"


def test_older_tweet_js_and_bare_objects(tmp_path: Path) -> None:
    old = {"id_str": "7", "full_text": "an old archive entry", "created_at": "x"}
    write_js(tmp_path / "old" / "data" / "tweet.js", [old], kind="tweet")
    (post,) = read_archive(tmp_path / "old")
    assert (post.id, post.text, post.account) == ("7", "an old archive entry", "old")
    assert post.created_at == "x"  # an unreadable date is passed through, not invented


def test_multi_part_archives_are_read_in_order(tmp_path: Path) -> None:
    data = tmp_path / "multi" / "data"
    write_js(data / "tweets.js", [tweet("1", "part zero")])
    write_js(data / "tweets-part2.js", [tweet("3", "part two")], part=2)
    write_js(data / "tweets-part1.js", [tweet("2", "part one")], part=1)
    write_js(data / "like.js", [{"like": {"tweetId": "9"}}], kind="like")
    assert [p.id for p in read_archive(tmp_path / "multi")] == ["1", "2", "3"]


def test_zip_archive_is_read_without_extracting(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a", [tweet("1", "zipped post here"), tweet("2", "and more")])
    zipped = tmp_path / "twitter-2024-01-01.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        for path in (archive / "data").iterdir():
            zf.write(path, f"data/{path.name}")
    posts = read_source(zipped)
    assert [p.text for p in posts] == ["zipped post here", "and more"]
    assert posts[0].account == "wren"


def test_archive_quirks(tmp_path: Path) -> None:
    link = {"url": "https://t.co/abc", "expanded_url": "https://example.com/bread"}
    media = {"url": "https://t.co/pic", "expanded_url": "https://x.com/p/photo/1"}
    items = [
        tweet("1", "RT @amy: a retweet marked retweeted=false, cut at the en…"),
        tweet("2", "fish &amp; chips &lt;3 tonight with friends"),
        tweet(
            "3",
            "recipe https://t.co/abc https://t.co/pic",
            entities={"urls": [link]},
            extended_entities={"media": [media]},
        ),
        tweet("4", "media only", lang="qme"),
        tweet("5", "nothing", lang="zxx"),
        tweet("6", "who knows", lang="und"),
    ]
    posts = read_archive(make_archive(tmp_path / "a", items))
    assert is_retweet(posts[0]) and not posts[0].is_retweet
    assert posts[2].text == "recipe https://example.com/bread "
    assert [p.lang for p in posts] == ["en", "en", "en", None, None, None]
    cleaned = clean_posts(posts, DataConfig(min_words=1))
    assert [p.text for p in cleaned.posts] == [
        "fish & chips <3 tonight with friends",
        "recipe",
        "media only",
        "nothing",
        "who knows",
    ]
    assert cleaned.stats.retweets == 1


def test_self_replies_are_threads_and_other_replies_are_replies(tmp_path: Path) -> None:
    items = [
        tweet("1", "a thread about bread, part one"),
        tweet(
            "2",
            "part two of the thread",
            in_reply_to_status_id_str="1",
            in_reply_to_user_id_str=OWNER_ID,
            in_reply_to_screen_name="wren",
        ),
        tweet(
            "3",
            "@amy thanks so much for this",
            in_reply_to_status_id_str="77",
            in_reply_to_user_id_str="55",
            in_reply_to_screen_name="amy",
        ),
        tweet(
            "4",
            "answering my own older post",
            in_reply_to_status_id_str="12",
            in_reply_to_user_id_str=OWNER_ID,
            in_reply_to_screen_name="wren",
        ),
    ]
    posts = read_archive(make_archive(tmp_path / "a", items))
    assert [p.is_reply for p in posts] == [False, False, True, False]


def test_self_replies_without_account_js_are_found_by_id_or_name(tmp_path: Path) -> None:
    items = [
        tweet("1", "a thread, part one"),
        tweet("2", "part two", in_reply_to_status_id_str="1", in_reply_to_user_id_str="900"),
        tweet("3", "@amy hi", in_reply_to_status_id_str="77", in_reply_to_user_id_str="55"),
    ]
    posts = read_archive(make_archive(tmp_path / "noowner", items, owner=False))
    assert [p.is_reply for p in posts] == [False, False, True]
    assert posts[0].account == "noowner"


def test_manifest_names_the_owner(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "m", [tweet("1", "hi there all")], owner=False)
    info = {"userInfo": {"accountId": OWNER_ID, "userName": "from_manifest"}}
    (archive / "data" / "manifest.js").write_text(f"window.__THAR_CONFIG = {json.dumps(info)}")
    assert read_archive(archive)[0].account == "from_manifest"


def test_sample_archive_reads_every_post() -> None:
    posts = read_archive(SAMPLE_ARCHIVE)
    assert len(posts) == 310
    assert {p.account for p in posts} == {"wrenbakes"}
    assert sum(p.is_reply for p in posts) == 25  # replies to others; 9 thread posts are not
    assert sum(is_retweet(p) for p in posts) == 28
    assert all(not p.is_retweet for p in posts)  # the export says retweeted=false everywhere


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "cut o',
            "not valid JSON",
        ),
        ('window.YTD.like.part0 = [{"like": {"tweetId": "1"}}]', "window.YTD.like data"),
        ("var tweets = [1, 2, 3];", "does not start with window.YTD.tweets"),
        ("<html>this is not json</html>", "does not start with window.YTD.tweets"),
        ('window.YTD.tweets.part0 = {"tweet": {}}', "not a list of posts"),
        ('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}]', "post #1 has no full_text/text"),
        ('window.YTD.tweets.part0 = ["just a string"]', "post #1 is not a JSON object"),
    ],
)
def test_malformed_tweets_js_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "arch" / "data" / "tweets.js"
    path.parent.mkdir(parents=True)
    path.write_text(content, "utf-8")
    with pytest.raises(DataError, match=message) as info:
        read_source(tmp_path / "arch")
    assert str(path) in info.value.message


def test_empty_archives_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    with pytest.raises(DataError, match=r"holds no tweets\.js"):
        read_source(tmp_path / "nothing")
    make_archive(tmp_path / "empty", [])
    with pytest.raises(DataError, match="holds no posts"):
        read_source(tmp_path / "empty")


def test_bad_zip_and_bad_encoding(tmp_path: Path) -> None:
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError, match=r"broken\.zip is not a readable zip"):
        read_source(tmp_path / "broken.zip")
    path = tmp_path / "latin" / "data" / "tweets.js"
    path.parent.mkdir(parents=True)
    path.write_bytes("window.YTD.tweets.part0 = [{'full_text': 'caf\xe9'}]".encode("latin-1"))
    with pytest.raises(DataError, match="is not UTF-8"):
        read_source(tmp_path / "latin")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed Oct 10 20:19:24 +0000 2018", "2018-10-10T20:19:24+00:00"),
        ("Wed Oct 10 22:19:24 +0200 2018", "2018-10-10T20:19:24+00:00"),
        ("2024-02-03T04:05:06.000Z", "2024-02-03T04:05:06+00:00"),
        ("2024-02-03 04:05:06", "2024-02-03T04:05:06+00:00"),
        (1700000000, "2023-11-14T22:13:20+00:00"),
        ("", None),
        ("last tuesday", "last tuesday"),
    ],
)
def test_created_at_becomes_utc_iso(value: object, expected: str | None) -> None:
    assert parse_created_at(value) == expected


def test_sample_archive_generator_is_reproducible(tmp_path: Path) -> None:
    from examples.make_sample_archive import write

    write(tmp_path)
    for name in ("tweets.js", "account.js"):
        assert (tmp_path / name).read_bytes() == (SAMPLE_ARCHIVE / "data" / name).read_bytes()


def test_a_named_js_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = write_js(tmp_path / "my-old-posts.js", [tweet("1", "renamed but still mine")])
    assert read_source(path)[0].text == "renamed but still mine"


def test_zip_prefers_data_folder_over_viewer_scripts(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a", [tweet("1", "the real post here")])
    zipped = tmp_path / "export.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("export/assets/js/tweets.js", "function viewer() { return 1; }")
        for path in (archive / "data").iterdir():
            zf.write(path, f"export/data/{path.name}")
    assert [p.text for p in read_source(zipped)] == ["the real post here"]


def test_truncated_tweets_js_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text('window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_te')
    with pytest.raises(DataError) as info:
        read_source(path, DataConfig())
    assert "is not valid JSON (Unterminated string starting at; line 1, column" in info.value.line()
    assert "export the archive again" in info.value.line()


def test_replies_to_posts_in_the_archive_are_pairs_with_their_thread(tmp_path: Path) -> None:
    items = [
        tweet("1", "a thread about bread, part one"),
        tweet("2", "part two", in_reply_to_status_id_str="1", in_reply_to_user_id_str=OWNER_ID),
        tweet("3", "part three", in_reply_to_status_id_str="2", in_reply_to_user_id_str=OWNER_ID),
        tweet("4", "@amy thanks!", in_reply_to_status_id_str="77", in_reply_to_user_id_str="55"),
        tweet("5", "my own old post again", in_reply_to_status_id_str="12"),
    ]
    posts = read_archive(make_archive(tmp_path / "a", items))
    assert [p.context for p in posts] == [
        (),
        ("a thread about bread, part one",),
        ("a thread about bread, part one", "part two"),
        (),  # its parent is someone else's post, not in the archive
        (),  # its parent is older than the archive
    ]


def test_sample_archive_threads_are_nine_pairs() -> None:
    # 3 self-reply threads of 5, 4 and 3 posts: 4 + 3 + 2 replies have their parent.
    posts = read_archive(SAMPLE_ARCHIVE)
    assert sum(1 for p in posts if p.context) == 9
    assert all(not p.is_reply for p in posts if p.context)


def test_account_js_beside_a_tweets_js_passed_alone(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "arch", [tweet("1", "hello from the river")])
    assert read_source(archive / "data" / "tweets.js")[0].account == "wren"


def test_handle_names_an_archive_without_account_js(tmp_path: Path) -> None:
    from training.sources import ReadOptions

    archive = make_archive(tmp_path / "tweets", [tweet("1", "hello there all")], owner=False)
    assert read_source(archive)[0].account == "tweets"
    assert read_source(archive, options=ReadOptions(handle="wren"))[0].account == "wren"
    named = make_archive(tmp_path / "named", [tweet("1", "hello there all")])
    assert read_source(named, options=ReadOptions(handle="other"))[0].account == "wren"
