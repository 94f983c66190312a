"""Config values that used to pass loading and break later are refused at load, naming the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config_loader import load_config, parse_config
from bot.errors import ConfigError

# (TOML table, key the error line must name, text the line must contain: what or the fix)
BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"schedule": {"quiet_hours": {"end": "99:99"}}}, "quiet_hours.end", "23:59"),
    ({"schedule": {"quiet_hours": {"start": "7:00"}}}, "quiet_hours.start", "HH:MM"),
    ({"schedule": {"quiet_hours": {"start": "24:00"}}}, "quiet_hours.start", "HH:MM"),
    ({"schedule": {"timezone": "Mars/Olympus"}}, "schedule.timezone", "Europe/Berlin"),
    ({"schedule": {"timezone": "../../etc/passwd"}}, "schedule.timezone", "IANA"),
    ({"schedule": {"timezone": "UTC\x00"}}, "schedule.timezone", "IANA"),
    ({"schedule": {"timezone": ""}}, "schedule.timezone", "IANA"),
    ({"schedule": {"rules": [{"cron": "61 * * * *"}]}}, "rules.0.cron", "five fields"),
    ({"schedule": {"rules": [{"cron": "bogus"}]}}, "rules.0.cron", "five fields"),
    ({"schedule": {"rules": [{"cron": "* * * * * *"}]}}, "rules.0.cron", "five fields"),
    ({"schedule": {"rules": [{"cron": "0 0 31 2 *"}]}}, "rules.0.cron", "never fires"),
    ({"schedule": {"rules": [{"interval_minutes": 1e300}]}}, "interval_minutes", "year"),
    ({"schedule": {"jitter_s": 1e12}}, "schedule.jitter_s", "year"),
    ({"safety": {"pii": {"regions": ["UK"]}}}, "pii.regions.0", "use 'GB'"),
    ({"safety": {"pii": {"regions": ["ZZ"]}}}, "pii.regions.0", "ISO 3166"),
    ({"model": {"remote_url": "ftp://[::1"}}, "model.remote_url", "http://127.0.0.1:8000/v1"),
    ({"model": {"remote_url": "ftp://host/v1"}}, "model.remote_url", "not http or https"),
    ({"model": {"remote_url": "http://h:99999/v1"}}, "model.remote_url", "Port"),
    ({"model": {"remote_url": "http:///v1"}}, "model.remote_url", "no host"),
    ({"model": {"compute_type": "int4"}}, "model.compute_type", "int8"),
    ({"generation": {"temperature": float("nan")}}, "generation.temperature", "finite"),
    ({"generation": {"request_timeout_s": float("inf")}}, "request_timeout_s", "finite"),
    ({"generation": {"seed": 2**40}}, "generation.seed", "less than or equal"),
    ({"training": {"seed": -1}}, "training.seed", "greater than or equal"),
    ({"training": {"max_steps": -5}}, "training.max_steps", "greater than or equal"),
    ({"training": {"lr_scheduler": "cosine_annealing"}}, "lr_scheduler", "cosine"),
    ({"bot": {"opt_out_users": ["bob"]}}, "opt_out_users.0", "discord:1234"),
    ({"metrics": {"host": "not a host"}}, "metrics.host", "127.0.0.1"),
    ({"discord": {"command_name": "Gen Erate"}}, "discord.command_name", "lowercase"),
    ({"discord": {"admin_ids": [2**64]}}, "admin_ids.0", "less than or equal"),
    ({"generation": {"num_candidates": True}}, "num_candidates", "needs a number"),
    ({"generation": {"seed": False}}, "generation.seed", "needs a number"),
    ({"generation": {"temperature": True}}, "generation.temperature", "needs a number"),
    ({"safety": {"links": {"allow_domains": ["https://x.com/"]}}}, "allow_domains.0", "bare"),
    ({"safety": {"links": {"allow_domains": ["*.example.com"]}}}, "allow_domains.0", "bare"),
    ({"safety": {"links": {"allow_domains": [""]}}}, "allow_domains.0", "example.com"),
    ({"discord": {"review_channel_id": -1}}, "review_channel_id", "greater than or equal"),
]


@pytest.mark.parametrize(("table", "key", "fix"), BAD, ids=[row[1] for row in BAD])
def test_values_that_break_later_are_refused_at_load(
    table: dict[str, Any], key: str, fix: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(table)
    line = caught.value.line()
    assert line.startswith("error: ") and "\n" not in line
    assert key in line and fix in line, line
    assert "Value error" not in line


@pytest.mark.parametrize(
    "table",
    [
        {"safety": {"pii": {"regions": ["gb", "US"]}}},
        {"schedule": {"timezone": "Europe/Berlin", "quiet_hours": {"start": "00:00"}}},
        {"schedule": {"rules": [{"cron": "0 9 * * 1-5"}, {"interval_minutes": 90}]}},
        {"model": {"remote_url": "https://example.test:8443/v1"}},
        {"metrics": {"host": "::1"}},
        {"bot": {"opt_out_users": ["discord:1", "x:2"]}},
        {"safety": {"links": {"allow_domains": ["example.com", "www.Example.org", "discord.gg"]}}},
    ],
)
def test_good_values_still_load(table: dict[str, Any]) -> None:
    parse_config(table)


def test_store_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"storage\.path: .* is a folder"):
        parse_config({"storage": {"path": str(tmp_path)}})


def test_config_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b'\xef\xbb\xbf[bot]\nname = "bommy"\n')
    assert load_config(path).bot.name == "bommy"


def test_error_line_names_the_line_of_the_key(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[schedule]\ntimezone = "Nowhere/Land"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"c\.toml:2: schedule\.timezone"):
        load_config(path)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("x = " + "[" * 50_000 + "]" * 50_000, "nested too deeply"),
        ("x = " + "{a = " * 5_000 + "1" + "}" * 5_000, "nested too deeply"),
        ("[generation]\nseed = " + "9" * 5_000 + "\n", "not valid TOML"),
        ("[bot]\nname = 'a\x00b'\n", "not valid TOML"),
        ("# padding\n" * 200_000, "more than 1,000,000"),
    ],
    ids=["deep-array", "deep-table", "5000-digit-int", "nul", "huge-file"],
)
def test_malformed_toml_is_one_error_line(tmp_path: Path, text: str, why: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=why) as caught:
        load_config(path)
    assert "\n" not in caught.value.line()


# Keys that are each valid but do not work together.
CROSS: list[tuple[dict[str, Any], str, str]] = [
    ({"schedule": {"quiet_hours": {"start": "07:00", "end": "07:00"}}}, "quiet_hours", "both"),
    ({"schedule": {"enabled": True}}, "schedule", "no rules"),
    (
        {"schedule": {"enabled": True, "rules": [{"cron": "0 9 * * *"}], "targets": []}},
        "schedule",
        "no targets",
    ),
    ({"model": {"backend": "remote"}}, "model", "remote_url is empty"),
]


@pytest.mark.parametrize(("table", "key", "why"), CROSS, ids=[row[2] for row in CROSS])
def test_keys_that_do_not_work_together_are_refused(
    table: dict[str, Any], key: str, why: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(table)
    assert f"{key}: " in caught.value.line() and why in caught.value.line()
