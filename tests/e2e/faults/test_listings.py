"""Big and odd listings: every article they name is fetched, or the run says why not.

Listings are generated on the fly, served by the fault server, and read by `scrapy crawl`
in a subprocess.
"""

from __future__ import annotations

import contextlib
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import CrawlResult, article_routes, articles, run_crawl

pytestmark = pytest.mark.e2e

MIB = 1 << 20
# Over the default DOWNLOAD_MAXSIZE (10 MiB), within the sitemap protocol's 50 MiB.
BIG = 11 * MIB


def test_sitemaps_up_to_the_protocols_size_are_read(tmp_path: Path) -> None:
    """A sitemap over DOWNLOAD_MAXSIZE, plain, gzipped as a file or as Content-Encoding, is
    read; a gzip sitemap unpacking past the protocol's size is refused, and a feed of the
    same size keeps the normal limit."""
    with fs.fault_server() as srv:
        paths = article_routes(srv, 6, prefix="/big")
        plain = fs.big_sitemap([srv.url(p) for p in paths[:2]], BIG)
        zipped = gzip.compress(fs.big_sitemap([srv.url(p) for p in paths[2:4]], BIG), 1)
        encoded = gzip.compress(fs.big_sitemap([srv.url(p) for p in paths[4:]], BIG), 1)
        srv.route("/plain.xml", fs.send(body=plain, content_type="application/xml"))
        srv.route("/zipped.xml.gz", fs.send(body=zipped, content_type="application/gzip"))
        srv.route(
            "/encoded.xml",
            fs.send(
                body=encoded, content_type="application/xml", headers=[("Content-Encoding", "gzip")]
            ),
        )
        huge, _ = fs.bombs(60 * MIB)
        srv.route("/huge.xml.gz", fs.send(body=huge, content_type="application/gzip"))
        feed_paths = article_routes(srv, 1, prefix="/feed")
        big_feed = fs.rss(srv.url(""), feed_paths, "<!-- " + "x" * BIG + " -->")
        srv.route("/feed.xml", fs.send(body=big_feed, content_type="application/rss+xml"))
        sitemaps = ",".join(
            srv.url(p) for p in ("/plain.xml", "/zipped.xml.gz", "/encoded.xml", "/huge.xml.gz")
        )
        result = run_crawl(
            tmp_path / "news.db",
            "-a", f"sitemap={sitemaps}",
            "-a", f"feed={srv.url('/feed.xml')}",
            timeout=180,
            memory=True,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        # Bounded by the protocol's size: about 110 MB idle, 290 MB measured for a 45 MB one.
        assert 0 < result.peak_rss < 350 << 20, result.peak_rss
        stored = articles(tmp_path / "news.db")
        assert {srv.url(p) for p in paths} <= set(stored), sorted(stored)
        assert srv.url(feed_paths[0]) not in stored
        assert result.stat("news/sitemap/urlset") == 3
        assert result.stat("news/sitemap/too_large") == 1
        assert "Sitemap http" in result.stderr and "exceeds 52428800 bytes" in result.stderr
        feed_refused = (
            f"larger than download max size ({10 * MIB}) in request <GET {srv.url('/feed.xml')}>"
        )
        assert feed_refused in result.stderr


def _robots_site(srv: fs.FaultServer, robots: fs.Behaviour, prefix: str) -> list[str]:
    """Two articles and a feed of them on ``srv``, whose robots.txt behaves so."""
    paths = article_routes(srv, 2, prefix=prefix)
    srv.route("/robots.txt", robots)
    srv.route(
        "/feed.xml", fs.send(body=fs.rss(srv.base, paths), content_type="application/rss+xml")
    )
    return paths


def _unreadable_robots() -> dict[str, tuple[fs.Behaviour, str]]:
    """Each way a robots.txt cannot be read, and the reason the run names for it."""
    return {
        "503": (fs.send(503, b"down for maintenance"), "HTTP 503"),
        "503_retry_after": (fs.send(503, b"busy", headers=[("Retry-After", "1")]), "HTTP 503"),
        "timeout": (
            fs.slow_headers(5, fs.send(body=b"")),
            "no answer within 2 s (DOWNLOAD_TIMEOUT)",
        ),
        # A 4xx, but the host asking us to slow down, not saying there is no robots.txt: read
        # as allow all, every article was fetched at once from a host that had just said 429.
        "429": (
            fs.send(429, b"User-agent: *\nAllow: /\n", content_type="text/plain"),
            "HTTP 429",
        ),
        "429_retry_after": (fs.send(429, b"slow down", headers=[("Retry-After", "1")]), "HTTP 429"),
    }


@dataclass
class RobotsRun:
    """One host per way of :func:`_unreadable_robots`, each crawled alone into one store
    while its robots.txt cannot be read, then all of them by one crawl once it answers 404;
    that crawl also reads two hosts new to it, whose robots.txt answers 404 with a Disallow
    (``denied``) and is over DOWNLOAD_MAXSIZE (``oversized``)."""

    servers: dict[str, fs.FaultServer]
    paths: dict[str, list[str]]
    results: dict[str, CrawlResult]
    # The hits of each host's feed and articles once its own failing run ended.
    hits: dict[str, list[int]]
    denied: fs.FaultServer
    denied_paths: list[str]
    oversized: fs.FaultServer
    oversized_site: dict
    again: CrawlResult
    stored: set[str]


@pytest.fixture(scope="module")
def robots_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RobotsRun]:
    """The runs of every unreadable robots.txt: each failing run has a host and a run of its
    own, as it had with a store of its own (nothing of a run whose entry URL was refused is
    kept but the run's record); the run after them, robots.txt back, is one crawl of every
    host's feed, as each case's run after its own was, into the store those runs left. The
    hosts it meets first are read as in a crawl of their own: a robots.txt is asked for,
    read and counted per host, and every setting of the crawl is the default."""
    db = tmp_path_factory.mktemp("robots") / "news.db"
    cases = _unreadable_robots()
    with contextlib.ExitStack() as stack:
        servers = {case: stack.enter_context(fs.fault_server()) for case in cases}
        paths = {case: _robots_site(servers[case], cases[case][0], "/r") for case in cases}
        denied = stack.enter_context(fs.fault_server())
        denial = fs.send(404, b"User-agent: *\nDisallow: /\n", content_type="text/plain")
        denied_paths = _robots_site(denied, denial, "/f")
        oversized = stack.enter_context(fs.fault_server())
        oversized_site = _oversized_site(oversized, BIG, 10 * MIB, "announced")
        results, hits = {}, {}
        for case, srv in servers.items():
            results[case] = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
            hits[case] = [srv.hits[p] for p in ("/feed.xml", *paths[case])]
        for srv in servers.values():
            srv.route("/robots.txt", fs.send(404, b"not here"))
        hosts = [*servers.values(), denied, oversized]
        again = run_crawl(db, "-a", f"feed={','.join(srv.url('/feed.xml') for srv in hosts)}")
        yield RobotsRun(
            servers, paths, results, hits, denied, denied_paths, oversized, oversized_site,
            again, set(articles(db)),
        )  # fmt: skip


@pytest.mark.parametrize("case", list(_unreadable_robots()))
def test_a_robots_txt_that_cannot_be_read_is_complete_disallow(
    robots_run: RobotsRun, case: str
) -> None:
    """RFC 9309 2.3.1.4: a server error, or no answer, means complete disallow. Scrapy read the
    5xx page (or nothing) as allow all and crawled the failing host, the run "ok"; now nothing
    is fetched there, the source fails naming it, and the next run, robots.txt back, stores
    the articles."""
    srv, paths = robots_run.servers[case], robots_run.paths[case]
    result = robots_run.results[case]
    why = _unreadable_robots()[case][1]
    assert result.returncode == 1, result.stderr[-3000:]
    assert robots_run.hits[case] == [0] * (1 + len(paths))
    assert result.stat("news/robots/unreachable") == 1
    netloc = srv.base.removeprefix("http://")
    assert f"robots.txt of {netloc} is unreachable ({why}" in result.stderr
    assert f"none of 1 entry URL(s) answered (first: robots.txt of {netloc} unreachable" in (
        result.stderr
    )
    # Said once, in our words, as a warning: Scrapy's "Gave up retrying" and "Error
    # downloading" ERROR lines beside it read as a crash and counted as the run's errors.
    assert result.stderr.count(f"robots.txt of {netloc} is unreachable") == 1
    assert "] ERROR: Gave up retrying" not in result.stderr
    assert "Error downloading" not in result.stderr
    assert "0 refused, 0 errors" in result.stderr
    again = robots_run.again
    assert again.returncode == 0, again.stderr[-3000:]
    assert {srv.url(p) for p in paths} <= robots_run.stored


def test_articles_on_a_host_whose_robots_txt_fails_stay_pending(tmp_path: Path) -> None:
    """A feed's articles on another host whose robots.txt answers 503: refused, kept pending
    with the reason, and the source fails (it said "ok" with the articles crawled)."""
    db = tmp_path / "news.db"
    with fs.fault_server() as listing, fs.fault_server() as host:
        paths = article_routes(host, 2, prefix="/p")
        host.route("/robots.txt", fs.send(503, b"oops"))
        listing.route("/robots.txt", fs.send(404, b"none"))
        feed = fs.rss(host.base, paths)
        listing.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        host_port = host.base.removeprefix("http://")
        result = run_crawl(
            db, "-a", f"feed={listing.url('/feed.xml')}", "-a", f"allow_hosts={host_port}"
        )
        assert result.returncode == 1, result.stderr[-3000:]
        assert not any(host.hits[p] for p in paths)
        assert result.stat("news/robots/refused_unreachable") == 2
        rows = Database(db).query("SELECT url, error FROM pending_articles")
        errors = {row["url"]: row["error"] for row in rows}
        assert set(errors) == {host.url(p) for p in paths}
        assert all(
            f"robots.txt of {host_port} unreachable (HTTP 503)" in e for e in errors.values()
        )
        # Each run that cannot read it spends a try: a host whose robots.txt stays broken has
        # its articles given up after NEWS_PENDING_MAX_ATTEMPTS, said, not asked for ever.
        again = run_crawl(
            db,
            "-a", f"feed={listing.url('/feed.xml')}", "-a", f"allow_hosts={host_port}",
            "-s", "NEWS_PENDING_BACKOFF_MINUTES=0", "-s", "NEWS_PENDING_MAX_ATTEMPTS=2",
        )  # fmt: skip
        assert again.returncode == 1, again.stderr[-3000:]
        assert not any(host.hits[p] for p in paths)
        assert again.stat("news/pending/given_up") == 2
        assert "2 articles of 127.0.0.1 given up: tried 2 times" in again.stderr
        given_up = Database(db).query("SELECT url FROM pending_articles WHERE given_up_at")
        assert {row["url"] for row in given_up} == {host.url(p) for p in paths}


def test_a_robots_txt_down_for_a_while_is_read_from_the_copy_kept(tmp_path: Path) -> None:
    """RFC 9309 2.4: a robots.txt kept from an earlier run is read while the host's is
    unreachable. Every run of an outage refused the host's articles, each a try spent, and
    gave them up after NEWS_PENDING_MAX_ATTEMPTS while their pages answered; now its rules
    apply (what it disallows stays out) until the copy is older than
    NEWS_ROBOTS_COPY_MAX_DAYS, and `scrapy runs` names the copy read and its age."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        rules = b"User-agent: *\nDisallow: /private/\n"
        first = _robots_site(srv, fs.send(body=rules, content_type="text/plain"), "/a")
        result = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
        assert result.returncode == 0, result.stderr[-3000:]
        assert {srv.url(p) for p in first} <= set(articles(db))
        later = article_routes(srv, 2, prefix="/b")
        hidden = article_routes(srv, 1, prefix="/private")
        feed = fs.rss(srv.base, [*later, *hidden])
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        srv.route("/robots.txt", fs.send(503, b"down for maintenance"))
        again = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
        assert again.returncode == 0, again.stderr[-3000:]
        assert {srv.url(p) for p in later} <= set(articles(db))
        assert srv.hits[hidden[0]] == 0  # the copy's Disallow holds
        assert again.stat("news/robots/unreachable") == 1
        assert again.stat("news/robots/copy_used") == 1
        netloc = srv.base.removeprefix("http://")
        assert f"robots.txt of {netloc} is unreachable (HTTP 503): reading the copy" in (
            again.stderr
        )
        listed = run_scrapy("runs", "-s", f"NEWS_DB={db}")
        assert listed.returncode == 0, listed.stderr[-3000:]
        assert "robots.txt unreachable, kept copy read for 1 host (up to " in listed.stdout
        assert " min old)" in listed.stdout
        as_json = run_scrapy("runs", "--json", "-s", f"NEWS_DB={db}")
        newest = max((json.loads(line) for line in as_json.stdout.splitlines()), key=_run_id)
        assert "robots_copy_used" in newest["sources"][0]["flags"]
        # A copy older than NEWS_ROBOTS_COPY_MAX_DAYS is not read: complete disallow.
        store = Database(db)
        store.execute("UPDATE robots_copies SET read_at = '2026-01-01T00:00:00+00:00'")
        store.conn.commit()
        old = run_crawl(
            db, "-a", f"feed={srv.url('/feed.xml')}", "-s", "NEWS_ROBOTS_COPY_MAX_DAYS=1"
        )
        assert old.returncode == 1, old.stderr[-3000:]
        assert old.stat("news/robots/copy_too_old") == 1
        assert old.stat("news/robots/copy_used") == 0
        assert f"robots.txt of {netloc} is unreachable (HTTP 503): assuming complete" in (
            old.stderr
        )
        # The warning says a copy was there and why it was not read: it said "unreachable"
        # alone, the refused copy only a stat.
        assert (
            "the copy it answered at 2026-01-01T00:00:00+00:00 is kept but not read: "
        ) in old.stderr
        assert " d old, older than NEWS_ROBOTS_COPY_MAX_DAYS=1 (raise it to read the copy)" in (
            old.stderr
        )


def _padded(rules: list[tuple[int, bytes]], size: int) -> bytes:
    """A robots.txt of ``size`` bytes for all user agents: each line of ``rules`` at (about)
    its byte offset, comment lines between them."""
    body = b"User-agent: *\n"
    for offset, line in [*rules, (size, b"")]:
        gap = offset - len(body)
        body += b"# " + b"." * (gap - 3) + b"\n" if gap > 3 else b""
        body += line
    return body


def _oversized_site(srv: fs.FaultServer, size: int, ignored_from: int, served: str) -> dict:
    """Articles on ``srv`` and a feed of them, under a robots.txt of ``size`` bytes, served
    so (``served``), whose Disallow lines fall before and past ``ignored_from``: the paths
    by what the rules read up to ``ignored_from`` make of them."""
    paths = article_routes(srv, 2, prefix="/a")
    hidden = article_routes(srv, 1, prefix="/private")
    within = article_routes(srv, 1, prefix="/within")
    past = article_routes(srv, 1, prefix="/past")
    robots = _padded(
        [
            (0, b"Disallow: /private/\n"),
            (ignored_from - 4096, b"Disallow: /within/\n"),
            (ignored_from + 4096, b"Disallow: /past/\n"),
        ],
        size,
    )
    assert len(robots) == size
    answer = fs.send(body=robots, content_type="text/plain")
    if served == "unannounced":
        answer = fs.close_delimited(robots)
    if served == "encoded":
        packed = gzip.compress(robots)
        assert len(packed) < 65536
        gzipped = [("Content-Encoding", "gzip")]
        answer = fs.send(body=packed, content_type="text/plain", headers=gzipped)
    if served == "redirected":
        srv.route("/robots/big.txt", answer)
        answer = fs.send(301, b"moved", headers=[("Location", srv.url("/robots/big.txt"))])
    srv.route("/robots.txt", answer)
    feed = fs.rss(srv.base, [*paths, *hidden, *within, *past])
    srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
    return {"fetched": [*paths, *past], "refused": [*hidden, *within]}


def _read_up_to_the_limit(
    srv: fs.FaultServer, site: dict, result: CrawlResult, stored: set[str], ignored_from: int
) -> None:
    """What a crawl of :func:`_oversized_site` must have done on ``srv``."""
    assert result.returncode == 0, result.stderr[-3000:]
    assert [srv.hits[p] for p in site["refused"]] == [0, 0]
    assert result.stat("news/robots/unreachable") == 0
    assert {srv.url(p) for p in site["fetched"]} <= stored, sorted(stored)
    netloc = srv.base.removeprefix("http://")
    assert (
        f"robots.txt of {netloc} is larger than {ignored_from} bytes: its rules in the "
        f"first {ignored_from} bytes are read, the rest ignored"
    ) in result.stderr


def test_a_robots_txt_over_the_size_limit_is_read_up_to_it(robots_run: RobotsRun) -> None:
    """RFC 9309 2.5: at least the first 500 KiB of a robots.txt are parsed, the rest may be
    ignored. One over DOWNLOAD_MAXSIZE was cancelled as any download over it and read as
    unreachable: complete disallow, the source failed and the host's articles were given up
    after NEWS_PENDING_MAX_ATTEMPTS runs. Now it is read up to DOWNLOAD_MAXSIZE, or 500 KiB
    where that is lower (test_a_low_download_maxsize_reads_a_robots_txt_up_to_500_kib):
    its rules there hold, what follows is ignored, said and counted."""
    run = robots_run
    _read_up_to_the_limit(run.oversized, run.oversized_site, run.again, run.stored, 10 * MIB)
    # Its host alone of the crawl's.
    assert run.again.stat("news/robots/too_large") == 1


@dataclass
class LowLimitRun:
    """One crawl, DOWNLOAD_MAXSIZE far under 500 KiB, of one host per way of serving a
    600 KiB robots.txt."""

    servers: dict[str, fs.FaultServer]
    sites: dict[str, dict]
    result: CrawlResult
    stored: set[str]


LOW_LIMIT_WAYS = ["unannounced", "redirected", "encoded"]


@pytest.fixture(scope="module")
def low_limit_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LowLimitRun]:
    """Each host has a feed of its own articles, all the feeds one source of one crawl: a
    robots.txt is read per host, as it was in a crawl of that host alone."""
    db = tmp_path_factory.mktemp("low_limit") / "news.db"
    with contextlib.ExitStack() as stack:
        servers = {way: stack.enter_context(fs.fault_server()) for way in LOW_LIMIT_WAYS}
        sites = {
            way: _oversized_site(srv, 600 * 1024, 500 * 1024, way) for way, srv in servers.items()
        }
        feeds = ",".join(srv.url("/feed.xml") for srv in servers.values())
        result = run_crawl(db, "-a", f"feed={feeds}", "-s", "DOWNLOAD_MAXSIZE=65536")
        yield LowLimitRun(servers, sites, result, set(articles(db)))


@pytest.mark.parametrize("served", LOW_LIMIT_WAYS)
def test_a_low_download_maxsize_reads_a_robots_txt_up_to_500_kib(
    low_limit_run: LowLimitRun, served: str
) -> None:
    """RFC 9309 2.5's 500 KiB are read whatever DOWNLOAD_MAXSIZE says. Scrapy cancelled a
    robots.txt at its Content-Length, or without one at the bytes received: both are served,
    and one reached through a redirect whose own answer has a body. One sent with
    Content-Encoding gzip (a few KiB unpacking past the limit) was refused by Scrapy's
    HttpCompressionMiddleware and read as no robots.txt: allow all, /private/ fetched."""
    run = low_limit_run
    srv = run.servers[served]
    _read_up_to_the_limit(srv, run.sites[served], run.result, run.stored, 500 * 1024)
    # Once per host.
    assert run.result.stat("news/robots/too_large") == len(run.servers)


def _sitemaps_site(srv: fs.FaultServer, served: str) -> list[str]:
    """A home page, two sitemaps, one article each, named by a 600 KiB robots.txt served so
    (``served``): /map.xml in its first bytes, /late.xml past 500 KiB. Returns the articles."""
    paths = article_routes(srv, 2, prefix="/m")
    srv.route("/map.xml", fs.send(body=fs.urlset(srv.base, paths[:1])))
    srv.route("/late.xml", fs.send(body=fs.urlset(srv.base, paths[1:])))
    srv.route("/", fs.send(body=b"<html><body><p>home</p></body></html>"))
    sitemap = f"Sitemap: {srv.url('/map.xml')}\n".encode()
    late = f"Sitemap: {srv.url('/late.xml')}\n".encode()
    robots = _padded([(100, sitemap), (520 * 1024, late)], 600 * 1024)
    answer = fs.send(body=robots, content_type="text/plain")
    if served == "encoded":
        gzipped = [("Content-Encoding", "gzip")]
        answer = fs.send(body=gzip.compress(robots), content_type="text/plain", headers=gzipped)
    srv.route("/robots.txt", answer)
    return paths


@dataclass
class NotObeyedRun:
    """One site crawl, robots.txt not obeyed, of one host per way of serving it."""

    servers: dict[str, fs.FaultServer]
    paths: dict[str, list[str]]
    result: CrawlResult
    stored: set[str]


NOT_OBEYED_WAYS = ["announced", "encoded"]


@pytest.fixture(scope="module")
def not_obeyed_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NotObeyedRun]:
    """Each host a start URL of one source: the spider asks each start URL's host for its
    robots.txt, as it did in a crawl of that host alone."""
    db = tmp_path_factory.mktemp("not_obeyed") / "news.db"
    with contextlib.ExitStack() as stack:
        servers = {way: stack.enter_context(fs.fault_server()) for way in NOT_OBEYED_WAYS}
        paths = {way: _sitemaps_site(srv, way) for way, srv in servers.items()}
        starts = ",".join(srv.url("/") for srv in servers.values())
        result = run_crawl(
            db, "-a", f"start={starts}",
            "-s", "ROBOTSTXT_OBEY=False", "-s", "DOWNLOAD_MAXSIZE=65536",
        )  # fmt: skip
        yield NotObeyedRun(servers, paths, result, set(articles(db)))


@pytest.mark.parametrize("served", NOT_OBEYED_WAYS)
def test_a_robots_txt_over_the_size_limit_not_obeyed_names_its_sitemaps(
    not_obeyed_run: NotObeyedRun, served: str
) -> None:
    """With ROBOTSTXT_OBEY off a site crawl downloads the robots.txt itself, for the sitemaps
    it names: one over DOWNLOAD_MAXSIZE was cancelled ("not read: DownloadCancelledError"),
    one sent gzip unpacking past it refused without a word, and the sitemaps went unread.
    It is read up to the same limit as an obeyed one: the sitemaps named within it are read,
    one named past it ignored, said and counted."""
    run = not_obeyed_run
    srv, paths, result = run.servers[served], run.paths[served], run.result
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stat("news/robots/sitemaps_unread") == 0
    # Each counted once per host.
    assert result.stat("news/robots/sitemaps") == len(run.servers)
    assert srv.hits["/map.xml"] == 1 and srv.hits["/late.xml"] == 0
    assert srv.url(paths[0]) in run.stored
    assert result.stat("news/robots/too_large") == len(run.servers)
    netloc = srv.base.removeprefix("http://")
    assert f"robots.txt of {netloc} is larger than {500 * 1024} bytes" in result.stderr


def test_a_robots_txt_copy_is_kept_without_the_credentials_of_a_source_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A URL carrying ``user:password@`` had its robots.txt copy keyed by Scrapy's netloc,
    the password with it, in a table users export and share; the warnings and the refusals
    kept pending named it too. The copy is keyed by the robots.txt's scheme, host and port
    (RFC 9309 scopes a robots.txt so), with no userinfo: the run without credentials reads
    the copy the run with them kept. A source URL with credentials is refused now
    (test_credentials.py); a feed's links carry them here. Scrapy's own downloader refuses
    a URL with userinfo ("invalid hostname"); through an HTTP proxy it is fetched, so the
    crawls here go through one (the test server, answering the URLs it is asked for)."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        monkeypatch.setenv("http_proxy", srv.base)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        rules = b"User-agent: *\nDisallow: /private/\n"
        first = _robots_site(srv, fs.send(body=rules, content_type="text/plain"), "/a")
        hostport = srv.base.removeprefix("http://")
        with_credentials = fs.rss(f"http://someone:s3cret@{hostport}", first)
        srv.route("/feed.xml", fs.send(body=with_credentials, content_type="text/xml"))
        result = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
        assert result.returncode == 0, result.stderr[-3000:]
        assert articles(db)
        rows = list(Database(db).query("SELECT * FROM robots_copies"))
        assert len(rows) == 1
        assert not any("s3cret" in str(value) for row in rows for value in row.values())
        assert rows[0]["origin"] == f"http://{hostport}"
        srv.route("/robots.txt", fs.send(503, b"down for maintenance"))
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, first), content_type="text/xml"))
        again = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
        assert again.returncode == 0, again.stderr[-3000:]
        assert again.stat("news/robots/copy_used") == 1
        # Without the proxy, Scrapy's error names the URL's host with its userinfo; without a
        # copy to read (NEWS_ROBOTS_COPY_MAX_DAYS=0) the article is refused, kept pending with
        # the reason, said in a warning.
        monkeypatch.delenv("http_proxy")
        with fs.fault_server() as listing:
            hidden = article_routes(srv, 1, prefix="/c")
            feed = fs.rss(f"http://someone:s3cret@{hostport}", hidden)
            listing.route("/robots.txt", fs.send(404, b"none"))
            listing.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
            refused = run_crawl(
                db,
                "-a", f"feed={listing.url('/feed.xml')}", "-a", f"allow_hosts={hostport}",
                "-s", "NEWS_ROBOTS_COPY_MAX_DAYS=0",
            )  # fmt: skip
        assert refused.returncode == 1, refused.stderr[-3000:]
        assert refused.stat("news/robots/refused_unreachable") == 1
        said = [line for line in refused.stderr.splitlines() if "robots.txt of" in line]
        assert said and not any("s3cret" in line for line in said), said
        errors = [row["error"] for row in Database(db).query("SELECT error FROM pending_articles")]
        assert errors and not any("s3cret" in e for e in errors), errors


def test_the_sitemaps_of_a_robots_txt_read_from_its_copy_are_read(tmp_path: Path) -> None:
    """A site crawl reads the sitemaps its robots.txt names; while the robots.txt is read
    from its kept copy, the spider's own request for it fails (503), and only Scrapy's INFO
    line said its sitemaps went unread, the source "ok" without the articles they list. Now
    the copy's sitemaps are read.

    The robots.txt middleware's request and the spider's own each downloaded the robots.txt,
    two requests per host and run (six with the retries of one answering 503): the spider
    reads what the middleware read, its answer, the copy, a 4xx (no sitemaps)."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3, prefix="/m")
        named = f"User-agent: *\nAllow: /\nSitemap: {srv.url('/map.xml')}\n".encode()
        srv.route("/robots.txt", fs.send(body=named, content_type="text/plain"))
        srv.route("/map.xml", fs.send(body=fs.urlset(srv.base, paths[:1])))
        srv.route("/", fs.send(body=b"<html><body><p>home</p></body></html>"))
        result = run_crawl(db, "-a", f"start={srv.url('/')}")
        assert result.returncode == 0, result.stderr[-3000:]
        assert srv.url(paths[0]) in articles(db)
        assert result.stat("news/robots/sitemaps") == 1
        assert srv.hits["/robots.txt"] == 1
        # The answer handed over is no download: it counted in Scrapy's response stats and in
        # the pages fetched (`scrapy runs`, the summary), one response more than was asked.
        downloaded = srv.hits.total()
        assert result.stat("downloader/request_count") == downloaded
        assert result.stat("downloader/response_count") == downloaded
        assert result.stat("response_received_count") == downloaded
        srv.route("/map.xml", fs.send(body=fs.urlset(srv.base, paths[:2])))
        srv.route("/robots.txt", fs.send(503, b"down for maintenance"))
        again = run_crawl(db, "-a", f"start={srv.url('/')}")
        assert again.returncode == 0, again.stderr[-3000:]
        assert srv.url(paths[1]) in articles(db)
        assert again.stat("news/robots/copy_used") == 1
        assert again.stat("news/robots/sitemaps_from_copy") == 1
        assert srv.hits["/robots.txt"] == 1 + 3  # asked once, retried twice
        assert again.stat("downloader/response_count") == srv.hits.total() - downloaded
        assert again.stat("downloader/request_count") == srv.hits.total() - downloaded
        # Said once, by the middleware's warning: the spider's own request for it gave up
        # with an ERROR line too, the run's "1 error".
        assert "] ERROR: Gave up retrying" not in again.stderr
        assert "0 refused, 0 errors" in again.stderr
        # Without robots.txt obeyed there is no copy read: the sitemaps unread are said.
        unread = run_crawl(db, "-a", f"start={srv.url('/')}", "-s", "ROBOTSTXT_OBEY=False")
        assert unread.returncode == 0, unread.stderr[-3000:]
        assert unread.stat("news/robots/sitemaps_unread") == 1
        assert f"WARNING: robots.txt {srv.url('/robots.txt')} not read: HTTP 503" in unread.stderr
        # A 4xx: no robots.txt, whatever its text names; asked once.
        asked = srv.hits["/robots.txt"]
        srv.route("/map.xml", fs.send(body=fs.urlset(srv.base, paths)))
        srv.route("/robots.txt", fs.send(404, b"Sitemap: " + srv.url("/map.xml").encode()))
        gone = run_crawl(db, "-a", f"start={srv.url('/')}")
        assert gone.returncode == 0, gone.stderr[-3000:]
        assert gone.stat("news/robots/sitemaps") == 0
        assert srv.url(paths[2]) not in articles(db)
        assert srv.hits["/robots.txt"] == asked + 1


def _run_id(run: dict) -> int:
    return int(run["run"])


def test_a_robots_txt_answering_4xx_is_no_robots_txt(robots_run: RobotsRun) -> None:
    """RFC 9309 2.3.1.3: any 4xx is no robots.txt, allow all; Scrapy parsed the error page's
    body, and a 404 page that spelled out a Disallow kept every article out."""
    run = robots_run
    result, srv = run.again, run.denied
    assert result.returncode == 0, result.stderr[-3000:]
    assert {srv.url(p) for p in run.denied_paths} <= run.stored
    assert result.stat("news/robots/unreachable") == 0
