"""A time budget per source and run, so one endless source never holds up the others.

An endless sitemap chain, a listing of 200,000 entries or a host that trickles every answer
would otherwise keep its crawl, and so the whole ``crawlall`` and the next cron runs (which
find the run lock taken), going. After NEWS_SOURCE_TIME_BUDGET seconds the crawl closes with
the finish reason ``time_budget``: what it stored stays, its unfinished articles stay pending
(crawler/extensions/pending.py) and its listings are read in full again next run.
"""

from __future__ import annotations

import logging
from typing import Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import CallLaterResult, call_later

from crawler.sources import source_name
from crawler.stop import stop_crawl

logger = logging.getLogger(__name__)

FINISH_REASON = "time_budget"


class TimeBudget:
    def __init__(self, crawler: Crawler, seconds: float) -> None:
        self.crawler = crawler
        self.seconds = seconds
        self._call: CallLaterResult | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        seconds = crawler.settings.getfloat("NEWS_SOURCE_TIME_BUDGET")
        if seconds <= 0:
            raise NotConfigured
        ext = cls(crawler, seconds)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self._call = call_later(self.seconds, self._expired, spider)

    def _expired(self, spider: Spider) -> None:
        self._call = None
        self.crawler.stats.set_value("news/bound/time_budget", 1)
        logger.warning(
            "%s used its time budget of %g s (NEWS_SOURCE_TIME_BUDGET); stopping it, unfinished "
            "articles stay pending",
            source_name(spider),
            self.seconds,
        )
        stop_crawl(self.crawler, FINISH_REASON)

    def spider_closed(self) -> None:
        if self._call is not None:
            self._call.cancel()
        self._call = None
