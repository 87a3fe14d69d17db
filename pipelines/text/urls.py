"""URL canonicalization: one key per article for the dupefilter and the database."""

from __future__ import annotations

from w3lib.url import canonicalize_url as _w3lib_canonicalize


def canonicalize_url(url: str) -> str:
    return _w3lib_canonicalize(url)
