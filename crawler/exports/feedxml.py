"""The XML exporter of a crawl's ``-O out.xml``: a NULL field is an empty element.

Scrapy's XML exporter writes any value that is not text, a list or a mapping as Python prints
it, so each field the article lacks (``author``, ``published``, ``duplicate_of``…: NULL in the
store) came out as the text "None", which no reader tells from a headline "None". The same
exporter writes a field the item does not hold at all as an empty element, and ``-O out.csv``
writes a NULL as an empty field: an empty element it is here too, every item keeping every
field in the order of the other formats. Lists are ``<value>`` elements and ``meta_origin``
one element per field, as Scrapy writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapy.exporters import XmlItemExporter


def without_nulls(value: Any) -> Any:
    """``value`` with every None in it, at any depth of lists and mappings, made ``""``: the
    text of an empty element."""
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return {key: without_nulls(inner) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return [without_nulls(inner) for inner in value]
    return value


class NullsEmptyXmlItemExporter(XmlItemExporter):
    """Scrapy's XML exporter with a NULL written as an empty element, not "None"."""

    def serialize_field(self, field: Mapping[str, Any], name: str, value: Any) -> Any:
        return without_nulls(super().serialize_field(field, name, value))
