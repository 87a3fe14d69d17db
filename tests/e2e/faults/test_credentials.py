"""Credentials in a URL (``http://user:password@host/…``): never stored, logged or counted.

A source URL carrying them is refused before anything is fetched, naming the source and the
argument and how to give the credentials instead; the crawls run ``scrapy crawl`` in a
subprocess against the fault server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import article_routes

pytestmark = pytest.mark.e2e

SECRET = "s3cret"


def _credentialed(srv: fs.FaultServer, path: str) -> str:
    return f"http://bob:{SECRET}@{srv.base.removeprefix('http://')}{path}"


def test_a_source_url_with_credentials_is_refused_before_anything_is_fetched(
    tmp_path: Path,
) -> None:
    """A password in a source URL went into the articles and pending rows, the run's stats
    and summary and every log line naming the URL, while Scrapy's downloader refused the URL
    ("invalid hostname", reported as an unreachable robots.txt), exit 1. Now each way a URL
    enters (``-a feed=``, ``-a start=``, a ``-a urls_file=``'s line, a source of
    sources.toml, ``scrapy explain URL``) is refused in one line, exit 2, naming the
    argument and the settings that carry credentials, the password nowhere, and nothing is
    fetched."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 1)
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, paths), content_type="text/xml"))
        hostport = srv.base.removeprefix("http://")
        urls_file = tmp_path / "urls.txt"
        urls_file.write_text(f"{srv.url(paths[0])}\n\n{_credentialed(srv, paths[0])}\n")
        sources = tmp_path / "sources.toml"
        feed, start = _credentialed(srv, "/feed.xml"), _credentialed(srv, "/")
        runs = {
            "ad-hoc run: -a feed= entry": ("crawl", "news", "-a", f"feed={feed}"),
            "ad-hoc run: -a start= entry": ("crawl", "news", "-a", f"start={start}"),
            f"ad-hoc run: -a urls_file={urls_file}:3 entry":
                ("crawl", "news", "-a", f"urls_file={urls_file}"),
            "source 'paywalled': feeds entry":
                ("crawl", "paywalled", "-s", f"NEWS_SOURCES={sources}"),
        }  # fmt: skip
        sources.write_text(f'[sources.paywalled]\nfeeds = ["{feed}"]\n')
        for named, args in runs.items():
            run = run_scrapy(*args, "-s", f"NEWS_DB={db}")
            assert run.returncode == 2, run.stderr[-3000:]
            ours = [line for line in run.stderr.splitlines() if line.startswith("newsloom: ")]
            assert len(ours) == 1, run.stderr
            assert f"{named} 'http://{hostport}/" in ours[0], ours
            assert f"HTTPAUTH_DOMAIN={hostport}" in ours[0], ours
            assert SECRET not in run.stderr + run.stdout
        explained = run_scrapy("explain", _credentialed(srv, paths[0]), "-s", f"NEWS_DB={db}")
        assert explained.returncode == 2, explained.stderr[-3000:]
        assert f"the URL '{srv.url(paths[0])}' carries a user name" in explained.stderr
        assert SECRET not in explained.stderr + explained.stdout
        assert not srv.hits, srv.hits
    assert not db.exists()
