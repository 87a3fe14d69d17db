"""Writing WARC files: one gzip member per record, rotated by size, warcinfo first in each.

warcio builds the records (digests, record ids, WARC/1.1 dates) so that ``warcio check`` and
``warcio index``, the field's reference reader, accept what we write. A file is written
under a ``.open`` suffix and renamed when closed, so a glob such as ``*.warc.gz`` never
picks up a file still being written. The writer holds an ``flock`` on its ``.open`` file: one
left without a lock, and not empty, was abandoned by a killed crawl, and the next recording
renames it.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.warc.reader import HINTS_FIELD, SOURCE_FIELD, whole_members_end

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange as it is recorded: the request (optional) and the response."""

    url: str
    date: datetime
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes
    protocol: str = "HTTP/1.1"
    method: str | None = None  # None: no request record (e.g. exported pages)
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    request_body: bytes = b""
    ip_address: str | None = None
    truncated: str | None = None  # WARC-Truncated reason, when the body is cut short
    hints: dict[str, Any] = field(default_factory=dict)  # the listing's, written as HINTS_FIELD
    source: str | None = None  # the stored article's, written as SOURCE_FIELD


def warc_date(moment: datetime) -> str:
    """WARC/1.1 date: UTC with microseconds when there are any."""
    utc = moment.astimezone(UTC)
    spec = "microseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


# The protocol names Scrapy's download handlers give a response (``Response.protocol``) that
# are no HTTP-version of a status line: its HTTP/2 handler says "h2" (ALPN's name).
_ALPN_VERSIONS = {"h2": "HTTP/2", "h2c": "HTTP/2", "h3": "HTTP/3"}


def http_version(protocol: str | None) -> str:
    """The HTTP-version a recorded status or request line starts with. Written as Scrapy names
    the protocol, an HTTP/2 crawl's records began "h2 200 OK": no reader takes that for an
    HTTP head (ours skipped every such page as malformed); an unknown name is HTTP/1.1."""
    name = (protocol or "").strip()
    if name.upper().startswith("HTTP/"):
        return "HTTP/" + name[5:]
    return _ALPN_VERSIONS.get(name.lower(), "HTTP/1.1")


def new_writer(out: BinaryIO, name: str, info: dict[str, str], *, gzip: bool = True) -> WARCWriter:
    """A WARC/1.1 writer on ``out`` whose file starts with a warcinfo record of ``info``."""
    writer = WARCWriter(out, gzip=gzip, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record(name, dict(info)))
    return writer


def _warc_fields(exchange: Exchange) -> dict[str, Any]:
    fields = {"WARC-Date": warc_date(exchange.date)}
    if exchange.ip_address:
        fields["WARC-IP-Address"] = exchange.ip_address
    if exchange.truncated:
        fields["WARC-Truncated"] = exchange.truncated
    if exchange.hints:
        # ASCII JSON is one line whatever the titles hold: a header field cannot break.
        fields[HINTS_FIELD] = json.dumps(exchange.hints, ensure_ascii=True, separators=(",", ":"))
    if exchange.source:
        fields[SOURCE_FIELD] = json.dumps(exchange.source, ensure_ascii=True)
    return fields


def write_exchange(writer: WARCWriter, exchange: Exchange) -> int:
    """Write the response record (and the request record, if any); returns records written."""
    response = writer.create_warc_record(
        exchange.url,
        "response",
        payload=BytesIO(exchange.body),
        length=len(exchange.body),
        warc_headers_dict=_warc_fields(exchange),
        http_headers=StatusAndHeaders(
            status_line(exchange.status),
            exchange.response_headers,
            protocol=http_version(exchange.protocol),
        ),
    )
    if exchange.method is None:
        writer.write_record(response)
        return 1
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request = writer.create_warc_record(
        exchange.url,
        "request",
        payload=BytesIO(exchange.request_body),
        length=len(exchange.request_body),
        http_headers=StatusAndHeaders(
            f"{exchange.method} {target} {http_version(exchange.protocol)}",
            exchange.request_headers,
            is_http_request=True,
        ),
    )
    writer.write_request_response_pair(request, response)
    return 2


class RotatingWarcWriter:
    """Writes exchanges into ``folder``, starting a new file past ``max_bytes``.

    Not thread-safe: one thread (the recorder's, or a command's) owns it.
    """

    def __init__(
        self,
        folder: Path,
        *,
        prefix: str,
        max_bytes: int,
        info: dict[str, str],
    ) -> None:
        self.folder = folder
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.info = info
        self.serial = 0
        self.stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.records = 0
        self.closed_files: list[Path] = []
        self._fh: BinaryIO | None = None
        self._path: Path | None = None
        self._writer: WARCWriter | None = None

    def _open(self) -> WARCWriter:
        self.serial += 1
        name = f"{self.prefix}-{self.stamp}-{self.serial:05d}.warc.gz"
        self._path = self.folder / name
        self._fh = (self.folder / (name + OPEN_SUFFIX)).open("xb")
        # Held until the file closes. Blocking: a recovery may hold the lock for a moment
        # while it looks at this still empty file (see recover_abandoned).
        fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX)
        writer = self._writer = new_writer(self._fh, name, self.info)
        logger.info("Recording WARC into %s", self._path)
        return writer

    def write(self, exchange: Exchange) -> None:
        writer = self._writer or self._open()
        self.records += write_exchange(writer, exchange)
        assert self._fh is not None
        if self._fh.tell() >= self.max_bytes:
            self.close()

    def close(self) -> None:
        """Close the current file and give it its final name."""
        if self._fh is None:
            return
        self._fh.close()
        assert self._path is not None
        self._path.with_name(self._path.name + OPEN_SUFFIX).rename(self._path)
        self.closed_files.append(self._path)
        self._fh = self._writer = None


def recover_abandoned(folder: Path) -> list[Path]:
    """Give the ``.open`` files no writer holds (their crawl was killed) their final names,
    cut back to their whole records.

    Without this a killed crawl's responses stayed in a ``.open`` file that no later run
    renamed, so an archive taken as ``*.warc.gz`` lacked them. A kill in the middle of a
    record leaves its first bytes: they are cut off, as the name promises a whole file
    (warcio and the tools built on it read such a record as a page that ends early, with no
    error). Returns the files renamed.
    """
    recovered = []
    for stale in sorted(folder.glob(f"*.warc.gz{OPEN_SUFFIX}")):
        final = stale.with_name(stale.name.removesuffix(OPEN_SUFFIX))
        try:
            with stale.open("r+b") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                # Empty: a writer may have created it and not yet taken its lock (it
                # writes nothing before); a killed one left nothing in it to recover.
                size = os.fstat(fh.fileno()).st_size
                if final.exists() or size == 0:
                    continue
                whole = whole_members_end(fh)
                if whole == 0:
                    stale.unlink()
                    logger.warning(
                        "Removed %s: the crawl that was killed left no whole record in it", stale
                    )
                    continue
                if whole < size:
                    fh.truncate(whole)
                stale.rename(final)
        except BlockingIOError:
            continue  # a running crawl is writing it
        except FileNotFoundError:
            continue  # its writer closed and renamed it meanwhile
        cut = (
            f"; the record it was writing, cut off ({size - whole} bytes), left out"
            if whole < size
            else ""
        )
        logger.warning("Recovered %s, left unfinished by a crawl that was killed%s", final, cut)
        recovered.append(final)
    return recovered
