"""The CSV exporter of a crawl's ``-O out.csv``: lists and mappings as the JSON text they are
stored as, the cells ``scrapy export``'s CSV writes for them.

Scrapy's own CSV exporter joins a list with commas and writes a dict as Python prints it: two
authors became one cell "Anna Berg,Bert Cramer" (which a name with a comma in it cannot be told
from) and ``meta_origin`` "{'title': 'h1'}", which no JSON reader reads back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapy.exporters import CsvItemExporter

from .fields import json_cell


class JsonCellsCsvItemExporter(CsvItemExporter):
    """Scrapy's CSV exporter with list and dict fields written as JSON text."""

    def serialize_field(self, field: Mapping[str, Any], name: str, value: Any) -> Any:
        if isinstance(value, list | dict):
            return json_cell(value)
        return super().serialize_field(field, name, value)
