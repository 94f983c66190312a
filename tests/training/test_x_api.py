"""The X API source: tweepy against a faked api.twitter.com, and v1.1/v2 JSON dumps."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from bot.errors import ConfigError, DataError, UserError
from training.clean import clean_posts
from training.sources import read_source
from training.sources.x_api import TOKEN_ENV, fetch_user_posts

API = "https://api.twitter.com/2"
USER_URL = f"{API}/users/by/username/wren"
TWEETS_URL = f"{API}/users/42/tweets"


def v2_tweet(n: int, **extra: Any) -> dict[str, Any]:
    """One v2 post object."""
    return {
        "id": str(1000 + n),
        "text": f"post number {n} about bread and rain",
        "created_at": "2024-03-01T10:00:00.000Z",
        "lang": "en",
        "author_id": "42",
        "edit_history_tweet_ids": [str(1000 + n)],
        **extra,
    }


class FakeTimeline:
    """Serves a timeline of `total` posts in pages, like GET /2/users/:id/tweets."""

    def __init__(self, total: int) -> None:
        self.tweets = [v2_tweet(n) for n in range(total)]
        self.requests: list[dict[str, list[str]]] = []

    def __call__(self, request: Any) -> tuple[int, dict[str, str], str]:
        query = parse_qs(urlparse(request.url).query)
        self.requests.append(query)
        start = int(query.get("pagination_token", ["0"])[0])
        size = int(query["max_results"][0])
        page = self.tweets[start : start + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if start + size < len(self.tweets):
            meta["next_token"] = str(start + size)
        return 200, {}, json.dumps({"data": page, "meta": meta})


@pytest.fixture()
def api() -> Iterator[responses.RequestsMock]:
    """Fake api.twitter.com with the user lookup in place."""
    with responses.RequestsMock() as mock:
        mock.get(USER_URL, json={"data": {"id": "42", "name": "Wren", "username": "wren"}})
        yield mock


def test_paginates_up_to_the_limit(api: responses.RequestsMock) -> None:
    timeline = FakeTimeline(250)
    api.add_callback(responses.GET, TWEETS_URL, callback=timeline)
    pages: list[int] = []
    records = list(fetch_user_posts("@wren", limit=230, token="t0ken", on_page=pages.append))
    assert len(records) == 230
    assert [r["id"] for r in records[:2]] == ["1000", "1001"]
    assert pages == [100, 200, 230]
    assert [q["max_results"] for q in timeline.requests] == [["100"], ["100"], ["30"]]
    assert "note_tweet" in timeline.requests[0]["tweet.fields"][0]
    assert api.calls[0].request.headers["Authorization"] == "Bearer t0ken"


def test_stops_at_the_end_of_the_timeline(api: responses.RequestsMock) -> None:
    api.add_callback(responses.GET, TWEETS_URL, callback=FakeTimeline(120))
    assert len(list(fetch_user_posts("wren", token="t"))) == 120


def test_records_mark_retweets_replies_and_threads(api: responses.RequestsMock) -> None:
    tweets = [
        v2_tweet(1, text="RT @amy: shared…", referenced_tweets=[{"type": "retweeted", "id": "9"}]),
        v2_tweet(
            2,
            text="@amy agreed!",
            in_reply_to_user_id="7",
            referenced_tweets=[{"type": "replied_to", "id": "8"}],
        ),
        v2_tweet(
            3,
            text="part two of my thread",
            in_reply_to_user_id="42",
            referenced_tweets=[{"type": "replied_to", "id": "1001"}],
        ),
        v2_tweet(
            4,
            text="see https://t.co/x",
            entities={"urls": [{"url": "https://t.co/x", "expanded_url": "https://a.example"}]},
        ),
    ]
    api.get(TWEETS_URL, json={"data": tweets, "meta": {"result_count": 4}})
    records = list(fetch_user_posts("wren", token="t"))
    assert [(r["retweet"], r["reply"]) for r in records] == [
        (True, False),
        (False, True),
        (False, False),
        (False, False),
    ]
    assert records[3]["text"] == "see https://a.example"
    assert records[0]["created_at"] == "2024-03-01T10:00:00+00:00"
    assert records[0]["account"] == "wren"


def test_waits_on_429_then_continues(
    api: responses.RequestsMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tweepy.client

    slept: list[float] = []
    monkeypatch.setattr(tweepy.client.time, "sleep", slept.append)
    reset = str(int(tweepy.client.time.time()) + 30)
    api.get(
        TWEETS_URL, status=429, headers={"x-rate-limit-reset": reset}, json={"title": "Too Many"}
    )
    api.get(TWEETS_URL, json={"data": [v2_tweet(1)], "meta": {"result_count": 1}})
    assert len(list(fetch_user_posts("wren", token="t"))) == 1
    assert len(slept) == 1 and 25 <= slept[0] <= 32


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (402, DataError, "no API credits left"),
        (403, DataError, "access tier too low"),
        (401, ConfigError, "rejected the bearer token"),
        (503, DataError, "the X API failed"),
    ],
)
def test_api_errors_become_clear_errors(
    api: responses.RequestsMock, status: int, error: type[UserError], message: str
) -> None:
    body = {"title": "Error", "detail": "nope", "type": "about:blank", "status": status}
    api.get(TWEETS_URL, status=status, json=body)
    with pytest.raises(error, match=message) as info:
        list(fetch_user_posts("wren", token="secret-token"))
    assert "secret-token" not in info.value.line()
    assert info.value.hint


def test_unknown_handle() -> None:
    with responses.RequestsMock() as mock:
        errors = [{"detail": "Could not find user", "title": "Not Found Error"}]
        mock.get(f"{API}/users/by/username/ghost", json={"errors": errors})
        with pytest.raises(UserError, match="no X account named @ghost"):
            list(fetch_user_posts("ghost", token="t"))


def test_missing_token_says_how_to_set_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with pytest.raises(ConfigError, match=TOKEN_ENV) as info:
        list(fetch_user_posts("wren"))
    assert "archive" in info.value.hint


def test_v11_dump_with_retweets_and_full_text(tmp_path: Path) -> None:
    dump = [
        {
            "id_str": "1",
            "full_text": "RT @amy: truncated orig…",
            "user": {"screen_name": "wren", "id_str": "42"},
            "retweeted_status": {
                "full_text": "the complete original post &amp; more",
                "user": {"screen_name": "amy"},
            },
        },
        {"id": 2, "text": "an old-style text field post", "user": {"screen_name": "wren"}},
        {
            "id_str": "3",
            "full_text": "my own thread continues here",
            "in_reply_to_user_id_str": "42",
            "user": {"screen_name": "wren", "id_str": "42"},
        },
        {
            "id_str": "4",
            "full_text": "@amy you are right",
            "in_reply_to_user_id_str": "9",
            "user": {"screen_name": "wren", "id_str": "42"},
        },
        {"id_str": "5", "text": "cut", "extended_tweet": {"full_text": "the uncut long text"}},
    ]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dump))
    posts = read_source(path)
    assert posts[0].text == "RT @amy: the complete original post &amp; more"
    assert posts[0].is_retweet and posts[0].account == "wren"
    assert posts[1].text == "an old-style text field post"
    assert [p.is_reply for p in posts] == [False, False, False, True, False]
    assert posts[4].text == "the uncut long text" and posts[4].account == "dump"
    assert clean_posts(posts).stats.retweets == 1


def test_v2_response_dump_names_accounts_from_includes(tmp_path: Path) -> None:
    body = {
        "data": [v2_tweet(1), v2_tweet(2, author_id="7")],
        "includes": {"users": [{"id": "42", "username": "wren"}, {"id": "7", "username": "amy"}]},
    }
    path = tmp_path / "resp.json"
    path.write_text(json.dumps(body))
    assert [p.account for p in read_source(path)] == ["wren", "amy"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"id": "1", "text": "tru', "dump.json is not valid JSON"),
        ('{"meta": {}}', "dump.json holds no list of posts"),
        ('[{"id": "1"}]', r"dump.json: post #1 has no full_text/text"),
        ("[7]", r"dump.json: post #1 is not a JSON object"),
    ],
)
def test_malformed_dumps(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "dump.json"
    path.write_text(content)
    with pytest.raises(DataError, match=message):
        read_source(path)


def test_network_failure_is_one_clear_error() -> None:
    with responses.RequestsMock() as mock:
        mock.get(USER_URL, body=requests.ConnectionError("Name or service not known"))
        with pytest.raises(DataError, match="cannot reach the X API") as info:
            list(fetch_user_posts("wren", token="secret-token"))
    assert "secret-token" not in info.value.line()
    assert info.value.hint


def test_replies_keep_their_parents_text_as_context(api: responses.RequestsMock) -> None:
    tweets = [
        v2_tweet(
            1,
            text="@amy yes, a long cold proof",
            in_reply_to_user_id="7",
            referenced_tweets=[{"type": "replied_to", "id": "8"}],
        ),
        v2_tweet(
            2,
            text="@gone replying to a deleted post",
            in_reply_to_user_id="9",
            referenced_tweets=[{"type": "replied_to", "id": "99"}],
        ),
        v2_tweet(3, text="a free post about rain"),
    ]
    parent = {"id": "8", "text": "any tips for a more open crumb?", "edit_history_tweet_ids": ["8"]}
    api.get(
        TWEETS_URL,
        json={"data": tweets, "includes": {"tweets": [parent]}, "meta": {"result_count": 3}},
    )
    records = list(fetch_user_posts("wren", token="t"))
    assert records[0]["context"] == ["any tips for a more open crumb?"]
    assert "context" not in records[1] and "context" not in records[2]
    asked = parse_qs(urlparse(str(api.calls[-1].request.url)).query)
    assert asked["expansions"] == ["referenced_tweets.id"]
    assert "referenced_tweets" in asked["tweet.fields"][0]


def test_fetched_records_become_pairs_when_read_back(
    api: responses.RequestsMock, tmp_path: Path
) -> None:
    reply = v2_tweet(
        1,
        text="@amy yes, a long cold proof",
        in_reply_to_user_id="7",
        referenced_tweets=[{"type": "replied_to", "id": "8"}],
    )
    parent = {"id": "8", "text": "any tips for a more open crumb?", "edit_history_tweet_ids": ["8"]}
    api.get(TWEETS_URL, json={"data": [reply], "includes": {"tweets": [parent]}, "meta": {}})
    path = tmp_path / "wren.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in fetch_user_posts("wren", token="t")))
    prepared = clean_posts(read_source(path))
    assert [(p.text, p.context) for p in prepared.posts] == [
        ("yes, a long cold proof", ("any tips for a more open crumb?",))
    ]


def test_v2_dump_includes_give_replies_context(tmp_path: Path) -> None:
    reply = v2_tweet(1, referenced_tweets=[{"type": "replied_to", "id": "8"}])
    body = {"data": [reply], "includes": {"tweets": [{"id": "8", "text": "the parent"}]}}
    path = tmp_path / "resp.json"
    path.write_text(json.dumps(body))
    assert read_source(path)[0].context == ("the parent",)


def test_dump_replies_to_posts_in_the_same_dump_get_the_thread(tmp_path: Path) -> None:
    v11 = [
        {"id_str": "1", "full_text": "a thread about rye, part one", "user": {"id_str": "42"}},
        {"id_str": "2", "full_text": "part two", "in_reply_to_status_id_str": "1",
         "in_reply_to_user_id_str": "42", "user": {"id_str": "42"}},
        {"id_str": "3", "full_text": "@amy a reply elsewhere", "in_reply_to_status_id_str": "77",
         "in_reply_to_user_id_str": "7", "user": {"id_str": "42"}},
    ]  # fmt: skip
    path = tmp_path / "v11.json"
    path.write_text(json.dumps(v11))
    assert [p.context for p in read_source(path)] == [(), ("a thread about rye, part one",), ()]
    v2 = {
        "data": [v2_tweet(1), v2_tweet(2, referenced_tweets=[{"type": "replied_to", "id": "1001"}])]
    }
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(v2))
    assert read_source(path)[1].context == ("post number 1 about bread and rain",)
