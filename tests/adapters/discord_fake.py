"""An in-process fake of Discord's REST API and gateway on 127.0.0.1, for discord.py itself.

discord.py talks to it unchanged: `discord.http.Route.BASE` and the gateway URL are pointed here,
so login, IDENTIFY/READY, MESSAGE_CREATE, INTERACTION_CREATE, typing, messages, interaction
callbacks and followups all go through the library's real HTTP client, rate limiter and parsers.
Every REST request is recorded with its JSON body so tests can check what would reach Discord.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import discord
import pytest
import yarl
from aiohttp import WSMsgType, web

from tests.adapters.discord_payloads import (
    ADMIN_ID,
    BOT_ID,
    CHANNEL_ID,
    CONTENT_LIMIT,
    GUILD_ID,
    OTHER_USER_ID,
    TOKEN,
    USER_ID,
    content_too_long,
    guild_payload,
    member_payload,
    missing_access,
    timestamp,
    user_payload,
    utf16_units,
)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """Return JSON with the exact content type discord.py checks for (no charset suffix)."""
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers=headers, content_type="application/json")


@dataclass
class Recorded:
    """One REST request discord.py made."""

    method: str
    path: str  # after /api/v10
    query: dict[str, str]
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class FakeDiscord:
    """Speak enough of Discord's REST API and gateway for the adapter's tests."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.requests: list[Recorded] = []
        self.identify: dict[str, Any] | None = None
        self.interaction_tokens: set[str] = set()
        self.resumes: list[dict[str, Any]] = []  # RESUME payloads after a dropped connection
        self.rate_limited: dict[str, float] = {}  # path suffix -> retry_after seconds (429s)
        self.hidden_channels: set[int] = set()  # channels the bot may not see: 403 Missing Access
        self.refused: list[Recorded] = []  # requests answered with a 4xx error body
        self.stored: dict[str, dict[str, Any]] = {}  # every message made, by id (GET returns it)
        self.port = 0
        # Snowflakes from "now", so created_at of messages and interactions is realistic.
        self._ids = itertools.count(discord.utils.time_snowflake(datetime.now(UTC)))
        self._seq = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._changed = asyncio.Condition()
        self.on_change: list[Callable[[], None]] = []  # called after each request or resume
        self._runner: web.AppRunner | None = None

    # server lifecycle

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Point discord.py's REST base and default gateway at this server."""
        monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{self.port}/api/v10")
        monkeypatch.setattr(
            discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(self.gateway_url)
        )

    def next_id(self) -> str:
        return str(next(self._ids))

    # gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data["op"] == 2:
                self.identify = data["d"]
                await self._ready(ws, data["d"].get("shard", [0, 1]))
            elif data["op"] == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif data["op"] == 6:
                self.resumes.append(data["d"])
                self._notify()
                await self.dispatch("RESUMED", {}, ws)
        return ws

    async def drop(self, code: int = 4000) -> None:
        """Close the gateway connection the way Discord does before asking for a resume."""
        assert self._ws is not None
        await self._ws.close(code=code)

    async def _ready(self, ws: web.WebSocketResponse, shard: list[int]) -> None:
        ready = {
            "v": 10,
            "user": user_payload(BOT_ID, "tweetling", bot=True),
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(BOT_ID), "flags": 0},
            "shard": shard,
        }
        await self.dispatch("READY", ready, ws)
        await self.dispatch("GUILD_CREATE", guild_payload(), ws)

    async def dispatch(
        self, event: str, data: dict[str, Any], ws: web.WebSocketResponse | None = None
    ) -> None:
        """Send one DISPATCH frame to the connected client."""
        target = ws or self._ws
        assert target is not None, "no client is connected to the fake gateway"
        await target.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    # what a test does

    def message(
        self,
        content: str,
        *,
        author: int = USER_ID,
        author_name: str = "alice",
        channel_id: int = CHANNEL_ID,
        guild: bool = True,
        mentions: tuple[int, ...] = (),
        mention_everyone: bool = False,
        referenced: dict[str, Any] | None = None,
        author_bot: bool = False,
    ) -> dict[str, Any]:
        """Return a MESSAGE_CREATE payload."""
        names = {BOT_ID: "tweetling", USER_ID: "alice", OTHER_USER_ID: "bob", ADMIN_ID: "root"}
        payload: dict[str, Any] = {
            "id": self.next_id(),
            "channel_id": str(channel_id),
            "author": user_payload(author, author_name, bot=author_bot),
            "content": content,
            "timestamp": timestamp(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": mention_everyone,
            "mentions": [user_payload(u, names.get(u, "x"), bot=u == BOT_ID) for u in mentions],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if guild:
            payload["guild_id"] = str(GUILD_ID)
            payload["member"] = member_payload()
        if referenced is not None:
            payload["type"] = 19
            payload["message_reference"] = {
                "message_id": referenced["id"],
                "channel_id": referenced["channel_id"],
                "guild_id": str(GUILD_ID),
            }
            # Discord resolves only the direct parent: its own parent is a bare reference.
            payload["referenced_message"] = {
                k: v for k, v in referenced.items() if k != "referenced_message"
            }
        self.stored[payload["id"]] = payload
        return payload

    async def send_message(self, content: str, **kwargs: Any) -> dict[str, Any]:
        """Dispatch MESSAGE_CREATE and return its payload."""
        payload = self.message(content, **kwargs)
        await self.dispatch("MESSAGE_CREATE", payload)
        return payload

    async def run_command(
        self, name: str = "generate", *, user: int = USER_ID, **options: Any
    ) -> dict[str, Any]:
        """Dispatch an INTERACTION_CREATE for a slash command and return its payload."""
        kinds = {str: 3, int: 4, float: 10}
        opts = [{"name": k, "type": kinds[type(v)], "value": v} for k, v in options.items()]
        data = {"id": self.next_id(), "name": name, "type": 1, "options": opts}
        return await self._interaction(2, data, user)

    async def click(self, custom_id: str, *, user: int = USER_ID) -> dict[str, Any]:
        """Dispatch an INTERACTION_CREATE for a button click and return its payload."""
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interaction(3, data, user, message=self.message("draft", author=BOT_ID))

    async def _interaction(
        self, kind: int, data: dict[str, Any], user: int, message: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        token = f"interaction-token-{self.next_id()}"
        self.interaction_tokens.add(token)
        payload: dict[str, Any] = {
            "id": self.next_id(),
            "application_id": str(BOT_ID),
            "type": kind,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(CHANNEL_ID),
            "channel": {"id": str(CHANNEL_ID), "type": 0, "name": "general"},
            "member": {**member_payload(), "user": user_payload(user, "alice"), "permissions": "0"},
            "token": token,
            "version": 1,
            "locale": "en-US",
            "guild_locale": "en-US",
            "app_permissions": "0",
            "entitlements": [],
            "attachment_size_limit": 8388608,
            "context": 0,
        }
        if message is not None:
            payload["message"] = message
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    # assertions

    def find(self, method: str, contains: str) -> list[Recorded]:
        """Return the recorded requests with this method whose path contains `contains`."""
        return [r for r in self.requests if r.method == method and contains in r.path]

    async def wait_for(
        self, predicate: Callable[[Recorded], bool], count: int = 1, timeout: float = 5.0
    ) -> list[Recorded]:
        """Wait until `count` recorded requests match `predicate`; return them."""

        def matches() -> list[Recorded]:
            return [r for r in self.requests if predicate(r)]

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(matches()) >= count), timeout)
        return matches()

    def _notify(self) -> None:
        for listener in self.on_change:
            listener()

    # REST

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body = await request.json() if request.can_read_body else None
        record = Recorded(request.method, path, dict(request.query), body, dict(request.headers))
        parts = path.strip("/").split("/")
        if parts[0] in ("interactions", "webhooks"):
            # Interaction callbacks and followups authenticate with the interaction token.
            if len(parts) < 3 or parts[2] not in self.interaction_tokens:
                return _json({"message": "Unknown interaction", "code": 10062}, status=404)
        elif request.headers.get("Authorization") != f"Bot {self.token}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        for suffix, retry_after in self.rate_limited.items():
            if path.endswith(suffix):
                return self._too_many(retry_after)
        if (error := self._refusal(parts, body)) is not None:
            self.refused.append(record)
            return error
        self.requests.append(record)
        self._notify()
        async with self._changed:
            self._changed.notify_all()
        return self._answer(request.method, path, body)

    def _refusal(self, parts: list[str], body: Any) -> web.Response | None:
        """Return the error Discord answers for a hidden channel or over-long content, else None."""
        if parts[0] == "channels" and len(parts) > 1 and int(parts[1]) in self.hidden_channels:
            return _json(missing_access(), status=403)
        content = body.get("content") if isinstance(body, dict) else None
        if isinstance(content, str) and utf16_units(content) > CONTENT_LIMIT:
            return _json(content_too_long(), status=400)
        return None

    def _too_many(self, retry_after: float) -> web.Response:
        headers = {
            "Via": "1.1 google",
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(retry_after),
            "X-RateLimit-Bucket": "fake-bucket",
        }
        body = {"message": "You are being rate limited.", "retry_after": retry_after}
        return _json({**body, "global": False}, status=429, headers=headers)

    def _answer(self, method: str, path: str, body: Any) -> web.Response:
        parts = path.strip("/").split("/")
        if path == "/users/@me":
            return _json(user_payload(BOT_ID, "tweetling", bot=True))
        if path == "/oauth2/applications/@me":
            return _json(self._application())
        if path == "/gateway/bot":
            limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
            return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})
        if parts[0] == "channels" and parts[-1] == "typing":
            return web.Response(status=204)
        if parts[0] == "channels" and parts[-1] == "messages" and method == "POST":
            return _json(self._sent(body, channel_id=parts[1]))
        if (
            parts[0] == "channels"
            and len(parts) == 4
            and parts[2] == "messages"
            and method == "GET"
        ):
            found = self.stored.get(parts[3])
            if found is None or found["channel_id"] != parts[1]:
                return _json({"message": "Unknown Message", "code": 10008}, status=404)
            return _json(found)
        if parts[0] == "interactions" and parts[-1] == "callback":
            interaction = {"id": parts[1], "type": body["type"], "response_message_loading": True}
            return _json({"interaction": interaction})
        if parts[0] == "webhooks" and method == "POST":
            return _json(self._sent(body, channel_id=str(CHANNEL_ID), webhook=True))
        if parts[0] == "webhooks" and method == "DELETE":
            return web.Response(status=204)
        if parts[0] == "applications" and method == "PUT":
            return _json([self._registered(c, parts) for c in body])
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _sent(self, body: Any, *, channel_id: str, webhook: bool = False) -> dict[str, Any]:
        message = self.message(body.get("content", ""), author=BOT_ID, author_name="tweetling")
        message["channel_id"] = channel_id
        if webhook:
            message["webhook_id"] = str(BOT_ID)
        return message

    def _registered(self, command: dict[str, Any], parts: list[str]) -> dict[str, Any]:
        guild = parts[3] if len(parts) > 3 and parts[2] == "guilds" else None
        return {
            **command,
            "id": self.next_id(),
            "application_id": str(BOT_ID),
            "guild_id": guild,
            "version": "1",
        }

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(BOT_ID),
            "name": "tweetling",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_payload(ADMIN_ID, "root"),
            "verify_key": "0" * 64,
            "flags": 0,
        }
