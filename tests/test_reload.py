"""Reload without a restart: SIGHUP swaps config and model under load, none dropped or doubled."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.config_loader import load_config
from bot.events import Event, Outcome
from bot.generation.base import GenerationRequest
from bot.generation.scripted import ScriptedGenerator
from bot.reload import model_stamp, plan
from tests.daemon_fakes import RecordingAdapter

# Distinct texts: concurrent answers never share one (candidates skip a text being sent).
TOPICS = ["bread", "rain", "gardens", "seeds", "trains", "maps", "tea", "owls", "kites", "jam"]
OLD_TEXTS = [f"the old model speaks about {t} {n}" for t in TOPICS for n in ("often", "rarely")]
NEW_TEXTS = [f"the new model speaks about {t} {n}" for t in TOPICS for n in ("often", "rarely")]


class GatedGenerator(ScriptedGenerator):
    """A scripted generator whose calls wait for `gate`; `busy` is set once a call waits."""

    def __init__(self, outputs: list[str]) -> None:
        super().__init__(outputs)
        self.gate = asyncio.Event()
        self.busy = asyncio.Event()
        self.closed_event = asyncio.Event()

    async def generate(self, requests: list[GenerationRequest]) -> Any:
        self.busy.set()
        await self.gate.wait()
        return await super().generate(requests)

    async def close(self) -> None:
        await super().close()
        self.closed_event.set()


class CountingAdapter(RecordingAdapter):
    """Records each event's outcome; `all_done` is set once `expected` events finished."""

    def __init__(self, expected: int) -> None:
        super().__init__("console")
        self.expected = expected
        self.outcomes: list[tuple[str, Outcome]] = []
        self.all_done = asyncio.Event()

    async def finished(self, event_id: str, outcome: Outcome) -> None:
        self.outcomes.append((event_id, outcome))
        if len(self.outcomes) >= self.expected:
            self.all_done.set()


def write_config(path: Path, tmp: Path, outputs: list[str], extra: str = "") -> Path:
    """Write a daemon config with the scripted backend speaking `outputs`."""
    quoted = ", ".join(f'"{t}"' for t in outputs)
    path.write_text(
        f'[bot]\nname = "reloader"\n\n[model]\nbackend = "scripted"\npath = "{tmp / "model"}"\n'
        f"scripted_outputs = [{quoted}]\n\n[generation]\nnum_candidates = 1\n"
        f'max_batch_size = 4\n\n[storage]\npath = "{tmp / "bot.sqlite3"}"\n\n'
        # the scripted model repeats itself; the near-duplicate filter would answer with the
        # fallback text, which hides which model spoke
        f"[safety.dedupe]\nenabled = false\n{extra}"
    )
    return path


def mention(i: int) -> Event:
    return Event(
        platform="console", event_id=f"e{i}", kind="mention", text=f"hello {i}", author_id="u"
    )


def answers(adapter: RecordingAdapter) -> Counter[str]:
    """Return how many replies each event got."""
    return Counter(str(o.event_id) for o in adapter.sent if o.kind == "reply")


async def started_app(tmp_path: Path, adapter: RecordingAdapter, **kwargs: Any) -> App:
    """Start a daemon on the config file, with a gated generator for the old model."""
    (tmp_path / "model").mkdir(exist_ok=True)
    (tmp_path / "model" / "weights.bin").write_bytes(b"v1")
    cfg = load_config(write_config(tmp_path / "bot.toml", tmp_path, OLD_TEXTS))
    app = App(cfg, generator=GatedGenerator(OLD_TEXTS), adapters=[adapter], **kwargs)
    await app.start()
    return app


async def test_reload_swaps_model_under_load_without_dropping_or_doubling(tmp_path: Path) -> None:
    adapter = CountingAdapter(expected=24)
    app = await started_app(tmp_path, adapter, install_signals=False)
    old = app.generator
    assert isinstance(old, GatedGenerator)
    try:
        for i in range(12):
            await app.emit(mention(i))
        await old.busy.wait()  # items are in flight on the old model, the rest queued
        write_config(tmp_path / "bot.toml", tmp_path, NEW_TEXTS)
        line = await app.reload()
        assert line.startswith("reloaded ") and "new model loaded" in line
        assert app.generator is not old and not old.closed  # its items are still running
        for i in range(12, 24):
            await app.emit(mention(i))
        old.gate.set()
        await asyncio.wait_for(adapter.all_done.wait(), 10)
        await asyncio.wait_for(old.closed_event.wait(), 10)  # retired once idle
    finally:
        await app.stop()
    ids = [event_id for event_id, _ in adapter.outcomes]
    assert sorted(ids) == sorted(f"e{i}" for i in range(24))  # each finished exactly once
    assert [(i, o) for i, o in adapter.outcomes if o.status != "sent"] == []
    assert set(answers(adapter).values()) == {1}  # one reply per event, none twice
    by_event = {o.event_id: o.text for o in adapter.sent}
    assert all(by_event[f"e{i}"] in NEW_TEXTS for i in range(12, 24))
    assert any(text in OLD_TEXTS for text in by_event.values())  # in flight at the swap
    assert app.cfg.model.scripted_outputs == NEW_TEXTS


async def test_sighup_reloads_and_the_admin_command_too(tmp_path: Path) -> None:
    adapter = CountingAdapter(expected=2)
    app = await started_app(tmp_path, adapter, install_signals=True)
    assert isinstance(app.generator, GatedGenerator)
    app.generator.gate.set()
    try:
        write_config(tmp_path / "bot.toml", tmp_path, NEW_TEXTS)
        os.kill(os.getpid(), signal.SIGHUP)
        line = await asyncio.wait_for(app.reloader.finished.get(), 10)
        assert "new model loaded" in line and app.reloader.reloads == 1
        # `reload` from an admin (the console user is one) reloads again and answers.
        await app.emit(Event(platform="console", event_id="c1", kind="command",
                             command="reload", text="", author_id="u"))  # fmt: skip
        await app.emit(mention(1))
        await asyncio.wait_for(adapter.all_done.wait(), 10)
    finally:
        await app.stop()
    notices = [o.text for o in adapter.sent if o.kind == "notice"]
    assert len(notices) == 1 and notices[0].startswith("Reloaded ")
    assert "model unchanged" in notices[0]
    assert next(o.text for o in adapter.sent if o.kind == "reply") in NEW_TEXTS


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("not [valid toml", "not valid TOML"),
        ("bogus_key = 1", "bogus_key"),
        ('backend = "local"', "model"),
    ],
    ids=["bad-toml", "unknown-key", "model-fails-to-load"],
)
async def test_a_bad_config_or_model_keeps_the_old_one_with_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, change: str, why: str
) -> None:
    adapter = CountingAdapter(expected=1)
    app = await started_app(tmp_path, adapter, install_signals=False)
    old_generator, old_cfg = app.generator, app.cfg
    assert isinstance(old_generator, GatedGenerator)
    old_generator.gate.set()
    text = write_config(tmp_path / "bot.toml", tmp_path, NEW_TEXTS).read_text()
    if change.startswith("backend"):  # a model folder the local backend cannot load
        text = text.replace('backend = "scripted"', change)
    else:
        text = text.replace("[generation]", f"{change}\n[generation]")
    (tmp_path / "bot.toml").write_text(text)
    try:
        with caplog.at_level(logging.INFO, logger="bot.reload"):
            line = await app.reload()
        await app.emit(mention(1))
        await asyncio.wait_for(adapter.all_done.wait(), 10)
        assert not old_generator.closed  # still serving
    finally:
        await app.stop()
    assert line.startswith("reload failed, still running the previous config and model: ")
    assert why in line and "\n" not in line
    errors = [r for r in caplog.records if r.name == "bot.reload" and r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == [line]
    assert app.cfg is old_cfg and app.generator is old_generator
    assert adapter.sent[0].text in OLD_TEXTS


def test_a_new_model_version_in_place_counts_as_a_model_change(tmp_path: Path) -> None:
    model = tmp_path / "model"
    (model / "ct2").mkdir(parents=True)
    (model / "model.safetensors").write_bytes(b"v1")
    cfg = load_config(write_config(tmp_path / "bot.toml", tmp_path, OLD_TEXTS))
    before = model_stamp(cfg)
    same = plan(cfg, cfg, before, model_stamp(cfg))
    assert not same.generator and not same.safety
    (model / "ct2" / "model.bin").write_bytes(b"converted")  # a new export in place
    after = plan(cfg, cfg, before, model_stamp(cfg))
    assert after.generator and after.safety  # the memorization index lives there too


def test_settings_read_at_start_are_reported_not_applied(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path / "a.toml", tmp_path, OLD_TEXTS))
    moved = load_config(
        write_config(tmp_path / "b.toml", tmp_path, OLD_TEXTS, "\n[metrics]\nport = 9999\n")
    )
    stamp = model_stamp(cfg)
    result = plan(cfg, moved, stamp, stamp)
    assert result.restart_only == ("[metrics]",) and not result.generator


async def test_channel_queue_places_given_before_a_reload_are_returned_after_it(
    tmp_path: Path,
) -> None:
    """Mentions admitted by the old pipeline and finished by the new one give their place back."""
    adapter = CountingAdapter(expected=6)
    adapter.name = "discord"
    discord = "\n[discord]\nchannel_queue_max = 6\nuser_cooldown_s = 0\nchannel_cooldown_s = 0\n"
    (tmp_path / "model").mkdir()
    cfg = load_config(write_config(tmp_path / "bot.toml", tmp_path, OLD_TEXTS, discord))
    old = GatedGenerator(OLD_TEXTS)
    app = App(cfg, generator=old, adapters=[adapter], install_signals=False)
    await app.start()

    def ev(i: int) -> Event:
        return Event(platform="discord", event_id=f"d{i}", kind="mention", text=f"hi {i}",
                     author_id=str(100 + i), channel_id="555")  # fmt: skip

    try:
        # The channel's six places, taken on the old pipeline: four items in flight (one per
        # worker), two still queued at the swap, so the new pipeline finishes those.
        for i in range(6):
            await app.emit(ev(i))
        await old.busy.wait()
        write_config(tmp_path / "bot.toml", tmp_path, NEW_TEXTS, discord)
        assert "new model loaded" in await app.reload()
        old.gate.set()
        await asyncio.wait_for(adapter.all_done.wait(), 10)  # the first six are finished
        adapter.expected = 12
        adapter.all_done.clear()
        for i in range(6, 12):  # refused as "busy in this channel" if places leaked
            await app.emit(ev(i))
        await asyncio.wait_for(adapter.all_done.wait(), 10)
    finally:
        await app.stop()
    assert [o.text for o in adapter.sent if o.kind == "notice"] == []
    assert set(answers(adapter)) == {f"d{i}" for i in range(12)}
