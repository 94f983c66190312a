"""Check the X keys online (`check-config --online`): one call per key, never their values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
import tweepy

from bot.adapters.x.api import response_parts, secret_value, tweepy_client, user_client
from bot.adapters.x.errors import POST_ENV, READ_ENV, describe, unreachable
from bot.config import Config, Secrets


@dataclass
class CredentialCheck:
    """What `check-config --online` learned about the X keys; never holds their values."""

    user_auth: str = "missing"  # "ok", "missing", or the error line
    bearer: str = "missing"
    username: str | None = None
    user_id: str | None = None

    @property
    def ok(self) -> bool:
        """Return True if every key that is set works (and the user keys are set)."""
        return self.user_auth == "ok" and self.bearer in ("ok", "missing")

    def lines(self) -> list[str]:
        """Return one human line per credential that is set ('<what>: ok ...' or the problem)."""
        who = f" as @{self.username} (id {self.user_id})" if self.username else ""
        user = "ok" + who if self.user_auth == "ok" else self.user_auth
        lines = [f"X user keys ({', '.join(POST_ENV)}): {user}"]
        if self.bearer != "missing":  # optional: without it mentions are read with the user keys
            lines.append(f"X bearer token ({READ_ENV}): {self.bearer}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        """Return the check as JSON-ready data."""
        return {
            "ok": self.ok,
            "user_auth": self.user_auth,
            "bearer": self.bearer,
            "username": self.username,
            "user_id": self.user_id,
        }


def _attempt(what: str, fn: Callable[[], Any]) -> tuple[Any, str]:
    """Run one blocking tweepy call; return (body, "ok") or (None, the error line)."""
    try:
        return fn(), "ok"
    except tweepy.errors.HTTPException as exc:
        return None, str(describe(*response_parts(exc)[:2], what))
    except (requests.ConnectionError, requests.Timeout) as exc:
        return None, str(unreachable(what, exc))


def verify_credentials(cfg: Config, secrets: Secrets) -> CredentialCheck:
    """Call get_me with the user keys (and look the account up with the bearer token); blocking."""
    check = CredentialCheck()
    timeout = cfg.x.request_timeout_s
    if secrets.x_user_auth:
        body, check.user_auth = _attempt("get_me", lambda: user_client(secrets, timeout).get_me())
        if body is not None:
            check.username, check.user_id = str(body["data"]["username"]), str(body["data"]["id"])
    bearer = secret_value(secrets.x_bearer_token)
    if bearer:
        app = tweepy_client(timeout, bearer_token=bearer)
        lookup = check.username or "X"
        _, check.bearer = _attempt(
            "a user lookup with the bearer token", lambda: app.get_user(username=lookup)
        )
    return check
