"""A tiny threaded static HTTP server for generated sites, for tests and benchmarks.

Binds 127.0.0.1 (port 0 picks a free port) and serves a folder with the content types crawlers
expect: gzipped sitemaps are served as ``application/gzip`` bytes, never with a
``Content-Encoding`` header, exactly like publishers serve ``sitemap.xml.gz``.

    with serve_directory(site) as base_url:
        ...

or ``python -m benchmarks.siteserver DIR --port 8000``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

HOST = "127.0.0.1"  # never reachable from outside: tests and benchmarks only
RequestLog = list[tuple[str, str, dict[str, str]]]  # (method, path, headers)

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".gz": "application/gzip",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files with fixed content types, quiet logging and an optional request log."""

    log_lock = threading.Lock()
    # Keep-alive: with one connection per request (HTTP/1.0), Scrapy on the asyncio reactor
    # fetched only ~42 pages/s from this server (2 cores), capping every crawl benchmark;
    # over HTTP/1.1 it fetched 308 pages/s (benchmarks/throughput.py notes).
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, request_log: RequestLog | None = None, **kwargs: Any) -> None:
        self.request_log = request_log
        super().__init__(*args, **kwargs)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        # mimetypes would call .xml "text/xml" and guess .gz from the inner suffix; sitemaps
        # must arrive as the bytes of the gzip file.
        return CONTENT_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def _record(self) -> None:
        if self.request_log is not None:
            with self.log_lock:
                self.request_log.append((self.command, self.path, dict(self.headers.items())))

    def do_GET(self) -> None:
        self._record()
        super().do_GET()

    def do_HEAD(self) -> None:
        self._record()
        super().do_HEAD()

    def log_message(self, format: str, *args: Any) -> None:
        # The default handler writes every request to stderr; a crawl of thousands of pages
        # would drown the test output.
        logger.debug(format, *args)


def make_server(
    directory: Path, *, port: int = 0, request_log: RequestLog | None = None
) -> ThreadingHTTPServer:
    """A bound, not yet serving server; ``server.server_address[1]`` is the chosen port."""
    handler = partial(SiteHandler, directory=str(directory), request_log=request_log)
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server


@contextlib.contextmanager
def serve_directory(
    directory: Path, *, port: int = 0, request_log: RequestLog | None = None
) -> Iterator[str]:
    """Serve ``directory`` in a background thread; yields the base URL without trailing slash.

    Files are read on each request, so the site may be generated after the server started
    (needed when pages must carry the ephemeral port in their absolute URLs).
    """
    server = make_server(directory, port=port, request_log=request_log)
    thread = threading.Thread(target=server.serve_forever, name="siteserver", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a generated site on 127.0.0.1.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args(argv)
    server = make_server(args.directory, port=args.port)
    # Printed and flushed so a parent process can read the port when --port 0 was given.
    print(f"http://{HOST}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
