"""Exporting the store's pages as WARC response records (``scrapy export-warc FILE``).

The store keeps each article page as the text the spider decoded (``pages.html_gz``), not the
bytes and headers the server sent: an export writes that text re-encoded as UTF-8 under
synthesized HTTP headers (``200 OK``, ``Content-Type: text/html; charset=utf-8``), dated by
``fetched_at``, addressed by the URL the page was fetched from and carrying the hints of the
listing that named it (``HINTS_FIELD``: its title, dates and author, which the resolver weighs
with the page's own). Ingesting the export (``-a warc=FILE``) gives the same extracted rows; a
crawl recorded with ``NEWS_WARC_DIR`` is the faithful archive.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.discovery import stored_hints
from crawler.exports.partial import holding, partial_file, publish
from crawler.storage.database import read_snapshot
from crawler.storage.pagecodec import unpack_page
from crawler.warc.writer import Exchange, new_writer, write_exchange

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

# Pages read per query: bounds memory on large databases.
CHUNK = 200


@dataclass
class ExportResult:
    written: int = 0
    unreadable: int = 0  # rows whose stored HTML or date could not be read
    # Articles of the selection whose page the store did not keep (stored with NEWS_KEEP_HTML
    # off): not in the file, which said only "Wrote N pages" of the others.
    without_page: int = 0


def _of_sources(sources: Sequence[str]) -> str:
    """The condition on the articles (``a``) of ``sources``; none for all."""
    return f"AND a.source IN ({', '.join('?' for _ in sources)})" if sources else ""


def articles_without_page(db: Database, sources: Sequence[str] = ()) -> int:
    """How many stored articles (of ``sources``, or all) have no page kept to export."""
    row = db.execute(
        f"""
        SELECT count(*) FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.url = a.url AND p.html_gz IS NOT NULL)
        {_of_sources(sources)}
        """,
        list(sources),
    ).fetchone()
    return int(row[0])


def stored_pages(
    db: Database, sources: Sequence[str] = ()
) -> Generator[tuple[Any, ...], None, None]:
    """(url, fetched_url, fetched_at, html_gz, hints, source) of the stored pages, in the order the
    store took their articles (``articles.rowid``), all read from one snapshot of the store (a
    crawl's commits during the export are not in it). That order rebuilds the copy links: the
    first of two copies stored is the original, and in URL order a copy whose URL sorted first
    came back as the original."""
    with read_snapshot(db):
        yield from _chunks(db, sources)


def _chunks(db: Database, sources: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    where = _of_sources(sources)
    last = 0
    while True:
        rows = db.execute(
            f"""
            SELECT p.url, p.fetched_url, p.fetched_at, p.html_gz, p.hints, a.source, a.rowid
            FROM pages p JOIN articles a ON a.url = p.url
            WHERE a.rowid > ? AND p.html_gz IS NOT NULL {where}
            ORDER BY a.rowid LIMIT ?
            """,
            [last, *sources, CHUNK],
        ).fetchall()
        if not rows:
            return
        yield from (row[:6] for row in rows)
        last = rows[-1][6]


def page_exchange(
    url: str,
    fetched_url: str | None,
    fetched_at: str,
    html_gz: bytes,
    hints: str | None = None,
    source: str | None = None,
) -> Exchange:
    """The response to write for one stored page, with its listing's hints and its article's
    source; ValueError when unreadable."""
    body = unpack_page(html_gz).encode("utf-8")
    return Exchange(
        url=fetched_url or url,
        date=datetime.fromisoformat(fetched_at),
        status=200,
        response_headers=[
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
        ],
        body=body,
        hints=stored_hints(hints),
        source=source,
    )


def export_pages(db: Database, path: Path, *, sources: Sequence[str] = ()) -> ExportResult:
    """Write the stored pages into ``path`` (gzip per record when it ends in ``.gz``).

    Written under a hidden name (:func:`partial_file`) and renamed at the end, so a
    half-written export is never mistaken for a whole one.
    """
    result = ExportResult()
    partial = partial_file(path)
    info = {
        "software": "Newsloom export-warc",
        "format": "WARC File Format 1.1",
        "description": (
            "Stored article pages: the decoded HTML re-encoded as UTF-8 under synthesized "
            "HTTP headers; the original bytes and headers are not kept by the store"
        ),
    }
    try:
        with holding(partial):
            with (
                partial.open("wb") as out,
                read_snapshot(db),  # the count and the pages of one state of the store
                closing(stored_pages(db, sources)) as pages,
            ):
                result.without_page = articles_without_page(db, sources)
                writer = new_writer(out, path.name, info, gzip=path.name.lower().endswith(".gz"))
                for url, fetched_url, fetched_at, html_gz, hints, source in pages:
                    try:
                        exchange = page_exchange(
                            url, fetched_url, fetched_at, html_gz, hints, source
                        )
                    except (ValueError, TypeError) as exc:
                        result.unreadable += 1
                        logger.warning(
                            "Not exporting %s: its stored page is unreadable (%s)", url, exc
                        )
                        continue
                    write_exchange(writer, exchange)
                    result.written += 1
            # Renamed with the lock held: released first, an export starting meanwhile took
            # the finished file, still under its partial name, for a killed export's and
            # removed it (remove_stale_partials).
            publish(partial, path)
    except BaseException:
        # A full disk, a damaged database or Ctrl-C mid-way left the half-written file behind
        # under its partial name.
        if partial.is_file():
            partial.unlink()
        raise
    return result
