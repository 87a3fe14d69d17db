"""Scrapy's log messages, without building the per-page DEBUG ones nobody writes.

Scrapy asks its LogFormatter for the "Crawled (200)" message of every response before the
logger decides whether DEBUG is written at all: request and response flags, the Referer
header and the message dict cost ~25 µs per page in the crawl process, for a record that the
default INFO level then refuses. Here that message is built only when the engine's logger
writes DEBUG records (crawler/runs/logfile.py ``skip_unheard_records`` sets that level), and
"Scraped from" likewise. A dropped or failed item is named by its URL: Scrapy's messages print
the whole item, which put a multi-line dump of every page without an article (its text, for
an unexpected language) on the terminal of every crawl. A download error the retry
middleware gave up on with its own ERROR line is said again ("Error downloading") at DEBUG
only: one line, and one error counted, per fault. Every other message is Scrapy's own.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.http import Request, Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure

from crawler.middlewares.retries import GIVE_UP_SAID

# The loggers Scrapy writes these two messages to (scrapy/core/engine.py, scraper.py).
_ENGINE = logging.getLogger("scrapy.core.engine")
_SCRAPER = logging.getLogger("scrapy.core.scraper")


class QuietLogFormatter(LogFormatter):
    # Scrapy skips the message when its formatter returns None (documented), which its type
    # annotations do not say.
    def crawled(  # type: ignore[override]
        self, request: Request, response: Response, spider: Spider
    ) -> LogFormatterResult | None:
        if not _ENGINE.isEnabledFor(logging.DEBUG):
            return None
        return super().crawled(request, response, spider)

    def scraped(  # type: ignore[override]
        self, item: Any, response: Response | Any, spider: Spider
    ) -> LogFormatterResult | None:
        if not _SCRAPER.isEnabledFor(logging.DEBUG):
            return None
        return super().scraped(item, response, spider)

    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        reason, url = str(exception), _url_of(item)
        if url and url not in reason:
            reason = f"{reason} ({url})"
        return {**result, "msg": "Dropped: %(reason)s", "args": {"reason": reason}}

    def item_error(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        result = super().item_error(item, exception, response, spider)
        return {**result, "msg": "Error processing %(url)s", "args": {"url": _url_of(item)}}

    def download_error(
        self,
        failure: Failure,
        request: Request,
        spider: Spider,
        errmsg: str | None = None,
    ) -> LogFormatterResult:
        result = super().download_error(failure, request, spider, errmsg)
        if request.meta.get(GIVE_UP_SAID):
            # "Gave up retrying <GET …> (failed N times): the error" said it. DEBUG, not
            # None: the scraper logs whatever this returns, where it skips a None "crawled".
            return {**result, "level": logging.DEBUG}
        return result


def _url_of(item: Any) -> str:
    """The item's URL, or its type's name for an item without one."""
    url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
    return str(url or type(item).__name__)
