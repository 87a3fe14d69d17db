"""Conditional GET for feeds and sitemaps: a listing that did not change costs a 304.

Validators (ETag, Last-Modified) are kept per source, kind and URL in the database and
written only when the crawl finished normally: after a crash or a stop the next run reads
every listing in full, so articles queued from a listing but never fetched are found again.
A 304 says only that the listing did not change since *this reader* read it: kept per URL
alone, a feed read by one source answered 304 to another source naming it (with other
language or age filters) or to the same URL given as a sitemap, and that run reported
"ok, 0 new" for a listing it had never read.

A site crawl's page past the start pages that is a stored article is asked for with the
validators of its stored answer when its page is kept: unchanged, it costs a 304 and the
spider reads its links from the kept page. Fetched in full, every stored article a site
crawl reached was downloaded again by every run to be found "unchanged".
"""

from __future__ import annotations

import logging
from typing import Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from crawler.clock import now_iso
from crawler.extensions.database import database_for
from crawler.runs.outcome import FATAL_PREFIX
from crawler.sources import source_of
from crawler.storage import versions
from crawler.storage.database import SharedDatabase
from crawler.urls import canonicalize_url

logger = logging.getLogger(__name__)

LISTING_KINDS = ("feed", "sitemap")
# A site crawl's request for a page past its start pages (crawler/spiders/site.py).
SITE_KIND = "site"
# Set on such a request asked conditionally: the stored article (canonical URL) it names.
KEPT_META = "news_kept"


class ConditionalGetMiddleware:
    def __init__(self, database: SharedDatabase, stats: StatsCollector, source: str) -> None:
        self.database = database
        self.stats = stats
        # Whose listings these are: the source the crawl reads (see the module's docstring).
        self.source = source
        # The validators of the listings that answered in full this run, by kind and URL:
        # stored at close, and only if the crawl finished (see the module's docstring).
        self.validators: dict[tuple[str, str], dict[str, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("NEWS_CONDITIONAL_GET"):
            raise NotConfigured
        # A spider without a source (none of ours) keeps its validators under its own name.
        source = source_of(crawler.spider)
        name = source.name if source else getattr(crawler.spider, "name", "")
        mw = cls(database_for(crawler), crawler.stats, name)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def process_request(self, request: Request) -> None:
        kind = request.meta.get("news_kind")
        if kind not in (*LISTING_KINDS, SITE_KIND):
            return
        if b"If-None-Match" in request.headers or b"If-Modified-Since" in request.headers:
            return
        if kind == SITE_KIND:
            self._ask_site_page(request)
            return
        row = self.database.db.execute(
            "SELECT etag, last_modified FROM listing_validators"
            " WHERE source = ? AND kind = ? AND url = ?",
            [self.source, kind, request.url],
        ).fetchone()
        if row is None:
            return
        _ask_with(request, *row)
        self.stats.inc_value("news/listing/conditional")

    def _ask_site_page(self, request: Request) -> None:
        """Ask for a stored article with its stored validators (see the module's docstring)."""
        kept = versions.kept_validators(self.database.db, canonicalize_url(request.url))
        if kept is None:
            return
        stored, etag, last_modified = kept
        _ask_with(request, etag, last_modified)
        request.meta[KEPT_META] = stored
        request.meta["handle_httpstatus_list"] = [304]
        self.stats.inc_value("news/site/conditional")

    def process_response(self, request: Request, response: Response) -> Response:
        kind = request.meta.get("news_kind")
        if kind not in LISTING_KINDS or response.status != 200:
            return response
        etag = response.headers.get(b"ETag")
        last_modified = response.headers.get(b"Last-Modified")
        if etag or last_modified:
            self.validators[kind, response.url] = {
                "etag": etag.decode("latin-1") if etag else None,
                "last_modified": last_modified.decode("latin-1") if last_modified else None,
            }
        return response

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if reason != "finished" or not self.validators:
            return
        # A failed write (news/fatal/…) means articles of these listings were not stored.
        if any(k.startswith(FATAL_PREFIX) for k in self.stats.get_stats()):
            logger.info("Listing validators not stored: the run failed")
            return
        # Listings read only in part (an entry or sitemap bound was hit, a sitemap of an index
        # failed, an answer was no listing) are read again, and so are sitemap indexes, whose
        # 304 says nothing of their sitemaps, and listings naming an article refused for a
        # reason that may pass (robots.txt, a private address, a host outside the domains).
        incomplete: set[str] = getattr(spider, "incomplete_listings", set()) | getattr(
            spider, "refused_listings", set()
        )
        now = now_iso()
        rows = [
            {"source": self.source, "kind": kind, "url": url, **v, "updated_at": now}
            for (kind, url), v in self.validators.items()
            if url not in incomplete
        ]
        if not rows:
            return
        # Waited for: the database closes when the engine stops, right after this signal.
        self.database.write(
            lambda db: db.table("listing_validators").upsert_all(rows, pk=("source", "kind", "url"))
        ).result()
        logger.debug("Stored validators of %d listings", len(rows))


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that ask for a page only if it changed since the stored answer that gave
    these validators (none when it gave neither); the spider's revisits use them too."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _ask_with(request: Request, etag: str | None, last_modified: str | None) -> None:
    """Make ``request`` conditional on the validators a stored answer gave."""
    request.headers.update(conditional_headers(etag, last_modified))
