"""A download error of the network in the operator's words: what the host did, not a class.

A source that failed for a host that never answered said "none of 1 entry URL(s) answered
(first: DownloadTimeoutError from URL)", a robots.txt "unreachable
(DownloadConnectionRefusedError)": the names of Scrapy's exceptions, which an operator
reading cron's mail has to look up. The run's summary, ``scrapy runs`` and a pending
article's error say "no answer within 30 s (DOWNLOAD_TIMEOUT)", "connection refused".
"""

from __future__ import annotations

import re

from scrapy import exceptions
from twisted.internet import error as twisted_errors

# The seconds Scrapy's timeout message names ("Getting URL took longer than 30.0 seconds.").
_TIMEOUT_SECONDS = re.compile(r"longer than ([0-9]+(?:\.[0-9]+)?) seconds")

_WORDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    (
        (exceptions.DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError),
        "connection refused",
    ),
    (
        (exceptions.CannotResolveHostError, twisted_errors.DNSLookupError),
        "host name not found (no DNS answer)",
    ),
    ((exceptions.ResponseDataLossError,), "answer cut short (less than its Content-Length)"),
    (
        (exceptions.DownloadFailedError, twisted_errors.ConnectionLost),
        "connection lost before the answer was complete",
    ),
)


def network_fault(error: BaseException, timeout: float | None = None) -> str | None:
    """``error`` in words when it is a fault of the network (a timeout, a refused or lost
    connection, no DNS answer), else None. ``timeout``: the request's DOWNLOAD_TIMEOUT in
    seconds, else read from the error's message."""
    if isinstance(error, (exceptions.DownloadTimeoutError, twisted_errors.TimeoutError)):
        if timeout is None:
            found = _TIMEOUT_SECONDS.search(str(error))
            timeout = float(found.group(1)) if found else None
        within = f" within {timeout:g} s" if timeout is not None else ""
        return f"no answer{within} (DOWNLOAD_TIMEOUT)"
    for kinds, words in _WORDS:
        if isinstance(error, kinds):
            return words
    return None
