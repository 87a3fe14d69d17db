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
