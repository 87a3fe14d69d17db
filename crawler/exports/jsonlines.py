"""JSON Lines as every line reader splits them: one record a line, whatever its text holds.

JSON lets U+2028, U+2029 and U+0085 stand unescaped in a string, and both exports wrote them
so (``ensure_ascii=False``, to keep the text readable). Python's ``str.splitlines``, and the
readers built on it, end a line at each of them: an article's text holding a line separator
(pasted from a word processor, seen in real pages) split its record in two, neither of them
JSON. They are written as ``\\u2028`` escapes, which every JSON reader reads back as the same
character. The control characters that end lines are escaped by JSON itself.
"""

from __future__ import annotations

from typing import Any

from scrapy.exporters import JsonLinesItemExporter
from scrapy.utils.serialize import ScrapyJSONEncoder

# Characters str.splitlines ends a line at that JSON leaves unescaped, and their escapes.
_LINE_BREAKS = (("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\u0085", "\\u0085"))


def one_line(json_text: str) -> str:
    """``json_text`` (a JSON value as text) with the line breaks JSON leaves unescaped escaped:
    inside a JSON text they can only stand in strings, where the escape means the same.

    Looked for first, replaced only where present, and a text without any (nearly every
    record) is returned as it is: ``str.translate`` with a mapping copied every record
    character by character, 60 times as slow on a text of another script than Latin (0.75 ms
    for 3,300 Arabic characters, twenty times ``json.dumps`` of it), which made the JSON
    Lines export of 100,000 articles take half again as long as their CSV."""
    for character, escape in _LINE_BREAKS:
        if character in json_text:
            json_text = json_text.replace(character, escape)
    return json_text


class _OneLineEncoder(ScrapyJSONEncoder):
    def encode(self, o: Any) -> str:
        return one_line(super().encode(o))


class OneLineJsonLinesItemExporter(JsonLinesItemExporter):
    """Scrapy's JSON Lines exporter (``-O out.jsonl``), each record on one line for any reader:
    only its encoder is replaced, the writing stays Scrapy's."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self.encoder = _OneLineEncoder(**self._kwargs)
