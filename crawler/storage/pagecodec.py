"""How a stored page's HTML is packed into ``pages.html_gz`` and read back.

New pages are written as zstd level 3: on the generated 80 KB pages of benchmarks/throughput.py
it takes 0.31 ms of CPU a page against 0.91 ms for zlib level 3, and stores 20.1 KB against 21.0
KB (benchmarks/worker_cost.py prints the worker's ``compress`` stage). Pages written before are
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


class PageCodecError(ValueError):
    """A stored page that cannot be unpacked: damaged bytes or not UTF-8 text."""


def pack_page(html: str) -> bytes:
    """The decoded page as stored: UTF-8, zstd-compressed."""
    return zstd.compress(html.encode("utf-8"), ZSTD_LEVEL)


def unpack_page(blob: bytes) -> str:
    """The page text of a ``pages.html_gz`` value, zstd or (older rows) zlib.

    Raises :class:`PageCodecError` (a ValueError) for anything unreadable, so one damaged row
    is a counted skip for its reader, never a crash.
    """
    if not isinstance(blob, bytes | bytearray | memoryview):
        raise PageCodecError(f"stored page is {type(blob).__name__}, not bytes")
    try:
        raw = zstd.decompress(blob) if bytes(blob[:4]) == _ZSTD_MAGIC else zlib.decompress(blob)
        return raw.decode("utf-8")
    except (zlib.error, zstd.ZstdError, UnicodeDecodeError) as exc:
        raise PageCodecError(str(exc)) from exc
