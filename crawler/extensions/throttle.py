"""Scrapy's AutoThrottle, whose delay for a host never falls below its robots.txt Crawl-delay.

AutoThrottle moves a download slot's delay after each answer, towards the answer's latency over
AUTOTHROTTLE_TARGET_CONCURRENCY, and it may lower it down to DOWNLOAD_DELAY; it knows nothing of
a host's Crawl-delay (crawler/middlewares/politeness.py applies it). Let alone, it lowered the
delay of a host that asked for 2 s to 1 s for the requests already queued for it (gaps of 2 s,
2 s, 1 s). Told to leave such a host alone (Scrapy's ``autothrottle_dont_adjust_delay`` meta
key, which skips the adjustment), it no longer slowed a struggling host that had asked for a
Crawl-delay, where a host that asked for nothing was slowed.

Here AutoThrottle adjusts every answer as Scrapy's does, and the slot's delay is then raised to
the host's Crawl-delay if it fell below. That is the larger of the Crawl-delay and the delay
AutoThrottle would have reached on its own: its next delay is never below the answer's
latency over the target concurrency, so above the Crawl-delay it is the same from either
starting point, and below it the Crawl-delay wins either way. It is done in the
``response_downloaded`` handler itself, before the downloader sends the next request of the
slot: a floor put back later (a downloader middleware's ``process_response``) came after the
next request had left at AutoThrottle's delay.
"""

from __future__ import annotations

import functools

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response

from crawler.middlewares.politeness import CrawlDelayMiddleware


class CrawlDelayAutoThrottle(AutoThrottle):
    """AutoThrottle with a host's Crawl-delay, as CrawlDelayMiddleware applied it (capped by
    NEWS_CRAWL_DELAY_MAX), as the least delay of its download slot."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # Looked up when an answer comes: the downloader's middlewares are built after the
        # extensions.
        self._crawl_delays = functools.partial(
            crawler.get_downloader_middleware, CrawlDelayMiddleware
        )

    def _response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        super()._response_downloaded(response, request, spider)
        key, slot = self._get_slot(request, spider)
        crawl_delays = self._crawl_delays()
        if key is None or slot is None or crawl_delays is None:
            return
        floor = crawl_delays.applied.get(key)
        if floor is not None and slot.delay < floor:
            slot.delay = floor
