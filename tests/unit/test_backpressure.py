"""The bound on items a spider's start() has in the pipelines (reprocess)."""

from __future__ import annotations

import asyncio

from scrapy import signals

from crawler.backpressure import ItemsInFlight
from tests.unit.components import crawler_for, run


def test_room_waits_while_the_pipelines_hold_the_limit_and_frees_on_any_outcome() -> None:
    crawler = crawler_for(NEWS_REPROCESS_IN_FLIGHT=2)
    bound = ItemsInFlight.from_crawler(crawler, "NEWS_REPROCESS_IN_FLIGHT")
    assert bound.limit == 2

    async def scenario() -> list[str]:
        seen: list[str] = []
        await bound.room()
        await bound.room()
        third = asyncio.ensure_future(bound.room())
        await asyncio.sleep(0.01)
        seen.append(f"full: waiting={not third.done()}")
        crawler.signals.send_catch_log(signals.item_dropped, item={}, spider=crawler.spider)
        await asyncio.wait_for(third, 1)
        seen.append(f"after a drop: count={bound.count}")
        fourth = asyncio.ensure_future(bound.room())
        await asyncio.sleep(0.01)
        seen.append(f"full again: waiting={not fourth.done()}")
        crawler.signals.send_catch_log(signals.item_scraped, item={}, spider=crawler.spider)
        await asyncio.wait_for(fourth, 1)
        crawler.signals.send_catch_log(signals.item_error, item={}, spider=crawler.spider)
        seen.append(f"after a store and an error: count={bound.count}")
        return seen

    assert run(scenario()) == [
        "full: waiting=True",
        "after a drop: count=2",
        "full again: waiting=True",
        "after a store and an error: count=1",
    ]


def test_zero_means_eight_per_extraction_worker() -> None:
    crawler = crawler_for(NEWS_REPROCESS_IN_FLIGHT=0, NEWS_WORKERS=3)
    assert ItemsInFlight.from_crawler(crawler, "NEWS_REPROCESS_IN_FLIGHT").limit == 24
