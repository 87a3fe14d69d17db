"""Politeness and safety, measured on the fixture server's request log."""

from __future__ import annotations

import itertools

from tests.e2e.test_incremental import _feed


def test_retry_after_is_waited_for_and_pauses_the_host(site, crawl) -> None:
    site.routes["/articles/heise.html"] = lambda n: (
        (429, {"Retry-After": "2"}, b"slow down") if n == 0 else None
    )
    links = [
        "articles/heise.html",
        "articles/nature.html",
        "articles/ndr.html",
        "articles/phys.html",
    ]
    (site.root / "ops_feed.xml").write_text(
        _feed([(site.url(link), None) for link in links]), encoding="utf-8"
    )
    run, db = crawl("news", "-a", f"feed={site.url('ops_feed.xml')}")
    assert run.returncode == 0, run.stderr[-3000:]
    heise = [r.at for r in site.requests if r[1] == "/articles/heise.html"]
    assert len(heise) == 2
    assert heise[1] - heise[0] >= 1.9  # Retry-After: 2, with the server's clock
    # Nothing else went to the host while it was paused. Requests already in flight when the
    # 429 came back (up to 4 at once, sent together) arrive within milliseconds of it.
    during = [r[1] for r in site.requests if heise[0] + 0.3 < r.at < heise[0] + 1.9]
    assert during == []
    assert "'news/retry_after/waited': 1" in run.stderr
    assert db.execute("select count(*) from articles").fetchone()[0] == 4


def test_robots_disallow_and_crawl_delay(site, crawl) -> None:
    site.routes["/robots.txt"] = lambda n: (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nCrawl-delay: 1\nDisallow: /intern/\n",
    )
    links = [
        "intern/entwurf.html",
        "articles/heise.html",
        "articles/nature.html",
        "articles/ndr.html",
    ]
    (site.root / "ops_feed.xml").write_text(
        _feed([(site.url(link), None) for link in links]), encoding="utf-8"
    )
    run, _ = crawl("news", "-a", f"feed={site.url('ops_feed.xml')}")
    assert run.returncode == 0, run.stderr[-3000:]
    assert "/intern/entwurf.html" not in site.paths()
    assert "'robotstxt/forbidden': 1" in run.stderr
    # A drop the summary names: it said "0 dropped", the refused article nowhere.
    assert "1 dropped (robots_txt 1)" in run.stderr
    times = [r.at for r in site.requests if r[1] != "/robots.txt"]
    assert len(times) == 4  # the feed and three articles
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.95, gaps  # Crawl-delay 1, although DOWNLOAD_DELAY=0 was given


def test_private_addresses_in_a_feed_are_not_fetched(site, crawl) -> None:
    port = site.base.rsplit(":", 1)[1]
    site.routes["/go/inside"] = lambda n: (
        302,
        {"Location": f"http://localhost:{port}/articles/ndr.html"},
        b"",
    )
    links = [
        f"http://localhost:{port}/articles/nature.html",  # the same server under another name
        "http://10.255.255.1/article.html",
        "http://169.254.169.254/latest/meta-data/",
        site.url("go/inside"),  # a trusted host redirecting inside
        site.url("articles/heise.html"),
    ]
    (site.root / "ops_feed.xml").write_text(_feed([(u, None) for u in links]), encoding="utf-8")
    run, db = crawl("news", "-a", f"feed={site.url('ops_feed.xml')}", "-s", "DOWNLOAD_TIMEOUT=5")
    assert run.returncode == 0, run.stderr[-3000:]
    hosts = {h.get("Host") for _, _, h in site.requests}
    assert hosts == {f"127.0.0.1:{port}"}
    assert "'news/blocked/private_address': 4" in run.stderr
    assert [r["url"] for r in db.query("select url from articles")] == [
        site.url("articles/heise.html")
    ]


def test_robots_applies_to_requests_that_waited_for_it_together(tmp_path) -> None:
    """Scrapy 2.19 hands a host's robots.txt parser to the first of the requests waiting for
    it; the others passed unchecked until crawler/middlewares/politeness.py checked them."""
    from tests.support import faultserver as fs
    from tests.support.harness import article_routes, run_crawl

    with fs.fault_server() as srv:
        paths = article_routes(srv, 6, prefix="/r")
        srv.route(
            "/robots.txt",
            fs.send(
                body=b"User-agent: *\nDisallow: /r/2\nDisallow: /r/4\n", content_type="text/plain"
            ),
        )
        result = run_crawl(tmp_path / "news.db", "-a", "url=" + ",".join(srv.url(p) for p in paths))
    assert result.returncode == 0, result.stderr[-3000:]
    assert srv.hits["/r/2"] == srv.hits["/r/4"] == 0
    assert srv.hits["/r/1"] == 1 and srv.hits["/r/5"] == 1
    assert result.stat("robotstxt/forbidden") == 2
    assert result.stat("news/skip/robots_txt") == 2
