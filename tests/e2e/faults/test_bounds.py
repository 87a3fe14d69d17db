"""Issue 17: one bad listing entry costs that entry only, and every listing is bounded.

One crawl reads a feed and a sitemap with malformed links among healthy ones, an endless chain
of sitemap indexes, an index naming too many sitemaps, and a feed longer than the entry cap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import faultserver as fs
from tests.support.harness import CrawlResult, article_routes, articles, run_crawl

pytestmark = pytest.mark.e2e

BAD = ["http://[::1/x", "http://127.0.0.1:99999/x"]
CHAIN = 40  # sitemap indexes, each naming the next one
FANOUT = 12  # sitemaps named by one index
LONG = 30  # entries of the long feed
CAP = 10


def _xml(kind: str, entry: str, locs: list[str]) -> bytes:
    body = "".join(f"<{entry}><loc>{loc}</loc></{entry}>" for loc in locs)
    return (
        f'<?xml version="1.0"?><{kind} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{body}</{kind}>"
    ).encode()


def _rss_with(srv: fs.FaultServer, hrefs: list[str]) -> fs.Behaviour:
    items = "".join(f"<item><title>i</title><link>{h}</link></item>" for h in hrefs)
    body = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )
    return fs.send(
        body=body.encode(), content_type="application/rss+xml", headers=[("ETag", '"v1"')]
    )


@dataclass
class BoundsRun:
    server: fs.FaultServer
    result: CrawlResult
    db: Path
    feed_paths: list[str]
    sitemap_paths: list[str]
    long_paths: list[str]


@pytest.fixture(scope="module")
def bounds_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoundsRun]:
    db = tmp_path_factory.mktemp("bounds") / "news.db"
    with fs.fault_server() as srv:
        feed_paths = article_routes(srv, 8, prefix="/f")
        hrefs = [srv.url(p) for p in feed_paths]
        hrefs[2:2] = [BAD[0]]
        hrefs[6:6] = [BAD[1]]
        srv.route("/feed.xml", _rss_with(srv, hrefs))
        sitemap_paths = article_routes(srv, 6, prefix="/s")
        locs = [srv.url(p) for p in sitemap_paths]
        locs[1:1] = BAD
        srv.route("/urlset.xml", fs.send(body=_xml("urlset", "url", locs)))
        for n in range(CHAIN):
            srv.route(
                f"/chain/{n}.xml",
                fs.send(body=_xml("sitemapindex", "sitemap", [srv.url(f"/chain/{n + 1}.xml")])),
            )
        long_paths = article_routes(srv, LONG, prefix="/l")
        srv.route("/long.xml", _rss_with(srv, [srv.url(p) for p in long_paths]))
        sitemaps = ",".join(srv.url(p) for p in ("/urlset.xml", "/chain/0.xml"))
        result = run_crawl(
            db,
            "-a", f"feed={srv.url('/feed.xml')},{srv.url('/long.xml')}",
            "-a", f"sitemap={sitemaps}",
            "-s", "CONCURRENT_REQUESTS=1",
            # The reactor may stall while the extraction pool starts; a connect must not time
            # out then, or its retry would come last and blur the order measured here.
            "-s", "DOWNLOAD_TIMEOUT=15",
            "-s", f"NEWS_LISTING_MAX_ENTRIES={CAP}",
            "-s", "NEWS_SITEMAP_MAX_DEPTH=3",
            timeout=90,
        )  # fmt: skip
        yield BoundsRun(srv, result, db, feed_paths, sitemap_paths, long_paths)


def test_malformed_links_cost_their_entries_only(bounds_run: BoundsRun) -> None:
    stored = articles(bounds_run.db)
    srv = bounds_run.server
    for path in bounds_run.feed_paths + bounds_run.sitemap_paths:
        assert srv.url(path) in stored, path
    assert bounds_run.result.stat("news/feed/bad_link") == 2
    assert bounds_run.result.stat("news/sitemap/bad_link") == 2
    assert bounds_run.result.returncode == 0, bounds_run.result.stderr[-3000:]


def test_articles_are_fetched_in_listing_order(bounds_run: BoundsRun) -> None:
    srv = bounds_run.server
    for paths in (bounds_run.feed_paths, bounds_run.sitemap_paths):
        firsts = [srv.times[p][0] for p in paths]
        assert firsts == sorted(firsts), paths


def test_endless_sitemap_index_chain_stops_at_the_depth_limit(bounds_run: BoundsRun) -> None:
    srv = bounds_run.server
    read = [n for n in range(CHAIN) if srv.hits[f"/chain/{n}.xml"]]
    assert read == [0, 1, 2, 3]
    assert bounds_run.result.stat("news/sitemap/too_deep") == 1


def test_sitemap_count_limit(tmp_path: Path) -> None:
    with fs.fault_server() as srv:
        fan = [srv.url(f"/fan/{n}.xml") for n in range(FANOUT)]
        srv.route("/fan.xml", fs.send(body=_xml("sitemapindex", "sitemap", fan)))
        for n in range(FANOUT):
            srv.route(f"/fan/{n}.xml", fs.send(body=_xml("urlset", "url", [])))
        result = run_crawl(
            tmp_path / "news.db",
            "-a", f"sitemap={srv.url('/fan.xml')}",
            "-s", "NEWS_SITEMAP_MAX_COUNT=5",
        )  # fmt: skip
    # Five sitemaps in all: the index and the first four it names.
    assert [n for n in range(FANOUT) if srv.hits[f"/fan/{n}.xml"]] == [0, 1, 2, 3]
    assert result.stat("news/sitemap/over_count") == FANOUT - 4
    assert result.returncode == 0


def test_entry_cap_takes_the_first_entries_and_rereads_the_listing(bounds_run: BoundsRun) -> None:
    srv = bounds_run.server
    fetched = [p for p in bounds_run.long_paths if srv.hits[p]]
    assert fetched == bounds_run.long_paths[:CAP]
    assert bounds_run.result.stat("news/listing/capped") == 1
    assert bounds_run.result.stat("news/listing/capped_entries") == LONG - CAP
    conn = sqlite3.connect(bounds_run.db)
    try:
        kept = {r[0] for r in conn.execute("select url from listing_validators")}
    finally:
        conn.close()
    assert srv.url("/feed.xml") in kept
    assert srv.url("/long.xml") not in kept


def test_entries_past_the_cap_are_taken_by_the_next_runs(tmp_path: Path) -> None:
    """A listing longer than NEWS_LISTING_MAX_ENTRIES: each run takes the next entries the
    store does not have, until every one is stored, each fetched once."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, LONG - 5, prefix="/l")
        srv.route("/long.xml", _rss_with(srv, [srv.url(p) for p in paths]))
        stored_after: list[int] = []
        capped: list[int] = []
        for _ in range(3):
            result = run_crawl(
                db,
                "-a", f"feed={srv.url('/long.xml')}",
                "-s", f"NEWS_LISTING_MAX_ENTRIES={CAP}",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
            stored_after.append(len(articles(db)))
            capped.append(result.stat("news/listing/capped_entries"))
        assert stored_after == [CAP, 2 * CAP, LONG - 5]
        assert capped == [LONG - 5 - CAP, LONG - 5 - 2 * CAP, 0]
        assert all(srv.hits[p] == 1 for p in paths), {p: srv.hits[p] for p in paths}


def test_entries_robots_txt_forbids_take_no_place_under_the_cap(tmp_path: Path) -> None:
    """A listing over the cap led by entries its host's robots.txt forbids: refused as they
    were downloaded, never stored, they took every place each run, and the articles after
    them were never fetched."""
    with fs.fault_server() as srv:
        srv.route(
            "/robots.txt",
            fs.send(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        )
        private = article_routes(srv, 4, prefix="/private")
        public = article_routes(srv, 2, prefix="/public")
        srv.route("/mixed.xml", _rss_with(srv, [srv.url(p) for p in private + public]))
        result = run_crawl(
            tmp_path / "news.db",
            "-a", f"feed={srv.url('/mixed.xml')}",
            "-s", "NEWS_LISTING_MAX_ENTRIES=3",
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert {srv.url(p) for p in public} <= set(articles(tmp_path / "news.db"))
    assert not any(srv.hits[p] for p in private)
    assert result.stat("news/listing/capped") == 0
