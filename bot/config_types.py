"""Config value types checked when the config loads, so nothing passes and breaks later.

Each checker raises ValueError with what is wrong and the fix; config_loader turns that into
one `error:` line naming the key.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field

YEAR_S = 366 * 24 * 3600.0  # the longest duration any key may hold (timers overflow beyond)
SQLITE_MAX_INT = 2**63 - 1
SEED_MAX = 2**32 - 1  # numpy (under transformers' set_seed) refuses larger seeds
# transformers' SchedulerType values (tests/training check the list against transformers).
LR_SCHEDULERS = (
    "linear",
    "cosine",
    "cosine_with_restarts",
    "polynomial",
    "constant",
    "constant_with_warmup",
    "inverse_sqrt",
    "reduce_lr_on_plateau",
    "cosine_with_min_lr",
    "cosine_warmup_with_min_lr",
    "warmup_stable_decay",
    "greedy",
)
# Names phonenumbers does not use, mapped to the ISO 3166 code it does.
REGION_ALIASES = {"UK": "GB", "EL": "GR", "EN": "GB", "USA": "US"}
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9-]{1,63})*$"
)
_COMMAND = re.compile(r"^[-_\w]{1,32}$")


def check_clock(value: str) -> str:
    """Accept a 24-hour HH:MM time of day."""
    if not _CLOCK.match(value):
        raise ValueError(f"{value!r} is not a time of day; write HH:MM from 00:00 to 23:59")
    return value


def check_timezone(value: str) -> str:
    """Accept an IANA time zone name that this system knows."""
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(value)
    except Exception:  # ZoneInfoNotFoundError, ValueError, OSError for odd paths, NUL bytes
        raise ValueError(
            f"{value[:60]!r} is not a known time zone; use an IANA name such as "
            "'UTC' or 'Europe/Berlin'"
        ) from None
    return value


def check_cron(value: str) -> str:
    """Accept a five-field crontab expression that fires at least once."""
    from apscheduler.triggers.cron import CronTrigger

    try:
        trigger = CronTrigger.from_crontab(value, timezone=UTC)
    except Exception as exc:  # ValueError, or a TypeError/IndexError from odd field text
        raise ValueError(
            f"{value[:60]!r} is not a crontab expression ({exc}); write five fields: "
            "minute hour day month weekday, e.g. '0 9 * * 1-5'"
        ) from None
    if trigger.get_next_fire_time(None, datetime.now(UTC)) is None:
        raise ValueError(f"{value!r} never fires (no such date); check the day and month")
    return value


@cache
def _supported_regions() -> frozenset[str]:
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def check_region(value: str) -> str:
    """Accept a region code phonenumbers knows (any case), e.g. GB, not UK."""
    code = value.strip().upper()
    if code in _supported_regions():
        return code
    fix = REGION_ALIASES.get(code)
    hint = f"use {fix!r}" if fix else "use a two-letter ISO 3166 code such as 'US' or 'GB'"
    raise ValueError(f"{value[:20]!r} is not a phone-number region; {hint}")


def check_http_url(value: str) -> str:
    """Accept '' or an http(s) URL with a host (e.g. http://127.0.0.1:8000/v1)."""
    if not value:
        return value
    why = ""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        why = str(exc)
    else:
        if parts.scheme not in ("http", "https"):
            why = f"the scheme is {parts.scheme or 'missing'}, not http or https"
        elif not parts.hostname:
            why = "it has no host"
    if why:
        raise ValueError(
            f"{value[:80]!r} is not a usable URL: {why}; write e.g. http://127.0.0.1:8000/v1"
        )
    return value


def check_host(value: str) -> str:
    """Accept an IP address or a host name to listen on."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        if not _HOST.match(value):
            raise ValueError(
                f"{value[:60]!r} is not a host to listen on; use e.g. 127.0.0.1"
            ) from None
    return value


def check_domain(value: str) -> str:
    """Accept a bare host name (the links filter matches hosts exactly, never URLs or wildcards)."""
    host = value.strip().casefold().removeprefix("www.")
    if not _HOST.match(host) or "." not in host:
        raise ValueError(
            f"{value[:60]!r} is not a bare domain; write the host alone, e.g. 'example.com' "
            "(no scheme, path or wildcard)"
        )
    return value


def check_command_name(value: str) -> str:
    """Accept a Discord slash command name: 1-32 lowercase letters, digits, - or _."""
    if not _COMMAND.match(value) or value != value.lower():
        raise ValueError(
            f"{value[:40]!r} is not a Discord command name; use 1 to 32 lowercase letters, "
            "digits, '-' or '_'"
        )
    return value


def check_store_path(value: str) -> str:
    """Accept '' (the default), ':memory:' or a file path that is not a folder."""
    if value and value != ":memory:":
        if "\x00" in value:
            raise ValueError("the path contains a NUL character")
        if Path(value).expanduser().is_dir():
            raise ValueError(
                f"{value!r} is a folder; name the database file, e.g. {value}/tweetling.sqlite3"
            )
    return value


def check_scheduler(value: str) -> str:
    """Accept a learning-rate scheduler name transformers knows."""
    if value not in LR_SCHEDULERS:
        raise ValueError(
            f"{value[:40]!r} is not a scheduler; use one of {', '.join(LR_SCHEDULERS)}"
        )
    return value


def check_opt_out(value: str) -> str:
    """Accept 'platform:user_id' with a known platform."""
    platform, sep, user = value.partition(":")
    if not sep or platform not in ("discord", "x", "console") or not user.strip():
        raise ValueError(
            f"{value[:60]!r} is not 'platform:user_id'; write e.g. 'discord:1234' or 'x:5678'"
        )
    return value


ClockTime = Annotated[str, AfterValidator(check_clock)]
TimeZone = Annotated[str, AfterValidator(check_timezone)]
Crontab = Annotated[str, AfterValidator(check_cron)]
Region = Annotated[str, AfterValidator(check_region)]
HttpUrl = Annotated[str, AfterValidator(check_http_url)]
Host = Annotated[str, AfterValidator(check_host)]
CommandName = Annotated[str, AfterValidator(check_command_name)]
Domain = Annotated[str, AfterValidator(check_domain)]
StorePath = Annotated[str, AfterValidator(check_store_path)]
Scheduler = Annotated[str, AfterValidator(check_scheduler)]
OptOut = Annotated[str, AfterValidator(check_opt_out)]
Snowflake = Annotated[int, Field(ge=0, le=SQLITE_MAX_INT)]  # Discord ids, stored as INTEGER
ComputeType = Literal[
    "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
    "float16", "bfloat16", "float32",
]  # fmt: skip
Seed = Annotated[int, Field(ge=0, le=SEED_MAX)]


def check_quiet_window(start: str, end: str) -> None:
    """Refuse quiet hours whose start equals their end (an empty window that does nothing)."""
    if start == end:
        raise ValueError(
            f"start and end are both {start}, so there are no quiet hours; "
            "remove [schedule.quiet_hours] or give two different times"
        )


def check_schedule_posts(enabled: bool, rules: int, targets: int) -> None:
    """Refuse an enabled schedule that has no rule or no target (it would never post)."""
    if enabled and not (rules and targets):
        missing = "rules" if not rules else "targets"
        raise ValueError(
            f"the schedule is enabled but has no {missing}, so it would never post; "
            "add [[schedule.rules]] and targets, or set enabled = false"
        )


def check_remote_url(backend: str, url: str) -> None:
    """Refuse the remote backend without a URL."""
    if backend == "remote" and not url:
        raise ValueError(
            "backend is 'remote' but remote_url is empty; set remote_url, "
            "e.g. http://127.0.0.1:8000/v1"
        )
