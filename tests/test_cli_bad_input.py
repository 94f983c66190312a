"""Every CLI command fed malformed, empty, huge, binary and absurd input: one `error:` line, exit 2.

The commands come from the real parser, so a new command without rows here fails
`test_every_command_has_rows`. Each row runs `bot.cli.main` in-process and must either succeed
(exit 0, or the listed code) or print exactly one stderr line starting with `error: ` (the last)
and exit 2 -- never a traceback. `{name}` in a row is replaced by a path the fixture makes.
"""

from __future__ import annotations

import argparse
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import responses

from bot.cli import build_parser, main
from bot.config import secret_env
from bot.store import open_store
from bot.textsafe import escape_controls

BIG = str(2**63)  # one more than SQLite's largest INTEGER
HUGE = "9" * 5000  # more digits than int() accepts by default
ABSURD_NUMBERS = ["nan", "inf", "-inf", "-1", "0", "1e308", BIG, "abc", ""]

# command -> [(row id, argv after the command, exit codes allowed besides 2)]
ROWS: dict[str, list[tuple[str, list[str], set[int]]]] = {
    "": [
        ("no-command", [], set()),
        ("unknown-command", ["bogus"], set()),
        ("bad-log-level", ["--log-level", "LOUD", "history"], set()),
    ],
    "data stats": [
        ("missing", ["{missing}"], set()),
        ("name-too-long", ["a" * 5000], set()),
        ("escape-in-name", ["evil\x1b]0;title\x07\u202e.txt"], set()),
        ("device", ["/dev/zero"], set()),
        ("empty-dir", ["{dir}"], set()),
        ("empty-file", ["{empty}"], set()),
        ("binary", ["{binary}"], set()),
        ("binary-config", ["{sample}", "-c", "{binary}"], set()),
        ("dir-as-config", ["{sample}", "-c", "{dir}"], set()),
        ("bom-config", ["{sample}", "-c", "{bom_cfg}"], {0}),
    ],
    "data prepare": [
        ("empty-out", ["{sample}", "-o", ""], set()),
        ("out-is-file", ["{sample}", "-o", "{foreign}"], set()),
        ("min-kept-negative", ["{sample}", "-o", "{fresh}", "--min-kept-chars", "-5"], set()),
        ("min-kept-huge", ["{sample}", "-o", "{fresh}", "--min-kept-chars", HUGE], set()),
        ("binary-source", ["{binary}", "-o", "{fresh}"], set()),
    ],
    "data fetch-x": [
        ("no-token", ["wren", "-o", "{fresh}/x.jsonl"], set()),
        ("limit-zero", ["wren", "-o", "{fresh}/x.jsonl", "--limit", "0"], set()),
        ("limit-big", ["wren", "-o", "{fresh}/x.jsonl", "--limit", BIG], set()),
        ("empty-handle", ["", "-o", "{fresh}/x.jsonl"], set()),
        ("out-is-dir", ["wren", "-o", "{dir}"], set()),
    ],
    "train": [
        *(
            (f"{flag}={v or 'empty'}", [flag, v, "--out", "{fresh}"], set())
            for flag in ("--epochs", "--learning-rate", "--batch-size", "--max-length", "--seed")
            for v in ("nan", "-1", "0", "abc")
        ),
        ("max-steps-negative", ["--max-steps", "-5", "--out", "{fresh}"], set()),
        ("missing-data", ["--data", "{missing}", "--out", "{fresh}"], set()),
        ("base-not-a-model", ["--data", "{sample}", "--base", "{dir}", "--out", "{fresh}"], set()),
        ("binary-data", ["--data", "{binary}", "--out", "{fresh}"], set()),
        ("out-is-file", ["--data", "{sample}", "--out", "{foreign}"], set()),
        ("binary-config", ["-c", "{binary}"], set()),
    ],
    "base fetch": [
        ("missing-dir", ["{missing}/model"], set()),
        ("unknown-bundled", ["bundled:nope"], set()),
        ("empty-name", [""], set()),
        ("binary-file", ["{binary}"], set()),
    ],
    "eval": [
        ("missing-model", ["{missing}"], set()),
        ("dir-not-model", ["{dir}"], set()),
        ("samples-negative", ["{dir}", "-n", "-5"], set()),
        ("samples-huge", ["{dir}", "-n", HUGE], set()),
    ],
    "generate": [
        ("n-over-cap", ["-c", "{scripted}", "-n", "100000"], set()),
        ("n-zero", ["-c", "{scripted}", "-n", "0"], set()),
        *(
            (f"temperature={v or 'empty'}", ["-c", "{scripted}", "--temperature", v], set())
            for v in ABSURD_NUMBERS
        ),
        *(
            (f"max-new-tokens={v or 'empty'}", ["-c", "{scripted}", "--max-new-tokens", v], set())
            for v in ("0", "-5", "100000000", BIG, "1.5")
        ),
        ("seed-negative", ["-c", "{scripted}", "--seed", "-3"], set()),
        ("seed-big", ["-c", "{scripted}", "--seed", BIG], set()),
        ("ok", ["-c", "{scripted}", "-n", "2"], {0}),
        ("huge-prompt", ["-c", "{scripted}", "-n", "1", "--prompt", "x" * 100_000], {0}),
        ("binary-prompt", ["-c", "{scripted}", "-n", "1", "--prompt", "\x00\x1b[2J\udcff"], {0}),
        ("remote-down", ["-c", "{remote_down}", "-n", "1"], set()),
        ("missing-model", ["--model", "{missing}", "--backend", "local"], set()),
        ("bad-remote-url", ["-c", "{bad_url}"], set()),
    ],
    "export": [
        ("missing", ["{missing}"], set()),
        ("not-a-model", ["{dir}"], set()),
        ("out-dot", ["{dir}", "--out", "."], set()),
        ("out-file", ["{dir}", "--out", "{foreign}"], set()),
        ("out-empty", ["{dir}", "--out", ""], set()),
        ("bad-quantization", ["{dir}", "--quantization", "int3"], set()),
    ],
    "safety check": [
        ("missing", ["{missing}"], set()),
        ("dir", ["{dir}"], set()),
        ("binary", ["{binary}"], {0}),
        ("empty", ["{empty}"], {0}),
        ("long-line", ["{long_line}"], {0}),
        ("bad-platform", ["{empty}", "--platform", "myspace"], set()),
        ("missing-model-dir", ["{empty}", "--model-dir", "{missing}"], {0}),
    ],
    "safety eval": [
        ("missing", ["--offensive", "{missing}", "--benign", "{empty}"], set()),
        ("dir", ["--offensive", "{dir}", "--benign", "{empty}"], set()),
        ("binary", ["--offensive", "{binary}", "--benign", "{binary}"], {0}),
    ],
    "safety train-harm": [
        ("missing-data", ["--data", "{missing}", "--out", "{fresh}"], set()),
        ("empty-dir", ["--data", "{dir}", "--out", "{fresh}"], set()),
        ("binary-data", ["--data", "{binary}", "--out", "{fresh}"], set()),
        ("out-is-file", ["--data", "{dir}", "--out", "{foreign}"], set()),
        ("fpr-nan", ["--data", "{dir}", "--out", "{fresh}", "--benign-fpr", "nan"], set()),
        ("fpr-negative", ["--data", "{dir}", "--out", "{fresh}", "--benign-fpr", "-1"], set()),
    ],
    "update": [
        ("missing-model", ["{missing}", "{sample}", "--out", "{fresh}"], set()),
        ("dir-not-model", ["{dir}", "{sample}", "--out", "{fresh}"], set()),
        ("binary-source", ["{dir}", "{binary}", "--out", "{fresh}"], set()),
        ("max-steps-nan", ["{dir}", "{sample}", "--max-steps", "nan"], set()),
        ("lr-negative", ["{dir}", "{sample}", "--lr", "-1", "--out", "{fresh}"], set()),
        ("replay-nan", ["{dir}", "{sample}", "--replay-ratio", "nan", "--out", "{fresh}"], set()),
        ("replay-neg", ["{dir}", "{sample}", "--replay-ratio", "-2", "--out", "{fresh}"], set()),
        ("out-is-file", ["{dir}", "{sample}", "--out", "{foreign}"], set()),
    ],
    "run": [
        ("missing-config", ["-c", "{missing}"], set()),
        ("binary-config", ["-c", "{binary}"], set()),
        ("dir-config", ["-c", "{dir}"], set()),
        ("nothing-enabled", ["-c", "{store_cfg}"], set()),
        ("bad-quiet-hours", ["-c", "{bad_quiet}"], set()),
    ],
    "check-config": [
        ("missing", ["{missing}"], set()),
        ("binary", ["{binary}"], set()),
        ("dir", ["{dir}"], set()),
        ("bom", ["{bom_cfg}"], {0, 1}),  # loads; 1: a check in its report failed
        ("bad-regions", ["{bad_regions}"], set()),
        ("bad-cron", ["{bad_cron}"], set()),
        ("bad-timezone", ["{bad_tz}"], set()),
    ],
    "history": [
        ("limit-big", ["-c", "{store_cfg}", "--limit", BIG], set()),
        ("limit-huge", ["-c", "{store_cfg}", "--limit", HUGE], set()),
        ("limit-negative", ["-c", "{store_cfg}", "--limit", "-5"], set()),
        ("limit-word", ["-c", "{store_cfg}", "--limit", "ten"], set()),
        ("no-store", ["-c", "{bom_cfg}"], set()),
        ("store-is-text", ["-c", "{text_store_cfg}"], set()),
        ("ok", ["-c", "{store_cfg}", "--json"], {0}),
    ],
    "review": [
        ("reject-big", ["-c", "{store_cfg}", "reject", BIG], set()),
        ("approve-negative", ["-c", "{store_cfg}", "approve", "-1"], set()),
        ("approve-no-id", ["-c", "{store_cfg}", "approve"], set()),
        ("reject-missing", ["-c", "{store_cfg}", "reject", "99"], set()),
        ("bad-action", ["-c", "{store_cfg}", "delete", "1"], set()),
        ("list", ["-c", "{store_cfg}", "list"], {0}),
    ],
    "discord": [("no-action", [], set())],
    "discord sync": [
        ("guild-big", ["--guild", BIG], set()),
        ("guild-word", ["--guild", "home"], set()),
        ("no-token", ["-c", "{store_cfg}"], set()),
    ],
    "x post": [
        ("no-keys", ["-c", "{store_cfg}", "hello"], set()),
        ("empty-text", ["-c", "{store_cfg}", ""], set()),
        ("binary-text", ["-c", "{store_cfg}", "\x00\x1b]0;t\x07"], set()),
    ],
    "x poll": [
        ("no-once", ["-c", "{store_cfg}"], set()),
        ("no-keys", ["--once", "-c", "{store_cfg}"], set()),
        ("x-unreachable", ["--once", "-c", "{x_cfg}"], set()),
    ],
}


def leaf_commands(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[str]:
    """Yield every command path the parser accepts ("data stats", "run" ...)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if prefix and (not subs or parser.get_default("func") is not None):
        yield prefix
    for action in subs:
        for name, child in action.choices.items():
            yield from leaf_commands(child, f"{prefix} {name}".strip())


def test_every_command_has_rows() -> None:
    commands = set(leaf_commands(build_parser()))
    assert commands <= set(ROWS), f"add rows for {sorted(commands - set(ROWS))}"


def _closed_port() -> int:
    """Return a loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Make every file a row may name, in a fresh working directory with no secrets set."""
    import os

    for name in list(os.environ):
        if name.startswith("TWEETLING_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").write_bytes(b"")
    (tmp_path / "binary").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "long_line.txt").write_text("ab " * 70_000 + "\n", encoding="utf-8")
    (tmp_path / "foreign.txt").write_text("not tweetling's\n", encoding="utf-8")
    (tmp_path / "dir").mkdir()
    (tmp_path / "sample.txt").write_text(
        "".join(f"post number {i} with a few words\n" for i in range(40)), encoding="utf-8"
    )
    store = tmp_path / "store.sqlite3"
    open_store(store).close()
    (tmp_path / "text.sqlite3").write_text("this is not a database\n" * 50, encoding="utf-8")
    configs = {
        "bom_cfg": '\ufeff[storage]\npath = "nowhere/none.sqlite3"\n',
        "store_cfg": f'[storage]\npath = "{store}"\n',
        "text_store_cfg": f'[storage]\npath = "{tmp_path / "text.sqlite3"}"\n',
        "scripted": '[model]\nbackend = "scripted"\nscripted_outputs = ["a \\u001b]0;t b"]\n',
        "remote_down": (
            f'[model]\nbackend = "remote"\nremote_url = "http://127.0.0.1:{_closed_port()}/v1"\n'
            'remote_retries = 0\nremote_eos = "</s>"\n'
        ),
        "bad_url": '[model]\nbackend = "remote"\nremote_url = "ftp://[::1"\n',
        "bad_quiet": "[schedule]\nenabled = true\n[schedule.quiet_hours]\nend = '99:99'\n",
        "bad_regions": '[safety.pii]\nregions = ["UK"]\n',
        "bad_cron": '[schedule]\nrules = [{cron = "0 0 31 2 *"}]\n',
        "bad_tz": '[schedule]\ntimezone = "Mars/Olympus"\n',
        "x_cfg": (
            f'[storage]\npath = "{store}"\n[x]\nenabled = true\nreply_to_mentions = true\n'
            'max_retries = 0\n[model]\nbackend = "scripted"\nscripted_outputs = ["hi there"]\n'
        ),
    }
    for name, text in configs.items():
        (tmp_path / f"{name}.toml").write_text(text, encoding="utf-8")
    names = {name: str(tmp_path / f"{name}.toml") for name in configs}
    return {
        **names,
        "empty": str(tmp_path / "empty"),
        "binary": str(tmp_path / "binary"),
        "long_line": str(tmp_path / "long_line.txt"),
        "foreign": str(tmp_path / "foreign.txt"),
        "dir": str(tmp_path / "dir"),
        "missing": str(tmp_path / "missing"),
        "fresh": str(tmp_path / "fresh"),
        "sample": str(tmp_path / "sample.txt"),
    }


KNOWN = set(leaf_commands(build_parser()))
CASES = [
    pytest.param(command, argv, codes, id=f"{command or 'tweetling'}:{row}")
    for command, rows in ROWS.items()
    for row, argv, codes in rows
]


@pytest.mark.parametrize(("command", "argv", "codes"), CASES)
def test_bad_input_is_one_error_line(
    command: str,
    argv: list[str],
    codes: set[int],
    paths: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if command and command not in KNOWN:  # rows for a command another change adds or removed
        pytest.skip(f"no `{command}` command in this tree")
    if "{x_cfg}" in argv:
        for name in ("bearer_token", "api_key", "api_secret", "access_token"):
            monkeypatch.setenv(secret_env(f"x_{name}"), f"fake-{name}-value")
        monkeypatch.setenv(secret_env("x_access_token_secret"), "fake-access-secret")
    full = [*command.split(), *(arg.format(**paths) if "{" in arg else arg for arg in argv)]
    before = sorted(p.name for p in Path.cwd().iterdir())
    # No request reaches the network: the mock answers every URL with a ConnectionError.
    with responses.RequestsMock(assert_all_requests_are_fired=False):
        code = main(full)
    out, err = capsys.readouterr()
    assert "Traceback" not in err + out, err
    if code in codes:
        return
    assert code == 2, (full, code, err[-2000:])
    # Log lines may come before it; the error itself is one line, the last.
    errors = [line for line in err.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and err.endswith(errors[0] + "\n"), err[-2000:]
    assert errors[0].startswith("error: ") and len(errors[0]) < 600, errors[0]
    assert errors[0] == escape_controls(errors[0]), errors[0]  # echoed input cannot drive it
    foreign = Path(paths["foreign"])
    assert foreign.read_text(encoding="utf-8") == "not tweetling's\n"  # nothing overwritten
    assert sorted(p.name for p in Path.cwd().iterdir()) == before  # nothing left behind


@pytest.mark.parametrize("command", sorted(KNOWN))
def test_usage_errors_point_at_the_commands_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command.split(), "--no-such-flag"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "--no-such-flag" in err or "are required" in err, err  # missing ones come first
    assert f"see `tweetling {command} --help`" in err, err
