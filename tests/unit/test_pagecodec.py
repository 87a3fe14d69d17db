"""Stored pages: written as zstd, read back from zstd and from the zlib rows of older runs."""

from __future__ import annotations

import zlib
from typing import Any

import pytest

from crawler.storage.pagecodec import MAX_PAGE_BYTES, PageCodecError, pack_page, unpack_page

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


@pytest.mark.parametrize("pack", [pack_page, lambda text: zlib.compress(text.encode("utf-8"))])
def test_a_row_that_unpacks_to_more_than_the_limit_is_refused(pack: object) -> None:
    blob = pack("a" * 5000)  # type: ignore[operator]
    assert unpack_page(blob, limit=5000) == "a" * 5000
    with pytest.raises(PageCodecError, match="more than 4999 bytes"):
        unpack_page(blob, limit=4999)


def test_the_default_limit_stops_a_small_row_holding_a_huge_page() -> None:
    from crawler.storage.pagecodec import zstd

    # 300 MiB of one byte packs into a few KB: the reader must refuse it, not unpack it.
    size = 300 * 1024 * 1024
    compressor = zstd.ZstdCompressor(level=1)
    chunk = b"a" * (1024 * 1024)
    blob = b"".join(compressor.compress(chunk) for _ in range(size // len(chunk)))
    blob += compressor.flush()
    assert len(blob) < 100_000 and size > MAX_PAGE_BYTES
    with pytest.raises(PageCodecError, match="more than"):
        unpack_page(blob)


def test_concatenated_zstd_frames_read_as_one_page_and_stray_bytes_do_not() -> None:
    half = PAGE[: len(PAGE) // 2]
    assert unpack_page(pack_page(half) + pack_page(PAGE[len(half) :])) == PAGE
    with pytest.raises(PageCodecError, match="after its zstd frame"):
        unpack_page(pack_page(PAGE) + b"xx")


def test_pages_are_packed_by_one_compressor_to_the_bytes_of_a_fresh_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each page used to get a compression context of its own (``zstd.compress``): its
    allocation and the zeroing of its tables were about a tenth of the worker's ``compress``
    stage. The shared compressor must write each page exactly as a fresh one does, whatever
    it packed before (a page's stored bytes are compared across runs)."""
    import random

    from crawler.storage.pagecodec import ZSTD_LEVEL, zstd

    made = 0
    real = zstd.ZstdCompressor

    class Counted:
        """Makes the real compressors (the type cannot be subclassed), counting them."""

        FLUSH_FRAME = real.FLUSH_FRAME

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            nonlocal made
            made += 1
            return real(*args, **kwargs)

    rng = random.Random(7)
    words = ["Köln", "東京", "news", "<p>", "</div>", "–", "2026", "a" * 40, "\n"]
    texts = ["", "x", PAGE, PAGE * 40, PAGE[:3]]
    for _ in range(12):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randrange(1, 30_000))))
    expected = [zstd.compress(text.encode("utf-8"), ZSTD_LEVEL) for text in texts]
    monkeypatch.setattr(zstd, "ZstdCompressor", Counted)
    packed = [pack_page(text) for text in texts]
    packed += [pack_page(text, text.encode("utf-8")) for text in reversed(texts)]
    assert made == 0
    assert packed == expected + expected[::-1]
    assert [unpack_page(blob) for blob in packed[: len(texts)]] == texts
