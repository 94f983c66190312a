"""Plain-file sources: JSONL, CSV (configurable column), TXT, and how a path picks its reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import DataConfig
from bot.errors import DataError
from training.clean import prepare
from training.sources import read_source, read_sources


def write(path: Path, text: str) -> Path:
    """Write a UTF-8 file and return its path."""
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_text_and_optional_fields(tmp_path: Path) -> None:
    lines = [
        {"text": "just the text here"},
        {"id": 12, "text": "with an id and a date", "created_at": "2024-02-03T04:05:06Z"},
        {"id": "13", "text": "answering you", "reply": True, "lang": "de", "account": "bo"},
        {"text": "RT @amy: shared", "retweet": True},
    ]
    path = write(tmp_path / "mine.jsonl", "\n".join(json.dumps(o) for o in lines) + "\n\n")
    posts = read_source(path)
    assert [p.id for p in posts] == ["mine:1", "12", "13", "mine:4"]
    assert posts[1].created_at == "2024-02-03T04:05:06+00:00"
    assert (posts[2].is_reply, posts[2].lang, posts[2].account) == (True, "de", "bo")
    assert posts[0].account == "mine" and not posts[0].is_reply
    assert posts[3].is_retweet


def test_jsonl_understands_api_objects(tmp_path: Path) -> None:
    v2 = {
        "id": "5",
        "text": "short version",
        "note_tweet": {"text": "the whole long post, longer than 280 characters"},
        "author_id": "1",
        "in_reply_to_user_id": "1",
    }
    path = write(tmp_path / "v2.jsonl", json.dumps(v2) + "\n")
    (post,) = read_source(path)
    assert post.text == "the whole long post, longer than 280 characters"
    assert not post.is_reply  # replying to oneself is a thread


def test_jsonl_guesses_replies_from_a_leading_handle(tmp_path: Path) -> None:
    path = write(tmp_path / "p.jsonl", '{"text": "@amy see you there"}\n{"text": "hi @amy"}\n')
    assert [p.is_reply for p in read_source(path)] == [True, False]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "fine"}\n{"text": "trunc', r"p.jsonl:2 is not valid JSON"),
        ('{"text": "fine"}\n[1, 2]\n', r"p.jsonl:2 is not a JSON object"),
        ('{"text": "fine"}\n{"id": 3}\n', r"p.jsonl:2 has no full_text/text"),
    ],
)
def test_jsonl_errors_name_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        read_source(write(tmp_path / "p.jsonl", content))


def test_csv_default_and_configured_column(tmp_path: Path) -> None:
    path = write(
        tmp_path / "posts.csv",
        'id,created_at,tweet,text\n1,2024-01-01,"hello, with a comma","other"\n2,,second one,x\n',
    )
    posts = read_source(path, DataConfig(csv_text_column="tweet"))
    assert [(p.id, p.text) for p in posts] == [("1", "hello, with a comma"), ("2", "second one")]
    assert posts[0].created_at == "2024-01-01T00:00:00+00:00"
    assert [p.text for p in read_source(path)] == ["other", "x"]


def test_csv_missing_column_lists_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "posts.csv", "body,when\nhi,now\n")
    with pytest.raises(DataError, match=r"posts.csv has no 'text' column \(columns: body, when\)"):
        read_source(path)


def test_tsv_and_account_column(tmp_path: Path) -> None:
    path = write(tmp_path / "p.tsv", "text\tusername\nfirst post here\tamy\n")
    (post,) = read_source(path)
    assert (post.text, post.account) == ("first post here", "amy")


def test_txt_one_post_per_line(tmp_path: Path) -> None:
    path = write(tmp_path / "ann.txt", "\ufefffirst post\r\n\n  \nsecond post\n@bo a reply\n")
    posts = read_source(path)
    assert [(p.id, p.text, p.is_reply) for p in posts] == [
        ("ann:1", "first post", False),
        ("ann:4", "second post", False),
        ("ann:5", "@bo a reply", True),
    ]
    assert {p.account for p in posts} == {"ann"}


def test_unknown_missing_empty_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="unknown kind of file"):
        read_source(write(tmp_path / "notes.md", "# hi"))
    with pytest.raises(DataError, match="does not exist"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(DataError, match=r"empty\.txt holds no posts"):
        read_source(write(tmp_path / "empty.txt", "\n\n"))
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(DataError, match=r"bin\.txt is not UTF-8"):
        read_source(tmp_path / "bin.txt")
    with pytest.raises(DataError, match="no source given"):
        read_sources([])


def test_sources_combine_and_blend_accounts(tmp_path: Path) -> None:
    words = ["bread", "rain", "bikes", "tea", "books", "cats", "moss", "jam", "kites"]
    ann = write(tmp_path / "ann.txt", "".join(f"ann writes about {w} today\n" for w in words))
    bo = write(tmp_path / "bo.txt", "bo has a few words\nbo has some more words\n")
    prepared = prepare([ann, bo], DataConfig())
    chars = {a: prepared.stats.by_source[a]["kept_chars"] for a in ("ann", "bo")}
    assert set(prepared.stats.by_source) == {"ann", "bo"}
    assert chars["bo"] <= chars["ann"] < chars["bo"] + 30
    assert prepared.stats.other_reasons["balance"] > 0


def test_jsonl_context_field_makes_pairs(tmp_path: Path) -> None:
    lines = [
        {"text": "yes, feed it twice a day", "context": "my starter smells odd, help?"},
        {"text": "a long answer", "context": ["first turn", "", "second turn"]},
        {"text": "a free post"},
    ]
    path = write(tmp_path / "mine.jsonl", "\n".join(json.dumps(o) for o in lines))
    assert [p.context for p in read_source(path)] == [
        ("my starter smells odd, help?",),
        ("first turn", "second turn"),
        (),
    ]


@pytest.mark.parametrize("context", ["[1, 2]", '{"a": 1}', "7"])
def test_jsonl_malformed_context_is_a_clear_error(tmp_path: Path, context: str) -> None:
    path = write(tmp_path / "bad.jsonl", f'{{"text": "hi there you", "context": {context}}}\n')
    with pytest.raises(DataError, match=r"bad.jsonl:1: context must be a string or a list"):
        read_source(path)


def test_csv_context_column_one_turn_or_a_json_list(tmp_path: Path) -> None:
    rows = (
        'text,context\n"a reply here","the question"\n'
        '"another reply","[""turn one"", ""turn two""]"\n"free post",\n'
        '"brackets","[not json"\n'
    )
    posts = read_source(write(tmp_path / "p.csv", rows))
    assert [p.context for p in posts] == [
        ("the question",),
        ("turn one", "turn two"),
        (),
        ("[not json",),
    ]


def test_handle_names_files_that_do_not_name_the_person(tmp_path: Path) -> None:
    from training.sources import ReadOptions

    jsonl = write(
        tmp_path / "tweets.jsonl", '{"text": "mine"}\n{"text": "hers", "account": "amy"}\n'
    )
    txt = write(tmp_path / "posts.txt", "one post\n")
    options = ReadOptions(handle="wren")
    assert [p.account for p in read_source(jsonl, options=options)] == ["wren", "amy"]
    assert read_source(txt, options=options)[0].account == "wren"
    assert read_source(txt)[0].account == "posts"
