"""Remote moderation: OpenAI /moderations and guard-model answers, failing closed."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.safety.base import CheckContext
from bot.safety.harm.features import CATEGORIES
from bot.safety.harm.filter import HarmFilter, HarmUnavailable
from bot.safety.harm.remote import RemoteModeration, parse_guard, parse_openai


class FakeModeration:
    """A loopback server that answers every POST with a queued (status, body)."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, bytes]] = []
        self.requests: list[tuple[str, dict[str, object], str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                fake.requests.append((self.path, body, self.headers.get("Authorization", "")))
                status, payload = fake.replies.pop(0)
                self.send_response(status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def reply(self, obj: object, status: int = 200) -> None:
        self.replies.append((status, json.dumps(obj).encode()))


@pytest.fixture
def fake() -> Iterator[FakeModeration]:
    server = FakeModeration()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


def _openai_body(**scores: float) -> dict[str, object]:
    return {"results": [{"flagged": True, "category_scores": scores}]}


def test_openai_endpoint_maps_categories(fake: FakeModeration) -> None:
    fake.reply(_openai_body(**{"harassment/threatening": 0.8, "self-harm/intent": 0.3}))
    remote = RemoteModeration("openai", fake.url, "omni-moderation-latest", api_key="sk-test")
    scores = remote.scores("some text")
    assert scores["violence"] == 0.8 and scores["harassment"] == 0.8
    assert scores["self_harm"] == 0.3 and scores["hate"] == 0.0
    path, body, auth = fake.requests[0]
    assert path == "/v1/moderations" and body["input"] == "some text"
    assert auth == "Bearer sk-test"


def test_guard_model_answers(fake: FakeModeration) -> None:
    fake.reply({"choices": [{"message": {"content": "unsafe\nS11"}}]})
    fake.reply({"choices": [{"message": {"content": "safe"}}]})
    remote = RemoteModeration("guard", fake.url, "llama-guard-3")
    assert remote.scores("x")["self_harm"] == 1.0
    assert set(remote.scores("y").values()) == {0.0}
    assert fake.requests[0][0] == "/v1/chat/completions"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("unsafe\nS1,S10", {"violence", "hate"}), ("unsafe\nS14", {"harassment"}), ("safe", set())],
)
def test_parse_guard(answer: str, expected: set[str]) -> None:
    scores = parse_guard({"choices": [{"message": {"content": answer}}]})
    assert {c for c in CATEGORIES if scores[c] == 1.0} == expected


@pytest.mark.parametrize(
    "body", [{}, {"results": []}, {"results": [{"category_scores": {"hate": "high"}}]}, [1]]
)
def test_parse_openai_garbage_is_unavailable(body: object) -> None:
    with pytest.raises(HarmUnavailable):
        parse_openai(body)


def test_guard_rambling_is_unavailable() -> None:
    with pytest.raises(HarmUnavailable):
        parse_guard({"choices": [{"message": {"content": "I think it is fine"}}]})


def test_server_error_fails_closed(fake: FakeModeration) -> None:
    fake.reply({"error": "overloaded"}, status=503)
    remote = RemoteModeration("openai", fake.url, "m")
    verdict = HarmFilter(remote, dict.fromkeys(CATEGORIES, 0.5)).check("hi", CheckContext())
    assert verdict.action == "block" and verdict.reasons == ("harm:unavailable",)
    assert "503" in verdict.message


def test_unreachable_server_fails_closed(fake: FakeModeration) -> None:
    url = fake.url
    fake.server.shutdown()
    fake.server.server_close()
    remote = RemoteModeration("openai", url, "m", timeout_s=2)
    with pytest.raises(HarmUnavailable, match="unreachable"):
        remote.scores("hi")


def test_the_openai_key_is_read_from_a_dotenv_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.config import HarmConfig
    from bot.safety.harm.build import build_harm_filter

    monkeypatch.setenv(
        "OPENAI_API_KEY", ""
    )  # recorded, so the test leaves the environment as it was
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("OPENAI_API_KEY=sk-from-dotenv\n")
    harm = build_harm_filter(HarmConfig(provider="openai"))
    assert harm.name == "harm"
    assert os.environ["OPENAI_API_KEY"] == "sk-from-dotenv"
