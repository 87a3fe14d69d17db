"""The robots.txt copies kept per origin (crawler/storage/robots_copies.py), on both stores."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from crawler.storage import robots_copies, schema
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
    origin = robots_copies.origin
    assert origin("http://someone:s3cret@News.Example/feed.xml") == "http://news.example:80"
    assert origin("http://news.example:80/a") == origin("http://news.example/b")
    assert origin("https://news.example/robots.txt") == "https://news.example:443"
    assert origin("https://u@news.example:8443/") == "https://news.example:8443"
    assert origin("http://[2001:DB8::1]:8080/x") == "http://[2001:db8::1]:8080"


def test_copies_kept_by_netloc_are_dropped_by_the_upgrade(db: Database) -> None:
    """A store of the previous schema, its copies keyed by Scrapy's netloc (a password with
    it): the upgrade drops them (their scheme is not known) and keys the table by origin."""
    with write_transaction(db):
        db.execute(f"DROP TABLE {robots_copies.TABLE}")
        schema.m090_robots_copies(db)
        db.table(robots_copies.TABLE).insert(
            {"host": "someone:s3cret@a.example", "body": b"", "read_at": "2026-12-01T10:00:00Z"}
        )
        db.execute(
            f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = 'm092_robots_copies_by_origin'"
        )
    assert schema.pending(db) == ["m092_robots_copies_by_origin"]
    schema.apply(db)
    assert schema.pending(db) == []
    assert list(db.query(f"SELECT * FROM {robots_copies.TABLE}")) == []
    with write_transaction(db):
        robots_copies.keep(db, "http://a.example:80", b"Allow: /\n", "2026-12-02T10:00:00Z")
    assert robots_copies.kept(db, "http://a.example:80") is not None


def test_a_copys_age_reads_in_minutes_hours_then_days() -> None:
    assert robots_copies.age_words(5) == "1 min"
    assert robots_copies.age_words(25 * 60) == "25 min"
    assert robots_copies.age_words(26 * 3600) == "26 h"
    assert robots_copies.age_words(3 * 86400) == "3 d"
