"""Issue 16: revisits find updated articles and keep their versions.

The fault server's pages change between two runs (a headline, an added paragraph, a
correction note); an unchanged page answers 304 to its ETag, another (without validators)
sends the same page again; a page robots.txt forbids in the second run is not asked.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crawler.storage.database import open_database
from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import CrawlResult, etag_feed, run_crawl, run_scrapy_forked

pytestmark = pytest.mark.e2e

CORRECTION = (
    "Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Abstimmung finde im Mai "
    "statt; sie findet im Juni statt."
)
ADDED = (
    "Am Abend teilte die Stadtverwaltung mit, dass die Sanierung der Brücke am Bahnhof "
    "frühestens im kommenden Jahr beginnen könne, weil Gutachten fehlten."
)


def _pages() -> dict[str, fs.Revisable]:
    def page(
        seed: str, *versions: tuple[str | None, list[str]], validators: bool = True
    ) -> fs.Revisable:
        return fs.Revisable(
            [fs.article_html(seed, title=t, paragraphs=p).encode() for t, p in versions],
            validators=validators,
        )

    headline, added, corrected = (fs.article_text(s) for s in ("titel", "absatz", "korrektur"))
    fixed = [p.replace("Haushalt", "Etat") for p in corrected]
    return {
        "/v/headline": page("titel", ("Rat vertagt Haushalt", headline),
                            ("Rat beschließt Haushalt doch", headline)),
        "/v/added": page("absatz", (None, added), (None, [*added, ADDED])),
        "/v/correction": page("korrektur", (None, corrected), (None, [*fixed, CORRECTION])),
        "/v/same": page("gleich", (None, fs.article_text("gleich"))),
        "/v/plain": page("schlicht", (None, fs.article_text("schlicht")), validators=False),
        "/v/private": page("privat", (None, fs.article_text("privat"))),
    }  # fmt: skip


def _rows(db: Path, sql: str) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _revisited(
    db: Path, path: str, bodies: list[str], sql: str
) -> list[tuple[CrawlResult, list[dict]]]:
    """Crawl the page at ``path`` once per body in turn, each run a revisit of the run before,
    and read ``sql`` after each run; every run must succeed.

    No wait between runs: a revisit in the second of the last check is due
    (due_for_revisit), and its page, another than the stored one, is compared as a later
    fetch (place)."""
    runs = []
    with fs.fault_server() as srv:
        page = fs.Revisable([body.encode() for body in bodies])
        srv.route(path, page)
        args = ("-a", f"feed={etag_feed(srv, [path])}", "-a", "source=revisited")
        revisit = ("-s", "NEWS_REVISIT_DAYS=1", "-s", "NEWS_REVISIT_EVERY_HOURS=0")
        for current in range(len(bodies)):
            page.current = current
            run = run_crawl(db, *args, *revisit)
            assert run.returncode == 0, run.stderr[-3000:]
            runs.append((run, _rows(db, sql)))
    return runs


def test_revisits_record_versions_and_304s_only_checks(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    revisit = ("-s", "NEWS_REVISIT_DAYS=1", "-s", "NEWS_REVISIT_EVERY_HOURS=0")
    with fs.fault_server() as srv:
        pages = _pages()
        for path, page in pages.items():
            srv.route(path, page)
        feed = etag_feed(srv, list(pages))
        args = ("-a", f"feed={feed}", "-a", "source=versions")

        first = run_crawl(db, *args, *revisit)
        assert first.returncode == 0, first.stderr[-3000:]
        assert first.stat("news/store/new") == 6
        assert first.stat("news/revisit/requested") == 0  # nothing stored before this run
        checks = {r["url"]: r for r in _rows(db, "select * from article_checks")}
        assert checks[srv.url("/v/same")]["etag"] == '"r0"'
        assert checks[srv.url("/v/plain")]["etag"] is None

        for path in ("/v/headline", "/v/added", "/v/correction"):
            pages[path].current = 1
        srv.route("/robots.txt", fs.send(body=b"User-agent: *\nDisallow: /v/private\n",
                                         content_type="text/plain"))  # fmt: skip
        hits = dict(srv.hits)
        second = run_crawl(db, *args, *revisit)
        assert second.returncode == 0, second.stderr[-3000:]

    # The feed did not change (304): every article request of this run is a revisit.
    assert second.stat("news/listing/not_modified") == 1
    assert second.stat("news/revisit/requested") == 6
    assert srv.hits["/v/private"] == hits["/v/private"]  # robots.txt is obeyed
    assert second.stat("news/revisit/refused") == 1
    assert second.stat("news/revisit/answered") == 5
    assert second.stat("news/revisit/not_modified") == 1
    assert second.stat("news/store/unchanged") == 1  # /v/plain: the same page again
    assert second.stat("news/store/revised") == 3
    assert "news/store/new" not in second.stats
    same_headers = srv.request_headers["/v/same"][-1]
    assert same_headers.get("If-None-Match") == '"r0"'

    versions = _rows(db, "select * from article_versions order by url, version")
    by_url: dict[str, list[dict]] = {}
    for row in versions:
        by_url.setdefault(row["url"], []).append(row)
    assert sorted(by_url) == sorted(
        srv.url(p) for p in ("/v/added", "/v/correction", "/v/headline")
    )
    fields = {url: json.loads(rows[1]["changed_fields"]) for url, rows in by_url.items()}
    assert fields[srv.url("/v/headline")] == ["title"]
    assert fields[srv.url("/v/added")] == ["body"]
    assert fields[srv.url("/v/correction")] == ["body"]
    added = by_url[srv.url("/v/added")][1]
    assert added["text"] is None and ADDED in added["diff"]  # a compact delta
    assert 0 < added["change_share"] < 0.2
    articles = {r["url"]: r for r in _rows(db, "select url, title, text, version from articles")}
    assert articles[srv.url("/v/headline")]["title"] == "Rat beschließt Haushalt doch"
    assert articles[srv.url("/v/headline")]["version"] == 2
    assert CORRECTION in articles[srv.url("/v/correction")]["text"]
    assert articles[srv.url("/v/same")]["version"] == 1
    # FTS follows the latest text: one row per article, the correction findable.
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select count(*) from articles_fts").fetchone()[0] == 6
        found = conn.execute(
            "select a.url from articles_fts f join articles a on a.rowid = f.rowid"
            " where articles_fts match 'Korrektur'"
        ).fetchall()
    finally:
        conn.close()
    assert found == [(srv.url("/v/correction"),)]

    (run_row,) = _rows(db, "select * from run_sources where run_id = 2")
    assert (
        run_row["articles_revisited"],
        run_row["articles_unchanged"],
        run_row["articles_revised"],
    ) == (5, 2, 3)

    common = ["-s", f"NEWS_DB={db}"]
    out = tmp_path / "out.jsonl"
    shown, title, missing, report, exported = run_scrapy_forked(
        ["versions", srv.url("/v/correction"), *common],
        ["versions", srv.url("/v/headline"), *common],
        ["versions", srv.url("/v/nowhere"), *common],
        ["runs", *common],
        ["export", str(out), "--versions", *common],
    )
    assert shown.returncode == 0, shown.stderr
    assert "2 versions" in shown.stdout
    assert "changed: body (" in shown.stdout
    assert f"+{CORRECTION}" in shown.stdout.splitlines()
    (tmp_path / "versions.txt").write_text(shown.stdout, encoding="utf-8")
    assert "-title: Rat vertagt Haushalt" in title.stdout.splitlines()
    assert "+title: Rat beschließt Haushalt doch" in title.stdout.splitlines()
    assert missing.returncode == 2 and "no stored article" in missing.stderr

    assert report.returncode == 0, report.stderr
    header = report.stdout.splitlines()[0]
    assert "revisit" in header and "same" in header and "changed" in header

    assert exported.returncode == 0, exported.stderr
    records = {r["url"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    headline = records[srv.url("/v/headline")]
    assert headline["version"] == 2 and headline["title"] == "Rat beschließt Haushalt doch"
    assert [v["title"] for v in headline["versions"]] == ["Rat vertagt Haushalt"]
    corrected = records[srv.url("/v/correction")]["versions"][0]
    assert CORRECTION not in corrected["text"] and "Haushalt" in corrected["text"]
    assert records[srv.url("/v/same")]["versions"] == []


def test_revisits_wait_their_interval_and_are_off_by_default(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        page = fs.Revisable([fs.article_html("warte").encode()])
        srv.route("/w/1", page)
        feed = etag_feed(srv, ["/w/1"])
        first = run_crawl(db, "-a", f"feed={feed}", "-s", "NEWS_REVISIT_DAYS=1")
        assert first.returncode == 0, first.stderr[-3000:]
        # Checked at its first fetch: not due again before NEWS_REVISIT_EVERY_HOURS (6).
        waiting = run_crawl(db, "-a", f"feed={feed}", "-s", "NEWS_REVISIT_DAYS=1")
        off = run_crawl(db, "-a", f"feed={feed}", "-s", "NEWS_REVISIT_EVERY_HOURS=0")
        assert srv.hits["/w/1"] == 1
    assert waiting.returncode == off.returncode == 0
    assert waiting.stat("news/revisit/requested") == off.stat("news/revisit/requested") == 0


def test_versions_of_what_is_no_url_is_a_usage_error(tmp_path: Path) -> None:
    """`scrapy versions nosuch` (a source name, a typo) ended in a ValueError traceback,
    exit 1; it is a usage error naming the argument, as an unknown URL is."""
    db = tmp_path / "news.db"
    open_database(db).close()
    args = ("nosuch", "ftp://example.org/a")
    runs = run_scrapy_forked(*(["versions", arg, "-s", f"NEWS_DB={db}"] for arg in args))
    for arg, run in zip(args, runs, strict=True):
        assert run.returncode == 2, run.stderr[-2000:]
        assert "Traceback" not in run.stderr and f"not an article URL: {arg}" in run.stderr


def test_versions_of_an_address_spelt_otherwise_names_the_stored_article(tmp_path: Path) -> None:
    """`scrapy versions example.org/a` (no scheme) or `http://…` of an https article said only
    "no stored article at …", exit 2: the stored article is now named in a "did you mean"."""
    db = tmp_path / "news.db"
    store = open_database(db)
    store.table("articles").insert(
        {
            "url": "https://example.org/politik/rat",
            "source": "fixture",
            "fetched_at": "2026-11-01T08:00:00+00:00",
            "title": "Rat tagt",
            "text": "Der Rat tagt am Dienstag.",
        }
    )
    store.conn.commit()
    store.close()
    typed = ("example.org/politik/rat", "http://example.org/politik/rat")
    *misspelt, found = run_scrapy_forked(
        *(
            ["versions", url, "-s", f"NEWS_DB={db}"]
            for url in (*typed, "https://example.org/politik/rat/")
        )
    )
    for run in misspelt:
        assert run.returncode == 2, run.stderr[-2000:]
        assert "did you mean https://example.org/politik/rat?" in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
    assert found.returncode == 0, found.stderr[-2000:]
    assert "source fixture, 1 version" in found.stdout, found.stdout


def test_a_revisit_finds_the_same_text_put_behind_a_wall_and_taken_out(tmp_path: Path) -> None:
    """The same text, whose page declares it walled (JSON-LD ``isAccessibleForFree``) at the
    second look and free again at the third: ``paywalled`` follows the page each time.

    Found unchanged (the same title, text, date and authors), the row kept the flag of its
    first fetch: 0 while the page declared its wall, though the run counted the page as
    paywalled (``news/text/paywall/paywalled``).
    """
    db = tmp_path / "news.db"
    paragraphs = fs.article_text("mauer")
    walled = '<meta charset="utf-8"><script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "isAccessibleForFree": False}
    )
    bodies = [
        fs.article_html("mauer", title="Rat baut Mauer", paragraphs=paragraphs, head=head)
        for head in ('<meta charset="utf-8">', walled + "</script>", '<meta charset="utf-8">')
    ]
    runs = _revisited(db, "/m/1", bodies, "select paywalled, version from articles")
    flags = []
    for current, (run, (row,)) in enumerate(runs):
        assert run.stat("news/text/paywall/paywalled") == (current == 1)
        assert run.stat("news/store/unchanged") == (current > 0)
        flags.append(row["paywalled"])
    assert flags == [0, 1, 0]
    # The text did not change: no version was made of it.
    assert _rows(db, "select * from article_versions") == []


def test_a_page_put_behind_a_wall_in_its_second_version_says_so(tmp_path: Path) -> None:
    """The second version of a page is a teaser behind a wall (JSON-LD ``isAccessibleForFree``):
    the row holds the teaser, the full text only version 1. ``scrapy versions`` said "changed:
    body" and nothing of the wall, and the versions' export could not tell the walled version
    from the open one: the versions kept no ``paywalled``."""
    db = tmp_path / "news.db"
    paragraphs = fs.article_text("abo", paragraphs=8)
    walled = '<meta charset="utf-8"><script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "isAccessibleForFree": False}
    )
    bodies = [
        fs.article_html("abo", title="Rat plant Hafen", paragraphs=text, head=head)
        for text, head in (
            (paragraphs, '<meta charset="utf-8">'),
            (paragraphs[:3], walled + "</script>"),
        )
    ]
    with fs.fault_server() as srv:
        page = fs.Revisable([body.encode() for body in bodies])
        srv.route("/w/1", page)
        args = ("-a", f"feed={etag_feed(srv, ['/w/1'])}", "-a", "source=walls")
        revisit = ("-s", "NEWS_REVISIT_DAYS=1", "-s", "NEWS_REVISIT_EVERY_HOURS=0")
        for current in range(2):
            page.current = current
            run = run_crawl(db, *args, *revisit)
            assert run.returncode == 0, run.stderr[-3000:]
        url = srv.url("/w/1")
    (row,) = _rows(db, "select paywalled, version from articles")
    assert (row["paywalled"], row["version"]) == (1, 2)
    stored = _rows(db, "select version, paywalled from article_versions order by version")
    assert [(r["version"], r["paywalled"]) for r in stored] == [(1, 0), (2, 1)]

    out = tmp_path / "versions.jsonl"
    shown, exported = run_scrapy_forked(
        ["versions", url, "-s", f"NEWS_DB={db}"],
        ["export", str(out), "--versions", "-s", f"NEWS_DB={db}"],
    )
    assert shown.returncode == 0, shown.stderr[-3000:]
    (second,) = [line for line in shown.stdout.splitlines() if line.startswith("v2 ")]
    assert "changed: body (" in second and second.endswith("; put behind a wall"), second

    assert exported.returncode == 0, exported.stderr[-3000:]
    (record,) = map(json.loads, out.read_text("utf-8").splitlines())
    assert record["paywalled"] is True
    assert [(v["version"], v["paywalled"]) for v in record["versions"]] == [(1, False)]


def test_a_revisit_whose_page_dropped_its_date_keeps_the_stored_one(tmp_path: Path) -> None:
    """The page states its publication (``article:published_time``) at the first fetch; its
    updated page at the revisit states none and has a paragraph more. The revisit emptied
    ``published``: a stored date became NULL. Now the row keeps the date and its origin."""
    db = tmp_path / "news.db"
    paragraphs = fs.article_text("datum")
    dated = '<meta charset="utf-8"><meta property="article:published_time" content="{}">'.format(
        "2026-12-01T06:30:00+00:00"
    )
    bodies = [
        fs.article_html("datum", title="Rat plant Brücke", paragraphs=text, head=head)
        for text, head in ((paragraphs, dated), ([*paragraphs, ADDED], '<meta charset="utf-8">'))
    ]
    runs = _revisited(
        db, "/d/1", bodies, "select published, meta_origin, version, text from articles"
    )
    rows = [row for _, (row,) in runs]
    run = runs[-1][0]
    assert rows[0]["published"] == "2026-12-01T06:30:00+00:00"
    assert (rows[1]["version"], rows[1]["published"]) == (2, rows[0]["published"])
    assert run.stat("news/store/revised") == 1 and run.stat("news/store/kept/published") == 1
    assert ADDED in rows[1]["text"]
    origin = json.loads(rows[1]["meta_origin"])["published"]
    assert origin == "earlier:" + json.loads(rows[0]["meta_origin"])["published"]
    # `scrapy reprocess` reads the kept page, which states no date: the date stays.
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={db}")
    assert again.returncode == 0, again.stderr[-3000:]
    (row,) = _rows(db, "select published, meta_origin from articles")
    assert (row["published"], json.loads(row["meta_origin"])["published"]) == (
        rows[0]["published"],
        origin,
    )


def test_a_page_that_states_only_its_update_is_revisited_and_versioned_once(
    tmp_path: Path,
) -> None:
    """A page that states only when it was modified (``article:modified_time``, JSON-LD
    ``dateModified``), never its publication: its update is not taken for the publication,
    it is revisited by its first fetch (not by a date it does not state), a later
    ``modified`` alone moves the row's forward without a version, and a changed text is one
    version more; one row throughout."""
    db = tmp_path / "news.db"
    paragraphs = fs.article_text("aktualisiert")

    def page(modified: str, text: list[str]) -> str:
        head = (
            f'<meta charset="utf-8"><meta property="article:modified_time" content="{modified}">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "Rat prüft Brücke", "dateModified": "{modified}"}}</script>'
        )
        return fs.article_html("aktualisiert", title="Rat prüft Brücke", paragraphs=text, head=head)

    bodies = [
        page("2026-11-01T10:00:00+00:00", paragraphs),
        page("2026-11-02T10:00:00+00:00", paragraphs),
        page("2026-11-03T10:00:00+00:00", [*paragraphs, ADDED]),
    ]
    runs = _revisited(
        db, "/u/1", bodies, "select url, published, modified, version, text from articles"
    )
    rows = [row for _, (row,) in runs]
    assert [row["published"] for row in rows] == [None, None, None]
    assert [row["modified"][:10] for row in rows] == ["2026-11-01", "2026-11-02", "2026-11-03"]
    assert [run.stat("news/revisit/fetched") for run, _ in runs] == [0, 1, 1]
    second, third = runs[1][0], runs[2][0]
    assert second.stat("news/store/unchanged") == 1
    assert second.stat("news/store/moved/modified") == 1
    assert third.stat("news/store/revised") == 1 and ADDED in rows[2]["text"]
    versions = _rows(db, "select version, published from article_versions order by version")
    assert versions == [{"version": 1, "published": None}, {"version": 2, "published": None}]


@pytest.mark.parametrize(
    "diff",
    [
        "[7]",  # runs past the end of version 1's text
        "5",  # JSON, but no list of operations
        None,  # neither a text nor a delta
    ],
)
def test_a_version_whose_text_cannot_be_rebuilt_is_one_line_in_versions_and_export(
    tmp_path: Path, diff: str | None
) -> None:
    """A stored version whose delta does not rebuild its text (a damaged row, a bad copy):
    `scrapy versions` said so in one line for a delta that did not fit, but ended in a
    TypeError traceback for one that was no list; `scrapy export --versions` ended in a
    traceback for both. Each is one line naming the article and the version, exit 1, and the
    export writes no file (none without the versions asked for, no partial file left)."""
    db = tmp_path / "news.db"
    url = "https://example.org/politik/rat"
    store = open_database(db)
    when = ["2026-11-01T08:00:00+00:00", "2026-11-02T08:00:00+00:00"]
    store.table("articles").insert(
        {
            "url": url,
            "source": "fixture",
            "fetched_at": when[1],
            "text": "Der Rat tagt nicht.",
            "version": 2,
        }
    )
    rows: list[dict[str, object]] = [
        {"url": url, "version": 1, "fetched_at": when[0], "text": "Der Rat tagt."},
        {"url": url, "version": 2, "fetched_at": when[1], "text": None, "diff": diff},
    ]
    store.table("article_versions").insert_all(rows)
    store.conn.commit()
    store.close()

    out = tmp_path / "out" / "articles.jsonl"
    out.parent.mkdir()
    shown, exported = run_scrapy_forked(
        ["versions", url, "-s", f"NEWS_DB={db}"],
        ["export", str(out), "--versions", "-s", f"NEWS_DB={db}"],
    )
    assert shown.returncode == 1, shown.stderr[-2000:]
    assert "Traceback" not in shown.stderr
    assert f"newsloom: cannot rebuild the versions of {url}: version 2: " in shown.stderr

    assert exported.returncode == 1, exported.stderr[-2000:]
    assert "Traceback" not in exported.stderr
    lines = exported.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"newsloom: cannot rebuild the versions of {url}: version 2: "
    ), exported.stderr
    assert lines[0].endswith(f"; {out} not written")
    assert list(out.parent.iterdir()) == []
    plain = run_scrapy("export", str(out), "-s", f"NEWS_DB={db}")  # without them: written
    assert plain.returncode == 0, plain.stderr[-2000:]
    assert json.loads(out.read_text("utf-8"))["url"] == url
