"""The remote backend against an in-process fake OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.generation.base import (
    GenerationError,
    GenerationRequest,
    GenerationTimeout,
    SamplingParams,
)
from bot.generation.remote import RemoteError, RemoteGenerator

EOS = "<|endoftext|>"


class FakeServer:
    """A completions endpoint whose next answers can be scripted (status codes, delays)."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.script: list[int | float] = []  # an int status to answer with, or seconds to stall
        self.n_support = "all"  # "refuse": 400 for n > 1 (llama.cpp); "ignore": one choice always

    async def completions(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.bodies.append(body)
        self.headers.append(dict(request.headers))
        step = self.script.pop(0) if self.script else 200
        if isinstance(step, float):
            await asyncio.sleep(step)
        elif step != 200:
            return web.json_response({"error": {"message": f"scripted {step}"}}, status=step)
        if self.n_support == "refuse" and body["n"] > 1:
            message = "Only one completion choice is allowed"
            return web.json_response({"error": {"message": message}}, status=400)
        prompt = body["prompt"]
        n = 1 if self.n_support == "ignore" else body["n"]
        choices = [
            # A real server may run past the stop string's first occurrence in odd cases;
            # the second choice also leaks an EOS to check the client cuts at the boundary.
            {
                "index": i,
                "text": f" post {i} for {prompt[len(EOS) :] or 'free'}",
                "finish_reason": "stop",
            }
            if i % 2 == 0
            else {"index": i, "text": f" second{EOS}leaked", "finish_reason": "length"}
            for i in range(n)
        ]
        return web.json_response({"choices": choices})


@pytest.fixture()
async def server() -> AsyncIterator[tuple[FakeServer, str]]:
    fake = FakeServer()
    app = web.Application()
    app.router.add_post("/v1/completions", fake.completions)
    srv = TestServer(app, host="127.0.0.1")
    await srv.start_server()
    yield fake, str(srv.make_url("/v1"))
    await srv.close()


async def test_generates_each_requests_candidates(server: tuple[FakeServer, str]) -> None:
    fake, url = server
    gen = RemoteGenerator(
        url, model="me", eos=EOS, api_key="k-123", defaults=SamplingParams(top_p=0.9)
    )
    reqs = [
        GenerationRequest("coffee", 2, SamplingParams(temperature=0.7, seed=3, max_new_tokens=20)),
        GenerationRequest(None, 1),
    ]
    out = await gen.generate(reqs)
    assert [[c.text for c in cs] for cs in out] == [
        ["coffee post 0 for coffee", "coffee second"],
        ["post 0 for free"],
    ]
    assert out[0][1].finish_reason == "length" and out[1][0].finish_reason == "eos"
    body = next(b for b in fake.bodies if b["n"] == 2)
    assert body == {
        "prompt": EOS + "coffee",
        "n": 2,
        "max_tokens": 20,
        "stop": [EOS],
        "model": "me",
        "temperature": 0.7,
        "top_p": 0.9,
        "seed": 3,
    }
    assert fake.headers[0]["Authorization"] == "Bearer k-123"
    await gen.close()


async def test_retries_server_errors_with_backoff(server: tuple[FakeServer, str]) -> None:
    fake, url = server
    fake.script = [503, 429]
    gen = RemoteGenerator(url, eos=EOS, retries=2, backoff_s=0.01)
    out = await gen.generate([GenerationRequest("hi")])
    assert out[0][0].text == "hi post 0 for hi" and len(fake.bodies) == 3
    await gen.close()


async def test_client_error_fails_at_once_with_the_message(server: tuple[FakeServer, str]) -> None:
    fake, url = server
    fake.script = [400]
    gen = RemoteGenerator(url, eos=EOS, retries=3, backoff_s=0.01)
    with pytest.raises(RemoteError, match=r"HTTP 400.*scripted 400"):
        await gen.generate([GenerationRequest("hi")])
    assert len(fake.bodies) == 1
    await gen.close()


async def test_timeouts_are_retried_then_fail_clearly(server: tuple[FakeServer, str]) -> None:
    fake, url = server
    fake.script = [0.5, 0.5]
    gen = RemoteGenerator(url, eos=EOS, timeout_s=0.1, retries=1, backoff_s=0.01)
    with pytest.raises(GenerationError, match=r"after 2 attempts.*remote_url"):
        await gen.generate([GenerationRequest("hi")])
    await gen.close()


async def test_unreachable_server_is_a_clear_error() -> None:
    gen = RemoteGenerator("http://127.0.0.1:9/v1", eos=EOS, retries=1, backoff_s=0.01)
    with pytest.raises(RemoteError, match=r"127\.0\.0\.1:9.*failed after 2 attempts"):
        await gen.generate([GenerationRequest("hi")])
    await gen.close()


async def test_errors_never_show_credentials_from_the_url() -> None:
    url = "http://user:s3cret@127.0.0.1:9/v1"
    gen = RemoteGenerator(url, eos=EOS, retries=0)
    with pytest.raises(RemoteError) as caught:
        await gen.generate([GenerationRequest("hi")])
    await gen.close()
    assert "127.0.0.1:9/v1/completions" in str(caught.value)
    assert "s3cret" not in str(caught.value)


async def test_huge_prompt_is_cut_to_its_end(server: tuple[FakeServer, str]) -> None:
    fake, url = server
    gen = RemoteGenerator(url, eos=EOS, max_prompt_tokens=20)
    prompt = "coffee " * 15_000 + "final words"  # 100 KB
    [[cand]] = await gen.generate([GenerationRequest(prompt)])
    await gen.close()
    sent = fake.bodies[0]["prompt"]
    assert sent.startswith(EOS + "…") and sent.endswith(" final words")
    assert len(sent) <= len(EOS) + 1 + 20 * 3  # a conservative characters-per-token estimate
    assert cand.prompt == sent[len(EOS) :]
    assert cand.text.startswith(sent[len(EOS) :])


async def test_a_stalled_server_fails_at_the_request_deadline(
    server: tuple[FakeServer, str],
) -> None:
    fake, url = server
    fake.script = [5.0, 5.0]  # longer than the deadline, retries included
    gen = RemoteGenerator(url, eos=EOS, timeout_s=4.0, retries=1, request_timeout_s=0.3)
    with pytest.raises(GenerationTimeout, match=r"within 0\.3 s"):
        await gen.generate([GenerationRequest("coffee")])
    await gen.close()


@pytest.mark.parametrize("n_support", ["refuse", "ignore"])
async def test_a_server_that_gives_one_choice_per_request_still_gets_n_candidates(
    server: tuple[FakeServer, str], n_support: str
) -> None:
    fake, url = server
    fake.n_support = n_support  # llama.cpp refuses n > 1; llama-cpp-python ignores it
    gen = RemoteGenerator(url, eos=EOS, retries=0, defaults=SamplingParams(seed=7))
    try:
        for _ in range(2):  # the second request asks one choice at a time straight away
            [cands] = await gen.generate([GenerationRequest(prompt=None, n=3)])
            assert len(cands) == 3 and all(c.text.startswith("post 0") for c in cands)
    finally:
        await gen.close()
    first_try = 1 if n_support == "refuse" else 0  # the refused n=3 request
    assert [b["n"] for b in fake.bodies] == [3] + [1] * (3 - 1 + first_try) + [1] * 3
    assert sorted(b["seed"] for b in fake.bodies[-3:]) == [7, 8, 9]  # distinct samples


@pytest.mark.parametrize(
    ("content", "eos"),
    [
        (b'{"eos_token": "</s>"}', "</s>"),
        (b'{"eos_token": {"content": "<|im_end|>"}}', "<|im_end|>"),
        (b"{damaged", EOS),
        (b"\xff\xfe", EOS),
        (b'{"eos_token": 5}', EOS),
    ],
)
def test_the_remote_eos_comes_from_the_tokenizer_config_or_the_default(
    tmp_path: Path, content: bytes, eos: str
) -> None:
    from bot.config import Config
    from bot.generation.factory import _eos_of

    (tmp_path / "tokenizer_config.json").write_bytes(content)
    assert _eos_of(Config.model_validate({"model": {"path": str(tmp_path)}})) == eos
