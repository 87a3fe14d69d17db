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
exact), so a compression bomb costs no more memory than a body at the limit. The same decoder
(``unpack``) undoes a WARC record's Content-Encoding (crawler/warc/reader.py), so an archived
body reads as a live one.

Every gzip body is undone by it too, within DOWNLOAD_MAXSIZE as Scrapy's is: Scrapy's gunzip
gave a body whose deflate data ends early (a server that sent a cut file with a right
Content-Length) as if it were whole, and the page's start was stored as the article, unsaid.
Such a body is flagged ``UNPACKED_CUT``, counted (``news/compression/cut_short``) and said. A
body whose every byte inflated but whose gzip trailer (CRC-32, length) is wrong or missing is
kept, as browsers and curl show it, counted (``news/compression/bad_trailer``) and said once.
zstd is undone by it too, so that a body of more than ``MAX_MEMBERS`` frames (or gzip
members) is not unpacked further, each costing a decompressor: 10 MB of empty zstd frames
took 10.6 s of CPU, the whole crawl waiting; such a body is one that cannot be undone (below),
counted ``news/compression/too_many_members`` too; a zstd body cut short is flagged
``UNPACKED_CUT`` as a gzip one is (Scrapy's gave its start as the whole body). deflate and br
are Scrapy's to undo, unless the request carries ``UNPACK_UPTO``.

A body this middleware cannot undo (a Content-Encoding it does not know, ``x-custom``; a body
labelled gzip, deflate, br or zstd that does not unpack as such) is handed on still encoded,
its Content-Encoding kept, flagged ``UNDECODED``, counted (``news/compression/undecodable``)
and said, naming the URL and the coding: the spider keeps such an article pending and such a
listing unread (crawler/spiders/articles.py, listings.py). An unknown coding passed on unsaid
but for Scrapy's warning, and its bytes were read as the page: stored as the article when they
looked like text, dropped as "not HTML" (the article marked done, lost) when they did not; a
body that did not unpack raised each library's error out of the middleware, a traceback in the
log.
A request carrying ``UNPACK_UPTO`` (robots.txt) gets such a body flagged and counted alike,
but not said here: its reader says what it means for the host (crawler/middlewares/
politeness.py: the host's robots.txt unread, complete disallow). An unknown coding there
was read as rules, its encoded bytes as none (allow all: a disallowed page fetched and
stored), and a body that did not unpack failed the download in an ERROR traceback.
"""

from __future__ import annotations

import logging
import re
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import brotli
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.statscollectors import StatsCollector
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

# What a zstd stream that does not unpack raises.
ZstdError = zstd.ZstdError
# What a body that does not unpack raises: ``unpack``'s ValueError, or the error of the library
# Scrapy's own decoders use (deflate, br, zstd without UNPACK_UPTO).
_UNDECODABLE = (ValueError, zlib.error, brotli.error, ZstdError)
# The gzip members or zstd frames one body may hold. Each costs a decompressor of its own:
# 10 MB of empty zstd frames (9 bytes each) took 10.6 s of CPU to unpack to nothing, of empty
# gzip members 1.2 s, where a page of 11.7 MB unpacks in 13 ms and 7 ms; at the bound, about
# 0.1 s. A server flushing a frame per kilobyte of a 10 MB page stays under it.
MAX_MEMBERS = 10_000

logger = logging.getLogger(__name__)

# Meta key of a request whose body is read up to this many bytes unpacked, the rest ignored.
UNPACK_UPTO = "news_unpack_upto"
# Flag of a response whose body was unpacked up to UNPACK_UPTO bytes, with more left unread.
UNPACKED_IN_PART = "unpacked up to the limit"
# Flag of a response whose compressed body ends before its stream does: only its start read.
UNPACKED_CUT = "compressed body cut short"
# Flag of a response whose gzip trailer is wrong or missing, every byte of it unpacked.
BAD_TRAILER_KEPT = "gzip trailer wrong"
# Flag of a response whose Content-Encoding could not be undone: its body is still encoded.
UNDECODED = "content-encoding not undone"
# The coding RFC 9110 8.4.1 names for "no encoding": nothing to undo.
_IDENTITY = b"identity"
_GZIP_MAGIC = b"\x1f\x8b"
# A gzip member's first three bytes (its magic and deflate, the one method) and its header's
# flag bits (RFC 1952 2.3.1); its trailer: CRC-32 and length of what it unpacks to.
_GZIP_HEADER = b"\x1f\x8b\x08"
_FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 2, 4, 8, 16
_GZIP_TRAILER = struct.Struct("<II")
# Unpacked.damage: every byte inflated, the gzip trailer wrong or missing; the data cut short.
BAD_TRAILER = "bad trailer"
CUT_SHORT = "cut short"


class PartialHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's HttpCompressionMiddleware, with gzip undone by ``unpack``; a request carrying
    ``UNPACK_UPTO`` gets the start of its body unpacked, not a refusal, when the body
    unpacks past it."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        encodings = response.headers.getlist("Content-Encoding")
        if not encodings or request.method == "HEAD":
            return response
        limit: int = request.meta.get(UNPACK_UPTO, 0)
        max_size: int = request.meta.get("download_maxsize", self._max_size)
        # "identity" is no coding at all (RFC 9110 8.4.1), nor is an empty token: left out,
        # not kept as unknown ones.
        tokens = [t.strip().lower() for value in encodings for t in value.split(b",")]
        to_decode, to_keep = self._split_encodings([t for t in tokens if t and t != _IDENTITY])
        if to_keep:
            return self._undecoded(response, b", ".join(to_keep).decode("latin-1"), said=not limit)
        body = response.body
        damage: str | None = None
        cut = False
        for encoding in to_decode:
            try:
                body, found = self._unpacked(body, encoding, limit, max_size)
            except _DecompressionMaxSizeExceeded as exc:
                message = (
                    f"Ignored response {response} because its body ({len(response.body)} B "
                    f"compressed, {exc.decompressed_size} B decompressed so far) exceeded "
                    f"DOWNLOAD_MAXSIZE ({max_size} B) during decompression."
                )
                logger.warning(message)
                raise IgnoreRequest(message) from exc
            except _UNDECODABLE as exc:
                coding = encoding.decode("latin-1")
                return self._undecoded(response, coding, exc, said=not limit)
            damage = damage or found
            if limit and len(body) > limit:
                body = body[:limit]
                cut = True
        warn_size: int = request.meta.get("download_warnsize", self._warn_size)
        if not limit and len(response.body) < warn_size <= len(body):
            logger.warning(
                "%s body size after decompression (%d B) is larger than the download "
                "warning size (%d B).",
                response,
                len(body),
                warn_size,
            )
        headers = response.headers.copy()
        del headers["Content-Encoding"]
        if self.stats:
            self.stats.inc_value("httpcompression/response_bytes", len(body))
            self.stats.inc_value("httpcompression/response_count")
        flags = [*response.flags, UNPACKED_IN_PART] if cut else list(response.flags)
        if damage is not None:
            flags.append(said_damage(self.stats, response.url, damage))
        respcls = responsetypes.from_args(headers=headers, url=response.url, body=body)
        # The encoding is read again from the unpacked body, as Scrapy's middleware does.
        kwargs: dict[str, Any] = {"encoding": None} if issubclass(respcls, TextResponse) else {}
        return response.replace(cls=respcls, body=body, headers=headers, flags=flags, **kwargs)

    def _undecoded(
        self, response: Response, coding: str, error: Exception | None = None, *, said: bool = True
    ) -> Response:
        """``response`` as it came, still encoded, flagged ``UNDECODED``: counted and, unless
        not ``said`` (a robots.txt: its reader says what it means for the host), said, naming
        ``coding`` (the one that could not be undone) and why."""
        if self.stats:
            self.stats.inc_value("news/compression/undecodable")
            if isinstance(error, TooManyMembers):
                self.stats.inc_value("news/compression/too_many_members")
        if said:
            why = f"it does not unpack ({error})" if error else "a coding we cannot undo"
            logger.warning(
                "%s: its body in Content-Encoding %s is not read: %s", response.url, coding, why
            )
        return response.replace(flags=[*response.flags, UNDECODED])

    def _unpacked(
        self, body: bytes, encoding: bytes, limit: int, max_size: int
    ) -> tuple[bytes, str | None]:
        """``body`` unpacked from ``encoding`` and the damage found: up to ``limit`` bytes
        (UNPACK_UPTO), or whole within ``max_size`` (DOWNLOAD_MAXSIZE; 0: no bound), past
        which it raises _DecompressionMaxSizeExceeded, as Scrapy's decoders do. gzip and zstd
        are undone by ``unpack``: Scrapy's decoders gave a body cut short as if it were whole,
        and read any number of members or frames (MAX_MEMBERS)."""
        if limit:
            unpacked = unpack(body, encoding, limit)
            return unpacked.body, unpacked.damage
        if encoding not in (b"gzip", b"x-gzip", b"zstd"):
            return self._decode(body, encoding, max_size), None
        unpacked = unpack(body, encoding, max_size or sys.maxsize - 1)
        if max_size and len(unpacked.body) > max_size:
            raise _DecompressionMaxSizeExceeded(len(unpacked.body), max_size)
        return unpacked.body, unpacked.damage


class TooManyMembers(ValueError):
    """A body of more than MAX_MEMBERS gzip members or zstd frames: not unpacked further."""


@dataclass(frozen=True)
class Unpacked:
    """A body unpacked from one coding, and the damage it carried (None: none found).

    ``BAD_TRAILER``: every byte of the deflate data inflated, but the gzip trailer after it
    (CRC-32 and length) is wrong or missing, as a server that miscounts or a connection cut
    after the last deflate block sends it: browsers and curl show such a page whole.
    ``CUT_SHORT``: the data ends before its stream does, so the body holds only its start.
    """

    body: bytes
    damage: str | None = None


def unpack(body: bytes, encoding: bytes | str, limit: int) -> Unpacked:
    """The start of ``body`` unpacked from ``encoding`` (gzip, deflate, br or zstd): more
    than ``limit`` bytes when it holds more, never the whole of a body that unpacks past
    about twice the limit; with the damage found in gzip and zlib-wrapped deflate (a body
    cut at the limit is not looked at further). ValueError, naming the coding, when it does
    not unpack.

    The one decoder of a compressed body whose size is bounded: this middleware's, and the
    WARC reader's (``crawler/warc/reader.py`` ``decode_content``), which had a twin of its own
    that stopped at NUL bytes between gzip members. Both now read alike:

    - a stream of several gzip members or zstd frames is read on from one to the next, over
      NUL bytes between gzip members (as Python's gzip and GNU gzip read them); what follows
      the last gzip member is ignored unless it starts as a member does (``1f 8b``), when it
      must unpack;
    - a stream cut short gives what it holds (as Scrapy's decoders give it), ``CUT_SHORT``;
    - a gzip member's deflate data is inflated raw and its trailer checked here: zlib's own
      check raised at the trailer and dropped the whole body with it (``BAD_TRAILER``);
    - ``deflate`` is zlib-wrapped or raw, as servers send either under that name;
    - the input is fed in slices, so a body of many tiny members costs time in proportion
      to its size (each member's end copied the rest of the body: 3 MB of one-byte members
      took 18 s of CPU, growing with the square of the size), and memory stays about twice
      the limit;
    - a body of more than MAX_MEMBERS members or frames is damage (TooManyMembers, a
      ValueError naming the coding): each costs a decompressor, and 10 MB of empty zstd
      frames cost 10.6 s of CPU while unpacking to nothing.
    """
    name = (encoding.decode("latin-1") if isinstance(encoding, bytes) else encoding).lower()
    want = limit + 1
    try:
        if name in ("gzip", "x-gzip"):
            return _gzip_start(body, want)
        if name == "deflate":
            # Servers send zlib-wrapped and raw deflate streams under this name alike.
            try:
                return _members_start(body, want, zlib.decompressobj, _no_next)
            except zlib.error:
                return _members_start(body, want, _raw_deflate, _no_next)
        if name == "br":
            # output_buffer_limit is a bound, not an exact size: about twice the limit at most.
            unpacked: bytes = brotli.Decompressor().process(body, output_buffer_limit=want)
            return Unpacked(unpacked)
        if name == "zstd":
            return _members_start(body, want, zstd.ZstdDecompressor, _next_zstd_frame)
    except TooManyMembers as exc:
        raise TooManyMembers(f"{name}: {exc}") from None
    except (zlib.error, brotli.error, ZstdError) as exc:
        raise ValueError(f"{name}: {exc}") from None
    raise ValueError(f"unknown Content-Encoding {name!r}")


def said_damage(stats: StatsCollector | None, url: str, damage: str) -> str:
    """Count and say a body of ``url`` whose compressed data was damaged (``Unpacked.damage``);
    the flag its response carries.

    A bad trailer is only the trailer's: every byte was inflated and the body is kept, as
    browsers show it. A body cut short is flagged ``UNPACKED_CUT``, so that it is stored as
    no article (crawler/responses.py ``ended_early``) and no listing is taken as read whole.
    """
    if damage == BAD_TRAILER:
        if stats is not None:
            stats.inc_value("news/compression/bad_trailer")
        logger.warning(
            "%s: the CRC or length in its gzip trailer does not match (or it has none); "
            "every byte of it unpacked, kept",
            url,
        )
        return BAD_TRAILER_KEPT
    if stats is not None:
        stats.inc_value("news/compression/cut_short")
    logger.warning("%s: its compressed body ends early; only its start unpacked", url)
    return UNPACKED_CUT


def cut_in_gzip_magic(body: bytes) -> bool:
    """Whether ``body`` is the start of a gzip member's first three bytes and no more: a gzip
    file cut within them, which no test of the magic number takes for one (``unpack`` reads
    a body cut later in its header as ``CUT_SHORT``)."""
    return 0 < len(body) < len(_GZIP_HEADER) and _GZIP_HEADER.startswith(body)


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
) -> Unpacked:
    """Up to ``want`` bytes unpacked from ``data``, stream after stream while ``next_start``
    finds one after the last's end; ``CUT_SHORT`` when the last stream did not end."""
    view = memoryview(data)
    out = bytearray()
    start: int | None = 0
    members = 0
    while start is not None and len(out) < want:
        members = _one_more_member(members)
        end = _stream_into(out, view, start, want, inflater())
        if end is None:
            return Unpacked(bytes(out), CUT_SHORT if len(out) < want else None)
        start = next_start(data, end)
    return Unpacked(bytes(out))


def _gzip_start(data: bytes, want: int) -> Unpacked:
    """Up to ``want`` bytes of the gzip members of ``data``, each member's deflate data
    inflated raw and its trailer (CRC-32, length modulo 2**32) checked here."""
    view = memoryview(data)
    out = bytearray()
    damage: str | None = None
    start: int | None = 0
    members = 0
    while start is not None and len(out) < want:
        members = _one_more_member(members)
        deflated = _gzip_data_start(data, start)
        if deflated is None:
            return Unpacked(bytes(out), CUT_SHORT)
        before = len(out)
        end = _stream_into(out, view, deflated, want, _raw_deflate())
        if end is None:
            return Unpacked(bytes(out), CUT_SHORT if len(out) < want else damage)
        trailer = data[end : end + _GZIP_TRAILER.size]
        with memoryview(out) as unpacked:
            expected = (zlib.crc32(unpacked[before:]), (len(out) - before) & 0xFFFFFFFF)
        if len(trailer) < _GZIP_TRAILER.size:
            return Unpacked(bytes(out), BAD_TRAILER)
        if _GZIP_TRAILER.unpack(trailer) != expected:
            damage = BAD_TRAILER
        start = _next_gzip_member(data, end + _GZIP_TRAILER.size)
    return Unpacked(bytes(out), damage)


def _one_more_member(members: int) -> int:
    """The count of a body's members or frames with one more begun; TooManyMembers past
    MAX_MEMBERS."""
    if members >= MAX_MEMBERS:
        raise TooManyMembers(f"more than {MAX_MEMBERS} members or frames")
    return members + 1


def _gzip_data_start(data: bytes, start: int) -> int | None:
    """Where the deflate data of the gzip member at ``start`` begins, past its header
    (RFC 1952 2.3); None when the data ends inside the header. zlib.error when it is none."""
    head = data[start : start + 10]
    if not _GZIP_HEADER.startswith(head[:3]) or (len(head) >= 4 and head[3] & 0xE0):
        raise zlib.error("incorrect header check")
    if len(head) < 10:
        return None
    flags, pos = head[3], start + 10
    if flags & _FEXTRA:
        pos += 2 + int.from_bytes(data[pos : pos + 2], "little")
    for field in (_FNAME, _FCOMMENT):
        if flags & field:
            nul = data.find(b"\0", pos)
            if nul < 0:
                return None
            pos = nul + 1
    if flags & _FHCRC:
        pos += 2
    return pos if pos <= len(data) else None


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
