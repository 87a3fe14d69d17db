"""The item that travels from the spiders through the pipelines into the ``articles`` table.

This is the one definition of an article's fields. A field with a ``column`` type is a column
of ``articles``: the store derives its row from these fields and the schema adds a column for
each one a database does not have yet (``crawler/storage/schema.py``), so a new field is
declared here and nowhere else.
"""

from __future__ import annotations

import functools
import json
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any, ClassVar

from itemadapter import ItemAdapter
from itemadapter.adapter import DataclassAdapter

# Field metadata marking an ``articles`` column and its SQLite type. Lists are stored as JSON
# text and booleans as 0/1 (see column_value), so their columns are TEXT and INTEGER.
TEXT: dict[str, Any] = {"column": str}
INTEGER: dict[str, Any] = {"column": int}
REAL: dict[str, Any] = {"column": float}
# ISO 8601 text in SQLite; exports that know types (Parquet) write it as a UTC timestamp.
TIMESTAMP: dict[str, Any] = {"column": str, "timestamp": True}
# A URL: stored without a ``user:password@`` (pipelines/store.py), whatever the page or
# archive gave. A page's og:image kept the image server's login in every copy of the store.
URL: dict[str, Any] = {"column": str, "url": True}


@dataclass
class Article:
    """One fetched article page.

    Spiders fill the fetch fields and the discovery hints; the pipelines fill the rest. ``html``
    is released as soon as extraction is done so that queued items stay small.
    """

    url: str = field(metadata=URL)  # canonical URL: the row's key
    fetched_url: str = field(metadata=URL)  # the URL the page was actually served from
    source: str = field(metadata=TEXT)
    fetched_at: str = field(metadata=TIMESTAMP)  # ISO 8601, UTC
    html: str | None = None  # decoded page text, never raw bytes
    # The page's bytes when ``html`` is exactly their UTF-8 decoding, else None: what the
    # extraction pool sends to a worker in place of ``html`` (a pickle would re-encode it).
    html_utf8: bytes | None = None
    hints: dict[str, Any] = field(default_factory=dict)  # title/published/author from listings
    html_gz: bytes | None = None  # compressed page kept for `scrapy reprocess` (table pages)
    # ETag and Last-Modified of a fetched page ({"etag": …, "last_modified": …}), kept with the
    # stored row for the revisits' conditional GET; empty for pages not fetched (reprocess).
    validators: dict[str, str | None] = field(default_factory=dict)
    # Fetched by this crawl, now: the page's latest answer, later than any fetch stored of it
    # whatever the clock says (pipelines/store.py); False for an archive's or a reprocess's.
    fetched_live: bool = False

    title: str | None = field(default=None, metadata=TEXT)
    # Every author in page order (JSON list); ``author`` is the same names joined by ", ".
    authors: list[str] = field(default_factory=list, metadata=TEXT)
    author: str | None = field(default=None, metadata=TEXT)
    # UTC, crawler/clock.py's format; precision "day", "minute" or "second" beside it.
    published: str | None = field(default=None, metadata=TIMESTAMP)
    published_precision: str | None = field(default=None, metadata=TEXT)
    # The calendar day the page gives that moment in its own zone (YYYY-MM-DD): the page's
    # "5 March" may be 4 March in UTC; NULL without a published date.
    published_day: str | None = field(default=None, metadata=TEXT)
    modified: str | None = field(default=None, metadata=TIMESTAMP)  # when the page states one
    # Where each resolved field came from: {"published": "jsonld", "authors": "byline", ...}.
    meta_origin: dict[str, str] = field(default_factory=dict, metadata=TEXT)
    # The fields left empty because the page's strong candidates disagreed: not stored, counted
    # per stored article in the run's row (run_sources.meta_conflicts).
    meta_conflicts: list[str] = field(default_factory=list)
    description: str | None = field(default=None, metadata=TEXT)
    sitename: str | None = field(default=None, metadata=TEXT)
    tags: list[str] = field(default_factory=list, metadata=TEXT)
    image: str | None = field(default=None, metadata=URL)
    text: str | None = field(default=None, metadata=TEXT)
    # A subscription wall cuts the article (JSON-LD, wall text, wall markup with a cut ending).
    paywalled: bool | None = field(default=None, metadata=INTEGER)

    language: str | None = field(default=None, metadata=TEXT)
    language_prob: float | None = field(default=None, metadata=REAL)
    # False: kept although the source expects others.
    language_expected: bool | None = field(default=None, metadata=INTEGER)
    content_hash: str | None = field(default=None, metadata=TEXT)
    signature: bytes | None = None  # MinHash signature of the cleaned text (table dedup_signatures)
    duplicate_of: str | None = field(default=None, metadata=URL)
    similarity: float | None = field(default=None, metadata=REAL)
    line_keys: dict[str, str] = field(default_factory=dict)  # for learned boilerplate
    # The stored page a reprocess pass reads again (its URL in ``pages``): the store marks it
    # done in the transaction that writes its row (crawler/storage/reprocess_passes.py).
    reread_url: str | None = None


class ArticleAdapter(DataclassAdapter):
    """itemadapter's dataclass adapter for :class:`Article`, with the field map built once.

    ``ItemAdapter(item)`` tries each adapter class in turn (an ABC isinstance check first) and
    the dataclass one rebuilds the map of all fields for every adapter: ~25 µs, and an article
    is adapted six to eight times on its way (Scrapy, the pipelines, the signal handlers).
    Registered first, so an Article is answered here at once; anything else goes on as before.
    """

    _FIELDS: ClassVar[dict[str, Field[Any]]] = {}

    def __init__(self, item: Any) -> None:
        self.item = item
        self._fields_dict = ArticleAdapter._FIELDS

    @classmethod
    def is_item(cls, item: Any) -> bool:
        return type(item) is Article


ArticleAdapter._FIELDS = {f.name: f for f in fields(Article)}
ItemAdapter.ADAPTER_CLASSES.appendleft(ArticleAdapter)  # type: ignore[attr-defined]


def article_columns() -> dict[str, type]:
    """The stored fields of :class:`Article` and their SQLite types, in declaration order."""
    return {f.name: f.metadata["column"] for f in fields(Article) if "column" in f.metadata}


@functools.cache
def url_fields() -> tuple[str, ...]:
    """The stored fields of :class:`Article` that hold a URL (:data:`URL`)."""
    return tuple(f.name for f in fields(Article) if f.metadata.get("url"))


def column_value(value: Any) -> Any:
    """A field's value as SQLite stores it: lists and dicts as JSON text, booleans as 0/1."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def item_value(name: str, value: Any) -> Any:
    """A stored column's value as the item's field carries it: the inverse of
    :func:`column_value` (JSON text back to a list or mapping, 0/1 back to a boolean)."""
    spec = ArticleAdapter._FIELDS[name]
    if value is None:
        return spec.default_factory() if spec.default_factory is not MISSING else None
    if spec.default_factory is not MISSING and isinstance(value, str):
        return json.loads(value)
    if spec.metadata.get("column") is int:
        return bool(value)
    return value
