"""The remote backend: any OpenAI-compatible completions server (vLLM, llama.cpp server, TGI).

Each request becomes one POST to ``{base_url}/completions`` with ``n`` samples; the requests
of one `generate` call run concurrently (the server does the batching). Timeouts, connection
errors, 429 and 5xx answers are retried with exponential backoff; other errors fail at once
with the server's message.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from bot.events import Candidate
from bot.generation.base import (
    GenerationError,
    GenerationRequest,
    GenerationTimeout,
    SamplingParams,
)
from bot.generation.prompt_cap import EST_CHARS_PER_TOKEN, cut_chars
from bot.prompting import PAIR_PROMPT_CHARS, finish_post, reply_prompt, serving_prompt

log = logging.getLogger(__name__)

_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_FINISH = {"stop": "eos", "length": "length", "eos": "eos"}


class RemoteError(GenerationError):
    """The completions server failed or answered something we cannot use."""


class RemoteGenerator:
    """A Generator that asks an OpenAI-compatible `/v1/completions` endpoint."""

    name = "remote"

    def __init__(
        self,
        base_url: str,
        *,
        model: str = "",
        eos: str = "<|endoftext|>",
        timeout_s: float = 30.0,
        retries: int = 3,
        backoff_s: float = 0.5,
        api_key: str | None = None,
        defaults: SamplingParams | None = None,
        max_concurrency: int = 8,
        max_prompt_tokens: int = 256,
        request_timeout_s: float = 120.0,
    ) -> None:
        self.endpoint = base_url.rstrip("/") + "/completions"
        self.url = _redact(self.endpoint)  # what errors show: they are logged and stored
        self.model = model
        self.eos = eos
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.retries = retries
        self.backoff_s = backoff_s
        self.api_key = api_key
        self.defaults = defaults or SamplingParams()
        self.max_concurrency = max_concurrency
        # No tokenizer here: the cap is a conservative estimate in characters.
        self.max_prompt_chars = max_prompt_tokens * EST_CHARS_PER_TOKEN
        self.request_timeout_s = request_timeout_s  # retries included
        self._session: aiohttp.ClientSession | None = None
        # llama.cpp's server refuses n > 1 and llama-cpp-python ignores it: once seen, ask one
        # choice per request.
        self._one_choice_per_request = False

    async def start(self) -> None:
        """Open the HTTP session (idempotent)."""
        if self._session is None or self._session.closed:
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            self._session = aiohttp.ClientSession(timeout=self.timeout, headers=headers)

    async def generate(self, requests: list[GenerationRequest]) -> list[list[Candidate]]:
        """Send every request concurrently and return each one's candidates."""
        await self.start()
        limit = asyncio.Semaphore(self.max_concurrency)

        async def one(req: GenerationRequest) -> list[Candidate]:
            timeout = min(self.request_timeout_s, req.timeout_s or self.request_timeout_s)
            try:
                async with limit:
                    return await asyncio.wait_for(self._complete(req), timeout)
            except TimeoutError:
                raise GenerationTimeout(
                    f"completions server {self.url} did not answer within {timeout:g} s "
                    "(retries included); raise [generation] request_timeout_s"
                ) from None

        return list(await asyncio.gather(*(one(r) for r in requests)))

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _complete(self, req: GenerationRequest) -> list[Candidate]:
        params = self.defaults.merged(req.params)
        prompt = cut_chars(req.prompt, self.max_prompt_chars) if req.prompt else req.prompt
        if req.context is not None:  # a reply: the conversation's last turns, no post prefix
            budget = min(self.max_prompt_chars, PAIR_PROMPT_CHARS)
            prompt, full = None, reply_prompt(req.context, self.eos, budget)
        else:
            full = serving_prompt(prompt, self.eos)
        choices = await self._choices(full, req.n, params)
        return [self._candidate(prompt, choice) for choice in choices]

    async def _choices(self, full: str, n: int, params: SamplingParams) -> list[Any]:
        """Return n choices: in one request, or one request per choice if the server needs it."""
        got: list[Any] = []
        if n == 1 or not self._one_choice_per_request:
            try:
                got = _choice_list(await self._post(self._body(full, n, params)), self.url)
            except RemoteError as exc:
                if n == 1 or "refused" not in str(exc):
                    raise
                log.info("%s refused n=%d; asking one choice per request from now on", self.url, n)
            if len(got) >= n:
                return got[:n]
            self._one_choice_per_request = True
        seeds = [None if params.seed is None else params.seed + i for i in range(len(got), n)]
        more = await asyncio.gather(
            *(self._post(self._body(full, 1, replace(params, seed=s))) for s in seeds)
        )
        for data in more:
            got += _choice_list(data, self.url)[:1]
        return got

    def _body(self, prompt: str, n: int, p: SamplingParams) -> dict[str, Any]:
        body: dict[str, Any] = {
            "prompt": prompt,
            "n": n,
            "max_tokens": p.new_tokens,
            "stop": [self.eos],
        }
        if self.model:
            body["model"] = self.model
        # Only what is set: strict servers reject unknown or null fields.
        optional = {
            "temperature": p.temperature,
            "top_p": p.top_p,
            "top_k": p.top_k,
            "repetition_penalty": p.repetition_penalty,
            "seed": p.seed,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        return body

    def _candidate(self, prompt: str | None, choice: Any) -> Candidate:
        if not isinstance(choice, dict) or not isinstance(choice.get("text"), str):
            raise RemoteError(f"{self.url} returned a choice without text: {str(choice)[:200]}")
        reason = _FINISH.get(str(choice.get("finish_reason")), "stop")
        text = finish_post(prompt, choice["text"], self.eos)
        return Candidate(text=text, prompt=prompt, finish_reason=reason)  # type: ignore[arg-type]

    async def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST with retries and backoff; return the decoded JSON answer."""
        assert self._session is not None
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(self._delay(attempt))
            try:
                async with self._session.post(self.endpoint, json=body) as resp:
                    if resp.status == 200:
                        return await _json(resp, self.url)
                    detail = (await resp.text())[:300]
                    last = f"HTTP {resp.status}: {detail}"
                    if resp.status not in _RETRY_STATUS:
                        raise RemoteError(f"completions server {self.url} refused: {last}")
            except (aiohttp.ClientError, TimeoutError) as exc:
                last = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            log.warning("remote generation attempt %d failed: %s", attempt + 1, last)
        raise RemoteError(
            f"completions server {self.url} failed after {self.retries + 1} attempts ({last}); "
            "check [model] remote_url and that the server is running"
        )

    def _delay(self, attempt: int) -> float:
        base = self.backoff_s * (2 ** (attempt - 1))
        return float(base * (0.75 + random.random() / 2))  # jitter spreads synchronized retries


def _choice_list(data: dict[str, Any], url: str) -> list[Any]:
    """Return the answer's non-empty list of choices, or raise RemoteError."""
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise RemoteError(f"{url} returned no choices: {str(data)[:200]}")
    return choices


def _redact(url: str) -> str:
    """Return `url` without a user:password part or query string (tokens live there)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


async def _json(resp: aiohttp.ClientResponse, url: str) -> dict[str, Any]:
    try:
        data = await resp.json(content_type=None)
    except ValueError:
        raise RemoteError(f"{url} answered with something that is not JSON") from None
    if not isinstance(data, dict):
        raise RemoteError(f"{url} answered with JSON that is not an object")
    return data
