"""Scrapy's downloader, with per-slot concurrency that holds when no delay is set.

In Scrapy 2.19, ``Downloader._process_queue`` starts queued requests while
``slot.free_transfer_slots() > 0``, but a request joins ``slot.transferring`` only when its
download coroutine first runs, after the loop. With ``DOWNLOAD_DELAY = 0`` (the loop only
breaks after one request when a delay is set) every queued request of a host starts at once:
measured here, 10 parallel requests to one host with ``CONCURRENT_REQUESTS_PER_DOMAIN = 2``.
Reserving the transfer place when the download is scheduled keeps the limit.
tests/e2e/test_politeness_concurrency.py measures it, so an upgrade that changes these internals
shows up as a failing test rather than as an impolite crawl.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from twisted.internet.defer import Deferred


class PoliteDownloader(Downloader):
    def _wait_for_download(  # type: ignore[override]
        self, slot: Slot, request: Request, queue_dfd: Deferred[Any]
    ) -> Coroutine[Any, Any, None]:
        # Runs synchronously inside _process_queue's loop, so the next free_transfer_slots()
        # check already counts this request. _download() adds it again (a set) and removes it
        # when the response is in.
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)
