"""Stored pages: written as zstd, read back from zstd and from the zlib rows of older runs."""

from __future__ import annotations

import zlib

import pytest

from crawler.storage.pagecodec import PageCodecError, pack_page, unpack_page

PAGE = "<html><body><p>Grüße aus Köln – 東京</p></body></html>" * 50


def test_a_packed_page_reads_back_and_is_smaller() -> None:
    blob = pack_page(PAGE)
    assert blob[:4] == b"\x28\xb5\x2f\xfd"  # a zstd frame
    assert len(blob) < len(PAGE.encode("utf-8")) // 5
    assert unpack_page(blob) == PAGE


def test_a_zlib_row_of_an_older_run_still_reads() -> None:
    for level in (1, 3, 6, 9):
        assert unpack_page(zlib.compress(PAGE.encode("utf-8"), level)) == PAGE


@pytest.mark.parametrize(
    "blob",
    [
        b"\x00\xff\x00\xff",  # neither format
        pack_page(PAGE)[:20],  # a cut zstd frame
        zlib.compress(PAGE.encode("utf-8"))[:-8],  # a cut zlib stream
        zlib.compress(b"\xff\xfe\xfa"),  # not UTF-8
        b"",
        None,
    ],
)
def test_an_unreadable_row_is_a_value_error(blob: object) -> None:
    with pytest.raises(PageCodecError) as caught:
        unpack_page(blob)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
