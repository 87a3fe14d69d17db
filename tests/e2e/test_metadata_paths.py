"""Issue 10's promises about metadata, checked on the paths a row takes into the store and out.

One site on 127.0.0.1 with pages listed by a feed (its dates in the forms feeds write) and by
sitemaps (a ``lastmod`` alone, a publication date without a time, one in the site's offset);
one crawl of each, then ``scrapy reprocess`` and every export read back. Every row must keep
the promises :func:`assert_promises` checks, whatever path wrote it.
"""

from __future__ import annotations

import csv
import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlite_utils import Database

from crawler.demo.server import serve_directory
from crawler.storage.database import open_database
from tests.conftest import FAST, run_scrapy, start_browse
from tests.support import faultserver as fs
from tests.support.harness import etag_feed, run_crawl
from tests.support.postgres import fresh_database

pytestmark = pytest.mark.e2e

STORED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")
PRECISIONS = {"day", "minute", "second"}
# The fields a row's meta_origin names when the row holds them.
ORIGIN_FIELDS = ("title", "authors", "published", "modified")


def _ld(**fields: Any) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _page(seed: str, head: str = "", byline: str = "") -> str:
    """A story under its headline with its own paragraphs, the site's name in its title."""
    title = f"Bericht {seed}"
    body = "".join(f"<p>{p}</p>" for p in fs.article_text(seed))
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title} | Hafenblatt</title>"
        f'<meta property="og:site_name" content="Hafenblatt">{head}</head>'
        f'<body><nav><a href="/">Start</a></nav><article><h1>{title}</h1>{byline}{body}'
        "</article><footer>Impressum</footer></body></html>"
    )


# Each page, what lists it, and what the row must hold: (published, precision) or None.
TWO = (
    '<p class="byline">Von <a rel="author" href="/autor/anna">Anna Berg</a> und '
    '<a rel="author" href="/autor/bert">Bert Cramer</a></p>'
)
PAGES: dict[str, str] = {
    # JSON-LD states the moment, the feed the same in RFC 822 with a two-digit year; the
    # page's modification before its publication is a conflict, never stored.
    "jsonld": _page(
        "jsonld",
        _ld(
            headline="Bericht jsonld",
            datePublished="2026-03-05T14:30:00+01:00",
            dateModified="2026-03-05T10:00:00+01:00",
        ),
        TWO,
    ),
    "minus0000": _page("minus0000"),  # RFC 822's "-0000": a UTC time of an unnamed zone
    "gmt": _page("gmt"),
    "named": _page("named"),  # a zone email.utils names (EST)
    "nozone": _page("nozone"),  # ISO 8601 without a zone: the day only
    "garbage": _page("garbage"),  # a date no reader reads: none
    "future": _page("future", _ld(headline="Bericht future", datePublished="2031-01-01T10:00:00Z")),
    "ancient": _page("ancient", _ld(headline="Bericht ancient", datePublished="1985-03-05")),
    "lastmod": _page("lastmod"),  # a plain sitemap's lastmod alone: no date at all
    "newsday": _page("newsday"),  # a news sitemap's day without a time
    "offset": _page("offset"),  # a news sitemap's time in the site's offset
}
# A section front the feed lists beside the stories, and a topic's page the sitemap lists:
# never stored.
FRONT = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Politik | Hafenblatt'
    '</title><meta property="og:type" content="website"></head><body><main>'
    + "".join(
        f'<h2><a href="/politik/{n}.html">Schlagzeile Nummer {n} aus der Politik von heute</a>'
        f"</h2><p>Anriss {n}.</p>"
        for n in range(30)
    )
    + "</main></body></html>"
)
FEED = {
    "jsonld": "Thu, 05 Mar 26 13:30:00 GMT",
    "minus0000": "Wed, 04 Nov 2026 10:00:00 -0000",
    "gmt": "Wed, 04 Nov 2026 10:00:00 GMT",
    "named": "Wed, 04 Nov 2026 10:00:00 EST",
    "nozone": "2026-11-04T10:00:00",
    "garbage": "vor zwei Stunden",
}
SITEMAP = {
    "future": "<lastmod>2026-03-05</lastmod>",
    "ancient": "<lastmod>2026-03-05T10:00:00+01:00</lastmod>",
    "lastmod": "<lastmod>2026-03-05T10:00:00+01:00</lastmod>",
    "newsday": "<news:publication_date>2026-03-05</news:publication_date>",
    "offset": "<news:publication_date>2026-03-05T14:30:00+05:30</news:publication_date>",
}
EXPECTED: dict[str, tuple[str, str] | None] = {
    "jsonld": ("2026-03-05T13:30:00+00:00", "minute"),
    "minus0000": ("2026-11-04T10:00:00+00:00", "minute"),
    "gmt": ("2026-11-04T10:00:00+00:00", "minute"),
    "named": ("2026-11-04T15:00:00+00:00", "minute"),
    "nozone": ("2026-11-04T00:00:00+00:00", "day"),
    "garbage": None,
    "future": None,
    "ancient": None,
    "lastmod": None,
    "newsday": ("2026-03-05T00:00:00+00:00", "day"),
    "offset": ("2026-03-05T09:00:00+00:00", "minute"),
}

# The home page a site crawl starts from: the stories' headlines and the section front.
HOME = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafenblatt</title>'
    '<meta property="og:type" content="website"></head><body><main>'
    + "".join(
        f'<h2><a href="/{name}.html">Bericht {name}: was heute im Hafen geschah</a></h2>'
        for name in [*PAGES, "politik"]
    )
    + "</main></body></html>"
)


def _news(entry: str) -> str:
    if "publication_date" not in entry:
        return entry
    return (
        "<news:news><news:publication><news:name>Hafenblatt</news:name>"
        f"<news:language>de</news:language></news:publication>{entry}</news:news>"
    )


def _write_site(root: Path, base: str) -> None:
    root.mkdir()
    for name, html in {**PAGES, "politik": FRONT, "thema": FRONT}.items():
        (root / f"{name}.html").write_text(html, encoding="utf-8")
    (root / "index.html").write_text(HOME, encoding="utf-8")
    items = "".join(
        f"<item><title>Bericht {name}</title><link>{base}/{name}.html</link>"
        f"<pubDate>{date}</pubDate></item>"
        for name, date in {**FEED, "politik": "Wed, 04 Nov 2026 10:00:00 GMT"}.items()
    )
    (root / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>H</title>'
        f"<link>{base}/</link><description>d</description>{items}</channel></rss>",
        encoding="utf-8",
    )
    urls = "".join(
        f"<url><loc>{base}/{name}.html</loc>{_news(entry)}</url>"
        for name, entry in {**SITEMAP, "thema": "<lastmod>2026-03-05</lastmod>"}.items()
    )
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>',
        encoding="utf-8",
    )


@dataclass
class Crawled:
    base: str
    folder: Path
    db: Path
    csv: Path  # the crawl's own ``-O`` export of the feed's articles
    jsonl: Path  # the same, as JSON Lines
    stderrs: tuple[str, ...]  # the feed's crawl, the sitemap's, an ad-hoc one of the front

    def rows(self) -> dict[str, dict[str, Any]]:
        return {
            r["url"].rsplit("/", 1)[1].removesuffix(".html"): r
            for r in Database(self.db).query("select * from articles")
        }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    folder = tmp_path_factory.mktemp("paths")
    db, out, lines = folder / "news.db", folder / "feed.csv", folder / "feed.jsonl"
    requests: list = []
    with serve_directory(folder / "site", request_log=requests) as base:
        _write_site(folder / "site", base)
        store = ("-s", f"NEWS_DB={db}", *FAST)
        feed = run_scrapy(
            "crawl", "news", "-a", f"feed={base}/feed.xml", "-O", str(out), "-O", str(lines), *store
        )
        assert feed.returncode == 0, feed.stderr[-3000:]
        sitemap = run_scrapy("crawl", "news", "-a", f"sitemap={base}/sitemap.xml", *store)
        assert sitemap.returncode == 0, sitemap.stderr[-3000:]
        given = run_scrapy("crawl", "news", "-a", f"url={base}/politik.html", *store)
        assert given.returncode == 0, given.stderr[-3000:]
        yield Crawled(base, folder, db, out, lines, (feed.stderr, sitemap.stderr, given.stderr))


def assert_promises(row: dict[str, Any]) -> None:
    """What issue 10 promises of every stored row, whatever path wrote it."""
    published, modified = row["published"], row["modified"]
    fetched = datetime.fromisoformat(row["fetched_at"])
    for value in (published, modified):
        if value is not None:
            assert STORED.fullmatch(value), value
            moment = datetime.fromisoformat(value)
            assert datetime(1990, 1, 1, tzinfo=UTC) <= moment <= fetched + timedelta(days=1)
    assert (
        (published is None)
        == (row["published_precision"] is None)
        == (row["published_day"] is None)
    ), row
    if published is not None:
        assert row["published_precision"] in PRECISIONS
        if row["published_precision"] == "day":
            assert published.endswith("T00:00:00+00:00")
            assert row["published_day"] == published[:10]
    if modified is not None:
        assert published is not None and modified >= published, row
    authors = json.loads(row["authors"])
    assert isinstance(authors, list) and all(isinstance(a, str) and a for a in authors)
    assert row["author"] == (", ".join(authors) or None)
    origin = json.loads(row["meta_origin"])
    assert isinstance(origin, dict)
    for name in ORIGIN_FIELDS:
        if row[name] not in (None, "[]"):
            assert origin.get(name) not in (None, "conflict", "weak"), (name, row)


def test_every_listing_form_gives_a_row_that_keeps_the_promises(crawled: Crawled) -> None:
    rows = crawled.rows()
    assert set(rows) == set(PAGES)
    for name, row in rows.items():
        assert_promises(row)
        got = (row["published"], row["published_precision"]) if row["published"] else None
        assert got == EXPECTED[name], name
        assert row["title"] == f"Bericht {name}"  # not "… | Hafenblatt"
    # The page's modification before its publication: NULL, named a conflict, counted.
    assert rows["jsonld"]["modified"] is None
    assert json.loads(rows["jsonld"]["meta_origin"])["modified"] == "conflict"
    assert "'news/meta/modified_conflict': 1" in crawled.stderrs[0]
    assert json.loads(rows["jsonld"]["authors"]) == ["Anna Berg", "Bert Cramer"]
    # Where the listing alone dated the row, meta_origin names the listing's kind.
    assert json.loads(rows["gmt"]["meta_origin"])["published"] == "feed"
    assert json.loads(rows["offset"]["meta_origin"])["published"] == "sitemap"
    # A lastmod is no publication and no modification the page states.
    assert json.loads(rows["lastmod"]["meta_origin"]).keys() <= {"title"}


def test_a_listing_page_is_dropped_with_its_reason_in_every_crawl_mode(crawled: Crawled) -> None:
    assert not {"politik", "thema"} & set(crawled.rows())
    for stderr in crawled.stderrs:  # listed by the feed, by the sitemap, given with -a url=
        assert "'news/drop/listing': 1" in stderr
        assert "'news/meta/listing/og:website': 1" in stderr


def test_reprocess_re_derives_every_field_and_origin_as_the_crawl(crawled: Crawled) -> None:
    fields = (
        "title, authors, author, published, published_precision, published_day, modified,"
        " meta_origin"
    )
    query = f"select url, {fields} from articles"
    before = {r["url"]: r for r in Database(crawled.db).query(query)}
    with Database(crawled.db).conn as conn:
        conn.execute(
            "update articles set title = NULL, authors = '[]', author = NULL, published = NULL,"
            " published_precision = NULL, published_day = NULL, modified = NULL,"
            " meta_origin = '{}'"
        )
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={crawled.db}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    after = {r["url"]: r for r in Database(crawled.db).query(query)}
    assert after == before


def test_a_site_crawl_stores_no_front_and_keeps_the_promises(crawled: Crawled) -> None:
    db = crawled.folder / "site-crawl.db"
    run = run_scrapy(
        "crawl", "news", "-a", f"start={crawled.base}/index.html", "-a", "depth=1",
        "-s", f"NEWS_DB={db}", *FAST,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    rows = {r["url"]: r for r in Database(db).query("select * from articles")}
    assert {url.rsplit("/", 1)[1].removesuffix(".html") for url in rows} == set(PAGES)
    assert "'news/drop/listing': 1" in run.stderr  # the section front; the start page is none
    for row in rows.values():
        assert_promises(row)
    # Without a listing, the pages alone date the rows: none is dated by another's hint.
    origins = [json.loads(row["meta_origin"]).get("published") for row in rows.values()]
    assert not {"feed", "sitemap", "listing"} & set(origins)


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_exports_keep_the_format_and_the_list_and_parse_back(crawled: Crawled, suffix: str) -> None:
    out = crawled.folder / f"articles-{suffix}.{suffix}"
    run = run_scrapy("export", str(out), "--overwrite", "-s", f"NEWS_DB={crawled.db}")
    assert run.returncode == 0, run.stderr[-3000:]
    stored = {r["url"]: r for r in Database(crawled.db).query("select * from articles")}
    if suffix == "jsonl":
        records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    elif suffix == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            records = [
                {**r, "authors": json.loads(r["authors"])} | _nulls(r) for r in csv.DictReader(f)
            ]
    else:
        records = [
            {
                **r,
                **{
                    k: r[k].isoformat() if r[k] else None
                    for k in ("published", "modified", "fetched_at")
                },
            }
            for r in pq.read_table(out).to_pylist()
        ]
    assert {r["url"] for r in records} == set(stored)
    for record in records:
        row = stored[record["url"]]
        assert record["published"] == row["published"]
        assert record["modified"] == row["modified"]
        assert record["published_precision"] == row["published_precision"]
        assert record["authors"] == json.loads(row["authors"])
        origin = record["meta_origin"] if suffix == "jsonl" else json.loads(record["meta_origin"])
        assert origin == json.loads(row["meta_origin"])
    ordered = sorted((r for r in records if r["published"]), key=lambda r: r["published"])
    moments = [datetime.fromisoformat(r["published"]) for r in ordered]
    assert moments == sorted(moments)  # text order is time order


def _nulls(record: dict[str, str]) -> dict[str, str | None]:
    """A CSV's empty cells as the NULLs they stand for."""
    return {k: v or None for k, v in record.items() if k != "authors"}


def test_a_crawls_csv_export_writes_the_list_and_the_origins_as_json(crawled: Crawled) -> None:
    with crawled.csv.open(encoding="utf-8", newline="") as f:
        records = {r["url"].rsplit("/", 1)[1].removesuffix(".html"): r for r in csv.DictReader(f)}
    assert set(records) == set(FEED)
    two = records["jsonld"]
    # Scrapy's CSV exporter joined the list with commas ("Anna Berg,Bert Cramer") and wrote
    # meta_origin as a Python dict ("{'title': 'h1'}"): neither read back as JSON.
    assert json.loads(two["authors"]) == ["Anna Berg", "Bert Cramer"]
    assert json.loads(two["meta_origin"])["published"] == "jsonld"
    assert json.loads(records["garbage"]["authors"]) == []
    assert records["gmt"]["published"] == "2026-11-04T10:00:00+00:00"


# The fields whose export form differs by format: lists, the origins' mapping, a flag.
EXPORT_FORMS = ("authors", "tags", "meta_origin", "paywalled", "published", "title")


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """An export's records by URL: JSON Lines parsed, CSV as the cells' text."""
    if path.suffix == ".jsonl":
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    else:
        with path.open(encoding="utf-8", newline="") as f:
            records = list(csv.DictReader(f))
    return {r["url"]: r for r in records}


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_a_row_reads_the_same_from_the_crawls_export_and_scrapy_export(
    crawled: Crawled, suffix: str
) -> None:
    """``-O out.jsonl`` wrote ``meta_origin`` as an object, ``scrapy export`` as a string of
    JSON: a script reading both had to handle both. Now both write an object in JSON Lines
    and JSON text in CSV, as they do the lists."""
    out = crawled.folder / f"exported-{suffix}.{suffix}"
    run = run_scrapy("export", str(out), "--overwrite", "-s", f"NEWS_DB={crawled.db}")
    assert run.returncode == 0, run.stderr[-3000:]
    during = _read(crawled.jsonl if suffix == "jsonl" else crawled.csv)
    after = _read(out)
    assert len(during) == len(FEED) and set(during) <= set(after)
    for url, record in during.items():
        assert {k: record[k] for k in EXPORT_FORMS} == {k: after[url][k] for k in EXPORT_FORMS}
    origins = [record["meta_origin"] for record in during.values()]
    if suffix == "jsonl":
        assert all(isinstance(origin, dict) for origin in origins)
    else:
        assert all(isinstance(json.loads(origin), dict) for origin in origins)
    assert any("published" in str(origin) for origin in origins)


def test_a_revised_page_keeps_its_publication_and_moves_its_modification(tmp_path: Path) -> None:
    """A changed page (a paragraph added, dateModified a day later): a new version whose
    ``published`` is the first's and whose ``modified`` moved, never before ``published``."""
    text = fs.article_text("fassung")
    added = "Nachtrag: Die Stadt nannte am Abend die Kosten und verschob den Baubeginn."

    def version(modified: str, paragraphs: list[str]) -> bytes:
        ld = _ld(
            headline="Bericht fassung",
            datePublished="2026-12-01T08:00:00+01:00",
            dateModified=modified,
        )
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f'<html lang="de"><head><meta charset="utf-8"><title>Bericht fassung</title>{ld}'
            f"</head><body><article><h1>Bericht fassung</h1>{body}</article></body></html>"
        ).encode()

    db = tmp_path / "news.db"
    page = fs.Revisable(
        [
            version("2026-12-01T09:00:00+01:00", text),
            version("2026-12-02T09:00:00+01:00", [*text, added]),
        ]
    )
    revisit = ("-s", "NEWS_REVISIT_DAYS=1", "-s", "NEWS_REVISIT_EVERY_HOURS=0")
    with fs.fault_server() as srv:
        srv.route("/fassung", page)
        feed = etag_feed(srv, ["/fassung"])
        first = run_crawl(db, "-a", f"feed={feed}", "-a", "source=fassung", *revisit)
        assert first.returncode == 0, first.stderr[-3000:]
        page.current = 1
        second = run_crawl(db, "-a", f"feed={feed}", "-a", "source=fassung", *revisit)
        assert second.returncode == 0, second.stderr[-3000:]
    assert second.stat("news/store/revised") == 1
    (row,) = Database(db).query("select * from articles")
    assert_promises(row)
    assert row["version"] == 2
    assert (row["published"], row["modified"]) == (
        "2026-12-01T07:00:00+00:00",
        "2026-12-02T08:00:00+00:00",
    )
    versions = list(Database(db).query("select * from article_versions order by version"))
    assert [v["published"] for v in versions] == ["2026-12-01T07:00:00+00:00"] * 2
    assert json.loads(versions[1]["changed_fields"]) == ["body"]


def test_postgresql_stores_the_same_values_in_the_same_text_and_order(
    crawled: Crawled, postgres_server: str, postgres_template: str
) -> None:
    url = fresh_database(postgres_server, postgres_template)
    store = ("-s", f"NEWS_DB={url}", *FAST)
    for listing in (f"feed={crawled.base}/feed.xml", f"sitemap={crawled.base}/sitemap.xml"):
        run = run_scrapy("crawl", "news", "-a", listing, *store)
        assert run.returncode == 0, run.stderr[-3000:]
    fields = "url, title, authors, author, published, published_precision, published_day, modified"
    query = (
        f"select {fields}, meta_origin from articles"
        " where published is not null order by published, url"
    )
    pg = open_database(url)
    try:
        on_postgres = [dict(r) for r in pg.query(query)]
    finally:
        pg.close()
    on_sqlite = [dict(r) for r in Database(crawled.db).query(query)]
    assert [r["url"] for r in on_postgres] == [r["url"] for r in on_sqlite]
    for pg_row, lite_row in zip(on_postgres, on_sqlite, strict=True):
        assert {k: v for k, v in pg_row.items() if k != "meta_origin"} == {
            k: v for k, v in lite_row.items() if k != "meta_origin"
        }
        assert json.loads(pg_row["meta_origin"]) == json.loads(lite_row["meta_origin"])


def test_the_browsers_article_view_shows_a_day_as_a_day(crawled: Crawled) -> None:
    """A date the page gives without a time is stored as midnight UTC of its day, precision
    "day"; the article view showed "2026-03-05T00:00:00+00:00", a midnight no page wrote."""
    proc, url = start_browse(crawled.db)
    try:

        def shown(name: str) -> str:
            query = urllib.parse.urlencode({"url": f"{crawled.base}/{name}.html"})
            with urllib.request.urlopen(f"{url}/-/article?{query}", timeout=20) as answer:
                page = answer.read().decode("utf-8")
            found = re.search(r'<time datetime="([^"]+)">([^<]+)</time>', page)
            assert found, page[:2000]
            return found[2]

        assert shown("newsday") == "2026-03-05"
        assert shown("nozone") == "2026-11-04"
        assert shown("gmt") == "2026-11-04T10:00:00+00:00"  # a time: shown as stored
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_runs_shows_per_source_the_shares_of_dates_times_authors_and_the_conflicts(
    crawled: Crawled,
) -> None:
    listed = run_scrapy("runs", "--json", "-s", f"NEWS_DB={crawled.db}")
    assert listed.returncode == 0, listed.stderr[-3000:]
    runs = sorted((json.loads(line) for line in listed.stdout.splitlines()), key=lambda r: r["run"])
    feed, sitemap = [run["sources"][0] for run in runs if run["command"] == "crawl"][:2]
    # The feed's six stories: one undated (garbage), two without a time (it and nozone), one
    # by named authors, one conflict (jsonld's modification before its publication).
    assert feed["shares"] == {
        "no_date": 0.167, "no_time": 0.333, "no_author": 0.833, "paywalled": 0.0
    }  # fmt: skip
    assert feed["counts"]["conflicts"] == 1
    # The sitemap's five: three undated (future, ancient, lastmod), one a day (newsday).
    assert sitemap["shares"] == {"no_date": 0.6, "no_time": 0.8, "no_author": 1.0, "paywalled": 0.0}
    assert sitemap["counts"]["conflicts"] == 0
