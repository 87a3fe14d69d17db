"""Reading WARC and ARC files record by record, going on past damage.

FastWARC reads WARC (``.warc``, ``.warc.gz``): on 500 generated news records it took 0.16-0.20
ms of CPU per response record against warcio's 0.43-0.57 ms (benchmarks/warc_ingest.py). It
does not read the legacy ARC format, so ``.arc`` / ``.arc.gz`` go through warcio, which
converts ARC headers to their WARC names.

Both libraries stop at the first unreadable byte. A CC-NEWS file is one gzip member per
record, so a damaged member costs only its own record: :func:`read_records` looks for the next
member that starts a record and goes on there, reporting the skipped range as a
:class:`Damage`.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from crawler.middlewares.compression import BAD_TRAILER, CUT_SHORT, unpack

logger = logging.getLogger(__name__)

# A response record's field holding the listing's hints of an exported page (the title, dates
# and author its feed or sitemap entry gave), as JSON in ASCII: the page alone does not carry
# them, and an article dated by its listing came back from its export without a date. A field
# of our own: WARC readers ignore the fields they do not know (ISO 28500, section 5).
HINTS_FIELD = "Newsloom-Listing-Hints"
# The source of an exported page, as a JSON string in ASCII (a label may hold any letter): an
# export of several sources, ingested again, gave every row its host for a source.
SOURCE_FIELD = "Newsloom-Source"

# Headers that describe the bytes on the wire, not the body the readers hand out (decoded).
_WIRE_HEADERS = frozenset({b"content-encoding", b"transfer-encoding", b"content-length"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_SCAN_CHUNK = 1 << 20
# How much of a record is read to find its WARC head.
_HEAD_LIMIT = 1 << 16
# Errors of our own code, never of the bytes read: they must not pass as damaged input.
_PROGRAMMING_ERRORS = (TypeError, AttributeError, NameError, AssertionError)


@dataclass(frozen=True, slots=True)
class WarcEntry:
    """One readable record: what ingestion needs to decide about it and, for responses, its page."""

    offset: int  # where the record (its gzip member) starts in the file
    type: str  # WARC-Type: response, request, revisit, metadata, warcinfo, resource…
    url: str | None
    date: datetime | None  # WARC-Date, timezone-aware
    truncated: str | None = None  # WARC-Truncated, when the record is cut short
    status: int | None = None  # HTTP status of a response record; None when unparsable
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)  # HTTP, body decoded
    body: bytes | None = None  # decoded payload (chunking and Content-Encoding undone)
    too_large: bool = False  # the payload exceeds the reader's limit and was not read
    undecodable: str | None = None  # why its Content-Encoding could not be undone
    bad_trailer: bool = False  # its gzip trailer is wrong or missing, every byte unpacked
    hints: str | None = None  # HINTS_FIELD of an exported page, as written
    source: str | None = None  # SOURCE_FIELD of an exported page, read; None when unreadable


@dataclass(frozen=True, slots=True)
class Damage:
    """Bytes that could not be read; reading goes on at ``resume`` (None: nothing more)."""

    offset: int
    resume: int | None
    error: str


def is_arc(path: str | Path) -> bool:
    name = str(path).lower()
    return name.endswith((".arc", ".arc.gz"))


def _is_compressed(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(3) == _GZIP_MAGIC


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        # Turned to UTC here, where a failure is a bad date: "9999-12-31T23:59:59-05:00" has
        # no UTC time (OverflowError), and raised later it ended the whole ingestion.
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _target_uri(value: str | None) -> str | None:
    """The URI of a WARC-Target-URI field, without the angle brackets wget (1.19 to 1.21 at
    least) puts around it, as the grammar of WARC 1.0 said and its examples did not: read
    as written, every page of a wget archive was skipped as a bad URL."""
    if value is None:
        return None
    value = value.strip()
    return value[1:-1].strip() if value.startswith("<") and value.endswith(">") else value


def _source(value: str | None) -> str | None:
    """The source label a SOURCE_FIELD holds, or None when it holds none."""
    try:
        label = json.loads(value) if value else None
    except ValueError:
        return None
    return (label.strip() or None) if isinstance(label, str) else None


def _http_headers(pairs: Any) -> list[tuple[bytes, bytes]]:
    out = []
    for name, value in pairs:
        key = name.encode("latin-1", "replace") if isinstance(name, str) else name
        raw = value.encode("latin-1", "replace") if isinstance(value, str) else value
        if key.lower() not in _WIRE_HEADERS:
            out.append((key, raw))
    return out


def _fastwarc_records(fh: BinaryIO, max_body: int, cursor: list[int]) -> Iterator[WarcEntry]:
    from fastwarc.warc import ArchiveIterator

    # The body is undone here, not by FastWARC: left to undo a Content-Encoding too ("all"),
    # it ended the file after a chunked and compressed response, as wget and Heritrix record
    # most pages, and every record after it was lost without a word; left to undo the
    # chunking ("transfer"), it refused chunk extensions and read trailer fields as the next
    # record, which was then lost as damage.
    for record in ArchiveIterator(fh, auto_decode="none"):
        cursor[0] = record.stream_pos
        kind = str(record.record_type)
        head = record.headers
        entry: dict[str, Any] = {
            "offset": record.stream_pos,
            "type": kind,
            "url": _target_uri(head.get("WARC-Target-URI")),
            "date": _parse_date(head.get("WARC-Date")),
            "truncated": head.get("WARC-Truncated"),
            "hints": head.get(HINTS_FIELD),
            "source": _source(head.get(SOURCE_FIELD)),
        }
        if kind == "response":
            http = record.http_headers if record.is_http else None
            if http is not None and http.status_code is not None:
                entry["status"] = int(http.status_code)
                entry["truncated"] = entry["truncated"] or _cut_short(
                    http.get("Content-Length"), http.get("Transfer-Encoding"), record.content_length
                )
                entry["headers"] = _http_headers(http.items_bytes())
                if record.content_length > max_body:
                    entry["too_large"] = True
                else:
                    _read_payload(
                        entry,
                        record.reader.read(max_body + 1),
                        http.get("Transfer-Encoding"),
                        http.get("Content-Encoding"),
                        max_body,
                    )
        yield WarcEntry(**entry)


def _read_payload(
    entry: dict[str, Any],
    payload: bytes,
    transfer_encoding: str | None,
    content_encoding: str | None,
    max_body: int,
) -> None:
    """Fill ``entry`` with the body of a response's recorded ``payload``: its chunking and its
    Content-Encoding undone here, by :func:`dechunk` and :func:`decode_content`, for WARC and
    ARC files alike, or why it could not be (``undecodable``)."""
    try:
        if "chunked" in (transfer_encoding or "").lower():
            payload, whole = dechunk(payload)
            if not whole:
                entry["truncated"] = entry["truncated"] or "chunked, no last chunk"
        body, damage = decode_content(payload, content_encoding, max_body)
    except ValueError as exc:
        entry["undecodable"] = str(exc)[:200]
        return
    if damage == CUT_SHORT:
        entry["truncated"] = entry["truncated"] or "compressed body ends early"
    entry["bad_trailer"] = damage == BAD_TRAILER
    entry["body"] = body if len(body) <= max_body else None
    entry["too_large"] = len(body) > max_body


def dechunk(payload: bytes) -> tuple[bytes, bool]:
    """The body a chunked payload carries (RFC 9112, section 7.1), chunk extensions and
    trailer fields allowed, and whether it ends with its last chunk (False: the body is cut
    off, as a live download that lost its end). ValueError when it is not chunked."""
    parts: list[bytes] = []
    pos = 0
    while pos < len(payload):
        end = payload.find(b"\n", pos)
        line = payload[pos:] if end == -1 else payload[pos:end]
        size_field = line.split(b";", 1)[0].strip()
        if not size_field or size_field.strip(b"0123456789abcdefABCDEF"):
            if end == -1:  # a size line cut off
                break
            raise ValueError(f"chunked: bad chunk size {size_field[:20]!r}")
        size = int(size_field, 16)
        if size == 0:
            return b"".join(parts), True
        start = len(payload) if end == -1 else end + 1
        parts.append(payload[start : start + size])
        if start + size > len(payload):
            break
        pos = start + size
        pos += 2 if payload.startswith(b"\r\n", pos) else 1 if payload.startswith(b"\n", pos) else 0
    return b"".join(parts), False


def decode_content(payload: bytes, coding: str | None, limit: int) -> tuple[bytes, str | None]:
    """``payload`` with its HTTP Content-Encoding undone (gzip, deflate, br, zstd; the last one
    applied undone first), at most about ``limit`` + 1 bytes of it: one past the limit says it
    is too large without unpacking a compression bomb; and the first damage found
    (``Unpacked.damage``). Each coding is undone by the decoder the crawl's compression
    middleware uses (``unpack``), so an archived body reads as the live one did: a gzip body
    whose trailer alone was wrong was skipped as undecodable, and one cut short was stored as
    if whole. ValueError when it does not decode."""
    body = payload
    damage: str | None = None
    for name in reversed([c.strip().lower() for c in (coding or "").split(",") if c.strip()]):
        if name != "identity":
            unpacked = unpack(body, name, limit)
            body, damage = unpacked.body, damage or unpacked.damage
    return body, damage


def _cut_short(announced: str | None, transfer_encoding: str | None, payload: int) -> str | None:
    """Why the recorded payload is short of what the HTTP head announced, or None.

    The WARC twin of a live download's data loss (crawler/responses.py ``ended_early``): a
    writer that kept the server's Content-Length over a body it did not get to the end of.
    ``announced`` is the HTTP Content-Length; ``payload`` the payload as recorded (still
    compressed; negative when the reader does not know it); chunked bodies carry no length.
    """
    if payload < 0 or "chunked" in (transfer_encoding or "").lower():
        return None
    announced = (announced or "").strip()
    if announced.isdigit() and int(announced) > payload:
        return f"payload {payload} of {announced} bytes"
    return None


def _warcio_records(fh: BinaryIO, max_body: int, cursor: list[int]) -> Iterator[WarcEntry]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(fh, arc2warc=True)
    for record in records:
        head = record.rec_headers
        entry: dict[str, Any] = {
            "type": record.rec_type,
            "url": head.get_header("WARC-Target-URI"),
            "date": _parse_date(head.get_header("WARC-Date")),
            "truncated": head.get_header("WARC-Truncated"),
            "hints": head.get_header(HINTS_FIELD),
            "source": _source(head.get_header(SOURCE_FIELD)),
        }
        if record.rec_type == "response" and record.http_headers is not None:
            status = record.http_headers.get_statuscode()
            if status and status.isdigit():
                entry["status"] = int(status)
                http = record.http_headers
                entry["truncated"] = entry["truncated"] or _cut_short(
                    http.get_header("Content-Length"),
                    http.get_header("Transfer-Encoding"),
                    record.payload_length,
                )
                entry["headers"] = _http_headers(record.http_headers.headers)
                # The recorded payload, undone here as a WARC file's is: warcio's own decoding
                # (content_stream) raised AttributeError for a body in Content-Encoding br with
                # the brotli module installed, which ended the reading of the whole file.
                _read_payload(
                    entry,
                    _read_up_to(record.raw_stream, max_body + 1),
                    http.get_header("Transfer-Encoding"),
                    http.get_header("Content-Encoding"),
                    max_body,
                )
        # warcio knows a record's offset only once it has read the record to its end.
        cursor[0] = entry["offset"] = int(records.get_record_offset())
        yield WarcEntry(**entry)


def _read_up_to(stream: Any, limit: int) -> bytes:
    """Up to ``limit`` bytes: warcio's decoding streams return short reads before the end."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        chunk = stream.read(min(limit - size, 1 << 16))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def find_record(path: Path, after: int, *, compressed: bool, arc: bool) -> int | None:
    """The offset of the first record start after ``after``, or None when there is none.

    Compressed files: a gzip member whose first bytes inflate to a record header. Plain
    files: a line that starts a WARC header. Scanned in chunks, so a long damaged stretch
    costs time, not memory.
    """
    marker = _GZIP_MAGIC if compressed else b"WARC/1."
    starts = (b"http", b"filedesc", b"dns:") if arc else (b"WARC/1.",)
    with path.open("rb") as fh:
        pos = after
        while True:
            fh.seek(pos)
            chunk = fh.read(_SCAN_CHUNK + 4096)
            if not chunk:
                return None
            index = chunk.find(marker)
            while index != -1:
                candidate = pos + index
                if compressed:
                    fh.seek(candidate)
                    try:
                        head = zlib.decompressobj(31).decompress(fh.read(4096), 64)
                    except zlib.error:
                        head = b""
                    if head.startswith(starts):
                        return candidate
                elif index == 0 or chunk[index - 1 : index] == b"\n":
                    return candidate
                index = chunk.find(marker, index + 1)
            if len(chunk) <= _SCAN_CHUNK:
                return None
            pos += _SCAN_CHUNK


def read_records(
    path: str | Path, start: int = 0, *, max_body: int = 10 * 1024 * 1024
) -> Generator[WarcEntry | Damage]:
    """Every readable record of ``path`` from byte ``start``, and a Damage for each gap.

    Never raises for bad content: an unreadable stretch is reported and skipped up to the
    next record that can be read (or to the end of the file).
    """
    path = Path(path)
    arc = is_arc(path)
    compressed = _is_compressed(path)
    backend = _warcio_records if arc else _fastwarc_records
    pos = start
    while True:
        # The offset of the record being read: a failure inside it skips from there.
        cursor = [pos]
        # Each record is handed out once the next one has started (or the file has ended in
        # one piece): the readers give a cut-off last record as if it were whole.
        held: WarcEntry | None = None
        try:
            with path.open("rb") as fh:
                fh.seek(pos)
                for entry in backend(fh, max_body, cursor):
                    if held is not None:
                        yield held
                    held = entry
        except _PROGRAMMING_ERRORS:
            raise
        except Exception as exc:  # the readers' errors for bad bytes vary widely
            # The failure is in the record after ``held`` unless ``held`` itself is damaged.
            origin = cursor[0]
            if held is not None:
                frame = _frame(path, held.offset, compressed=compressed, arc=arc)
                if held.offset != cursor[0] or frame.whole:
                    yield held
                    # The damage starts where that whole record ends: counted from its start,
                    # news/warc/corrupt_bytes held the good record's bytes too.
                    if frame.end is not None and frame.end > origin:
                        origin = frame.end
            resume = find_record(path, origin + 1, compressed=compressed, arc=arc)
            yield Damage(origin, resume, f"{type(exc).__name__}: {exc}"[:300])
            if resume is None:
                return
            pos = resume
            continue
        if held is None or _frame(path, held.offset, compressed=compressed, arc=arc).whole:
            if held is not None:
                yield held
            return
        # A Content-Length past the record's end made the reader take the rest of the file
        # as its block: what follows may still hold whole records.
        resume = find_record(path, held.offset + 1, compressed=compressed, arc=arc)
        yield Damage(held.offset, resume, "the record is cut off or its length is wrong")
        if resume is None:
            return
        pos = resume


def record_at(path: str | Path, offset: int, *, max_body: int) -> WarcEntry | None:
    """The record that starts at ``offset``, or None when none readable starts there.

    For a record tried before (crawler/warc/ingest.py's retries): it costs this record and
    the start of the next, not the file up to it.
    """
    records = read_records(path, offset, max_body=max_body)
    try:
        first = next(records, None)
    finally:
        records.close()
    return first if isinstance(first, WarcEntry) and first.offset == offset else None


class _Frame(NamedTuple):
    """How the record at an offset is framed."""

    whole: bool  # its length is true: the block ends where the record does
    end: int | None  # where the record ends; None when that is not known


def _frame(path: Path, offset: int, *, compressed: bool, arc: bool) -> _Frame:
    """Whether the record at ``offset`` is whole and its length is true, and where it ends.

    Whole: its block ends where the record does (its gzip member's end, or the next record),
    followed by nothing but the record's closing newlines. The readers trust the length: a
    shorter one handed out a cut page, a longer one a page with the next record's head glued
    to it. The end is its gzip member's end, or its block's and closing newlines'; unknown in
    a file that is one gzip stream.
    """
    with path.open("rb") as fh:
        fh.seek(offset)
        closing = b"\n" if arc else b"\r\n\r\n"
        if compressed:
            if fh.read(3) != _GZIP_MAGIC:
                # Not a member's start: the readers' offsets inside a file that is one gzip
                # stream. Its last record is whole when the stream inflates to its end.
                fh.seek(0)
                stream = _inflate_member(fh)
                return _Frame(
                    stream is not None and stream[3] and stream[2].endswith(closing), None
                )
            fh.seek(offset)
            member = _inflate_member(fh)
            if member is None:
                return _Frame(False, None)
            start, size, tail, _, member_end = member
        else:
            start = fh.read(_HEAD_LIMIT)
        head, length = _arc_head(start) if arc else _warc_head(start)
        if compressed:
            whole = length is not None and (
                size == head + length
                or (size == head + length + len(closing) and tail.endswith(closing))
            )
            return _Frame(whole, member_end)
        if length is None:
            return _Frame(False, None)
        block_end = offset + head + length
        if fh.seek(0, 2) < block_end:
            return _Frame(False, block_end)
        fh.seek(block_end)
        after = fh.read(8)
        whole = not after or after.startswith(closing) or (not arc and after.startswith(b"WARC/"))
        return _Frame(whole, block_end + len(closing) if after.startswith(closing) else block_end)


def _warc_head(start: bytes) -> tuple[int, int | None]:
    """The size of a WARC record's head and its Content-Length (None: none readable)."""
    end = start.find(b"\r\n\r\n")
    if end == -1:
        return 0, None
    for line in start[:end].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return end + 4, int(value)
    return 0, None


def _arc_head(start: bytes) -> tuple[int, int | None]:
    """The size of an ARC record's header line and the length it ends with."""
    end = start.find(b"\n")
    fields = start[:end].split() if end != -1 else []
    if not fields or not fields[-1].isdigit():
        return 0, None
    return end + 1, int(fields[-1])


def whole_members_end(fh: BinaryIO) -> int:
    """Where the whole gzip members at the start of ``fh`` end (0: not even the first is
    whole). A writer of one member per record killed in a member's middle leaves a file
    whose records are whole up to there and cut after it."""
    fh.seek(0)
    end = 0
    while (member := _inflate_member(fh)) is not None:
        end = member[4]
        if member[3]:
            break
        fh.seek(end)
    return end


def _inflate_member(fh: BinaryIO) -> tuple[bytes, int, bytes, bool, int] | None:
    """The gzip member at ``fh``'s position: its first bytes, its inflated size, its last
    four bytes, whether the file ends with it and where it ends; None when it does not
    inflate to its end."""
    inflater = zlib.decompressobj(31)
    start, size, tail = b"", 0, b""
    while not inflater.eof:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        try:
            while chunk and not inflater.eof:
                out = inflater.decompress(chunk, _SCAN_CHUNK)
                chunk = inflater.unconsumed_tail
                if len(start) < _HEAD_LIMIT:
                    start += out[: _HEAD_LIMIT - len(start)]
                size += len(out)
                tail = (tail + out)[-4:]
        except zlib.error:
            return None
    end = fh.tell() - len(inflater.unused_data)
    return start, size, tail, not (inflater.unused_data or fh.read(1)), end
