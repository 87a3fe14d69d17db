"""AutoThrottle with a host's Crawl-delay as its floor, driven through Scrapy's own signals."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request, signals
from scrapy.core.downloader import Slot
from scrapy.crawler import Crawler
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import HtmlResponse

from crawler.extensions.throttle import CrawlDelayAutoThrottle
from crawler.middlewares.politeness import CrawlDelayMiddleware
from tests.unit.components import crawler_for, spider_of

HOST = "e.org"
OTHER = "f.org"


def _throttled(slots: dict[str, Slot], crawl_delays: dict[str, float]) -> Crawler:
    """A crawl with the extension opened, an engine holding ``slots``, and the Crawl-delays
    CrawlDelayMiddleware applied by slot key."""
    crawler = crawler_for(
        NEWS_DB=":memory:",
        AUTOTHROTTLE_ENABLED=True,
        AUTOTHROTTLE_TARGET_CONCURRENCY=1.0,
        DOWNLOAD_DELAY=0,
    )
    CrawlDelayAutoThrottle.from_crawler(crawler)
    middleware = CrawlDelayMiddleware.from_crawler(crawler)
    middleware.applied.update(crawl_delays)
    crawler.engine = SimpleNamespace(  # type: ignore[assignment]
        downloader=SimpleNamespace(
            slots=slots, middleware=SimpleNamespace(middlewares=[middleware]), _delay=0.0
        )
    )
    crawler.signals.send_catch_log(signals.spider_opened, spider=spider_of(crawler))
    return crawler


def _answered(crawler: Crawler, key: str, latency: float) -> None:
    """One answer of ``key``'s host, ``latency`` seconds after its request, as the downloader
    tells every handler of ``response_downloaded``."""
    request = Request(f"https://{key}/a", meta={"download_slot": key, "download_latency": latency})
    response = HtmlResponse(request.url, body=b"<p>x</p>", request=request)
    crawler.signals.send_catch_log(
        signals.response_downloaded,
        response=response,
        request=request,
        spider=spider_of(crawler),
    )


def test_autothrottle_lowers_a_delay_only_down_to_the_crawl_delay() -> None:
    """The host asking for 2 s keeps 2 s after a quick answer; the host asking for nothing
    gets AutoThrottle's own lower delay, so AutoThrottle did move both."""
    asked, free = Slot(1, 2.0, 0), Slot(1, 2.0, 0)
    crawler = _throttled({HOST: asked, OTHER: free}, {HOST: 2.0})
    _answered(crawler, HOST, 0.1)
    _answered(crawler, OTHER, 0.1)
    assert asked.delay == 2.0
    assert free.delay == pytest.approx(1.05)  # (2 + 0.1) / 2


def test_autothrottle_slows_a_slow_host_past_its_crawl_delay() -> None:
    slot = Slot(1, 2.0, 0)
    crawler = _throttled({HOST: slot}, {HOST: 2.0})
    _answered(crawler, HOST, 5.0)
    assert slot.delay == 5.0


def test_the_floor_holds_when_autothrottle_handles_answers_its_own_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scrapy's throttling rework drops AutoThrottle's ``_get_slot``: an override of its
    private handler that called it failed inside the signal, only logged, and a delay already
    below the Crawl-delay stayed there. The floor is a handler of its own and still holds."""
    monkeypatch.delattr(AutoThrottle, "_get_slot")
    slot = Slot(1, 0.5, 0)
    crawler = _throttled({HOST: slot}, {HOST: 2.0})
    _answered(crawler, HOST, 0.1)
    assert slot.delay == 2.0
