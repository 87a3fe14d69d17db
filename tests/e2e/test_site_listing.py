"""A site crawl beside a sitemap naming the same articles: hints and incremental runs,
judged by the fixture server's request log and the stored rows."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.demo.server import serve_directory
from tests.conftest import FAST, run_scrapy
from tests.support.prose import P1, P2, P3


def _page(title: str, links: tuple[str, ...] = ()) -> str:
    """An article without a date or a byline of its own, linking to ``links``."""
    body = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p><p>{P3} {n}</p>" for n in range(3))
    more = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article><ul>{more}</ul></body></html>"
    )


def _sitemap(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset '
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{base}/news/storm.html</loc><news:news><news:publication>"
        "<news:name>Coast</news:name><news:language>en</news:language></news:publication>"
        "<news:publication_date>2026-11-30T08:15:00+00:00</news:publication_date>"
        "<news:title>Storm on the coast</news:title></news:news></url></urlset>"
    )


class _Site:
    def __init__(self, root: Path, base: str, log: list, routes: dict) -> None:
        self.root, self.base, self.log, self.routes = root, base, log, routes

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def write(self, path: str, text: str) -> None:
        target = self.root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def paths(self) -> list[str]:
        return [p for m, p, _ in self.log if m == "GET"]


def _slow(seconds: float):
    def route(count: int) -> None:
        time.sleep(seconds)
        return None  # the file

    return route


@pytest.fixture
def coast(tmp_path: Path) -> Iterator[_Site]:
    root = tmp_path / "coast"
    root.mkdir()
    log: list = []
    routes: dict = {}
    with serve_directory(root, request_log=log, routes=routes) as base:
        site = _Site(root, base, log, routes)
        site.write("robots.txt", "User-agent: *\nAllow: /\n")
        site.write("index.html", _page("Coast news", ("news/storm.html",)))
        site.write("news/storm.html", _page("Storm on the coast", ("harbour.html",)))
        site.write("news/harbour.html", _page("Harbour road reopens"))
        site.write("sitemap.xml", _sitemap(base))
        yield site


def _crawl(site: _Site, db: Path) -> str:
    run = run_scrapy(
        "crawl",
        "news",
        "-a",
        f"start={site.url('index.html')}",
        "-a",
        f"sitemap={site.url('sitemap.xml')}",
        "-a",
        "depth=2",
        "-s",
        f"NEWS_DB={db}",
        *FAST,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stderr


def test_listing_hints_reach_the_row_when_the_site_crawl_asks_first(coast, tmp_path) -> None:
    # The start page's link to the article is queued before the sitemap is read (the sitemap
    # answers late), and the sitemap is read before the article's answer arrives: the site
    # crawl's request wins the dedup, the sitemap's is dropped.
    coast.routes["/sitemap.xml"] = _slow(0.4)
    coast.routes["/news/storm.html"] = _slow(1.2)
    db_path = tmp_path / "news.db"
    _crawl(coast, db_path)
    assert coast.paths().count("/news/storm.html") == 1
    row = (
        Database(db_path)
        .execute(
            "SELECT a.published, p.hints FROM articles a JOIN pages p ON p.url = a.url"
            " WHERE a.url = ?",
            [coast.url("news/storm.html")],
        )
        .fetchone()
    )
    assert row is not None
    assert (row[0] or "").startswith("2026-11-30"), row
    assert json.loads(row[1]).get("published", "").startswith("2026-11-30"), row
