"""A scripted HTTP fault server on 127.0.0.1 for the fault suite.

Each path is bound to a behaviour: a status, a slow or trickled answer, a reset, a body
shorter than its Content-Length, redirects, bombs, lying charsets. The server writes raw
bytes so that it can misbehave in ways a well-mannered framework would refuse to. Every
wait is bounded and ends early when the server stops, so no thread outlives a test.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Behaviour = Callable[["FaultHandler"], None]

_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    404: "Not Found",
    410: "Gone",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class FaultHandler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so a short body cannot be mistaken for keep-alive.
    protocol_version = "HTTP/1.0"
    server: FaultServer

    def log_message(self, format: str, *args: Any) -> None:
        """The test asserts on the hit log instead."""

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.record(path, self.headers.items())
        behaviour = self.server.routes.get(path)
        try:
            if behaviour is None:
                send(404, b"not here")(self)
            else:
                behaviour(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the crawler gave up on us, which is what several cases test

    def raw(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def head(self, status: int, headers: Sequence[tuple[str, str]]) -> None:
        lines = [f"HTTP/1.0 {status} {_REASONS.get(status, 'Status')}"]
        lines += [f"{k}: {v}" for k, v in headers]
        self.raw(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def wait(self, seconds: float) -> bool:
        """Sleep, unless the server stops first; True if the full time passed."""
        return not self.server.stopping.wait(seconds)


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    # Bursts of parallel requests must not be refused by a short listen queue.
    request_queue_size = 128

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), FaultHandler)
        self.routes: dict[str, Behaviour] = {}
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = {}
        self.request_headers: dict[str, list[dict[str, str]]] = {}
        self.completed: set[str] = set()  # paths whose whole body was written
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        if isinstance(host, bytes):
            host = host.decode()
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, behaviour: Behaviour) -> str:
        self.routes[path] = behaviour
        return self.url(path)

    def record(self, path: str, headers: Any) -> None:
        with self._lock:
            self.hits[path] += 1
            self.times.setdefault(path, []).append(time.monotonic())
            self.request_headers.setdefault(path, []).append(dict(headers))

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up mid-answer are expected here; nothing to report."""


@contextmanager
def fault_server(host: str = "127.0.0.1") -> Iterator[FaultServer]:
    server = FaultServer(host)
    thread = threading.Thread(target=server.serve_forever, name="fault-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- behaviours --------------------------------------------------------------------------------


def send(
    status: int = 200,
    body: bytes = b"",
    content_type: str | None = "text/html; charset=utf-8",
    headers: Sequence[tuple[str, str]] = (),
) -> Behaviour:
    """A complete, honest answer (the content type may still lie about the body)."""

    def behave(h: FaultHandler) -> None:
        hdrs = [("Content-Length", str(len(body))), *headers]
        if content_type is not None:
            hdrs.insert(0, ("Content-Type", content_type))
        h.head(status, hdrs)
        h.raw(body)

    return behave


def sequence(*behaviours: Behaviour) -> Behaviour:
    """The n-th request gets the n-th behaviour; the last one repeats."""
    calls = Counter[int]()
    lock = threading.Lock()

    def behave(h: FaultHandler) -> None:
        with lock:
            n = calls[0]
            calls[0] += 1
        behaviours[min(n, len(behaviours) - 1)](h)

    return behave


def redirect(location: str, status: int = 302) -> Behaviour:
    return send(status, b"", headers=[("Location", location)])


def slow_headers(delay: float, then: Behaviour) -> Behaviour:
    """Accept the connection, say nothing for ``delay`` seconds, then answer."""

    def behave(h: FaultHandler) -> None:
        if h.wait(delay):
            then(h)

    return behave


def held(release: threading.Event, then: Behaviour) -> Behaviour:
    """Say nothing until ``release`` is set (or the server stops), then answer."""

    def behave(h: FaultHandler) -> None:
        while not release.wait(0.05):
            if h.server.stopping.is_set():
                return
        then(h)

    return behave


def hold_after(
    server: FaultServer, paths: Sequence[str], count: int, release: threading.Event
) -> None:
    """Answer the first ``count`` requests for ``paths``, whichever paths they ask for, and
    hold every later one until ``release`` is set: a run the test stops or kills once those
    are stored is mid-way however fast or slow the machine, where a delay per page left it
    to luck (a fast run finished first, a slow test stopped it late)."""
    lock = threading.Lock()
    left = [count]

    def gate(then: Behaviour) -> Behaviour:
        def behave(h: FaultHandler) -> None:
            with lock:
                through = left[0] > 0
                left[0] -= through
            (then if through else held(release, then))(h)

        return behave

    for path in paths:
        server.route(path, gate(server.routes[path]))


def trickle(body: bytes, chunk: int, interval: float) -> Behaviour:
    """Headers at once, then the body a few bytes at a time."""

    def behave(h: FaultHandler) -> None:
        h.head(
            200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
        )
        for start in range(0, len(body), chunk):
            if not h.wait(interval):
                return
            h.raw(body[start : start + chunk])

    return behave


def reset() -> Behaviour:
    """Close with a TCP RST (SO_LINGER 0) before any answer."""

    def behave(h: FaultHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()

    return behave


def truncated(body: bytes, sent: int) -> Behaviour:
    """Promise the whole body in Content-Length, send ``sent`` bytes of it, hang up."""

    def behave(h: FaultHandler) -> None:
        h.head(
            200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
        )
        h.raw(body[:sent])
        h.close_connection = True

    return behave


def close_delimited(body: bytes, sent: int | None = None) -> Behaviour:
    """No Content-Length: the body ends when the connection does.

    With ``sent`` the server stops after that many bytes and resets the connection (RST), as a
    crashing backend or a dropped proxy does; the client cannot tell it from a normal end.
    """

    def behave(h: FaultHandler) -> None:
        h.head(200, [("Content-Type", "text/html; charset=utf-8")])
        if sent is None:
            h.raw(body)
            return
        h.raw(body[:sent])
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()

    return behave


def stream(
    content_type: str, total: int, chunk: int = 1 << 16, interval: float = 0.01
) -> Behaviour:
    """A large body at a steady pace; the server notes whether the client took all of it."""

    def behave(h: FaultHandler) -> None:
        h.head(200, [("Content-Type", content_type), ("Content-Length", str(total))])
        h.raw(b"%PDF-1.7\n")
        sent = 9
        while sent < total:
            if not h.wait(interval):
                return
            n = min(chunk, total - sent)
            h.raw(b"\0" * n)
            sent += n
        h.server.completed.add(urlsplit(h.path).path)

    return behave


# --- bodies ------------------------------------------------------------------------------------

_VOCABULARY = (
    "Gemeinderat Haushalt Straße Brücke Schule Bürgermeisterin Förderung Verkehr Gewerbe "
    "Wohnungen Sanierung Bahnhof Energie Wärmepumpe Öffentlichkeit Anwohner Bäckerei Zuschuss "
    "Kreistag Abstimmung Radweg Kindergarten Feuerwehr Müllabfuhr Grundsteuer Gutachten Planung "
    "Kläranlage Sporthalle Ausschuss Haltestelle Fahrplan Busse Einwohner Zählung Ergebnis"
)


def article_text(seed: str, paragraphs: int = 6) -> list[str]:
    """German-looking paragraphs, different for every seed so no two cases look alike."""
    rng = random.Random(seed)
    vocabulary = _VOCABULARY.split()
    out = []
    for _ in range(paragraphs):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(28, 40))]
        out.append(f"{seed.capitalize()}: " + " ".join(words) + ".")
    return out


def article_html(
    seed: str,
    *,
    title: str | None = None,
    paragraphs: list[str] | None = None,
    head: str = '<meta charset="utf-8">',
) -> str:
    paras = paragraphs or article_text(seed)
    body = "".join(f"<p>{p}</p>" for p in paras)
    title = title or f"Bericht {seed}"
    return (
        f'<!DOCTYPE html><html lang="de"><head>{head}<title>{title}</title></head>'
        f'<body><nav><a href="/">Start</a></nav><article><h1>{title}</h1>{body}</article>'
        "<footer>Impressum</footer></body></html>"
    )


def rss(base: str, paths: Sequence[str], extra_items: str = "") -> bytes:
    items = "".join(f"<item><title>Item {p}</title><link>{base}{p}</link></item>" for p in paths)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Faults</title><link>{base}/</link><description>d</description>"
        f"{items}{extra_items}</channel></rss>"
    ).encode()


def _sitemap_document(root: str, entry: str, locs: Sequence[str]) -> bytes:
    """A sitemap protocol document: ``root`` holding one ``entry`` element per loc."""
    body = "".join(f"<{entry}><loc>{loc}</loc></{entry}>" for loc in locs)
    xmlns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    return f'<?xml version="1.0"?><{root} xmlns="{xmlns}">{body}</{root}>'.encode()


def urlset(base: str, paths: Sequence[str]) -> bytes:
    """A sitemap (``<urlset>``) listing ``base`` + each of ``paths``."""
    return _sitemap_document("urlset", "url", [f"{base}{p}" for p in paths])


def sitemap_index(locs: Sequence[str]) -> bytes:
    """A sitemap index (``<sitemapindex>``) naming each of ``locs`` as written."""
    return _sitemap_document("sitemapindex", "sitemap", locs)


def bombs(unpacked: int) -> tuple[bytes, bytes]:
    """``unpacked`` zero bytes as one gzip member and as one zlib stream (about 1000:1).

    Both wrap the same raw deflate data, compressed once, chunk by chunk, so building a
    half-gigabyte bomb takes about two seconds and little memory.
    """
    chunk = b"\0" * (1 << 20)
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts, crc, adler = [], 0, 1
    for _ in range(unpacked // len(chunk)):
        parts.append(raw.compress(chunk))
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    parts.append(raw.flush())
    deflated = b"".join(parts)
    size = (unpacked // len(chunk)) * len(chunk)
    gz = (
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
        + deflated
        + struct.pack("<II", crc, size & 0xFFFFFFFF)
    )
    zl = b"\x78\xda" + deflated + struct.pack(">I", adler)
    return gz, zl


class Revisable:
    """A page that changes between runs and honours conditional GET.

    ``bodies`` are its versions; the test moves ``current`` between runs. Each version has its
    own ETag and Last-Modified; a request carrying the current ETag (or a Last-Modified not
    older) gets a 304. ``validators=False`` sends neither, so every request gets the page.
    """

    def __init__(self, bodies: Sequence[bytes], *, validators: bool = True) -> None:
        self.bodies = list(bodies)
        self.current = 0
        self.validators = validators

    def etag(self) -> str:
        return f'"r{self.current}"'

    def last_modified(self) -> str:
        return f"Sun, 0{self.current + 1} Nov 2026 10:00:00 GMT"

    def __call__(self, h: FaultHandler) -> None:
        if not self.validators:
            send(body=self.bodies[self.current])(h)
            return
        headers = [("ETag", self.etag()), ("Last-Modified", self.last_modified())]
        if h.headers.get("If-None-Match") == self.etag() or (
            h.headers.get("If-None-Match") is None
            and h.headers.get("If-Modified-Since") == self.last_modified()
        ):
            h.head(304, headers)
            return
        send(body=self.bodies[self.current], headers=headers)(h)


def big_sitemap(locs: Sequence[str], size: int) -> bytes:
    """A urlset naming ``locs`` that is ``size`` bytes or a little more: each entry carries
    image:image elements, as a big publisher's sitemap does, so its size costs no requests."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
    )
    image = "<image:image><image:loc>https://img.example/{}.jpg</image:loc></image:image>"
    per_entry = max(0, size - len(head)) // max(1, len(locs)) // len(image.format(0)) + 1
    entries = [
        f"<url><loc>{loc}</loc>{''.join(image.format(i) for i in range(per_entry))}</url>"
        for loc in locs
    ]
    return (head + "".join(entries) + "</urlset>").encode()


# A gzip member's header (no name, no time): what the two damaged bodies below start with.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def _deflated(body: bytes) -> bytes:
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    return raw.compress(body) + raw.flush()


def gzip_wrong_trailer(body: bytes) -> bytes:
    """``body`` gzipped whole, its trailer's CRC-32 wrong: every byte of it inflates."""
    crc = zlib.crc32(body) ^ 0xFFFF
    return _GZIP_HEADER + _deflated(body) + struct.pack("<II", crc, len(body) & 0xFFFFFFFF)


def gzip_cut(body: bytes) -> bytes:
    """``body`` gzipped, cut two thirds of the way into its deflate data: no trailer."""
    deflated = _deflated(body)
    return _GZIP_HEADER + deflated[: len(deflated) * 2 // 3]
