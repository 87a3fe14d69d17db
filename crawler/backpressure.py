"""A bound on the items a spider's ``start()`` has in the pipelines.

Scrapy applies backpressure to responses (the scraper slot's size), never to items yielded
straight from ``start()``: those go to the item pipelines at once, however many are still
waiting for an extraction worker. A spider that reads its items from disk (``reprocess``)
would otherwise hold the whole archive's pages in memory; it awaits :meth:`ItemsInFlight.room`
before each item instead.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler


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
