"""Incremental runs, judged by the fixture server's own request log."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from tests.conftest import FAST, Crawl, Site, run_scrapy
from tests.support.harness import into_the_next_second


def _article_paths(paths: list[str]) -> list[str]:
    listings = ("/rss.xml", "/news_sitemap.xml", "/robots.txt", "/ops_feed.xml")
    return [p for p in paths if not p.startswith(listings)]


def _feed(items: list[tuple[str, str | None]]) -> str:
    entries = "".join(
        f"<item><title>t</title><link>{link}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + "</item>"
        for link, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>'
        f"{entries}</channel></rss>"
    )


def _configured(tmp_path: Path, sources_toml: str) -> tuple[Path, tuple[str, ...]]:
    """A store and sources.toml in ``tmp_path``: the store's path and the crawl's settings."""
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml, encoding="utf-8")
    db = tmp_path / "news.db"
    return db, ("-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}", *FAST)


def test_second_run_downloads_no_article_and_asks_conditionally(site: Site, crawl: Crawl) -> None:
    args = site.listing_crawl()
    first, db = crawl(*args)
    assert first.returncode == 0, first.stderr[-3000:]
    first_paths = list(site.paths())
    site.requests.clear()
    second, db = crawl(*args)
    assert second.returncode == 0, second.stderr[-3000:]
    second_paths = site.paths()

    # First run: robots.txt, 2 listings, 7 feed links, 2 sitemap links.
    assert len(first_paths) == 12, first_paths
    # Second run: robots.txt and the two listings, nothing else.
    assert _article_paths(second_paths) == []
    assert sorted(second_paths) == ["/news_sitemap.xml", "/robots.txt", "/rss.xml"]
    listing_headers = [h for m, p, h in site.requests if p in ("/rss.xml", "/news_sitemap.xml")]
    assert all("If-Modified-Since" in h for h in listing_headers)
    assert "'news/listing/not_modified': 2" in second.stderr
    assert db.execute("select count(*) from articles").fetchone()[0] == 6
    (row,) = db.query("select * from run_sources where run_id = 2")
    assert (
        row["outcome"] == "ok" and row["listings_not_modified"] == 2 and row["pages_fetched"] == 3
    )


def test_changed_feed_fetches_only_new_links_and_redirects_count_as_stored(
    site: Site, crawl: Crawl
) -> None:
    site.routes["/go/psl"] = lambda n: (301, {"Location": site.url("articles/psl.html")}, b"")
    feed = site.root / "ops_feed.xml"
    feed.write_text(_feed([(site.url("go/psl"), None)]), encoding="utf-8")
    args = ("news", "-a", f"feed={site.url('ops_feed.xml')}")
    first, db = crawl(*args)
    assert first.returncode == 0, first.stderr[-3000:]
    assert _article_paths(site.paths()) == ["/go/psl", "/articles/psl.html"]
    assert [r["url"] for r in db.query("select url from articles")] == [
        site.url("articles/psl.html")
    ]
    site.requests.clear()
    feed.write_text(
        _feed([(site.url("go/psl"), None), (site.url("articles/nature.html"), None)]),
        encoding="utf-8",
    )
    second, db = crawl(*args)
    assert second.returncode == 0, second.stderr[-3000:]
    # The changed feed is read in full; only its new link is downloaded, not the redirect.
    assert _article_paths(site.paths()) == ["/articles/nature.html"]
    assert "'news/incremental/skip_stored': 1" in second.stderr


def test_refetch_age_and_max_age(site: Site, tmp_path: Path) -> None:
    db, common = _configured(
        tmp_path,
        f'[sources.old]\nfeeds = ["{site.url("rss.xml")}"]\nmax_age_days = 30\n'
        f'[sources.again]\nsitemaps = ["{site.url("news_sitemap.xml")}"]\n'
        "refetch_after_days = 0.000001\n",
    )
    run = run_scrapy("crawl", "old", *common)
    assert run.returncode == 0, run.stderr[-3000:]
    # Every dated feed entry is from 2019/2020: skipped; undated links are still fetched.
    assert "'news/listing/too_old': 4" in run.stderr
    fetched = [p for p in site.paths() if p.startswith("/articles/")]
    assert fetched == ["/articles/gibt-es-nicht.html"]
    for n in range(2):
        if n:
            # Stored times are to the second (crawler/clock.py utc_iso): a run whose check fell
            # in the second the row was stored in found it not yet due.
            into_the_next_second()
        run = run_scrapy("crawl", "again", *common, "-s", "NEWS_CONDITIONAL_GET=False")
        assert run.returncode == 0, run.stderr[-3000:]
    assert site.paths().count("/articles/psl.html") == 2  # stored, but older than the re-fetch age
    assert Database(db).execute("select count(*) from articles").fetchone()[0] == 2


def test_a_feed_another_source_read_is_read_in_full(site: Site, tmp_path: Path) -> None:
    """Validators are the reader's: a source that names a feed another source already read
    (with an age filter that skipped most of it) reads it in full, not as a 304."""
    db, common = _configured(
        tmp_path,
        f'[sources.recent]\nfeeds = ["{site.url("rss.xml")}"]\nmax_age_days = 30\n'
        f'[sources.all]\nfeeds = ["{site.url("rss.xml")}"]\n',
    )
    run = run_scrapy("crawl", "recent", *common)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "'news/listing/too_old': 4" in run.stderr
    site.requests.clear()
    run = run_scrapy("crawl", "all", *common)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "news/listing/not_modified" not in run.stderr
    # The entries the first source skipped as too old are this source's to fetch.
    assert len([p for p in site.paths() if p.startswith("/articles/")]) >= 4
    # Each source's next run still asks conditionally and gets its 304.
    run = run_scrapy("crawl", "all", *common)
    assert "'news/listing/not_modified': 1" in run.stderr
    kept = Database(db).execute("select source, kind from listing_validators order by source")
    assert kept.fetchall() == [("all", "feed"), ("recent", "feed")]
