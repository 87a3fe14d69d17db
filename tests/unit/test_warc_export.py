"""Writing the store's pages as a WARC file: a failed write leaves no file behind."""

from __future__ import annotations

import errno
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.exports.partial import partial_file
from crawler.storage.database import open_database
from crawler.warc import export
from crawler.warc.writer import Exchange, RotatingWarcWriter


def test_a_write_that_fails_leaves_no_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk mid-way left the half-written export under its .open name."""
    db = open_database(tmp_path / "news.db")
    out = tmp_path / "pages.warc"

    def full_disk(*_: Any, **__: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "new_writer", full_disk)
    with pytest.raises(OSError):
        export.export_pages(db, out)
    assert not out.exists() and not partial_file(out).exists()
    db.close()


def test_an_export_of_nothing_is_a_whole_empty_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "news.db")
    out = tmp_path / "pages.warc"
    result = export.export_pages(db, out)
    assert (result.written, result.unreadable) == (0, 0)
    assert out.is_file() and not partial_file(out).exists()
    db.close()


def test_the_pages_are_read_from_one_snapshot_while_a_crawl_writes(tmp_path: Path) -> None:
    """Each chunk of pages was read as the store stood at its query: a page a crawl stored
    or rewrote during the export was written as it was then, beside pages of an older state."""
    from crawler.storage.pagecodec import pack_page, unpack_page

    path = tmp_path / "news.db"
    reader, crawl = open_database(path), open_database(path)

    def page(n: int, html: str) -> None:
        url = f"https://a.example/{n:04d}"
        article = {"url": url, "source": "alpha", "fetched_at": "2026-03-02", "text": html}
        crawl.table("articles").upsert(article, pk="url")
        row = {"url": url, "fetched_at": "2026-03-02T10:00:00+00:00", "html_gz": pack_page(html)}
        crawl.table("pages").upsert(row, pk="url")

    for n in range(export.CHUNK + 1):
        page(n, f"<p>first {n}</p>")
    crawl.conn.commit()
    pages = export.stored_pages(reader)
    first = next(pages)
    page(export.CHUNK, "<p>rewritten</p>")
    page(export.CHUNK + 1, "<p>new</p>")
    crawl.conn.commit()
    rest = list(pages)
    assert len(rest) == export.CHUNK
    assert [unpack_page(row[3]) for row in (first, *rest)][-1] == f"<p>first {export.CHUNK}</p>"
    assert not reader.conn.in_transaction
    reader.close()
    crawl.close()


# WARC/1.1 WARC-Date (ISO 28500:2017, 5.4): UTC, seconds, up to nine digits of fraction.
_WARC_DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z")


def _read_with_warcio(path: Path) -> list[dict[str, Any]]:
    """Every record as warcio's own reader sees it, its digests checked (a wrong one raises)."""
    records = []
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh, check_digests="raise"):
            while record.raw_stream.read(1 << 16):
                pass  # the digests are checked as the block is read to its end
            head = record.rec_headers
            records.append(
                {
                    "type": record.rec_type,
                    "id": head.get_header("WARC-Record-ID"),
                    "uri": head.get_header("WARC-Target-URI"),
                    "date": head.get_header("WARC-Date"),
                    "concurrent": head.get_header("WARC-Concurrent-To"),
                    "digested": record.digest_checker.passed,
                    "payload_digest": head.get_header("WARC-Payload-Digest"),
                    "status": record.http_headers.get_statuscode() if record.http_headers else None,
                }
            )
    return records


def test_an_export_reads_back_valid_in_warcios_own_reader(tmp_path: Path) -> None:
    """What an archivist checks before moving a corpus to another tool: warcinfo first, every
    digest right, dates in the WARC/1.1 form, ids unique. (A guard: it held before.)"""
    from crawler.storage.pagecodec import pack_page

    db = open_database(tmp_path / "news.db")
    for n, fetched in enumerate(["2026-03-02T10:00:00+00:00", "2026-03-02T12:00:00.250+02:00"]):
        url = f"https://a.example/{n}"
        db.table("articles").insert({"url": url, "source": "a", "fetched_at": fetched, "text": "t"})
        html = f"<html><body><p>Seite {n}: Straße, Größe, 東京</p></body></html>"
        hints = '{"title": "Größe", "published": "2026-03-01"}'
        page = {"url": url, "fetched_at": fetched, "html_gz": pack_page(html), "hints": hints}
        db.table("pages").insert(page)
    db.conn.commit()
    out = tmp_path / "pages.warc.gz"
    assert export.export_pages(db, out).written == 2
    db.close()
    records = _read_with_warcio(out)
    assert [r["type"] for r in records] == ["warcinfo", "response", "response"]
    assert len({r["id"] for r in records}) == 3
    assert all(_WARC_DATE.fullmatch(r["date"]) for r in records)
    assert records[2]["date"] == "2026-03-02T10:00:00.250000Z"
    for response in records[1:]:
        assert response["digested"] is True and response["payload_digest"]
        assert response["status"] == "200"


def test_a_recording_pairs_each_request_with_its_response_for_warcio(tmp_path: Path) -> None:
    """Each request record names its response (WARC-Concurrent-To), for the same URI."""
    writer = RotatingWarcWriter(tmp_path, prefix="t", max_bytes=10**9, info={"isPartOf": "r"})
    for n in range(2):
        writer.write(
            Exchange(
                url=f"https://a.example/{n}",
                date=datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=UTC),
                status=200,
                response_headers=[("Content-Type", "text/html")],
                body=b"<p>page</p>",
                method="GET",
                request_headers=[("Host", "a.example")],
            )
        )
    writer.close()
    (path,) = writer.closed_files
    records = _read_with_warcio(path)
    assert records[0]["type"] == "warcinfo"
    by_id = {r["id"]: r for r in records}
    requests = [r for r in records if r["type"] == "request"]
    assert len(requests) == 2 and all(r["digested"] is True for r in records[1:])
    for request in requests:
        response = by_id[request["concurrent"]]
        assert (response["type"], response["uri"]) == ("response", request["uri"])
    assert all(_WARC_DATE.fullmatch(r["date"]) for r in records)
