"""`tweetling run --console --json`: exactly one JSON object per input line, in input order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.app import App
from bot.cli import main
from bot.commands.adapters import enabled_adapters
from bot.events import Candidate
from bot.generation.base import GenerationRequest
from bot.generation.scripted import ScriptedGenerator
from bot.store import AsyncStore, open_store
from tests.daemon_fakes import WordSafety, config

LINES = [
    "hello there bot",
    "",
    "say something EVIL",  # the input filter refuses it without generating
    "/nonsense",
    "make it BAD",  # every candidate is blocked: the fallback is sent, the outcome is blocked
    "/generate coffee is",
    "last line",
]


async def run_lines(lines: list[str]) -> list[dict[str, object]]:
    """Run the console daemon in JSON mode on piped lines; return the parsed stdout lines."""
    stdin, stdout = io.StringIO("".join(f"{line}\n" for line in lines)), io.StringIO()
    generation: dict[str, object] = {"on_all_blocked": "fallback", "fallback_message": "no comment"}
    cfg = config(bot={"name": "tiny"}, safety={"check_input": True}, generation=generation)
    generator = ScriptedGenerator(["a fine reply", "coffee is life"])
    generator_for = {"make it BAD": ScriptedGenerator(["BAD one", "BAD two"])}
    app = App(
        cfg, console=True, install_signals=False, safety=WordSafety(),
        generator=_Switch(generator, generator_for),
        store=AsyncStore(open_store(":memory:")),
        adapters=enabled_adapters(cfg, console=True, stdin=stdin, stdout=stdout, json_lines=True),
    )  # fmt: skip
    await app.run()
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


class _Switch(ScriptedGenerator):
    """Answer with the usual outputs, or with others for requests replying to given lines."""

    def __init__(self, usual: ScriptedGenerator, special: dict[str, ScriptedGenerator]) -> None:
        super().__init__(usual.outputs)
        self.special = special

    async def generate(self, requests: list[GenerationRequest]) -> list[list[Candidate]]:
        context = requests[0].context or ()
        for line, other in self.special.items():
            if context and context[-1] == line:
                return await other.generate(requests)
        return await super().generate(requests)


async def test_one_object_per_input_line_in_input_order() -> None:
    records = await run_lines(LINES)
    assert [r["input"] for r in records] == LINES
    assert all(set(r) == {"input", "outcome", "replies"} for r in records)
    by_input = {str(r["input"]): r for r in records}
    assert by_input["hello there bot"] == {
        "input": "hello there bot", "outcome": "sent", "replies": ["a fine reply"],
    }  # fmt: skip
    assert by_input[""]["outcome"] == "skipped" and by_input["/nonsense"]["outcome"] == "skipped"
    assert by_input["say something EVIL"] == {
        "input": "say something EVIL", "outcome": "refused", "replies": [],
    }  # fmt: skip
    assert by_input["make it BAD"]["outcome"] == "blocked"
    assert by_input["make it BAD"]["replies"] == ["no comment"]
    assert by_input["/generate coffee is"]["outcome"] == "sent"
    assert by_input["last line"]["outcome"] == "sent"


async def test_quit_ends_the_run_and_is_reported() -> None:
    records = await run_lines(["first", "/quit"])
    assert [r["input"] for r in records] == ["first", "/quit"]
    assert [r["outcome"] for r in records] == ["sent", "skipped"]


def test_json_without_console_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--json", "--config", str(tmp_path / "none.toml")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: --json needs --console")
