"""`scrapy browse`: metadata, the SVG charts, the article and chart pages (in-process)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path

import pytest

from crawler.browse.charts import DayCount, RunMark, articles_per_day_svg, run_health_svg
from crawler.browse.dates import utc_query_string
from crawler.browse.metadata import browse_metadata
from crawler.browse.paging import first_page_token
from crawler.browse.plugin import article_link
from crawler.browse.server import make_datasette
from crawler.items import column_value
from crawler.storage import run_records as records
from crawler.storage.database import open_database, write_transaction
from tests.unit.components import run

SVG = "{http://www.w3.org/2000/svg}"


def marks(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)  # well-formed, or this raises
    return [e for e in root.iter(f"{SVG}rect") if e.get("class") == "mark"]


def test_metadata_hides_internal_tables() -> None:
    meta = browse_metadata("news", ["articles", "pages", "dedup_buckets", "runs", "run_sources"])
    tables = meta["databases"]["news"]["tables"]
    assert tables["pages"] == {"hidden": True} and tables["dedup_buckets"] == {"hidden": True}
    assert "hidden" not in tables["articles"] and "hidden" not in tables["runs"]
    assert tables["articles"]["facets"] == ["source", "language", {"date": "published"}]
    assert set(meta["databases"]["news"]["queries"]) == {
        "latest_per_source",
        "duplicate_clusters",
        "runs_health",
    }


def test_articles_per_day_stacks_one_mark_per_day_and_source() -> None:
    rows = [
        DayCount("2026-03-01", "a", 4),
        DayCount("2026-03-01", "b", 2),
        DayCount("2026-03-03", "a", 1),
    ]
    found = marks(articles_per_day_svg(rows))
    assert len(found) == 3
    heights = sorted(float(m.get("height", 0)) for m in found)
    assert heights[2] == pytest.approx(2 * heights[1], abs=0.2)  # to scale
    assert heights[2] == pytest.approx(4 * heights[0], abs=0.2)
    assert "<title>2026-03-01 b: 2</title>" in articles_per_day_svg(rows)
    assert marks(articles_per_day_svg([])) == []


def test_run_health_colours_by_outcome() -> None:
    runs = [
        RunMark(1, "a", "2026-03-01T10:00:00+00:00", "ok", 5),
        RunMark(
            2, "a", "2026-03-01T10:15:00+00:00", "failed", 0, "none of 1 entry URL(s) answered"
        ),
        RunMark(3, "b", "2026-03-01T10:15:00+00:00", None, None),
    ]
    svg = run_health_svg(runs)
    fills = [m.get("fill") for m in marks(svg)]
    assert fills == ["#009E73", "#D55E00", "#999999"]
    assert "none of 1 entry URL(s) answered" in svg


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    db = open_database(path)
    with write_transaction(db):
        for n, dup in ((1, None), (2, "https://a.example/1")):
            db.table("articles").insert(
                {
                    "url": f"https://a.example/{n}",
                    "source": "alpha" if n == 1 else "beta",
                    "title": f"Title <{n}>",
                    "author": "Erika Muster",
                    "published": "2026-03-01T08:00:00+01:00",
                    "fetched_at": "2026-03-01T09:00:00+00:00",
                    "text": "Erster Absatz.\nZweiter Absatz.",
                    "tags": column_value([]),
                    "duplicate_of": dup,
                    "similarity": 0.9 if dup else None,
                }
            )
        run_id = records.start_run(db, "crawl", ["alpha"], None)
        records.source_started(db, run_id, "alpha")
        records.finish_run(db, run_id, 0, {"alpha": None})
    db.close()
    return path


def test_pages_in_process(tmp_path: Path) -> None:
    datasette = make_datasette(_database(tmp_path))

    async def fetch(path: str) -> tuple[int, str]:
        response = await datasette.client.get(path)
        return response.status_code, response.text

    status, html = run(fetch(article_link("https://a.example/1")))
    assert status == 200
    assert '<h1 dir="auto">Title &lt;1&gt;</h1>' in html
    assert '<p dir="auto">Erster Absatz.</p>' in html
    assert '<p dir="auto">Zweiter Absatz.</p>' in html
    assert "Erika Muster" in html and 'href="https://a.example/1"' in html
    assert "Copies of this article" in html and "Title &lt;2&gt;" in html

    status, html = run(fetch(article_link("https://a.example/2")))
    assert "This is a copy of" in html

    status, _ = run(fetch(article_link("https://nowhere.example/")))
    assert status == 404

    status, html = run(fetch("/-/charts"))
    assert status == 200 and html.count('class="mark"') == 3  # 2 sources on one day, 1 run

    status, html = run(fetch("/news/articles?_search=Absatz"))
    assert status == 200 and html.count('href="/-/article?url=') == 2

    status, html = run(fetch("/news/duplicate_clusters"))
    assert status == 200 and "Title &lt;1&gt;" in html
    status, html = run(fetch("/news/runs_health"))
    assert status == 200 and "alpha" in html


def _articles(tmp_path: Path, rows: Iterable[Mapping[str, object]]) -> Path:
    """A store of ``rows`` (each fetched on 2026-03-10, with a text of one word)."""
    path = tmp_path / "news.db"
    with closing(open_database(path)) as db, write_transaction(db):
        db.table("articles").insert_all(
            {"fetched_at": "2026-03-10", "text": "x", **row} for row in rows
        )
    return path


def test_no_page_tries_facets_on_every_column(tmp_path: Path) -> None:
    """Datasette suggested facets on a page without configured ones by trying one on each
    column: 3.7 s of every unique_articles page of 100,000 articles (a view: no index)."""
    rows = ({"url": f"https://a.example/{n}", "source": f"s{n % 2}"} for n in range(30))
    datasette = make_datasette(_articles(tmp_path, rows))

    async def suggested(page: str) -> list[object]:
        response = await datasette.client.get(f"/news/{page}.json")
        assert response.status_code == 200
        return list(response.json()["suggested_facets"])

    assert run(suggested("unique_articles")) == []
    assert run(suggested("runs")) == []


def test_latest_per_source_reads_each_sources_newest_from_the_index(tmp_path: Path) -> None:
    """The canned query numbered every article in a window over the whole table: 3 s of each
    view of 100,000 articles. It now reads a few rows per source through the index, and
    still lists each source's 5 newest by publication date, else fetch date."""
    db = open_database(tmp_path / "news.db")
    rows = [
        {
            "url": f"https://a.example/{n}",
            "source": f"s{n % 3}",
            "published": None if n % 4 == 0 else f"2026-03-{1 + n % 28:02d}T00:00:{n:03d}",
            # Undated articles fetched in April are newer than every dated one.
            "fetched_at": f"2026-0{4 if n % 8 == 0 else 2}-01T00:00:{n:03d}",
            "text": "x",
        }
        for n in range(200)
    ]
    with write_transaction(db):
        db.table("articles").insert_all(rows)
    sql = browse_metadata("news", ["articles"])["databases"]["news"]["queries"]
    query = sql["latest_per_source"]["sql"]
    listed = [(r[0], r[4]) for r in db.execute(query).fetchall()]
    expected = []
    for source in ("s0", "s1", "s2"):
        own = [r for r in rows if r["source"] == source]
        own.sort(key=lambda r: str(r["published"] or r["fetched_at"]), reverse=True)
        expected += [(source, r["url"]) for r in own[:5]]
    assert listed == expected
    plan = [r[3] for r in db.execute(f"explain query plan {query}").fetchall()]
    scans = [step for step in plan if step.startswith("SCAN") and "articles" in step]
    assert scans and all("COVERING INDEX" in step for step in scans), plan
    db.close()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?_next=2026-03-01T07%3A00%3A00%2B00%3A00%2Chttps%3A~2F~2Fa.example~2F7",
        "?_sort=published",
        "?source=s1",
    ],
)
def test_a_page_of_articles_walks_an_index_in_its_order(tmp_path: Path, query: str) -> None:
    """Each page of the articles table read and sorted every article (0.3 s a page of
    100,000 articles, over 2 s on a busy machine): no index had its order, newest first and
    then by URL. Now every page, the first, one after it, either direction, filtered, is
    read from an index in the order of its dates, as many rows as it shows."""
    rows = (
        {
            "url": f"https://a.example/{n}",
            "source": f"s{n % 2}",
            "published": f"2026-03-{1 + n % 9:02d}T07:00:00+00:00",
        }
        for n in range(60)
    )
    path = _articles(tmp_path, rows)
    datasette = make_datasette(path)

    async def page_query() -> tuple[str, dict[str, object]]:
        response = await datasette.client.get(f"/news/articles.json{query}")
        assert response.status_code == 200
        asked = response.json()["query"]
        return asked["sql"], asked["params"]

    sql, params = run(page_query())
    with closing(open_database(path)) as db:
        plan = [row[3] for row in db.execute(f"explain query plan {sql}", params).fetchall()]
    # Sorting the rows that share a date by URL ("RIGHT PART") is a few rows at a time.
    whole = ("USE TEMP B-TREE FOR ORDER BY", "MULTI-INDEX")
    assert not [step for step in plan if step.startswith(whole)], plan
    assert any("USING INDEX idx_articles_" in step for step in plan), plan


def test_an_article_page_gives_its_language_and_lets_each_line_take_its_direction(
    tmp_path: Path,
) -> None:
    """An Arabic or Hebrew article was laid out left to right, its paragraphs aligned to the
    wrong side and their punctuation moved to the wrong end, and no page said the language
    it was in (which picks fonts for Chinese and Japanese, and the reader's voice). Title,
    description and text carry the article's language, and each line its own direction."""
    (html,) = _article_pages(
        tmp_path,
        {
            "url": "https://a.example/ar",
            "source": "alpha",
            "title": "مرحبا بالعالم",
            "author": "محمد",
            "description": "ملخص الخبر",
            "fetched_at": "2026-03-01T09:00:00+00:00",
            "text": "السطر الأول.\nEnglish line, 2026.",
            "language": "ar",
        },
    )
    assert '<h1 dir="auto" lang="ar">مرحبا بالعالم</h1>' in html
    assert '<p dir="auto" lang="ar"><strong>ملخص الخبر</strong></p>' in html
    assert '<div class="text" lang="ar">' in html
    assert '<p dir="auto">السطر الأول.</p>' in html
    assert '<p dir="auto">English line, 2026.</p>' in html
    assert '<span class="author" dir="auto">محمد</span>' in html


@pytest.mark.parametrize("query", ['"', '""', " ", '" "', "-"])
def test_a_search_of_no_words_finds_nothing_instead_of_an_error_page(
    tmp_path: Path, query: str
) -> None:
    """A search box holding only a quote or a space was an FTS5 syntax error: Datasette's
    error page (400) with the SQL, where the reader expects no match; the words around a
    quote still find their articles."""
    datasette = make_datasette(_database(tmp_path))

    async def search(words: str) -> tuple[int, str]:
        response = await datasette.client.get("/news/articles", params={"_search": words})
        return response.status_code, response.text

    status, html = run(search(query))
    assert status == 200, html[:500]
    assert 'href="/-/article?url=' not in html and "0 rows" in html
    status, html = run(search('"Erster Absatz'))
    assert status == 200 and html.count('href="/-/article?url=') == 2


def test_pages_read_while_a_crawl_holds_the_write_lock(tmp_path: Path) -> None:
    path = _database(tmp_path)
    datasette = make_datasette(path)
    writer = open_database(path)
    writer.execute("BEGIN IMMEDIATE")
    writer.table("articles").insert(
        {"url": "https://a.example/3", "source": "alpha", "fetched_at": "x", "text": "Neu"}
    )
    try:

        async def fetch(path: str) -> tuple[int, str]:
            response = await datasette.client.get(path)
            return response.status_code, response.text

        status, html = run(fetch(article_link("https://a.example/1")))
        assert status == 200 and "Erster Absatz." in html
        status, _ = run(fetch("/news/articles?_search=Neu"))
        assert status == 200
    finally:
        writer.rollback()
        writer.close()


def test_an_article_page_says_when_its_text_stops_at_a_wall(tmp_path: Path) -> None:
    """A paywalled article's page showed the teaser the wall left as the whole article: a
    reader could not tell that the story goes on behind a subscription. It now says so; a
    free article's page does not."""
    walled_page, free_page = _article_pages(
        tmp_path,
        *(
            {
                "url": f"https://a.example/{n}",
                "source": "alpha",
                "title": f"Title {n}",
                "fetched_at": "2026-03-01T09:00:00+00:00",
                "text": "Erster Absatz.\nZweiter Absatz.",
                "paywalled": walled,
            }
            for n, walled in ((1, 1), (2, 0))
        ),
    )
    assert '<p class="paywalled">' in walled_page
    assert "the rest is behind the site's subscription wall" in walled_page
    assert '<p class="paywalled">' not in free_page


def _article_pages(tmp_path: Path, *rows: dict[str, object]) -> list[str]:
    """The article page of each of ``rows``, stored alone in a new database and served by
    Datasette in-process."""
    path = tmp_path / "news.db"
    db = open_database(path)
    with write_transaction(db):
        db.table("articles").insert_all(rows)
    db.close()
    datasette = make_datasette(path)

    async def fetch(path: str) -> str:
        return (await datasette.client.get(path)).text

    return [run(fetch(article_link(str(row["url"])))) for row in rows]


@pytest.mark.parametrize("meta_origin", ["not json", "[1, 2]", "null", ""])
def test_an_article_page_whose_meta_origin_is_no_object_still_shows(
    tmp_path: Path, meta_origin: str
) -> None:
    """``meta_origin`` written by hand or by another tool is shown only when it is the JSON
    object the pipeline writes; anything else leaves its line out, never the page."""
    (html,) = _article_pages(
        tmp_path,
        {
            "url": "https://a.example/x",
            "source": "alpha",
            "title": "Titel",
            "fetched_at": "2026-03-01T09:00:00+00:00",
            "text": "Erster Absatz.",
            "meta_origin": meta_origin,
        },
    )
    assert "<h1" in html and "Erster Absatz." in html
    assert 'class="facts origins"' not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            b"published__gte=2025-01-13T21%3A00%2B09%3A00",
            b"published__gte=2025-01-13T12%3A00%3A00%2B00%3A00",
        ),
        (
            b"fetched_at__lt=2025-01-13T12:00Z&_search=x",
            b"fetched_at__lt=2025-01-13T12%3A00%3A00%2B00%3A00&_search=x",
        ),
        (b"published__gte=2025-01-13", b"published__gte=2025-01-13"),  # a day: as typed
        (b"published__gte=2025-01-13T21:00", b"published__gte=2025-01-13T21:00"),  # UTC
        (b"published__gte=yesterday", b"published__gte=yesterday"),
        (
            b"published__exact=2025-01-13T21:00%2B09:00",
            b"published__exact=2025-01-13T21:00%2B09:00",
        ),
        (b"title__gte=2025-01-13T21:00%2B09:00", b"title__gte=2025-01-13T21:00%2B09:00"),
        (
            b"_search=%E5%AE%AE&started_at__gt=2026-01-01T00:00-05:00",
            b"_search=%E5%AE%AE&started_at__gt=2026-01-01T05%3A00%3A00%2B00%3A00",
        ),
    ],
)
def test_moment_filters_with_an_offset_compare_in_utc(query: bytes, expected: bytes) -> None:
    """The store's moments are UTC text: a bound typed with another offset is rewritten as
    the same moment in UTC; anything else reaches Datasette as typed."""
    assert utc_query_string(query) == expected


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/news/articles", b"", b"_next=%F4%8F%BF%BF%F4%8F%BF%BF%F4%8F%BF%BF%F4%8F%BF%BF%2C"),
        ("/news/articles.json", b"_sort=title", b"_sort=title&_next=%24null%2C"),
        # The sort form's "descending" box, with the token the page before carried on.
        (
            "/news/articles",
            b"_next=%24null%2C&_search=x&_sort=title&_sort_by_desc=1",
            b"_search=x&_sort=title&_sort_by_desc=1"
            b"&_next=%F4%8F%BF%BF%F4%8F%BF%BF%F4%8F%BF%BF%F4%8F%BF%BF%2C",
        ),
        ("/news/articles", b"_next=abc%2Cx", b"_next=abc%2Cx"),  # a later page: as asked
        ("/news/runs", b"", b""),  # another table: as asked
        ("/news/articles", b"_sort=a&_sort_desc=b", b"_sort=a&_sort_desc=b"),  # refused later
        ("/news/articles.csv", b"_stream=on&_next=%24null%2C", b"_stream=on"),
        ("/news/articles.csv", b"_stream=on&_next=x", b"_stream=on&_next=x"),
    ],
)
def test_the_first_page_of_articles_is_asked_in_the_order_of_the_next(
    path: str, query: bytes, expected: bytes
) -> None:
    assert first_page_token(path, query) == expected
