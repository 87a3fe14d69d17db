"""A stopped crawl closes once the items its ``start()`` yielded have left the pipelines.

Scrapy's scraper closes a spider when its slot is idle, and looks again only when a
response has been processed: an item that ``start()`` yielded (an archive's record, a stored
page ``reprocess`` reads) leaves the pipelines without that look. A stop while such items
were in the pipelines (Ctrl-C, SIGTERM, the time budget, a failed write) left the run at
"Closing spider (shutdown)" for good, its progress line repeating, until a second Ctrl-C
killed it. While the spider closes, this looks again four times a second.
"""

from __future__ import annotations

import logging
from typing import Self

from scrapy import Spider, signals
from scrapy.core.scraper import Scraper
from scrapy.crawler import Crawler
from twisted.internet import task

logger = logging.getLogger(__name__)

# Seconds between two looks; a closing crawl waits at most this long past its last item.
INTERVAL = 0.25


class CloseAfterStartItems:
    def __init__(self, crawler: Crawler, interval: float = INTERVAL) -> None:
        self.crawler = crawler
        self.interval = interval
        self._loop = task.LoopingCall(self.look)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self) -> None:
        self._loop.start(self.interval, now=False)

    def spider_closed(self) -> None:
        if self._loop.running:
            self._loop.stop()

    def look(self) -> None:
        """Let the scraper finish closing when it waits for nothing any more."""
        engine = self.crawler.engine
        if engine is not None and self.crawler.spider is not None:
            close_if_idle(engine.scraper, self.crawler.spider)


def close_if_idle(scraper: Scraper, spider: Spider) -> bool:
    """Fire the scraper's closing once its slot holds nothing; True when this closed it.

    What Scrapy's scraper does itself after each response (``Scraper._check_if_closing``),
    through the public names of its slot only: ``slot``, ``slot.closing`` (the Deferred
    ``close_spider_async`` waits for) and ``slot.is_idle()``. Scrapy has no public call for
    it; tests/unit/test_closing.py runs this against Scrapy's own scraper, so a Scrapy that
    renames them, or that looks again after a ``start()`` item by itself, fails there.
    """
    slot = scraper.slot
    if slot is None or slot.closing is None or slot.closing.called or not slot.is_idle():
        return False
    logger.debug("The pipelines are empty: closing the spider")
    slot.closing.callback(spider)
    return True
