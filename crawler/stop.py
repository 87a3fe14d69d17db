"""Ending a crawl from inside it, with the finish reason that says why.

The crawler's time budget (``time_budget``) and the item pipelines (``extract_failed``,
``db_error``) close the spider the same way; the finish reason lands in the crawl's stats, where
crawler/runs/outcome.py reads the source's outcome from it. Here, not in pipelines/, so that
both sides may import it: the crawler never imports the pipelines.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro


def stop_crawl(crawler: Crawler, reason: str) -> None:
    """Close ``crawler``'s spider with ``reason``, without waiting for it to close.

    The engine's close is a coroutine (the item pipelines' ``close_spider``, then
    ``spider_closed`` with the reason); the caller, a timer or an item's callback, does not
    wait for it.
    """
    deferred_from_coro(crawler.engine.close_spider_async(reason=reason))
