"""Why a request of the news spider got no page to read: in words for the warnings and the
entry's error (``failure_reason``), and which refusals are which (over the size limit, robots.txt,
a robots.txt that says the host has none). Plain functions of a Twisted Failure."""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.exceptions import NotYet
from crawler.middlewares.politeness import ROBOTS_FORBIDDEN, TOO_MANY_REQUESTS
from crawler.neterrors import network_fault


def over_size_limit(failure: Failure) -> bool:
    """Whether the download was stopped at DOWNLOAD_MAXSIZE: cancelled by the download
    handler (announced or received size; nothing else cancels a download here), or ignored
    by HttpCompressionMiddleware when the body grew past it while unpacked."""
    if failure.check(DownloadCancelledError):
        return True
    return bool(failure.check(IgnoreRequest)) and "DOWNLOAD_MAXSIZE" in str(failure.value)


def forbidden_by_robots(failure: Failure) -> bool:
    """Whether robots.txt refused the request (Scrapy's RobotsTxtMiddleware, or
    crawler/middlewares/politeness.py for the requests it let through unchecked)."""
    return bool(failure.check(IgnoreRequest)) and str(failure.value) == ROBOTS_FORBIDDEN


def no_robots_txt(status: int) -> bool:
    """Whether a robots.txt's error status says the host has none: a 4xx other than 429
    (RFC 9309 2.3.1.3), as RobotsTxtPolicyMiddleware reads it."""
    return 400 <= status < 500 and status != TOO_MANY_REQUESTS


def failure_reason(failure: Failure) -> str:
    """Why a request got no page to read, in words ("HTTP 404", "over DOWNLOAD_MAXSIZE")."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if over_size_limit(failure):
        # Named by its cause: "DownloadCancelledError" left the reader to guess.
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("news_kind") == "sitemap":
            return "over NEWS_SITEMAP_MAXSIZE"
        return "over DOWNLOAD_MAXSIZE"
    if forbidden_by_robots(failure):
        return "forbidden by robots.txt"  # it said "IgnoreRequest", a class name
    if isinstance(failure.value, NotYet):
        # A named page the store holds pending or gave up: "NotYet" said nothing.
        return failure.value.why()
    if failure.check(IgnoreRequest) and str(failure.value):
        # Why the request was dropped, in the words of whoever dropped it: a listing caught
        # in a redirect loop failed "IgnoreRequest", one whose host asked for a Retry-After
        # longer than NEWS_RETRY_AFTER_MAX "TransientIgnore", class names that said nothing.
        return str(failure.value)
    words = network_fault(failure.value, download_timeout(failure))
    if words is not None:
        return words  # "DownloadTimeoutError" named a class, not what the host did
    return failure.type.__name__ if failure.type is not None else "error"


def download_timeout(failure: Failure) -> float | None:
    """The DOWNLOAD_TIMEOUT the failed request was downloaded with, when it is known."""
    request = getattr(failure, "request", None)
    timeout = request.meta.get("download_timeout") if request is not None else None
    return float(timeout) if isinstance(timeout, (int, float)) else None
