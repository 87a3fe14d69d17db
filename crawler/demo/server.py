"""A small static HTTP server on 127.0.0.1 for the demo site and the tests."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar


class _QuietHandler(SimpleHTTPRequestHandler):
    request_log: list[tuple[str, str, dict[str, str]]] | None = None

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".xml": "application/xml",
        # .xml.gz sitemaps are gzip files, not XML sent with a Content-Encoding.
        ".gz": "application/gzip",
        ".html": "text/html; charset=utf-8",
    }

    def log_message(self, format: str, *args: Any) -> None:
        """The crawl's own log says what was fetched."""

    def parse_request(self) -> bool:
        ok = super().parse_request()
        if ok and self.request_log is not None:
            self.request_log.append((self.command, self.path, dict(self.headers.items())))
        return ok


@contextmanager
def serve_directory(
    root: Path, port: int = 0, request_log: list[tuple[str, str, dict[str, str]]] | None = None
) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 in a background thread; yields the base URL.

    With ``request_log``, every request is appended to it as (method, path, headers): tests
    use the server's own record as evidence of what a crawl fetched.
    """
    handler_cls = type("_Handler", (_QuietHandler,), {"request_log": request_log})
    handler = functools.partial(handler_cls, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="demo-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
