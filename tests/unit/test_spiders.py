"""The spiders in-process: responses built from the fixture site's stored files."""

from __future__ import annotations

import dataclasses
import functools
import gzip
import json
import zlib
from pathlib import Path
from types import GeneratorType
from typing import Any

import pytest
from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError, IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.backpressure import ListingFrontier
from crawler.discovery import listing_kind, stored_hints
from crawler.exceptions import TransientIgnore
from crawler.extensions.database import database_for
from crawler.items import Article
from crawler.sources import Source, SourceError
from crawler.spiders.news import NewsSpider
from crawler.spiders.reprocess import reprocess_spider_for, stored_fetched_at
from crawler.storage import sitemap_reads
from crawler.storage.database import open_database
from tests.conftest import SITE
from tests.unit.components import crawler_for, run

BASE = "http://127.0.0.1:8000"
_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _spider(**arguments: str) -> NewsSpider:
    # start() asks the database for pending articles: an in-memory one, no file in the cwd.
    crawler = crawler_for(NEWS_DB=":memory:")
    return NewsSpider.from_crawler(crawler, **arguments)


def _listing(path: str, meta: dict) -> XmlResponse:
    body = (SITE / path).read_text("utf-8").replace("{{BASE}}", BASE).encode()
    request = Request(f"{BASE}/{path}", meta=meta)
    return XmlResponse(request.url, body=body, request=request)


def test_start_requests_every_entry_url() -> None:
    spider = _spider(feed=f"{BASE}/rss.xml", sitemap=f"{BASE}/sitemap_index.xml")

    async def collect() -> list[Request]:
        return [request async for request in spider.start()]

    requests = run(collect())
    assert [(r.url, r.meta["news_kind"]) for r in requests] == [
        (f"{BASE}/rss.xml", "feed"),
        (f"{BASE}/sitemap_index.xml", "sitemap"),
    ]
    assert all(r.meta["news_entry"] for r in requests)


def test_feed_yields_article_requests_with_hints() -> None:
    spider = _spider(feed=f"{BASE}/rss.xml")
    requests = list(spider.parse_feed(_listing("rss.xml", {"news_kind": "feed"})))
    urls = [r.url for r in requests]
    assert f"{BASE}/articles/futurezone.html" in urls
    assert not any("javascript" in u for u in urls)
    heise = next(r for r in requests if "heise" in r.url)
    assert heise.meta["news_kind"] == "article"
    assert heise.cb_kwargs["hints"]["title"] == "Lithium aus dem Schredder"
    assert spider.crawler.stats.get_value("news/feed/bad_link") == 1


def test_an_entry_url_that_failed_is_named_for_the_source_failure() -> None:
    """A 404 feed failed its source with "none of 1 entry URL(s) answered" and no word of
    the 404, which Scrapy logs at INFO only."""
    spider = _spider(feed=f"{BASE}/gone.xml")

    async def collect() -> list[Request]:
        return [request async for request in spider.start()]

    (feed,) = run(collect())
    answer = Response(feed.url, status=404, request=feed)
    failure = Failure(HttpError(answer))
    failure.request = feed  # type: ignore[attr-defined]
    assert feed.errback is not None
    assert feed.errback(failure) is failure  # handed back: Scrapy logs it as before
    later = Failure(HttpError(Response(f"{BASE}/x.xml", status=500, request=feed)))
    later.request = feed  # type: ignore[attr-defined]
    feed.errback(later)
    error = spider.crawler.stats.get_value("news/entry/error")
    assert error == f"HTTP 404 from {BASE}/gone.xml"


def _entry_failed(spider: NewsSpider, error: Exception) -> str:
    """The source's first entry failed with ``error``: the reason the source keeps."""

    async def collect() -> list[Request]:
        return [request async for request in spider.start()]

    (entry,) = run(collect())
    failure = Failure(error)
    failure.request = entry  # type: ignore[attr-defined]
    assert entry.errback is not None
    entry.errback(failure)
    return str(spider.crawler.stats.get_value("news/entry/error"))


@pytest.mark.parametrize("kind", ["url", "feed"])
def test_an_entry_over_the_size_limit_names_the_limit(kind: str) -> None:
    """A source whose only page or feed was over DOWNLOAD_MAXSIZE failed with "first:
    DownloadCancelledError from URL", the name of an exception for the cause."""
    huge = _entry_failed(_spider(**{kind: f"{BASE}/huge"}), DownloadCancelledError())
    assert huge == f"over DOWNLOAD_MAXSIZE from {BASE}/huge"
    # Another download error keeps its exception's name.
    refused = _entry_failed(_spider(**{kind: f"{BASE}/r"}), ConnectionRefusedError())
    assert refused == f"ConnectionRefusedError from {BASE}/r"


@pytest.mark.parametrize("kind", ["url", "feed", "sitemap"])
def test_an_entry_dropped_on_our_side_names_why(kind: str) -> None:
    """A listing or page dropped by a middleware (a redirect loop past REDIRECT_MAX_TIMES, a
    host asking for a Retry-After longer than NEWS_RETRY_AFTER_MAX) failed its source with
    "first: IgnoreRequest from URL" or "TransientIgnore from URL": a class name."""
    looped = _entry_failed(
        _spider(**{kind: f"{BASE}/loop"}), IgnoreRequest("max redirections reached")
    )
    assert looped == f"max redirections reached from {BASE}/loop"
    away = TransientIgnore("Retry-After 999999999 s on http://127.0.0.1:8000/busy")
    busy = _entry_failed(_spider(**{kind: f"{BASE}/busy"}), away)
    assert busy == f"Retry-After 999999999 s on {BASE}/busy from {BASE}/busy"
    # The near miss: one dropped without a word keeps its exception's name.
    bare = _entry_failed(_spider(**{kind: f"{BASE}/bare"}), IgnoreRequest())
    assert bare == f"IgnoreRequest from {BASE}/bare"


def test_not_modified_listing_is_not_parsed() -> None:
    spider = _spider(feed=f"{BASE}/rss.xml")
    request = Request(
        f"{BASE}/rss.xml",
        headers={"If-None-Match": '"v1"'},
        meta={"news_kind": "feed", "news_entry": True},
    )
    answer = Response(request.url, status=304, request=request)
    assert list(spider.parse_feed(answer)) == []
    assert spider.crawler.stats.get_value("news/listing/not_modified") == 1
    assert spider.crawler.stats.get_value("news/entry/ok") == 1
    assert spider.incomplete_listings == set()


@pytest.mark.parametrize("kind", ["feed", "sitemap"])
def test_a_304_to_a_listing_asked_without_validators_is_no_answer(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A 304 to a request that carried no validators (nothing was kept for the listing) says
    nothing was read: it counted as the entry's answer, the run "ok, 0 new" every time."""
    url = f"{BASE}/listing.xml"
    spider = _spider(**{kind: url})
    request = Request(url, meta={"news_kind": kind, "news_entry": True})
    parse = spider.parse_feed if kind == "feed" else spider.parse_sitemap
    assert list(parse(Response(url, status=304, request=request))) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") is None
    assert stats.get_value("news/listing/not_modified") is None
    assert stats.get_value("news/listing/unasked_304") == 1
    assert stats.get_value("news/entry/error") == (
        f"HTTP 304 to a request without validators from {url}"
    )
    assert spider.incomplete_listings == {url}  # no validator kept from this answer
    assert f"{url} answered 304 Not Modified though nothing was asked" in caplog.text
    # The near miss: asked with a Last-Modified, the same 304 is the listing unchanged.
    asked = Request(
        url,
        headers={"If-Modified-Since": "Sun, 01 Nov 2026 10:00:00 GMT"},
        meta={"news_kind": kind, "news_entry": True},
    )
    assert list(parse(Response(url, status=304, request=asked))) == []
    assert stats.get_value("news/entry/ok") == 1
    assert stats.get_value("news/listing/not_modified") == 1


def test_sitemap_index_yields_child_sitemaps() -> None:
    spider = _spider(sitemap=f"{BASE}/sitemap_index.xml")
    answer = _listing("sitemap_index.xml", {"news_kind": "sitemap"})
    requests = list(spider.parse_sitemap(answer))
    assert requests and all(r.meta["news_kind"] == "sitemap" for r in requests)


def test_article_page_becomes_an_item_with_its_canonical_url() -> None:
    spider = _spider(url=f"{BASE}/articles/heise.html")
    body = (SITE / "articles" / "heise.html").read_bytes()
    url = f"{BASE}/articles/heise.html?utm_source=rss"
    html = {"Content-Type": "text/html; charset=utf-8"}
    response = HtmlResponse(url, body=body, headers=html, request=Request(url))
    (item,) = list(spider.parse_article(response, {"title": "Lithium"}))
    adapter = ItemAdapter(item)
    assert adapter["url"] == f"{BASE}/articles/heise.html"
    assert adapter["fetched_url"] == url
    assert adapter["source"] == "127.0.0.1"
    assert "Lithium" in adapter["html"] and adapter["hints"] == {"title": "Lithium"}


def test_non_html_and_binary_answers_are_skipped_and_counted() -> None:
    spider = _spider(url=f"{BASE}/a")
    pdf = Response(
        f"{BASE}/a.pdf",
        body=b"%PDF-1.4",
        headers={"Content-Type": "application/pdf"},
        request=Request(f"{BASE}/a.pdf"),
    )
    assert list(spider.parse_article(pdf, {})) == []
    packed = TextResponse(
        f"{BASE}/b",
        body=zlib.compress(b"x" * 5000),
        headers={"Content-Type": "text/html; charset=utf-8"},
        request=Request(f"{BASE}/b"),
    )
    assert list(spider.parse_article(packed, {})) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/skip/non_html") == 1
    assert stats.get_value("news/skip/binary") == 1


def test_a_named_page_that_is_no_page_is_no_answered_entry() -> None:
    """A page the user named (-a url=) that answered with a binary body, a PDF or a cut body
    counted as an answered entry: the run said "ok; 0 new, 0 dropped", exit 0, for nothing.
    It is now the entry's error, which fails the source when no other entry answered."""
    spider = _spider(url=f"{BASE}/b")
    html = {"Content-Type": "text/html; charset=utf-8"}
    named = Request(f"{BASE}/b", meta={"news_entry": True, "news_kind": "article"})
    packed = TextResponse(named.url, body=zlib.compress(b"x" * 5000), headers=html, request=named)
    assert list(spider.parse_article(packed, {})) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") is None
    assert stats.get_value("news/entry/error") == (
        f"binary or compressed body served as HTML from {BASE}/b"
    )
    cut = Request(f"{BASE}/c", meta={"news_entry": True, "news_kind": "article"})
    body = b"<html><body><p>Anfang"
    short = HtmlResponse(cut.url, body=body, headers=html, request=cut, flags=["partial"])
    assert list(spider.parse_article(short, {})) == []
    assert stats.get_value("news/entry/ok") is None
    # The first entry's reason is the one kept.
    assert stats.get_value("news/entry/error").startswith("binary")


def test_a_named_page_that_is_a_page_is_an_answered_entry() -> None:
    """The near miss: the same request with an HTML body is answered, and a skipped page
    nobody named (a listing's link) leaves the entry counts alone."""
    spider = _spider(url=f"{BASE}/articles/heise.html")
    html = {"Content-Type": "text/html; charset=utf-8"}
    named = Request(
        f"{BASE}/articles/heise.html", meta={"news_entry": True, "news_kind": "article"}
    )
    body = (SITE / "articles" / "heise.html").read_bytes()
    page = HtmlResponse(named.url, body=body, headers=html, request=named)
    assert len(list(spider.parse_article(page, {}))) == 1
    listed = Request(f"{BASE}/b", meta={"news_kind": "article"})
    packed = TextResponse(listed.url, body=zlib.compress(b"x" * 5000), headers=html, request=listed)
    assert list(spider.parse_article(packed, {})) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") == 1
    assert stats.get_value("news/entry/error") is None


def test_a_start_page_that_is_no_html_page_fails_its_entry() -> None:
    """`-a start=` on a PDF ended "ok; 0 new", exit 0: the start page counted as answered
    though it had no links to read."""
    spider = _spider(start=f"{BASE}/doc.pdf")
    start = Request(f"{BASE}/doc.pdf", meta={"news_entry": True})
    pdf = Response(
        start.url, body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}, request=start
    )
    assert list(spider.parse_page(pdf, depth=0)) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") is None
    assert stats.get_value("news/start/unusable") == 1
    assert stats.get_value("news/entry/error") == f"not HTML (application/pdf) from {BASE}/doc.pdf"


def test_an_html_start_page_is_an_answered_entry_and_is_followed() -> None:
    spider = _spider(start=f"{BASE}/index.html")
    start = Request(f"{BASE}/index.html", meta={"news_entry": True})
    body = b'<html><body><a href="/articles/one.html">One</a></body></html>'
    html = {"Content-Type": "text/html; charset=utf-8"}
    page = HtmlResponse(start.url, body=body, headers=html, request=start)
    (follow,) = list(spider.parse_page(page, depth=0))
    assert follow.url == f"{BASE}/articles/one.html"
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") == 1
    assert stats.get_value("news/entry/error") is None
    assert stats.get_value("news/start/unusable") is None


def test_requests_of_one_kind_share_one_callback_object() -> None:
    """Scrapy reads a generator callback's source (inspect.getsource, ast.parse: about 1.8 ms)
    before calling it, to warn of a return value, and keeps the answer only while that
    callback object lives. A bound method made for each request died with its request, so
    the crawl process read parse_article's source again every few dozen articles."""
    spider = _spider(start=f"{BASE}/index.html")
    first = spider.article_request(f"{BASE}/articles/one.html", {})
    second = spider.article_request(f"{BASE}/articles/two.html", {})
    assert first.callback is second.callback
    assert first.callback == spider.parse_article
    start = Request(f"{BASE}/index.html", meta={"news_entry": True})
    body = b'<html><body><a href="/a.html">A</a><a href="/b.html">B</a></body></html>'
    html = {"Content-Type": "text/html; charset=utf-8"}
    page = HtmlResponse(start.url, body=body, headers=html, request=start)
    one, two = spider.parse_page(page, depth=0)
    assert one.callback is two.callback
    assert one.callback == spider.parse_page


def test_a_listing_that_is_no_listing_names_why_its_entry_failed() -> None:
    """A feed URL that served an HTML page failed its source with "none of 1 entry URL(s)
    answered" alone."""
    spider = _spider(feed=f"{BASE}/index.html")
    request = Request(f"{BASE}/index.html", meta={"news_kind": "feed", "news_entry": True})
    html = {"Content-Type": "text/html; charset=utf-8"}
    body = b"<html><body><p>Willkommen</p></body></html>"
    page = HtmlResponse(request.url, body=body, headers=html, request=request)
    assert list(spider.parse_feed(page)) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/error") == f"not a feed from {BASE}/index.html"
    assert stats.get_value("news/entry/ok") is None


def test_a_feed_given_as_a_sitemap_says_it_is_a_feed(caplog: pytest.LogCaptureFixture) -> None:
    """`-a sitemap=…/rss.xml` said "is not a sitemap (nothing to read there)", as for an error
    page, though the URL held a feed that `-a feed=` reads."""
    spider = _spider(sitemap=f"{BASE}/rss.xml")
    feed = _listing("rss.xml", {"news_kind": "sitemap", "news_entry": True})
    assert list(spider.parse_sitemap(feed)) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/error") == f"not a sitemap but a feed from {BASE}/rss.xml"
    assert f"{BASE}/rss.xml is a feed, not a sitemap; give it as a feed (-a feed=URL" in caplog.text


def test_a_sitemap_given_as_a_feed_says_it_is_a_sitemap(caplog: pytest.LogCaptureFixture) -> None:
    spider = _spider(feed=f"{BASE}/news_sitemap.xml")
    sitemap = _listing("news_sitemap.xml", {"news_kind": "feed", "news_entry": True})
    assert list(spider.parse_feed(sitemap)) == []
    error = f"not a feed but a sitemap from {BASE}/news_sitemap.xml"
    assert spider.crawler.stats.get_value("news/entry/error") == error
    assert "is a sitemap, not a feed; give it as a sitemap (-a sitemap=URL" in caplog.text


def test_a_gzipped_sitemap_given_as_a_feed_says_it_is_a_sitemap(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`-a feed=…/sitemap.xml.gz` (a sitemap file gzipped, as `-a sitemap=` reads it) said
    "is not a feed (nothing to read there); check the URL", not what the file is."""
    spider = _spider(feed=f"{BASE}/sitemap.xml.gz")
    request = Request(f"{BASE}/sitemap.xml.gz", meta={"news_kind": "feed", "news_entry": True})
    packed = gzip.compress((SITE / "news_sitemap.xml").read_bytes())
    headers = {"Content-Type": "application/gzip"}
    answer = Response(request.url, body=packed, headers=headers, request=request)
    assert list(spider.parse_feed(answer)) == []
    error = f"not a feed but a sitemap from {BASE}/sitemap.xml.gz"
    assert spider.crawler.stats.get_value("news/entry/error") == error
    assert "is a sitemap, not a feed; give it as a sitemap (-a sitemap=URL" in caplog.text


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            b'<?xml version="1.0"?>\n<!-- <urlset> once --><rss version="2.0"><channel/></rss>',
            "feed",
        ),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "feed"),
        (b'<?xml version="1.0"?><sitemapindex xmlns="x"></sitemapindex>', "sitemap"),
        (b"<urlset><url><loc>https://a.example/</loc></url></urlset>", "sitemap"),
        (b"<!DOCTYPE html><html><body><rss>quoted</rss></body></html>", None),
        (b"Not Found", None),
    ],
)
def test_listing_kind_reads_the_root_element(body: bytes, kind: str | None) -> None:
    assert listing_kind(body) == kind


def test_a_damaged_gzip_sitemap_is_counted_not_a_spider_error() -> None:
    """A .xml.gz whose deflate data is damaged raised zlib.error out of the callback (Scrapy's
    gunzip catches OSError and EOFError only): a traceback, "1 errors", no reason given."""
    spider = _spider(sitemap=f"{BASE}/sitemap.xml.gz")
    meta = {"news_kind": "sitemap", "news_entry": True}
    request = Request(f"{BASE}/sitemap.xml.gz", meta=meta)
    damaged = Response(request.url, body=b"\x1f\x8b\x08\x00garbage-not-deflate", request=request)
    assert list(spider.parse_sitemap(damaged)) == []
    stats = spider.crawler.stats
    assert stats.get_value("news/sitemap/bad_gzip") == 1
    assert stats.get_value("news/entry/error") == (
        f"a damaged gzip file from {BASE}/sitemap.xml.gz"
    )
    assert stats.get_value("news/entry/ok") is None
    assert spider.incomplete_listings == {request.url}  # its validator is not kept
    # The near miss: the same sitemap whole is read.
    body = gzip.compress(
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>http://127.0.0.1:8000/a.html</loc></url></urlset>"
    )
    whole = Response(request.url, body=body, request=request)
    (article,) = list(spider.parse_sitemap(whole))
    assert article.url == f"{BASE}/a.html"
    assert stats.get_value("news/sitemap/bad_gzip") == 1


def test_a_gzip_feed_is_unpacked_within_the_size_limit(caplog: pytest.LogCaptureFixture) -> None:
    """A feed that is a gzip file served without Content-Encoding (feed.xml.gz) was "not a
    feed (nothing to read there)" and failed its source, where a sitemap so served is read:
    it is unpacked as a sitemap is, within DOWNLOAD_MAXSIZE, and damage is named."""
    url = f"{BASE}/feed.xml.gz"
    spider = _spider(feed=url)
    items = "".join(
        f"<item><title>T{i}</title><link>{BASE}/a/{i}.html</link></item>" for i in range(3)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
    meta = {"news_kind": "feed", "news_entry": True}
    request = Request(url, meta=meta)
    headers = {"Content-Type": "application/rss+xml"}
    packed = Response(url, body=gzip.compress(feed), headers=headers, request=request)
    requests = list(spider.parse_feed(packed))
    assert [r.url for r in requests] == [f"{BASE}/a/{i}.html" for i in range(3)]
    stats = spider.crawler.stats
    assert stats.get_value("news/entry/ok") == 1
    assert stats.get_value("news/feed/malformed") is None
    assert stats.get_value("news/feed/unusable") is None
    # A small file that unpacks past the limit is refused as it grows, not unpacked whole.
    bomb = gzip.compress(feed + b" " * 200_000)
    limited = Request(url, meta={**meta, "download_maxsize": 100_000})
    assert list(spider.parse_feed(Response(url, body=bomb, request=limited))) == []
    assert stats.get_value("news/feed/too_large") == 1
    assert f"Feed {url} exceeds 100000 bytes unpacked" in caplog.text
    # Damaged deflate data is named as such.
    damaged = Response(url, body=b"\x1f\x8b\x08\x00garbage-not-deflate", request=request)
    assert list(spider.parse_feed(damaged)) == []
    assert stats.get_value("news/feed/bad_gzip") == 1
    assert stats.get_value("news/entry/ok") == 1


@pytest.mark.parametrize("kind", ["feed", "sitemap"])
def test_a_gzip_listing_over_the_size_limit_names_why_its_entry_failed(kind: str) -> None:
    """A listing that unpacks past DOWNLOAD_MAXSIZE (a gzip bomb) failed its source with
    "none of 1 entry URL(s) answered" and no reason; the limit is named now."""
    url = f"{BASE}/listing.xml.gz"
    spider = _spider(**{kind: url})
    meta = {"news_kind": kind, "news_entry": True, "download_maxsize": 100_000}
    request = Request(url, meta=meta)
    bomb = Response(url, body=gzip.compress(b"<urlset>" + b" " * 200_000), request=request)
    parse = spider.parse_feed if kind == "feed" else spider.parse_sitemap
    assert list(parse(bomb)) == []
    stats = spider.crawler.stats
    assert stats.get_value(f"news/{kind}/too_large") == 1
    assert stats.get_value("news/entry/error") == f"over 100000 bytes unpacked from {url}"


def test_a_listing_cut_off_is_read_as_far_as_it_goes_and_said(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A gzip sitemap that ends early (written while it was served) was unpacked as far as
    it went and read as if that were all, no word said and its ETag kept."""
    spider = _spider(sitemap=f"{BASE}/sitemap.xml.gz")
    locs = "".join(f"<url><loc>{BASE}/a/{i}.html</loc></url>" for i in range(500))
    packed = gzip.compress(f'<urlset xmlns="{_SITEMAP_NS}">{locs}</urlset>'.encode())
    request = Request(f"{BASE}/sitemap.xml.gz", meta={"news_kind": "sitemap"})
    cut = Response(request.url, body=packed[: len(packed) // 2], request=request)
    requests = list(spider.parse_sitemap(cut))
    assert 0 < len(requests) < 500
    assert spider.crawler.stats.get_value("news/sitemap/cut_off") == 1
    assert spider.incomplete_listings == {request.url}  # its validator is not kept
    assert f"Sitemap {request.url} is cut off" in caplog.text
    # The near miss: the same sitemap whole is read whole, no word said.
    whole = _spider(sitemap=f"{BASE}/sitemap.xml.gz")
    assert len(list(whole.parse_sitemap(cut.replace(body=packed)))) == 500
    assert whole.crawler.stats.get_value("news/sitemap/cut_off") is None
    assert whole.incomplete_listings == set()


def test_a_sitemap_that_failed_leaves_the_indexes_naming_it_unread(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Their validators kept, the indexes answered 304 to the next run, and the sitemap that
    failed was not asked for again: its articles were lost while the indexes did not change.
    Its failure is a warning: Scrapy logs an ignored 404 at INFO, unseen at -L WARNING."""
    spider = _spider(sitemap=f"{BASE}/index.xml")

    def index(request: Request, name: str) -> XmlResponse:
        loc = f"<sitemap><loc>{BASE}/{name}</loc></sitemap>"
        body = f'<sitemapindex xmlns="{_SITEMAP_NS}">{loc}</sitemapindex>'.encode()
        return XmlResponse(request.url, body=body, request=request)

    outer = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap", "news_sitemap_depth": 0})
    (inner,) = spider.parse_sitemap(index(outer, "inner.xml"))
    (child,) = spider.parse_sitemap(index(inner, "a.xml"))
    # Indexes are read in full by every run (their 304 says nothing of their sitemaps).
    assert spider.incomplete_listings == {outer.url, inner.url}
    failure = Failure(HttpError(Response(child.url, status=404, request=child)))
    failure.request = child  # type: ignore[attr-defined]
    spider.listing_failed(failure)
    assert child.url == f"{BASE}/a.xml"
    assert spider.incomplete_listings == {outer.url, inner.url, child.url}
    assert spider.crawler.stats.get_value("news/sitemap/failed") == 1
    assert f"Sitemap {child.url} (in {inner.url}) not read: HTTP 404" in caplog.text


def _read_listing(
    kind: str, body: bytes, caplog: pytest.LogCaptureFixture
) -> tuple[NewsSpider, list[Any], str]:
    """A spider of one feed or sitemap at ``BASE``, what it makes of ``body``, its warnings."""
    url = f"{BASE}/{kind}.xml"
    spider = _spider(**{kind: url})
    request = Request(url, meta={"news_kind": kind, "news_entry": True})
    parse = spider.parse_feed if kind == "feed" else spider.parse_sitemap
    caplog.clear()
    with caplog.at_level("WARNING", logger="crawler.spiders.news"):
        out = list(parse(XmlResponse(url, body=body, request=request)))
    return spider, out, caplog.text


_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    f"<link>{BASE}/</link><description>d</description>"
    "<item><title>Kein Link</title></item>"
    "<item><title>Skript</title><link>javascript:void(0)</link></item>"
    f"<item><title>Gut</title><link>{BASE}/gut.html</link></item></channel></rss>"
)
_SITEMAP = (
    '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    f"<url><loc>http://[::1/x</loc></url><url><loc>{BASE}/gut.html</loc></url></urlset>"
)


@pytest.mark.parametrize(
    ("kind", "body", "skipped", "line"),
    [
        ("feed", _FEED, 2, f"Feed {BASE}/feed.xml: 2 entries without a usable link skipped "
         "(first: no link)"),
        ("sitemap", _SITEMAP, 1, f"Sitemap {BASE}/sitemap.xml: 1 entries without a usable link "
         "skipped (first: 'http://[::1/x')"),
    ],
)  # fmt: skip
def test_listing_entries_without_a_usable_link_are_logged_with_the_first(
    caplog: pytest.LogCaptureFixture, kind: str, body: str, skipped: int, line: str
) -> None:
    """Counted in news/feed/bad_link (news/sitemap/bad_link) only, they were lost without a
    line in the log."""
    spider, requests, log = _read_listing(kind, body.encode(), caplog)
    assert [r.url for r in requests] == [f"{BASE}/gut.html"]
    assert spider.crawler.stats.get_value(f"news/{kind}/bad_link") == skipped
    assert line in log


def test_a_listing_whose_entries_are_all_usable_warns_of_none(
    caplog: pytest.LogCaptureFixture,
) -> None:
    whole = _SITEMAP.replace("http://[::1/x", f"{BASE}/c.html").encode()
    _, requests, log = _read_listing("sitemap", whole, caplog)
    assert len(requests) == 2
    assert "without a usable link" not in log


def test_a_robots_txt_sitemap_line_of_no_usable_link_is_counted_and_said(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Dropped unsaid, a site whose one sitemap line was broken read as a site declaring no
    sitemap: its articles unlisted, the run "ok"."""
    spider = _spider(url=f"{BASE}/a")
    url = f"{BASE}/robots.txt"
    body = b"Sitemap: ftp://news.example/s.xml\nSitemap: https://news.example:x/b.xml\n"
    body += f"Sitemap: {BASE}/sitemap.xml\n".encode()
    request = Request(url, meta={"news_kind": "robots"})
    with caplog.at_level("WARNING", logger="crawler.spiders.news"):
        requests = list(spider.parse_robots(TextResponse(url, body=body, request=request)))
    assert [r.url for r in requests] == [f"{BASE}/sitemap.xml"]
    stats = spider.crawler.stats
    assert stats.get_value("news/robots/bad_link") == 2
    assert stats.get_value("news/robots/sitemaps") == 1
    assert f"robots.txt {url}: 2 entries without a usable link skipped" in caplog.text
    assert "(first: 'ftp://news.example/s.xml')" in caplog.text


def test_a_page_robots_txt_forbids_is_a_named_drop() -> None:
    """Counted by Scrapy's robotstxt/forbidden alone, a feed whose articles robots.txt
    disallows said "ok; 0 dropped", and a named page failed "first: IgnoreRequest from URL"."""
    spider = _spider(url=f"{BASE}/a")
    assert spider.pending is not None
    meta = {"news_entry": True, "news_kind": "article", "news_article": f"{BASE}/a"}
    request = Request(f"{BASE}/a", meta=meta)
    spider.pending.listed(f"{BASE}/a", f"{BASE}/a", {})
    failure = Failure(IgnoreRequest("Forbidden by robots.txt"))
    failure.request = request  # type: ignore[attr-defined]
    spider.article_failed(failure)
    stats = spider.crawler.stats
    assert stats.get_value("news/skip/robots_txt") == 1
    assert stats.get_value("news/entry/error") == f"forbidden by robots.txt from {BASE}/a"
    assert f"{BASE}/a" not in spider.pending.articles  # accounted for: not kept pending
    # The near miss: another refusal (already stored, offsite) is no robots.txt drop.
    other = Failure(IgnoreRequest(f"already stored: {BASE}/b"))
    other.request = Request(f"{BASE}/b", meta={**meta, "news_article": f"{BASE}/b"})  # type: ignore[attr-defined]
    spider.article_failed(other)
    assert stats.get_value("news/skip/robots_txt") == 1


def test_a_redirect_loop_is_a_counted_failed_try() -> None:
    """A → B → A: the dupefilter dropped the second request for A, so REDIRECT_MAX_TIMES never
    ended the loop; the article stayed pending "not fetched", no attempt spent, asked again by
    every run for ever, and the run failed without a reason."""
    spider = _spider(url=f"{BASE}/a")
    meta = {
        "news_entry": True,
        "news_kind": "article",
        "news_article": f"{BASE}/a",
        "redirect_urls": [f"{BASE}/a", f"{BASE}/b"],
    }
    record = _dropped_after_redirects(spider, Request(f"{BASE}/a", meta=meta))
    stats = spider.crawler.stats
    assert stats.get_value("news/skip/redirect_loop") == 1
    assert stats.get_value("news/entry/error") == f"a redirect loop from {BASE}/a"
    assert (record.state, record.error, record.tried) == ("failed", "a redirect loop", True)


def test_a_redirect_to_a_page_asked_for_elsewhere_is_no_loop() -> None:
    """The near miss: A → B where B was requested on its own (listed too) is dropped as a
    duplicate without being a loop; A is B's page, resolved when B is stored."""
    spider = _spider(url=f"{BASE}/a")
    meta = {"news_kind": "article", "news_article": f"{BASE}/a", "redirect_urls": [f"{BASE}/a"]}
    record = _dropped_after_redirects(spider, Request(f"{BASE}/b", meta=meta))
    stats = spider.crawler.stats
    assert stats.get_value("news/skip/redirect_loop") is None
    assert stats.get_value("news/entry/error") is None
    assert (record.state, record.aliases) == ("open", (f"{BASE}/b",))


def _dropped_after_redirects(spider: NewsSpider, request: Request) -> Any:
    """The pending record of article A after the dupefilter dropped ``request``, a redirect
    of A's request."""
    assert spider.pending is not None
    spider.pending.listed(f"{BASE}/a", f"{BASE}/a", {})
    spider.crawler.signals.send_catch_log(
        signal=signals.request_dropped, request=request, spider=spider
    )
    return spider.pending.articles[f"{BASE}/a"]


def test_adhoc_arguments_are_checked() -> None:
    with pytest.raises(SourceError, match="not an http"):
        _spider(feed="ftp://example.org/feed")
    with pytest.raises(SourceError, match="needs -a feed"):
        _spider()


def test_reprocess_spider_reads_the_stored_pages(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    db = open_database(db_path)
    with db.conn:
        db.table("articles").insert(
            {"url": "https://e.org/a", "source": "s", "fetched_at": "2026-01-01", "text": "t"}
        )
        db.table("pages").insert(
            {
                "url": "https://e.org/a",
                "html_gz": zlib.compress(b"<html>Seite</html>"),
                "fetched_url": "https://e.org/a?x=1",
                "fetched_at": "2026-01-01",
                "hints": json.dumps({"title": "T"}),
            }
        )
    db.close()
    spidercls = reprocess_spider_for(Source(name="s"))
    crawler = crawler_for(NEWS_DB=str(db_path))
    spider = spidercls.from_crawler(crawler)

    async def collect() -> list[Article]:
        return [item async for item in spider.start()]

    (item,) = run(collect())
    assert (item.url, item.fetched_url, item.html, item.hints) == (
        "https://e.org/a",
        "https://e.org/a?x=1",
        "<html>Seite</html>",
        {"title": "T"},
    )


def test_an_index_holds_its_sitemaps_and_releases_them_as_each_is_read() -> None:
    spider = _spider(sitemap=f"{BASE}/index.xml")
    spider.frontier = ListingFrontier(low_water=10, max_in_flight=1)
    body = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<sitemap><loc>{BASE}/s{i}.xml</loc></sitemap>" for i in range(3))
        + "</sitemapindex>"
    ).encode()
    request = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap"})
    (first,) = list(spider.parse_sitemap(XmlResponse(request.url, body=body, request=request)))
    assert first.url == f"{BASE}/s0.xml" and len(spider.frontier.held) == 2
    assert first.priority > 10  # before the article requests, to refill the queue in time
    # A sitemap read (here a 304) or failed leaves room for the next one.
    not_modified = Response(first.url, status=304, request=first)
    assert list(spider.parse_sitemap(not_modified)) == []
    (second,) = spider.frontier.release(0)
    assert second.url == f"{BASE}/s1.xml"
    spider.listing_failed(_failure(second))
    assert [r.url for r in spider.frontier.release(0)] == [f"{BASE}/s2.xml"]
    # Idle with nothing held: the crawl may close.
    spider.release_held()  # raises DontCloseSpider while anything is held


def _failure(request: Request) -> Failure:
    failure = Failure(IgnoreRequest("robots.txt"))
    failure.request = request  # type: ignore[attr-defined]
    return failure


def test_an_idle_crawl_stays_open_while_sitemaps_are_held() -> None:
    spider = _spider(sitemap=f"{BASE}/index.xml")
    spider.frontier.hold(Request(f"{BASE}/s0.xml"))
    sent: list[Request] = []

    class Engine:
        scheduler = None

        def crawl(self, request: Request) -> None:
            sent.append(request)

    spider.crawler.engine = Engine()  # type: ignore[assignment]
    with pytest.raises(DontCloseSpider):
        spider.release_held()
    assert [r.url for r in sent] == [f"{BASE}/s0.xml"]


@pytest.mark.parametrize(
    "value", ["2024-03-01T12:00:00+00:00", "2024-03-01T12:00:00Z", "2024-03-01T12:00:00"]
)
def test_a_stored_fetch_time_the_crawl_writes_is_read_unchanged(value: str) -> None:
    assert stored_fetched_at(value) == value


@pytest.mark.parametrize("value", [None, 17, "", "garbage", "9999-12-31T23:59:59-05:00"])
def test_a_damaged_stored_fetch_time_is_a_corrupt_row(value: object) -> None:
    with pytest.raises(ValueError):
        stored_fetched_at(value)


@pytest.mark.parametrize(
    ("value", "hints"),
    [
        (None, {}),
        ("", {}),
        (
            '{"title": "T", "author": null, "published": "2024-03-01"}',
            {"title": "T", "author": None, "published": "2024-03-01"},
        ),
    ],
)
def test_stored_listing_hints_are_read(value: str | None, hints: dict) -> None:
    assert stored_hints(value) == hints


@pytest.mark.parametrize("value", ["[1, 2]", '"text"', "12", '{"title": [1]}', "{broken"])
def test_damaged_stored_listing_hints_are_a_corrupt_row(value: str) -> None:
    with pytest.raises(ValueError):
        stored_hints(value)


def test_entries_older_than_max_age_take_no_place_under_the_entry_cap(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A listing over NEWS_LISTING_MAX_ENTRIES whose first entries are older than the source's
    max_age_days: they took the cap's places and were then left out, so every run asked for
    nothing and the newer entries after them were never asked for."""
    old = "".join(
        f"<url><loc>{BASE}/old/{i}</loc><lastmod>2001-01-01</lastmod></url>" for i in range(3)
    )
    recent = "".join(f"<url><loc>{BASE}/new/{i}</loc></url>" for i in range(3))
    body = f'<?xml version="1.0"?><urlset xmlns="{_SITEMAP_NS}">{old}{recent}</urlset>'
    url = f"{BASE}/sitemap.xml"
    spider = _spider(sitemap=url)
    assert spider.news_source is not None
    spider.news_source = dataclasses.replace(spider.news_source, max_age_days=30)
    spider.max_entries = 2
    request = Request(url, meta={"news_kind": "sitemap", "news_entry": True})
    out = list(spider.parse_sitemap(XmlResponse(url, body=body.encode(), request=request)))
    assert [r.url for r in out] == [f"{BASE}/new/0", f"{BASE}/new/1"]
    assert spider.crawler.stats.get_value("news/listing/capped_entries") == 1
    assert spider.crawler.stats.get_value("news/listing/too_old") == 3


@pytest.mark.parametrize(
    ("locs", "cap", "asked", "left"),
    [
        # One URL named four times, then three others: it took three places under the cap.
        (["a", "a", "a", "a", "b", "c", "d"], 3, ["a", "b", "c"], 1),
        # Entries outside allowed_domains first: dropped as scheduled, new every run.
        (
            ["elsewhere", "elsewhere2", "x1", "x2", "a", "b"],
            2,
            ["elsewhere", "elsewhere2", "a", "b"],
            0,
        ),
    ],
    ids=["repeated", "offsite"],
)
def test_entries_that_are_no_new_article_take_no_place_under_the_entry_cap(
    locs: list[str], cap: int, asked: list[str], left: int
) -> None:
    """A listing over NEWS_LISTING_MAX_ENTRIES led by one URL named many times, or by entries
    outside the source's allowed_domains: they took every place, each run, and the articles
    after them were never asked for."""
    offsite = {"elsewhere", "elsewhere2", "x1", "x2"}

    def url(name: str) -> str:
        return f"http://other.example/{name}" if name in offsite else f"{BASE}/{name}"

    entries = "".join(f"<url><loc>{url(name)}</loc></url>" for name in locs)
    body = f'<?xml version="1.0"?><urlset xmlns="{_SITEMAP_NS}">{entries}</urlset>'
    sitemap = f"{BASE}/sitemap.xml"
    spider = _spider(sitemap=sitemap)
    spider.allowed_domains = ["127.0.0.1"]
    spider.max_entries = cap
    request = Request(sitemap, meta={"news_kind": "sitemap", "news_entry": True})
    out = list(spider.parse_sitemap(XmlResponse(sitemap, body=body.encode(), request=request)))
    assert [r.url for r in out] == [url(name) for name in asked]
    assert (spider.crawler.stats.get_value("news/listing/capped_entries") or 0) == left


def test_an_index_naming_itself_or_one_sitemap_many_times_reads_each_sitemap_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A sitemap index naming itself (or an index above it) was downloaded again; one naming
    a sitemap many times spent NEWS_SITEMAP_MAX_COUNT on the copies, its other sitemaps
    skipped as over the count."""
    spider = _spider(sitemap=f"{BASE}/index.xml")
    spider.sitemap_max_count = 3
    spider._sitemaps_requested = 1  # the index itself
    spider.frontier = ListingFrontier(low_water=100, max_in_flight=100)
    parent = f"{BASE}/top.xml"
    names = ["index.xml", "top.xml", "s1.xml", "s1.xml", "s1.xml", "s2.xml"]
    body = (
        f'<?xml version="1.0"?><sitemapindex xmlns="{_SITEMAP_NS}">'
        + "".join(f"<sitemap><loc>{BASE}/{name}</loc></sitemap>" for name in names)
        + "</sitemapindex>"
    ).encode()
    request = Request(
        f"{BASE}/index.xml",
        meta={"news_kind": "sitemap", "news_sitemap_depth": 1, "news_listing_parents": (parent,)},
    )
    with caplog.at_level("WARNING", logger="crawler.spiders.news"):
        out = list(spider.parse_sitemap(XmlResponse(request.url, body=body, request=request)))
    assert [r.url for r in out] == [f"{BASE}/s1.xml", f"{BASE}/s2.xml"]
    stats = spider.crawler.stats
    assert stats.get_value("news/sitemap/loop") == 2
    assert stats.get_value("news/sitemap/repeated") == 2
    assert stats.get_value("news/sitemap/children_deferred") is None
    assert f"Sitemap index {BASE}/index.xml names {BASE}/index.xml, itself" in caplog.text


def _index_of(names: list[str], lastmod: str = "2026-10-01") -> bytes:
    locs = "".join(
        f"<sitemap><loc>{BASE}/{name}</loc><lastmod>{lastmod}</lastmod></sitemap>" for name in names
    )
    return (
        f'<?xml version="1.0"?><sitemapindex xmlns="{_SITEMAP_NS}">{locs}</sitemapindex>'.encode()
    )


def _urlset(paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{BASE}/{path}</loc></url>" for path in paths)
    return f'<?xml version="1.0"?><urlset xmlns="{_SITEMAP_NS}">{urls}</urlset>'.encode()


def test_only_sitemaps_of_an_index_read_in_full_are_kept_as_read(tmp_path: Path) -> None:
    """A sitemap kept as read waits behind the others in later runs: one whose entries were
    left over by NEWS_LISTING_MAX_ENTRIES, one that failed, or one whose entries were not all
    out yet when the run stopped, kept as read, would hide the articles it still lists.
    Nothing is kept when a write of the run failed, or with nothing to keep the unfinished
    articles pending."""
    # A file: the writer's connection and the readers' see one store.
    crawler = crawler_for(NEWS_DB=str(tmp_path / "news.db"))
    spider = NewsSpider.from_crawler(crawler, sitemap=f"{BASE}/index.xml")
    spider.max_entries = 2
    spider.frontier = ListingFrontier(low_water=100, max_in_flight=100)
    index = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap", "news_sitemap_depth": 0})
    names = ["whole.xml", "capped.xml", "failed.xml", "stopped.xml"]
    children = list(
        spider.parse_sitemap(XmlResponse(index.url, body=_index_of(names), request=index))
    )
    assert [c.url for c in children] == [f"{BASE}/{name}" for name in names]
    whole, capped, failed, stopped = children
    list(spider.parse_sitemap(XmlResponse(whole.url, body=_urlset(["w1"]), request=whole)))
    list(
        spider.parse_sitemap(
            XmlResponse(capped.url, body=_urlset(["c1", "c2", "c3"]), request=capped)
        )
    )
    failure = Failure(HttpError(Response(failed.url, status=503, request=failed)))
    failure.request = failed  # type: ignore[attr-defined]
    spider.listing_failed(failure)
    entries = spider.parse_sitemap(
        XmlResponse(stopped.url, body=_urlset(["s1", "s2"]), request=stopped)
    )
    assert isinstance(entries, GeneratorType)
    next(entries)
    entries.close()  # the run ended while the entries were being queued
    assert spider.crawler.stats.get_value("news/sitemap/children_read") == 1
    db = database_for(spider.crawler).db
    spider.crawler.stats.set_value("news/fatal/pending_not_saved", 1)
    spider.record_children("finished")
    assert list(db.query("SELECT url FROM sitemap_reads")) == []
    spider.crawler.stats.get_stats().pop("news/fatal/pending_not_saved")
    pending = spider.pending
    spider.__dict__["pending"] = None  # the pending articles' extension turned off
    spider.record_children("finished")
    assert list(db.query("SELECT url FROM sitemap_reads")) == []
    spider.__dict__["pending"] = pending
    spider.record_children("shutdown")
    rows = list(db.query("SELECT source, url, lastmod FROM sitemap_reads"))
    assert rows == [
        {"source": spider.source_name, "url": f"{BASE}/whole.xml", "lastmod": "2026-10-01"}
    ]


def test_an_index_read_whole_forgets_the_sitemaps_it_no_longer_names(store_url: str) -> None:
    """A site naming a sitemap per day in its index, and dropping the old ones, left a row
    in sitemap_reads for every day ever read. An index read whole deletes the rows of the
    sitemaps it no longer names; one cut off, which may name more than was read, none; the
    rows of another index stay."""
    crawler = crawler_for(NEWS_DB=store_url)
    spider = NewsSpider.from_crawler(crawler, sitemap=f"{BASE}/index.xml")
    spider.frontier = ListingFrontier(low_water=100, max_in_flight=100)
    database = database_for(spider.crawler)

    def read_index(body: bytes) -> list[Any]:
        index = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap", "news_sitemap_depth": 0})
        return list(spider.parse_sitemap(XmlResponse(index.url, body=body, request=index)))

    for child in read_index(_index_of(["day1.xml", "day2.xml"])):
        body = _urlset([child.url.rsplit("/", 1)[1] + ".html"])
        list(spider.parse_sitemap(XmlResponse(child.url, body=body, request=child)))
    spider.record_children("finished")
    other = sitemap_reads.Child(f"{BASE}/other.xml", None, f"{BASE}/other-index.xml")
    database.write(
        functools.partial(
            sitemap_reads.record,
            source=spider.source_name,
            children=[other],
            now="2026-11-01T08:00:00+00:00",
        )
    ).result()

    def kept() -> list[str]:
        database.write(lambda db: None).result()  # the writes queued before it are done
        rows = database.db.execute("SELECT url FROM sitemap_reads ORDER BY url").fetchall()
        return [url.removeprefix(f"{BASE}/") for (url,) in rows]

    assert kept() == ["day1.xml", "day2.xml", "other.xml"]
    cut_off = _index_of(["day3.xml"]).removesuffix(b"</sitemapindex>")
    read_index(cut_off)
    assert spider.crawler.stats.get_value("news/sitemap/cut_off") == 1
    assert kept() == ["day1.xml", "day2.xml", "other.xml"]
    read_index(_index_of(["day2.xml", "day3.xml"]))
    try:
        assert kept() == ["day2.xml", "other.xml"]
    finally:
        database.close()  # a PostgreSQL connection left open fails a later test as it goes


def test_a_sitemap_two_indexes_name_is_read_again_once_when_one_stops_naming_it(
    tmp_path: Path,
) -> None:
    """A sitemap's row keeps one index, the one it was asked under. When that index stops
    naming it while another still does, the row is pruned: the next run reads it again
    (one read more), asked under the other index now, and its row then names that one, which
    the first index's later reads leave alone: it is not read again run after run."""
    db_path = str(tmp_path / "news.db")

    def run(indexes: dict[str, list[str]]) -> tuple[set[str], dict[str, str]]:
        """One run reading ``indexes`` in turn, then each sitemap they ask: the shared
        sitemap's presence among the rows once the first index was read, and the rows kept
        at the close (sitemap: its index)."""
        spider = NewsSpider.from_crawler(crawler_for(NEWS_DB=db_path), sitemap=f"{BASE}/a.xml")
        spider.frontier = ListingFrontier(low_water=100, max_in_flight=100)
        database = database_for(spider.crawler)
        after_first: set[str] | None = None
        for name, sitemaps in indexes.items():
            index = Request(
                f"{BASE}/{name}", meta={"news_kind": "sitemap", "news_sitemap_depth": 0}
            )
            for leaf in _parsed(spider, index, _index_of(sitemaps)):
                _parsed(spider, leaf, _urlset([leaf.url.rsplit("/", 1)[1] + ".html"]))
            if after_first is None:
                database.write(lambda db: None).result()  # the prune queued before it is done
                rows = database.db.execute("SELECT url FROM sitemap_reads").fetchall()
                after_first = {url.removeprefix(f"{BASE}/") for (url,) in rows}
        assert after_first is not None
        spider.record_children("finished")
        kept = dict(database.db.execute("SELECT url, index_url FROM sitemap_reads").fetchall())
        database.close()
        return after_first, {
            url.removeprefix(f"{BASE}/"): index.removeprefix(f"{BASE}/")
            for url, index in kept.items()
        }

    both = {"a.xml": ["shared.xml", "a1.xml"], "b.xml": ["shared.xml", "b1.xml"]}
    _, kept = run(both)
    assert kept == {"shared.xml": "a.xml", "a1.xml": "a.xml", "b1.xml": "b.xml"}
    a_stopped = {"a.xml": ["a1.xml"], "b.xml": ["shared.xml", "b1.xml"]}
    after_a, kept = run(a_stopped)
    assert "shared.xml" not in after_a  # pruned though b.xml names it: read again this run
    assert kept == {"shared.xml": "b.xml", "a1.xml": "a.xml", "b1.xml": "b.xml"}
    for _ in range(2):
        after_a, kept = run(a_stopped)
        assert "shared.xml" in after_a  # a.xml's reads no longer prune it
        assert kept == {"shared.xml": "b.xml", "a1.xml": "a.xml", "b1.xml": "b.xml"}


def _parsed(spider: NewsSpider, request: Request, body: bytes) -> list[Any]:
    return list(spider.parse_sitemap(XmlResponse(request.url, body=body, request=request)))


def test_the_sitemap_count_is_spent_as_sitemaps_go_the_deepest_first(tmp_path: Path) -> None:
    """An index of indexes under NEWS_SITEMAP_MAX_COUNT: counted as an index named them, the
    indexes took the places before any of their sitemaps, and sent in the order held, every
    index went before any sitemap. Now a sitemap counts as it goes, an index's sitemaps go
    before the next index, and what the bound leaves is counted and read again next run."""
    crawler = crawler_for(NEWS_DB=str(tmp_path / "news.db"))
    spider = NewsSpider.from_crawler(crawler, sitemap=f"{BASE}/index.xml")
    spider.frontier = ListingFrontier(low_water=100, max_in_flight=1)
    spider.sitemap_max_count = 4
    spider._sitemaps_requested = 1  # the index itself
    index = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap", "news_sitemap_depth": 0})
    (first,) = _parsed(spider, index, _index_of(["n0.xml", "n1.xml"]))
    assert first.url == f"{BASE}/n0.xml"
    assert _parsed(spider, first, _index_of(["l0.xml", "l1.xml"])) == []  # n0 in flight
    sent = []
    for _ in range(3):
        released = spider._release()
        sent += [r.url for r in released]
        for request in released:
            _parsed(spider, request, _urlset([request.url.rsplit("/", 1)[1] + ".html"]))
    assert sent == [f"{BASE}/l0.xml", f"{BASE}/l1.xml"]
    assert spider._sitemaps_requested == 4
    assert spider.crawler.stats.get_value("news/sitemap/children_deferred") == 1
    assert f"{BASE}/n1.xml" in spider.incomplete_listings
    assert not spider.frontier.held


def test_an_index_of_an_index_is_kept_read_once_all_its_sitemaps_are(tmp_path: Path) -> None:
    """An index named by an index was never kept as read: under NEWS_SITEMAP_MAX_COUNT it
    went first in every run, and the indexes after it waited for ever. It is kept read once
    every sitemap it names was read in full (or was before, and has not changed since); one
    whose sitemap failed is not."""
    crawler = crawler_for(NEWS_DB=str(tmp_path / "news.db"))
    spider = NewsSpider.from_crawler(crawler, sitemap=f"{BASE}/index.xml")
    spider.frontier = ListingFrontier(low_water=100, max_in_flight=100)
    index = Request(f"{BASE}/index.xml", meta={"news_kind": "sitemap", "news_sitemap_depth": 0})
    read, failing = _parsed(spider, index, _index_of(["a.xml", "b.xml"]))
    for leaf in _parsed(spider, read, _index_of(["a1.xml", "a2.xml"])):
        _parsed(spider, leaf, _urlset([leaf.url.rsplit("/", 1)[1] + ".html"]))
    (leaf,) = _parsed(spider, failing, _index_of(["b1.xml"]))
    failure = Failure(HttpError(Response(leaf.url, status=503, request=leaf)))
    failure.request = leaf  # type: ignore[attr-defined]
    spider.listing_failed(failure)
    assert spider.crawler.stats.get_value("news/sitemap/indexes_read") == 1
    spider.record_children("finished")
    db = database_for(spider.crawler).db
    rows = {url for (url,) in db.execute("SELECT url FROM sitemap_reads")}
    assert rows == {f"{BASE}/a.xml", f"{BASE}/a1.xml", f"{BASE}/a2.xml"}


def test_the_news_spider_is_put_together_from_a_module_per_job() -> None:
    """The news spider was one class of 1,755 lines holding every job; each job is a class in
    a module named for it now, and NewsSpider (its name, -a arguments and settings as before)
    puts them together. A callback that moves back into news.py, or into another job's
    module, fails here."""
    jobs = {
        "parse_feed": "feeds",
        "parse_sitemap": "sitemaps",
        "parse_robots": "robotstxt",
        "parse_page": "site",
        "parse_article": "articles",
        "parse_revisit": "revisits",
        "listing_request": "listings",
        "start": "news",
    }
    found = {name: getattr(NewsSpider, name).__module__ for name in jobs}
    assert found == {name: f"crawler.spiders.{module}" for name, module in jobs.items()}
    assert NewsSpider.name == "news"
