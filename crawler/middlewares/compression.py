"""Scrapy's HttpCompressionMiddleware, able to keep the start of a body that unpacks too large.

Scrapy's refuses a response whose body unpacks past DOWNLOAD_MAXSIZE (IgnoreRequest, the body
dropped). A host's robots.txt is read up to a limit instead (RFC 9309 2.5,
crawler/middlewares/politeness.py): one sent compressed that unpacked past it was refused, and
Scrapy's robots.txt middleware reads a refused robots.txt as none at all, allow all: the
site's rules were ignored (measured: 770 bytes of gzip unpacking past 500 KiB under
DOWNLOAD_MAXSIZE=65536, the page it disallowed fetched).

A request whose meta carries ``UNPACK_UPTO`` (a byte count) gets its body unpacked up to that
many bytes, the rest ignored, the response flagged ``UNPACKED_IN_PART`` when there was more.
It is unpacked incrementally, never past about twice the limit (brotli's output bound is not
exact), so a compression bomb costs no more memory than a body at the limit. Any other
request is left to Scrapy's middleware as it is. The same decoder (``unpacked_start``) undoes a
WARC record's Content-Encoding (crawler/warc/reader.py), so an archived body reads as a live one.
"""

from __future__ import annotations

import logging
import re
import sys
import zlib
from collections.abc import Callable
from typing import Protocol

import brotli
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.http import Response
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

# What a zstd stream that does not unpack raises.
ZstdError = zstd.ZstdError

logger = logging.getLogger(__name__)

# Meta key of a request whose body is read up to this many bytes unpacked, the rest ignored.
UNPACK_UPTO = "news_unpack_upto"
# Flag of a response whose body was unpacked up to UNPACK_UPTO bytes, with more left unread.
UNPACKED_IN_PART = "unpacked up to the limit"
_GZIP_MAGIC = b"\x1f\x8b"


class PartialHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's HttpCompressionMiddleware; a request carrying ``UNPACK_UPTO`` gets the start
    of its body unpacked, not a refusal, when the body unpacks past it."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        limit: int = request.meta.get(UNPACK_UPTO, 0)
        encodings = response.headers.getlist("Content-Encoding")
        if not limit or not encodings or request.method == "HEAD":
            return super().process_response(request, response)
        to_decode, to_keep = self._split_encodings(encodings)
        body = response.body
        cut = False
        for encoding in to_decode:
            try:
                body = self._decode(body, encoding, limit)
            except _DecompressionMaxSizeExceeded:
                # Scrapy's decoder dropped what it had unpacked: the start is unpacked again,
                # this time stopping at the limit.
                body = unpacked_start(body, encoding, limit)
            if len(body) > limit:
                body = body[:limit]
                cut = True
        headers = response.headers.copy()
        if to_keep:
            headers["Content-Encoding"] = to_keep
            self._warn_unknown_encoding(response, to_keep)
        else:
            del headers["Content-Encoding"]
        if self.stats:
            self.stats.inc_value("httpcompression/response_bytes", len(body))
            self.stats.inc_value("httpcompression/response_count")
        flags = [*response.flags, UNPACKED_IN_PART] if cut else response.flags
        return response.replace(body=body, headers=headers, flags=flags)


def unpacked_start(body: bytes, encoding: bytes | str, limit: int) -> bytes:
    """The start of ``body`` unpacked from ``encoding`` (gzip, deflate, br or zstd): more
    than ``limit`` bytes when it holds more, never the whole of a body that unpacks past
    about twice the limit. ValueError, naming the coding, when it does not unpack.

    The one decoder of a compressed body whose size is bounded: this middleware's, and the
    WARC reader's (``crawler/warc/reader.py`` ``decode_content``), which had a twin of its own
    that stopped at NUL bytes between gzip members. Both now read alike:

    - a stream of several gzip members or zstd frames is read on from one to the next, over
      NUL bytes between gzip members (as Python's gzip and GNU gzip read them); what follows
      the last gzip member is ignored unless it starts as a member does (``1f 8b``), when it
      must unpack;
    - a stream cut short gives what it holds (as Scrapy's decoders give it);
    - ``deflate`` is zlib-wrapped or raw, as servers send either under that name;
    - the input is fed in slices, so a body of many tiny members costs time in proportion
      to its size (each member's end copied the rest of the body: 3 MB of one-byte members
      took 18 s of CPU, growing with the square of the size), and memory stays about twice
      the limit.
    """
    name = (encoding.decode("latin-1") if isinstance(encoding, bytes) else encoding).lower()
    want = limit + 1
    try:
        if name in ("gzip", "x-gzip"):
            return _members_start(body, want, _gzip_member, _next_gzip_member)
        if name == "deflate":
            # Servers send zlib-wrapped and raw deflate streams under this name alike.
            try:
                return _members_start(body, want, zlib.decompressobj, _no_next)
            except zlib.error:
                return _members_start(body, want, _raw_deflate, _no_next)
        if name == "br":
            # output_buffer_limit is a bound, not an exact size: about twice the limit at most.
            unpacked: bytes = brotli.Decompressor().process(body, output_buffer_limit=want)
            return unpacked
        if name == "zstd":
            return _members_start(body, want, zstd.ZstdDecompressor, _next_zstd_frame)
    except (zlib.error, brotli.error, ZstdError) as exc:
        raise ValueError(f"{name}: {exc}") from None
    raise ValueError(f"unknown Content-Encoding {name!r}")


class _Inflater(Protocol):
    """A zlib or zstd decompressor: one stream (a gzip member, a zstd frame) each."""

    @property
    def eof(self) -> bool: ...

    @property
    def unused_data(self) -> bytes: ...

    def decompress(self, data: memoryview, max_length: int, /) -> bytes: ...


# The first slice of a stream fed to its decompressor, doubled up to the last: a tiny member
# copies no more than the first slice when it ends (the rest of a slice is its unused_data).
_FIRST_SLICE = 256
_LAST_SLICE = 1 << 16
_NOT_NUL = re.compile(rb"[^\0]")


def _gzip_member() -> _Inflater:
    return zlib.decompressobj(16 + zlib.MAX_WBITS)


def _raw_deflate() -> _Inflater:
    return zlib.decompressobj(-zlib.MAX_WBITS)


def _next_gzip_member(data: bytes, end: int) -> int | None:
    """Where the gzip member after the one ending at ``end`` starts, past NUL padding."""
    found = _NOT_NUL.search(data, end)
    if found is None or not data.startswith(_GZIP_MAGIC, found.start()):
        return None
    return found.start()


def _next_zstd_frame(data: bytes, end: int) -> int | None:
    return end if end < len(data) else None


def _no_next(data: bytes, end: int) -> int | None:
    return None


def _members_start(
    data: bytes,
    want: int,
    inflater: Callable[[], _Inflater],
    next_start: Callable[[bytes, int], int | None],
) -> bytes:
    """Up to ``want`` bytes unpacked from ``data``, stream after stream while ``next_start``
    finds one after the last's end."""
    view = memoryview(data)
    out = bytearray()
    start: int | None = 0
    while start is not None and len(out) < want:
        end = _stream_into(out, view, start, want, inflater())
        start = None if end is None else next_start(data, end)
    return bytes(out)


def _stream_into(
    out: bytearray, view: memoryview, start: int, want: int, inflater: _Inflater
) -> int | None:
    """Unpack the stream at ``view[start:]`` into ``out`` up to ``want`` bytes; the offset
    just past the stream's end, or None when it did not end (cut short, or ``out`` full)."""
    pos, size = start, _FIRST_SLICE
    while len(out) < want and pos < len(view):
        piece = view[pos : pos + size]
        pos += len(piece)
        size = min(size * 2, _LAST_SLICE)
        out += inflater.decompress(piece, want - len(out))
        if inflater.eof:
            return pos - len(inflater.unused_data)
    return None
