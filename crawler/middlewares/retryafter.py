"""Honour Retry-After on 429 and 503, which Scrapy's RetryMiddleware ignores.

The request is retried after the delay the server asked for, and its download slot (the host)
is paused for that long so no other request goes there meanwhile. A server asking for more
than NEWS_RETRY_AFTER_MAX seconds is left alone for the rest of the run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import monotonic
from typing import Self

from scrapy import Request, Spider, signals
from scrapy.core.downloader import Downloader
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import call_later

from crawler import clock
from crawler.exceptions import TransientIgnore
from crawler.middlewares.politeness import engine_downloader

logger = logging.getLogger(__name__)

RETRY_AFTER_CODES = (429, 503)


def parse_retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if invalid.

    Delta-seconds are ASCII digits (RFC 9110): isdigit() alone also accepts "²", which a
    header byte 0xB2 decodes to, and float() refused it with a ValueError out of the
    middleware, a traceback and a failed page instead of a retry.
    """
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or clock.now())).total_seconds())


class RetryAfterMiddleware:
    def __init__(
        self,
        stats: StatsCollector,
        downloader: Callable[[], Downloader],
        spider: Callable[[], Spider | None],
        *,
        max_wait: float,
    ) -> None:
        # The crawl's spider, which get_retry_request counts and logs against, looked up when
        # a retry is made: `scrapy shell` builds the middlewares before it has one, and an
        # AssertionError here ended every `scrapy shell` in a traceback.
        self.spider = spider
        self.stats = stats
        self.downloader = downloader
        self.max_wait = max_wait
        self.blocked: set[str] = set()
        self.resume_at: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(
            crawler.stats,
            engine_downloader(crawler),
            lambda: crawler.spider,
            max_wait=crawler.settings.getfloat("NEWS_RETRY_AFTER_MAX"),
        )
        crawler.signals.connect(
            middleware.request_reached_downloader, signal=signals.request_reached_downloader
        )
        return middleware

    def request_reached_downloader(self, request: Request) -> None:
        """Say which request a pause holds: one entering the queue of a paused slot starts
        only when the pause ends, and a crawl that seems to stand still says why. Called for
        every request: with no host ever paused, it works out no slot key."""
        if not self.resume_at:
            return
        key = self.downloader().get_slot_key(request)
        left = self.resume_at.get(key, 0) - monotonic()
        if left > 0:
            logger.debug("%s: held, %s paused for %.1f s more", request.url, key, left)

    def process_request(self, request: Request) -> None:
        # The downloader's own key (its download_slot meta, else the host name, or the
        # address with CONCURRENT_REQUESTS_PER_IP): a request not yet downloaded has no
        # download_slot meta, and the name of a host paused by its address missed it.
        key = self.downloader().get_slot_key(request)
        if key in self.blocked:
            self.stats.inc_value("news/retry_after/skipped_blocked")
            raise TransientIgnore(f"{key} asked us to stay away longer than this run")

    def _pause(self, key: str, seconds: float) -> None:
        """Hold the slot's queue: the downloader does not start requests while a latercall
        is pending (scrapy/core/downloader/__init__.py, Downloader._process_queue)."""
        resume = monotonic() + seconds
        if resume <= self.resume_at.get(key, 0):
            return
        self.resume_at[key] = resume
        downloader = self.downloader()
        slot = downloader.slots.get(key)
        if slot is None:
            return
        if slot.latercall:
            slot.latercall.cancel()
        slot.latercall = call_later(seconds, downloader._latercall, slot)
        # The requests already queued are held from here on; the ones under way (started
        # before this answer was read) are not called back.
        for queued, _ in slot.queue:
            logger.debug("%s: held, %s paused for %.1f s", queued.url, key, seconds)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in RETRY_AFTER_CODES or request.meta.get("dont_retry"):
            return response
        header = response.headers.get(b"Retry-After")
        seconds = parse_retry_after(header.decode("latin-1")) if header else None
        if seconds is None:
            return response  # RetryMiddleware handles it the usual way
        stats = self.stats
        key = self.downloader().get_slot_key(request)
        if seconds > self.max_wait:
            self.blocked.add(key)
            stats.inc_value("news/retry_after/gave_up")
            logger.warning(
                "%s asks to retry after %.0f s (more than NEWS_RETRY_AFTER_MAX=%.0f); "
                "leaving it alone for this run",
                key,
                seconds,
                self.max_wait,
            )
            raise TransientIgnore(f"Retry-After {seconds:.0f} s on {request.url}")
        # The give-up's level a request asks for (Scrapy's ``give_up_log_level`` meta key, which
        # its RetryMiddleware reads): a host's robots.txt gave up with an ERROR line beside the
        # warning that says it (crawler/middlewares/politeness.py).
        spider = self.spider()
        assert spider is not None  # a response to retry comes from a crawl with its spider
        retry = get_retry_request(
            request,
            spider=spider,
            reason=f"retry_after_{response.status}",
            give_up_log_level=request.meta.get("give_up_log_level"),
        )
        if retry is None:
            # Given up, and said so: RetryMiddleware, next, tried once more on the same count
            # and said it again, a second "Gave up retrying" ERROR per page ("6 errors" for
            # three articles of a 503 storm).
            request.meta["dont_retry"] = True
            return response
        self._pause(key, seconds)
        stats.inc_value("news/retry_after/waited")
        stats.inc_value("news/retry_after/seconds", int(seconds))
        logger.info("%s: %d, retrying after %.1f s as asked", request.url, response.status, seconds)
        return retry
