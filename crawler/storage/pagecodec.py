"""How a stored page's HTML is packed into ``pages.html_gz`` and read back.

New pages are written as zstd level 3: on the generated 80 KB pages of benchmarks/throughput.py
it takes 0.31 ms of CPU a page against 0.91 ms for zlib level 3, and stores 20.1 KB against 21.0
KB (benchmarks/worker_cost.py prints the worker's ``compress`` stage). Each process packs with
one compressor, which writes every page as a frame of its own: the same bytes as
``zstd.compress``, without a fresh context, its allocation and the zeroing of its tables for
every page. Pages written before are
zlib streams; the two are told apart by zstd's frame magic number, which no zlib stream starts
with (its first byte is 0x78 for every window size zlib writes), so archives need no migration.
"""

from __future__ import annotations

import sys
import zlib

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

__all__ = ["PageCodecError", "pack_page", "unpack_page"]

ZSTD_LEVEL = 3
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# zstd's output does not depend on what a context compressed before, and a frame ended with
# FLUSH_FRAME leaves the context ready for the next one (a failed call resets it). The
# compressor holds a lock of its own, so threads may share it.
_PACKER = zstd.ZstdCompressor(level=ZSTD_LEVEL)


class PageCodecError(ValueError):
    """A stored page that cannot be unpacked: damaged bytes or not UTF-8 text."""


def pack_page(html: str, utf8: bytes | None = None) -> bytes:
    """The decoded page as stored: UTF-8, zstd-compressed. ``utf8``: exactly
    ``html.encode("utf-8")``, where the caller has those bytes (not encoded again)."""
    data = html.encode("utf-8") if utf8 is None else utf8
    return _PACKER.compress(data, zstd.ZstdCompressor.FLUSH_FRAME)


# The most a stored page may unpack to. Pages are stored decoded from bodies of at most
# DOWNLOAD_MAXSIZE (10 MiB by default), and UTF-8 takes at most three bytes for a byte of the
# legacy encodings; a damaged or crafted row that unpacks to more is refused before it fills
# the reader's memory (a few KB of zstd can hold gigabytes of one repeated byte).
MAX_PAGE_BYTES = 256 * 1024 * 1024


def unpack_page(blob: bytes, limit: int = MAX_PAGE_BYTES) -> str:
    """The page text of a ``pages.html_gz`` value, zstd or (older rows) zlib.

    Raises :class:`PageCodecError` (a ValueError) for anything unreadable or unpacking to more
    than ``limit`` bytes, so one damaged row is a counted skip for its reader, never a crash.
    """
    if not isinstance(blob, bytes | bytearray | memoryview):
        raise PageCodecError(f"stored page is {type(blob).__name__}, not bytes")
    data = bytes(blob)
    try:
        raw = _zstd_frames(data, limit) if data[:4] == _ZSTD_MAGIC else _zlib_stream(data, limit)
        return raw.decode("utf-8")
    except (zlib.error, zstd.ZstdError, UnicodeDecodeError) as exc:
        raise PageCodecError(str(exc)) from exc


def _zstd_frames(data: bytes, limit: int) -> bytes:
    """Every zstd frame of ``data`` (as ``zstd.decompress`` reads them), at most ``limit``
    bytes in all."""
    out = bytearray()
    while data:
        decompressor = zstd.ZstdDecompressor()
        out += decompressor.decompress(data, max_length=limit - len(out) + 1)
        if len(out) > limit:
            raise PageCodecError(f"stored page unpacks to more than {limit} bytes")
        if not decompressor.eof:
            raise PageCodecError("stored page ends inside its zstd frame")
        data = decompressor.unused_data
        if data and data[:4] != _ZSTD_MAGIC:
            raise PageCodecError("stored page has bytes after its zstd frame")
    return bytes(out)


def _zlib_stream(data: bytes, limit: int) -> bytes:
    """The zlib stream of ``data``, at most ``limit`` bytes."""
    decompressor = zlib.decompressobj()
    out = decompressor.decompress(data, limit + 1)
    if len(out) > limit:
        raise PageCodecError(f"stored page unpacks to more than {limit} bytes")
    if not decompressor.eof:
        raise PageCodecError("stored page ends inside its zlib stream")
    return out
