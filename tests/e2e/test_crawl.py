"""End to end: `scrapy crawl` in a subprocess against the local fixture site."""

from pathlib import Path

from sqlite_utils import Database

from tests.conftest import Crawl, Site, run_scrapy
from tests.support.harness import run_scrapy_forked


def _urls(db: Database) -> set[str]:
    return {row["url"] for row in db.query("select url from articles")}


def test_feed_crawl_stores_articles_with_metadata(site: Site, crawl: Crawl) -> None:
    run, db = crawl("news", "-a", f"feed={site.url('rss.xml')}", "-a", "source=fixture")
    assert run.returncode == 0, run.stderr[-3000:]
    rows = {r["url"]: r for r in db.query("select * from articles")}
    assert set(rows) == {
        site.url("articles/heise.html"),
        site.url("articles/futurezone.html"),
        site.url("articles/ndr.html"),
        site.url("articles/phys.html"),
    }
    heise = rows[site.url("articles/heise.html")]  # utm_* parameters canonicalized away
    assert heise["title"] == "Lithium aus dem Schredder"
    assert heise["source"] == "fixture"
    assert heise["published"] == "2019-06-20T07:15:00+00:00"  # the feed's date wins
    assert (
        heise["fetched_url"].endswith("utm_source=rss&utm_campaign=feed")
        or "utm" not in (heise["fetched_url"])
    )
    # "Autor/in: Korinna Hennig" in the byline markup: the name, not "In Korinna Hennig".
    assert rows[site.url("articles/ndr.html")]["author"] == "Korinna Hennig"
    assert all(r["content_hash"] for r in rows.values())
    # Not articles: the imprint is too short, the JSON is not HTML, one link is a 404.
    assert "news/extract/too_short" in run.stderr or "news/extract/no_text" in run.stderr
    assert "'news/skip/non_html': 1" in run.stderr
    hits = list(db.query("select rowid from articles_fts where articles_fts match 'Schredder'"))
    assert hits


def test_sitemap_index_with_gzip_and_news_hints(site: Site, crawl: Crawl) -> None:
    run, db = crawl("news", "-a", f"sitemap={site.url('sitemap_index.xml')}")
    assert run.returncode == 0, run.stderr[-3000:]
    rows = {r["url"]: r for r in db.query("select url, source, published, title from articles")}
    assert set(rows) == {
        site.url("articles/psl.html"),
        site.url("articles/laviedesidees.html"),
        site.url("articles/artikel-000.html"),
        site.url("articles/artikel-002.html"),
    }
    # The news sitemap's time, in UTC: the page has only a <time> element 3 hours apart.
    assert rows[site.url("articles/psl.html")]["published"] == "2019-11-06T09:00:00+00:00"
    assert {r["source"] for r in rows.values()} == {"127.0.0.1"}


def test_atom_feed_and_given_urls(site: Site, crawl: Crawl) -> None:
    run, db = crawl("news", "-a", f"feed={site.url('atom.xml')}")
    assert run.returncode == 0, run.stderr[-3000:]
    run, db = crawl(
        "news", "-a", f"url={site.url('articles/artikel-001.html')},{site.url('articles/psl.html')}"
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert _urls(db) == {
        site.url("articles/salon.html"),
        site.url("articles/nature.html"),
        site.url("articles/artikel-001.html"),
        site.url("articles/psl.html"),
    }


def test_site_crawl_follows_links_within_depth_and_robots(
    site: Site, crawl: Crawl, tmp_path: Path
) -> None:
    run, db = crawl("news", "-a", f"start={site.url('index.html')}", "-a", "depth=2")
    assert run.returncode == 0, run.stderr[-3000:]
    urls = _urls(db)
    # depth 1: heise, futurezone (via a tracking link); depth 2: the politics section's links.
    assert site.url("articles/heise.html") in urls
    assert site.url("articles/futurezone.html") in urls
    assert site.url("articles/artikel-001.html") in urls
    assert site.url("articles/artikel-003.html") in urls
    assert "/intern/entwurf.html" not in site.paths()  # disallowed by robots.txt
    # The index links a JSON file at depth 1: skipped as no HTML, it also ended in a
    # traceback ("'dict' object has no attribute 'iter'") where its links were read.
    assert "/data.json" in site.paths()
    assert "Traceback" not in run.stderr and "'log_count/ERROR'" not in run.stderr
    # The links it followed are the run's links, as a feed's are: they were 0 in `scrapy runs`.
    links = db.execute("SELECT links_found FROM run_sources").fetchall()
    assert len(links) == 1 and links[0][0] >= len(urls), links
    run, db = crawl(
        "news", "-a", f"start={site.url('index.html')}", "-a", "depth=1", db=tmp_path / "d1.db"
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert site.url("articles/heise.html") in _urls(db)
    assert site.url("articles/artikel-001.html") not in _urls(db)


def test_second_crawl_updates_rows_instead_of_duplicating(site: Site, crawl: Crawl) -> None:
    args = ("news", "-a", f"feed={site.url('rss.xml')}")
    first, db = crawl(*args)
    assert first.returncode == 0
    before = db.execute("select count(*) from articles").fetchone()[0]
    second, db = crawl(*args)
    assert second.returncode == 0
    assert db.execute("select count(*) from articles").fetchone()[0] == before == 4
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == before
    hits = db.execute("select count(*) from articles_fts where articles_fts match 'Schredder'")
    assert hits.fetchone()[0] == 1


def test_configured_source_and_scrapy_list(site: Site, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[sources.fixture-de]\nfeeds = ["{site.url("rss.xml")}"]\nlanguages = ["de"]\n'
        f'[sources.fixture-fr]\nsitemaps = ["{site.url("news_sitemap.xml")}"]\n',
        encoding="utf-8",
    )
    listed = run_scrapy("list", "-s", f"NEWS_SOURCES={sources}")
    assert listed.stdout.split() == ["fixture-de", "fixture-fr", "news"]
    db = tmp_path / "x.db"
    run = run_scrapy(
        "crawl",
        "fixture-fr",
        "-s",
        f"NEWS_SOURCES={sources}",
        "-s",
        f"NEWS_DB={db}",
        "-s",
        "DOWNLOAD_DELAY=0",
    )
    assert run.returncode == 0, run.stderr[-3000:]
    from sqlite_utils import Database

    rows = list(Database(db).query("select source, url from articles"))
    assert {r["source"] for r in rows} == {"fixture-fr"}
    assert len(rows) == 2


def test_bad_sources_file_stops_before_fetching(site: Site, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[sources.broken]\nfeeds = ["gopher://x"]\n', encoding="utf-8")
    run = run_scrapy("list", "-s", f"NEWS_SOURCES={sources}")
    assert run.returncode != 0
    assert "source 'broken': feeds entry 'gopher://x' is not an http(s) URL" in run.stderr
    assert site.requests == []


def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    db = ["-s", f"NEWS_DB={tmp_path / 'news.db'}"]
    sources = tmp_path / "sources.toml"
    sources.write_text('[sources.x]\nfeedz = ["https://a.example/"]\n', encoding="utf-8")
    typo, bad_url, no_start, bad_file = run_scrapy_forked(
        ["crawl", "news", "-a", "feeds=http://127.0.0.1:9/feed.xml", *db],
        ["crawl", "news", "-a", "feed=htp:/x", *db],
        ["crawl", "news", "-a", "feed=http://127.0.0.1:9/f", "-a", "depth=3", *db],
        ["crawl", "x", "-s", f"NEWS_SOURCES={sources}", *db],
    )
    for run, fix in (
        (typo, "did you mean -a feed="),
        (bad_url, "is not an http(s) URL"),
        (no_start, "-a depth=… applies to a site crawl: it needs -a start=URL; this -a feed="),
        (bad_file, "unknown key(s) feedz (fix the file"),
    ):
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        ours = [line for line in run.stderr.splitlines() if line.startswith("newsloom: ")]
        assert len(ours) == 1 and fix in ours[0], run.stderr
    assert not (tmp_path / "news.db").exists()


def test_a_wrong_listing_url_fails_the_source(site: Site, crawl: Crawl) -> None:
    run, _ = crawl("news", "-a", f"sitemap={site.url('articles/futurezone.html')}")
    assert run.returncode == 1, run.stderr[-3000:]
    assert "is not a sitemap" in run.stderr
    url = site.url("articles/futurezone.html")
    why = f"127.0.0.1: failed (none of 1 entry URL(s) answered (first: not a sitemap from {url}))"
    assert why in run.stderr
