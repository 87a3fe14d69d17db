"""Scrapy's downloader, with per-slot concurrency that holds when no delay is set.

In Scrapy 2.19, ``Downloader._process_queue`` starts queued requests while
``slot.free_transfer_slots() > 0``, but a request joins ``slot.transferring`` only when its
download coroutine first runs, after the loop. With ``DOWNLOAD_DELAY = 0`` (the loop only
breaks after one request when a delay is set) every queued request of a host starts at once:
measured here, 10 parallel requests to one host with ``CONCURRENT_REQUESTS_PER_DOMAIN = 2``.
Reserving the transfer place when the download is scheduled keeps the limit.
tests/e2e/test_politeness_concurrency.py measures it, so an upgrade that changes these internals
shows up as a failing test rather than as an impolite crawl.

A closing crawl (Ctrl-C, SIGTERM, the time budget) waits for every request the downloader
holds, and up to ``CONCURRENT_REQUESTS`` of them wait in a host's queue, each one delay after
the one before: measured, a Ctrl-C with a 0.3 s delay fetched 32 more pages over 12 s, and
with a site's 2 s delay or AutoThrottle's longer ones it would take minutes. Once the engine
closes, queued requests that have not started fail with ``RunEnded`` (their articles stay
pending) and only the downloads under way finish.

The downloader looks at a host's queue only when a download ends or the host's timer fires
(its delay, a robots.txt Crawl-delay up to NEWS_CRAWL_DELAY_MAX, a Retry-After pause up to
NEWS_RETRY_AFTER_MAX), and the engine closes only once every request it holds is done: a
crawl out of time with requests waiting for such a host went on for up to that long, measured
197 s past the time budget for a Retry-After of 200 s. While the crawl runs, a check every
CLOSING_CHECK_SECONDS ends the waits of a closing crawl at once.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from scrapy import Request, Spider
from scrapy.core.downloader import Downloader, Slot
from scrapy.crawler import Crawler
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from twisted.internet.defer import Deferred
from twisted.internet.task import LoopingCall
from twisted.python.failure import Failure

from crawler.exceptions import RunEnded

# Seconds between two looks at whether the crawl is closing, so that requests waiting for a
# host's delay end at most this late.
CLOSING_CHECK_SECONDS = 0.5


class PoliteDownloader(Downloader):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._closing_check: AsyncioLoopingCall | LoopingCall | None = None

    def _get_slot(self, request: Request, spider: Spider | None = None) -> tuple[str, Slot]:
        # Started with the first request, as Scrapy starts its slots' cleanup: the event loop
        # runs by then.
        if self._closing_check is None:
            self._closing_check = create_looping_call(self._end_waits_if_closing)
            self._closing_check.start(CLOSING_CHECK_SECONDS, now=False)
        # Scrapy's own slot lookup reads the request alone, and warns of a spider passed on
        # (deprecated in 2.19): one ScrapyDeprecationWarning line in every crawl's log.
        return super()._get_slot(request)

    def _end_waits_if_closing(self) -> None:
        """End the waits of a closing crawl: each host's queue held by its timer is looked at
        now, and ``_process_queue`` fails its requests with ``RunEnded``."""
        if not self._closing():
            return
        for slot in list(self.slots.values()):
            if slot.queue and slot.latercall:
                slot.close()  # cancels the timer
                self._process_queue(slot)

    def close(self) -> None:
        if self._closing_check is not None:
            self._closing_check.stop()
            self._closing_check = None
        super().close()

    def _process_queue(self, slot: Slot) -> None:
        if not self._closing():
            super()._process_queue(slot)
            return
        while slot.queue:
            request, queue_dfd = slot.queue.popleft()
            queue_dfd.errback(Failure(RunEnded(f"the crawl is closing: {request.url}")))

    def _closing(self) -> bool:
        """The engine is closing the spider (its slot's ``closing`` is set at once)."""
        engine_slot = getattr(self.crawler.engine, "_slot", None)
        return engine_slot is not None and engine_slot.closing is not None

    def _wait_for_download(
        self, slot: Slot, request: Request, queue_dfd: Deferred[Any]
    ) -> Coroutine[Any, Any, None]:
        # Runs synchronously inside _process_queue's loop, so the next free_transfer_slots()
        # check already counts this request. _download() adds it again (a set) and removes it
        # when the response is in.
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)
