"""Finding listings for a user: robots.txt sitemaps, old child sitemaps, wrong listing URLs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.robotstxt import ProtegoRobotParser

from crawler.discovery import Skipped
from crawler.discovery.robots import (
    RFC_PARSED_SIZE,
    robots_maxsize,
    robots_sitemaps,
    robots_url,
    whole_lines,
)
from crawler.middlewares.compression import UNDECODED
from crawler.sources import Source
from crawler.spiders.news import NewsSpider
from tests.unit.components import crawler_for, run

BASE = "https://news.example"


def _spider(source: Source, folder: Path) -> NewsSpider:
    """A spider for ``source`` whose store lives in ``folder`` (its start reads the store)."""
    crawler = crawler_for(source, NEWS_DB=str(folder / "news.db"))
    assert isinstance(crawler.spider, NewsSpider)
    return crawler.spider


def test_robots_sitemaps() -> None:
    body = (
        b"User-agent: *\nDisallow: /private\n"
        b"Sitemap: https://news.example/sitemap-news.xml\n"
        b"sitemap:/sitemap-2.xml # relative, seen in the wild\n"
        b"SITEMAP: https://news.example/sitemap-news.xml\n"
        b"# Sitemap: https://news.example/commented.xml\n"
        b"Sitemap: ftp://news.example/x.xml\n"
    )
    found = robots_sitemaps(body, f"{BASE}/robots.txt")
    assert found.urls == [f"{BASE}/sitemap-news.xml", f"{BASE}/sitemap-2.xml"]
    assert found.skipped == Skipped(1, "ftp://news.example/x.xml")
    assert robots_url(f"{BASE}:8080/politik/a.html?x=1") == f"{BASE}:8080/robots.txt"


def test_a_robots_txt_sitemap_of_no_port_is_no_sitemap() -> None:
    # Found by fuzzing: a port out of range or no number was listed, and canonicalize_url
    # raised on it in the spider: every sitemap of the robots.txt was lost.
    body = (
        b"Sitemap: https://news.example:99999/a.xml\nSitemap: https://news.example:x/b.xml\n"
        b"Sitemap: https://news.example/c.xml\n"
    )
    found = robots_sitemaps(body, f"{BASE}/robots.txt")
    assert found.urls == [f"{BASE}/c.xml"]
    assert found.skipped == Skipped(2, "https://news.example:99999/a.xml")


def test_a_robots_txt_cut_at_the_size_limit_keeps_its_whole_lines() -> None:
    """A line the limit cuts is left out: ``Allow: /`` cut from ``Allow: /archive/`` would
    allow the whole site the file disallows; at least RFC 9309's 500 KiB are read."""
    body = b"User-agent: *\nDisallow: /\nAllow: /archive/\n"
    cut = body[: body.index(b"/archive/") + 1]
    assert ProtegoRobotParser(cut, None).allowed(f"{BASE}/politik/a.html", "newsloom")
    kept = whole_lines(cut)
    assert kept == b"User-agent: *\nDisallow: /\n"
    assert not ProtegoRobotParser(kept, None).allowed(f"{BASE}/politik/a.html", "newsloom")
    assert whole_lines(b"User-agent: *\rDisallow: /\rAllow: /ar") == b"User-agent: *\rDisallow: /\r"
    assert robots_maxsize(10 << 20) == 10 << 20
    assert robots_maxsize(65536) == RFC_PARSED_SIZE == 512000
    assert robots_maxsize(0) == 0


def test_a_site_only_source_asks_robots_txt_for_its_sitemaps(tmp_path: Path) -> None:
    spider = _spider(Source(name="site", start_urls=(f"{BASE}/", f"{BASE}/politik/")), tmp_path)

    async def collect() -> list[Request]:
        return [request async for request in spider.start()]

    requests = run(collect())
    robots = [r for r in requests if r.meta.get("news_kind") == "robots"]
    assert [r.url for r in robots] == [f"{BASE}/robots.txt"]
    answer = TextResponse(
        robots[0].url, body=b"Sitemap: https://news.example/s.xml\n", request=robots[0]
    )
    found = list(spider.parse_robots(answer))
    assert [(r.url, r.meta["news_kind"]) for r in found] == [(f"{BASE}/s.xml", "sitemap")]

    with_feed = _spider(
        Source(name="feedsite", feeds=(f"{BASE}/rss",), start_urls=(f"{BASE}/",)), tmp_path
    )
    assert not [r for r in run(_collect(with_feed)) if r.meta.get("news_kind") == "robots"]


def test_a_robots_txt_in_a_coding_not_undone_names_no_sitemap(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """robots.txt not obeyed, a site crawl downloads it for its sitemaps: one whose
    Content-Encoding could not be undone had its still-encoded bytes read for ``Sitemap:``
    lines. Its sitemaps are unread, said and counted, as a robots.txt that got no answer."""
    spider = _spider(Source(name="site", start_urls=(f"{BASE}/",)), tmp_path)
    (robots,) = [r for r in run(_collect(spider)) if r.meta.get("news_kind") == "robots"]
    answer = TextResponse(
        robots.url,
        body=b"Sitemap: https://news.example/s.xml\n",
        headers={"Content-Encoding": "x-custom"},
        request=robots,
        flags=[UNDECODED],
    )
    assert list(spider.parse_robots(answer)) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/robots/sitemaps_unread") == 1
    assert stats.get_value("news/robots/undecodable") == 1
    assert stats.get_value("news/robots/sitemaps") is None
    assert (
        f"robots.txt {BASE}/robots.txt not read: its body in Content-Encoding x-custom could "
        "not be undone; the sitemaps it names are read by the next run"
    ) in caplog.text


async def _collect(spider: NewsSpider) -> list[Request]:
    return [request async for request in spider.start()]


def test_child_sitemaps_older_than_max_age_are_skipped(tmp_path: Path) -> None:
    spider = _spider(Source(name="s", sitemaps=(f"{BASE}/index.xml",), max_age_days=7), tmp_path)
    body = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{BASE}/2019-01.xml</loc><lastmod>2019-01-31</lastmod></sitemap>"
        f"<sitemap><loc>{BASE}/today.xml</loc></sitemap>"
        "</sitemapindex>"
    ).encode()
    request = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap", "news_entry": True})
    found = list(spider.parse_sitemap(XmlResponse(request.url, body=body, request=request)))
    assert [r.url for r in found] == [f"{BASE}/today.xml"]
    assert spider.crawler.stats.get_value("news/sitemap/child_too_old") == 1


def test_a_listing_url_that_is_no_listing_does_not_count_as_answered(tmp_path: Path) -> None:
    spider = _spider(
        Source(name="s", feeds=(f"{BASE}/feed",), sitemaps=(f"{BASE}/sm.xml",)), tmp_path
    )
    page = b"<html><head><title>Startseite</title></head><body><p>Hallo</p></body></html>"
    for url, parse in (
        (f"{BASE}/feed", spider.parse_feed),
        (f"{BASE}/sm.xml", spider.parse_sitemap),
    ):
        request = Request(url, meta={"news_entry": True})
        assert list(parse(HtmlResponse(url, body=page, request=request))) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") is None
    assert stats.get_value("news/feed/unusable") == 1
    assert stats.get_value("news/sitemap/unusable") == 1


def _sitemap_requests(spider: NewsSpider, urls: str) -> list[Request]:
    """What the spider asks for of a sitemap at BASE/sm.xml holding ``urls``."""
    body = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    ).encode()
    request = Request(f"{BASE}/sm.xml", meta={"news_kind": "sitemap", "news_entry": True})
    return list(spider.parse_sitemap(XmlResponse(request.url, body=body, request=request)))


def test_a_listing_date_is_too_old_only_when_all_it_may_mean_is(tmp_path: Path) -> None:
    """A W3C datetime of fewer parts is a span: a day runs to its end in the zone furthest
    west, a month or a year to its last day's. A day was read as midnight UTC, and an article
    of yesterday evening in America skipped by max_age_days=1 though it was hours old; a year
    or a month ("2019", "2019-01", as the sitemap protocol allows) was not read, and an index's
    sitemap of 2019 fetched whatever the age asked."""
    spider = _spider(Source(name="s", sitemaps=(f"{BASE}/sm.xml",), max_age_days=1), tmp_path)
    now = datetime.now(UTC)
    lately = (now - timedelta(hours=25)).date().isoformat()  # its midnight: over a day ago
    dated = [
        ("yesterday", lately),
        ("this-year", str(now.year)),
        ("this-month", f"{now.year}-{now.month:02d}"),
        ("old-year", "2019"),
        ("old-month", "2019-01"),
        ("old-day", "2019-01-31"),
        ("old-minute", "2019-01-31T10:30+01:00"),
        ("old-fraction", "2019-01-31T10:30:15.25Z"),
        ("undated", ""),
    ]
    urls = "".join(
        f"<url><loc>{BASE}/{name}.html</loc>{f'<lastmod>{day}</lastmod>' if day else ''}</url>"
        for name, day in dated
    )
    found = _sitemap_requests(spider, urls)
    assert [r.url.rsplit("/", 1)[1] for r in found] == [
        "yesterday.html",
        "this-year.html",
        "this-month.html",
        "undated.html",
    ]
    assert spider.crawler.stats.get_value("news/listing/too_old") == 5


def test_a_listing_date_at_the_calendars_edge_is_read(tmp_path: Path) -> None:
    # Found by fuzzing: "0000" (a year 0) raised ValueError, the last day of 9999 and the
    # first of year 1 OverflowError out of the span they may mean: the sitemap was lost.
    spider = _spider(Source(name="s", sitemaps=(f"{BASE}/sm.xml",), max_age_days=1), tmp_path)
    dated = [("no-year", "0000"), ("last-day", "9999-12-31"), ("first-day", "0001-01-01")]
    urls = "".join(
        f"<url><loc>{BASE}/{name}.html</loc><lastmod>{day}</lastmod></url>" for name, day in dated
    )
    found = _sitemap_requests(spider, urls)
    # No year is no date; the last day is not too old, the first is.
    assert [r.url.rsplit("/", 1)[1] for r in found] == ["no-year.html", "last-day.html"]
    assert spider.crawler.stats.get_value("news/listing/too_old") == 1
