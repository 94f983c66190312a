"""The Telegram Desktop export reader: the whole-account sample, one chat, --author, entities."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.errors import DataError
from tests.conftest import ROOT
from training.sources import ReadOptions, read_source
from training.sources.telegram import flatten, read_path

SAMPLE = ROOT / "examples" / "sample_telegram"

# Hand-counted from examples/make_telegram_export.py (Wren is the exporter, user 5550001):
#   Wren's messages with text: 6 in the chat with Mo + 9 in the allotment group + 10 in Bread
#   Notes + 4 saved = 29 downloaded. Not read: 9 messages by others (Mo 4, Pip 2, Jun 3),
#   3 service messages (group created, members invited, a pin), 2 attachment-only (photo, sticker).
# Dropped: 1 forwarded (retweets), 3 short ("ok", "Yes please!", "Thank you"), 1 duplicate.
# Kept: 29 - 1 - 3 - 1 = 24.
# Pairs: 3 replies to Mo + 3 in the group (to Jun, to Pip, and to her own answer) + 2 own
# replies in Bread Notes = 8 ("Yes please!" answers Jun but is short).
SAMPLE_COUNTS = {
    "downloaded": 29,
    "retweets": 1,
    "replies": 0,
    "short": 3,
    "duplicates": 1,
    "other_dropped": 0,
    "kept": 24,
    "pairs": 8,
}


def stats(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """Run `data stats --json` and return its object."""
    assert main(["data", "stats", *argv, "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def test_sample_counts_match_the_hand_counts(capsys: pytest.CaptureFixture[str]) -> None:
    for source in (SAMPLE, SAMPLE / "result.json"):
        result = stats(capsys, str(source))
        assert {k: result[k] for k in SAMPLE_COUNTS} == SAMPLE_COUNTS
        assert result["skipped"] == {"others": 9, "system": 3, "attachment_only": 2}
        assert set(result["by_source"]) == {"Wren Calloway"}


def test_replies_carry_their_chain_and_entities_are_flattened() -> None:
    posts = {p.text: p for p in read_path(SAMPLE, None, None)}
    answer = posts["They also like hearing about library gossip, I find."]
    assert answer.context == (
        "Harvest news: the first broad beans are ready. #allotment #broadbeans",
        "Nice! Mine are still tiny. What did you feed them?",
        "Nothing fancy, compost in autumn and a lot of talking to them in the mornings.",
    )
    assert not answer.is_reply  # it answers her own message
    to_mo = posts["I will bring two bags and a jar of last year's jam as payment."]
    assert to_mo.is_reply and to_mo.context[-1].startswith("Ha, say hi to Gerald.")
    flat = "Agreed. There is no such thing as too much rosemary, only too little olive oil."
    assert flat in posts
    assert "Tool rota is in the shared sheet if anyone needs the big fork." in posts
    assert "Thanks @jun_okada for fixing the shed door, it finally closes without a kick." in posts
    assert posts["Forwarding this because it made me laugh."].is_retweet


def _one_chat(tmp_path: Path, index: int) -> Path:
    data = json.loads((SAMPLE / "result.json").read_text(encoding="utf-8"))
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data["chats"]["list"][index]), encoding="utf-8")
    return path


def test_one_chat_needs_author_and_picks_the_person(tmp_path: Path) -> None:
    chat = _one_chat(tmp_path, 0)  # the chat with Mo: two people, no personal_information
    with pytest.raises(DataError, match="--author") as caught:
        read_source(chat)
    assert "Wren Calloway (8)" in (caught.value.hint or "")
    for author in ("Mo Reyes", "user5550002", "5550002", "mo reyes"):
        posts = read_source(chat, options=ReadOptions(author=author))
        assert {p.account for p in posts} == {"Mo Reyes"} and len(posts) == 4
    wren = read_source(chat, options=ReadOptions(author="Wren Calloway", handle="wrenbakes"))
    assert len(wren) == 6 and {p.account for p in wren} == {"wrenbakes"}
    with pytest.raises(DataError, match="nobody named 'Zed'"):
        read_source(chat, options=ReadOptions(author="Zed"))


def test_author_flag_reaches_the_reader(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    chat = _one_chat(tmp_path, 1)  # the allotment group
    result = stats(capsys, str(chat), "--author", "Jun Okada")
    assert result["downloaded"] == 3 and set(result["by_source"]) == {"Jun Okada"}


def test_flatten_family() -> None:
    assert flatten("plain") == "plain"
    assert flatten(["a ", {"type": "bold", "text": "b"}, {"type": "x"}, 7, " c"]) == "a b c"
    assert flatten(None) == "" and flatten({"text": "x"}) == ""


def test_the_exporters_username_names_the_exporter() -> None:
    for author in ("@wrenbakes", "WrenBakes", None):
        posts = read_path(SAMPLE, author, None)
        assert len(posts) == 29 and {p.account for p in posts} == {"Wren Calloway"}


def test_sample_generator_is_reproducible(tmp_path: Path) -> None:
    from examples.make_telegram_export import write

    assert write(tmp_path).read_bytes() == (SAMPLE / "result.json").read_bytes()


def test_a_zipped_export_folder_reads_the_same(tmp_path: Path) -> None:
    archive = tmp_path / "Telegram Export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(SAMPLE / "result.json", "DataExport_2024-04-05/result.json")
        zf.writestr("DataExport_2024-04-05/photos/photo_1.jpg", b"\xff\xd8\xff")
    expected = [(p.id, p.text, p.context) for p in read_path(SAMPLE, None, None)]
    assert [(p.id, p.text, p.context) for p in read_source(archive)] == expected


def test_a_channels_posts_are_learned_by_its_name(tmp_path: Path) -> None:
    post = {"type": "message", "from": "Bread Notes", "from_id": "channel1800000002"}
    messages = [
        {**post, "id": 1, "text": "Note one: a cold rise gives more flavour."},
        {**post, "id": 2, "text": "Note two: steam makes the crust.", "reply_to_message_id": 1},
        {"id": 3, "type": "service", "actor": "Bread Notes", "action": "pin_message"},
    ]
    chat = {"name": "Bread Notes", "type": "public_channel", "id": 1800000002, "messages": messages}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(chat), encoding="utf-8")
    posts = read_source(path, options=ReadOptions(author="Bread Notes"))
    assert [p.text for p in posts] == [m["text"] for m in messages[:2]]
    assert posts[1].context == ("Note one: a cold rise gives more flavour.",)
    assert {p.account for p in posts} == {"Bread Notes"}
