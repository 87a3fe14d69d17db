"""The articles table's language filter read as ``scrapy export --language`` reads it.

Datasette's column filter ``language=de`` kept the articles tagged ``de`` alone, while
``scrapy export --language de`` also takes the regional forms (``de-at``; ``zh`` is langdetect's
``zh-cn`` and ``zh-tw``), and ``language=DE`` matched nothing where the export takes any case.
A reader asking for German means German of any region, so the page takes the export's reading:
``language=`` (what the language facet and a typed filter give) is passed on as ``_language=``,
which Datasette's column filters leave alone, and read by this module's condition, the
export's own (crawler/exports/archive.py's ``language_condition``). The download
(download.py) reads the same argument the same way, so the file holds the page's rows.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode

from crawler.exports.archive import ExportError, language_condition, language_filter

# The argument the filter travels in, past Datasette's column filters.
LANGUAGE_ARG = "_language"
# The addresses whose rows the filter selects: the articles table and the unique_articles
# view (page, JSON, CSV) and the download.
FILTERED = re.compile(r"^/[^/]+/(articles|unique_articles)(\.json|\.csv)?$|^/-/download\.")
_POSITIONAL = re.compile(r"\?")


class LanguageError(ValueError):
    """A ``language=`` value that is no language code; the message says what to give."""


def language_query_string(path: str, query_string: bytes) -> bytes:
    """``query_string`` with each ``language=`` argument as ``_language=`` for an address of
    FILTERED; other addresses and other arguments (``language__contains``…) unchanged.
    LanguageError for a value that is no language code, checked here, before Datasette: the
    page is then a 400 that says so, as the export refuses it."""
    if not FILTERED.match(path) or b"language=" not in query_string:
        return query_string
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    moved = [(LANGUAGE_ARG if k == "language" and v else k, v) for k, v in pairs]
    language_where([v for k, v in moved if k == LANGUAGE_ARG])
    if moved == pairs:
        return query_string
    return urlencode(moved, quote_via=quote).encode("ascii")


def language_where(values: list[str]) -> tuple[str, list[str], tuple[str, ...]] | None:
    """The condition (``?`` parameters) and values for the ``_language`` arguments
    ``values``, and the codes as read; None when there is none. LanguageError for a value
    that is no code (``german``): it could never match, and an empty page would say nothing."""
    if not values:
        return None
    try:
        codes = language_filter(values)
    except ExportError as exc:
        raise LanguageError(str(exc).replace("--language", "language=")) from None
    clause, params = language_condition(codes)
    return clause, params, codes


def named(clause: str, params: list[str], prefix: str) -> tuple[str, dict[str, str]]:
    """``clause`` with its ``?`` parameters as ``:prefixN`` names, and their values by name:
    Datasette's filters take named parameters."""
    values = iter(params)
    given: dict[str, str] = {}

    def name(_: re.Match[str]) -> str:
        key = f"{prefix}{len(given)}"
        given[key] = next(values)
        return f":{key}"

    return _POSITIONAL.sub(name, clause), given
