"""One generic news spider, driven by a Source: feeds, sitemaps, site crawls and given URLs.

``scrapy crawl news -a feed=URL`` runs it ad hoc; every source in sources.toml becomes a
subclass of it named after the source (see crawler/spiderloader.py).
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload
from scrapy.http import Headers, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number

from crawler.clock import now_iso
from crawler.discovery.feeds import parse_feed
from crawler.discovery.robots import robots_sitemaps, robots_url
from crawler.discovery.sitemaps import parse_sitemap
from crawler.items import Article
from crawler.responses import HTML_TYPES, NotAPage, media_type, page_text
from crawler.sources import Source, SourceError
from crawler.urls import canonicalize_url, is_http_url
from crawler.warc.ingest import RecordFilter, WarcIngest, warc_paths

logger = logging.getLogger(__name__)

# Requests from the same listing share a priority; article pages go before further listings so
# the first articles land while a large sitemap index is still being read.
_ARTICLE_PRIORITY = 10


def _hint_date(hints: dict[str, Any]) -> datetime | None:
    """The listing's publication date (else its lastmod), as an aware datetime."""
    value = hints.get("published") or hints.get("lastmod")
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# Arguments of ``-a warc=`` ingestion besides ``warc`` itself.
WARC_FILTERS = ("hosts", "since", "until")


def _split_urls(value: str | None) -> tuple[str, ...]:
    return tuple(u.strip() for u in (value or "").split(",") if u.strip())


# The -a arguments an ad-hoc run understands (README, "Crawling").
ADHOC_KEYS = (
    "feed",
    "sitemap",
    "url",
    "start",
    "source",
    "depth",
    "allow_hosts",
    "follow",
    "deny",
    "languages",
    "warc",
)


def check_adhoc_keys(keys: Iterable[str]) -> None:
    """Raise SourceError naming an unknown ``-a`` key and the nearest known one."""
    known = (*ADHOC_KEYS, *WARC_FILTERS)
    for key in keys:
        if key not in known:
            near = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean -a {near[0]}=…? " if near else ""
            raise SourceError(f"unknown argument -a {key}=…; {hint}known: {', '.join(known)}")


def _regexes(key: str, value: str | None) -> tuple[str, ...]:
    patterns = _split_urls(value)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SourceError(f"ad-hoc run: -a {key}={pattern!r} is not a regex: {exc}") from None
    return patterns


def adhoc_source(
    *,
    feed: str | None = None,
    sitemap: str | None = None,
    url: str | None = None,
    start: str | None = None,
    source: str | None = None,
    depth: str | int | None = None,
    allow_hosts: str | None = None,
    follow: str | None = None,
    deny: str | None = None,
    languages: str | None = None,
    warc: str | None = None,
    **warc_filters: str,
) -> Source:
    """The Source of an ad-hoc run, from ``-a`` arguments; raises SourceError when unusable.

    Lists are comma-separated: URLs, hosts to trust beyond the named ones (``allow_hosts``),
    and the site crawl's link regexes (``follow``, ``deny``). ``warc`` (files to ingest, see
    crawler/warc/ingest.py) needs no URL; its source is named ``warc`` unless ``source`` says
    otherwise. ``warc_filters`` (hosts, since, until) are the ingestion's and are checked there.
    """
    feeds, sitemaps, urls, starts = (_split_urls(v) for v in (feed, sitemap, url, start))
    entry_urls = feeds + sitemaps + urls + starts
    unknown = set(warc_filters) - set(WARC_FILTERS)
    if unknown:
        raise TypeError(f"unknown ad-hoc argument(s): {', '.join(sorted(unknown))}")
    if warc_filters and not warc:
        raise SourceError(f"-a {', '.join(sorted(warc_filters))} only filter -a warc=FILES")
    if warc and entry_urls:
        raise SourceError("-a warc=FILES ingests archives; it takes no feed, sitemap or URL")
    if not entry_urls and not warc:
        raise SourceError(
            "the news spider needs -a feed=URL, -a sitemap=URL, -a url=URL[,URL…], -a start=URL"
            " or -a warc=FILES"
        )
    expected = tuple(lang.strip().lower() for lang in (languages or "").split(",") if lang.strip())
    for lang in expected:
        if not lang.isalpha() or not 2 <= len(lang) <= 3:
            raise SourceError(f"ad-hoc run: language {lang!r} is not an ISO 639 code")
    for value in entry_urls:
        if not is_http_url(value):
            raise SourceError(f"ad-hoc run: {value!r} is not an http(s) URL")
    default = "warc" if warc else urlsplit(entry_urls[0]).hostname
    label = (source or default or "adhoc").strip()
    try:
        depth_limit = int(depth) if depth is not None else 2
    except ValueError:
        raise SourceError(f"ad-hoc run: depth={depth!r} is not a whole number") from None
    return Source(
        name=label,
        feeds=feeds,
        sitemaps=sitemaps,
        urls=urls,
        start_urls=starts,
        depth_limit=depth_limit,
        allow_hosts=tuple(h.lower() for h in _split_urls(allow_hosts)),
        follow_allow=_regexes("follow", follow),
        follow_deny=_regexes("deny", deny),
        languages=expected,
    )


class NewsSpider(scrapy.Spider):
    name = "news"
    # Generated subclasses set this from sources.toml; the ad-hoc spider builds it from -a.
    news_source: Source | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        adhoc = {k: kwargs.pop(k) for k in (*ADHOC_KEYS, *WARC_FILTERS) if k in kwargs}
        super().__init__(*args, **kwargs)
        # Archive ingestion (-a warc=…): the files and filters, checked before the crawl starts.
        self.warc_input: tuple[list[Path], RecordFilter, str | None] | None = None
        if self.news_source is None:
            self.news_source = adhoc_source(**adhoc)
            if adhoc.get("warc"):
                self.warc_input = (
                    warc_paths(adhoc["warc"]),
                    RecordFilter.parse(adhoc.get("hosts"), adhoc.get("since"), adhoc.get("until")),
                    adhoc.get("source"),
                )
        elif adhoc:
            raise SourceError(
                f"spider {self.name!r} is configured in sources.toml; "
                f"use `scrapy crawl news -a …` for ad-hoc arguments ({', '.join(adhoc)})"
            )
        src = self.news_source
        # Declared domains bind every request (Scrapy's offsite filter); without them a feed
        # may link to articles on another host of the outlet, as many do.
        self.allowed_domains = list(src.allowed_domains)
        self._follow_domains = tuple(d.lower() for d in src.domains())
        # Scrapy's allow_domains compares host:port, so hosts are checked in _may_follow.
        self._links = LinkExtractor(allow=src.follow_allow, deny=src.follow_deny, unique=True)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.stop_non_html, signal=signals.headers_received)
        return spider

    def stop_non_html(self, headers: Headers, request: scrapy.Request, **_: Any) -> None:
        """Stop an article download at its headers when it declares a non-HTML type.

        A PDF or video linked from a feed can be many megabytes; the response (with an empty
        or partial body) still reaches parse_article, which counts the skip.
        """
        if request.meta.get("news_kind") != "article" or b"Location" in headers:
            return
        content_type = media_type(headers)
        if content_type and content_type not in HTML_TYPES:
            raise StopDownload(fail=False)

    @property
    def source_name(self) -> str:
        assert self.news_source is not None
        return self.news_source.name

    async def start(self) -> AsyncIterator[Any]:
        if self.warc_input is not None:
            # Built here, not in from_crawler: it needs the crawl's stats and database.
            ingest = WarcIngest.from_crawler(self.crawler, *self.warc_input)
            async for article in ingest.articles():
                yield article
            return
        src = self.news_source
        assert src is not None
        # Entry requests are the URLs the user named: a source whose entries all fail has
        # failed (crawler/runs/outcome.py), whatever Scrapy's finish reason says.
        entries = [self.listing_request(u, "feed", self.parse_feed) for u in src.feeds]
        entries += [self.listing_request(u, "sitemap", self.parse_sitemap) for u in src.sitemaps]
        entries += [
            scrapy.Request(url, callback=self.parse_page, cb_kwargs={"depth": 0}, dont_filter=True)
            for url in src.start_urls
        ]
        entries += [self.article_request(url, {}) for url in src.urls]
        for request in entries:
            request.meta["news_entry"] = True
            self.crawler.stats.inc_value("news/entry/requested")
            yield request
        if src.start_urls and not src.sitemaps and not src.feeds:
            # A source that names only its site: its robots.txt may list its sitemaps.
            for url in dict.fromkeys(robots_url(u) for u in src.start_urls):
                yield scrapy.Request(
                    url, callback=self.parse_robots, dont_filter=True, meta={"news_kind": "robots"}
                )

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        sitemaps = robots_sitemaps(response.body, response.url)
        self.crawler.stats.inc_value("news/robots/sitemaps", len(sitemaps))
        for url in sitemaps:
            request = self.listing_request(url, "sitemap", self.parse_sitemap)
            request.dont_filter = False
            yield request

    def listing_request(self, url: str, kind: str, callback: Any) -> scrapy.Request:
        """Feeds and sitemaps: re-read every run, conditionally (middlewares/conditional.py)."""
        return scrapy.Request(
            url,
            callback=callback,
            dont_filter=True,
            # A 304 reaches the callback, which counts it and parses nothing.
            meta={"news_kind": kind, "handle_httpstatus_list": [304]},
        )

    def _entry_ok(self, response: Response) -> None:
        """Count an entry URL that gave what it was named for (a page, a readable listing)."""
        if response.meta.get("news_entry"):
            self.crawler.stats.inc_value("news/entry/ok")

    def _answered(self, response: Response) -> bool:
        """False when a listing was not modified (304): an answer, with nothing to parse."""
        if response.status == 304:
            self._entry_ok(response)
            self.crawler.stats.inc_value("news/listing/not_modified")
            return False
        return True

    def _unusable_listing(self, response: Response, kind: str) -> None:
        """A listing URL that answered with something else (an HTML page, an error page)."""
        self.crawler.stats.inc_value(f"news/{kind}/unusable")
        logger.warning(
            "%s is not a %s (nothing to read there); check the URL in the source",
            response.url,
            kind,
        )

    def _too_old(self, hints: dict[str, Any]) -> bool:
        """Skip listing entries older than the source's max_age_days, by the listing's date."""
        assert self.news_source is not None
        max_age = self.news_source.max_age_days
        if max_age is None:
            return False
        when = _hint_date(hints)
        if when is None or when >= datetime.now(UTC) - timedelta(days=max_age):
            return False
        self.crawler.stats.inc_value("news/listing/too_old")
        return True

    def article_request(self, url: str, hints: dict[str, Any]) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            cb_kwargs={"hints": hints},
            priority=_ARTICLE_PRIORITY,
            meta={"news_kind": "article"},
        )

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if not self._answered(response):
            return
        stats = self.crawler.stats
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
        result = parse_feed(response.body, response.url, content_type)
        if result.unusable:
            self._unusable_listing(response, "feed")
            return
        self._entry_ok(response)
        stats.inc_value("news/feed/parsed")
        if result.malformed:
            stats.inc_value("news/feed/malformed")
            logger.warning(
                "Feed %s is ill-formed; recovered %d links", response.url, len(result.links)
            )
        if result.skipped:
            stats.inc_value("news/feed/bad_link", result.skipped)
        stats.inc_value("news/feed/links", len(result.links))
        for link in result.links:
            if not self._too_old(link.hints):
                yield self.article_request(link.url, link.hints)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if not self._answered(response):
            return
        stats = self.crawler.stats
        body = response.body
        if gzip_magic_number(response):
            max_size = response.meta.get(
                "download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            )
            try:
                body = gunzip(body, max_size=max_size)
            except ValueError:  # Scrapy's size-limit error subclasses ValueError
                stats.inc_value("news/sitemap/too_large")
                logger.warning("Sitemap %s exceeds %d bytes unpacked", response.url, max_size)
                return
        result = parse_sitemap(body, response.url)
        if result.kind == "invalid":
            stats.inc_value("news/sitemap/invalid")
            self._unusable_listing(response, "sitemap")
            return
        self._entry_ok(response)
        stats.inc_value(f"news/sitemap/{result.kind}")
        if result.skipped:
            stats.inc_value("news/sitemap/bad_link", result.skipped)
        if result.kind == "urlset":
            stats.inc_value("news/sitemap/links", len(result.links))
        for link in result.links:
            if result.kind == "sitemapindex":
                # A child sitemap whose lastmod is older than max_age_days lists only
                # older articles: not downloaded at all.
                if self._too_old(link.hints):
                    stats.inc_value("news/sitemap/child_too_old")
                    continue
                request = self.listing_request(link.url, "sitemap", self.parse_sitemap)
                request.dont_filter = False
                yield request
            elif not self._too_old(link.hints):
                yield self.article_request(link.url, link.hints)

    def parse_page(self, response: Response, depth: int) -> Iterator[Any]:
        """Site crawl: every page past the start pages is an article candidate."""
        self._entry_ok(response)
        if depth > 0:
            yield from self.parse_article(response, {})
        assert self.news_source is not None
        if depth >= self.news_source.depth_limit or not isinstance(response, TextResponse):
            return
        for link in self._links.extract_links(response):
            if not self._may_follow(link.url):
                continue
            yield scrapy.Request(link.url, callback=self.parse_page, cb_kwargs={"depth": depth + 1})

    def _may_follow(self, url: str) -> bool:
        """Site crawls stay within the source's domains and their subdomains."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self._follow_domains)

    def parse_article(self, response: Response, hints: dict[str, Any]) -> Iterator[Article]:
        stats = self.crawler.stats
        self._entry_ok(response)
        try:
            decoded = page_text(response)
        except NotAPage as exc:
            stats.inc_value(f"news/skip/{exc.reason}")
            if exc.reason == "non_html":
                logger.info("Skipping %s: not HTML (%s)", response.url, exc.detail)
            else:
                logger.warning("Skipping %s: %s", response.url, exc.detail)
            return
        assert isinstance(response, TextResponse)  # page_text() accepts nothing else
        if decoded.repaired:
            stats.inc_value("news/charset/repaired")
            logger.info(
                "Decoded %s as %s, not the declared %s",
                response.url,
                decoded.encoding,
                response.encoding,
            )
        yield Article(
            url=canonicalize_url(response.url),
            fetched_url=response.url,
            source=self.source_name,
            fetched_at=now_iso(),
            html=decoded.text,
            hints=hints,
        )
