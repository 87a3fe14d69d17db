"""The robots.txt copies kept per origin (crawler/storage/robots_copies.py), on both stores."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from crawler.discovery.robots import robots_origin
from crawler.storage import robots_copies
from crawler.storage.database import write_transaction


def test_the_last_robots_txt_of_an_origin_is_kept_with_when(db: Database) -> None:
    """An origin's copy is replaced by its next read, bytes as they came (a robots.txt need
    not be UTF-8), and another origin's stays apart."""
    with write_transaction(db):
        robots_copies.keep(
            db, "https://a.example:443", b"User-agent: *\nDisallow: /\n", "2026-12-01T10:00:00Z"
        )
        robots_copies.keep(
            db, "https://a.example:443", b"Disallow: /caf\xe9\n", "2026-12-02T10:00:00+00:00"
        )
        robots_copies.keep(db, "http://b.example:8080", b"", "2026-12-03T10:00:00+00:00")
    copy = robots_copies.kept(db, "https://a.example:443")
    assert copy == robots_copies.Copy(
        b"Disallow: /caf\xe9\n", datetime(2026, 12, 2, 10, tzinfo=UTC)
    )
    other = robots_copies.kept(db, "http://b.example:8080")
    assert other is not None and other.body == b""
    assert robots_copies.kept(db, "http://a.example:80") is None  # another protocol's


def test_an_origin_is_scheme_host_and_port_without_userinfo() -> None:
    """RFC 9309 scopes a robots.txt by protocol, host and port; the ``user:password@`` of a
    URL is none of them, and was kept in the store with the host."""
    origin = robots_origin
    assert origin("http://someone:s3cret@News.Example/feed.xml") == "http://news.example:80"
    assert origin("http://news.example:80/a") == origin("http://news.example/b")
    assert origin("https://news.example/robots.txt") == "https://news.example:443"
    assert origin("https://u@news.example:8443/") == "https://news.example:8443"
    assert origin("http://[2001:DB8::1]:8080/x") == "http://[2001:db8::1]:8080"


def test_a_copys_age_reads_in_minutes_hours_then_days() -> None:
    assert robots_copies.age_words(5) == "1 min"
    assert robots_copies.age_words(25 * 60) == "25 min"
    assert robots_copies.age_words(26 * 3600) == "26 h"
    assert robots_copies.age_words(3 * 86400) == "3 d"
