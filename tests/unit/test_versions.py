"""Versions in the store: a later fetch is unchanged (only its check is written) or a new
version; FTS and the copy index follow the latest text; every version can be rebuilt."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from crawler.clock import now_iso, use_clock
from crawler.history import format_history, meant_articles
from crawler.items import Article
from crawler.storage import versions
from crawler.storage.database import SharedDatabase
from crawler.storage.pagecodec import pack_page
from crawler.storage.postgres import search_condition
from pipelines.text.fingerprint import content_hash, minhash_signature
from tests.unit.components import article, crawler_for, run, store_for

URL = "https://example.org/politik/haushalt"
PARAS = [
    f"Absatz {i}: Der Gemeinderat von Rostock berät über den Hafen, die Werft und den "
    f"Haushalt des Jahres {2020 + i}, wie die Stadtverwaltung am Morgen mitteilte."
    for i in range(8)
]
TEXT = "\n".join(PARAS)
CORRECTION = "Korrektur: In einer früheren Fassung hieß es, die Werft schließe im Sommer."


def _item(
    fetched_at: str, text: str = TEXT, title: str = "Haushalt beschlossen", **fields: object
) -> Article:
    fields.setdefault("authors", ["Anna Beispiel"])
    return article(
        URL,
        fetched_at=fetched_at,
        title=title,
        text=text,
        content_hash=content_hash(text),
        signature=minhash_signature(text),
        **fields,
    )


def _store(database: SharedDatabase, *items: Article) -> dict[str, int]:
    crawler = crawler_for()
    store = store_for(database, crawler, batch_size=100)

    async def feed() -> None:
        for item in items:
            await store.process_item(item)

    run(feed())
    store.close_spider()
    assert store.failure is None
    return {k: v for k, v in crawler.stats.get_stats().items() if k.startswith("news/")}


@pytest.fixture
def database(store_url: str) -> Iterator[SharedDatabase]:
    """The shared store of a crawl, once on SQLite and once on PostgreSQL."""
    shared = SharedDatabase(store_url, busy_timeout_ms=5_000)
    yield shared
    shared.close()


def _row(db: Database) -> dict:
    return next(db.query("SELECT * FROM articles WHERE url = ?", [URL]))


def _check(db: Database) -> dict:
    return next(db.query("SELECT * FROM article_checks WHERE url = ?", [URL]))


def test_a_later_fetch_with_the_same_content_writes_only_its_check(
    database: SharedDatabase,
) -> None:
    first = _item("2026-11-01T08:00:00+00:00", validators={"etag": '"v1"', "last_modified": None})
    stats = _store(database, first)
    assert stats["news/store/new"] == 1
    check = _check(database.db)
    assert check["first_fetched_at"] == check["checked_at"] == "2026-11-01T08:00:00+00:00"
    assert check["etag"] == '"v1"'
    before = _row(database.db)

    again = _item("2026-11-01T14:00:00+00:00", validators={"etag": '"v1b"', "last_modified": "x"})
    stats = _store(database, again)
    assert stats["news/store/unchanged"] == 1
    assert "news/store/updated" not in stats and not any(k.startswith("news/dedup/") for k in stats)
    assert _row(database.db) == before  # fetched_at, updated_at, text: all as they were
    check = _check(database.db)
    assert check["checked_at"] == "2026-11-01T14:00:00+00:00"
    assert check["first_fetched_at"] == "2026-11-01T08:00:00+00:00"
    assert (check["etag"], check["last_modified"]) == ('"v1b"', "x")
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0


def test_an_unchanged_fetch_behind_a_wall_put_up_or_taken_down_sets_the_flag(
    database: SharedDatabase,
) -> None:
    """The same text, its page walled at the second fetch and free at the third: the row's
    ``paywalled`` follows the page without a version. It kept its first fetch's flag (on
    SQLite and PostgreSQL alike)."""
    _store(database, _item("2026-11-01T08:00:00+00:00", paywalled=False))
    flags = []
    for fetched_at, walled in (
        ("2026-11-01T14:00:00+00:00", True),
        ("2026-11-02T08:00:00+00:00", False),
    ):
        stats = _store(database, _item(fetched_at, paywalled=walled))
        assert stats["news/store/unchanged"] == 1
        row = _row(database.db)
        flags.append(row["paywalled"])
        assert row["fetched_at"] == "2026-11-01T08:00:00+00:00"  # the row's fetch is kept
    assert flags == [1, 0]
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0


def test_a_change_records_both_versions_and_moves_the_row(database: SharedDatabase) -> None:
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    changed = _item(
        "2026-11-01T12:00:00+00:00",
        text=TEXT + "\n" + CORRECTION,
        title="Haushalt knapp beschlossen",
    )
    stats = _store(database, changed)
    assert stats["news/store/revised"] == 1 and stats["news/store/updated"] == 1
    row = _row(database.db)
    assert row["version"] == 2 and row["title"] == "Haushalt knapp beschlossen"
    assert row["fetched_at"] == "2026-11-01T12:00:00+00:00" and CORRECTION in row["text"]

    stored = list(database.db.query("SELECT * FROM article_versions ORDER BY version"))
    assert [r["version"] for r in stored] == [1, 2]
    assert stored[0]["text"] == TEXT and stored[0]["diff"] is None  # the original, whole
    assert stored[1]["text"] is None  # a paragraph added: kept as a delta
    assert json.loads(stored[1]["diff"]) == [8, [CORRECTION]]
    assert json.loads(stored[1]["changed_fields"]) == ["title", "body"]
    words = len(TEXT.split())
    added = len(CORRECTION.split())
    assert stored[1]["change_share"] == pytest.approx(added / (2 * words + added), abs=1e-4)

    history = versions.history(database.db, URL)
    assert [v.text for v in history] == [TEXT, TEXT + "\n" + CORRECTION]
    assert [v.title for v in history] == ["Haushalt beschlossen", "Haushalt knapp beschlossen"]
    assert history[0].authors == ["Anna Beispiel"]
    lines = format_history(URL, "example", history, "2026-11-01T12:00:00+00:00")
    assert "v2  fetched 2026-11-01T12:00:00+00:00  changed: title, body (" in "\n".join(lines)
    assert f"+{CORRECTION}" in lines and "+title: Haushalt knapp beschlossen" in lines


TEASER = PARAS[0] + "\nLesen Sie weiter mit Ihrem Abonnement."


def test_a_version_behind_a_wall_records_it(database: SharedDatabase, tmp_path: Path) -> None:
    """A page put behind a subscription wall in its second version: the row holds the teaser,
    the full text only version 1. The versions kept no ``paywalled``: ``scrapy versions``
    said "changed: body" and nothing of the wall, and an export of the versions could not
    tell the walled version from the open one (on SQLite and PostgreSQL alike)."""
    from crawler.exports.archive import ArchiveFilter, export_archive

    _store(database, _item("2026-11-01T08:00:00+00:00", paywalled=False))
    _store(database, _item("2026-11-02T08:00:00+00:00", text=TEASER, paywalled=True))
    _store(database, _item("2026-11-03T08:00:00+00:00", paywalled=False))
    stored = database.db.execute(
        "SELECT version, paywalled FROM article_versions ORDER BY version"
    ).fetchall()
    assert [tuple(r) for r in stored] == [(1, 0), (2, 1), (3, 0)]
    history = versions.history(database.db, URL)
    assert [v.paywalled for v in history] == [False, True, False]
    text = "\n".join(format_history(URL, "example", history, None))
    assert "v2  fetched 2026-11-02T08:00:00+00:00  changed: body (" in text
    assert "of the text); put behind a wall" in text
    assert "v3  fetched 2026-11-03T08:00:00+00:00  changed: body (" in text
    assert "of the text); wall taken down" in text

    out = tmp_path / "out.jsonl"
    export_archive(database.db, out, ArchiveFilter(), versions=True)
    (record,) = map(json.loads, out.read_text("utf-8").splitlines())
    assert record["paywalled"] is False
    assert [(v["version"], v["paywalled"]) for v in record["versions"]] == [(1, False), (2, True)]
    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "out.parquet"
    export_archive(database.db, parquet, ArchiveFilter(), versions=True)
    (row,) = pq.read_table(parquet).to_pylist()
    assert [v["paywalled"] for v in row["versions"]] == [False, True]


def test_an_older_fetch_and_a_reprocessed_version_keep_their_wall(database: SharedDatabase) -> None:
    """A version placed among the others by its fetch time, and the current version read
    again by ``scrapy reprocess``, carry the flag of their own reading."""
    _store(database, _item("2026-11-01T08:00:00+00:00", paywalled=False))
    _store(database, _item("2026-11-01T12:00:00+00:00", text=TEXT + "\n" + CORRECTION))
    _store(database, _item("2026-11-01T10:00:00+00:00", text=TEASER, paywalled=True))
    assert [v.paywalled for v in versions.history(database.db, URL)] == [False, True, None]
    _store(
        database,
        _item("2026-11-01T12:00:00+00:00", text=TEXT + "\n" + CORRECTION, paywalled=False),
    )
    history = versions.history(database.db, URL)
    assert [v.paywalled for v in history] == [False, True, False]
    text = "\n".join(format_history(URL, "example", history, None))
    assert text.count("put behind a wall") == 1 and text.count("wall taken down") == 1


def test_the_wall_of_versions_stored_before_it_was_recorded_is_unknown(
    database: SharedDatabase,
) -> None:
    """The migration adds ``article_versions.paywalled`` empty: a version stored before says
    nothing of its wall (NULL, not a guess), and ``scrapy versions`` says nothing of it."""
    from crawler.storage import schema
    from crawler.storage.database import open_database

    _store(database, _item("2026-11-01T08:00:00+00:00", paywalled=False))
    _store(database, _item("2026-11-02T08:00:00+00:00", text=TEASER, paywalled=True))

    def downgrade(db: Database) -> None:
        # Back to the schema before m087: the column and the record of the migration removed.
        db.execute("ALTER TABLE article_versions DROP COLUMN paywalled")
        db.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = 'm087_version_paywalled'")

    db = database.db  # opened (and migrated) before the downgrade
    database.write(downgrade).result()
    assert "paywalled" not in db.table("article_versions").columns_dict
    open_database(database.path).close()  # opening a store migrates it
    assert "paywalled" in db.table("article_versions").columns_dict
    history = versions.history(db, URL)
    assert [v.paywalled for v in history] == [None, None]
    text = "\n".join(format_history(URL, "example", history, None))
    assert "wall" not in text
    _store(database, _item("2026-11-03T08:00:00+00:00", paywalled=False))
    assert [v.paywalled for v in versions.history(db, URL)] == [None, None, False]


def test_full_text_search_and_the_copy_index_follow_the_latest_text(
    database: SharedDatabase,
) -> None:
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    new_text = TEXT.replace("Werft", "Kreuzfahrtterminal")
    _store(database, _item("2026-11-02T08:00:00+00:00", text=new_text))
    db = database.db
    if getattr(db, "dialect", "sqlite") == "postgresql":
        found = [r[0] for r in db.execute(
            f"SELECT url FROM articles WHERE {search_condition()}", ["Kreuzfahrtterminal"]
        ).fetchall()]  # fmt: skip
        assert found == [URL]
        assert not db.execute(
            f"SELECT url FROM articles WHERE {search_condition()}", ["Werft"]
        ).fetchall()
    else:
        assert db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        assert [r["url"] for r in db.table("articles").search("Kreuzfahrtterminal")] == [URL]
        assert list(db.table("articles").search("Werft")) == []
    (signature,) = db.execute("SELECT signature FROM dedup_signatures WHERE url = ?", [URL])
    assert signature[0] == minhash_signature(new_text)
    assert db.execute("SELECT count(*) FROM dedup_signatures").fetchone()[0] == 1


def test_the_same_fetch_again_rewrites_without_a_version(database: SharedDatabase) -> None:
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    # `scrapy reprocess` hands the stored page again, with its own fetched_at.
    stats = _store(database, _item("2026-11-01T08:00:00+00:00", text=TEXT + "\nNeu erkannt."))
    assert stats["news/store/updated"] == 1 and "news/store/revised" not in stats
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    assert _row(database.db)["version"] == 1


def test_a_later_fetch_in_the_same_second_is_compared_not_rewritten(
    database: SharedDatabase,
) -> None:
    """Stored times are to the second: a revisit (NEWS_REVISIT_EVERY_HOURS=0) or a second
    run fetching a changed page in the second of the stored fetch was taken for the same
    fetch read again, the row rewritten with the new text, "updated" and no version kept of
    the old one. Another page than the stored one is another fetch: compared, as later."""
    when = "2026-11-01T08:00:00+00:00"
    _store(database, _item(when, html_gz=pack_page("<p>erste Fassung</p>")))
    changed = TEXT + "\n" + CORRECTION
    stats = _store(database, _item(when, text=changed, html_gz=pack_page("<p>korrigiert</p>")))
    assert stats["news/store/revised"] == 1, stats
    assert [v.text for v in versions.history(database.db, URL)] == [TEXT, changed]
    assert _row(database.db)["version"] == 2


def test_the_same_page_in_the_same_second_is_still_the_same_fetch(database: SharedDatabase) -> None:
    """`scrapy reprocess` hands the stored page again with its fetch time: rewritten, no
    version, whether the page was packed by this release (zstd) or an older one (zlib)."""
    when = "2026-11-01T08:00:00+00:00"
    html = "<p>eine Fassung</p>"
    _store(database, _item(when, html_gz=zlib.compress(html.encode())))
    stats = _store(database, _item(when, text=TEXT + "\nNeu erkannt.", html_gz=pack_page(html)))
    assert stats["news/store/updated"] == 1 and "news/store/revised" not in stats, stats
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0


def test_versions_survive_a_reprocessed_row_and_a_third_version(database: SharedDatabase) -> None:
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    second = TEXT + "\n" + CORRECTION
    _store(database, _item("2026-11-01T12:00:00+00:00", text=second))
    # Reprocessing rewrites the row's text: the chain's last text no longer matches it.
    reprocessed = second.replace("Absatz 0", "Absatz null")
    _store(database, _item("2026-11-01T12:00:00+00:00", text=reprocessed))
    third = reprocessed + "\nNachtrag am Abend."
    stats = _store(database, _item("2026-11-02T09:00:00+00:00", text=third, title="Neu"))
    assert stats["news/store/revised"] == 1
    stored = list(database.db.query("SELECT * FROM article_versions ORDER BY version"))
    # The reprocessed text became version 2's, so version 3 is a delta against it.
    assert stored[2]["text"] is None
    assert json.loads(stored[2]["diff"]) == [9, ["Nachtrag am Abend."]]
    assert [v.text for v in versions.history(database.db, URL)] == [TEXT, reprocessed, third]
    assert _row(database.db)["version"] == 3


def test_reprocessing_rewrites_the_current_version_too(database: SharedDatabase) -> None:
    """`scrapy reprocess` rewrote the row but not the version it holds: `scrapy versions`
    showed the old extraction as the current version, unlike the row and the export."""
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    second = TEXT + "\n" + CORRECTION
    _store(database, _item("2026-11-01T12:00:00+00:00", text=second))
    # The reprocessed page now yields version 1's text and another title.
    stats = _store(database, _item("2026-11-01T12:00:00+00:00", text=TEXT, title="Etat"))
    assert stats["news/store/updated"] == 1 and "news/store/revised" not in stats
    history = versions.history(database.db, URL)
    assert [v.version for v in history] == [1, 2]
    assert [(v.title, v.text) for v in history] == [
        ("Haushalt beschlossen", TEXT),  # an earlier fetch's page is not kept: left as it was
        ("Etat", TEXT),
    ]
    assert history[1].changed_fields == ["title"] and history[1].change_share == 0.0
    row = _row(database.db)
    assert (row["version"], row["title"], row["text"]) == (2, "Etat", TEXT)
    assert history[1].content_hash == row["content_hash"]


def test_an_older_fetch_takes_its_place_among_the_versions(database: SharedDatabase) -> None:
    """A fetch between two versions (an archive of that morning ingested later) is no
    reprocessing of the current version's page, and no lost capture either: it becomes the
    version between them, the current version is renumbered and compared with it."""
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    second = TEXT + "\n" + CORRECTION
    _store(database, _item("2026-11-01T12:00:00+00:00", text=second))
    _store(database, _item("2026-11-01T10:00:00+00:00", text=TEXT, title="Etat"))
    history = versions.history(database.db, URL)
    assert [(v.version, v.fetched_at[11:16], v.title) for v in history] == [
        (1, "08:00", "Haushalt beschlossen"),
        (2, "10:00", "Etat"),
        (3, "12:00", "Haushalt beschlossen"),
    ]
    assert [v.text for v in history] == [TEXT, TEXT, second]
    assert [v.changed_fields for v in history] == [[], ["title"], ["title", "body"]]
    row = _row(database.db)
    assert (row["version"], row["fetched_at"], row["text"]) == (3, history[2].fetched_at, second)


def test_an_older_fetch_never_overwrites_a_later_one(database: SharedDatabase) -> None:
    """An archive of last week ingested after today's crawl (`-a warc=`) rewrote the row with
    the older page: today's text, title and page were gone, with no version keeping them.
    The row stays today's; last week's page is its first version (it was lost before)."""
    later = TEXT + "\n" + CORRECTION
    _store(database, _item("2026-11-02T08:00:00+00:00", text=later, title="Neu", html_gz=b"n"))
    before = _row(database.db)
    page = database.db.execute("SELECT fetched_at FROM pages WHERE url = ?", [URL]).fetchone()
    assert page is not None
    stats = _store(database, _item("2026-11-01T08:00:00+00:00", html_gz=b"o"))
    assert stats["news/store/older"] == 1
    assert "news/store/updated" not in stats and "news/store/new" not in stats
    assert _row(database.db) == {**before, "version": 2}
    again = database.db.execute("SELECT fetched_at FROM pages WHERE url = ?", [URL]).fetchone()
    assert again == page
    history = versions.history(database.db, URL)
    assert [(v.fetched_at[:10], v.title, v.text) for v in history] == [
        ("2026-11-01", "Haushalt beschlossen", TEXT),
        ("2026-11-02", "Neu", later),
    ]
    assert history[1].changed_fields == ["title", "body"]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0), (2, 0, 1), (0, 2, 1)])
def test_the_versions_follow_the_fetch_times_whatever_the_order_stored(
    database: SharedDatabase, order: tuple[int, int, int]
) -> None:
    """Three captures of a page (three archives) give the same versions in fetch order, and
    the same row, whichever is stored first: newest first, only the newest was kept."""
    texts = [TEXT, TEXT + "\n" + CORRECTION, TEXT + "\n" + CORRECTION + "\nNachtrag: beschlossen."]
    captures = [
        _item(f"2026-11-0{day + 1}T08:00:00+00:00", text=texts[day], title=f"Fassung {day}")
        for day in range(3)
    ]
    for index in order:
        _store(database, captures[index])
    history = versions.history(database.db, URL)
    assert [(v.version, v.fetched_at[:10], v.title, v.text) for v in history] == [
        (day + 1, f"2026-11-0{day + 1}", f"Fassung {day}", texts[day]) for day in range(3)
    ]
    assert [v.changed_fields for v in history] == [[], ["title", "body"], ["title", "body"]]
    row = _row(database.db)
    assert (row["version"], row["title"], row["text"]) == (3, "Fassung 2", texts[2])
    lines = format_history(URL, row["source"], history, None)
    assert [line.split()[0] for line in lines if line.startswith("v")] == ["v1", "v2", "v3"]


def test_an_older_fetch_the_same_as_a_version_beside_it_adds_none(database: SharedDatabase) -> None:
    """An older capture with the content of the version after it (or before it) is that
    version seen once more, not a change: the versions stay as they were."""
    later = TEXT + "\n" + CORRECTION
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    _store(database, _item("2026-11-03T08:00:00+00:00", text=later))
    before = list(database.db.query("SELECT * FROM article_versions ORDER BY version"))
    _store(database, _item("2026-11-02T08:00:00+00:00", text=later))
    _store(database, _item("2026-11-01T09:00:00+00:00"))
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    assert list(database.db.query("SELECT * FROM article_versions ORDER BY version")) == before
    assert _row(database.db)["version"] == 2


def test_a_stored_article_without_versions_is_its_own_first_version(
    database: SharedDatabase,
) -> None:
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    (only,) = versions.history(database.db, URL)
    assert only.version == 1 and only.text == TEXT and only.changed_fields == []
    assert versions.history(database.db, "https://example.org/unknown") == []


def test_an_address_that_names_no_article_finds_the_one_meant(database: SharedDatabase) -> None:
    """`scrapy versions example.org/politik/haushalt` (typed without its scheme), the other
    scheme or the host without "www." said only "no stored article at …"."""
    _store(database, _item("2026-11-01T08:00:00+00:00"))
    db = database.db
    for typed in (
        "example.org/politik/haushalt",
        "http://example.org/politik/haushalt",
        "https://www.example.org/politik/haushalt/",
        "www.example.org/politik/haushalt?utm_source=feed",
    ):
        assert meant_articles(db, typed) == [URL], typed
    # No address of the host spelt so: its closest stored URL.
    assert meant_articles(db, "example.org/politik/haushallt") == [URL]
    assert meant_articles(db, "https://example.org/sport/tabelle-der-liga") == []
    assert meant_articles(db, "https://other.example/politik/haushalt") == []
    assert meant_articles(db, "nosuch") == []


def test_due_for_revisit_is_the_window_minus_recent_checks(database: SharedDatabase) -> None:
    db_items = [
        article(f"https://example.org/{name}", fetched_at=when, text=TEXT, title=name)
        for name, when in [
            ("old", "2026-10-01T00:00:00+00:00"),
            ("recent", "2026-11-28T00:00:00+00:00"),
            ("fresh", "2026-11-29T11:00:00+00:00"),
            ("older", "2026-11-27T00:00:00+00:00"),
        ]
    ]
    _store(database, *db_items)
    due = versions.due_for_revisit(
        database.db,
        "example",
        first_since="2026-11-25T00:00:00+00:00",
        checked_before="2026-11-29T06:00:00+00:00",
        limit=None,
    )
    # "old" is outside the window, "fresh" was checked within the interval; oldest check first.
    assert [d.url for d in due] == ["https://example.org/older", "https://example.org/recent"]
    capped = versions.due_for_revisit(
        database.db,
        "example",
        first_since="2026-11-25T00:00:00+00:00",
        checked_before="2026-11-29T06:00:00+00:00",
        limit=1,
    )
    assert [d.url for d in capped] == ["https://example.org/older"]
    versions_db = database.db
    database.write(
        lambda db: versions.mark_checked(
            db, "https://example.org/older", "2026-11-29T12:00:00+00:00"
        )
    ).result()
    assert [
        d.url
        for d in versions.due_for_revisit(
            versions_db,
            "example",
            first_since="2026-11-25T00:00:00+00:00",
            checked_before="2026-11-29T06:00:00+00:00",
            limit=None,
        )
    ] == ["https://example.org/recent"]


def test_an_article_checked_in_the_second_the_window_ends_is_due(database: SharedDatabase) -> None:
    """Stored times are to the second: with revisits "every run" (0 hours) a run starting in
    the second of the last check must still find the article due (a second run of a test
    seeing nothing to revisit was this)."""
    when = "2026-11-29T06:00:00+00:00"
    _store(database, article("https://example.org/same", fetched_at=when, text=TEXT))
    due = versions.due_for_revisit(
        database.db, "example", first_since="2026-11-25T00:00:00+00:00", checked_before=when,
        limit=None,
    )  # fmt: skip
    assert [d.url for d in due] == ["https://example.org/same"]


def test_exports_carry_earlier_versions(database: SharedDatabase, tmp_path: Path) -> None:
    from crawler.exports.archive import ArchiveFilter, export_archive

    _store(database, _item("2026-11-01T08:00:00+00:00"))
    _store(database, _item("2026-11-01T12:00:00+00:00", text=TEXT + "\n" + CORRECTION))
    other = "https://example.org/unchanged"
    _store(database, article(other, fetched_at="2026-11-01T09:00:00+00:00", text=TEXT))

    out = tmp_path / "out.jsonl"
    assert export_archive(database.db, out, ArchiveFilter(), versions=True) == 2
    records = {r["url"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert records[URL]["version"] == 2 and CORRECTION in records[URL]["text"]
    (first,) = records[URL]["versions"]
    assert first["version"] == 1 and first["text"] == TEXT and first["authors"] == ["Anna Beispiel"]
    assert records[other]["version"] == 1 and records[other]["versions"] == []
    plain = tmp_path / "plain.jsonl"
    export_archive(database.db, plain, ArchiveFilter())
    assert "versions" not in json.loads(plain.read_text("utf-8").splitlines()[0])

    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "out.parquet"
    export_archive(database.db, parquet, ArchiveFilter(), versions=True)
    rows = {r["url"]: r for r in pq.read_table(parquet).to_pylist()}
    assert rows[URL]["versions"][0]["text"] == TEXT
    assert rows[URL]["versions"][0]["fetched_at"].isoformat() == "2026-11-01T08:00:00+00:00"
    assert rows[other]["versions"] == []

    csv_out = tmp_path / "out.csv"
    export_archive(database.db, csv_out, ArchiveFilter(), versions=True)
    import csv

    with csv_out.open(encoding="utf-8", newline="") as f:
        by_url = {r["url"]: r for r in csv.DictReader(f)}
    assert json.loads(by_url[URL]["versions"])[0]["title"] == "Haushalt beschlossen"


def test_an_export_of_versions_says_what_the_version_it_holds_changed(
    database: SharedDatabase, tmp_path: Path
) -> None:
    """`export --versions` gave each earlier version's share and fields changed, but not the
    current version's: a corrected article exported as version 2, and what its correction
    changed (`scrapy versions`: "changed: body (…% of the text)") was in no format."""
    from crawler.exports.archive import ArchiveFilter, export_archive

    _store(database, _item("2026-11-01T08:00:00+00:00"))
    _store(database, _item("2026-11-01T12:00:00+00:00", text=TEXT + "\n" + CORRECTION))
    other = "https://example.org/unchanged"
    _store(database, article(other, fetched_at="2026-11-01T09:00:00+00:00", text=TEXT))
    (current,) = database.db.execute(
        "SELECT change_share FROM article_versions WHERE url = ? AND version = 2", [URL]
    ).fetchone()
    assert 0 < current < 1

    out = tmp_path / "out.jsonl"
    export_archive(database.db, out, ArchiveFilter(), versions=True)
    records = {r["url"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert records[URL]["change_share"] == current
    assert records[URL]["changed_fields"] == ["body"]
    assert records[other]["change_share"] is None and records[other]["changed_fields"] == []

    csv_out = tmp_path / "out.csv"
    export_archive(database.db, csv_out, ArchiveFilter(), versions=True)
    import csv

    with csv_out.open(encoding="utf-8", newline="") as f:
        by_url = {r["url"]: r for r in csv.DictReader(f)}
    assert float(by_url[URL]["change_share"]) == current
    assert json.loads(by_url[URL]["changed_fields"]) == ["body"]
    assert by_url[other]["change_share"] == "" and by_url[other]["changed_fields"] == "[]"

    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "out.parquet"
    export_archive(database.db, parquet, ArchiveFilter(), versions=True)
    rows = {r["url"]: r for r in pq.read_table(parquet).to_pylist()}
    assert rows[URL]["change_share"] == current and rows[URL]["changed_fields"] == ["body"]
    assert rows[other]["change_share"] is None and rows[other]["changed_fields"] == []


def test_migration_gives_stored_articles_a_check_row(tmp_path: Path) -> None:
    from crawler.storage import schema
    from crawler.storage.database import open_database

    db = open_database(tmp_path / "old.db")
    db.table("articles").insert(
        {"url": URL, "source": "example", "fetched_at": "2026-11-01T08:00:00+00:00", "text": TEXT}
    )
    # Back to the schema before m060: its tables, columns and record removed.
    db.execute("DROP TABLE article_versions")
    db.execute("DROP TABLE article_checks")
    db.execute("ALTER TABLE articles DROP COLUMN version")
    for column in ("articles_revisited", "articles_unchanged", "articles_revised"):
        db.execute(f"ALTER TABLE run_sources DROP COLUMN {column}")
    db.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = 'm060_article_versions'")
    db.conn.commit()
    schema.apply(db)
    assert _row(db)["version"] == 1
    check = _check(db)
    assert (check["source"], check["first_fetched_at"], check["checked_at"]) == (
        "example",
        "2026-11-01T08:00:00+00:00",
        "2026-11-01T08:00:00+00:00",
    )
    db.close()


def test_an_article_fetched_under_another_url_adds_no_version(database: SharedDatabase) -> None:
    """Stored under its canonical URL from its AMP view (crawler/identity.py), the article's
    own page later rewrites the row without a version (the AMP text was a stand-in), and
    the AMP view fetched again writes nothing. Before, both later fetches were compared
    with the row as revisions: two versions of an article that never changed."""
    amp = URL + "/amp"
    amp_text = TEXT + "\nMehr Nachrichten in der App."
    stats = _store(
        database,
        _item(
            "2026-11-01T08:00:00+00:00",
            text=amp_text,
            fetched_url=amp,
            validators={"etag": '"amp"', "last_modified": None},
        ),
    )
    assert stats["news/store/new"] == 1
    db = database.db
    assert db.execute("SELECT target FROM url_seen WHERE url = ?", [amp]).fetchone()[0] == URL
    assert _check(db)["etag"] is None  # the AMP page's validators are not the row URL's

    stats = _store(database, _item("2026-11-01T12:00:00+00:00"))
    assert stats["news/store/updated"] == 1 and "news/store/revised" not in stats
    assert (_row(db)["fetched_url"], _row(db)["text"]) == (URL, TEXT)

    stats = _store(database, _item("2026-11-02T08:00:00+00:00", text=amp_text, fetched_url=amp))
    assert stats["news/store/alias"] == 1
    assert (_row(db)["fetched_url"], _row(db)["text"]) == (URL, TEXT)
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0


def test_a_stand_in_that_was_another_article_stays_as_the_first_version(
    database: SharedDatabase,
) -> None:
    """A page that named this URL its canonical one by mistake was stored first under it;
    the URL's own page, a different text, is then a change with a version, not a rewrite
    that lost the stand-in's text."""
    other = "\n".join(f"Absatz {i}: Die Fähre nach Gedser fällt wegen Sturm aus." for i in range(8))
    _store(database, _item("2026-11-01T08:00:00+00:00", text=other, fetched_url=URL + "-x"))
    stats = _store(database, _item("2026-11-01T12:00:00+00:00"))
    assert stats["news/store/revised"] == 1
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 2


def test_the_own_page_replaces_a_later_stand_in_too(database: SharedDatabase) -> None:
    """An archive's AMP capture, an hour after the page's own, stored first (the extraction
    pool's order): the own page, older, replaced it; it was recorded an earlier version."""
    amp_text = TEXT + "\nMehr Nachrichten in der App."
    _store(database, _item("2026-11-01T09:00:00+00:00", text=amp_text, fetched_url=URL + "/amp"))
    stats = _store(database, _item("2026-11-01T08:00:00+00:00"))
    assert stats["news/store/updated"] == 1
    assert (_row(database.db)["fetched_url"], _row(database.db)["text"]) == (URL, TEXT)
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0


PUBLISHED: dict[str, Any] = {
    "published": "2026-11-01T06:30:00+00:00",
    "published_precision": "minute",
    "published_day": "2026-11-01",
    "meta_origin": {"published": "jsonld", "title": "h1"},
}


def test_a_later_fetch_without_a_date_keeps_the_stored_one(database: SharedDatabase) -> None:
    """A revisit whose page no longer states its date (an updated page, an AMP view) emptied
    ``published``: the row said NULL where it had a date. The stored date is kept, with its
    precision, day and origin, and counted; a page that changed nothing else is unchanged."""
    _store(database, _item("2026-11-01T08:00:00+00:00", **PUBLISHED))
    stats = _store(database, _item("2026-11-01T14:00:00+00:00", meta_origin={"title": "h1"}))
    assert stats["news/store/unchanged"] == 1 and stats["news/store/kept/published"] == 1, stats
    changed = TEXT + "\n" + CORRECTION
    stats = _store(
        database, _item("2026-11-02T08:00:00+00:00", text=changed, meta_origin={"title": "h1"})
    )
    assert stats["news/store/revised"] == 1 and stats["news/store/kept/published"] == 1, stats
    row = _row(database.db)
    assert (row["version"], row["text"]) == (2, changed)
    assert (row["published"], row["published_precision"], row["published_day"]) == (
        "2026-11-01T06:30:00+00:00",
        "minute",
        "2026-11-01",
    )
    assert json.loads(row["meta_origin"]) == {"title": "h1", "published": "earlier:jsonld"}
    stored = list(database.db.query("SELECT * FROM article_versions ORDER BY version"))
    assert [json.loads(r["changed_fields"] or "[]") for r in stored] == [[], ["body"]]
    assert [r["published"] for r in stored] == [PUBLISHED["published"]] * 2


def test_a_later_fetch_with_another_date_is_a_conflict_the_earlier_kept(
    database: SharedDatabase,
) -> None:
    """A page whose "published" moved later (its update relabelled) is a counted conflict, not
    an overwrite; one that now states an earlier date gives the first publication."""
    _store(database, _item("2026-11-01T08:00:00+00:00", **PUBLISHED))
    later: dict[str, Any] = {
        "published": "2026-11-03T09:00:00+00:00",
        "published_precision": "second",
        "published_day": "2026-11-03",
        "meta_origin": {"published": "meta", "title": "h1"},
    }
    stats = _store(database, _item("2026-11-03T10:00:00+00:00", **later))
    assert stats["news/store/conflict/published"] == 1 and stats["news/store/unchanged"] == 1
    assert _row(database.db)["published"] == PUBLISHED["published"]

    earlier = {**later, "published": "2026-10-31T22:00:00+00:00", "published_day": "2026-10-31"}
    stats = _store(database, _item("2026-11-04T10:00:00+00:00", **earlier))
    assert stats["news/store/conflict/published"] == 1 and stats["news/store/revised"] == 1
    row = _row(database.db)
    assert (row["published"], row["published_day"]) == ("2026-10-31T22:00:00+00:00", "2026-10-31")
    assert json.loads(row["meta_origin"])["published"] == "meta"


def test_the_same_day_told_finer_is_the_same_date(database: SharedDatabase) -> None:
    """A day, then the minute of that day: no conflict, and the finer reading is kept
    whichever fetch gave it."""
    day = {**PUBLISHED, "published": "2026-10-31T23:00:00+00:00", "published_precision": "day"}
    _store(database, _item("2026-11-01T08:00:00+00:00", **day))
    stats = _store(database, _item("2026-11-01T14:00:00+00:00", **PUBLISHED))
    assert "news/store/conflict/published" not in stats and stats["news/store/revised"] == 1
    assert _row(database.db)["published"] == PUBLISHED["published"]
    stats = _store(database, _item("2026-11-02T14:00:00+00:00", **day))
    assert "news/store/conflict/published" not in stats and stats["news/store/unchanged"] == 1
    assert _row(database.db)["published_precision"] == "minute"


KNOWN: dict[str, Any] = {
    "modified": "2026-11-01T09:00:00+00:00",
    "author": "Anna Beispiel",
    "language": "de",
    "language_prob": 0.99,
    "description": "Der Rat hat den Haushalt beschlossen.",
    "sitename": "Rostocker Blatt",
    "image": "https://example.org/bild.jpg",
    "tags": ["Politik"],
    "meta_origin": {"title": "h1", "authors": "byline", "modified": "jsonld"},
}


def test_a_later_fetch_that_gives_less_keeps_what_the_row_knew(database: SharedDatabase) -> None:
    """A revisit's page without byline, headline, description, language or modification
    date (an AMP or print view, a stripped update) wrote its blanks over the row: the
    authors, the title and the rest became NULL. They are kept, with their origins."""
    _store(database, _item("2026-11-01T08:00:00+00:00", **KNOWN))
    changed = TEXT + "\n" + CORRECTION
    bare = _item("2026-11-02T08:00:00+00:00", text=changed, title="", authors=[])
    stats = _store(database, bare)
    assert stats["news/store/revised"] == 1, stats
    row = _row(database.db)
    assert (row["version"], row["text"], row["title"]) == (2, changed, "Haushalt beschlossen")
    assert (json.loads(row["authors"]), row["author"]) == (["Anna Beispiel"], "Anna Beispiel")
    assert (row["language"], row["language_prob"]) == ("de", 0.99)
    for name in ("modified", "description", "sitename", "image"):
        assert row[name] == KNOWN[name], name
    assert json.loads(row["tags"]) == ["Politik"]
    earlier = {"title": "earlier:h1", "authors": "earlier:byline", "modified": "earlier:jsonld"}
    others = ("language", "description", "sitename", "image", "tags")
    assert json.loads(row["meta_origin"]) == {**earlier, **dict.fromkeys(others, "earlier")}
    kept = {k.rsplit("/", 1)[1] for k in stats if k.startswith("news/store/kept/")}
    assert kept == {"title", "authors", "modified", "language", "description", "sitename",
                    "image", "tags"}  # fmt: skip
    assert json.loads(next(database.db.query("SELECT * FROM article_versions WHERE version = 2"))[
        "changed_fields"
    ]) == ["body"]  # fmt: skip


def test_modified_only_moves_forward_and_new_values_are_taken(database: SharedDatabase) -> None:
    """A reading whose modification is before the stored one (a cached copy) keeps the
    stored one; a later one, and a corrected byline, are the article's new state."""
    _store(database, _item("2026-11-01T08:00:00+00:00", **KNOWN))
    older = {**KNOWN, "modified": "2026-10-30T09:00:00+00:00"}
    stats = _store(database, _item("2026-11-02T08:00:00+00:00", authors=["Ben Muster"], **older))
    assert stats["news/store/kept/modified"] == 1 and stats["news/store/revised"] == 1, stats
    row = _row(database.db)
    assert (row["modified"], json.loads(row["authors"])) == (KNOWN["modified"], ["Ben Muster"])
    newer = {**KNOWN, "modified": "2026-11-03T07:00:00+00:00"}
    changed = TEXT + "\n" + CORRECTION
    later = _item("2026-11-03T08:00:00+00:00", changed, authors=["Ben Muster"], **newer)
    stats = _store(database, later)
    assert "news/store/kept/modified" not in stats and stats["news/store/revised"] == 1, stats
    assert _row(database.db)["modified"] == newer["modified"]


def test_a_later_modified_alone_moves_the_rows_forward_without_a_version(
    database: SharedDatabase,
) -> None:
    """The same text, title, date and authors read again with a later ``modified`` (the page
    was touched, its story not): no version, but the row's ``modified`` and its origin move
    forward, counted ``news/store/moved/modified``. It was found unchanged and kept the older
    ``modified``: sorted by it, the article stood where it was before its update."""
    _store(database, _item("2026-11-01T08:00:00+00:00", **KNOWN))
    touched = {
        **KNOWN,
        "modified": "2026-11-02T07:30:00+00:00",
        "meta_origin": {"title": "h1", "authors": "byline", "modified": "meta"},
    }
    stats = _store(database, _item("2026-11-02T08:00:00+00:00", **touched))
    assert stats["news/store/unchanged"] == 1 and stats["news/store/moved/modified"] == 1, stats
    row = _row(database.db)
    assert row["modified"] == "2026-11-02T07:30:00+00:00"
    assert json.loads(row["meta_origin"])["modified"] == "meta"
    assert row["fetched_at"] == "2026-11-01T08:00:00+00:00"  # the row's fetch is kept
    assert database.db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    # The same modification again, or an earlier one (a cached copy): nothing moves.
    for modified in ("2026-11-02T07:30:00+00:00", "2026-10-30T09:00:00+00:00"):
        again = _item("2026-11-03T08:00:00+00:00", **{**touched, "modified": modified})
        stats = _store(database, again)
        assert stats["news/store/unchanged"] == 1 and "news/store/moved/modified" not in stats
        assert _row(database.db)["modified"] == "2026-11-02T07:30:00+00:00"


def test_a_fetch_no_listing_named_keeps_the_listings_hints_for_reprocessing(
    database: SharedDatabase,
) -> None:
    """A changed page fetched again without its listing (a site crawl, a given URL) wrote
    ``{}`` over the feed's hints kept with the page: `scrapy reprocess`, which reads the page
    with them, then lost the feed's date and author. They are kept until a listing gives
    others, which replace them whole (a field's origin names one listing)."""
    feed = {"published": "Sun, 01 Nov 2026 06:30:00 GMT", "author": "Anna", "listing": "feed"}
    _store(database, _item("2026-11-01T08:00:00+00:00", hints=feed, html_gz=pack_page("<p>a</p>")))
    changed = TEXT + "\n" + CORRECTION
    later = _item("2026-11-02T08:00:00+00:00", changed, html_gz=pack_page("<p>b</p>"))
    assert _store(database, later)["news/store/revised"] == 1

    def hints() -> dict:
        return json.loads(next(database.db.query("SELECT hints FROM pages"))["hints"])

    assert hints() == feed
    sitemap = {"lastmod": "2026-11-03", "listing": "sitemap"}
    third = _item("2026-11-03T08:00:00+00:00", TEXT, hints=sitemap, html_gz=pack_page("<p>c</p>"))
    assert _store(database, third)["news/store/revised"] == 1
    assert hints() == sitemap


def test_reprocessing_keeps_what_was_kept_from_an_earlier_fetch(database: SharedDatabase) -> None:
    """A revised row kept the date of its first page; the page kept with it (the second)
    states none. `scrapy reprocess` read that page again and emptied the date: a value the
    kept page never gave is not its to drop. One the page gave itself follows the rules of
    the reprocess (a rule fix may drop it)."""
    first = pack_page("<p>erste Fassung</p>")
    _store(database, _item("2026-11-01T08:00:00+00:00", html_gz=first, **PUBLISHED))
    changed = TEXT + "\n" + CORRECTION
    second = pack_page("<p>korrigiert</p>")
    when = "2026-11-02T08:00:00+00:00"
    _store(database, _item(when, changed, html_gz=second, meta_origin={"title": "h1"}))
    reread = _item(when, changed, html_gz=second, authors=[], meta_origin={"title": "h1"})
    stats = _store(database, reread)
    row = _row(database.db)
    assert (row["published"], row["version"]) == (PUBLISHED["published"], 2)
    assert stats["news/store/kept/published"] == 1 and stats["news/store/updated"] == 1, stats
    assert json.loads(row["meta_origin"])["published"] == "earlier:jsonld"
    assert json.loads(row["authors"]) == [] and "news/store/kept/authors" not in stats
    (current,) = database.db.query("SELECT * FROM article_versions WHERE version = 2")
    assert current["published"] == PUBLISHED["published"]


def test_a_live_fetch_after_the_clock_stepped_back_is_the_latest(database: SharedDatabase) -> None:
    """The machine's clock stepped back between two runs (an NTP correction): the revisit's
    fetch was stamped before the stored one and placed among the versions as an archive's
    older capture, the row keeping the text the correction replaced. A live fetch is the
    page's latest answer whatever the clock says: one second after the stored fetch, counted."""
    first_run = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    with use_clock(lambda: first_run):
        first = _item(now_iso(), fetched_live=True)
    with use_clock(lambda: first_run - timedelta(hours=1)):
        second = _item(now_iso(), text=f"{TEXT}\n{CORRECTION}", fetched_live=True)
    _store(database, first)
    stats = _store(database, second)
    row = _row(database.db)
    assert CORRECTION in row["text"]
    assert (row["version"], row["fetched_at"]) == (2, "2026-11-01T08:00:01+00:00")
    assert _check(database.db)["checked_at"] == "2026-11-01T08:00:01+00:00"
    assert stats["news/store/revised"] == 1
    assert stats["news/clock/behind_store"] == 1


def test_an_archives_older_capture_stays_older(database: SharedDatabase) -> None:
    """The near miss: a capture read from an archive is as old as it says."""
    _store(database, _item("2026-11-01T08:00:00+00:00", fetched_live=True))
    stats = _store(database, _item("2026-11-01T07:00:00+00:00", text=f"{TEXT}\n{CORRECTION}"))
    assert CORRECTION not in _row(database.db)["text"]
    assert stats["news/store/older"] == 1
    assert "news/clock/behind_store" not in stats


def test_a_later_version_the_same_as_the_one_before_is_not_called_first() -> None:
    """`scrapy reprocess` rewrites the version a row holds by today's rules, which can read it
    as the version before was read (a date the listing gave, an explain without it): that
    version changed no field. `scrapy versions` called it "first version", a second v1."""

    def version(number: int, fields: list[str], fetched_at: str) -> versions.Version:
        return versions.Version(
            url=URL,
            version=number,
            fetched_at=fetched_at,
            title="Haushalt beschlossen",
            published="2026-11-01T06:00:00+00:00",
            authors=["Anna Beispiel"],
            text=TEXT,
            content_hash=content_hash(TEXT),
            change_share=None if number == 1 else 0.0,
            changed_fields=fields,
            paywalled=False,
        )

    history = [
        version(1, [], "2026-11-01T08:00:00+00:00"),
        version(2, [], "2026-11-02T08:00:00+00:00"),
        version(3, ["date"], "2026-11-03T08:00:00+00:00"),
    ]
    lines = format_history(URL, "example", history, None)
    assert lines[3:9] == [
        "v1  fetched 2026-11-01T08:00:00+00:00  first version",
        "    Haushalt beschlossen",
        "v2  fetched 2026-11-02T08:00:00+00:00  same as v1",
        "    Haushalt beschlossen",
        "v3  fetched 2026-11-03T08:00:00+00:00  changed: date",
        "    Haushalt beschlossen",
    ]
