"""The item that travels from the spiders through the pipelines into the ``articles`` table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One fetched article page.

    Spiders fill the fetch fields and the discovery hints; the pipelines fill the rest. ``html``
    is released as soon as extraction is done so that queued items stay small.
    """

    url: str  # canonical URL: the row's key
    fetched_url: str  # the URL the page was actually served from
    source: str
    fetched_at: str  # ISO 8601, UTC
    html: str | None = None  # decoded page text, never raw bytes
    hints: dict[str, Any] = field(default_factory=dict)  # title/published/author from feeds
    html_gz: bytes | None = None  # compressed page kept for `scrapy reprocess`

    title: str | None = None
    author: str | None = None
    published: str | None = None
    description: str | None = None
    sitename: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    text: str | None = None
    page_language: str | None = None  # <html lang> or metadata, used only for short texts

    language: str | None = None
    language_prob: float | None = None
    language_expected: bool | None = None  # False: kept although the source expects others
    content_hash: str | None = None
    signature: bytes | None = None  # MinHash signature of the cleaned text
    duplicate_of: str | None = None
    similarity: float | None = None
    line_keys: dict[str, str] = field(default_factory=dict)  # for learned boilerplate
