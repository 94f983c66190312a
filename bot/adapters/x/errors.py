"""Translate X API error responses into one clear, actionable SendError line (pure; no tweepy)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from bot.config import Secrets, secret_env
from bot.errors import ConfigError
from bot.ports import SendError

POST_ENV = tuple(
    secret_env(n) for n in ("x_api_key", "x_api_secret", "x_access_token", "x_access_token_secret")
)
READ_ENV = secret_env("x_bearer_token")

_KEYS_HINT = (
    f"check {', '.join(POST_ENV)} (regenerate the access token and secret after changing "
    "the app's permissions)"
)


def body_text(body: Mapping[str, Any]) -> str:
    """Return X's own explanation from an error body: detail, or the first errors[].message."""
    detail = str(body.get("detail") or "")
    if not detail:
        errors = body.get("errors") or []
        first = errors[0] if errors else {}
        detail = (
            str(first.get("message") or first.get("detail") or "")
            if isinstance(first, dict)
            else ""
        )
    return " ".join(detail.split())[:200]


def _forbidden(body: Mapping[str, Any], what: str, detail: str) -> tuple[str, str]:
    """Return (code, message) for the different 403s X sends."""
    kind = f"{body.get('type', '')} {body.get('reason', '')} {detail}".lower()
    if "duplicate" in kind:
        return (
            "duplicate",
            f"X refused {what} as duplicate content (403): the same text was posted "
            "recently; it is skipped",
        )
    if "reply to this conversation is not allowed" in kind or "not been mentioned" in kind:
        return "reply_not_allowed", (
            f"X refused {what} (403): API replies are only allowed when the author mentioned "
            "or quoted the bot (X's February 2026 rule)"
        )
    if "client-not-enrolled" in kind or "client-forbidden" in kind:
        return "wrong_tier", (
            f"X refused {what} (403 client-not-enrolled): the keys must come from an app inside a "
            "Project whose access tier (Free, Basic, Pro or pay-per-use) includes this endpoint; "
            "attach the app to a Project or change plan in the X developer portal"
        )
    if "oauth1-permissions" in kind or "oauth1 app permissions" in kind:
        return "read_only_app", (
            f"X refused {what} (403): the app has read-only permissions; set 'Read and write' "
            "under User authentication settings in the developer portal, then regenerate the "
            "access token and secret"
        )
    return (
        "forbidden",
        f"X refused {what} (403 Forbidden: {detail or 'no detail'}); check the app's access "
        "tier and permissions",
    )


def describe(status: int, body: Mapping[str, Any], what: str) -> SendError:
    """Return the SendError for a failed X call; `what` names the call, e.g. 'the post'."""
    detail = body_text(body)
    title = str(body.get("title") or "")
    if status == 401:
        return SendError(
            f"X rejected the credentials for {what} (401 Unauthorized); {_KEYS_HINT}",
            permanent=True,
            code="unauthorized",
        )
    if status == 402:
        return SendError(
            f"X refused {what} (402 {title or 'Payment Required'}): the developer account has no "
            "API credits left; add credits (pay-per-use) or change plan in the X developer console",
            permanent=True,
            code="no_credits",
        )
    if status == 403:
        code, message = _forbidden(body, what, detail)
        return SendError(message, permanent=True, code=code)
    if status == 429 and "usage-capped" in str(body.get("type", "")):
        return SendError(
            f"X refused {what} (429 UsageCapExceeded: {detail}); the plan's usage cap is "
            "reached: wait for the next period or change plan in the X developer console",
            permanent=True,
            code="usage_cap",
        )
    if status == 429:
        return SendError(
            f"X kept rate-limiting {what} (429 Too Many Requests) after retrying; it will be "
            "tried again later",
            code="rate_limited",
        )
    if status >= 500:
        return SendError(
            f"X failed {what} ({status} {title or 'server error'}) after retrying; it will be "
            "tried again later",
            code="server_error",
        )
    names = {400: "bad_request", 404: "not_found"}
    return SendError(
        f"X refused {what} ({status} {title or 'error'}: {detail or 'no detail'})",
        permanent=True,
        code=names.get(status, f"http_{status}"),
    )


def rate_limited(what: str, reset_at: float, now: float) -> SendError:
    """Return the error for a rate limit that resets too far in the future to wait for."""
    when = datetime.fromtimestamp(reset_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    minutes = max(0.0, reset_at - now) / 60
    return SendError(
        f"X rate limit reached for {what}; it resets at {when} (in {minutes:.0f} min, longer than "
        "[x] max_rate_limit_wait_s); skipped for now",
        code="rate_limited",
    )


def unreachable(what: str, exc: BaseException) -> SendError:
    """Return the error for a network failure that outlasted the retries."""
    return SendError(
        f"could not reach api.twitter.com for {what} ({type(exc).__name__}); check the network; "
        "it will be tried again later",
        code="network",
    )


def missing_keys(
    doing: str, secrets: Secrets | None = None, *, dry_run_helps: bool = True
) -> ConfigError:
    """Return the one-line error naming the X environment variables to set."""
    present = secrets.present() if secrets is not None else {}
    missing = [name for name in POST_ENV if not present.get(name)] or list(POST_ENV)
    hint = (
        "create them for an app with 'Read and write' permission in the X developer portal "
        f"and export them (or put them in .env); {READ_ENV} is optional, for reading mentions"
    )
    if dry_run_helps:
        hint += "; or set [x] dry_run = true to try without posting"
    return ConfigError(f"{doing} needs OAuth 1.0a user keys; missing: {', '.join(missing)}", hint)
