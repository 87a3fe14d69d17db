"""Scrapy's duplicate-request filter with a smaller key per request.

A crawl keeps one key per request it made until it ends: 100,000 listed articles are 100,000
keys. Scrapy's RFPDupeFilter keeps the 20-byte fingerprint as a bytes object (64 bytes with
its header); this filter keeps its first 60 bits as an int (32 bytes). Enable with::

    DUPEFILTER_CLASS = "crawler.dupefilter.CompactDupeFilter"

Two different requests of one run share a key with a probability near n² / 2⁶¹ (4e-9 for
100,000 requests); the second is then dropped as a duplicate, which loses nothing: a dropped
article request stays pending (crawler/extensions/pending.py) and is requested by the next
run, and a dropped listing keeps no validator, so the next run reads it in full. With
``JOBDIR`` the filter is Scrapy's own, so the job's ``requests.seen`` file stays as Scrapy
writes and reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.dupefilters import RFPDupeFilter

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.utils.request import RequestFingerprinterProtocol

# Ints below 2**60 are two 30-bit digits in CPython: 32 bytes, the smallest multi-digit int.
_SHIFT = 4


class CompactDupeFilter(RFPDupeFilter):
    """RFPDupeFilter (same fingerprinter, settings and log) keeping a 60-bit int per request."""

    def __init__(
        self,
        path: str | None = None,
        debug: bool = False,
        *,
        fingerprinter: RequestFingerprinterProtocol | None = None,
    ) -> None:
        super().__init__(path, debug, fingerprinter=fingerprinter)
        self._keys: set[int] = set()

    def request_seen(self, request: Request) -> bool:
        if self.file:
            return super().request_seen(request)
        key = int.from_bytes(self._fingerprint(request)[:8], "big") >> _SHIFT
        if key in self._keys:
            return True
        self._keys.add(key)
        return False
