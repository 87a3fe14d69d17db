"""Small CC-NEWS-like WARC files for tests and benchmarks, built byte by byte.

Written by hand rather than with a WARC library so that a test can make exactly the damage it
needs: a truncated record, a revisit, a record without a URI, a gzip member whose bytes are
garbled. Each record is its own gzip member, as in CC-NEWS and as ``warcio`` writes them.
"""

from __future__ import annotations

import gzip
import hashlib
import uuid
from base64 import b32encode
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


def _digest(data: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(data).digest()).decode()


@dataclass
class Record:
    """One WARC record: its type, named fields and block (HTTP head and body for responses)."""

    type: str
    fields: dict[str, str]
    block: bytes

    def to_bytes(self) -> bytes:
        head = [
            "WARC/1.0",
            f"WARC-Type: {self.type}",
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
            *(f"{k}: {v}" for k, v in self.fields.items()),
            f"WARC-Block-Digest: {_digest(self.block)}",
            f"Content-Length: {len(self.block)}",
        ]
        return ("\r\n".join(head) + "\r\n\r\n").encode() + self.block + b"\r\n\r\n"


def http_response(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    headers: Iterable[tuple[str, str]] = (),
    content_length: int | None = None,
) -> bytes:
    """An HTTP answer; ``content_length`` announces another length than the body's."""
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
    lines += [f"{k}: {v}" for k, v in headers]
    lines.append(f"Content-Length: {len(body) if content_length is None else content_length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def response(
    url: str,
    body: bytes,
    *,
    date: str = "2024-03-01T12:00:00Z",
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    headers: Iterable[tuple[str, str]] = (),
    extra: dict[str, str] | None = None,
) -> Record:
    block = http_response(body, status=status, content_type=content_type, headers=headers)
    fields = {
        "WARC-Target-URI": url,
        "WARC-Date": date,
        "Content-Type": "application/http; msgtype=response",
        **(extra or {}),
    }
    return Record("response", fields, block)


def request(url: str, *, date: str = "2024-03-01T12:00:00Z") -> Record:
    host = url.split("/")[2]
    block = f"GET /{url.split('/', 3)[-1]} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    fields = {
        "WARC-Target-URI": url,
        "WARC-Date": date,
        "Content-Type": "application/http; msgtype=request",
    }
    return Record("request", fields, block)


def revisit(url: str, *, date: str = "2024-03-02T12:00:00Z") -> Record:
    fields = {
        "WARC-Target-URI": url,
        "WARC-Date": date,
        "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
        "WARC-Refers-To-Target-URI": url,
        "Content-Type": "application/http; msgtype=response",
    }
    return Record("revisit", fields, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")


def warcinfo(text: str = "software: tests\r\n") -> Record:
    fields = {"WARC-Date": "2024-03-01T12:00:00Z", "Content-Type": "application/warc-fields"}
    return Record("warcinfo", fields, text.encode())


@dataclass
class WarcFile:
    """Records written one gzip member each; ``corrupt`` garbles the members it names."""

    records: list[Record] = field(default_factory=list)
    corrupt: set[int] = field(default_factory=set)

    def add(self, record: Record) -> int:
        self.records.append(record)
        return len(self.records) - 1

    def members(self) -> list[bytes]:
        out = []
        for i, record in enumerate(self.records):
            member = gzip.compress(record.to_bytes(), mtime=0)
            if i in self.corrupt:
                # Keep the gzip header (so a reader starts inflating), garble the deflate data.
                middle = len(member) // 2
                member = member[:10] + bytes(b ^ 0x5A for b in member[10:middle]) + member[middle:]
            out.append(member)
        return out

    def write(self, path: Path, *, compress: bool = True) -> Path:
        if compress:
            path.write_bytes(b"".join(self.members()))
        else:
            path.write_bytes(b"".join(r.to_bytes() for r in self.records))
        return path


def page(title: str, paragraphs: Iterable[str], lang: str = "en") -> bytes:
    """A plain article page with enough text to pass the minimum article length."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>\n{body}"
        "</article><footer>Imprint</footer></body></html>"
    ).encode()


def arc_file(
    path: Path,
    pages: Iterable[tuple[str, bytes]],
    *,
    announce: int = 0,
    headers: Iterable[tuple[str, str]] = (),
) -> Path:
    """A version-1 ARC file (the format before WARC), one gzip member per record; each HTTP
    head announces ``announce`` bytes more than its body holds, and has ``headers`` too."""
    fields = b"URL IP-address Archive-date Content-type Archive-length\n"
    desc = b"1 0 Newsloom tests\n" + fields
    head = f"filedesc://{path.name} 0.0.0.0 20240301120000 text/plain {len(desc)}\n".encode()
    members = [gzip.compress(head + desc + b"\n", mtime=0)]
    for url, body in pages:
        block = http_response(body, content_length=len(body) + announce, headers=headers)
        line = f"{url} 192.0.2.1 20240301120000 text/html {len(block)}\n".encode()
        members.append(gzip.compress(line + block + b"\n", mtime=0))
    path.write_bytes(b"".join(members))
    return path


def story_and_copy(original: str, copy: str, paragraphs: list[str], own_words: str) -> WarcFile:
    """An archive of a story at ``original`` and, an hour later, a copy of it at ``copy``: its
    paragraphs but the last, and ``own_words`` of its own."""
    archive = WarcFile()
    archive.add(response(original, page("Storm", paragraphs)))
    copied = page("Storm again", [*paragraphs[:-1], own_words])
    archive.add(response(copy, copied, date="2024-03-01T13:00:00Z"))
    return archive
