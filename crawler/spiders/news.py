"""One generic news spider, driven by a Source: feeds, sitemaps, site crawls and given URLs.

``scrapy crawl news -a feed=URL`` runs it ad hoc; every source in sources.toml becomes a
subclass of it named after the source (see crawler/spiderloader.py).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.linkextractors import LinkExtractor

from crawler.backpressure import ListingFrontier
from crawler.discovery.robots import robots_url
from crawler.middlewares.politeness import RobotsSizeLimit
from crawler.sitecrawl import ListedPages
from crawler.sources import ADHOC_KEYS, WARC_FILTERS, spider_source
from crawler.spiders.feeds import FeedReading
from crawler.spiders.revisits import Revisits
from crawler.spiders.robotstxt import RobotsTxtReading
from crawler.spiders.site import SiteCrawl
from crawler.spiders.sitemaps import sitemap_maxsize
from crawler.storage import sitemap_reads
from crawler.urls import canonicalize_url
from crawler.warc.ingest import WarcIngest, WarcInput, warc_input

logger = logging.getLogger(__name__)


class NewsSpider(Revisits, SiteCrawl, FeedReading, RobotsTxtReading):
    """Feeds, sitemaps (and those a site's robots.txt declares), a site crawl from start pages,
    given URLs, revisits and WARC input, for one source: each job in a module of its own."""

    name = "news"
    # Whether start() asks again for the articles earlier runs of the source left unfinished;
    # `scrapy explain`, which crawls one stored page as its source, asks for that page alone.
    retries_pending = True

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
