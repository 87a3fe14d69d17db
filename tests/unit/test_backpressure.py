"""The bound on items a spider's start() has in the pipelines (reprocess), and held sitemaps."""

from __future__ import annotations

import asyncio

from scrapy import Request, signals

from crawler.backpressure import ItemsInFlight, ListingFrontier
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


def _sitemaps(n: int) -> list[Request]:
    return [Request(f"http://e.org/s{i}.xml") for i in range(n)]


def test_frontier_releases_while_the_queue_is_low_and_few_are_in_flight() -> None:
    frontier = ListingFrontier(low_water=100, max_in_flight=2)
    held = _sitemaps(5)
    for request in held:
        frontier.hold(request)
    assert frontier.release(queued=100) == []  # the queue is not low
    first = frontier.release(queued=0)
    assert first == held[:2]  # no more than max_in_flight at once
    assert frontier.release(queued=0) == []
    frontier.settled(first[0])
    frontier.settled(first[0])  # settling twice frees one place only
    assert frontier.release(queued=99) == held[2:3]
    assert frontier.release(queued=0) == []


def test_frontier_settles_only_requests_it_released() -> None:
    frontier = ListingFrontier(low_water=10, max_in_flight=1)
    held = _sitemaps(2)
    for request in held:
        frontier.hold(request)
    assert frontier.release(queued=0) == held[:1]
    frontier.settled(Request("http://e.org/other.xml"))
    assert frontier.release(queued=0) == []
    assert frontier.idle() == held[1:]  # idle: nothing is in flight whatever was counted
    assert not frontier.held


def test_frontier_sends_the_deepest_first_and_drains_what_is_left() -> None:
    """The sitemaps of an index go before the next indexes its parent names: sent in the
    order held, every index was read before any sitemap, and NEWS_SITEMAP_MAX_COUNT was
    spent on indexes."""
    frontier = ListingFrontier(low_water=10, max_in_flight=1)
    indexes, sitemaps = _sitemaps(2), [Request(f"http://e.org/leaf{i}.xml") for i in range(2)]
    for request in indexes:
        frontier.hold(request, depth=1)
    assert frontier.release(queued=0) == indexes[:1]
    frontier.settled(indexes[0])
    for request in sitemaps:
        frontier.hold(request, depth=2)
    assert frontier.release(queued=0) == sitemaps[:1]
    frontier.settled(sitemaps[0])
    assert frontier.drain() == [sitemaps[1], indexes[1]]
    assert not frontier.held and frontier.release(queued=0) == []
