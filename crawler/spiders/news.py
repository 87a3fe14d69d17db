"""One generic news spider, driven by a Source: feeds, sitemaps, site crawls and given URLs.

``scrapy crawl news -a feed=URL`` runs it ad hoc; every source in sources.toml becomes a
subclass of it named after the source (see crawler/spiderloader.py).
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import Future
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import (
    DontCloseSpider,
    DownloadCancelledError,
    IgnoreRequest,
    StopDownload,
)
from scrapy.http import Headers, JsonResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.statscollectors import StatsCollector
from scrapy.utils.gz import gzip_magic_number
from twisted.python.failure import Failure

from crawler import clock
from crawler.backpressure import ListingFrontier
from crawler.clock import latest, now_iso, utc_iso
from crawler.discovery import SHOWN_CHARS, Link, Skipped, listing_kind
from crawler.discovery.feeds import parse_feed
from crawler.discovery.robots import robots_sitemaps, robots_url
from crawler.discovery.sitemaps import parse_sitemap
from crawler.exceptions import NotPublic, NotYet, RunEnded, TransientIgnore
from crawler.extensions.database import database_for
from crawler.extensions.pending import PendingArticles, pending_for
from crawler.identity import Identity, article_identity, declared_canonical
from crawler.items import Article
from crawler.middlewares.compression import (
    BAD_TRAILER,
    CUT_SHORT,
    UNPACKED_CUT,
    cut_in_gzip_magic,
    said_damage,
    unpack,
)
from crawler.middlewares.conditional import KEPT_META, SITE_KIND, conditional_headers
from crawler.middlewares.politeness import (
    COPY_READ,
    ROBOTS_FORBIDDEN,
    TOO_MANY_REQUESTS,
    RobotsSizeLimit,
    RobotsTxtPolicyMiddleware,
    shown_host,
)
from crawler.neterrors import network_fault
from crawler.responses import (
    HTML_TYPES,
    NotAPage,
    ended_early,
    media_type,
    page_text,
    readable,
    undecoded,
)
from crawler.revisit import REVISIT_META, RevisitPolicy
from crawler.runs.outcome import FATAL_PREFIX
from crawler.sitecrawl import ListedPages
from crawler.sources import ADHOC_KEYS, WARC_FILTERS, Source, spider_source
from crawler.storage import sitemap_reads, versions
from crawler.storage.database import database_errors
from crawler.storage.pagecodec import PageCodecError, unpack_page
from crawler.storage.pending import known_urls
from crawler.urls import canonicalize_url, without_credentials, without_userinfo
from crawler.warc.ingest import WarcIngest, WarcInput, warc_input

logger = logging.getLogger(__name__)

# Requests from the same listing share a priority; article pages go before further listings so
# the first articles land while a large sitemap index is still being read.
_ARTICLE_PRIORITY = 10
# A held sitemap is released when the queue runs low: it goes first, to refill it in time.
_HELD_LISTING_PRIORITY = _ARTICLE_PRIORITY + 1
# Revisits of stored articles wait for everything else: new articles come first.
_REVISIT_PRIORITY = -10
# Answers worth asking again in a later run; any other error status is final for the page.
_TRANSIENT_STATUSES = frozenset({408, 425, 429})
# A long listing's entries checked against the store at a time (NEWS_LISTING_MAX_ENTRIES).
_KNOWN_CHUNK = 500
# On the request for a sitemap an index names: its sitemap_reads.Child (canonical URL, lastmod).
_CHILD_META = "news_sitemap_child"


def _revisit_url(url: str, fetch_url: str) -> str:
    """Where a revisit asks for the stored article ``url``: the address its page was served
    from, unless that page was a stand-in of another URL (an AMP or print view whose
    canonical link named the row's URL, crawler/identity.py). Asked there, a row stored from
    its AMP view was revisited at the AMP view for as long as it was revisited, and its own
    page, whose text the row is meant to hold, was never read."""
    try:
        stand_in = canonicalize_url(fetch_url) != url
    except ValueError:
        return url
    return url if stand_in else fetch_url


def _over_size_limit(failure: Failure) -> bool:
    """Whether the download was stopped at DOWNLOAD_MAXSIZE: cancelled by the download
    handler (announced or received size; nothing else cancels a download here), or ignored
    by HttpCompressionMiddleware when the body grew past it while unpacked."""
    if failure.check(DownloadCancelledError):
        return True
    return bool(failure.check(IgnoreRequest)) and "DOWNLOAD_MAXSIZE" in str(failure.value)


# Request meta: the URLs of the listing that named an article (as asked and as answered) and
# of the indexes that named that listing (``article_request``).
_LISTINGS_META = "news_listings"


def _listing_urls(listing: Response) -> tuple[str, ...]:
    """The listing's URL as answered and as asked, and those of the indexes naming it: under
    any of them its validators are kept (crawler/middlewares/conditional.py)."""
    request = listing.request
    if request is None:
        return (listing.url,)
    parents = request.meta.get("news_listing_parents", ())
    return tuple(dict.fromkeys((listing.url, request.url, *parents)))


def _forbidden_by_robots(failure: Failure) -> bool:
    """Whether robots.txt refused the request (Scrapy's RobotsTxtMiddleware, or
    crawler/middlewares/politeness.py for the requests it let through unchecked)."""
    return bool(failure.check(IgnoreRequest)) and str(failure.value) == ROBOTS_FORBIDDEN


def _no_robots_txt(status: int) -> bool:
    """Whether a robots.txt's error status says the host has none: a 4xx other than 429
    (RFC 9309 2.3.1.3), as RobotsTxtPolicyMiddleware reads it."""
    return 400 <= status < 500 and status != TOO_MANY_REQUESTS


def _failure_reason(failure: Failure) -> str:
    """Why a request got no page to read, in words ("HTTP 404", "over DOWNLOAD_MAXSIZE")."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if _over_size_limit(failure):
        # Named by its cause: "DownloadCancelledError" left the reader to guess.
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("news_kind") == "sitemap":
            return "over NEWS_SITEMAP_MAXSIZE"
        return "over DOWNLOAD_MAXSIZE"
    if _forbidden_by_robots(failure):
        return "forbidden by robots.txt"  # it said "IgnoreRequest", a class name
    if isinstance(failure.value, NotYet):
        # A named page the store holds pending or gave up: "NotYet" said nothing.
        return failure.value.why()
    if failure.check(IgnoreRequest) and str(failure.value):
        # Why the request was dropped, in the words of whoever dropped it: a listing caught
        # in a redirect loop failed "IgnoreRequest", one whose host asked for a Retry-After
        # longer than NEWS_RETRY_AFTER_MAX "TransientIgnore", class names that said nothing.
        return str(failure.value)
    words = network_fault(failure.value, _download_timeout(failure))
    if words is not None:
        return words  # "DownloadTimeoutError" named a class, not what the host did
    return failure.type.__name__ if failure.type is not None else "error"


def _download_timeout(failure: Failure) -> float | None:
    """The DOWNLOAD_TIMEOUT the failed request was downloaded with, when it is known."""
    request = getattr(failure, "request", None)
    timeout = request.meta.get("download_timeout") if request is not None else None
    return float(timeout) if isinstance(timeout, (int, float)) else None


def sitemap_maxsize(download_maxsize: int, protocol_maxsize: int) -> int:
    """The bytes a sitemap may have: the protocol's size, or DOWNLOAD_MAXSIZE when that is
    larger or 0 (no limit)."""
    if download_maxsize <= 0:
        return 0
    return max(download_maxsize, protocol_maxsize)


def _hint_date(hints: dict[str, Any]) -> datetime | None:
    """The latest instant the listing's publication date (else its lastmod) may mean
    (:func:`crawler.clock.latest`). It was read as the instant it starts, in UTC: an entry
    dated yesterday was older than a day at midnight UTC, though it may be hours old in
    America, and a sitemap's year or month ("2019") was no date at all."""
    value = hints.get("published") or hints.get("lastmod")
    return latest(str(value)) if value else None


# How the warning about a listing's unusable links names each kind of listing.
_LISTING_NAMES = {"feed": "Feed", "sitemap": "Sitemap", "robots": "robots.txt"}


def _count_skipped(stats: StatsCollector, kind: str, url: str, skipped: Skipped) -> None:
    """Count a listing's entries whose link no one can fetch (``news/<kind>/bad_link``) and
    say which listing lost them: counted only, they were lost from the terminal and the log
    alike (a feed's item without a link, a "javascript:" link, a port out of range)."""
    if not skipped.count:
        return
    stats.inc_value(f"news/{kind}/bad_link", skipped.count)
    logger.warning(
        "%s %s: %d entries without a usable link skipped (first: %s)",
        _LISTING_NAMES[kind],
        url,
        skipped.count,
        repr(without_userinfo(skipped.first)) if skipped.first else "no link",
    )


def _header(response: Response, name: bytes) -> str | None:
    """A header as the store keeps it (an article's validators): latin-1, which decodes any
    bytes a server sends; None when it is missing or empty (no validator, then)."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _reads_pruned(index: str, pruned: Future[int]) -> None:
    """Say what a prune of the reads of ``index`` did; one that failed loses nothing (the
    rows stay, and the next full read of the index prunes them)."""
    exc = pruned.exception()
    if exc is not None:
        logger.warning("Sitemaps %s no longer names not forgotten yet: %s", index, exc)
    elif pruned.result():
        logger.debug("Forgot %d sitemaps %s no longer names", pruned.result(), index)


class NewsSpider(scrapy.Spider):
    name = "news"
    # Generated subclasses set this from sources.toml; the ad-hoc spider builds it from -a.
    news_source: Source | None = None
    # Whether start() asks again for the articles earlier runs of the source left unfinished;
    # `scrapy explain`, which crawls one stored page as its source, asks for that page alone.
    retries_pending = True
    # Bounds (from_crawler sets them from NEWS_LISTING_MAX_ENTRIES, NEWS_SITEMAP_MAX_*; 0: none).
    max_entries = 0
    sitemap_max_depth = 0
    sitemap_max_count = 0
    # Bytes a sitemap may have, downloaded or unpacked (sitemap_maxsize: from_crawler).
    sitemap_maxsize = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        adhoc = {k: kwargs.pop(k) for k in (*ADHOC_KEYS, *WARC_FILTERS) if k in kwargs}
        super().__init__(*args, **kwargs)
        self.news_source = spider_source(self.name, self.news_source, adhoc)
        # Archive ingestion (-a warc=…): the files and filters, checked before the crawl starts.
        self.warc_input: WarcInput | None = warc_input(adhoc)
        src = self.news_source
        # Declared domains bind every request (Scrapy's offsite filter); without them a feed
        # may link to articles on another host of the outlet, as many do.
        self.allowed_domains = list(src.allowed_domains)
        self._follow_domains = tuple(d.lower() for d in src.domains())
        # The source's own listings and start pages: never an article's canonical URL.
        self._listing_urls = frozenset(
            canonicalize_url(u) for u in (*src.feeds, *src.sitemaps, *src.start_urls)
        )
        # Scrapy's allow_domains compares host:port, so hosts are checked in _may_follow.
        self._links = LinkExtractor(allow=src.follow_allow, deny=src.follow_deny, unique=True)
        # Listings read only in part (a bound was hit), and sitemap indexes: their validators
        # are not kept, so the next run reads them in full again (middlewares/conditional.py).
        self.incomplete_listings: set[str] = set()
        # Listings read in full that named an article refused for a reason that may pass
        # (``_refused_for_now``): their validators are not kept either, but a sitemap among
        # them counts as read (sitemap_reads), or one naming a page robots.txt always refuses
        # would be read first by every run under NEWS_SITEMAP_MAX_COUNT.
        self.refused_listings: set[str] = set()
        self._sitemaps_requested = 0
        # Sitemaps asked for this run (canonical URLs), and those read in full: a sitemap
        # named by the source and an index, or by two indexes, is asked for once.
        self._sitemaps_asked: set[str] = set()
        self._sitemaps_read: set[str] = set()
        # Sitemaps of an index read in full this run, with the URLs they answered from:
        # kept at the close as read (record_children), unless one of them was read in part.
        self._children_read: dict[sitemap_reads.Child, tuple[str, ...]] = {}
        # Indexes named by an index, read whole this run, with the sitemaps they name that
        # are still to be read in full before they are (_index_read).
        self._open_indexes: dict[str, tuple[sitemap_reads.Child, set[str]]] = {}
        # Hosts outside allowed_domains already named in a warning (offsite_dropped).
        self._offsite_hosts: set[str] = set()
        # A site crawl's pages that a listing of this run also names (crawler/sitecrawl.py):
        # whichever request reaches the page, it gets the listing's hints and its links read.
        self.listed = ListedPages()
        # An index's sitemaps, fetched as the queue drains (from_crawler sets the low water).
        self.frontier = ListingFrontier(low_water=200)
        # One callback object per kind of page for the whole crawl. Before it calls a
        # generator callback, Scrapy reads its source to warn of a return value
        # (inspect.getsource and ast.parse of parse_article: about 1.8 ms of CPU) and keeps the
        # answer only while that callback object lives; a bound method made for each request
        # died with its request, so the source was read again every few dozen articles.
        self._article_callback = self.parse_article
        self._page_callback = self.parse_page
        self._revisit_callback = self.parse_revisit
        # With robots.txt not obeyed, a site's robots.txt downloaded for its sitemaps, read up
        # to robots.txt's size limit (set by ``start``): one over DOWNLOAD_MAXSIZE was
        # cancelled, its sitemaps unread.
        self._robots_limit: RobotsSizeLimit | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_entries = settings.getint("NEWS_LISTING_MAX_ENTRIES")
        spider.sitemap_max_depth = settings.getint("NEWS_SITEMAP_MAX_DEPTH")
        spider.sitemap_max_count = settings.getint("NEWS_SITEMAP_MAX_COUNT")
        spider.sitemap_maxsize = sitemap_maxsize(
            settings.getint("DOWNLOAD_MAXSIZE"), settings.getint("NEWS_SITEMAP_MAXSIZE")
        )
        spider.frontier = ListingFrontier(low_water=settings.getint("NEWS_SITEMAP_LOW_WATER"))
        crawler.signals.connect(spider.stop_non_html, signal=signals.headers_received)
        crawler.signals.connect(spider.refill, signal=signals.request_reached_downloader)
        crawler.signals.connect(spider.listing_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.site_page_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.redirect_looped, signal=signals.request_dropped)
        crawler.signals.connect(spider.release_held, signal=signals.spider_idle)
        crawler.signals.connect(spider.follow_listed, signal=signals.spider_idle)
        crawler.signals.connect(spider.offsite_dropped, signal=signals.request_scheduled)
        crawler.signals.connect(spider.opened, signal=signals.spider_opened)
        return spider

    def opened(self) -> None:
        """Connect record_children now: a handler connected after every component of the
        crawl is built runs after theirs at the close, the pending articles' among them, so
        it sees whether those were written (news/fatal/…)."""
        self.crawler.signals.connect(self.record_children, signal=signals.spider_closed)

    def record_children(self, reason: str) -> None:
        """Keep the sitemaps of an index read in full this run as read (sitemap_reads), so
        that the next runs read the others first under NEWS_SITEMAP_MAX_COUNT.

        Whatever the close's reason: each of their entries went through article_request, and
        the close has kept those not finished pending. Not when a write of the run failed
        (its articles may be lost, and their sitemaps are read again), nor for a sitemap
        read in part (failed, cut off, entries left over): they are read again first. Most
        were kept already as the run went (_keep_read): kept again, at the close's time.
        """
        if self._unrecordable():
            return
        incomplete = self.incomplete_listings
        read = [c for c, urls in self._children_read.items() if incomplete.isdisjoint(urls)]
        if not read:
            return
        now = now_iso()
        try:
            database_for(self.crawler).write(
                functools.partial(
                    sitemap_reads.record, source=self.source_name, children=read, now=now
                )
            ).result()
        except database_errors(OSError) as exc:
            # Nothing lost: those sitemaps are read again by the next run.
            logger.warning(
                "Sitemaps read this run not recorded (%s); the next run reads them again", exc
            )
            return
        logger.debug("Recorded %d sitemaps read in full (reason %s)", len(read), reason)

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

    @functools.cached_property
    def pending(self) -> PendingArticles | None:
        """Accounts for every article a listing yields (crawler/extensions/pending.py).

        Looked up on first use: extensions are built after the spider.
        """
        return pending_for(self.crawler)

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
        robots_txts = []
        if src.start_urls and not src.sitemaps and not src.feeds:
            # A source that names only its site: its robots.txt may list its sitemaps. Asked
            # for before the entries, which may have it read first.
            robots_txts = list(dict.fromkeys(robots_url(u) for u in src.start_urls))
        robots = self._robots_middleware
        if robots is not None:
            for url in robots_txts:
                robots.hand_over(url)
        elif robots_txts:
            self._robots_limit = RobotsSizeLimit(self.crawler)
        # Entry requests are the URLs the user named: a source whose entries all fail has
        # failed (crawler/runs/outcome.py), whatever Scrapy's finish reason says.
        entries = [self.listing_request(u, "feed", self.parse_feed) for u in src.feeds]
        entries += [self.sitemap_request(u, depth=0) for u in src.sitemaps]
        entries += [
            scrapy.Request(
                url, callback=self._page_callback, cb_kwargs={"depth": 0}, dont_filter=True
            )
            for url in src.start_urls
        ]
        entries += [self.article_request(url, {}) for url in src.urls]
        for request in entries:
            request.meta["news_entry"] = True
            if request.errback is None:
                request.errback = self.entry_failed
            self.crawler.stats.inc_value("news/entry/requested")
            yield request
        # Articles earlier runs did not finish, whatever their listings answer this time.
        if self.pending is not None and self.retries_pending:
            for row in self.pending.due(src.name):
                self.crawler.stats.inc_value("news/pending/retried")
                if row.given_up:
                    self.crawler.stats.inc_value("news/pending/retried_given_up")
                request = self.article_request(row.fetch_url, row.hints)
                request.meta["news_pending_due"] = True
                yield request
        for url in robots_txts:
            # A failure is said by robots_failed, or by the robots.txt middleware.
            meta = {"news_kind": "robots", "give_up_log_level": "DEBUG"}
            if self._robots_limit is not None:
                self._robots_limit.ask(meta)
            # Answered by the robots.txt middleware with what it read (no second download),
            # or, robots.txt not obeyed, downloaded.
            yield scrapy.Request(
                url,
                callback=self.parse_robots,
                errback=self.robots_failed,
                dont_filter=True,
                meta=meta,
            )
        for request in self.revisit_requests():
            yield request

    def revisit_requests(self) -> Iterator[scrapy.Request]:
        """Stored articles due for a look for updates (crawler/revisit.py), if revisits are on."""
        policy = RevisitPolicy.for_source(self.crawler.settings, self.news_source)
        if not policy.enabled:
            return
        now = clock.now()
        first_since, checked_before = policy.window(now)
        due = versions.due_for_revisit(
            database_for(self.crawler).db,
            self.source_name,
            first_since=first_since,
            checked_before=checked_before,
            now=utc_iso(now),
            limit=policy.max_per_run or None,
        )
        stats = self.crawler.stats
        conditional = self.crawler.settings.getbool("NEWS_CONDITIONAL_GET")
        if policy.max_per_run and len(due) == policy.max_per_run:
            stats.inc_value("news/revisit/capped")
        for row in due:
            stats.inc_value("news/revisit/requested")
            # The validators of the answer the stored row came from: unchanged costs a 304.
            headers = conditional_headers(row.etag, row.last_modified) if conditional else {}
            if headers:
                stats.inc_value("news/revisit/conditional")
            yield scrapy.Request(
                _revisit_url(row.url, row.fetch_url),
                callback=self._revisit_callback,
                errback=self.revisit_failed,
                cb_kwargs={"hints": row.hints},
                headers=headers,
                # Its answer may be the page it is already stored as; nothing else asks for it.
                dont_filter=True,
                priority=_REVISIT_PRIORITY,
                meta={
                    "news_kind": "article",
                    REVISIT_META: row.url,
                    "handle_httpstatus_list": [304],
                },
            )

    def _checked(self, url: str, *, answered: bool = True) -> None:
        """Record that a revisit was done with, so the article waits its interval again."""
        when = now_iso()
        if answered:
            self.crawler.stats.inc_value("news/revisit/answered")
        database_for(self.crawler).write(lambda db: versions.mark_checked(db, url, when, now=True))

    def parse_revisit(
        self, response: Response, hints: dict[str, Any]
    ) -> Iterator[Article | scrapy.Request]:
        """A revisit's answer: a 304 means unchanged; a page goes on as any article.

        The store compares the page's article with the stored one (crawler/storage/versions.py).
        """
        self._checked(response.meta[REVISIT_META])
        if response.status == 304:
            self.crawler.stats.inc_value("news/revisit/not_modified")
            return
        self.crawler.stats.inc_value("news/revisit/fetched")
        yield from self.parse_article(response, hints)

    def revisit_failed(self, failure: Failure) -> Failure:
        """A revisit without a page: an error status, or a refusal on our side (robots.txt, a
        private address), counts as checked (the stored article is kept, and not asked again
        before its interval); a download that got no answer, a passing refusal (a robots.txt
        that could not be read, a long Retry-After), or one a closing crawl did not start, is
        asked again next run."""
        request = getattr(failure, "request", None)
        stats = self.crawler.stats
        if failure.check(HttpError) and request is not None:
            stats.inc_value(f"news/revisit/status_{failure.value.response.status}")
            self._checked(request.meta[REVISIT_META])
        elif (
            failure.check(IgnoreRequest)
            and not failure.check(RunEnded, TransientIgnore)
            and request is not None
        ):
            stats.inc_value("news/revisit/refused")
            self._checked(request.meta[REVISIT_META], answered=False)
        else:
            stats.inc_value("news/revisit/failed")
        return failure

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """The sitemaps a site's robots.txt declares, read as the source's own listings.

        Read as an index's sitemaps are (at the depth of those the source names), within
        NEWS_SITEMAP_MAX_COUNT and in the order that reads them all over the runs: sent as
        they came, a robots.txt naming thousands had thousands read past the bound. They pass
        the dupefilter, so a sitemap declared twice (in the robots.txt of two start pages'
        hosts) is read once.
        """
        why = undecoded(response)
        if why is not None:
            # robots.txt not obeyed, downloaded here: its still-encoded bytes name no sitemap
            # (obeyed, the robots.txt middleware read it as unreachable).
            self.crawler.stats.inc_value("news/robots/undecodable")
            self._robots_unread(response.url, why)
            return
        if self._robots_limit is not None:
            asked = response.meta.get("redirect_urls", [response.url])[0]
            response = self._robots_limit.read(shown_host(urlsplit(asked).netloc), response)
        sitemaps = robots_sitemaps(response.body, response.url)
        self.crawler.stats.inc_value("news/robots/sitemaps", len(sitemaps.urls))
        _count_skipped(self.crawler.stats, "robots", response.url, sitemaps.skipped)
        if COPY_READ in response.flags:
            self.crawler.stats.inc_value("news/robots/sitemaps_from_copy")
        links = [Link(url) for url in sitemaps.urls]
        yield from self._child_sitemaps(response, links, whole=False, depth=0, lister="robots.txt")

    def robots_failed(self, failure: Failure) -> None:
        """A site's robots.txt that gave no answer to read its sitemaps from (after the
        retries). While robots.txt is obeyed the middleware answers the request with what
        it read, the copy the host last answered while its own is unreachable (its sitemaps
        read, flagged COPY_READ), or refuses it (complete disallow, said by the middleware).
        Only Scrapy's INFO line said the sitemaps went unread, the source "ok" with the
        articles only they list left out."""
        request = getattr(failure, "request", None)
        if request is None:
            return
        if failure.check(HttpError):
            if _no_robots_txt(failure.value.response.status):
                return  # none there (RFC 9309 2.3.1.3): no sitemaps named
        elif failure.check(IgnoreRequest):
            return  # refused on our side: said where it was (complete disallow, …)
        self._robots_unread(request.url, _failure_reason(failure))

    def _robots_unread(self, url: str, why: str) -> None:
        """Count and say the robots.txt at ``url`` whose sitemaps were not read, and why."""
        self.crawler.stats.inc_value("news/robots/sitemaps_unread")
        logger.warning(
            "robots.txt %s not read: %s; the sitemaps it names are read by the next run", url, why
        )

    def _queued(self) -> int:
        """Requests waiting in the scheduler (0 before the engine runs, as in unit tests)."""
        try:
            scheduler = self.crawler.engine.scheduler
        except RuntimeError:  # Crawler.engine raises until the crawl starts
            return 0
        return len(scheduler) if scheduler is not None else 0  # type: ignore[arg-type]

    def _release(self) -> list[scrapy.Request]:
        """The held sitemaps the scheduler has room for now; the scheduler is asked only
        while some are held, since refill runs for every request that leaves it."""
        return self._counted(self.frontier.release(self._queued())) if self.frontier.held else []

    def refill(self, request: scrapy.Request, **_: Any) -> None:
        """A request left the scheduler: send held sitemaps if the queue ran low."""
        if self.frontier.held:
            for held in self._release():
                self.crawler.engine.crawl(held)

    def listing_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A released sitemap the dupefilter dropped (named twice) leaves room for the next."""
        self.frontier.settled(request)

    def redirect_looped(self, request: scrapy.Request, **_: Any) -> None:
        """An article whose redirects lead back into their own chain (A → B → A).

        The dupefilter drops the request back to A, so REDIRECT_MAX_TIMES never ends the
        loop: the article stayed pending "not fetched" without spending an attempt, was asked
        again by every run for ever, and a run of it alone failed without a reason. It is a
        failed try now (given up after NEWS_PENDING_MAX_ATTEMPTS), counted and named.

        A redirect to a page asked for elsewhere in the run is no loop: the article is that
        page, and is stored when it is. Left open, it was kept pending "not fetched" and
        fetched again by the next run, where the page's own request, coming first, had it
        dropped again: "1 unfinished" every other run for a stored article.
        """
        key = request.meta.get("news_article")
        if key is None or not request.meta.get("redirect_urls"):
            return
        if request.url not in request.meta["redirect_urls"]:
            if self.pending is not None:
                self.pending.item_for(key, canonicalize_url(request.url))
            return
        self.crawler.stats.inc_value("news/skip/redirect_loop")
        self._note_entry_error(request, "a redirect loop")
        logger.warning("Not storing %s: its redirects lead back to %s", key, request.url)
        if self.pending is not None:
            self.pending.failed(key, "a redirect loop")

    def offsite_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A request outside the source's allowed_domains, which Scrapy's OffsiteMiddleware
        drops as it is scheduled: no errback, no request_dropped signal, a DEBUG line.

        An article listed on another host (or redirected there) stayed pending "not
        fetched", no try spent: "N unfinished" every run for ever, asked again and dropped
        again; a sitemap of an index there kept its place in the frontier. Now the article
        is a drop the summary names (news/skip/offsite) and the sitemap one not read.
        """
        offsite = self._offsite_filter()
        if offsite is None or request.dont_filter or request.meta.get("allow_offsite"):
            return
        if offsite.should_follow(request, self):
            return
        host = urlsplit(request.url).hostname or ""
        if host not in self._offsite_hosts:
            self._offsite_hosts.add(host)
            logger.warning(
                "Not fetching %s: %s is outside the source's allowed_domains (%s)",
                request.url,
                host,
                ", ".join(self.allowed_domains),
            )
        key = request.meta.get("news_article")
        if key is not None:
            self.crawler.stats.inc_value("news/skip/offsite")
            self._refused_for_now(request)
            if self.pending is not None:
                self.pending.done(key)
        elif request.meta.get("news_kind") == "sitemap":
            self.frontier.settled(request)
            self._not_read(request)

    def _offsite_filter(self) -> OffsiteMiddleware | None:
        """Scrapy's OffsiteMiddleware of this crawl, when the source binds its domains."""
        if not self.allowed_domains:
            return None
        return self._offsite_middleware

    @functools.cached_property
    def _offsite_middleware(self) -> OffsiteMiddleware | None:
        """Looked up once, on the first scheduled request: the engine is built after the
        spider, and the lookup scans every downloader middleware."""
        return self.crawler.get_downloader_middleware(OffsiteMiddleware)

    def release_held(self) -> None:
        """Keep the crawl open while sitemaps are held; send what fits."""
        held = self._counted(self.frontier.idle())
        if not held:
            return
        for request in held:
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def listing_failed(self, failure: Failure) -> Failure:
        """A held sitemap that got no usable answer leaves room for the next; Scrapy logs it.

        The index that named it is read again by the next run (_not_read), which asks for it
        again; the sitemaps it read answer 304 then.
        """
        request = getattr(failure, "request", None)
        if request is not None:
            self.frontier.settled(request)
            self._not_read(request)
            # Scrapy logs an ignored 404 at INFO: a sitemap of the index gone, its articles
            # with it, showed nowhere in a cron run at -L WARNING, the source "ok".
            self.crawler.stats.inc_value("news/sitemap/failed")
            parents = request.meta.get("news_listing_parents", ())
            logger.warning(
                "Sitemap %s%s not read: %s; the next run asks for it again",
                request.url,
                f" (in {parents[-1]})" if parents else "",
                _failure_reason(failure),
            )
        return failure

    def listing_request(self, url: str, kind: str, callback: Any) -> scrapy.Request:
        """Feeds and sitemaps: re-read every run, conditionally (middlewares/conditional.py).

        A sitemap may be as large as its protocol allows (NEWS_SITEMAP_MAXSIZE), downloaded,
        unpacked by HttpCompressionMiddleware or by _unpacked: one of a big publisher's, over
        DOWNLOAD_MAXSIZE, failed its source. Nothing else is allowed more.
        """
        url = without_credentials(url, self.crawler.stats)
        # A 304 reaches the callback, which counts it and parses nothing.
        meta: dict[str, Any] = {"news_kind": kind, "handle_httpstatus_list": [304]}
        if kind == "sitemap":
            meta["download_maxsize"] = self.sitemap_maxsize
            # The download warns at DOWNLOAD_WARNSIZE, a page's size: not for a sitemap.
            meta["download_warnsize"] = self.sitemap_maxsize
        return scrapy.Request(url, callback=callback, dont_filter=True, meta=meta)

    def sitemap_request(self, url: str, depth: int) -> scrapy.Request:
        """A sitemap the source names (``depth`` 0): counted against NEWS_SITEMAP_MAX_COUNT at
        once (an index's are counted as they are sent, _counted), its depth kept for
        NEWS_SITEMAP_MAX_DEPTH."""
        self._sitemaps_requested += 1
        request = self.listing_request(url, "sitemap", self.parse_sitemap)
        self._sitemaps_asked.add(canonicalize_url(request.url))
        request.meta["news_sitemap_depth"] = depth
        return request

    def _take_entries(self, response: Response, links: list[Link]) -> list[Link]:
        """The listing's entries to ask for, within NEWS_LISTING_MAX_ENTRIES, in its order;
        entries older than the source's max_age_days are left out.

        A listing of 200,000 entries would otherwise queue them all. Only entries new to the
        store count against the cap: taking the first N entries, every run took the same N
        and those past them were never asked for. Entries the store has (stored, seen,
        pending: asked again by their own rule), and those outside the source's
        allowed_domains, are still asked among the first N places; past them they are not,
        so one run queues at most twice the cap. A URL named again is asked once. The
        entries after the N-th new one are left for the next runs (counted), and the listing
        is read in full again by the next run. The store is asked ``_KNOWN_CHUNK`` entries
        at a time, and no further than needed: canonicalizing 50,000 URLs takes seconds.
        """
        cap = self.max_entries
        if cap <= 0 or len(links) <= cap:
            return [link for link in links if not self._too_old(link.hints)]
        db = database_for(self.crawler).db
        taken: list[Link] = []
        new = 0
        listed: set[str] = set()
        for start in range(0, len(links), _KNOWN_CHUNK):
            chunk = [
                (place, link)
                for place, link in enumerate(links[start : start + _KNOWN_CHUNK], start)
                if not self._too_old(link.hints)
            ]
            keys = [canonicalize_url(link.url) for _, link in chunk]
            known = known_urls(db, keys)
            for (place, link), key in zip(chunk, keys, strict=True):
                if key in listed:
                    # Named again: one request asks for it. Counted each time, 5000 copies
                    # of one URL took every place and the entries after them were lost.
                    self.crawler.stats.inc_value("news/listing/repeated")
                    continue
                listed.add(key)
                if key in known or self._offsite_url(link.url) or self._forbidden_url(link.url):
                    # An entry outside allowed_domains is dropped as it is scheduled
                    # (offsite_dropped), one robots.txt forbids as it is downloaded: stored
                    # never, new to the store every run, it took a place each run, and a
                    # listing led by such entries gave nothing else.
                    if place < cap:
                        taken.append(link)
                    continue
                if new == cap:
                    self._capped(response, len(links), len(links) - place)
                    return taken
                new += 1
                taken.append(link)
        return taken

    def _offsite_url(self, url: str) -> bool:
        """Whether Scrapy's offsite filter will drop a request for ``url`` (a source that
        declares its allowed_domains): its host is none of them, nor below one."""
        if not self.allowed_domains:
            return False
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return True
        domains = (d.lower() for d in self.allowed_domains)
        return not any(host == d or host.endswith("." + d) for d in domains)

    def _forbidden_url(self, url: str) -> bool:
        """Whether the robots.txt of ``url``'s host, read already this run, forbids it."""
        robots = self._robots_middleware
        return robots is not None and robots.forbids(url)

    @functools.cached_property
    def _robots_middleware(self) -> RobotsTxtPolicyMiddleware | None:
        """The crawl's robots.txt middleware (None with ROBOTSTXT_OBEY off, or before the
        engine is built, as in unit tests)."""
        try:
            return self.crawler.get_downloader_middleware(RobotsTxtPolicyMiddleware)
        except RuntimeError:
            return None

    def _capped(self, response: Response, entries: int, left: int) -> None:
        """A listing whose last ``left`` entries wait for the next runs (counted, said); its
        validators are not kept, so the next run reads it in full."""
        cap = self.max_entries
        self.crawler.stats.inc_value("news/listing/capped")
        self._left_for_later(
            response,
            "news/listing/capped_entries",
            left,
            "Listing %s has %d entries; %d new to the store taken (NEWS_LISTING_MAX_ENTRIES=%d), "
            "the last %d left for the next runs",
            entries,
            cap,
            cap,
        )

    def _left_for_later(
        self, response: Response, stat: str, left: int, message: str, *args: Any
    ) -> None:
        """A listing read in part by a bound of the run: the ``left`` it did not take are
        counted under ``stat`` and said (``message``: its URL, ``args``, then ``left``), and
        its validators are not kept, so the next run reads it in full and takes the rest."""
        self.crawler.stats.inc_value(stat, left)
        self.incomplete_listings.add(response.url)
        logger.warning(message, response.url, *args, left)

    def _child_sitemaps(
        self,
        response: Response,
        links: list[Link],
        whole: bool,
        depth: int | None = None,
        lister: str = "Sitemap index",
    ) -> Iterator[scrapy.Request]:
        """The sitemaps an index names, within the depth and count bounds (counted when hit).

        They are held (ListingFrontier) and yielded as the queue has room for their entries,
        each counted against NEWS_SITEMAP_MAX_COUNT as it goes (_counted). An index read
        ``whole`` waits for its sitemaps to be read (_index_read). ``depth``: theirs, one
        below the index's without it; ``lister``: what named them, as the warnings say it.
        """
        stats = self.crawler.stats
        if depth is None:
            depth = int(response.meta.get("news_sitemap_depth", 0)) + 1
        if self.sitemap_max_depth and depth > self.sitemap_max_depth:
            stats.inc_value("news/sitemap/too_deep", len(links))
            self.incomplete_listings.add(response.url)
            logger.warning(
                "Sitemap index %s is nested %d deep; not following its %d sitemaps "
                "(NEWS_SITEMAP_MAX_DEPTH)",
                response.url,
                depth,
                len(links),
            )
            return
        # The index itself and the indexes above it: an index naming one of them (itself, or
        # two indexes naming each other) was downloaded again, a big one at a big cost.
        above = {
            canonicalize_url(url)
            for url in (response.url, *response.meta.get("news_listing_parents", ()))
        }
        named: set[str] = set()
        index = canonicalize_url(response.url)
        children: list[tuple[Link, sitemap_reads.Child]] = []
        for link in links:
            # A child sitemap whose lastmod is older than max_age_days lists only older
            # articles: not downloaded at all.
            if self._too_old(link.hints):
                stats.inc_value("news/sitemap/child_too_old")
                continue
            key = canonicalize_url(link.url)
            if key in above:
                stats.inc_value("news/sitemap/loop")
                logger.warning(
                    "Sitemap index %s names %s, %s; not read again",
                    response.url,
                    link.url,
                    "itself" if key == index else "an index above it",
                )
                continue
            if key in named:
                # Named again: each copy took a place under NEWS_SITEMAP_MAX_COUNT, and an
                # index naming one sitemap many times left its other sitemaps unread.
                stats.inc_value("news/sitemap/repeated")
                continue
            named.add(key)
            lastmod = link.hints.get("lastmod")
            children.append(
                (link, sitemap_reads.Child(key, str(lastmod) if lastmod else None, index))
            )
        known = self._reads_of(children)
        if whole:
            self._open_index(response, index, [c for _, c in children], known)
        # Asked for already this run (the source names it, or another index does): read once,
        # its articles asked once. The source's own was downloaded again under the index;
        # another index's was dropped by the dupefilter after it took a place under
        # NEWS_SITEMAP_MAX_COUNT, and an index waiting for it was never read.
        to_ask = [(link, c) for link, c in children if c.url not in self._sitemaps_asked]
        if len(to_ask) < len(children):
            stats.inc_value("news/sitemap/asked_already", len(children) - len(to_ask))
        for link, child in self._within_count(response, to_ask, known, lister):
            self._sitemaps_asked.add(child.url)
            request = self.listing_request(link.url, "sitemap", self.parse_sitemap)
            request.meta["news_sitemap_depth"] = depth
            request.meta["news_listing_parents"] = (
                *response.meta.get("news_listing_parents", ()),
                response.url,
            )
            request.meta[_CHILD_META] = child
            request.dont_filter = False
            request.priority = _HELD_LISTING_PRIORITY
            request.errback = self.listing_failed
            self.frontier.hold(request, depth)
        yield from self._release()

    def _reads_of(
        self, children: list[tuple[Link, sitemap_reads.Child]]
    ) -> dict[str, sitemap_reads.Read]:
        """The rows of an index's sitemaps (sitemap_reads), under NEWS_SITEMAP_MAX_COUNT."""
        if not self.sitemap_max_count or not children:
            return {}
        return sitemap_reads.reads(
            database_for(self.crawler).db, self.source_name, (c.url for _, c in children)
        )

    def _open_index(
        self,
        response: Response,
        index: str,
        children: list[sitemap_reads.Child],
        known: dict[str, sitemap_reads.Read],
    ) -> None:
        """An index read whole (``index``, its canonical URL), named by an index itself: it is
        read once each of its sitemaps that may hold entries not read yet
        (sitemap_reads.changed) is read in full this run (_index_read). Never kept as read, a
        nested index went first in every run under NEWS_SITEMAP_MAX_COUNT, however long ago
        all it names was read."""
        request = response.request
        own = request.meta.get(_CHILD_META) if request is not None else None
        if own is None:
            return
        unread = {
            c.url
            for c in children
            if sitemap_reads.changed(c, known.get(c.url)) and c.url not in self._sitemaps_read
        }
        self._open_indexes[index] = (own, unread)
        if not unread:
            self._index_read(index)

    def _index_read(self, index: str, child: str | None = None) -> None:
        """``child`` of the open ``index`` was read in full: the index is read once none is
        left, and the index above it is told in turn."""
        entry = self._open_indexes.get(index)
        if entry is None:
            return
        own, unread = entry
        unread.discard(child or "")
        if unread:
            return
        del self._open_indexes[index]
        # No URLs to check at the close: an index's own stay among the incomplete listings
        # (its validators are never kept); a sitemap of it read in part kept it open.
        self._children_read[own] = ()
        self.crawler.stats.inc_value("news/sitemap/indexes_read")
        self._keep_read(own)
        self._read_in_full(own.url)

    def _read_in_full(self, sitemap: str) -> None:
        """``sitemap`` (its canonical URL) was read in full this run: every open index that
        names it is told, not only the one its request came from. A sitemap two indexes
        name is asked for once, and the other index waited for it for ever: never read,
        it went first in every run under NEWS_SITEMAP_MAX_COUNT."""
        self._sitemaps_read.add(sitemap)
        waiting = [i for i, (_, unread) in self._open_indexes.items() if sitemap in unread]
        for index in waiting:
            self._index_read(index, sitemap)

    def _counted(self, released: list[scrapy.Request]) -> list[scrapy.Request]:
        """Held sitemaps released to go, each counted against NEWS_SITEMAP_MAX_COUNT as it
        goes. Counted when an index named them, an index of indexes spent every place on
        indexes, which name no article: an index of 1000 monthly indexes had its articles
        never read, every run "ok". Once the bound is reached, the sitemaps still held are
        left for the next runs (counted, said; the indexes that named them are read again)."""
        bound = self.sitemap_max_count
        if not bound:
            return released
        out: list[scrapy.Request] = []
        for place, request in enumerate(released):
            if self._sitemaps_requested >= bound:
                self._left_held([*released[place:], *self.frontier.drain()])
                break
            self._sitemaps_requested += 1
            out.append(request)
        return out

    def _left_held(self, requests: list[scrapy.Request]) -> None:
        """Held sitemaps the bound left for the next runs: counted, said, and the
        indexes that named them read in full again by the next run."""
        for request in requests:
            self.frontier.settled(request)
            self._not_read(request)
        self.crawler.stats.inc_value("news/sitemap/children_deferred", len(requests))
        logger.warning(
            "%d sitemaps named by sitemap indexes left for the next runs "
            "(NEWS_SITEMAP_MAX_COUNT=%d reached)",
            len(requests),
            self.sitemap_max_count,
        )

    def _prune_reads(self, response: Response, links: list[Link]) -> None:
        """Delete the rows of the sitemaps this index, read whole, no longer names
        (sitemap_reads.prune): a site naming a sitemap per day left a row for every day it
        was ever read. Not for an index cut off, which may name more than was read."""
        named = [canonicalize_url(link.url) for link in links]
        pruned = database_for(self.crawler).write(
            functools.partial(
                sitemap_reads.prune,
                source=self.source_name,
                index=canonicalize_url(response.url),
                named=named,
            )
        )
        pruned.add_done_callback(functools.partial(_reads_pruned, response.url))

    def _within_count(
        self,
        response: Response,
        children: list[tuple[Link, sitemap_reads.Child]],
        known: dict[str, sitemap_reads.Read],
        lister: str,
    ) -> list[tuple[Link, sitemap_reads.Child]]:
        """The sitemaps of an index (or robots.txt: ``lister``) to hold this run, within
        NEWS_SITEMAP_MAX_COUNT, in the order to read them.

        Those that may hold entries not read yet go first (crawler/storage/sitemap_reads.py),
        whether they all fit or not: the bound is counted as they go (_counted), and an index
        of indexes fits where its sitemaps do not. Those past the room left are left for the
        next runs (counted, said; the index is read in full again). Taken in the index's
        order, every run read the same first sitemaps, and the articles of the others were
        never fetched.
        """
        if not self.sitemap_max_count:
            return children
        listed = [child for _, child in children]
        order = sitemap_reads.reading_order(listed, known)
        room = max(self.sitemap_max_count - self._sitemaps_requested, 0)
        if len(children) > room:
            self._left_for_later(
                response,
                "news/sitemap/children_deferred",
                len(children) - room,
                f"{lister} %s names %d sitemaps; %d read this run "
                "(NEWS_SITEMAP_MAX_COUNT=%d), the other %d left for the next runs",
                len(children),
                room,
                self.sitemap_max_count,
            )
        return [children[place] for place in order[:room]]

    def _entry_ok(self, response: Response) -> None:
        """Count an entry URL that gave what it was named for (a page, a readable listing)."""
        if response.meta.get("news_entry"):
            self.crawler.stats.inc_value("news/entry/ok")

    def _modified(self, response: Response) -> bool:
        """Whether a listing's answer holds entries to read: not when it was not modified
        (304), which still counts as the entry's answer when the request asked conditionally.

        A 304 to a request without validators (a misconfigured cache or server; no run has
        kept any for the listing) says nothing was read: it counted as answered, the run
        "ok, 0 new" with the listing never read, every run. It is the entry's error now.
        """
        if response.status != 304:
            return True
        headers = response.request.headers if response.request is not None else {}
        if b"If-None-Match" in headers or b"If-Modified-Since" in headers:
            self._entry_ok(response)
            self.crawler.stats.inc_value("news/listing/not_modified")
            return False
        self.crawler.stats.inc_value("news/listing/unasked_304")
        self._not_read(response.request)
        self._note_entry_error(response.request, "HTTP 304 to a request without validators")
        logger.warning(
            "%s answered 304 Not Modified though nothing was asked conditionally; "
            "nothing read there, the next run asks again",
            response.url,
        )
        return False

    def _unusable_listing(self, response: Response, kind: str, body: bytes | None = None) -> None:
        """A listing URL that answered with something else (an HTML page, an error page, the
        other kind of listing: ``body``, unpacked); kept as the entry's error, so a source
        failed for it says why."""
        self.crawler.stats.inc_value(f"news/{kind}/unusable")
        self._not_read(response.request)
        other = listing_kind(response.body if body is None else body)
        if other is not None and other != kind:
            self._note_entry_error(response.request, f"not a {kind} but a {other}")
            logger.warning(
                "%s is a %s, not a %s; give it as a %s (-a %s=URL, or %ss in sources.toml)",
                response.url,
                other,
                kind,
                other,
                other,
                other,
            )
            return
        self._note_entry_error(response.request, f"not a {kind}")
        logger.warning(
            "%s is not a %s (nothing to read there); check the URL in the source",
            response.url,
            kind,
        )

    def _cut_off(self, response: Response, kind: str, entries: int) -> None:
        """A listing that ends before its last element closes (a file served while it was
        written, a gzip file that ends early): its first entries are read, and it is read
        again in full by the next run. The recovering parsers read it as if that were all,
        with at most a warning that it was ill-formed, and its ETag kept: the next run's 304
        left the rest of its entries unread for as long as the file did not change."""
        self.crawler.stats.inc_value(f"news/{kind}/cut_off")
        self._not_read(response.request)
        logger.warning(
            "%s %s is cut off (it ends before its last element closes); %d entries read, "
            "the next run reads it again in full",
            kind.capitalize(),
            response.url,
            entries,
        )

    def _cut_before_first_entry(self, response: Response, kind: str) -> None:
        """A listing cut before its root element (in a gzip file's header, or in its first
        bytes): a download cut short like any other, read again by the next run. It was "not
        a feed" or "not a sitemap", with a warning to check the URL."""
        self._note_entry_error(response.request, "cut off before its first entry")
        self._cut_off(response, kind, 0)

    def _refused_for_now(self, request: scrapy.Request) -> None:
        """An article refused on our side for a reason the source's settings or the site may
        lift (robots.txt, a private address not in ``allow_hosts``, a host outside
        ``allowed_domains``): not pending (a refusal is no try), so the listings naming it
        keep no validators, and the next run reads them in full and asks for it again. Kept,
        the listing's 304 left it unasked once ``allow_hosts`` named its host, as the
        refusal's warning says to, for as long as the listing did not change."""
        self.refused_listings.update(request.meta.get(_LISTINGS_META, ()))

    def _not_read(self, request: scrapy.Request | None) -> None:
        """A listing whose entries were not read (no answer, not a listing, damaged, too
        large), and the sitemap indexes that named it: their validators are not kept, so
        the next run reads them in full and asks for it again. Kept, an index answered 304
        and its failed sitemap was never asked for again: its articles were lost for as long
        as the index did not change, each run "ok"."""
        if request is None:
            return
        self.incomplete_listings.add(request.url)
        self.incomplete_listings.update(request.meta.get("news_listing_parents", ()))

    def _too_old(self, hints: dict[str, Any]) -> bool:
        """Skip listing entries older than the source's max_age_days, by the listing's date."""
        assert self.news_source is not None
        max_age = self.news_source.max_age_days
        if max_age is None:
            return False
        when = _hint_date(hints)
        if when is None or when >= clock.now() - timedelta(days=max_age):
            return False
        self.crawler.stats.inc_value("news/listing/too_old")
        return True

    def article_request(
        self, url: str, hints: dict[str, Any], listing: Response | None = None
    ) -> scrapy.Request:
        """A listed article; its end (stored, dropped, unfinished) is accounted for.
        ``listing``: the feed or sitemap that named it, read again in full by the next run
        when the article is refused for a reason that may pass (``_refused_for_now``)."""
        url = without_credentials(url, self.crawler.stats)
        key = canonicalize_url(url)
        if self.pending is not None:
            self.pending.listed(key, url, hints)
        if self.news_source is not None and self.news_source.start_urls:
            self.listed.named(key, hints)
        request = scrapy.Request(
            url,
            callback=self._article_callback,
            errback=self.article_failed,
            cb_kwargs={"hints": hints},
            priority=_ARTICLE_PRIORITY,
            meta={"news_kind": "article", "news_article": key},
        )
        if listing is not None:
            request.meta[_LISTINGS_META] = _listing_urls(listing)
        limit = self.crawler.settings.getint("URLLENGTH_LIMIT")
        if limit and len(request.url) > limit:
            self._too_long(key, request.url, limit)
        return request

    def _too_long(self, key: str, url: str, limit: int) -> None:
        """An article whose URL Scrapy's UrlLengthMiddleware will drop, unsaid but for an
        INFO line: it stayed pending "not fetched", no try spent, "1 unfinished" in every
        run for ever. A drop the summary names now, given up at once as a page over
        DOWNLOAD_MAXSIZE is: its URL will not get shorter, the limit may be raised."""
        if self.pending is not None and self.pending.given_up(key):
            # Given up by an earlier run: skipped as the incremental middleware skips a
            # given-up page it sees (this request never reaches it).
            self.crawler.stats.inc_value("news/incremental/skip_given_up")
            self.pending.keep(key)
            return
        self.crawler.stats.inc_value("news/skip/url_too_long")
        logger.warning(
            "Not fetching %s…: its URL is %d characters, over URLLENGTH_LIMIT=%d "
            "(-s URLLENGTH_LIMIT=N -s NEWS_PENDING_RETRY_GIVEN_UP=True asks for it again)",
            url[:SHOWN_CHARS],
            len(url),
            limit,
        )
        if self.pending is not None:
            self.pending.failed(key, "URL over URLLENGTH_LIMIT", final=True)

    def entry_failed(self, failure: Failure) -> Failure:
        """A feed, sitemap or start page the user named got no answer to read; handed back,
        so Scrapy logs and counts it as it does without an errback."""
        self._note_entry_failure(failure)
        return failure

    def _note_entry_failure(self, failure: Failure) -> None:
        """Keep the first entry URL's failure (``news/entry/error``): when no entry answers,
        the source's failure names it. A 404 feed failed the source with "none of 1 entry
        URL(s) answered" alone, and Scrapy logs an ignored 404 at INFO, which a cron run at
        -L WARNING does not show."""
        self._note_entry_error(getattr(failure, "request", None), _failure_reason(failure))

    def _note_entry_error(self, request: scrapy.Request | None, why: str) -> None:
        """Keep ``why`` as ``news/entry/error`` when ``request`` is the first failed entry."""
        stats = self.crawler.stats
        if request is None or not request.meta.get("news_entry"):
            return
        if stats.get_value("news/entry/error") is None:
            stats.set_value("news/entry/error", f"{why} from {request.url}")

    def article_failed(self, failure: Failure) -> Failure | None:
        """Sort a failed article request: final (gone, blocked, known) or worth a later try.

        The failure is handed back, so Scrapy logs and counts it as it does without an errback
        (download errors, ``httperror/response_ignored_*``).
        """
        self._note_entry_failure(failure)
        request = getattr(failure, "request", None)
        key = request.meta.get("news_article") if request is not None else None
        if self.pending is None or key is None:
            return failure
        if _over_size_limit(failure):
            # Its size will not change: retried by later runs it was downloaded again, up to
            # DOWNLOAD_MAXSIZE each time, NEWS_PENDING_MAX_ATTEMPTS times. A counted skip, not
            # an error: Scrapy's warning has said why, so the failure is not handed back.
            self.crawler.stats.inc_value("news/skip/too_large")
            self.pending.failed(key, "over DOWNLOAD_MAXSIZE", final=True)
            return None
        if failure.check(NotYet):
            self.pending.keep(key)
        elif failure.check(RunEnded):
            pass  # left open: the close records it "not fetched", no try spent
        elif failure.check(TransientIgnore):
            self.pending.failed(key, str(failure.value))
        elif failure.check(HttpError):  # an IgnoreRequest too: checked first
            status = failure.value.response.status
            if status in _TRANSIENT_STATUSES or status >= 500:
                self.pending.failed(key, f"HTTP {status}")
            else:
                # Gone (404, 410) or refused for good: a drop the run's summary names; it
                # was only in Scrapy's httperror stats.
                self.crawler.stats.inc_value(f"news/skip/http_{status}")
                self.pending.done(key)
        elif failure.check(IgnoreRequest):
            if _forbidden_by_robots(failure):
                # A drop the run's summary names: only Scrapy's robotstxt/forbidden counted
                # it, so a feed whose articles robots.txt disallows said "ok; 0 dropped".
                self.crawler.stats.inc_value("news/skip/robots_txt")
            if request is not None and (_forbidden_by_robots(failure) or failure.check(NotPublic)):
                self._refused_for_now(request)
            if str(failure.value).startswith("already stored"):
                wanted = self.listed.skipped_as_stored(key)
                if wanted is not None:
                    self._ask_again(wanted)
            self.pending.done(key)  # already stored, robots.txt, offsite, private address
        else:
            words = network_fault(failure.value, _download_timeout(failure))
            why = words or f"{failure.type.__name__}: {failure.value}"
            self.pending.failed(key, why[:300])
        return failure

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if not self._modified(response):
            return
        stats = self.crawler.stats
        # A feed that is a gzip file (feed.xml.gz, or one gzipped twice) was "not a feed".
        unpacked = self._unpacked(response, "feed")
        if unpacked is None:
            return
        body, whole = unpacked
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
        if body is not response.body:
            content_type = None  # the header names the gzip file, not the feed in it
        result = parse_feed(body, response.url, content_type)
        if result.unusable and not whole:
            self._cut_before_first_entry(response, "feed")
            return
        if result.unusable:
            self._unusable_listing(response, "feed", body)
            return
        self._entry_ok(response)
        stats.inc_value("news/feed/parsed")
        if not (whole and result.complete):
            self._cut_off(response, "feed", len(result.links))
        elif result.malformed:
            stats.inc_value("news/feed/malformed")
            logger.warning(
                "Feed %s is ill-formed; recovered %d links", response.url, len(result.links)
            )
        _count_skipped(stats, "feed", response.url, result.skipped)
        if result.unread_zones:
            # Dated in a zone name of several offsets or none ("IST", "BST", a military letter):
            # their day is kept, not a time guessed in one of the zones it may mean.
            stats.inc_value("news/feed/date_zone_unread", result.unread_zones)
        stats.inc_value("news/feed/links", len(result.links))
        for link in self._take_entries(response, self._found(result.links)):
            yield self.article_request(link.url, link.hints, response)

    def _found(self, links: list[Link]) -> list[Link]:
        """A listing's links as they are asked for and kept: without a ``user:password@``
        (crawler.urls.without_credentials), before the store is asked about them or an
        index's sitemaps are kept as read."""
        stats = self.crawler.stats
        return [Link(without_credentials(link.url, stats), link.hints) for link in links]

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        # Settled once all its entries are out: Scrapy queues a callback's requests as it
        # iterates, so settling first let the next sitemap be released into a queue that
        # looked empty. The next one is released by refill, or when the crawl idles.
        try:
            yield from self._read_sitemap(response)
            self._child_read(response)
        finally:
            self.frontier.settled(response.request)  # type: ignore[arg-type]

    def _child_read(self, response: Response) -> None:
        """A sitemap whose entries are all out (a 304 to its validators counts: they were
        kept from a full read): read, unless it was read in part. One an index names is kept
        as read, and the indexes that name it are told. Only once the callback has given its
        last entry: a run stopped while its entries were still being queued had not handed
        the rest to article_request, so nothing keeps them pending."""
        request = response.request
        if request is None:
            return
        urls = (request.url, response.url)
        if not self.incomplete_listings.isdisjoint(urls):
            return
        child = request.meta.get(_CHILD_META)
        if child is not None:
            self._children_read[child] = urls
            self.crawler.stats.inc_value("news/sitemap/children_read")
            self._keep_read(child)
        self._read_in_full(child.url if child is not None else canonicalize_url(request.url))

    def _keep_read(self, child: sitemap_reads.Child) -> None:
        """Keep ``child`` as read with the next checkpoint of the pending articles, in the
        transaction that keeps its unfinished entries pending (crawler/extensions/pending.py).
        Kept at the close only, a run killed (a `timeout` shorter than the run, the OOM
        killer) kept none: a source killed every run read the same first sitemaps for ever.
        Not once a write of the run failed, nor without the pending articles' account, as at
        the close (record_children, which keeps it again then)."""
        if self._unrecordable():
            return
        assert self.pending is not None
        self.pending.with_checkpoint(
            functools.partial(
                sitemap_reads.record, source=self.source_name, children=[child], now=now_iso()
            )
        )

    def _unrecordable(self) -> bool:
        """Whether no sitemap may be kept as read: a write of the run failed (its articles
        may be lost, and their sitemaps are read again), or nothing keeps the unfinished
        articles pending (an EXTENSIONS setting turned the account off)."""
        stats = self.crawler.stats.get_stats()
        return self.pending is None or any(k.startswith(FATAL_PREFIX) for k in stats)

    def _unpacked(self, response: Response, kind: str) -> tuple[bytes, bool] | None:
        """A listing's body, unpacked when it is a gzip file (a .xml.gz served without
        Content-Encoding), and whether it was whole; None when it cannot be read (counted,
        said, and read again by the next run).

        Unpacked within the request's size limit (DOWNLOAD_MAXSIZE; NEWS_SITEMAP_MAXSIZE for a
        sitemap): a small file that expands to gigabytes is refused as it grows past it. A
        file whose every byte inflated but whose trailer is wrong is whole (counted, said):
        read as cut off, its validators were never kept and it was read in full every run.
        A body whose Content-Encoding could not be undone is not read: it was "not a feed".
        """
        why = undecoded(response)
        if why is not None:
            self._not_read(response.request)
            self._note_entry_error(response.request, why)
            return None
        if not gzip_magic_number(response):
            # One or two bytes of a gzip file's magic: a download cut in its first bytes.
            if cut_in_gzip_magic(response.body):
                return b"", False
            return response.body, UNPACKED_CUT not in response.flags
        stats = self.crawler.stats
        max_size = response.meta.get(
            "download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
        )
        try:
            unpacked = unpack(response.body, "gzip", max_size or sys.maxsize - 1)
        except ValueError as exc:
            # Damaged deflate data raised zlib.error out of Scrapy's gunzip: it ended the
            # callback in a traceback, and the source's failure said nothing.
            stats.inc_value(f"news/{kind}/bad_gzip")
            self._not_read(response.request)
            self._note_entry_error(response.request, "a damaged gzip file")
            logger.warning(
                "%s %s is a damaged gzip file (%s)", kind.capitalize(), response.url, exc
            )
            return None
        if max_size and len(unpacked.body) > max_size:
            stats.inc_value(f"news/{kind}/too_large")
            self._not_read(response.request)
            # A source of such a listing alone failed with "none of 1 entry URL(s) answered"
            # and no reason beside it.
            self._note_entry_error(response.request, f"over {max_size} bytes unpacked")
            logger.warning(
                "%s %s exceeds %d bytes unpacked", kind.capitalize(), response.url, max_size
            )
            return None
        if unpacked.damage == BAD_TRAILER:
            said_damage(stats, response.url, BAD_TRAILER)
        return unpacked.body, unpacked.damage != CUT_SHORT

    def _read_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if not self._modified(response):
            return
        stats = self.crawler.stats
        unpacked = self._unpacked(response, "sitemap")
        if unpacked is None:
            return
        body, whole = unpacked
        result = parse_sitemap(body, response.url)
        if result.kind == "invalid" and not whole:
            self._cut_before_first_entry(response, "sitemap")
            return
        if result.kind == "invalid":
            stats.inc_value("news/sitemap/invalid")
            self._unusable_listing(response, "sitemap", body)
            return
        self._entry_ok(response)
        stats.inc_value(f"news/sitemap/{result.kind}")
        if not (whole and result.complete):
            self._cut_off(response, "sitemap", len(result.links))
        _count_skipped(stats, "sitemap", response.url, result.skipped)
        if result.kind == "sitemapindex":
            # An index names its sitemaps, not their articles: it stays the same (a static
            # file without <lastmod>) while they gain articles. Its validator kept, its 304
            # left every sitemap unasked and their new articles unfound, each run "ok".
            # Read in full each run, it costs its sitemaps' own 304s when they did not change.
            self.incomplete_listings.add(response.url)
            children = self._found(result.links)
            if whole and result.complete:
                self._prune_reads(response, children)
            yield from self._child_sitemaps(response, children, whole and result.complete)
            return
        stats.inc_value("news/sitemap/links", len(result.links))
        for link in self._take_entries(response, self._found(result.links)):
            yield self.article_request(link.url, link.hints, response)

    def parse_page(self, response: Response, depth: int) -> Iterator[Any]:
        """Site crawl: every page past the start pages is an article candidate.

        A page a listing of this run names gets the listing's hints, whichever request came
        first: the listing's was dropped as a duplicate of this one, and the page was stored
        without its listing's date, title and author.
        """
        if response.status == 304:
            kept = self._kept_page(response)
            if kept is None:
                return
            response = kept
        elif depth > 0:
            yield from self.parse_article(response, self._hints_for(response))
        elif not self._start_page_ok(response):
            return
        yield from self._follow(response, depth)

    def _follow(self, response: Response, depth: int) -> Iterator[scrapy.Request]:
        """The site crawl's requests for the links of a page at ``depth``."""
        assert self.news_source is not None
        if depth >= self.news_source.depth_limit or not isinstance(response, TextResponse):
            return
        if isinstance(response, JsonResponse):
            # No markup to read links from: its selector holds the parsed data, and the link
            # extractor raised on it (a traceback, an error in the run's count).
            return
        for link in self._links.extract_links(readable(response)):
            if not self._may_follow(link.url):
                continue
            # A site crawl's links, as a feed's or a sitemap's are counted: `scrapy runs`
            # showed 0 links for every site crawl, and could not flag one that found none.
            self.crawler.stats.inc_value("news/site/links")
            yield scrapy.Request(
                without_credentials(link.url, self.crawler.stats),
                callback=self._page_callback,
                cb_kwargs={"depth": depth + 1},
                meta={"news_kind": SITE_KIND},
            )

    def site_page_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A site crawl's request dropped as the duplicate of a listing's for the same page:
        the site crawl still wants its links (read as the listing's answer arrives, or from
        the kept page once the crawl idles)."""
        if request.meta.get("news_kind") != SITE_KIND:
            return
        assert self.news_source is not None
        again = self.listed.site_request_dropped(request, self.news_source.depth_limit)
        if again is not None:
            self._ask_again(again)

    def _ask_again(self, request: scrapy.Request) -> None:
        """Send the site crawl's request for a stored article the listing's request skipped:
        the page was not downloaded this run, and asked conditionally it costs a 304."""
        self.crawler.stats.inc_value("news/site/listed_followed")
        self.crawler.engine.crawl(request.replace(dont_filter=True))

    def follow_listed(self) -> None:
        """At idle: the links of listed pages whose request ended before the site crawl
        wanted them, read from their kept pages (a stored article the listing's request
        skipped, or a page it fetched earlier in the run)."""
        ready = self.listed.ready()
        if not ready:
            return
        database = database_for(self.crawler)
        stats = self.crawler.stats
        sent = 0
        unwritten = 0
        for key in ready:
            page = self._stored_page(database.db, key)
            if page is None and self.listed.may_wait():
                unwritten += 1
                continue
            depth = self.listed.taken(key)
            if page is None:
                stats.inc_value("news/site/links_unread")
                continue
            stats.inc_value("news/site/listed_followed")
            for request in self._follow(page, depth):
                self.crawler.engine.crawl(request)
                sent += 1
        if unwritten:
            self.listed.waited()
        if sent or unwritten:
            raise DontCloseSpider

    def _stored_page(self, db: Any, key: str) -> TextResponse | None:
        """The kept page of the stored article ``key``, as a response to read links from."""
        kept = versions.kept_page(db, key)
        try:
            text = unpack_page(kept[0]) if kept else None
        except PageCodecError:
            text = None
        if kept is None or text is None:
            return None
        return TextResponse(kept[1], body=text.encode("utf-8"), encoding="utf-8")

    def _kept_page(self, response: Response) -> TextResponse | None:
        """A stored article that answered 304: found unchanged, as a revisit's 304 is, and
        its kept page, whose links the site crawl follows as if it had been downloaded (a
        new article linked only from a stored one is still found)."""
        stored = response.meta.get(KEPT_META)
        if not stored:
            return None
        stats = self.crawler.stats
        stats.inc_value("news/site/not_modified")
        database = database_for(self.crawler)
        when = now_iso()
        database.write(lambda db: versions.mark_checked(db, stored, when, now=True))
        page = self._stored_page(database.db, stored)
        if page is None:
            stats.inc_value("news/site/kept_unreadable")
            logger.warning(
                "%s answered 304, and its kept page is unreadable: links not followed", response.url
            )
        return page

    def _hints_for(self, response: Response) -> dict[str, Any]:
        """The hints listings of this run gave the page, under the URL asked for or reached."""
        asked = response.request.url if response.request else None
        hints = self.listed.hints_for(asked, response.url)
        if hints:
            self.crawler.stats.inc_value("news/site/listing_hints")
        return hints

    def _start_page_ok(self, response: Response) -> bool:
        """A start page is an answered entry when it is an HTML page to read links from; a
        PDF, a binary body or one still in a Content-Encoding that could not be undone has
        none, and counted as answered it ended the run "ok; 0 new"."""
        why = undecoded(response)
        advice = "no links read; the next run asks for it again"
        if why is None:
            try:
                page_text(response)
            except NotAPage as exc:
                why = f"not HTML ({exc.detail})" if exc.reason == "non_html" else exc.detail
                advice = "no links to follow; check the URL"
        if why is None:
            self._entry_ok(response)
            return True
        self.crawler.stats.inc_value("news/start/unusable")
        self._note_entry_error(response.request, why)
        logger.warning("%s is no HTML page (%s): %s", response.url, why, advice)
        return False

    def _may_follow(self, url: str) -> bool:
        """Site crawls stay within the source's domains and their subdomains."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self._follow_domains)

    def _skip_for_later(
        self, response: Response, reason: str, why: str, flags: list[str] | None = None
    ) -> None:
        """Skip an article's body that holds no whole page, counted ``news/skip/<reason>``:
        the article stays pending with a try spent, and a named page's entry fails with
        ``why``, as for a download that failed."""
        self._account(response, why)
        self.crawler.stats.inc_value(f"news/skip/{reason}")
        self._note_entry_error(response.request, why)
        if flags is None:
            logger.warning("Not storing %s: %s", response.url, why)
        else:
            logger.warning("Not storing %s: %s (%s)", response.url, why, flags)

    def _account(self, response: Response, outcome: str, item_url: str = "") -> None:
        """Tell the pending tracker how a listed article ended: "done", "item" or an error."""
        key = response.meta.get("news_article")
        if self.pending is None or key is None:
            return
        if outcome == "done":
            self.pending.done(key)
        elif outcome == "item":
            self.pending.item_for(key, item_url)
        else:
            self.pending.failed(key, outcome)

    def _identity(self, response: Response, page: str) -> Identity:
        """The URL the page is stored under: its declared canonical one when trusted
        (crawler/identity.py), so an AMP, mobile, print or campaign URL of a stored article
        adds no second row; the decision is counted under ``news/url/canonical/``."""
        identity = article_identity(
            response.url,
            declared_canonical(page),
            response.meta.get("redirect_urls", ()),
            self._is_listing,
        )
        self.crawler.stats.inc_value(f"news/url/canonical/{identity.decision}")
        return identity

    def _is_listing(self, url: str) -> bool:
        """Whether ``url`` (canonical) is a listing of the source, or a page the store
        remembers as fetched without an article (a front, a section, a tag page)."""
        if url in self._listing_urls:
            return True
        db = database_for(self.crawler).db
        no_article = "SELECT 1 FROM url_seen WHERE url = ? AND target IS NULL AND status = 200"
        return db.execute(no_article, [url]).fetchone() is not None

    def parse_article(
        self, response: Response, hints: dict[str, Any]
    ) -> Iterator[Article | scrapy.Request]:
        """An article page becomes an item; a body that holds no page is skipped and counted.

        A page the user named (-a url=) is an answered entry only when it holds a page: a
        skipped one is the entry's error, so a run whose every named page was binary, no
        HTML or cut short fails (crawler/runs/outcome.py) instead of "ok, 0 new".
        """
        stats = self.crawler.stats
        # Bytes still encoded are no page: the article is tried again by a later run.
        why = undecoded(response)
        if why is not None:
            self._skip_for_later(response, "undecodable", why)
            return
        # A body cut short is no article; it is tried again by a later run (pending).
        if ended_early(response.flags, response.body):
            self._skip_for_later(response, "partial", "the body ended early", response.flags)
            return
        try:
            decoded = page_text(response)
        except NotAPage as exc:
            stats.inc_value(f"news/skip/{exc.reason}")
            if exc.reason == "non_html":
                logger.info("Skipping %s: not HTML (%s)", response.url, exc.detail)
                self._note_entry_error(response.request, f"not HTML ({exc.detail})")
            else:
                logger.warning("Skipping %s: %s", response.url, exc.detail)
                self._note_entry_error(response.request, exc.detail)
            self._account(response, "done")
            return
        # An empty 200 (an origin that failed behind its cache, a crashed script) is no article
        # either: the server's failure, not a page without one. Dropped as such, the article
        # was skipped as seen for NEWS_RECHECK_AFTER_HOURS and then asked again only if a
        # listing read in full still named it: gone from a busy feed by then, it was lost.
        if not decoded.text.strip():
            self._skip_for_later(response, "empty_body", "the body was empty")
            return
        self._entry_ok(response)
        assert isinstance(response, TextResponse)  # page_text() accepts nothing else
        if decoded.repaired:
            stats.inc_value("news/charset/repaired")
            logger.info(
                "Decoded %s as %s, not the declared %s",
                response.url,
                decoded.encoding,
                response.encoding,
            )
        url = self._identity(response, decoded.text).url
        self._account(response, "item", url)
        if not response.meta.get(REVISIT_META):
            depth = self.listed.read(response.meta.get("news_article"))
            if depth is not None:
                self.crawler.stats.inc_value("news/site/listed_followed")
                yield from self._follow(response, depth)
        yield Article(
            url=url,
            fetched_url=response.url,
            source=self.source_name,
            fetched_at=now_iso(),
            fetched_live=True,
            html=decoded.text,
            html_utf8=decoded.utf8,
            hints=hints,
            validators={
                "etag": _header(response, b"ETag"),
                "last_modified": _header(response, b"Last-Modified"),
            },
        )
