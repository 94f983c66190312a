"""A draft number typed in chat (console !approve, a Discord button) never overflows the store."""

from __future__ import annotations

import pytest

from bot.ports import parse_draft_id
from bot.store import open_store


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", 12),
        (" 7 ", 7),
        (str(2**63 - 1), 2**63 - 1),
        (str(2**63), None),  # one past SQLite's INTEGER
        ("9" * 30, None),
        ("9" * 5000, None),  # more digits than int() parses
        ("0", None),
        ("-1", None),
        ("1.5", None),
        ("", None),
        (None, None),
        ("seven", None),
    ],
)
def test_parse_draft_id(raw: object, expected: int | None) -> None:
    assert parse_draft_id(raw) == expected


def test_every_parsed_id_can_be_looked_up() -> None:
    store = open_store(":memory:")
    try:
        for raw in ("1", str(2**63 - 1), str(2**63), "9" * 40):
            draft_id = parse_draft_id(raw)
            if draft_id is not None:
                assert store.get_draft(draft_id) is None  # no OverflowError
    finally:
        store.close()
