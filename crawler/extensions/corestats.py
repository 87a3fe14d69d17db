"""Scrapy's core stats (start, finish, counts), without its error for a crawl that never opened.

A crawl whose store cannot be opened (a wrong password, a database missing, a file that is
not a database) fails in an item pipeline's ``open_spider``. Scrapy 2.19 then closes the
engine it created (``Crawler.crawl`` calls ``engine.close_async()``), which closes the spider
and sends ``spider_closed`` although ``spider_opened`` never was; Scrapy's ``CoreStats``
asserts it saw the opening and logged ``AssertionError: assert self.start_time is not None``
with its traceback, read as a second failure under the one line that said what went wrong.
Here a crawl that never opened keeps no finish time and no finish reason, which is what the
run (crawler/runs/runner.py) reads as "could not start".

A robots.txt answer the robots.txt middleware hands to the spider's request for it
(crawler/middlewares/politeness.py, ``hand_over``) is no download: it counted in
``response_received_count``, the pages fetched of the summary and of `scrapy runs`, the host's
robots.txt twice where it was downloaded once.
"""

from __future__ import annotations

from scrapy import Spider
from scrapy.extensions.corestats import CoreStats
from scrapy.http import Response

from crawler.middlewares.politeness import HANDED_OVER


class OpenedCoreStats(CoreStats):
    """``CoreStats`` that closes only a crawl it saw open, and counts only the responses
    downloaded."""

    def response_received(self, spider: Spider, response: Response | None = None) -> None:
        if response is not None and HANDED_OVER in response.flags:
            return  # read by the robots.txt middleware, counted when it downloaded it
        super().response_received(spider)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.start_time is None:
            return  # never opened: nothing started, so nothing to time or finish
        super().spider_closed(spider, reason)
