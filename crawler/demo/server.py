"""A small static HTTP server on 127.0.0.1 for the demo site, the tests and the benchmarks.

    with serve_directory(site) as base_url:
        ...

or ``python -m crawler.demo.server DIR --port 8000`` (prints the base URL first).
"""

from __future__ import annotations

import argparse
import functools
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class LoggedRequest(tuple[str, str, dict[str, str]]):
    """(method, path, headers), plus ``at``: the server's time.monotonic() on arrival.

    A 3-tuple so existing ``for method, path, headers in log`` code keeps working.
    """

    at: float

    def __new__(cls, method: str, path: str, headers: dict[str, str], at: float) -> LoggedRequest:
        obj = super().__new__(cls, (method, path, headers))
        obj.at = at
        return obj


CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".gz": "application/gzip",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}

# A route answers one path instead of the file system: called with the number of earlier
# requests for that path, it returns (status, headers, body), or None to serve the file.
Route = Callable[[int], tuple[int, dict[str, str], bytes] | None]


RequestLog = list[LoggedRequest]  # what the server logs: (method, path, headers) and ``at``


class _QuietHandler(SimpleHTTPRequestHandler):
    request_log: RequestLog | None = None
    routes: Mapping[str, Route] = {}
    hits: dict[str, int]
    lock: threading.Lock

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        # mimetypes says text/xml for .xml and guesses .xml.gz from the inner suffix; a
        # gzipped sitemap must arrive as the bytes of the gzip file, with no Content-Encoding.
        return CONTENT_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        """The crawl's own log says what was fetched."""

    def parse_request(self) -> bool:
        ok = super().parse_request()
        if ok and self.request_log is not None:
            headers = dict(self.headers.items())
            self.request_log.append(
                LoggedRequest(self.command, self.path, headers, time.monotonic())
            )
        return ok

    def send_head(self) -> Any:
        path = urlsplit(self.path).path
        route = self.routes.get(path)
        if route is None:
            return super().send_head()
        with self.lock:
            count = self.hits.get(path, 0)
            self.hits[path] = count + 1
        answer = route(count)
        if answer is None:
            return super().send_head()
        status, headers, body = answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


def make_server(
    root: Path,
    port: int = 0,
    request_log: RequestLog | None = None,
    routes: Mapping[str, Route] | None = None,
    keep_alive: bool = False,
    host: str = "127.0.0.1",
) -> ThreadingHTTPServer:
    """A bound, not yet serving server; ``server.server_address[1]`` is the chosen port.

    ``keep_alive`` speaks HTTP/1.1: with one connection per request (HTTP/1.0), Scrapy on the
    asyncio reactor fetched only ~42 pages/s from this server (2 cores), capping every crawl
    benchmark; over HTTP/1.1 it fetched 308 pages/s (benchmarks/throughput.py). Tests keep
    HTTP/1.0: a pooled connection the server has dropped makes Scrapy send a request again,
    and tests count requests exactly.
    """
    attrs: dict[str, Any] = {
        "request_log": request_log,
        "routes": routes if routes is not None else {},
        "hits": {},
        "lock": threading.Lock(),
    }
    if keep_alive:
        attrs["protocol_version"] = "HTTP/1.1"
    handler_cls = type("_Handler", (_QuietHandler,), attrs)
    handler = functools.partial(handler_cls, directory=str(root))
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


@contextmanager
def serve_directory(
    root: Path,
    port: int = 0,
    request_log: RequestLog | None = None,
    routes: Mapping[str, Route] | None = None,
    host: str = "127.0.0.1",
) -> Iterator[str]:
    """Serve ``root`` on ``host`` (a loopback address) in a background thread; yields the base URL.

    Files are read on each request, so a site may be written after the server started (as
    pages that carry the ephemeral port in absolute URLs must be). With ``request_log``,
    every request is appended to it as a LoggedRequest: tests use the server's own record as
    evidence of what a crawl fetched. ``routes`` (path -> Route) lets tests answer with
    errors, redirects or delays; the mapping is read on every request.
    """
    server = make_server(root, port, request_log, routes, host=host)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a folder on 127.0.0.1.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--keep-alive", action="store_true", help="HTTP/1.1 persistent connections")
    args = parser.parse_args(argv)
    server = make_server(args.directory, port=args.port, keep_alive=args.keep_alive)
    # Printed and flushed so a parent process can read the port when --port 0 was given.
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
