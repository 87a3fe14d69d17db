"""Address checks and Retry-After parsing: the pure parts of the politeness middlewares."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.middlewares.addresses import is_public
from crawler.middlewares.retryafter import parse_retry_after


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
    ],
)
def test_is_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_parse_retry_after() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now) == 0
    assert parse_retry_after("soon", now) is None
