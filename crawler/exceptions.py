"""Exceptions that say more than Scrapy's own about why a request was not made."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest


class TransientIgnore(IgnoreRequest):
    """Not requested in this run for a passing reason (no DNS answer, a host asking us to
    stay away): the article stays pending and a later run tries again."""


class NotYet(IgnoreRequest):
    """A pending article whose backoff has not passed: left as it is, neither done nor tried."""
