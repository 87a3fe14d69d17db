"""What every job of the news spider shares about its source's entries and listings.

The entry URLs the user named (answered, or failed with the first one's reason); a listing's
answer read or not (a 304, a gzip file, not a listing at all, cut off); its entries taken within
NEWS_LISTING_MAX_ENTRIES and the source's max_age_days; and the listings whose validators are
not kept (crawler/middlewares/conditional.py), so that the next run reads them in full again.
The spider's jobs (crawler/spiders/feeds.py, sitemaps.py, robotstxt.py, site.py, articles.py,
revisits.py) build on :class:`ListingSpider`; crawler/spiders/news.py puts them together.
"""

from __future__ import annotations

import functools
import logging
import sys
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.gz import gzip_magic_number
from twisted.python.failure import Failure

from crawler import clock
from crawler.backpressure import ListingFrontier
from crawler.clock import latest
from crawler.discovery import Link, Skipped, listing_kind
from crawler.extensions.database import database_for
from crawler.extensions.pending import PendingArticles, pending_for
from crawler.middlewares.compression import (
    BAD_TRAILER,
    CUT_SHORT,
    UNPACKED_CUT,
    cut_in_gzip_magic,
    said_damage,
    unpack,
)
from crawler.middlewares.politeness import RobotsTxtPolicyMiddleware
from crawler.responses import undecoded
from crawler.sitecrawl import ListedPages
from crawler.sources import Source
from crawler.spiders.failures import failure_reason
from crawler.storage.pending import known_urls
from crawler.urls import canonicalize_url, without_credentials, without_userinfo

# The logger of every job of the news spider: the name its lines carried in the log and the
# terminal before the spider was split by job (filters and readers know it).
SPIDER_LOGGER = "crawler.spiders.news"
logger = logging.getLogger(SPIDER_LOGGER)

# A long listing's entries checked against the store at a time (NEWS_LISTING_MAX_ENTRIES).
_KNOWN_CHUNK = 500

# Request meta: the URLs of the listing that named an article (as asked and as answered) and
# of the indexes that named that listing (``article_request``).
LISTINGS_META = "news_listings"


def listing_urls(listing: Response) -> tuple[str, ...]:
    """The listing's URL as answered and as asked, and those of the indexes naming it: under
    any of them its validators are kept (crawler/middlewares/conditional.py)."""
    request = listing.request
    if request is None:
        return (listing.url,)
    parents = request.meta.get("news_listing_parents", ())
    return tuple(dict.fromkeys((listing.url, request.url, *parents)))


def hint_date(hints: dict[str, Any]) -> datetime | None:
    """The latest instant the listing's publication date (else its lastmod) may mean
    (:func:`crawler.clock.latest`). It was read as the instant it starts, in UTC: an entry
    dated yesterday was older than a day at midnight UTC, though it may be hours old in
    America, and a sitemap's year or month ("2019") was no date at all."""
    value = hints.get("published") or hints.get("lastmod")
    return latest(str(value)) if value else None


# How the warning about a listing's unusable links names each kind of listing.
_LISTING_NAMES = {"feed": "Feed", "sitemap": "Sitemap", "robots": "robots.txt"}


def count_skipped(stats: StatsCollector, kind: str, url: str, skipped: Skipped) -> None:
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


class ListingSpider(scrapy.Spider):
    """The news spider's shared part: its source, bounds and listings' bookkeeping."""

    # Generated subclasses set this from sources.toml; the ad-hoc spider builds it from -a.
    news_source: Source | None = None
    # A listing's bound (from_crawler sets it from NEWS_LISTING_MAX_ENTRIES; 0: none).
    max_entries = 0
    # Bytes a sitemap may have, downloaded or unpacked (sitemap_maxsize: from_crawler).
    sitemap_maxsize = 0
    # Set by NewsSpider.__init__ (crawler/spiders/news.py), where each is said.
    allowed_domains: list[str]
    incomplete_listings: set[str]
    refused_listings: set[str]
    listed: ListedPages
    frontier: ListingFrontier

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

    def _found(self, links: list[Link]) -> list[Link]:
        """A listing's links as they are asked for and kept: without a ``user:password@``
        (crawler.urls.without_credentials), before the store is asked about them or an
        index's sitemaps are kept as read."""
        stats = self.crawler.stats
        return [Link(without_credentials(link.url, stats), link.hints) for link in links]

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

    def _too_old(self, hints: dict[str, Any]) -> bool:
        """Skip listing entries older than the source's max_age_days, by the listing's date."""
        assert self.news_source is not None
        max_age = self.news_source.max_age_days
        if max_age is None:
            return False
        when = hint_date(hints)
        if when is None or when >= clock.now() - timedelta(days=max_age):
            return False
        self.crawler.stats.inc_value("news/listing/too_old")
        return True

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

    def _listing_body(self, response: Response, kind: str) -> tuple[bytes, bool] | None:
        """A listing's answer to read (its body unpacked, and whether it was whole), or None:
        not modified (304), or not readable (:meth:`_unpacked`)."""
        if not self._modified(response):
            return None
        return self._unpacked(response, kind)

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
        self.refused_listings.update(request.meta.get(LISTINGS_META, ()))

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
        self._note_entry_error(getattr(failure, "request", None), failure_reason(failure))

    def _note_entry_error(self, request: scrapy.Request | None, why: str) -> None:
        """Keep ``why`` as ``news/entry/error`` when ``request`` is the first failed entry."""
        stats = self.crawler.stats
        if request is None or not request.meta.get("news_entry"):
            return
        if stats.get_value("news/entry/error") is None:
            stats.set_value("news/entry/error", f"{why} from {request.url}")
