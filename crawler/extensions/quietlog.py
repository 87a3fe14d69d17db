"""Log calls below every handler's level are refused where they are made.

Scrapy installs its terminal handler (at LOG_LEVEL) when a crawl starts and leaves the root
logger at NOTSET, so records nobody writes are still built; crawler/runs/logfile.py
``skip_unheard_records`` says why that costs and what it changes.
"""

from __future__ import annotations

from typing import Self

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.runs.logfile import skip_unheard_records


class SkipUnheardRecords:
    """Sets the root logger's level when the spider opens: every handler is attached by then
    (the run's log file before the crawl, Scrapy's terminal handler while it starts)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls()
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        return ext

    def spider_opened(self) -> None:
        skip_unheard_records()
