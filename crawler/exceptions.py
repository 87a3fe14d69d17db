"""Exceptions that say more than Scrapy's own about why a request was not made or an item
not stored."""

from __future__ import annotations

from scrapy.exceptions import DropItem, IgnoreRequest


class TransientIgnore(IgnoreRequest):
    """Not requested in this run for a passing reason (no DNS answer, a host asking us to
    stay away): the article stays pending and a later run tries again."""


class NotPublic(IgnoreRequest):
    """Not requested: the host has a private, loopback or reserved address and is none the
    source named (crawler/middlewares/addresses.py). The source's ``allow_hosts`` may allow
    it, so the listing naming the article is read in full again by the next run."""


class RunEnded(IgnoreRequest):
    """Not requested: the crawl was closing (Ctrl-C, SIGTERM, time budget) while the request
    waited for its host's delay. Its article stays open, so the close records it pending,
    not fetched and not tried."""


class NotYet(IgnoreRequest):
    """A pending article whose backoff has not passed, or one given up: left as it is,
    neither done nor tried. ``state`` is its pending state ("waiting" or "given_up")."""

    def __init__(self, message: str, state: str = "waiting") -> None:
        super().__init__(message)
        self.state = state

    def why(self) -> str:
        """What the operator reads when a page they named was not fetched for this."""
        if self.state == "given_up":
            return (
                "given up by an earlier run (see pending_articles; "
                "-s NEWS_PENDING_RETRY_GIVEN_UP=True asks again)"
            )
        return "pending, waiting for its next try (NEWS_PENDING_BACKOFF_MINUTES)"


class Unfinished(DropItem):
    """An item not stored for a passing reason that is not its page's content: the database
    failed, the extraction workers stopped, or the page's worker died or ran out of time.

    Unlike a plain ``DropItem`` (no article on the page, an unwanted language), the article
    stays pending and a later run tries it again (crawler/extensions/pending.py). ``tried``
    is False when the page never had its try (the database or the worker pool failed): the
    retry then costs none of its attempts, and a WARC record stays unfinished for the rerun.
    """

    def __init__(self, message: str, *, tried: bool = True, log_level: str = "WARNING") -> None:
        super().__init__(message, log_level=log_level)
        self.tried = tried
