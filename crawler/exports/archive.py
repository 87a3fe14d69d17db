"""``scrapy export``: the stored archive as JSON Lines, CSV or Parquet, in bounded memory.

Rows are read in batches by rowid (keyset paging: each batch is one short query, never a
cursor over the whole table held open) and written as they arrive, so a million articles
take the memory of one batch. The format follows the file's suffix.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections import Counter
from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from scrapy.settings.default_settings import FEED_EXPORTERS_BASE

from crawler.items import article_columns
from crawler.storage import versions as article_versions
from crawler.storage.database import read_snapshot

from .fields import (
    BOOL_FIELDS,
    LIST_FIELDS,
    OBJECT_FIELDS,
    TIMESTAMP_FIELDS,
    export_fields,
    json_cell,
    parse_timestamp,
    record_from_row,
)
from .jsonlines import one_line
from .partial import holding, partial_file, publish

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
# What ``scrapy export-warc`` writes, in lower case; a suffix is taken in any case, as FORMATS'.
WARC_SUFFIXES = (".warc", ".warc.gz")
BATCH_ROWS = 1000


class ExportError(ValueError):
    """The export cannot be done as asked; the message says what to change."""


# The rows of articles the full-text index finds for an FTS5 expression, as Datasette's
# table search asks it.
SEARCH_ROWIDS = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"


class RowFilter(Protocol):
    """Which ``articles`` rows an export reads: :class:`ArchiveFilter` for ``scrapy export``,
    the browse download's filter for what a table page shows (crawler/browse/download.py)."""

    def where(self) -> tuple[str, list[Any]]:
        """An SQL condition on ``articles`` with ``?`` parameters, and their values."""
        ...


@dataclass(frozen=True)
class ArchiveFilter:
    """Which stored articles to export. Dates compare in UTC, by ``published`` when the
    article has one and by when it was fetched otherwise."""

    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    since: str | None = None  # ISO date or date-time, inclusive
    until: str | None = None  # ISO date or date-time, exclusive
    unique: bool = False  # originals only: no row that is a copy of another
    # An FTS5 expression the article's title or text must match (SQLite's full-text index):
    # ``--search`` as the browse search box reads it (crawler/browse/query.py).
    match: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.sources:
            clauses.append(f"source IN ({', '.join('?' for _ in self.sources)})")
            params.extend(self.sources)
        if self.languages:
            clause, codes = language_condition(self.languages)
            clauses.append(clause)
            params.extend(codes)
        when = "datetime(coalesce(published, fetched_at))"
        moments = []
        for bound, op in ((self.since, ">="), (self.until, "<")):
            if bound is not None:
                moment = parse_timestamp(bound)
                if moment is None:
                    raise ExportError(f"{bound!r} is not a date (use YYYY-MM-DD or ISO 8601)")
                clauses.append(f"{when} {op} datetime(?)")
                params.append(moment.isoformat())
                moments.append(moment)
        if len(moments) == 2 and moments[0] >= moments[1]:
            # Swapped bounds matched nothing and wrote an empty file, exit 0, as if the
            # archive held no article in the period.
            raise ExportError(
                f"--since {self.since} is not before --until {self.until}: no date is in between"
            )
        if self.unique:
            clauses.append("duplicate_of IS NULL")
        if self.match is not None:
            clauses.append(f"rowid IN ({SEARCH_ROWIDS})")
            params.append(self.match)
        return (" AND ".join(clauses) or "1 = 1"), params


def format_for(path: Path) -> str:
    """The export format a file name asks for, by its suffix."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None and path.name.lower().endswith(WARC_SUFFIXES):
        # The stored pages, not the articles: the user meant the other command.
        raise ExportError(f"{path.name} is a WARC file: `scrapy export-warc {path}` writes one")
    if fmt is None:
        raise ExportError(
            f"cannot tell the format of {path.name}: name it .jsonl, .csv or .parquet"
        )
    return fmt


# With ``--versions``: the number of the version a record holds, what changed in it against
# the version before (share of words, fields; null and [] for an article that never changed),
# and the versions before it (each a dict of VERSION_KEYS), empty for an article that never
# changed.
VERSION_FIELDS = ("version", "change_share", "changed_fields", "versions")
VERSION_KEYS = (
    "version",
    "fetched_at",
    "title",
    "published",
    "authors",
    "text",
    "content_hash",
    "change_share",
    "changed_fields",
    "paywalled",
)


def _with_versions(db: Database, records: list[dict[str, Any]]) -> None:
    """Attach each record's earlier versions (crawler/storage/versions.py), texts rebuilt, and
    what changed in the version it holds: left out, an export of a corrected article said
    version 2 and nowhere what its correction changed, which ``scrapy versions`` shows."""
    histories = article_versions.changed_histories(db, [r["url"] for r in records])
    for record in records:
        history = histories.get(record["url"], [])
        current = history[-1] if history else None
        record["change_share"] = current.change_share if current else None
        record["changed_fields"] = current.changed_fields if current else []
        record["versions"] = [{key: getattr(v, key) for key in VERSION_KEYS} for v in history[:-1]]


def iter_rows(
    db: Database, where: RowFilter, batch_rows: int = BATCH_ROWS, *, versions: bool = False
) -> Generator[list[dict[str, Any]], None, None]:
    """Batches of matching ``articles`` rows as records, in rowid order; with ``versions``,
    each with its version number and earlier versions (VERSION_FIELDS).

    Every batch is read from one snapshot of the store, taken at the first: an export beside
    a running crawl holds the rows as they were when it began, none of them twice or in two
    states, and each record's versions are those of the version it holds."""
    with read_snapshot(db):
        yield from _batches(db, where, batch_rows, versions=versions)


def _batches(
    db: Database, where: RowFilter, batch_rows: int, *, versions: bool
) -> Iterator[list[dict[str, Any]]]:
    condition, params = where.where()
    names = export_fields() + (["version"] if versions else [])
    columns = ", ".join(f'"{name}"' for name in names)
    sql = (
        f"SELECT rowid AS _rowid, {columns} FROM articles "
        f"WHERE rowid > ? AND ({condition}) ORDER BY rowid LIMIT ?"
    )
    last = 0
    while True:
        cursor = db.execute(sql, [last, *params, batch_rows])
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        if not rows:
            return
        last = rows[-1]["_rowid"]
        records = [record_from_row(row) for row in rows]
        if versions:
            for record, row in zip(records, rows, strict=True):
                record["version"] = row["version"]
            _with_versions(db, records)
        yield records
        if len(rows) < batch_rows:
            return


class _Writer(Protocol):
    def __init__(self, path: Path, versions: bool = False) -> None: ...

    def write(self, records: Sequence[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def _text_file(target: Path | TextIO, encoding: str, newline: str) -> TextIO:
    """The file at ``target``, opened to write, or ``target`` itself when it is a text stream
    already (the browse download writes each batch to a buffer it sends)."""
    if isinstance(target, Path):
        return target.open("w", encoding=encoding, newline=newline)
    return target


class JsonLinesWriter:
    """One JSON object per line, UTF-8, lists as JSON arrays, dates as ISO text."""

    def __init__(self, path: Path | TextIO, versions: bool = False) -> None:
        self.file = _text_file(path, "utf-8", "\n")

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        for record in records:
            self.file.write(one_line(json.dumps(record, ensure_ascii=False)) + "\n")

    def close(self) -> None:
        self.file.close()


class CsvWriter:
    """A header of the article fields, then one row each; lists, mappings (``meta_origin``)
    and versions as JSON text."""

    encoding = "utf-8"

    def __init__(self, path: Path | TextIO, versions: bool = False) -> None:
        self.file = _text_file(path, self.encoding, "")
        names = export_fields() + (list(VERSION_FIELDS) if versions else [])
        self.writer = csv.DictWriter(self.file, fieldnames=names)
        self.writer.writeheader()

    def cell(self, value: Any) -> Any:
        """A field's value as written in its cell."""
        return value

    def cells(self, record: dict[str, Any]) -> dict[str, Any]:
        """A record's row as written, each field in its cell."""
        row = dict(record)
        for name in (*LIST_FIELDS, *OBJECT_FIELDS, "changed_fields", "versions"):
            if name in row:
                row[name] = json_cell(row[name])
        return {name: self.cell(value) for name, value in row.items()}

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        for record in records:
            self.writer.writerow(self.cells(record))

    def close(self) -> None:
        self.file.close()


# What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The most characters an Excel cell holds (Microsoft's "Excel specifications and limits":
# 32,767), counted as Excel counts them, in UTF-16 code units: a character beyond the Basic
# Multilingual Plane (an emoji, a rare CJK ideograph) takes two.
SPREADSHEET_CELL_CHARS = 32_767


def spreadsheet_length(text: str) -> int:
    """The length of ``text`` as a spreadsheet counts it (UTF-16 code units)."""
    if len(text) * 2 <= SPREADSHEET_CELL_CHARS:
        return len(text)  # short enough whatever its characters: no need to encode it
    return len(text.encode("utf-16-le")) // 2


@dataclass
class LongCells:
    """The cells of a ``--spreadsheet`` export longer than a spreadsheet cell holds.

    The CSV keeps them whole, but Excel cuts such a cell at SPREADSHEET_CELL_CHARS (or carries
    the rest into the rows below): an article's text, or its ``versions`` JSON, opened cut
    without a word. Counted here, they are said once the export is done."""

    rows: int = 0
    columns: Counter[str] = field(default_factory=Counter)

    def note(self, cells: dict[str, Any]) -> None:
        """Count a row's cells, as written, that are too long for a spreadsheet."""
        long = [
            name
            for name, value in cells.items()
            if isinstance(value, str) and spreadsheet_length(value) > SPREADSHEET_CELL_CHARS
        ]
        if long:
            self.rows += 1
            self.columns.update(long)


class SpreadsheetCsvWriter(CsvWriter):
    """CSV to open in Excel or LibreOffice (``--spreadsheet``): a byte order mark, without
    which Excel reads UTF-8 as the Windows code page ('Ã¼' for 'ü'), and an apostrophe
    before a text it would take for a formula. Titles come from other people's pages:
    '+++ Eilmeldung +++' or '-10 % im Mai' showed as an error, '=HYPERLINK(…)' ran.
    Cells longer than a spreadsheet cell holds are written whole and counted in
    ``long_cells``."""

    encoding = "utf-8-sig"

    def __init__(
        self, path: Path, versions: bool = False, long_cells: LongCells | None = None
    ) -> None:
        super().__init__(path, versions)
        self.long_cells = LongCells() if long_cells is None else long_cells

    def cell(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        for record in records:
            cells = self.cells(record)
            self.long_cells.note(cells)
            self.writer.writerow(cells)


def _json_type(pa: Any) -> Any:
    """JSON text, declared as JSON (Parquet's JSON logical type, Arrow's ``arrow.json``) where
    pyarrow has the type (19 and later), else plain text.

    A mapping of free keys such as ``meta_origin`` has no Parquet type every reader reads back
    as one: a map comes back from pyarrow and pandas as a list of (key, value) pairs, and a
    struct fixes its keys in the schema, so a key outside them would be lost. JSON text is
    what CSV holds too; pyarrow reads the annotated column as ``arrow.json``, pandas as text.
    """
    json_type = getattr(pa, "json_", None)
    return json_type() if json_type is not None else pa.string()


def parquet_schema(versions: bool = False) -> Any:
    """Typed columns: UTC timestamps for dates, lists of strings, numbers, booleans, text;
    with ``versions``, the version number and a list of earlier versions as structs."""
    import pyarrow as pa

    types = {str: pa.string(), int: pa.int64(), float: pa.float64()}
    columns = []
    for name, kind in article_columns().items():
        if name in TIMESTAMP_FIELDS:
            arrow_type = pa.timestamp("us", tz="UTC")
        elif name in LIST_FIELDS:
            arrow_type = pa.list_(pa.string())
        elif name in BOOL_FIELDS:
            arrow_type = pa.bool_()
        elif name in OBJECT_FIELDS:
            arrow_type = _json_type(pa)
        else:
            arrow_type = types[kind]
        columns.append(pa.field(name, arrow_type))
    if versions:
        version = pa.struct(
            [
                ("version", pa.int64()),
                ("fetched_at", pa.timestamp("us", tz="UTC")),
                ("title", pa.string()),
                ("published", pa.timestamp("us", tz="UTC")),
                ("authors", pa.list_(pa.string())),
                ("text", pa.string()),
                ("content_hash", pa.string()),
                ("change_share", pa.float64()),
                ("changed_fields", pa.list_(pa.string())),
                ("paywalled", pa.bool_()),
            ]
        )
        columns += [
            pa.field("version", pa.int64()),
            pa.field("change_share", pa.float64()),
            pa.field("changed_fields", pa.list_(pa.string())),
            pa.field("versions", pa.list_(version)),
        ]
    return pa.schema(columns)


class ParquetWriter:
    """One row group per batch, so memory stays at one batch whatever the archive's size."""

    def __init__(self, path: Path, versions: bool = False) -> None:
        import pyarrow.parquet as pq

        self.schema = parquet_schema(versions)
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        import pyarrow as pa

        columns: dict[str, list[Any]] = {name: [] for name in self.schema.names}
        for record in records:
            for name in self.schema.names:
                value = record[name]
                if name in TIMESTAMP_FIELDS:
                    value = parse_timestamp(value)
                elif name in LIST_FIELDS:
                    value = [str(v) for v in value]
                elif name in OBJECT_FIELDS and value is not None:
                    # The JSON of the value JSON Lines writes: a stored text that is no object
                    # becomes a JSON string, so the column holds JSON throughout.
                    value = json.dumps(value, ensure_ascii=False)
                elif name == "versions":
                    value = [
                        {
                            **v,
                            "fetched_at": parse_timestamp(v["fetched_at"]),
                            "published": parse_timestamp(v["published"]),
                        }
                        for v in value
                    ]
                columns[name].append(value)
        self.writer.write_batch(pa.RecordBatch.from_pydict(columns, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


WRITERS: dict[str, type[_Writer]] = {
    "jsonl": JsonLinesWriter,
    "csv": CsvWriter,
    "parquet": ParquetWriter,
}


def writer_for(path: Path, *, spreadsheet: bool = False) -> type[_Writer]:
    """The writer for the file's format; ``spreadsheet`` is for CSV only."""
    fmt = format_for(path)
    if spreadsheet and fmt != "csv":
        raise ExportError(f"--spreadsheet writes CSV: name the file {path.stem}.csv")
    return SpreadsheetCsvWriter if spreadsheet else WRITERS[fmt]


# What the exports write, in lower case: ``scrapy export`` (its FORMATS, a suffix in any
# case), ``export-warc`` and a crawl's ``-O`` (Scrapy's feed formats, named by suffix). Only a
# partial file of one of these is taken for one of theirs (partial.py,
# ``remove_stale_partials``); a list of its own missed ``.ndjson`` and ``ARTICLES.JSONL``,
# whose killed partial files stayed.
EXPORT_SUFFIXES = tuple(
    sorted({*FORMATS, *(f".{name}" for name in FEED_EXPORTERS_BASE), *WARC_SUFFIXES})
)


def export_archive(
    db: Database,
    path: Path,
    where: ArchiveFilter,
    batch_rows: int = BATCH_ROWS,
    *,
    versions: bool = False,
    spreadsheet: bool = False,
    long_cells: LongCells | None = None,
) -> int:
    """Write the matching articles to ``path`` (format by suffix); returns the row count.

    ``versions`` adds each article's version number and its earlier versions; ``spreadsheet``
    writes a CSV for spreadsheets (:class:`SpreadsheetCsvWriter`), counting in ``long_cells``
    the cells longer than a spreadsheet holds.

    The file is written beside its final name and renamed at the end, so a failed or
    interrupted export never leaves a truncated file under the name asked for.
    """
    writer_class = writer_for(path, spreadsheet=spreadsheet)
    where.where()  # reject bad dates before creating any file
    partial = partial_file(path)
    writer = None
    count = 0
    # The writer opens the partial file inside the try: a Ctrl-C between its creation and
    # the try left the hidden partial file behind.
    try:
        with holding(partial):
            writer = (
                SpreadsheetCsvWriter(partial, versions, long_cells)
                if spreadsheet
                else writer_class(partial, versions)
            )
            with closing(iter_rows(db, where, batch_rows, versions=versions)) as batches:
                for batch in batches:
                    writer.write(batch)
                    count += len(batch)
            writer.close()
            publish(partial, path)  # a folder under the name asked for: the partial goes too
    except BaseException:
        if writer is not None:
            writer.close()
        partial.unlink(missing_ok=True)
        raise
    logger.info("Exported %d articles to %s", count, path)
    return count


# A language code as the store holds it: two letters (ISO 639-1, as langdetect names them),
# then regional or script subtags ("zh-cn").
_LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:-[a-z0-9]{1,8})*")


def language_filter(values: Sequence[str]) -> tuple[str, ...]:
    """``--language``'s codes as the store holds them: lower case, ``-`` between subtags
    ("DE", "zh-CN", "zh_TW" -> "de", "zh-cn", "zh-tw"). Typed otherwise they matched no row
    and the export wrote an empty file, exit 0. A value that is no code (``german``) is an
    ExportError: it can never match a stored language."""
    codes = []
    for value in values:
        code = value.strip().lower().replace("_", "-")
        if not _LANGUAGE_CODE.fullmatch(code):
            raise ExportError(
                f"--language {value!r} is not a language code: give the two-letter code the "
                "articles are tagged with (de, en, …) or a regional form (zh-cn)"
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def language_condition(codes: Sequence[str]) -> tuple[str, list[str]]:
    """The SQL condition (``?`` parameters, and their values) for articles in any of
    ``codes`` (as :func:`language_filter` gives them), each with its regional forms: "de"
    takes "de-at" too, and "zh" both forms langdetect stores, "zh-cn" and "zh-tw". A
    researcher asking for German means German of any region; a regional form asks for that
    one alone. The one reading of a language filter, for ``scrapy export --language`` and
    the browse table's ``language=`` (crawler/browse/languages.py)."""
    clause = " OR ".join("language = ? OR language LIKE ?" for _ in codes)
    return f"({clause})", [value for code in codes for value in (code, f"{code}-%")]


def unknown_languages(db: Database, languages: Sequence[str]) -> list[str]:
    """The codes in ``languages`` no stored article has, regional forms included: a
    ``--language german`` (not a code) exported an empty file and said only "0 articles
    written", where a mistyped ``--source`` is named."""
    return [
        code
        for code in languages
        if db.execute(
            "SELECT 1 FROM articles WHERE language = ? OR language LIKE ? LIMIT 1",
            [code, f"{code}-%"],
        ).fetchone()
        is None
    ]


def unknown_sources(db: Database, sources: Sequence[str]) -> list[str]:
    """The names in ``sources`` no stored article has: a mistyped ``--source`` exported an
    empty file and said only "0 articles written"."""
    return [
        name
        for name in sources
        if db.execute("SELECT 1 FROM articles WHERE source = ? LIMIT 1", [name]).fetchone() is None
    ]
