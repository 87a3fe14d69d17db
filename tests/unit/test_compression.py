"""A body read up to a limit unpacked: its start kept, never the whole of a compression bomb."""

from __future__ import annotations

import gzip
import io
import struct
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable

import brotli
import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.middlewares.compression import (
    BAD_TRAILER,
    BAD_TRAILER_KEPT,
    CUT_SHORT,
    MAX_MEMBERS,
    UNDECODED,
    UNPACK_UPTO,
    UNPACKED_CUT,
    UNPACKED_IN_PART,
    PartialHttpCompressionMiddleware,
    TooManyMembers,
    unpack,
)
from crawler.responses import ended_early
from crawler.warc.reader import decode_content
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


# The WARC reader's decoder and this middleware's are one (``unpack``): each case
# below is read through both ways in, so that they cannot drift apart again.


def _warc_reader(data: bytes, coding: str, limit: int) -> bytes:
    return decode_content(data, coding, limit)[0]


def _middleware(data: bytes, coding: str, limit: int) -> bytes:
    return unpack(data, coding.encode(), limit).body


Decoder = Callable[[bytes, str, int], bytes]
BOTH = pytest.mark.parametrize("decode", [_warc_reader, _middleware], ids=["warc", "middleware"])
PAGE = TEXT[:200_000]


def _gz(body: bytes) -> bytes:
    return gzip.compress(body, 1, mtime=0)


@BOTH
def test_gzip_members_with_nul_bytes_between_them_are_read_on(decode: Decoder) -> None:
    """The WARC reader stopped at NUL bytes padding one gzip member from the next (as some
    writers pad them) and gave the page cut off there without a word; the middleware read
    on, as Python's gzip and GNU gzip do. Both read on."""
    packed = _gz(PAGE[:1000]) + bytes(37) + _gz(PAGE[1000:5000]) + bytes(1) + _gz(PAGE[5000:])
    assert decode(packed, "gzip", LIMIT) == PAGE


@BOTH
def test_concatenated_members_and_frames_are_read_whole(decode: Decoder) -> None:
    """Several gzip members or zstd frames make one body (RFC 1952 allows it); NUL bytes
    or bytes that start no member after the last gzip member are ignored."""
    members = _gz(PAGE[:10]) + _gz(b"") + _gz(PAGE[10:70_000]) + _gz(PAGE[70_000:])
    assert decode(members, "gzip", LIMIT) == PAGE
    assert decode(members + bytes(5) + b"<!-- junk -->", "x-gzip", LIMIT) == PAGE
    frames = zstd.compress(PAGE[:10]) + zstd.compress(PAGE[10:])
    assert decode(frames, "zstd", LIMIT) == PAGE


@BOTH
def test_what_starts_as_a_gzip_member_after_the_last_must_unpack(decode: Decoder) -> None:
    """After a member, bytes starting as a member does (``1f 8b``) are one: the reader took
    them for trailing junk unless the third byte was 8 (a page cut short without a word), and
    the middleware raised zlib's own error. Both say the body does not unpack."""
    with pytest.raises(ValueError, match=r"^gzip: "):
        decode(_gz(PAGE[:1000]) + b"\x1f\x8b\x07 not a member", "gzip", LIMIT)


@BOTH
@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw deflate", "br", "zstd"])
def test_a_stream_cut_short_gives_what_it_holds(decode: Decoder, coding: str) -> None:
    """A body cut off mid-stream (a download that lost its end) is not refused: its start is
    read, as Scrapy's decoders read it; whether it is whole is the record's or response's
    to say (WARC-Truncated, dataloss)."""
    packed = _packed_as(coding, TEXT)
    start = decode(packed[: len(packed) // 2], coding.removeprefix("raw "), LIMIT)
    assert 0 < len(start) < len(TEXT) and TEXT.startswith(start)


def _packed_as(coding: str, body: bytes) -> bytes:
    if coding == "raw deflate":
        raw = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
        return raw.compress(body) + raw.flush()
    if coding == "gzip":
        return _gz(body)
    return _packed(coding, body)


@BOTH
@pytest.mark.parametrize("coding", ["deflate", "raw deflate"])
def test_deflate_is_read_zlib_wrapped_or_raw(decode: Decoder, coding: str) -> None:
    """Servers send zlib-wrapped and raw deflate streams under the name deflate alike."""
    assert decode(_packed_as(coding, PAGE), "deflate", LIMIT) == PAGE


@BOTH
@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw deflate", "br", "zstd"])
def test_a_bomb_unpacks_just_past_the_limit_in_bounded_memory(decode: Decoder, coding: str) -> None:
    """128 MiB packed into a few hundred KiB: unpacked just past the limit (which says it is
    too large) at the cost of a few limits of memory, whichever way it came in."""
    bomb = _packed_as(coding, b"<html>" + bytes(128 << 20))
    tracemalloc.start()
    try:
        start = decode(bomb, coding.removeprefix("raw "), LIMIT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert start.startswith(b"<html>") and LIMIT < len(start) <= 2 * LIMIT + 1
    assert peak < 8 * LIMIT + len(bomb), (peak, len(bomb))


@BOTH
def test_a_body_of_many_tiny_gzip_members_costs_time_in_proportion(decode: Decoder) -> None:
    """Each member's end copied the rest of the body: 3 MB of one-byte gzip members (a
    record no larger than a page) took 18 s of CPU, growing with the square of the size.
    They are read in time in proportion to the body (CPU time, not wall). The members are
    as many as MAX_MEMBERS allows, NUL bytes between them making the body 3 MB."""
    began = time.process_time()
    body = (_gz(b"x") + bytes(300)) * MAX_MEMBERS
    assert len(body) > 3_000_000
    assert decode(body, "gzip", LIMIT) == b"x" * MAX_MEMBERS
    assert time.process_time() - began < 3


@BOTH
@pytest.mark.parametrize("coding", ["gzip", "zstd"])
def test_a_body_of_too_many_members_or_frames_is_damage_found_at_once(
    decode: Decoder, coding: str
) -> None:
    """Each gzip member or zstd frame costs a decompressor: 10 MB of empty zstd frames took
    10.6 s of CPU to unpack to nothing (1.2 s for gzip members), a page of 11.7 MB 13 ms.
    Past MAX_MEMBERS the body is damage, a ValueError naming the coding, found in a
    fraction of a second; MAX_MEMBERS of them are read."""
    empty = _gz(b"") if coding == "gzip" else bytes(zstd.compress(b""))
    page = _gz(PAGE) if coding == "gzip" else bytes(zstd.compress(PAGE))
    assert decode(empty * (MAX_MEMBERS - 1) + page, coding, LIMIT) == PAGE
    bomb = empty * (10_000_000 // len(empty))
    began = time.process_time()
    with pytest.raises(TooManyMembers, match=f"^{coding}: more than {MAX_MEMBERS} "):
        decode(bomb, coding, LIMIT)
    assert time.process_time() - began < 1
    with pytest.raises(TooManyMembers):
        decode(empty * MAX_MEMBERS + page, coding, LIMIT)


def test_a_zstd_page_of_too_many_frames_is_not_read_and_a_cut_one_is_cut() -> None:
    """Scrapy's zstd decoder read every frame (10.6 s of CPU for 10 MB of empty ones, the
    crawl waiting) and gave a page cut short as if it were whole. zstd is undone by
    ``unpack`` now: the first is a body not undone, counted; the second is flagged cut."""
    crawler = crawler_for()
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    empty = bytes(zstd.compress(b""))
    headers = {"Content-Encoding": "zstd", "Content-Type": "text/html"}
    many = Response(URL, body=empty * (MAX_MEMBERS + 1), headers=headers)
    answer = middleware.process_response(Request(URL), many)
    assert isinstance(answer, Response) and UNDECODED in answer.flags
    assert crawler.stats.get_value("news/compression/too_many_members") == 1
    assert crawler.stats.get_value("news/compression/undecodable") == 1
    packed = bytes(zstd.compress(PAGE))
    cut = Response(URL, body=packed[: len(packed) // 2], headers=headers)
    answer = middleware.process_response(Request(URL), cut)
    assert isinstance(answer, Response) and UNPACKED_CUT in answer.flags
    assert PAGE.startswith(answer.body) and len(answer.body) < len(PAGE)
    whole = Response(URL, body=empty * 3 + packed, headers=headers)
    answer = middleware.process_response(Request(URL), whole)
    assert isinstance(answer, Response) and answer.body == PAGE and answer.flags == []


@BOTH
@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "zstd"])
def test_a_body_that_does_not_unpack_is_a_value_error_naming_its_coding(
    decode: Decoder, coding: str
) -> None:
    """Plain text under a Content-Encoding it does not have: the reader skips the record as
    undecodable with this message (the middleware raised each library's own error)."""
    with pytest.raises(ValueError, match=f"^{coding}: "):
        decode(b"<html><body>" + PAGE[:5000], coding, LIMIT)


def _wrong_trailer(packed: bytes, *, crc: int = 0, size: int = 0) -> bytes:
    """``packed`` (one gzip member) with its trailer's CRC-32 and length moved by ``crc`` and
    ``size``."""
    good_crc, good_size = struct.unpack("<II", packed[-8:])
    return packed[:-8] + struct.pack("<II", good_crc ^ crc, (good_size + size) & 0xFFFFFFFF)


@pytest.mark.parametrize(
    "damaged",
    [
        pytest.param(lambda p: _wrong_trailer(p, crc=1), id="crc"),
        pytest.param(lambda p: _wrong_trailer(p, size=1), id="length"),
        pytest.param(lambda p: p[:-8], id="no trailer"),
        pytest.param(lambda p: p[:-3], id="half a trailer"),
        pytest.param(
            lambda p: _wrong_trailer(p, crc=1) + _gz(b"<!-- more -->"), id="then a member"
        ),
    ],
)
def test_a_gzip_body_whose_trailer_alone_is_wrong_is_unpacked_whole(
    damaged: Callable[[bytes], bytes],
) -> None:
    """Every byte of the deflate data inflates, only the trailer is wrong or missing (a
    server that miscounts, a connection cut after the last block): zlib's check raised at
    the trailer and took the whole body with it, and the WARC reader skipped the record as
    undecodable. It is unpacked whole now, the damage named."""
    packed = damaged(_gz(PAGE))
    unpacked = unpack(packed, "gzip", LIMIT)
    assert unpacked.damage == BAD_TRAILER
    assert unpacked.body.startswith(PAGE) and unpacked.body in (PAGE, PAGE + b"<!-- more -->")
    assert decode_content(packed, "gzip", LIMIT) == (unpacked.body, BAD_TRAILER)
    # The near miss: a whole body has no damage, whatever its header carries.
    assert unpack(_gz(PAGE), "gzip", LIMIT).damage is None
    buffer = io.BytesIO()
    with gzip.GzipFile("page.html", "wb", fileobj=buffer, mtime=0) as named:
        named.write(PAGE)
    assert unpack(buffer.getvalue(), "gzip", LIMIT) == unpack(_gz(PAGE), "gzip", LIMIT)


@pytest.mark.parametrize("cut", [10, 5, len(_gz(PAGE)) // 2, len(_gz(PAGE)) - 9])
def test_a_gzip_body_whose_data_ends_early_is_cut_short(cut: int) -> None:
    """Cut in its header, its deflate data or before its last block: the start it holds,
    named cut short, however its trailer would have read."""
    packed = _gz(PAGE)
    unpacked = unpack(packed[:cut], "gzip", LIMIT)
    # Cut 9 bytes from its end, every byte of the page may be out, but not the end of the
    # deflate data: whether more was to come is not known.
    assert unpacked.damage == CUT_SHORT and PAGE.startswith(unpacked.body)
    assert unpack(_gz(PAGE[:100]) + packed[:cut], "gzip", LIMIT).damage == CUT_SHORT


def _page_answer(middleware: HttpCompressionMiddleware, body: bytes) -> Response:
    headers = {"Content-Encoding": "gzip", "Content-Type": "text/html; charset=utf-8"}
    request = Request(URL)
    answer = middleware.process_response(request, Response(URL, body=body, headers=headers))
    assert isinstance(answer, Response)
    return answer


def test_a_page_with_a_wrong_gzip_trailer_is_kept_counted_and_said(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Scrapy's gunzip kept such a page without a word; the WARC reader skipped it. It is
    kept, counted once and said once."""
    crawler = crawler_for()
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    answer = _page_answer(middleware, _wrong_trailer(_gz(PAGE), crc=1))
    assert answer.body == PAGE and BAD_TRAILER_KEPT in answer.flags
    assert not ended_early(answer.flags, answer.body)
    assert crawler.stats.get_value("news/compression/bad_trailer") == 1
    assert caplog.text.count("gzip trailer does not match") == 1
    assert "Content-Encoding" not in answer.headers
    assert _page_answer(middleware, _gz(PAGE)).flags == []
    assert crawler.stats.get_value("news/compression/bad_trailer") == 1


def test_a_page_whose_gzip_data_ends_early_is_never_taken_for_whole() -> None:
    """A server that sends a cut gzip file with its Content-Length: Scrapy's gunzip gave the
    start as the whole body, and the start of the page was stored as the article. It is
    flagged, so the spider keeps the article pending (``ended_early``), and counted."""
    crawler = crawler_for()
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    packed = _gz(PAGE)
    answer = _page_answer(middleware, packed[: len(packed) // 2])
    assert UNPACKED_CUT in answer.flags and ended_early(answer.flags, answer.body)
    assert 0 < len(answer.body) < len(PAGE)
    assert crawler.stats.get_value("news/compression/cut_short") == 1


def test_a_gzip_page_is_unpacked_within_download_maxsize() -> None:
    """Undone by ``unpack`` now, gzip keeps Scrapy's bound: refused past DOWNLOAD_MAXSIZE,
    a bad trailer or none, and the bound of a request's own meta holds."""
    crawler = crawler_for(DOWNLOAD_MAXSIZE=100_000)
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    for body in (_gz(PAGE), _wrong_trailer(_gz(PAGE), crc=1), _gz(PAGE)[:-8]):
        with pytest.raises(IgnoreRequest, match="exceeded DOWNLOAD_MAXSIZE"):
            _page_answer(middleware, body)
    request = Request(URL, meta={"download_maxsize": 0})
    headers = {"Content-Encoding": "gzip", "Content-Type": "text/html"}
    answer = middleware.process_response(request, Response(URL, body=_gz(PAGE), headers=headers))
    assert isinstance(answer, Response) and answer.body == PAGE


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("x-custom", PAGE[:5000]),
        ("x-custom, gzip", _gz(PAGE[:5000])),
        ("gzip", PAGE[:5000]),
        ("deflate", PAGE[:5000]),
        ("br", PAGE[:5000]),
        ("zstd", PAGE[:5000]),
    ],
)
def test_a_body_in_a_coding_not_undone_is_handed_on_flagged_counted_and_said(
    coding: str, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """An unknown coding passed on as if it were the page (Scrapy's warning alone); a body
    that does not unpack raised each library's error out of the middleware. Both are handed
    on as they came, Content-Encoding kept, flagged for the spider, counted and said with
    the coding; ``identity`` is no coding. A robots.txt (read up to a limit) is flagged and
    counted alike, not said: its reader says what it means for the host (it failed its
    download, or was read as rules)."""
    crawler = crawler_for()
    middleware = PartialHttpCompressionMiddleware.from_crawler(crawler)
    headers = {"Content-Encoding": coding, "Content-Type": "text/html"}
    answer = middleware.process_response(Request(URL), Response(URL, body=body, headers=headers))
    assert isinstance(answer, Response)
    assert answer.body == body and UNDECODED in answer.flags
    assert answer.headers.getlist("Content-Encoding") == [coding.encode()]
    assert crawler.stats.get_value("news/compression/undecodable") == 1
    said = [r.getMessage() for r in caplog.records if "is not read" in r.getMessage()]
    named = coding.split(",")[0]
    assert len(said) == 1 and said[0].startswith(f"{URL}: its body in Content-Encoding {named} ")
    plain = Response(URL, body=PAGE[:5000], headers={"Content-Encoding": "identity, Identity"})
    answer = middleware.process_response(Request(URL), plain)
    assert answer.body == PAGE[:5000] and answer.flags == []
    assert crawler.stats.get_value("news/compression/undecodable") == 1
    caplog.clear()
    robots = _answer(middleware, body, coding)
    assert robots.body == body and UNDECODED in robots.flags
    assert crawler.stats.get_value("news/compression/undecodable") == 2
    assert not [r for r in caplog.records if "is not read" in r.getMessage()]
