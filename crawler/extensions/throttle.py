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
``response_downloaded`` signal, before the downloader sends the next request of the slot: a
floor put back later (a downloader middleware's ``process_response``) came after the next
request had left at AutoThrottle's delay.

The floor is a handler of its own, connected after AutoThrottle's (a signal's handlers are
called in the order they were connected), and it finds the slot through Scrapy's public
``download_slot`` meta key and ``Downloader.slots``. It used to override AutoThrottle's private
``_response_downloaded``: the same name and arguments from Scrapy 2.13 to 2.19, but Scrapy's
throttling rework (scrapy/scrapy pull request 6931, open) drops the ``_get_slot`` it calls, and
an override that fails does so inside the signal, where Scrapy only logs the error: the floor
would have stopped holding with nothing but a traceback per answer in the log.
"""

from __future__ import annotations

import functools

from scrapy import Request, Spider, signals
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
        # After AutoThrottle's own handler, connected by its __init__: it runs second.
        crawler.signals.connect(self._keep_crawl_delay, signal=signals.response_downloaded)

    def _keep_crawl_delay(self, response: Response, request: Request, spider: Spider) -> None:
        """Raise the slot's delay back to the host's Crawl-delay once AutoThrottle has moved it."""
        key = request.meta.get("download_slot")
        crawl_delays = self._crawl_delays()
        engine = self.crawler.engine
        if key is None or crawl_delays is None or engine is None:
            return
        slot = engine.downloader.slots.get(key)
        floor = crawl_delays.applied.get(key)
        if slot is not None and floor is not None and slot.delay < floor:
            slot.delay = floor
