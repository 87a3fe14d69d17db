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
request is left to Scrapy's middleware as it is.
"""

from __future__ import annotations

import logging
import sys
import zlib

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


def unpacked_start(body: bytes, encoding: bytes, limit: int) -> bytes:
    """The start of ``body`` unpacked from ``encoding`` (gzip, deflate, br or zstd): more
    than ``limit`` bytes when it holds more, never the whole of a body that unpacks past
    about twice the limit. A stream of several gzip members or zstd frames is read on from
    one to the next, as Scrapy's decoders read it."""
    want = limit + 1
    if encoding in (b"gzip", b"x-gzip"):
        return _gunzipped_start(body, want)
    if encoding == b"deflate":
        # Servers send zlib-wrapped and raw deflate streams under this name alike.
        try:
            return zlib.decompressobj().decompress(body, want)
        except zlib.error:
            return zlib.decompressobj(-zlib.MAX_WBITS).decompress(body, want)
    if encoding == b"br":
        # output_buffer_limit is a bound, not an exact size: about twice the limit at most.
        unpacked: bytes = brotli.Decompressor().process(body, output_buffer_limit=want)
        return unpacked
    if encoding == b"zstd":
        return _zstd_start(body, want)
    raise ValueError(f"unknown Content-Encoding {encoding!r}")


def _gunzipped_start(data: bytes, want: int) -> bytes:
    """Up to ``want`` bytes unpacked from ``data``, member after member of a gzip stream,
    over the NUL bytes that may pad them (as Python's gzip reads them); what follows the
    last member is ignored, as Scrapy's gunzip ignores it."""
    out = bytearray()
    while len(out) < want:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += inflater.decompress(data, want - len(out))
        data = inflater.unused_data.lstrip(b"\0")
        if not (inflater.eof and data.startswith(_GZIP_MAGIC)):
            break
    return bytes(out)


def _zstd_start(data: bytes, want: int) -> bytes:
    """Up to ``want`` bytes unpacked from ``data``, frame after frame of a zstd stream."""
    out = bytearray()
    while data and len(out) < want:
        decompressor = zstd.ZstdDecompressor()
        out += decompressor.decompress(data, max_length=want - len(out))
        if not decompressor.eof:
            break
        data = decompressor.unused_data
    return bytes(out)
