"""discord.py adapter: turns mentions, DMs, /generate and review clicks into Events; sends Outgoing.

It translates and decides nothing: the reply_to_* switches, allow-lists, cooldowns, queue caps,
opt-outs and admin rights belong to the pipeline and its policy. It only drops what can never be
answered (its own messages, other bots, messages that do not address the bot).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Any

import aiohttp
import discord

from bot.adapters.discord import client as discord_client
from bot.adapters.discord.chain import reply_chain
from bot.adapters.discord.client import ReviewView, make_client, mentions_for
from bot.adapters.discord.errors import http_error_line
from bot.adapters.discord.state import Indicators, Origins, Pending, PendingTable, require_token
from bot.adapters.discord.text import (
    parse_draft_button,
    parse_text_command,
    split_message,
)
from bot.adapters.discord.translate import address, interaction_event, message_event
from bot.config import Config, Secrets
from bot.events import Event, Outgoing
from bot.ports import Emit, SendError, parse_draft_id
from bot.safety.rules import discord_length

log = logging.getLogger(__name__)

TYPING_MAX_S = 30.0  # stop "typing..." even if the pipeline never answers
BUSY_TEXT = "Sorry, I can't take that request right now. Please try again in a moment."


class DiscordAdapter:
    """Carries events in from Discord and Outgoing messages back out."""

    name = "discord"

    def __init__(
        self,
        cfg: Config,
        secrets: Secrets,
        store: object | None = None,
        *,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self.cfg = cfg
        self.dcfg = cfg.discord
        self.store = store  # unused today; the pipeline owns idempotency
        self._token = require_token(secrets)
        self._options = client_options or {}
        self.typing_max_s = TYPING_MAX_S
        self._emit: Emit | None = None
        self._runner: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._pending: PendingTable[discord.Interaction] = PendingTable()
        self._typing = Indicators()
        self._origins = Origins()
        self._stopped = False
        self._build_client()

    def _build_client(self) -> None:
        """Create the discord.py client and command tree and hook up the event handlers."""
        self.client = make_client(self.dcfg, **self._options)
        self.tree = discord_client.build_command_tree(self.client, self.dcfg, self._on_generate)
        handlers: dict[str, discord_client.EventHandler] = {
            "message": self._on_message,
            "interaction": self._on_interaction,
            "ready": self._on_ready,
        }
        discord_client.listen(self.client, handlers)

    # lifecycle

    async def start(self, emit: Emit) -> None:
        """Log in and connect to the gateway in the background.

        A rejected token raises ConfigError (the app stops: retrying cannot fix it); Discord
        being unreachable raises ConnectionError (the app retries with backoff).
        """
        self._emit = emit
        self._stopped = False
        if self.client.is_closed():  # a retry after a failed start needs a fresh client
            self._build_client()
        try:
            await discord_client.login(self.client, self._token)
        except discord_client.DiscordUnreachable as exc:
            raise ConnectionError(exc.message) from None
        self._runner = asyncio.create_task(self._connect(), name="discord-gateway")

    async def _connect(self) -> None:
        """Run the gateway; discord.py reconnects and resumes on its own."""
        try:
            await self.client.connect(reconnect=True)
        except asyncio.CancelledError:
            raise
        except Exception:
            if not self._stopped:
                log.exception("discord: the gateway connection stopped")

    async def wait_until_ready(self, timeout: float = 30.0) -> None:
        """Wait until the gateway said READY (tests and health checks)."""
        await asyncio.wait_for(self._ready.wait(), timeout)

    async def _on_ready(self) -> None:
        user = self.client.user
        log.info("discord: connected as %s (id %s)", user, getattr(user, "id", "?"))
        self._ready.set()

    async def stop(self) -> None:
        """Close the connection and cancel typing indicators; safe to call twice."""
        self._stopped = True
        await self._typing.stop_all()
        if not self.client.is_closed():
            await self.client.close()
        if self._runner is not None:
            self._runner.cancel()
            await asyncio.gather(self._runner, return_exceptions=True)
            self._runner = None

    # incoming

    async def _on_message(self, message: discord.Message) -> None:
        """Translate a message that addresses the bot into an Event (the pipeline decides)."""
        me = self.client.user
        if me is None or message.author.id == me.id or message.author.bot:
            return  # never answer ourselves or other bots (no bot-to-bot loops)
        kind = address(message, me)
        if kind is None:
            return  # not for the bot: nothing to translate
        event = message_event(message, kind, me.id)
        if (command := parse_text_command(event.text)) is not None:
            event = replace(event, kind="command", command=command)
        elif message.reference is not None:
            event = replace(event, context=await reply_chain(message, self.client, me.id))
        self._origins.add(event.event_id, str(message.channel.id), event.event_id)
        await self._emit_event(event)

    async def _on_generate(
        self,
        interaction: discord.Interaction,
        prompt: str | None,
        count: int,
        temperature: float | None,
    ) -> None:
        """Defer at once (Discord's 3-second rule), then hand the request to the pipeline."""
        if not await self._defer(interaction, ephemeral=self.dcfg.ephemeral):
            return
        prompt = (prompt or "").strip() or None
        extra = {"ephemeral": self.dcfg.ephemeral}
        count = max(1, min(5, count))  # Discord enforces 1-5; keep it true for tests and DMs too
        event = interaction_event(
            interaction, prompt or "", extra, command="generate", prompt=prompt, count=count,
            temperature=temperature,
        )  # fmt: skip
        await self._emit_event(event)

    async def _on_interaction(self, interaction: discord.Interaction) -> None:
        """Turn a click on a review button into an approve/reject command Event."""
        if interaction.type is not discord.InteractionType.component:
            return
        data: Any = interaction.data or {}
        parsed = parse_draft_button(str(data.get("custom_id", "")))
        if parsed is None:
            return
        action, draft_id = parsed
        if not await self._defer(interaction, ephemeral=True):
            return
        extra: dict[str, Any] = {}
        if interaction.message is not None:
            extra["message_id"] = str(interaction.message.id)
        event = interaction_event(
            interaction, "", extra, command=action, draft_id=parse_draft_id(draft_id)
        )
        await self._emit_event(event)

    async def _defer(self, interaction: discord.Interaction, *, ephemeral: bool) -> bool:
        """Acknowledge an interaction with a 'thinking...' state and remember it for followups."""
        try:
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)
        except discord.HTTPException as exc:
            log.warning("discord: could not acknowledge interaction %s: %s", interaction.id, exc)
            return False
        self._pending.add(str(interaction.id), interaction)
        return True

    async def _emit_event(self, event: Event) -> None:
        """Hand an event to the app; if that fails, tell the person instead of going silent."""
        if self._emit is None:
            return
        try:
            await self._emit(event)
        except Exception:
            log.exception("discord: could not queue event %s", event.event_id)
            self._typing.stop(event.event_id)
            pending = self._pending.get(event.event_id)
            if pending is not None:
                await self._safe_followup(pending, BUSY_TEXT)

    # outgoing

    async def send(self, outgoing: Outgoing) -> str | None:
        """Deliver a reply, followup, notice, scheduled post or draft; return the message id."""
        if outgoing.event_id:
            self._typing.stop(outgoing.event_id)
        chunks = self._chunks(outgoing.text)
        try:
            return await self._deliver(outgoing, chunks)
        except discord.RateLimited as exc:
            log.warning(
                "discord: rate limited for %.0f s (over max_ratelimit_timeout_s); skipped %s",
                exc.retry_after,
                outgoing.event_id or outgoing.kind,
            )
            raise SendError(
                f"rate limited for {exc.retry_after:.0f} s", code="rate_limited"
            ) from None
        except discord.HTTPException as exc:
            line = http_error_line(exc.status, exc.code, exc.text, _where(outgoing))
            log.warning("discord: %s", line)  # the bot goes on; the pipeline records the failure
            permanent = 400 <= exc.status < 500
            raise SendError(line, permanent=permanent, code=f"http_{exc.status}") from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}", code="network") from None

    def _chunks(self, text: str) -> list[str]:
        """Split a long text on word boundaries, or refuse it when config says regenerate."""
        chunks = split_message(text)
        if len(chunks) > 1 and self.dcfg.long_reply != "split":
            raise SendError(
                f"text of {discord_length(text)} UTF-16 units is over Discord's 2,000 "
                "(long_reply = 'regenerate': the length filter should have stopped it)",
                permanent=True,
                code="too_long",
            )
        return chunks

    async def _deliver(self, outgoing: Outgoing, chunks: list[str]) -> str | None:
        """Route one Outgoing to the right Discord call."""
        if outgoing.kind == "draft":
            channel_id = outgoing.channel_id or _opt_str(self.dcfg.review_channel_id)
            draft_id = str(outgoing.draft_id or outgoing.event_id or "")
            if not draft_id:
                raise SendError("a draft needs a draft_id", permanent=True, code="no_draft")
            view = ReviewView(draft_id)
            return await self._post(_need(channel_id, "review_channel_id"), chunks, view)
        if outgoing.kind == "post":
            channel_id = outgoing.channel_id or _opt_str(self.dcfg.schedule_channel_id)
            return await self._post(_need(channel_id, "schedule_channel_id"), chunks)
        pending = self._pending.get(outgoing.event_id)
        if pending is not None:
            return await self._followup(pending, outgoing, chunks)
        if outgoing.extra.get("interaction_id"):
            # Never fall back to a public channel message: the answer may be ephemeral.
            raise SendError(
                "the interaction is gone (expired or the bot restarted)",
                permanent=True,
                code="expired",
            )
        return await self._reply(outgoing, chunks)

    async def _post(
        self, channel_id: str, chunks: list[str], view: discord.ui.View | None = None
    ) -> str:
        """Post chunks to a channel (buttons, if any, under the last one)."""
        channel = self.client.get_partial_messageable(int(channel_id))
        ids = []
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            kwargs: dict[str, Any] = {"view": view} if (view is not None and last) else {}
            sent = await channel.send(
                chunk, allowed_mentions=discord.AllowedMentions.none(), **kwargs
            )
            ids.append(sent.id)
        return str(ids[0])

    async def _reply(self, outgoing: Outgoing, chunks: list[str]) -> str:
        """Send chunks as a Discord reply to the triggering message."""
        channel_id, message_id = self._origins.get(outgoing.event_id)
        channel_id = outgoing.channel_id or channel_id
        reply_to = outgoing.reply_to or message_id
        channel = self.client.get_partial_messageable(int(_need(channel_id, "channel_id")))
        allowed = mentions_for(outgoing)
        if reply_to:
            reference = discord.MessageReference(
                message_id=int(reply_to), channel_id=channel.id, fail_if_not_exists=False
            )
            first = await channel.send(chunks[0], reference=reference, allowed_mentions=allowed)
        else:
            first = await channel.send(chunks[0], allowed_mentions=allowed)
        for chunk in chunks[1:]:
            await channel.send(chunk, allowed_mentions=discord.AllowedMentions.none())
        return str(first.id)

    async def _followup(
        self, pending: Pending[discord.Interaction], outgoing: Outgoing, chunks: list[str]
    ) -> str:
        """Answer a deferred interaction with followup messages."""
        if pending.expired():
            self._pending.pop(str(pending.interaction.id))
            raise SendError("the interaction expired (15 minutes)", permanent=True, code="expired")
        ephemeral = outgoing.ephemeral or outgoing.kind == "notice" or self.dcfg.ephemeral
        ids = []
        for chunk in chunks:
            sent = await pending.interaction.followup.send(
                chunk,
                ephemeral=ephemeral,
                allowed_mentions=discord.AllowedMentions.none(),
                wait=True,
            )
            ids.append(sent.id)
        pending.answered = True
        return str(ids[0])

    async def _safe_followup(self, pending: Pending[discord.Interaction], text: str) -> None:
        """Send a short ephemeral followup, logging (not raising) failures."""
        try:
            await pending.interaction.followup.send(
                text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
            pending.answered = True
        except (discord.HTTPException, discord.RateLimited) as exc:
            log.warning("discord: could not send a followup: %s", exc)

    async def working(self, event_id: str) -> None:
        """The pipeline will answer an event: show 'typing...' in its channel until the answer."""
        channel_id, _ = self._origins.get(event_id)
        if channel_id is None or self._pending.get(event_id) is not None:
            return  # an interaction already shows "thinking..."
        channel = self.client.get_partial_messageable(int(channel_id))
        self._typing.start(event_id, lambda: self._keep_typing(channel))

    async def done(self, event_id: str) -> None:
        """The pipeline is done with an event: stop typing, clear an unanswered 'thinking'."""
        self._typing.stop(event_id)
        pending = self._pending.pop(event_id)
        if pending is None or pending.answered:
            return
        try:
            await pending.interaction.delete_original_response()
        except (discord.HTTPException, discord.RateLimited) as exc:
            log.debug("discord: could not clear a deferred response: %s", exc)

    # bookkeeping

    async def _keep_typing(self, channel: discord.abc.Messageable) -> None:
        """Show 'typing...' until cancelled by the answer (or TYPING_MAX_S passes)."""
        try:
            async with channel.typing():
                await asyncio.sleep(self.typing_max_s)
        except (discord.HTTPException, discord.RateLimited) as exc:
            log.debug("discord: typing indicator failed: %s", exc)


def _where(outgoing: Outgoing) -> str:
    """Return what was being sent where, for error lines ('the reply in channel 123')."""
    where = f"the {outgoing.kind}"
    return f"{where} in channel {outgoing.channel_id}" if outgoing.channel_id else where


def _opt_str(value: int | None) -> str | None:
    return str(value) if value else None


def _need(channel_id: str | None, key: str) -> str:
    """Return the channel id or raise a permanent SendError naming the missing setting."""
    if not channel_id:
        raise SendError(f"no Discord channel to send to (set [discord] {key})", permanent=True)
    return channel_id


def build_adapter(cfg: Config, secrets: Secrets, store: object | None = None) -> DiscordAdapter:
    """Return the Discord adapter the app runs (raises ConfigError when the token is missing)."""
    return DiscordAdapter(cfg, secrets, store)
