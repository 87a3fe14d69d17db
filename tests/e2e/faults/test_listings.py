"""Big and odd listings: every article they name is fetched, or the run says why not.

Listings are generated on the fly, served by the fault server, and read by `scrapy crawl`
in a subprocess.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.support import faultserver as fs
from tests.support.harness import article_routes, articles, run_crawl

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
