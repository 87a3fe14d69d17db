"""Resolved metadata in the worker's result, the stored row and the migration of old rows."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.clock import normalize_published
from crawler.items import Article
from crawler.storage import schema
from crawler.storage.database import SharedDatabase
from crawler.storage.run_records import source_row
from pipelines.extract.worker import PageJob, analyze_page
from tests.conftest import DEMO_SITE
from tests.unit.components import article, crawler_for, run, store_for

ARTICLE = """<html lang="en"><head><title>Minister resigns after budget vote | Example News</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{LD}</script></head>
<body><article><h1>Minister resigns after budget vote</h1>
<p class="byline">By Jane Doe and John Roe</p>
{PARAS}</article></body></html>"""


def article_page(**ld: object) -> str:
    data = {
        "@type": "NewsArticle",
        "headline": "Minister resigns after budget vote",
        "datePublished": "2024-03-05T14:30:00+01:00",
        "publisher": {"@type": "Organization", "name": "Example News"},
        **ld,
    }
    paras = "".join(
        f"<p>Paragraph {i} tells what happened in the parliament on Tuesday evening, "
        "who voted how and what the opposition said about the budget afterwards.</p>"
        for i in range(8)
    )
    return ARTICLE.replace("{LD}", json.dumps(data)).replace("{PARAS}", paras)


def test_worker_stores_resolved_fields_with_origins() -> None:
    result = analyze_page(
        PageJob(
            url="https://example.org/politics/story",
            html=article_page(),
            fetched_at="2024-03-06T00:00:00+00:00",
        )
    )
    assert result.drop is None
    fields = result.fields
    assert fields["title"] == "Minister resigns after budget vote"
    assert fields["authors"] == ["Jane Doe", "John Roe"]
    assert fields["author"] == "Jane Doe, John Roe"
    assert fields["published"] == "2024-03-05T13:30:00+00:00"
    assert fields["published_precision"] == "minute"
    assert fields["published_day"] == "2024-03-05"
    assert fields["meta_origin"] == {"title": "h1", "published": "jsonld", "authors": "byline"}
    assert "metadata" in result.seconds


def test_worker_stores_the_day_the_page_gives_beside_the_utc_moment() -> None:
    # 01:30 in India on 5 March is 20:00 UTC on 4 March: the row keeps both.
    html = article_page(datePublished="2024-03-05T01:30:00+05:30")
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=html))
    assert result.fields["published"] == "2024-03-04T20:00:00+00:00"
    assert result.fields["published_day"] == "2024-03-05"


def test_worker_counts_an_unsupported_date_guess_and_stores_no_date() -> None:
    # No declared date; the one day the page writes is in its footer, not beside the headline.
    html = article_page(datePublished=None).replace(
        "</article>", "</article><footer><p>Foto vom 21.07.2015</p></footer>"
    )
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=html))
    assert result.fields["published"] is None
    assert result.counts["meta/published_weak"] == 1
    # The row tells that a guess was refused, not that the page gave no date.
    assert result.fields["meta_origin"]["published"] == "weak"


def test_worker_counts_a_date_conflict_and_stores_no_date() -> None:
    html = article_page(datePublished="2024-03-05T14:30:00+01:00").replace(
        "<title>",
        '<meta property="article:published_time" content="2024-02-01T10:00:00Z"><title>',
    )
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=html))
    assert result.fields["published"] is None
    assert result.counts["meta/published_conflict"] == 1
    # The row tells that the evidence disagreed, not that there was none.
    assert result.fields["meta_origin"]["published"] == "conflict"


@pytest.mark.parametrize(
    ("path", "published"),
    [("/politik/20240305/story", "2024-03-05T00:00:00+00:00"), ("/politik/20240905/story", None)],
)
def test_a_url_date_after_the_fetch_dates_no_article(path: str, published: str | None) -> None:
    """Dates from the page's markup more than a day after the fetch are refused; the day of a
    URL (``/20240905/``), with nothing else dating the page, was stored six months after the
    page was fetched."""
    html = article_page(datePublished=None)
    url = "https://example.org" + path
    result = analyze_page(PageJob(url=url, html=html, fetched_at="2024-03-06T00:00:00+00:00"))
    assert result.fields["published"] == published


def test_worker_records_an_authors_conflict_in_the_origins_and_no_entry_for_no_evidence() -> None:
    html = article_page(author={"@type": "Person", "name": "Max Muster"}, datePublished=None)
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=html))
    assert result.fields["authors"] == []
    assert result.counts["meta/authors_conflict"] == 1
    origin = result.fields["meta_origin"]
    assert origin["authors"] == "conflict"
    assert origin["title"] == "h1"
    assert "published" not in origin  # no date anywhere: no evidence, no entry


def test_a_stored_row_tells_a_conflict_from_no_evidence(store_url: str) -> None:
    """The row every path writes (crawl, reprocess, WARC ingestion: the worker's fields
    through the store) on SQLite and PostgreSQL: ``conflict`` for the authors whose sources
    disagreed, no entry for the date nothing gave."""
    html = article_page(author={"@type": "Person", "name": "Max Muster"}, datePublished=None)
    url = "https://example.org/politics/story"
    result = analyze_page(PageJob(url=url, html=html))
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    store = store_for(database, crawler_for(), batch_size=1)
    names = {f.name for f in dataclasses.fields(Article)}
    fields = {k: v for k, v in result.fields.items() if k in names}
    run(store.process_item(article(url, **fields)))
    store.close_spider()
    (stored,) = database.db.execute("SELECT meta_origin FROM articles").fetchall()
    database.close()
    origin = stored[0] if isinstance(stored[0], dict) else json.loads(stored[0])
    assert origin == {"title": "h1", "authors": "conflict"}


# JSON-LD escapes a NUL, a bell, a C1 control (a dash read as Latin-1) and a decomposed "ü".
_ESCAPED_LD = (
    '{"@type": "NewsArticle", "headline": "K\\u00f6ln \\u0007 Zeit \\u0096 f\\u00fcr '
    'Gru\\u0308ne\\u0000", "datePublished": "2024-03-05T14:30:00+01:00", '
    '"author": {"@type": "Person", "name": "Hans\\u0000 Mu\\u0308ller"}}'
)


def test_fields_from_markup_are_stored_composed_without_control_characters(
    store_url: str,
) -> None:
    """A NUL in a JSON-LD author made PostgreSQL refuse the row (the crawl failed with
    ``store_failed``, ``copydb`` of a SQLite store stopped at it); on SQLite every export
    carried it and the other controls, and a decomposed "Mu\u0308ller" matched no search or
    grouping of "Müller", though the text is stored composed."""
    plain = article_page(author={"@type": "Person", "name": "Hans Müller"})
    html = plain.replace(plain[plain.index("{") : plain.index("</script>")], _ESCAPED_LD)
    html = html.replace("<h1>Minister resigns after budget vote</h1>", "")
    html = html.replace("By Jane Doe and John Roe", "")
    url = "https://example.org/politics/story"
    fields = analyze_page(PageJob(url=url, html=html)).fields
    assert fields["title"] == "Köln Zeit für Grüne"
    assert fields["authors"] == ["Hans Müller"] and fields["author"] == "Hans Müller"
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    store = store_for(database, crawler_for(), batch_size=1)
    names = {f.name for f in dataclasses.fields(Article)}
    run(store.process_item(article(url, **{k: v for k, v in fields.items() if k in names})))
    store.close_spider()
    stored = database.db.execute("SELECT title, author FROM articles").fetchall()
    database.close()
    assert [tuple(row) for row in stored] == [("Köln Zeit für Grüne", "Hans Müller")]


def test_a_text_that_its_cleaning_empties_is_stored_as_none() -> None:
    """A JSON-LD headline of control characters only became the empty title "" once they were
    taken out, beside the NULL of a page without a title: two values that a CSV export writes
    as the same empty field. Emptied, it is no title: None, as for a page without one."""
    html = article_page(headline="\u0000\u0007")
    html = html.replace("<h1>Minister resigns after budget vote</h1>", "")
    html = html.replace("<title>Minister resigns after budget vote | Example News</title>", "")
    fields = analyze_page(PageJob(url="https://example.org/politics/story", html=html)).fields
    assert fields["title"] is None
    assert "" not in fields.values()


def test_a_keywords_list_is_stored_as_one_tag_each() -> None:
    """A ``keywords`` meta tag is a comma-separated list: it was stored as one tag ("Clare
    Daly,Defense,Donald Trump"), in 89 of the 179 tagged dev pages, so that no filter by a
    tag (``json_each(tags)``, a Parquet list) found the article under any of them."""
    keywords = "Clare Daly,Defense, Donald Trump，Wahl 2025, 1,000 Tage,,Defense"
    html = article_page().replace("<title>", f'<meta name="keywords" content="{keywords}"><title>')
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=html))
    assert result.fields["tags"][:5] == [
        "Clare Daly",
        "Defense",
        "Donald Trump",
        "Wahl 2025",
        "1,000 Tage",
    ]
    assert result.fields["tags"].count("Defense") == 1


def test_repeated_article_tags_are_one_tag_each_whatever_their_commas() -> None:
    """OpenGraph writes a list (``article:tag``) as the element repeated, one value each: such
    a value is one tag, a name written family name first among them ("Voigt, Mario"), which
    was split at its comma into two ("Voigt", "Mario"). A single element holding a list (35
    dev pages: "Spain,Europe,World news") and a ``keywords`` list are still split: on the
    dev pages no repeated ``article:tag`` holds a comma (58 pages)."""
    repeated = "".join(
        f'<meta property="article:tag" content="{tag}">' for tag in ("Voigt, Mario", "Thüringen")
    )
    page = article_page().replace("<title>", f"{repeated}<title>")
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=page))
    assert result.fields["tags"] == ["Voigt, Mario", "Thüringen"]
    single = '<meta property="article:tag" content="Spain,Europe,World news">'
    page = article_page().replace("<title>", f"{single}<title>")
    result = analyze_page(PageJob(url="https://example.org/politics/story", html=page))
    assert result.fields["tags"] == ["Spain", "Europe", "World news"]


def test_worker_drops_a_listing_page_with_its_reason() -> None:
    teasers = "".join(
        f'<h2><a href="/politik/story-{i}.html">Headline number {i} about the news today</a></h2>'
        f"<p>Teaser {i}.</p>"
        for i in range(30)
    )
    html = (
        '<html><head><meta property="og:type" content="website"></head>'
        f"<body><main>{teasers}</main></body></html>"
    )
    result = analyze_page(PageJob(url="https://example.org/politik/", html=html))
    assert result.drop == "listing"
    assert result.counts == {"meta/listing/og:website": 1}


def test_worker_spots_a_listing_before_any_text_work(monkeypatch: pytest.MonkeyPatch) -> None:
    teasers = "".join(
        f'<h2><a href="/s-{i}.html">Headline number {i} about the news today</a></h2>'
        for i in range(30)
    )
    html = f"<html><body><main>{teasers}</main></body></html>"

    def no_text_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("a listing page must not reach the text pipeline")

    monkeypatch.setattr("pipelines.extract.worker.article_text", no_text_work)
    result = analyze_page(PageJob(url="https://example.org/", html=html))
    assert result.drop == "listing"
    assert result.counts == {"meta/listing/home": 1}
    assert set(result.seconds) == {"extract", "clean", "metadata"}


@pytest.mark.parametrize("path", sorted(DEMO_SITE.glob("artikel-*.html")), ids=lambda p: p.name)
def test_demo_articles_keep_a_date_in_the_one_format(path: Path) -> None:
    result = analyze_page(
        PageJob(url=f"http://127.0.0.1:8765/{path.name}", html=path.read_text("utf-8"))
    )
    assert result.drop is None
    published = result.fields["published"]
    if published is not None:
        assert published.endswith("+00:00")
        assert datetime.fromisoformat(published).utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        # a feed's, a sitemap's, a page's (trafilatura), one without a zone (the day)
        ("2024-03-05T13:30:00+00:00", ("2024-03-05T13:30:00+00:00", "minute", "2024-03-05")),
        ("2024-03-05T14:30:00+01:00", ("2024-03-05T13:30:00+00:00", "minute", "2024-03-05")),
        ("2024-03-05", ("2024-03-05T00:00:00+00:00", "day", "2024-03-05")),
        ("2024-03-05T14:30:00", ("2024-03-05T00:00:00+00:00", "day", "2024-03-05")),
        ("gestern", (None, None, None)),
        (None, (None, None, None)),
    ],
)
def test_normalize_published(stored: str | None, expected: tuple) -> None:
    assert normalize_published(stored) == expected


def test_migration_brings_old_rows_to_the_format(db: Database) -> None:
    rows = [
        ("https://e.org/1", "2024-03-05T14:30:00+01:00", "Jane Doe; John Roe"),
        ("https://e.org/2", "2024-03-05", None),
        ("https://e.org/3", None, "Jane Doe"),
    ]
    for url, published, author in rows:
        db.execute(
            "INSERT INTO articles (url, source, fetched_at, text, published, author)"
            " VALUES (?, 's', '2024-03-06T00:00:00+00:00', 't', ?, ?)",
            [url, published, author],
        )
    schema.m050_article_dates_utc(db)
    got = {
        r["url"]: (r["published"], r["published_precision"], json.loads(r["authors"]), r["author"])
        for r in db.query("SELECT * FROM articles ORDER BY url")
    }
    assert got == {
        "https://e.org/1": (
            "2024-03-05T13:30:00+00:00",
            "minute",
            ["Jane Doe", "John Roe"],
            "Jane Doe, John Roe",
        ),
        "https://e.org/2": ("2024-03-05T00:00:00+00:00", "day", [], None),
        "https://e.org/3": (None, None, ["Jane Doe"], "Jane Doe"),
    }
    # Applying the schema again changes nothing.
    schema.apply(db)
    assert db.execute("SELECT published FROM articles WHERE url = 'https://e.org/1'").fetchone()[
        0
    ] == ("2024-03-05T13:30:00+00:00")


def test_migration_gives_each_date_its_day_and_keeps_no_impossible_date(db: Database) -> None:
    """The migrated rows keep the promises of a crawled one: ``published_day`` beside every
    date (the page's own day: 23:30 at -05:00 is the 5th, though the 6th in UTC), and no date
    before 1990 or more than a day after the page was fetched (an old extractor's epoch zero
    or a typo's year stayed, sorting first or last)."""
    rows = [
        ("https://e.org/evening", "2024-03-05T23:30:00-05:00"),
        ("https://e.org/day", "2024-03-05"),
        ("https://e.org/naive", "2024-03-05T14:30:00"),
        ("https://e.org/epoch", "1970-01-01T00:00:00+00:00"),
        ("https://e.org/ahead", "2024-03-09"),
    ]
    for url, published in rows:
        db.execute(
            "INSERT INTO articles (url, source, fetched_at, text, published)"
            " VALUES (?, 's', '2024-03-06T12:00:00+00:00', 't', ?)",
            [url, published],
        )
    schema.m050_article_dates_utc(db)
    got = {
        r["url"]: (r["published"], r["published_precision"], r["published_day"])
        for r in db.query("SELECT * FROM articles")
    }
    assert got == {
        "https://e.org/evening": ("2024-03-06T04:30:00+00:00", "minute", "2024-03-05"),
        "https://e.org/day": ("2024-03-05T00:00:00+00:00", "day", "2024-03-05"),
        "https://e.org/naive": ("2024-03-05T00:00:00+00:00", "day", "2024-03-05"),
        "https://e.org/epoch": (None, None, None),
        "https://e.org/ahead": (None, None, None),
    }


def test_run_row_counts_the_conflicts_of_its_rows_not_of_its_pages() -> None:
    stats = {
        "news/meta/published_conflict": 2,
        "news/meta/modified_conflict": 1,
        "news/meta/listing/og:website": 5,
    }
    assert source_row(stats, None, {}, {"meta_conflicts": 1})["meta_conflicts"] == 1
    assert source_row(stats, None, {}, {})["meta_conflicts"] is None
