"""The closing look against Scrapy's own scraper: an item ``start()`` yielded, then a stop."""

from __future__ import annotations

import asyncio

from scrapy.core.scraper import Scraper

from crawler.extensions.closing import close_if_idle
from tests.unit.components import crawler_for, run, spider_of

# Let go by the test once the scraper has been asked to close.
_RELEASE: asyncio.Event | None = None


class HeldPipeline:
    """Keeps each item until the test lets it go, as extraction keeps a slow page."""

    async def process_item(self, item: object) -> object:
        assert _RELEASE is not None
        await _RELEASE.wait()
        return item


def test_a_stopped_crawl_closes_once_a_start_item_has_left_the_pipelines() -> None:
    global _RELEASE
    crawler = crawler_for(ITEM_PIPELINES={f"{__name__}.HeldPipeline": 100})
    spider = spider_of(crawler)
    scraper = Scraper(crawler)

    async def scenario() -> tuple[bool, bool, bool]:
        global _RELEASE
        _RELEASE = asyncio.Event()
        await scraper.open_spider_async()
        # An item start() yielded goes to the pipelines without a response (as Scrapy's
        # engine sends it); then the crawl is stopped and the scraper asked to close.
        item = asyncio.ensure_future(scraper.start_itemproc_async({"a": 1}, response=None))
        await asyncio.sleep(0.01)
        closing = asyncio.ensure_future(scraper.close_spider_async())
        await asyncio.sleep(0.01)
        early = close_if_idle(scraper, spider)  # the item is still in the pipelines
        _RELEASE.set()
        await item
        await asyncio.sleep(0.05)
        # Scrapy looks again only after a response: the closing still waits here.
        waited = not closing.done()
        closed = close_if_idle(scraper, spider)
        await asyncio.wait_for(closing, 5)
        return early, waited, closed

    early, waited, closed = run(scenario())
    _RELEASE = None
    assert early is False
    assert waited, "Scrapy now closes by itself after a start() item: the extension can go"
    assert closed is True
    assert close_if_idle(scraper, spider) is False  # fired once only
