"""Reprocessing: stored pages go through the crawl's own pipelines again, without network.

A spider whose start() yields items read from ``pages`` instead of requests: extraction,
cleaning, language policy, dedup and the store run exactly as during a crawl, so a new
trafilatura or a new strip rule applies to old pages by the same code path.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import scrapy

from crawler.backpressure import ItemsInFlight
from crawler.clock import utc_iso
from crawler.discovery import stored_hints
from crawler.items import Article
from crawler.sources import Source
from crawler.storage.database import database_from_settings
from crawler.storage.pagecodec import unpack_page

logger = logging.getLogger(__name__)

# Pages read per query: bounds memory on large databases.
CHUNK = 100


class ReprocessSpider(scrapy.Spider):
    # No name: `scrapy list` shows only crawling spiders; reprocess_spider_for names each one.
    news_source: Source

    async def start(self) -> AsyncIterator[Any]:
        # A reader of its own: a long read beside the crawl's shared connections.
        db = database_from_settings(self.crawler.settings)
        in_flight = ItemsInFlight.from_crawler(self.crawler, "NEWS_REPROCESS_IN_FLIGHT")
        last = ""
        try:
            while True:
                rows = db.execute(
                    """
                    SELECT p.url, p.html_gz, p.fetched_url, p.fetched_at, p.hints
                    FROM pages p JOIN articles a ON a.url = p.url
                    WHERE a.source = ? AND p.url > ? AND p.html_gz IS NOT NULL
                    ORDER BY p.url LIMIT ?
                    """,
                    [self.news_source.name, last, CHUNK],
                ).fetchall()
                if not rows:
                    return
                for url, html_gz, fetched_url, fetched_at, hints in rows:
                    last = url
                    self.crawler.stats.inc_value("news/reprocess/pages")
                    try:
                        html = unpack_page(html_gz)
                        fetched_at = stored_fetched_at(fetched_at)
                        listing_hints = stored_hints(hints)
                    except (ValueError, TypeError) as exc:
                        # One damaged row must not end the reprocessing of all the others.
                        self.crawler.stats.inc_value("news/reprocess/corrupt")
                        logger.warning("Skipping stored page %s: it cannot be read (%s)", url, exc)
                        continue
                    await in_flight.room()
                    yield Article(
                        url=url,
                        fetched_url=fetched_url or url,
                        source=self.news_source.name,
                        fetched_at=fetched_at,
                        html=html,
                        hints=listing_hints,
                    )
        finally:
            db.close()


def stored_fetched_at(value: Any) -> str:
    """A stored page's ``fetched_at``, or ValueError when it is no time the crawl could have
    written: a NULL reached the store's NOT NULL column and failed the whole run (with the
    articles batched beside it), a garbled one failed in the worker."""
    if not isinstance(value, str):
        raise ValueError(f"fetched_at is {type(value).__name__}, not a time")
    try:
        moment = datetime.fromisoformat(value)
        utc_iso(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    except OverflowError:
        raise ValueError(f"fetched_at {value!r} has no UTC time") from None
    return value


def reprocess_spider_for(source: Source) -> type[ReprocessSpider]:
    return type(
        f"Reprocess_{source.name.replace('-', '_').replace('.', '_')}",
        (ReprocessSpider,),
        {"name": f"reprocess-{source.name}", "news_source": source, "__module__": __name__},
    )
