"""Fixtures shared by the adapter tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import responses


@pytest.fixture()
def x_api() -> Iterator[responses.RequestsMock]:
    """Fake api.twitter.com; any unregistered request fails (no socket is ever opened)."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps
