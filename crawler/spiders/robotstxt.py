"""The news spider's robots.txt reading: the sitemaps a site crawl's robots.txt declares,
read as the source's own listings, and a robots.txt that could not be read said."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.discovery import Link
from crawler.discovery.robots import robots_sitemaps
from crawler.middlewares.politeness import COPY_READ, RobotsSizeLimit, shown_host
from crawler.responses import undecoded
from crawler.spiders.failures import failure_reason, no_robots_txt
from crawler.spiders.listings import SPIDER_LOGGER, count_skipped
from crawler.spiders.sitemaps import SitemapReading

logger = logging.getLogger(SPIDER_LOGGER)


class RobotsTxtReading(SitemapReading):
    """A site crawl's robots.txt read for its sitemaps."""

    # Set by NewsSpider.__init__ and start() (crawler/spiders/news.py).
    _robots_limit: RobotsSizeLimit | None

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
        count_skipped(self.crawler.stats, "robots", response.url, sitemaps.skipped)
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
            if no_robots_txt(failure.value.response.status):
                return  # none there (RFC 9309 2.3.1.3): no sitemaps named
        elif failure.check(IgnoreRequest):
            return  # refused on our side: said where it was (complete disallow, …)
        self._robots_unread(request.url, failure_reason(failure))

    def _robots_unread(self, url: str, why: str) -> None:
        """Count and say the robots.txt at ``url`` whose sitemaps were not read, and why."""
        self.crawler.stats.inc_value("news/robots/sitemaps_unread")
        logger.warning(
            "robots.txt %s not read: %s; the sitemaps it names are read by the next run", url, why
        )
