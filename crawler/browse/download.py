"""The whole of what the articles table shows, as the file ``scrapy export`` writes for it.

Datasette's (0.65) CSV of a table is one page of at most 1,000 rows, and its streamed CSV
(``_stream=on``) pages on from a first page whose order among rows sharing the sort value is
SQLite's choice, then stops at ``max_csv_mb`` (100 MB, about 20,000 articles) with a line
"CSV contains more than … bytes" in the file and status 200: a truncated file that looked
complete. Its columns are the store's, bookkeeping included, its lists stored JSON text.

Here the table's filters (column filters such as ``source=…`` or ``published__gte=…``,
facets, and the search box) select rows from the store the way ``scrapy export`` reads them
(crawler/exports/archive.py): every matching row once, by rowid in one snapshot of the store,
in batches of 1,000 streamed as they are read, in the export's columns and cells. So
``/-/download.csv?source=a`` is byte for byte ``scrapy export out.csv --source a``. The
table's sort and paging do not change the file: it is every row, in the export's order.

The ``unique_articles`` view (one row per story: ``articles`` where ``duplicate_of IS NULL``)
links to its own CSV, which Datasette also cut at 1,000 rows. It is served the same way,
as the table's rows with the filter ``duplicate_of__isnull=1`` and the view page's own
filters: ``/news/unique_articles.csv?source=a`` is ``scrapy export out.csv --unique --source a``.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from datasette.filters import Filters
from datasette.utils.asgi import AsgiStream, Response
from sqlite_utils import Database

from crawler.exports.archive import SEARCH_ROWIDS, CsvWriter, JsonLinesWriter, iter_rows
from crawler.storage.database import read_only_uri

from .languages import LANGUAGE_ARG, LanguageError, language_where
from .query import search_expression

logger = logging.getLogger(__name__)

DOWNLOAD_VIEW = "/-/download"
# The CSV addresses of the articles table and of its unique_articles view, which their pages
# link to: served as the download of the rows they select.
TABLE_CSV = re.compile(r"^/[^/]+/(?P<table>articles|unique_articles)\.csv$")
# The column filter that selects the view's rows (``duplicate_of IS NULL``, the view's
# definition in crawler/storage/schema.py) from the table: ``scrapy export --unique``.
ORIGINALS = b"duplicate_of__isnull=1"
# The file's formats, by the suffix of the address: the writer and its media type.
FORMATS: dict[str, tuple[type[CsvWriter] | type[JsonLinesWriter], str]] = {
    "csv": (CsvWriter, "text/csv; charset=utf-8"),
    "jsonl": (JsonLinesWriter, "application/x-ndjson; charset=utf-8"),
}
# Arguments of a table address that change how its page looks, not which rows it holds.
PAGE_ARGUMENTS = frozenset(
    {
        "_sort",
        "_sort_desc",
        "_size",
        "_next",
        "_stream",
        "_labels",
        "_nolabels",
        "_nofacet",
        "_nocount",
        "_nosuggest",
        "_facet",
        "_facet_date",
        "_facet_array",
        "_facet_size",
        "_sort_by_desc",
        "_json",
        "_label",
        "_extras",
        "_context",
        "_show_hidden",
        "_success",
        "_timelimit",
        "_ttl",
        "_dl",
        "_header",
        "_col",
        "_nocol",
        "_trace",
        "_shape",
        "_searchmode",
    }
)
_NAMED = re.compile(r":(p\d+)\b")


class DownloadError(ValueError):
    """The address asks for rows the download cannot select; the message says which part."""


@dataclass(frozen=True)
class TableFilter:
    """The rows a table address selects, as ``scrapy export`` reads a filter
    (:class:`crawler.exports.archive.RowFilter`)."""

    condition: str
    params: tuple[Any, ...]

    def where(self) -> tuple[str, list[Any]]:
        return self.condition, list(self.params)


def table_filter(args: list[tuple[str, str]], columns: set[str]) -> TableFilter:
    """The rows the articles table shows for the query ``args``: Datasette's own column
    filters (the same SQL the table page runs) and the search box as the page reads it
    (query.py), ``_searchmode=raw`` as FTS5 syntax, the language as the export's
    ``--language`` (``_language``, languages.py). DownloadError for an argument that would
    select rows in a way not taken here (``_where``, a search of one column), or a column
    the table lacks: a file of other rows than the page's must not look like the page's."""
    pairs: list[tuple[str, str]] = []
    languages: list[str] = []
    search = ""
    raw = False
    for key, value in args:
        if key == LANGUAGE_ARG:
            languages.append(value)
        elif key == "_search":
            search = value
        elif key == "_searchmode":
            raw = value == "raw"
        elif key.startswith("_") and "__" not in key:
            if key not in PAGE_ARGUMENTS:
                raise DownloadError(f"the download cannot select rows by {key}")
        elif value != "":
            column = key.rsplit("__", 1)[0]
            if column not in columns:
                raise DownloadError(f"the articles table has no column {column!r}")
            pairs.append((key, value))
    filters = Filters(sorted(pairs))
    unknown = [lookup for _, lookup, _ in filters.selections() if lookup not in filters_by_key()]
    if unknown:
        raise DownloadError(f"the download knows no filter {unknown[0]!r}")
    clauses, named = filters.build_where_clauses("articles")
    params: list[Any] = []
    positional = []
    for clause in clauses:
        positional.append(_NAMED.sub(lambda m: _take(m, named, params), clause))
    try:
        language = language_where(languages)
    except LanguageError as exc:
        raise DownloadError(str(exc)) from None
    if language is not None:
        positional.append(language[0])
        params.extend(language[1])
    if search.strip():
        positional.append(f"rowid IN ({SEARCH_ROWIDS})")
        params.append(search if raw else search_expression(search))
    return TableFilter(" AND ".join(positional) or "1 = 1", tuple(params))


def filters_by_key() -> dict[str, Any]:
    """Datasette's column filters by their name (``exact``, ``gte``, ``contains``…)."""
    return {f.key: f for f in Filters._filters}


def _take(match: re.Match[str], named: dict[str, Any], params: list[Any]) -> str:
    """A ``:pN`` parameter of Datasette's SQL as a ``?``, its value appended to ``params``:
    the export reads a condition with positional parameters."""
    params.append(named[match.group(1)])
    return "?"


def download_scope(scope: dict[str, Any]) -> dict[str, Any]:
    """``scope`` with the articles table's CSV address (the page's *CSV* link and its export
    form, streamed or not) turned into the download's, the same arguments kept; the
    unique_articles view's with its originals-only filter added (``scrapy export --unique``)."""
    found = TABLE_CSV.match(scope.get("path", "")) if scope.get("type") == "http" else None
    if found is None:
        return scope
    path = f"{DOWNLOAD_VIEW}.csv"
    moved = {**scope, "path": path, "raw_path": path.encode("ascii")}
    if found.group("table") == "unique_articles":
        query = scope.get("query_string", b"")
        moved["query_string"] = b"&".join(part for part in (query, ORIGINALS) if part)
    return moved


def _reader(path: Path) -> Database:
    """The store read-only, on a connection the batches may be read from on any one thread
    at a time (each batch is read in a worker thread, so the server keeps answering)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    return Database(conn)


async def download_view(datasette: Any, request: Any) -> Any:
    """``/-/download.csv`` or ``/-/download.jsonl`` with a table page's arguments: every
    row that page selects, streamed. A 400 page for arguments it cannot take, checked
    before the first byte: once the file has begun, a failure can only cut it short, which
    the reader sees as a transfer that did not end."""
    fmt = request.url_vars["format"]
    writer_class, media_type = FORMATS[fmt]
    db = datasette.get_database()
    store = _reader(Path(db.path))
    try:
        columns = {c for c in store["articles"].columns_dict}
        where = table_filter(parse_qsl(request.query_string, keep_blank_values=True), columns)
        condition, params = where.where()
        # LIMIT 1, not 0: FTS5 reads its query (and finds a syntax error) only when it runs.
        store.execute(f"SELECT 1 FROM articles WHERE {condition} LIMIT 1", params).fetchall()
    except (DownloadError, sqlite3.Error) as exc:
        store.close()
        return Response.text(f"Cannot download these rows: {exc}\n", status=400)

    async def stream(out: Any) -> None:
        buffer = io.StringIO(newline="")
        writer = writer_class(buffer)  # a CSV's header is in the buffer, sent with the rows
        batches = iter_rows(store, where)
        try:
            while batch := await asyncio.to_thread(next, batches, None):
                writer.write(batch)
                await out.write(buffer.getvalue())
                buffer.seek(0)
                buffer.truncate()
            await out.write(buffer.getvalue())
        finally:
            await asyncio.to_thread(batches.close)
            store.close()

    headers = {"content-disposition": f'attachment; filename="articles.{fmt}"'}
    return AsgiStream(stream, headers=headers, content_type=media_type)
