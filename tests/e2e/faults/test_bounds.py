"""Issue 17: one bad listing entry costs that entry only, and every listing is bounded.

One crawl reads a feed and a sitemap with malformed links among healthy ones, an endless chain
of sitemap indexes, an index naming too many sitemaps, and a feed longer than the entry cap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from crawler.storage.database import open_database
from tests.support import faultserver as fs
from tests.support.harness import (
    CLOSE_SECONDS,
    CrawlResult,
    article_routes,
    articles,
    elapsed_seconds,
    finish_reason,
    run_crawl,
)

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
    assert result.stat("news/sitemap/children_deferred") == FANOUT - 4
    assert result.returncode == 0


def test_sitemaps_a_robots_txt_names_count_against_the_sitemap_count(tmp_path: Path) -> None:
    """A site crawl reads the sitemaps its robots.txt names: they were read all, past
    NEWS_SITEMAP_MAX_COUNT, a robots.txt naming thousands read thousands. Now they count as an
    index's do: the others are left for the next run, said, which reads them first."""
    count = 3
    with fs.fault_server() as srv:
        paths = [article_routes(srv, 1, prefix=f"/s{n}") for n in range(count)]
        for n in range(count):
            srv.route(f"/s/{n}.xml", fs.send(body=_xml("urlset", "url", [srv.url(paths[n][0])])))
        named = "".join(f"Sitemap: {srv.url(f'/s/{n}.xml')}\n" for n in range(count))
        srv.route("/robots.txt", fs.send(body=named.encode(), content_type="text/plain"))
        srv.route("/", fs.send(body=b"<html><body><p>home</p></body></html>"))

        def crawl() -> CrawlResult:
            result = run_crawl(
                tmp_path / "news.db",
                "-a", f"start={srv.url('/')}",
                "-s", "NEWS_SITEMAP_MAX_COUNT=2",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
            return result

        first = crawl()
        read = [n for n in range(count) if srv.hits[f"/s/{n}.xml"]]
        assert read == [0, 1]
        assert first.stat("news/sitemap/children_deferred") == 1
        assert "1 sitemap left for the next runs" in first.stderr
        second = crawl()
        assert srv.hits["/s/2.xml"] == 1
        assert second.stat("news/sitemap/children_deferred") == 1
        assert {srv.url(p[0]) for p in paths} <= set(articles(tmp_path / "news.db"))


def test_a_sitemap_a_robots_txt_names_that_fails_is_said(tmp_path: Path) -> None:
    """A sitemap a site's robots.txt names that answers 404: Scrapy's INFO line alone said
    so, its articles unread and the run "ok" with nothing counted; now a warning names it
    (and the robots.txt that named it), counted news/sitemap/failed."""
    with fs.fault_server() as srv:
        gone = srv.url("/gone.xml")
        srv.route("/robots.txt", fs.send(body=f"Sitemap: {gone}\n".encode()))
        srv.route("/gone.xml", fs.send(404, b"no such sitemap"))
        srv.route("/", fs.send(body=b"<html><body><p>home</p></body></html>"))
        result = run_crawl(tmp_path / "news.db", "-a", f"start={srv.url('/')}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stat("news/sitemap/failed") == 1
    assert f"WARNING: Sitemap {gone} (in {srv.url('/robots.txt')}) not read" in result.stderr


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
        said: list[bool] = []
        for _ in range(3):
            result = run_crawl(
                db,
                "-a", f"feed={srv.url('/long.xml')}",
                "-s", f"NEWS_LISTING_MAX_ENTRIES={CAP}",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
            stored_after.append(len(articles(db)))
            capped.append(result.stat("news/listing/capped_entries"))
            said.append(f"{capped[-1]} articles left for the next runs" in result.stderr)
        assert stored_after == [CAP, 2 * CAP, LONG - 5]
        assert capped == [LONG - 5 - CAP, LONG - 5 - 2 * CAP, 0]
        # The closing summary says it of the runs that left some ("ok" alone said the source
        # had been read whole), not of the last.
        assert said == [True, True, False]
        assert all(srv.hits[p] == 1 for p in paths), {p: srv.hits[p] for p in paths}


@dataclass
class RobotsRun:
    server: fs.FaultServer
    result: CrawlResult
    db: Path
    private: list[str]
    public: list[str]


@pytest.fixture(scope="module")
def robots_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RobotsRun]:
    """One feed crawl of a host whose robots.txt forbids a folder and asks for a Crawl-delay of
    an hour, NEWS_CRAWL_DELAY_MAX=1: the two tests below read it, one crawl for both. Neither
    rule reaches what the other's test checks: the folder is refused by its path, the delay
    paces the host's requests (four with it, a second apart)."""
    db = tmp_path_factory.mktemp("robots") / "news.db"
    with fs.fault_server() as srv:
        robots = b"User-agent: *\nDisallow: /private/\nCrawl-delay: 3600\n"
        srv.route("/robots.txt", fs.send(body=robots, content_type="text/plain"))
        private = article_routes(srv, 4, prefix="/private")
        public = article_routes(srv, 2, prefix="/public")
        srv.route("/mixed.xml", _rss_with(srv, [srv.url(p) for p in private + public]))
        result = run_crawl(
            db,
            "-a", f"feed={srv.url('/mixed.xml')}",
            "-s", "NEWS_LISTING_MAX_ENTRIES=3",
            "-s", "NEWS_CRAWL_DELAY_MAX=1",
        )  # fmt: skip
        yield RobotsRun(srv, result, db, private, public)


def test_entries_robots_txt_forbids_take_no_place_under_the_cap(robots_run: RobotsRun) -> None:
    """A listing over the cap led by entries its host's robots.txt forbids: refused as they
    were downloaded, never stored, they took every place each run, and the articles after
    them were never fetched."""
    srv, result = robots_run.server, robots_run.result
    assert result.returncode == 0, result.stderr[-3000:]
    assert {srv.url(p) for p in robots_run.public} <= set(articles(robots_run.db))
    assert not any(srv.hits[p] for p in robots_run.private)
    assert result.stat("news/listing/capped") == 0


def test_a_crawl_delay_over_the_cap_is_said(robots_run: RobotsRun) -> None:
    """A robots.txt Crawl-delay of an hour is waited for NEWS_CRAWL_DELAY_MAX seconds only, and
    said as a warning naming both: the INFO line said "asks for Crawl-delay 60.0 s; applied",
    the cap for the site's value, and at -L WARNING a run slowed to a page a minute said
    nothing of why."""
    srv, result = robots_run.server, robots_run.result
    assert result.returncode == 0, result.stderr[-3000:]
    assert {srv.url(p) for p in robots_run.public} <= set(articles(robots_run.db))
    host = urlsplit(srv.base).hostname  # the download slot's key
    said = [line for line in result.stderr.splitlines() if "Crawl-delay" in line]
    assert len(said) == 1 and "WARNING" in said[0], said
    assert f"robots.txt of {host} asks for a Crawl-delay of 3600 s" in said[0]
    assert "NEWS_CRAWL_DELAY_MAX=1 s" in said[0]
    assert result.stat("news/crawl_delay/capped") == 1


def _index(srv: fs.FaultServer, lastmods: list[str]) -> fs.Behaviour:
    """An index of one sitemap per lastmod, /part/N.xml."""
    body = "".join(
        f"<sitemap><loc>{srv.url(f'/part/{n}.xml')}</loc><lastmod>{lastmod}</lastmod></sitemap>"
        for n, lastmod in enumerate(lastmods)
    )
    return fs.send(
        body=(
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</sitemapindex>"
        ).encode()
    )


def _stored_urls(store: str) -> list[str]:
    db = open_database(store)
    try:
        return [row[0] for row in db.execute("SELECT url FROM articles").fetchall()]
    finally:
        db.close()


def test_an_index_over_the_sitemap_count_is_read_whole_over_the_runs(
    store_url: str, tmp_path: Path
) -> None:
    """An index of more sitemaps than NEWS_SITEMAP_MAX_COUNT allows: every run read the same
    first ones, and the articles of the others were never fetched. Now each run reads first
    the sitemaps it has not read in full (one that failed among them) and those whose lastmod
    changed; every article is stored once. On SQLite and PostgreSQL."""
    parts = 5
    with fs.fault_server() as srv:
        paths = [article_routes(srv, 2, prefix=f"/p{n}") for n in range(parts)]
        for n in range(parts):
            srv.route(
                f"/part/{n}.xml",
                fs.send(body=_xml("urlset", "url", [srv.url(p) for p in paths[n]])),
            )
        # Sitemap 1 fails in the first run (503 through the retries), answers in the next.
        part1 = fs.send(body=_xml("urlset", "url", [srv.url(p) for p in paths[1]]))
        srv.route("/part/1.xml", fs.sequence(*[fs.send(status=503)] * 3, part1))
        # The newest first, as an index of one sitemap per day often is.
        lastmods = [f"2026-01-0{parts - n}T10:00:00+00:00" for n in range(parts)]
        srv.route("/index.xml", _index(srv, lastmods))

        def crawl() -> CrawlResult:
            result = run_crawl(
                tmp_path / "news.db",
                "-a", f"sitemap={srv.url('/index.xml')}",
                "-s", f"NEWS_DB={store_url}",
                # The index and three of its sitemaps per run.
                "-s", "NEWS_SITEMAP_MAX_COUNT=4",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
            return result

        def read(before: dict[int, int]) -> list[int]:
            return [n for n in range(parts) if srv.hits[f"/part/{n}.xml"] > before.get(n, 0)]

        first = crawl()
        assert read({}) == [0, 1, 2]
        assert (
            first.stat("news/sitemap/children_read"),
            first.stat("news/sitemap/children_deferred"),
        ) == (2, 2)
        assert "2 sitemaps left for the next runs" in first.stderr
        assert sorted(_stored_urls(store_url)) == sorted(
            srv.url(p) for n in (0, 2) for p in paths[n]
        )
        hits = {n: srv.hits[f"/part/{n}.xml"] for n in range(parts)}
        second = crawl()
        # The failed one and the two never asked for; the two read in full wait.
        assert read(hits) == [1, 3, 4]
        assert (
            second.stat("news/sitemap/children_read"),
            second.stat("news/sitemap/children_deferred"),
        ) == (3, 2)
        assert sorted(_stored_urls(store_url)) == sorted(srv.url(p) for ps in paths for p in ps)
        # Sitemap 0 gains an article, and the index says so by its lastmod.
        paths[0] += article_routes(srv, 1, prefix="/new")
        srv.route(
            "/part/0.xml", fs.send(body=_xml("urlset", "url", [srv.url(p) for p in paths[0]]))
        )
        lastmods[0] = "2026-02-01T10:00:00+00:00"
        srv.route("/index.xml", _index(srv, lastmods))
        hits = {n: srv.hits[f"/part/{n}.xml"] for n in range(parts)}
        third = crawl()
        # The changed one first, then those read longest ago: 2 in the first run, then 1 and
        # 3 of the second, in the index's order.
        assert read(hits) == [0, 1, 2]
        assert srv.url("/new/0") in _stored_urls(store_url)
        assert third.stat("news/store/new") == 1
        stored = _stored_urls(store_url)
        assert len(stored) == len(set(stored)) == 2 * parts + 1
        assert all(srv.hits[p] == 1 for ps in paths for p in ps), {
            p: srv.hits[p] for ps in paths for p in ps
        }


# A day: the longest wait a host may ask for (NEWS_CRAWL_DELAY_MAX, NEWS_RETRY_AFTER_MAX), set
# that high for this test.
DAY = 86_400
# The time budget of a crawl in the test below, in the crawl's own clock.
BUDGET = 4


@pytest.mark.parametrize(
    "wait",
    [
        # A robots.txt Crawl-delay of a day, NEWS_CRAWL_DELAY_MAX raised to it: the feed waits
        # for it behind the robots.txt.
        "crawl_delay",
        # An article asking to be retried after a day (NEWS_RETRY_AFTER_MAX raised to it): its
        # retry waits in the host's paused queue.
        "retry_after",
    ],
)
def test_a_run_out_of_time_does_not_wait_for_a_hosts_delay(tmp_path: Path, wait: str) -> None:
    """The time budget, or Ctrl-C, closes the crawl, which waited for every request queued for a
    host until the host's delay or Retry-After pause let the downloader look at its queue
    again: a minute past the budget for a Crawl-delay, NEWS_RETRY_AFTER_MAX (300 s) for a
    Retry-After, the run seemingly hung. The queued requests end at once, their articles
    pending without a try spent.

    The host asks for a day: a run that waits for it does not end within run_crawl's timeout
    (a TimeoutError). A close slowed by something else, for less than that timeout, is caught
    in the crawl's own clock (Scrapy's elapsed_time_seconds, from the spider's opening to its
    close): what it measures past the budget is the close's own work, not the test's pace."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3)
        if wait == "crawl_delay":
            robots = f"User-agent: *\nCrawl-delay: {DAY}\n".encode()
            srv.route("/robots.txt", fs.send(body=robots, content_type="text/plain"))
        else:
            srv.route("/a/0", fs.send(429, b"later", headers=[("Retry-After", str(DAY))]))
        srv.route("/feed.xml", _rss_with(srv, [srv.url(p) for p in paths]))
        result = run_crawl(
            db, "-a", f"feed={srv.url('/feed.xml')}", "-s", f"NEWS_SOURCE_TIME_BUDGET={BUDGET}",
            "-s", f"NEWS_CRAWL_DELAY_MAX={DAY}", "-s", f"NEWS_RETRY_AFTER_MAX={DAY}",
        )  # fmt: skip
    assert finish_reason(result) == "time_budget", result.stderr[-3000:]
    assert "used its time budget" in result.stderr
    elapsed = elapsed_seconds(result)
    assert elapsed is not None and elapsed < BUDGET + CLOSE_SECONDS, elapsed
    if wait == "crawl_delay":
        assert srv.hits["/feed.xml"] == 0  # it waited behind the robots.txt, a minute apart
    else:
        # Asked once; its retry, waiting for the host, ended with the run: pending, not
        # fetched, none of its tries spent.
        assert srv.hits["/a/0"] == 1
        rows = Database(db).query("SELECT url, error, attempts FROM pending_articles")
        pending = {row["url"]: (row["error"], row["attempts"]) for row in rows}
        assert pending == {srv.url("/a/0"): ("not fetched: the run ended (time_budget)", 0)}


def test_an_index_of_indexes_over_the_sitemap_count_is_read_whole_over_the_runs(
    store_url: str, tmp_path: Path
) -> None:
    """An index naming three indexes of two sitemaps each, NEWS_SITEMAP_MAX_COUNT=6: the
    places went to the indexes as they were named, the sitemaps of the index read first took
    the rest, and those of the last index were never read, every run "ok". Now a sitemap
    takes its place as it goes, an index's sitemaps before the next index, and an index all
    of whose sitemaps were read waits behind the others: every article is stored once within
    a few runs. On SQLite and PostgreSQL."""
    indexes, per_index = 3, 2
    with fs.fault_server() as srv:
        leaves = [f"/leaf/{i}-{j}.xml" for i in range(indexes) for j in range(per_index)]
        paths = {leaf: article_routes(srv, 2, prefix=leaf.removesuffix(".xml")) for leaf in leaves}
        for leaf, articles in paths.items():
            srv.route(leaf, fs.send(body=_xml("urlset", "url", [srv.url(p) for p in articles])))
        for i in range(indexes):
            named = [srv.url(leaf) for leaf in leaves[i * per_index : (i + 1) * per_index]]
            srv.route(f"/index/{i}.xml", fs.send(body=_xml("sitemapindex", "sitemap", named)))
        top = [srv.url(f"/index/{i}.xml") for i in range(indexes)]
        srv.route("/index.xml", fs.send(body=_xml("sitemapindex", "sitemap", top)))
        articles = sorted(srv.url(p) for ps in paths.values() for p in ps)
        runs = 0
        # Each run reads at least one index's unread sitemaps: three runs, with one to spare.
        while sorted(set(_stored_urls(store_url))) != articles and runs < indexes + 1:
            result = run_crawl(
                tmp_path / "news.db",
                "-a", f"sitemap={srv.url('/index.xml')}",
                "-s", f"NEWS_DB={store_url}",
                "-s", "NEWS_SITEMAP_MAX_COUNT=6",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
            assert result.stat("news/store/updated") == 0
            runs += 1
        stored = _stored_urls(store_url)
        assert sorted(stored) == articles, runs
        assert len(stored) == len(set(stored))
        assert all(srv.hits[p] == 1 for ps in paths.values() for p in ps)
