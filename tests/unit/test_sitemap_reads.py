"""The order in which an index's sitemaps are read under NEWS_SITEMAP_MAX_COUNT, and the rows
that remember which ones a source has read (crawler/storage/sitemap_reads.py)."""

from __future__ import annotations

from sqlite_utils import Database

from crawler.storage import schema
from crawler.storage.sitemap_reads import (
    Child,
    Read,
    changed,
    prune,
    reading_order,
    reads,
    record,
)

RUN_1 = "2026-11-01T08:00:00+00:00"
RUN_2 = "2026-11-02T08:00:00+00:00"


def _urls(children: list[Child], known: dict[str, Read]) -> list[str]:
    return [children[place].url for place in reading_order(children, known)]


def test_sitemaps_never_read_come_first_the_newest_first() -> None:
    children = [
        Child("old", "2026-10-01"),
        Child("read", "2026-10-30"),
        Child("newest", "2026-10-31T09:00:00+00:00"),
        Child("undated", None),
        Child("new", "2026-10-15"),
    ]
    known = {"read": Read("2026-10-30", RUN_1)}
    assert _urls(children, known) == ["newest", "new", "old", "undated", "read"]


def test_a_sitemap_whose_lastmod_changed_since_it_was_read_comes_before_unchanged_ones() -> None:
    children = [Child("a", "2026-10-01"), Child("b", "2026-10-02"), Child("c", "2026-10-03")]
    known = {
        "a": Read("2026-10-01", RUN_1),
        "b": Read("2026-09-20", RUN_1),  # the index gave another lastmod when it was read
        "c": Read("2026-10-03", RUN_1),
    }
    assert _urls(children, known) == ["b", "a", "c"]
    assert changed(children[1], known["b"])
    assert not changed(children[0], known["a"])


def test_a_lastmod_of_a_day_read_on_that_day_is_read_again() -> None:
    """The sitemap of a day read in its morning gains articles till the day ends: its lastmod
    names the same day, and may mean a moment after the read."""
    today = Child("today", "2026-11-02")
    assert changed(today, Read("2026-11-02", RUN_2))
    assert not changed(today, Read("2026-11-02", "2026-11-04T08:00:00+00:00"))


def test_another_index_s_lastmod_for_a_sitemap_tells_only_by_its_moment(db: Database) -> None:
    """A sitemap two indexes name is read once; its row keeps the lastmod of the index it was
    asked under. The other index's lastmod, another value, made it changed for that index in
    every run, however long after it the sitemap was read. Only its moment tells now; the
    index it was read under still sees a new value as a change."""
    record(db, "paper", [Child("s.xml", "2026-11-01", "a.xml")], RUN_2)
    (read,) = reads(db, "paper", ["s.xml"]).values()
    assert read == Read("2026-11-01", RUN_2, "a.xml")
    assert not changed(Child("s.xml", "2026-10-31", "b.xml"), read)
    assert changed(Child("s.xml", "2026-11-03", "b.xml"), read)
    assert changed(Child("s.xml", "2026-10-31", "a.xml"), read)
    assert changed(Child("s.xml", "2026-10-31", "b.xml"), Read("2026-11-01", RUN_2))


def test_unchanged_sitemaps_are_read_in_turns_the_longest_unread_first() -> None:
    """Without a lastmod (or one that never changes) nothing says a sitemap changed: the one
    read longest ago goes first, so a run bounded to two reads all four over two runs."""
    children = [Child(name, None) for name in ("a", "b", "c", "d")]
    known = {
        "a": Read(None, RUN_2),
        "b": Read(None, RUN_2),
        "c": Read(None, RUN_1),
        "d": Read(None, RUN_1),
    }
    assert _urls(children, known)[:2] == ["c", "d"]


def test_lastmods_that_all_say_now_are_read_in_turns() -> None:
    """An index that dates every sitemap at the moment it is served: all of them changed each
    run, and the index's first ones were read every time. The one read longest ago (or
    never) goes first among equals."""
    now = "2026-11-03T07:00:00+00:00"
    children = [Child(name, now) for name in ("a", "b", "c", "d")]
    known = {"a": Read(RUN_2, RUN_2), "b": Read(RUN_2, RUN_2), "c": Read(RUN_1, RUN_1)}
    assert _urls(children, known) == ["d", "c", "a", "b"]


def test_reads_are_kept_per_source_and_replaced(db: Database) -> None:
    record(
        db,
        "paper",
        [Child("https://e.org/s1.xml", "2026-10-01"), Child("https://e.org/s2.xml", None)],
        RUN_1,
    )
    record(db, "paper", [Child("https://e.org/s1.xml", "2026-10-05")], RUN_2)
    record(db, "wire", [Child("https://e.org/s3.xml", None)], RUN_2)
    urls = [f"https://e.org/s{n}.xml" for n in range(1, 5)]
    assert reads(db, "paper", urls) == {
        "https://e.org/s1.xml": Read("2026-10-05", RUN_2),
        "https://e.org/s2.xml": Read(None, RUN_1),
    }
    assert reads(db, "wire", urls) == {"https://e.org/s3.xml": Read(None, RUN_2)}


def test_a_store_of_the_previous_schema_gets_the_table(db: Database) -> None:
    db.execute(f"DROP TABLE {schema.SITEMAP_READS_TABLE}")
    db.execute(
        f"DELETE FROM {schema.MIGRATIONS_TABLE}"
        " WHERE name IN ('m088_sitemap_reads', 'm089_sitemap_reads_index')"
    )
    assert schema.pending(db) == ["m088_sitemap_reads", "m089_sitemap_reads_index"]
    schema.apply(db)
    assert schema.pending(db) == []
    assert db.table(schema.SITEMAP_READS_TABLE).pks == ["source", "url"]
    record(db, "paper", [Child("https://e.org/s1.xml", None)], RUN_1)
    assert reads(db, "paper", ["https://e.org/s1.xml"]) == {
        "https://e.org/s1.xml": Read(None, RUN_1)
    }


def test_a_prune_takes_only_the_index_s_rows_of_its_source(db: Database) -> None:
    """Rows of another source, and rows kept before their index was (NULL), stay."""
    index = "https://e.org/index.xml"
    s1, s2, s3 = (f"https://e.org/s{n}.xml" for n in (1, 2, 3))
    record(db, "paper", [Child(s1, None, index), Child(s2, None, index), Child(s3, None)], RUN_1)
    record(db, "wire", [Child(s1, None, index)], RUN_1)
    assert prune(db, "paper", index, [s2]) == 1
    assert set(reads(db, "paper", [s1, s2, s3])) == {s2, s3}
    assert set(reads(db, "wire", [s1])) == {s1}
