"""The fields of an exported article: the stored columns of :class:`~crawler.items.Article`.

Feed exports (``scrapy crawl SOURCE -O out.jsonl``) and ``scrapy export`` write the same
fields. Internals that travel on the item (the page's HTML, its compressed copy, the MinHash
signature, line keys, listing hints) are not article data and are never exported; they are
exactly the fields without a ``column`` type, so a new stored field is exported without a
change here.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from crawler.items import Article, article_columns


def export_fields() -> list[str]:
    """Column names in declaration order: FEED_EXPORT_FIELDS and the archive's columns."""
    return list(article_columns())


def _hint_origin(hint: Any) -> set[Any]:
    """The types a field's annotation allows, ``None`` left out (``list[str] | None`` -> list)."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    args = typing.get_args(hint) if union else (hint,)
    return {typing.get_origin(a) or a for a in args} - {type(None)}


_HINTS = typing.get_type_hints(Article)
LIST_FIELDS = frozenset(name for name in export_fields() if list in _hint_origin(_HINTS[name]))
BOOL_FIELDS = frozenset(name for name in export_fields() if bool in _hint_origin(_HINTS[name]))
# Mappings (``meta_origin``): a JSON object in JSON Lines, as the crawl's ``-O out.jsonl``
# writes the item's dict, and JSON text where a format has no objects (CSV; Parquet, in a
# column declared JSON).
OBJECT_FIELDS = frozenset(name for name in export_fields() if dict in _hint_origin(_HINTS[name]))
TIMESTAMP_FIELDS = frozenset(f.name for f in fields(Article) if f.metadata.get("timestamp"))


def parse_timestamp(value: Any) -> datetime | None:
    """An ISO 8601 text as an aware UTC datetime; a bare date or time without offset is UTC.

    Returns None for what is not a date: stored values come from pages and may be anything.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored ``articles`` row as an article record: lists as lists, mappings as dicts,
    flags as booleans: the values the crawl's item holds, so both exports write the same.

    Dates stay the ISO text they were stored as (the writers that know types, Parquet, turn
    them into timestamps). A list column holding text that is not a JSON list becomes a
    one-element list rather than failing the export; a mapping column holding text that is
    not a JSON object stays that text, NULL stays None.

    An empty text is None, as NULL is: CSV writes both as the one empty field, so a store
    holding both (a title its cleaning emptied, stored before the worker stored NULL for it)
    exported ``""`` and ``null`` in JSON Lines and Parquet, and the same empty cell in CSV.
    """
    record: dict[str, Any] = {}
    for name in export_fields():
        value = row.get(name)
        if name in LIST_FIELDS:
            value = _as_list(value)
        elif name in OBJECT_FIELDS:
            value = _as_object(value)
        elif name in BOOL_FIELDS and value is not None:
            value = bool(value)
        elif value == "":
            value = None
        record[name] = value
    return record


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def _as_object(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, dict) else value


def json_cell(value: Any) -> Any:
    """A list or mapping as the JSON text it is stored as (a CSV cell);
    anything else as it is."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value
