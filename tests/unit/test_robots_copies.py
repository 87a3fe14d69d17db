"""The robots.txt copies kept per host (crawler/storage/robots_copies.py), on both stores."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from crawler.storage import robots_copies
from crawler.storage.database import write_transaction


def test_the_last_robots_txt_of_a_host_is_kept_with_when(db: Database) -> None:
    """A host's copy is replaced by its next read, bytes as they came (a robots.txt need not
    be UTF-8), and another host's stays apart."""
    with write_transaction(db):
        robots_copies.keep(db, "a.example", b"User-agent: *\nDisallow: /\n", "2026-12-01T10:00:00Z")
        robots_copies.keep(db, "a.example", b"Disallow: /caf\xe9\n", "2026-12-02T10:00:00+00:00")
        robots_copies.keep(db, "b.example:8080", b"", "2026-12-03T10:00:00+00:00")
    copy = robots_copies.kept(db, "a.example")
    assert copy == robots_copies.Copy(
        b"Disallow: /caf\xe9\n", datetime(2026, 12, 2, 10, tzinfo=UTC)
    )
    other = robots_copies.kept(db, "b.example:8080")
    assert other is not None and other.body == b""
    assert robots_copies.kept(db, "c.example") is None


def test_a_copys_age_reads_in_minutes_hours_then_days() -> None:
    assert robots_copies.age_words(5) == "1 min"
    assert robots_copies.age_words(25 * 60) == "25 min"
    assert robots_copies.age_words(26 * 3600) == "26 h"
    assert robots_copies.age_words(3 * 86400) == "3 d"
