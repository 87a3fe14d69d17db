"""Issue 17: every article a listing yields is stored, dropped for a reason, or kept pending.

Articles that fail transiently are retried by later runs with backoff, whatever the listing
answers (a 304 included), until they succeed or reach NEWS_PENDING_MAX_ATTEMPTS.
"""

from __future__ import annotations

import gzip
import sqlite3
import time
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import FAST, run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import (
    CLOSE_SECONDS,
    QUICK,
    CrawlResult,
    article_routes,
    articles,
    elapsed_seconds,
    etag_feed,
    run_crawl,
    write_sources,
)

pytestmark = pytest.mark.e2e

OK = 7
FLAKY = 3


def _pending(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {r["url"]: dict(r) for r in conn.execute("select * from pending_articles")}
    finally:
        conn.close()


def _while_busy(
    busy: dict[str, bool], down: fs.Behaviour, page: fs.Behaviour, h: fs.FaultHandler
) -> None:
    """``down`` while the flag is on, then ``page``."""
    (down if busy["on"] else page)(h)


def test_transient_failures_are_retried_after_a_304(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        good = article_routes(srv, OK, prefix="/ok")
        busy = {"on": True}
        flaky = [f"/flaky/{i}" for i in range(FLAKY)]
        for i, path in enumerate(flaky):
            page = fs.send(body=fs.article_html(f"spaeter {i}").encode())
            down = fs.send(503, b"busy")
            srv.route(path, partial(_while_busy, busy, down, page))
        feed = etag_feed(srv, good + flaky)

        first = run_crawl(db, "-a", f"feed={feed}")
        assert first.returncode == 0, first.stderr[-3000:]
        assert len(articles(db)) == OK
        pending = _pending(db)
        assert sorted(pending) == sorted(srv.url(p) for p in flaky)
        row = pending[srv.url(flaky[0])]
        assert row["attempts"] == 1 and "503" in row["error"] and row["given_up_at"] is None
        assert first.stat("news/pending/added") == FLAKY
        tried = [srv.hits[p] for p in flaky]

        # The default backoff (NEWS_PENDING_BACKOFF_MINUTES) has not passed: not asked yet.
        busy["on"] = False
        waiting = run_crawl(db, "-a", f"feed={feed}")
        assert waiting.stat("news/listing/not_modified") == 1
        assert [srv.hits[p] for p in flaky] == tried
        assert len(_pending(db)) == FLAKY

        again = run_crawl(db, "-a", f"feed={feed}", "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")
        assert again.returncode == 0, again.stderr[-3000:]
        assert again.stat("news/listing/not_modified") == 1  # the listing said 304...
        assert len(articles(db)) == OK + FLAKY  # ...and the unfinished articles were fetched
        assert _pending(db) == {}
        assert again.stat("news/pending/retried") == FLAKY


def test_backoff_doubles_and_the_retry_limit_gives_up(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        good = article_routes(srv, 2, prefix="/ok")
        srv.route("/down", fs.send(503, b"down"))
        feed = etag_feed(srv, [*good, "/down"])
        limits = ("-s", "NEWS_PENDING_MAX_ATTEMPTS=2", "-s", "RETRY_TIMES=0")
        first = run_crawl(db, "-a", f"feed={feed}", *limits)
        row = _pending(db)[srv.url("/down")]
        waited = time.mktime(time.strptime(row["next_try_at"][:19], "%Y-%m-%dT%H:%M:%S"))
        tried = time.mktime(time.strptime(row["last_try_at"][:19], "%Y-%m-%dT%H:%M:%S"))
        assert round((waited - tried) / 60) == 30  # NEWS_PENDING_BACKOFF_MINUTES, first wait
        assert first.returncode == 0

        zero = ("-s", "NEWS_PENDING_BACKOFF_MINUTES=0")
        second = run_crawl(db, "-a", f"feed={feed}", *limits, *zero)
        row = _pending(db)[srv.url("/down")]
        assert row["attempts"] == 2 and row["given_up_at"] is not None
        assert second.stat("news/pending/given_up") == 1
        hits = srv.hits["/down"]

        third = run_crawl(db, "-a", f"feed={feed}", *limits, *zero)
        assert srv.hits["/down"] == hits  # given up: not asked again
        assert third.returncode == 0
        runs = run_scrapy("runs", "-s", f"NEWS_DB={db}", *FAST)
    assert runs.returncode == 0, runs.stderr
    header, _, newest = runs.stdout.splitlines()[:3]
    assert _cell(header, newest, "pending") == "0"
    assert _cell(header, newest, "gave-up") == "1"


def _cell(header: str, row: str, name: str) -> str:
    """A right-aligned column's value: it ends where the column's name ends."""
    end = header.index(f" {name} ") + 1 + len(name)
    start = header.rindex(" ", 0, end - len(name) - 1)
    return row[start:end].strip()


def test_one_endless_source_does_not_hold_up_the_others(tmp_path: Path) -> None:
    """An endless sitemap chain (each index names the next) is stopped by its time budget and
    the next source is crawled. Its first hops answer at once, so the chain reaches
    /chain/5.xml well inside the budget however loaded the machine; the later ones take
    0.3 s each at the server, so the chain cannot end by itself before the timeout: a crawl
    the budget does not stop fails there (a TimeoutExpired). How soon the stopped crawl
    closes is measured in its own clock (elapsed_seconds), not the test's, which counts the
    processes' start-up and the other source too."""
    db = tmp_path / "news.db"
    budget = 4
    with fs.fault_server() as srv:
        # 994 slow hops: 298 s at the server alone, far past the timeout.
        chain, quick, timeout = 1000, 6, 180
        for n in range(chain):
            loc = srv.url(f"/chain/{n + 1}.xml")
            index = fs.send(
                body=f"<sitemapindex><sitemap><loc>{loc}</loc></sitemap></sitemapindex>".encode()
            )
            srv.route(f"/chain/{n}.xml", index if n < quick else fs.slow_headers(0.3, index))
        good = article_routes(srv, 3, prefix="/ok")
        sources = write_sources(
            tmp_path / "sources.toml",
            {
                "endless": ("sitemaps", srv.url("/chain/0.xml")),
                "healthy": ("feeds", etag_feed(srv, good)),
            },
        )
        run = run_scrapy(
            "crawlall", *QUICK,
            "-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}",
            "-s", "NEWS_SITEMAP_MAX_DEPTH=0", "-s", "NEWS_SITEMAP_MAX_COUNT=0",
            "-s", f"NEWS_SOURCE_TIME_BUDGET={budget}",
            timeout=timeout,
        )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    elapsed = elapsed_seconds(run, "time_budget")
    assert elapsed is not None and elapsed < budget + CLOSE_SECONDS, elapsed
    assert all(srv.url(p) in articles(db) for p in good)
    assert "'news/bound/time_budget': 1" in run.stderr
    assert srv.hits["/chain/5.xml"] == 1  # it was crawling, and was stopped


def test_a_source_whose_every_article_fails_fails_and_the_next_run_finishes(
    tmp_path: Path,
) -> None:
    """The feed answers, every article page answers 503: the run said "ok", exit 0, with
    nothing stored; a site that blocks its articles and not its feed looked healthy."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        busy = {"on": True}
        paths = [f"/blocked/{i}" for i in range(3)]
        for i, path in enumerate(paths):
            page = fs.send(body=fs.article_html(f"gesperrt {i}").encode())
            srv.route(path, partial(_while_busy, busy, fs.send(503, b"busy"), page))
        feed = etag_feed(srv, paths)
        limits = ("-s", "RETRY_TIMES=0", "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")

        blocked = run_crawl(db, "-a", f"feed={feed}", *limits)
        assert blocked.returncode == 1, blocked.stderr[-3000:]
        assert "failed (all 3 article page(s) it asked for failed (first: " in blocked.stderr
        assert "503" in blocked.stderr.rpartition("failed (all 3")[2].splitlines()[0]
        assert articles(db) == {}
        assert len(_pending(db)) == 3

        busy["on"] = False
        healed = run_crawl(db, "-a", f"feed={feed}", *limits)
        assert healed.returncode == 0, healed.stderr[-3000:]
        assert len(articles(db)) == 3
        assert _pending(db) == {}


def test_a_first_run_whose_every_article_is_gone_fails_and_later_runs_say_what_they_kept(
    tmp_path: Path,
) -> None:
    """The feed answers, each article it names answers 404: the first run said "ok", exit 0,
    nothing stored, and only `scrapy runs` flagged the source, runs later. It fails, naming
    why with counts. Once the source has stored articles, a run whose new articles all fail
    is partly failed (exit 3), and a run whose listing names no new article is ok."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        gone = [f"/gone/{i}" for i in range(3)]
        for path in gone:
            srv.route(path, fs.send(404, b"not here"))
        good = article_routes(srv, 2, prefix="/ok")

        def crawl(*paths: str) -> CrawlResult:
            feed = fs.send(body=fs.rss(srv.base, list(paths)), content_type="application/rss+xml")
            return run_crawl(db, "-a", f"feed={srv.route('/feed.xml', feed)}")

        first = crawl(*gone)
        assert first.returncode == 1, first.stderr[-3000:]
        assert "failed (3 of 3 articles failed: http_404 3; nothing stored of" in first.stderr
        stored = crawl(*gone, *good)
        assert stored.returncode == 0, stored.stderr[-3000:]
        srv.route("/gone/new", fs.send(404, b"not here"))
        none_kept = crawl("/gone/new", *gone, *good)
        assert none_kept.returncode == 3, none_kept.stderr[-3000:]
        assert "partly failed (1 of 1 article failed: http_404 1)" in none_kept.stderr
        nothing_new = crawl("/gone/new", *gone, *good)
        assert nothing_new.returncode == 0, nothing_new.stderr[-3000:]
    assert len(articles(db)) == 2


def test_the_summary_says_what_became_of_every_listed_article(tmp_path: Path) -> None:
    """The closing line named new, updated, copies, dropped and refused articles: one left
    unfinished, one not asked for again because it is stored, showed in none of them."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        good = article_routes(srv, 2, prefix="/ok")
        srv.route("/down", fs.send(503, b"down"))
        feed = srv.route(
            "/feed.xml",
            fs.send(body=fs.rss(srv.base, [*good, "/down"]), content_type="application/rss+xml"),
        )
        first = run_crawl(db, "-a", f"feed={feed}", "-s", "RETRY_TIMES=0")
        second = run_crawl(db, "-a", f"feed={feed}", "-s", "RETRY_TIMES=0")
    assert first.returncode == 0, first.stderr[-3000:]
    assert ", 2 new, 0 updated, 1 unfinished, 0 copies, " in _summary(first.stderr)
    assert second.returncode == 0, second.stderr[-3000:]
    line = _summary(second.stderr)
    assert ", 0 new, 0 updated, 3 not fetched again (stored 2, waiting 1), 0 copies, " in line
    assert "unfinished" not in line


def _summary(stderr: str) -> str:
    """The closing line of the run's one source."""
    return next(line for line in stderr.splitlines() if "; " in line and " pages, " in line)


def test_an_old_link_redirecting_to_a_listed_article_is_that_article(tmp_path: Path) -> None:
    """A listing that names an article and, after it, an old link that redirects to it: the
    redirect was dropped as a duplicate of the article's own request and the old link kept
    pending "not fetched" with no try spent; its retry resolved it, the run after it was
    dropped again, so every other run said "1 unfinished" of a stored article, for ever."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 2)
        srv.route("/old/0", fs.redirect(srv.url(paths[0]), 301))
        feed = fs.rss(srv.base, [*paths, "/old/0"])
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        for run in range(2):
            result = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
            assert result.returncode == 0, result.stderr[-3000:]
            assert "unfinished" not in result.stderr, f"run {run + 1}"
            assert _pending(db) == {}, f"run {run + 1}"
        # Remembered as the article's alias: not fetched again by the second run.
        assert srv.hits["/old/0"] == 1
    assert sorted(articles(db)) == [srv.url(p) for p in paths]


def _with_etag(tag: str, body: bytes, content_type: str = "application/xml") -> fs.Behaviour:
    """A listing with an ETag that answers 304 to a request carrying it."""

    def behave(h: fs.FaultHandler) -> None:
        if h.headers.get("If-None-Match") == tag:
            h.head(304, [("ETag", tag)])
            return
        fs.send(body=body, content_type=content_type, headers=[("ETag", tag)])(h)

    return behave


_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def test_a_sitemap_that_failed_is_asked_again_though_its_index_answers_304(
    tmp_path: Path,
) -> None:
    """The index's validator was kept though one of its sitemaps failed (a 503, a damaged
    gzip file, sent with an ETag): the next run's index answered 304, the sitemap was never
    asked for again, and its articles were lost while the index did not change, "ok"."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = {name: article_routes(srv, 2, prefix=f"/{name}") for name in ("ok", "down", "gz")}
        busy = {"on": True}
        down = fs.send(503, b"busy")
        srv.route(
            "/down.xml",
            partial(_while_busy, busy, down, fs.send(body=fs.urlset(srv.base, paths["down"]))),
        )
        gzipped = gzip.compress(fs.urlset(srv.base, paths["gz"]))
        damaged = _with_etag('"g"', b"\x1f\x8b\x08\x00not deflate", "application/x-gzip")
        srv.route(
            "/gz.xml.gz",
            partial(_while_busy, busy, damaged, _with_etag('"g"', gzipped, "application/x-gzip")),
        )
        srv.route("/ok.xml", _with_etag('"o"', fs.urlset(srv.base, paths["ok"])))
        locs = "".join(
            f"<sitemap><loc>{srv.base}{p}</loc></sitemap>"
            for p in ("/ok.xml", "/down.xml", "/gz.xml.gz")
        )
        index = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
        srv.route("/index.xml", _with_etag('"i"', index.encode()))

        first = run_crawl(db, "-a", f"sitemap={srv.url('/index.xml')}")
        assert first.returncode == 0, first.stderr[-3000:]
        assert sorted(articles(db)) == sorted(srv.url(p) for p in paths["ok"])
        assert (
            f"Sitemap {srv.url('/down.xml')} (in {srv.url('/index.xml')}) not read: HTTP 503"
            in (first.stderr)
        )
        busy["on"] = False
        second = run_crawl(db, "-a", f"sitemap={srv.url('/index.xml')}")
        assert second.returncode == 0, second.stderr[-3000:]
        assert sorted(articles(db)) == sorted(srv.url(p) for ps in paths.values() for p in ps)
        # The sitemap read in full answered 304: only what failed was read again.
        assert second.stat("news/listing/not_modified") == 1


def test_a_sitemap_that_changed_is_read_though_its_index_did_not(tmp_path: Path) -> None:
    """An index names its sitemaps, not their articles: a static index file (no <lastmod>,
    served with an ETag) stays the same while its sitemaps gain articles. Its validator was
    kept, so every later run's index answered 304, none of its sitemaps was asked for, and
    the new articles were never found, each run "ok; 0 new"."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        news = article_routes(srv, 3, prefix="/news")
        archive = article_routes(srv, 2, prefix="/archive")
        grows = fs.Revisable([fs.urlset(srv.base, news[:1]), fs.urlset(srv.base, news)])
        srv.route("/news.xml", grows)
        srv.route("/archive.xml", _with_etag('"a"', fs.urlset(srv.base, archive)))
        locs = "".join(
            f"<sitemap><loc>{srv.base}{p}</loc></sitemap>" for p in ("/news.xml", "/archive.xml")
        )
        index = f'<sitemapindex xmlns="{_SITEMAP_NS}">{locs}</sitemapindex>'
        srv.route("/index.xml", _with_etag('"i"', index.encode()))
        args = ("-a", f"sitemap={srv.url('/index.xml')}")

        first = run_crawl(db, *args)
        assert first.returncode == 0, first.stderr[-3000:]
        assert sorted(articles(db)) == sorted(srv.url(p) for p in [*news[:1], *archive])

        grows.current = 1
        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        assert sorted(articles(db)) == sorted(srv.url(p) for p in [*news, *archive])
        assert second.stat("news/store/new") == 2
        # The sitemap that did not change cost a 304.
        assert second.stat("news/listing/not_modified") == 1

        third = run_crawl(db, *args)
        assert third.returncode == 0, third.stderr[-3000:]
        assert third.stat("news/store/new") == 0
        assert third.stat("news/listing/not_modified") == 2
        assert srv.hits["/news.xml"] == srv.hits["/archive.xml"] == 3


def test_an_article_outside_the_sources_domains_is_a_named_drop(tmp_path: Path) -> None:
    """Scrapy's offsite filter drops such a request as it is scheduled, unsaid (a DEBUG line):
    the article, listed on another host or redirected there, stayed pending "not fetched",
    no try spent, "2 unfinished" in every run for ever."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        elsewhere = f"http://localhost:{srv.server_address[1]}"
        srv.route("/moved", fs.redirect(f"{elsewhere}/a", 301))
        other = f"<item><title>t</title><link>{elsewhere}/b</link></item>"
        feed = fs.rss(srv.base, ["/moved"], extra_items=other)
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        loc = f"<sitemap><loc>{elsewhere}/s.xml</loc></sitemap>"
        index = f'<sitemapindex xmlns="{_SITEMAP_NS}">{loc}</sitemapindex>'
        srv.route("/index.xml", _with_etag('"i"', index.encode()))
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[sources.bound]\nfeeds = ["{srv.url("/feed.xml")}"]\n'
            f'sitemaps = ["{srv.url("/index.xml")}"]\n'
            'allowed_domains = ["127.0.0.1"]\n'
            f'allow_hosts = ["localhost:{srv.server_address[1]}"]\n',
            encoding="utf-8",
        )
        run = run_scrapy(
            "crawl", "bound", *QUICK, "-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}"
        )
    # Its first run, every article refused: the source fails, naming why.
    assert run.returncode == 1, run.stderr[-3000:]
    assert "failed (2 of 2 articles failed: offsite 2; nothing stored of" in run.stderr
    assert "2 dropped (offsite 2)" in run.stderr and "unfinished" not in run.stderr
    assert "localhost is outside the source's allowed_domains (127.0.0.1)" in run.stderr
    assert _pending(db) == {}
    # The index naming a sitemap there is read again by the next run.
    assert sqlite3.connect(db).execute("select count(*) from listing_validators").fetchone() == (0,)


@pytest.mark.parametrize(
    ("refused", "allowed"),
    [
        # A redirect to a host of a private address the source does not name, as the
        # warning says to allow it.
        ("", 'allow_hosts = ["{other}"]\n'),
        # An article on a host outside allowed_domains, the domain then added.
        (
            'allowed_domains = ["127.0.0.1"]\nallow_hosts = ["{other}"]\n',
            'allowed_domains = ["127.0.0.1", "localhost"]\nallow_hosts = ["{other}"]\n',
        ),
    ],
    ids=["private_address", "offsite"],
)
def test_articles_refused_by_the_sources_settings_are_fetched_once_they_allow_them(
    tmp_path: Path, refused: str, allowed: str
) -> None:
    """The refusal forgot the articles (not pending: a refusal is no try) and the feed's
    ETag was kept: the next run's 304 left them unasked once the setting allowed them, for
    as long as the feed did not change, each run "ok, 0 new"."""
    db = tmp_path / "news.db"
    sources = tmp_path / "sources.toml"
    with fs.fault_server() as srv:
        other = f"localhost:{srv.server_address[1]}"
        paths = []
        for i in range(2):
            srv.route(f"/a/{i}", fs.redirect(f"http://{other}/moved/{i}", 301))
            srv.route(f"/moved/{i}", fs.send(body=fs.article_html(f"umgezogen {i}").encode()))
            paths.append(f"/a/{i}")
        feed = etag_feed(srv, paths)

        def crawl(settings: str, code: int = 0) -> str:
            table = f'[sources.moved]\nfeeds = ["{feed}"]\n' + settings.format(other=other)
            sources.write_text(table, encoding="utf-8")
            run = run_scrapy(
                "crawl", "moved", *QUICK, "-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}"
            )
            assert run.returncode == code, run.stderr[-3000:]
            return run.stderr

        # A first run whose every article is dropped as offsite fails (a private address
        # is a refusal, not a drop: the run is ok).
        first = crawl(refused, 1 if "allowed_domains" in refused else 0)
        assert f"Not fetching http://{other}/moved/" in first
        assert articles(db) == {} and _pending(db) == {}
        second = crawl(allowed)
        assert srv.hits["/feed.xml"] == 2
        assert sorted(articles(db)) == sorted(f"http://{other}/moved/{i}" for i in range(2))
        assert "2 new" in second
        crawl(allowed)  # stored once: the third run finds them stored
    assert len(articles(db)) == 2


def test_articles_robots_txt_refused_are_fetched_once_it_allows_them(tmp_path: Path) -> None:
    """As above, for articles the site's robots.txt disallowed for a while: its feed's 304
    left them unasked once it allowed them again."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        closed = {"on": True}
        rules = {True: b"User-agent: *\nDisallow: /a/\n", False: b"User-agent: *\nAllow: /\n"}
        srv.route("/robots.txt", lambda h: fs.send(body=rules[closed["on"]])(h))
        feed = etag_feed(srv, article_routes(srv, 2))
        first = run_crawl(db, "-a", f"feed={feed}")
        assert "2 dropped (robots_txt 2)" in first.stderr, first.stderr[-3000:]
        closed["on"] = False
        second = run_crawl(db, "-a", f"feed={feed}")
        assert second.returncode == 0, second.stderr[-3000:]
        assert srv.hits["/a/0"] == srv.hits["/a/1"] == 1
    assert len(articles(db)) == 2 and _pending(db) == {}


def test_a_sitemap_naming_a_refused_article_is_read_and_asked_in_full_again(
    tmp_path: Path,
) -> None:
    """Its validators are not kept (above), but it is a sitemap read in full: kept in
    sitemap_reads, so that under NEWS_SITEMAP_MAX_COUNT one naming a page robots.txt always
    refuses is not read first by every run, ahead of those never read."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        srv.route("/robots.txt", fs.send(body=b"User-agent: *\nDisallow: /private/\n"))
        paths = [*article_routes(srv, 1), *article_routes(srv, 1, prefix="/private")]
        srv.route("/child.xml", _with_etag('"c"', fs.urlset(srv.base, paths)))
        srv.route("/index.xml", fs.send(body=fs.sitemap_index([srv.url("/child.xml")])))
        result = run_crawl(db, "-a", f"sitemap={srv.url('/index.xml')}")
        assert result.returncode == 0, result.stderr[-3000:]
        assert "1 dropped (robots_txt 1)" in result.stderr
    conn = sqlite3.connect(db)
    assert [url for (url,) in conn.execute("SELECT url FROM sitemap_reads")] == [
        srv.url("/child.xml")
    ]
    assert conn.execute("SELECT count(*) FROM listing_validators").fetchone() == (0,)


def test_an_article_url_over_the_length_limit_is_given_up_and_can_be_asked_again(
    tmp_path: Path,
) -> None:
    """Scrapy's UrlLengthMiddleware drops such a request unsaid (an INFO line): the article
    stayed pending "not fetched", no try spent, "1 unfinished" in every run for ever."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 2)
        long = f"{paths[1]}?" + "&amp;".join(f"k{i}=v{i}" for i in range(300))
        feed = fs.rss(srv.base, [paths[0], long])
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        args = ("-a", f"feed={srv.url('/feed.xml')}")
        first = run_crawl(db, *args)
        assert "1 dropped (url_too_long 1; 1 of them given up)" in first.stderr
        assert ", 1 given up, " not in first.stderr  # the article counted once, as a drop
        assert "over URLLENGTH_LIMIT=2083" in first.stderr
        assert "unfinished" not in first.stderr
        (row,) = _pending(db).values()
        assert row["given_up_at"] and row["error"] == "URL over URLLENGTH_LIMIT"
        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        assert "2 not fetched again (given_up 1, stored 1)" in second.stderr
        assert "url_too_long" not in second.stderr and "unfinished" not in second.stderr
        # The limit raised, the given-up article asked again: stored.
        again = ("-s", "URLLENGTH_LIMIT=8192", "-s", "NEWS_PENDING_RETRY_GIVEN_UP=True")
        third = run_crawl(db, *args, *again)
        assert third.returncode == 0, third.stderr[-3000:]
    assert len(articles(db)) == 2 and _pending(db) == {}


def test_a_sitemap_named_twice_is_read_once_and_its_indexes_are_read(tmp_path: Path) -> None:
    """A sitemap the source names and an index names too was downloaded twice, its entries
    asked twice; one two indexes name was dropped by the dupefilter under the second, and
    that index, waiting for it, was never kept as read (an index of indexes went first in
    every run). Each is read once now, its articles asked once, nothing counted as failed,
    both indexes kept as read and every sitemap's ETag kept."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = {name: article_routes(srv, 2, prefix=f"/{name}") for name in ("s", "n", "o")}
        srv.route("/shared.xml", _with_etag('"s"', fs.urlset(srv.base, paths["s"])))
        srv.route("/nested.xml", _with_etag('"n"', fs.urlset(srv.base, paths["n"])))
        srv.route("/other.xml", _with_etag('"o"', fs.urlset(srv.base, paths["o"])))
        # /shared.xml is named by the source, by /index.xml (twice), and /nested.xml by two
        # indexes of /top.xml.
        named = {
            "/index.xml": ["/shared.xml", "/shared.xml"],
            "/a.xml": ["/nested.xml"],
            "/b.xml": ["/nested.xml", "/other.xml"],
            "/top.xml": ["/a.xml", "/b.xml"],
        }
        for index, locs in named.items():
            srv.route(index, fs.send(body=fs.sitemap_index([srv.url(p) for p in locs])))
        given = ",".join(srv.url(p) for p in ("/index.xml", "/shared.xml", "/top.xml"))
        result = run_crawl(db, "-a", f"sitemap={given}")
        assert result.returncode == 0, result.stderr[-3000:]
        every = [p for ps in paths.values() for p in ps]
        assert sorted(articles(db)) == sorted(srv.url(p) for p in every)
        assert [srv.hits[p] for p in ("/shared.xml", "/nested.xml", "/other.xml")] == [1, 1, 1]
        assert all(srv.hits[p] == 1 for p in every)
        assert result.stat("dupefilter/filtered") == 0
        assert result.stat("news/sitemap/asked_already") == 2
        assert result.stat("news/sitemap/failed") == 0
        assert "ERROR" not in result.stderr
        # Both indexes of /top.xml are read: every sitemap they name was read in full.
        assert result.stat("news/sitemap/indexes_read") == 2
        reads = sqlite3.connect(db).execute("SELECT url, index_url FROM sitemap_reads")
        kept = {url.removeprefix(srv.base): index for url, index in reads}
        assert {"/a.xml", "/b.xml"} <= set(kept)
        validators = sqlite3.connect(db).execute("SELECT url, etag FROM listing_validators")
        assert {u.removeprefix(srv.base): e for u, e in validators} == {
            "/shared.xml": '"s"',
            "/nested.xml": '"n"',
            "/other.xml": '"o"',
        }


def _index_with_lastmods(entries: list[tuple[str, str]]) -> bytes:
    """A sitemap index naming each (loc, lastmod) of ``entries``."""
    body = "".join(
        f"<sitemap><loc>{loc}</loc><lastmod>{lastmod}</lastmod></sitemap>"
        for loc, lastmod in entries
    )
    xmlns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    return f'<?xml version="1.0"?><sitemapindex xmlns="{xmlns}">{body}</sitemapindex>'.encode()


def test_a_sitemap_two_indexes_name_is_read_for_both_and_failed_for_both(tmp_path: Path) -> None:
    """/shared.xml, named by /a.xml and /b.xml (with another lastmod each), is asked for once,
    under /a.xml. Failed, neither index is kept as read, /b.xml not either though it opened
    after the failure. Read, both are. Its row keeps /a.xml's lastmod: /b.xml's, another,
    made it changed for /b.xml in every run, so that once NEWS_SITEMAP_MAX_COUNT left it for
    a later run (unchanged for /a.xml, read then), /b.xml waited for it and was never kept
    as read (news/sitemap/indexes_read 1 of 2). Only the moment of another index's lastmod
    tells now."""
    db = tmp_path / "news.db"
    xml = "application/xml"
    with fs.fault_server() as srv:
        shared = _with_etag('"s"', fs.urlset(srv.base, article_routes(srv, 2, prefix="/s")))
        unavailable = fs.send(status=503, body=b"busy")
        srv.route("/shared.xml", fs.sequence(*[unavailable] * 3, shared))  # 3 tries: run 1
        srv.route("/other.xml", _with_etag('"o"', fs.urlset(srv.base, ["/o/0"])))
        article_routes(srv, 1, prefix="/o")
        a_body = _index_with_lastmods([(srv.url("/shared.xml"), "2026-11-01")])
        srv.route("/a.xml", fs.send(body=a_body, content_type=xml))
        b_body = _index_with_lastmods(
            [(srv.url("/shared.xml"), "2026-11-02"), (srv.url("/other.xml"), "2026-11-02")]
        )
        # /b.xml answers once /shared.xml has failed its tries: it opens after the failure.
        srv.route("/b.xml", fs.slow_headers(1.5, fs.send(body=b_body, content_type=xml)))
        top = fs.sitemap_index([srv.url("/a.xml"), srv.url("/b.xml")])
        srv.route("/top.xml", fs.send(body=top, content_type=xml))
        args = ("-a", f"sitemap={srv.url('/top.xml')}")

        def kept() -> set[str]:
            rows = sqlite3.connect(db).execute("SELECT url FROM sitemap_reads")
            return {url.removeprefix(srv.base) for (url,) in rows}

        failed = run_crawl(db, *args)
        assert srv.hits["/shared.xml"] == 3 and failed.stat("news/sitemap/failed") == 1
        assert failed.stat("news/sitemap/indexes_read") == 0
        assert kept() == {"/other.xml"}

        read = run_crawl(db, *args)
        assert read.returncode == 0, read.stderr[-3000:]
        assert srv.hits["/shared.xml"] == 4
        assert read.stat("news/sitemap/indexes_read") == 2
        assert kept() == {"/a.xml", "/b.xml", "/shared.xml", "/other.xml"}
        assert len(articles(db)) == 3

        # Room for /top.xml, /a.xml and /b.xml only: their sitemaps are left for later, each
        # unchanged since its full read, so both indexes are read.
        bound = run_crawl(db, *args, "-s", "NEWS_SITEMAP_MAX_COUNT=3")
        assert bound.returncode == 0, bound.stderr[-3000:]
        assert bound.stat("news/sitemap/children_deferred") >= 1
        assert srv.hits["/shared.xml"] == 4
        assert bound.stat("news/sitemap/indexes_read") == 2
