"""Bounds on what a crawl holds at once: items from ``start()``, queued listing entries.

Scrapy applies backpressure to responses (the scraper slot's size), never to items yielded
straight from ``start()``: those go to the item pipelines at once, however many are still
waiting for an extraction worker. A spider that reads its items from disk (``reprocess``)
would otherwise hold the whole archive's pages in memory; it awaits :meth:`ItemsInFlight.room`
before each item instead.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import os
from typing import Any, Self

from scrapy import Request, signals
from scrapy.crawler import Crawler

# Request meta key marking a request the ListingFrontier released and still accounts for.
HELD_META = "news_held"


class ItemsInFlight:
    """Counts items handed to the pipelines until each is scraped, dropped or failed."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self.count = 0
        self._room = asyncio.Event()

    @classmethod
    def from_crawler(cls, crawler: Crawler, setting: str) -> Self:
        """The bound ``setting`` names; 0 there means 8 per extraction worker."""
        workers = crawler.settings.getint("NEWS_WORKERS") or os.cpu_count() or 1
        bound = cls(crawler.settings.getint(setting) or 8 * workers)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(bound.left, signal=signal)
        return bound

    def left(self, item: Any) -> None:
        """An item finished the pipelines, whichever way."""
        self.count = max(0, self.count - 1)
        self._room.set()

    async def room(self) -> None:
        """Wait until fewer than ``limit`` items are in the pipelines, then count one more."""
        while self.count >= self.limit:
            self._room.clear()
            await self._room.wait()
        self.count += 1


class ListingFrontier:
    """Sitemaps an index names, held back until the scheduler runs low on requests.

    An index of 100 sitemaps yields 100 requests at once. Scrapy fetches as many of them as
    the downloader takes (CONCURRENT_REQUESTS) before any article, and each sitemap queues up
    to NEWS_LISTING_MAX_ENTRIES article requests: tens of thousands of Request objects alive
    at once, most of a long crawl's memory (docs/performance.md). Held here, a sitemap is
    released only while fewer than ``low_water`` requests wait in the scheduler and fewer
    than ``max_in_flight`` held sitemaps are being fetched, so the queue stays near one
    sitemap's entries; the deepest go first (``hold``). Released sitemaps go before articles
    (their ``priority``) so the queue is refilled before it runs dry.

    Nothing is lost: the spider keeps the crawl open while sitemaps are held (spider_idle),
    and listing validators are kept only after a finished crawl (middlewares/conditional.py).
    """

    def __init__(self, low_water: int, max_in_flight: int = 2) -> None:
        self.low_water = max(1, low_water)
        self.max_in_flight = max(1, max_in_flight)
        # (-depth, order held, request): the deepest first, in the order held among equals.
        self.held: list[tuple[int, int, Request]] = []
        self._order = itertools.count()
        self.in_flight = 0

    def hold(self, request: Request, depth: int = 0) -> None:
        """Keep ``request`` (a sitemap ``depth`` indexes down) until :meth:`release` finds
        room for it. The deepest go first: the sitemaps of the index read last before the
        other indexes its parent names, so that NEWS_SITEMAP_MAX_COUNT reaches articles.
        Released in the order held, every index of an index was read before any of their
        sitemaps, and a bound of N sitemaps was spent on indexes, which list no article."""
        request.meta[HELD_META] = True
        heapq.heappush(self.held, (-depth, next(self._order), request))

    def release(self, queued: int) -> list[Request]:
        """The held requests to send now, given ``queued`` requests waiting in the scheduler."""
        out: list[Request] = []
        while self.held and self.in_flight < self.max_in_flight and queued < self.low_water:
            out.append(heapq.heappop(self.held)[2])
            self.in_flight += 1
        return out

    def drain(self) -> list[Request]:
        """Every request still held, in the order they would go, none kept or in flight."""
        out = [heapq.heappop(self.held)[2] for _ in range(len(self.held))]
        for request in out:
            request.meta.pop(HELD_META, None)
        return out

    def settled(self, request: Request) -> None:
        """A released request ended (parsed, failed or dropped): room for the next one."""
        if request.meta.pop(HELD_META, False):
            self.in_flight = max(0, self.in_flight - 1)

    def idle(self) -> list[Request]:
        """The crawl has nothing else to do: nothing is in flight, release what fits."""
        self.in_flight = 0
        return self.release(0)
