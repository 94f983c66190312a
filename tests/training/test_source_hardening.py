"""Every source reader, fed empty, binary, deeply nested, huge and absurd input: one `error:` line.

A table of readers (each reached the way a user reaches it: a file name or folder that
`data stats` routes to that reader) crossed with a table of bad payloads. Each run must either
read posts (exit 0) or print exactly one line starting with `error:` and exit 2; a traceback, a
RecursionError or any other exception fails the test.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import DataError
from tests.conftest import ROOT
from training.clean import read_prepared
from training.sources import base

ABSURD = json.dumps(
    {  # every field a reader looks at, with the wrong type or an impossible value
        "type": "Create",
        "object": {
            "content": 5,
            "published": 1e308,
            "inReplyTo": [1],
            "to": {"a": 1},
            "contentMap": [1],
            "summary": ["x"],
        },
        "text": [{"text": 5}, None, {"type": "bold"}],
        "from_id": 3.5,
        "date_unixtime": "9" * 40,
        "date": 1e308,
        "reply_to_message_id": {"x": 1},
        "id": True,
        "id_str": ["1"],
        "full_text": None,
        "created_at": -1e308,
        "lang": 5,
        "author": {"id": [], "name": 5, "isBot": "no"},
        "content": {"x": 1},
        "timestamp": "year 99999",
        "reference": 5,
        "in_reply_to_status_id_str": {"x": 1},
        "entities": {"urls": [5, {"url": 5, "expanded_url": None}]},
        "retweeted_status": 5,
        "messages": 5,
        "orderedItems": {"x": 1},
    }
).encode()
PAYLOADS: dict[str, bytes] = {
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "nul": b"\x00" * 512,
    "bom-only": b"\xef\xbb\xbf",
    "deep-array": b"[" * 100_000,
    "deep-closed": b"[" * 50_000 + b"]" * 50_000,
    "deep-object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "huge-int": b"[" + b"9" * 6_000 + b"]",
    "inf-nan": b"[Infinity, NaN, -1e999]",
    "truncated": b'{"type": "Create", "object": {"con',
    "absurd": ABSURD,
    "absurd-list": b"[" + ABSURD + b', 5, null, "x", [[]], {}]',
    "long-line": b'"' + b"a" * 2_000_000 + b'"',
}


def _zip(member: str) -> Callable[[Path, bytes], Path]:
    """Return a writer that puts the payload into a zip as `member`."""

    def write(folder: Path, payload: bytes) -> Path:
        path = folder / "export.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(member, payload)
        return path

    return write


def _file(name: str, before: bytes = b"", after: bytes = b"") -> Callable[[Path, bytes], Path]:
    """Return a writer that frames the payload the way the reader's format starts and ends."""

    def write(folder: Path, payload: bytes) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(before + payload + after)
        return path.parent if "/" in name else path

    return write


READERS: dict[str, Callable[[Path, bytes], Path]] = {
    "x-archive-js": _file("tweets.js", b"window.YTD.tweets.part0 = "),
    "x-archive-folder": _file("archive/data/tweets.js", b"window.YTD.tweets.part0 = "),
    "x-archive-zip": _zip("data/tweets.js"),
    "x-archive-account": _file("acct/data/account.js", b"window.YTD.account.part0 = "),
    "x-api-dump": _file("dump.json"),
    "jsonl": _file("posts.jsonl", after=b"\n"),
    "csv": _file("posts.csv", b"text,context,created_at\nhello there my friends,"),
    "txt": _file("posts.txt"),
    "discord": _file("channel.json", b'{"guild": {}, "channel": {}, "messages": [', b"]}"),
    "discord-csv": _file("chan.csv", b'AuthorID,Author,Date,Content,Attachments\n1,ann,"'),
    "discord-folder": _file("disc/chan.json", b'{"guild": {}, "channel": {}, "messages": [', b"]}"),
    "mastodon-outbox": _file("outbox.json"),
    "mastodon-folder": _file("export/outbox.json"),
    "mastodon-zip": _zip("outbox.json"),
    "mastodon-items": _file("m/outbox.json", b'{"orderedItems": [', b"]}"),
    "telegram": _file(
        "result.json", b'{"personal_information": {"user_id": 1}, "chats": {"list": [', b"]}}"
    ),
    "telegram-folder": _file("ChatExport/result.json"),
    "telegram-chat": _file(
        "chat/result.json", b'{"type": "personal_chat", "id": 1, "messages": [', b"]}"
    ),
    "bluesky": _file("repo.car"),
}


@pytest.mark.parametrize("payload", sorted(PAYLOADS))
@pytest.mark.parametrize("reader", sorted(READERS))
def test_bad_input_is_one_error_line(
    reader: str, payload: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if reader == "x-archive-account":  # account.js needs a tweets file to be read at all
        (tmp_path / "acct" / "data").mkdir(parents=True)
        (tmp_path / "acct" / "data" / "tweets.js").write_text(
            'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "a b c d"}}]'
        )
    path = READERS[reader](tmp_path, PAYLOADS[payload])
    code = main(["data", "stats", str(path), "--config", str(ROOT / "examples" / "demo.toml")])
    out, err = capsys.readouterr()
    if code == 0:
        assert "Tweets downloaded" in out
        return
    assert code == 2, (reader, payload, err)
    assert err.startswith("error: ") and err.count("\n") == 1, (reader, payload, err)
    assert "Traceback" not in err


def _damaged_zip(tmp_path: Path, member: str) -> Path:
    """Write a zip whose stored member fails its CRC check."""
    body = b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "a b c d e"}}]'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(member, body)
    data = bytearray(buffer.getvalue())
    data[data.index(b"full_text")] ^= 0x20
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    "member", ["data/tweets.js", "outbox.json", "ChatExport/result.json", "top/data/tweets.js"]
)
def test_a_zip_with_a_bad_crc_is_one_error_line(
    tmp_path: Path, member: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["data", "stats", str(_damaged_zip(tmp_path, member))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "CRC" in err and err.count("\n") == 1


@pytest.mark.parametrize("name", ["outbox.json", "repo.car", "export/outbox.json"])
def test_a_file_over_the_size_limit_is_one_error_line(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 100)
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"{" + b" " * 200 + b"}")
    target = path.parent if "/" in name else path
    assert main(["data", "stats", str(target)]) == 2
    err = capsys.readouterr().err
    assert "more than the 100 a source may be" in err and err.count("\n") == 1


@pytest.mark.parametrize("payload", sorted(PAYLOADS))
@pytest.mark.parametrize("name", ["train.jsonl", "stats.json"])
def test_prepared_data_with_bad_input_is_a_data_error(
    tmp_path: Path, name: str, payload: str
) -> None:
    (tmp_path / "train.jsonl").write_text('{"text": "a prepared post"}\n', encoding="utf-8")
    (tmp_path / "stats.json").write_text('{"downloaded": 1, "kept": 1}\n', encoding="utf-8")
    (tmp_path / name).write_bytes(PAYLOADS[payload])
    try:
        prepared = read_prepared(tmp_path)
    except DataError as exc:
        assert "\n" not in exc.line()
    else:
        assert prepared.posts or name == "train.jsonl"


def test_running_out_of_memory_while_parsing_is_one_error_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def exhausted(text: str) -> object:
        raise MemoryError

    monkeypatch.setattr(base.json, "loads", exhausted)
    assert main(["data", "stats", str(ROOT / "examples" / "sample_mastodon")]) == 2
    err = capsys.readouterr().err
    assert "too large to read in this much memory" in err and err.count("\n") == 1
