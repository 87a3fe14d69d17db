"""Scrapy's RetryMiddleware, noting on a request it gave up on that the give-up was said.

A download that raised (a timeout, a refused or reset connection) on every try was said
twice at ERROR: Scrapy's give-up ("Gave up retrying <GET …> (failed 3 times): …") and then
the scraper's "Error downloading <GET …>: …" for the same request, once the spider's errback
handed the failure back. Each counted in ``log_count/ERROR``: three hung article pages were
"6 errors" in the run's summary and ``scrapy runs``. The request given up is marked here
(:data:`GIVE_UP_SAID`), and the log formatter (crawler/logformatter.py) writes the second
line at DEBUG. A give-up the request asked to log below ERROR (``give_up_log_level``) is not
marked: the scraper's line is then the one error said.
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

# Request meta key: the retry middleware gave this request up with a line at ERROR or above.
GIVE_UP_SAID = "news_give_up_said"


class SayOnceRetryMiddleware(RetryMiddleware):
    """Scrapy's, marking a request given up after a download error with :data:`GIVE_UP_SAID`."""

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if (
            retry is None
            and isinstance(exception, self.exceptions_to_retry)
            and not request.meta.get("dont_retry", False)
            and _level(request.meta.get("give_up_log_level", self.give_up_log_level))
            >= logging.ERROR
        ):
            request.meta[GIVE_UP_SAID] = True
        return retry


def _level(level: int | str) -> int:
    """A logging level given as a number or a name (Scrapy accepts both); an unknown name is
    no level, 0, so nothing is left unsaid for it."""
    if isinstance(level, int):
        return level
    named = logging.getLevelName(str(level).upper())
    return named if isinstance(named, int) else 0
