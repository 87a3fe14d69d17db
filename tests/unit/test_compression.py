"""A body read up to a limit unpacked: its start kept, never the whole of a compression bomb."""

from __future__ import annotations

import gzip
import sys
import tracemalloc
import zlib

import brotli
import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.middlewares.compression import (
    UNPACK_UPTO,
    UNPACKED_IN_PART,
    PartialHttpCompressionMiddleware,
)
from tests.unit.components import crawler_for

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

URL = "http://news.example/robots.txt"
LIMIT = 512_000
TEXT = b"".join(b"Disallow: /p/%06d/\n" % i for i in range(40_000))  # 760,000 bytes


def _packed(encoding: str, body: bytes) -> bytes:
    if encoding == "gzip":
        # Two members, NUL bytes between them: a stream of several is read on from one to
        # the next, as Scrapy's gunzip reads it.
        half = len(body) // 2
        return gzip.compress(body[:half], 1) + bytes(8) + gzip.compress(body[half:], 1)
    if encoding == "deflate":
        return zlib.compress(body, 1)
    if encoding == "br":
        return bytes(brotli.compress(body, quality=1))
    return bytes(zstd.compress(body, 1))


def _answer(middleware: HttpCompressionMiddleware, body: bytes, encoding: str) -> Response:
    request = Request(URL, meta={UNPACK_UPTO: LIMIT})
    headers = {"Content-Encoding": encoding, "Content-Type": "text/plain"}
    answer = middleware.process_response(request, Response(URL, body=body, headers=headers))
    assert isinstance(answer, Response)
    return answer


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_a_body_unpacking_past_the_limit_keeps_its_start(encoding: str) -> None:
    """Scrapy's middleware refused a body unpacking past DOWNLOAD_MAXSIZE, its start dropped:
    a robots.txt so refused was read as none (allow all). A request carrying UNPACK_UPTO
    gets its first UNPACK_UPTO bytes, flagged; one within the limit is read whole."""
    crawler = crawler_for(DOWNLOAD_MAXSIZE=65536)
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    packed = _packed(encoding, TEXT)
    cut = _answer(middleware, packed, encoding)
    assert cut.body == TEXT[:LIMIT]
    assert UNPACKED_IN_PART in cut.flags
    assert "Content-Encoding" not in cut.headers
    whole = _answer(middleware, _packed(encoding, TEXT[:LIMIT]), encoding)
    assert whole.body == TEXT[:LIMIT]
    assert UNPACKED_IN_PART not in whole.flags
    # Without the meta key, Scrapy's limit holds as before.
    plain = Response(URL, body=packed, headers={"Content-Encoding": encoding})
    with pytest.raises(IgnoreRequest, match="exceeded DOWNLOAD_MAXSIZE"):
        middleware.process_response(Request(URL), plain)


@pytest.mark.parametrize("encoding", ["gzip", "br", "zstd"])
def test_a_compression_bomb_is_unpacked_only_up_to_the_limit(encoding: str) -> None:
    """A body of a few hundred KiB unpacking to 256 MiB costs the memory of a body at the
    limit, not of what it unpacks to."""
    crawler = crawler_for()
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    bomb = _packed(encoding, b"Disallow: /x/\n" + b"\n" * (256 << 20))
    tracemalloc.start()
    try:
        answer = _answer(middleware, bomb, encoding)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.body.startswith(b"Disallow: /x/\n") and len(answer.body) == LIMIT
    assert UNPACKED_IN_PART in answer.flags
    assert peak < 16 << 20, peak
