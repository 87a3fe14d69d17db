"""The XML exporter of a crawl's ``-O out.xml``: a NULL field is an empty element.

Scrapy's XML exporter writes any value that is not text, a list or a mapping as Python prints
it, so each field the article lacks (``author``, ``published``, ``duplicate_of``…: NULL in the
store) came out as the text "None", which no reader tells from a headline "None". The same
exporter writes a field the item does not hold at all as an empty element, and ``-O out.csv``
writes a NULL as an empty field: an empty element it is here too, every item keeping every
field in the order of the other formats. Lists are ``<value>`` elements and ``meta_origin``
one element per field, as Scrapy writes them.

XML 1.0 holds no control character but tab, line feed and carriage return, no U+FFFE or
U+FFFF and no lone surrogate, not even as a character reference. Scrapy wrote them as they
were, and a text holding one (a NUL, a vertical tab pasted from a word processor) made the
whole file unreadable to every XML parser ("Char 0x0 out of allowed range"). Each is written
as U+FFFD, the replacement character, and their count is logged once the file is done:
JSON Lines, CSV and Parquet keep them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from scrapy.exporters import XmlItemExporter

logger = logging.getLogger(__name__)

# What XML 1.0's Char production leaves out.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


def xml_chars(value: Any) -> tuple[Any, int]:
    """``value`` with every character XML cannot hold, in its texts at any depth of lists and
    mappings, made U+FFFD; and how many there were."""
    if isinstance(value, str):
        return NOT_XML.subn("\ufffd", value)
    if isinstance(value, Mapping):
        pairs = {key: xml_chars(inner) for key, inner in value.items()}
        return {key: v for key, (v, _) in pairs.items()}, sum(n for _, n in pairs.values())
    if isinstance(value, list | tuple):
        parts = [xml_chars(inner) for inner in value]
        return [v for v, _ in parts], sum(n for _, n in parts)
    return value, 0


class NullsEmptyXmlItemExporter(XmlItemExporter):
    """Scrapy's XML exporter with a NULL written as an empty element, not "None", and a
    character XML cannot hold as U+FFFD, counted, rather than a file no parser reads."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self.replaced = 0

    def serialize_field(self, field: Mapping[str, Any], name: str, value: Any) -> Any:
        value, replaced = xml_chars(without_nulls(super().serialize_field(field, name, value)))
        self.replaced += replaced
        return value

    def finish_exporting(self) -> None:
        super().finish_exporting()
        if self.replaced:
            logger.warning(
                "%d characters XML cannot hold (control characters, U+FFFE, U+FFFF) written "
                "as U+FFFD; JSON Lines, CSV and Parquet keep them",
                self.replaced,
            )
