"""Writing the store's pages as a WARC file: a failed write leaves no file behind."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from crawler.storage.database import open_database
from crawler.warc import export
from crawler.warc.writer import OPEN_SUFFIX


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
    assert not out.exists() and not out.with_name(out.name + OPEN_SUFFIX).exists()
    db.close()


def test_an_export_of_nothing_is_a_whole_empty_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "news.db")
    out = tmp_path / "pages.warc"
    result = export.export_pages(db, out)
    assert (result.written, result.unreadable) == (0, 0)
    assert out.is_file() and not out.with_name(out.name + OPEN_SUFFIX).exists()
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
