"""Request fingerprints from canonical URLs, so the dupefilter and the database agree.

Scrapy's default fingerprint canonicalizes with w3lib only, so ``?utm_source=rss`` or a trailing
slash makes a new request for a page already stored under its canonical URL. Enable with::

    REQUEST_FINGERPRINTER_CLASS = "crawler.fingerprinter.CanonicalRequestFingerprinter"
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from scrapy.utils.request import RequestFingerprinter

from crawler.urls import canonicalize_url

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler


class CanonicalRequestFingerprinter:
    """Fingerprint body-less GET requests by their canonical URL; others as Scrapy does.

    The hashed data has the same shape as Scrapy's default fingerprint (sha1 of the JSON of
    method, url, body, headers), so a URL that is already canonical keeps the fingerprint it
    had before this class was enabled, and existing HTTP-cache entries stay valid.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(RequestFingerprinter.from_crawler(crawler))

    def __init__(self, fallback: RequestFingerprinter | None = None) -> None:
        self._fallback = fallback or RequestFingerprinter()
        # Scrapy asks for the same request's fingerprint several times (scheduler, cache).
        self._cache: WeakKeyDictionary[Request, bytes] = WeakKeyDictionary()

    def fingerprint(self, request: Request) -> bytes:
        cached = self._cache.get(request)
        if cached is not None:
            return cached
        result = self._canonical_fingerprint(request)
        if result is None:
            result = self._fallback.fingerprint(request)
        self._cache[request] = result
        return result

    @staticmethod
    def _canonical_fingerprint(request: Request) -> bytes | None:
        if request.method != "GET" or request.body or request.meta.get("verbatim_url"):
            return None
        try:
            url = canonicalize_url(request.url)
        except ValueError:
            # Not http(s) (e.g. data: or file:): nothing of ours to agree with.
            return None
        data = {"method": "GET", "url": url, "body": "", "headers": {}}
        # SHA-1 because Scrapy uses it: identity, not security.
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).digest()
