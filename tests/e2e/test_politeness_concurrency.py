"""CONCURRENT_REQUESTS_PER_DOMAIN holds, measured at the server, with and without a delay.

The server keeps, for every request, when it came in and when its answer began (stamped before
the first byte is written, so the crawl cannot have the answer yet): the crawl had at least as
many requests in flight at once as the record shows overlapping, however fast or slow either
side runs. A live count taken down after the answer was written could see the crawl's next
request come in first, one too many on a loaded machine.

Answers go out one at a time, the oldest first, and only once the crawl has used its whole
allowance (``LIMIT`` requests in: a crawl keeping the limit always gets there) or has sent all
its requests, so that anything beyond the limit comes in while requests are held. A downloader
that breaks the limit does so when an answer frees a place: it starts every queued request at
once, a burst that arrives within milliseconds (seven within 5 ms, measured with the fix in
crawler/downloader.py reverted). So after the crawl's first request following an answer, the
next answer waits ``GRACE_SECONDS`` more for a burst; that wait decides only whether a broken
downloader is caught, never whether a correct one passes.
"""

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import run_scrapy

LIMIT = 2
PAGES = 12
GRACE_SECONDS = 0.5
OPEN = float("inf")


class _Recording(BaseHTTPRequestHandler):
    turns = threading.Condition()
    # [came in, answer began] per request, in the order they came in (monotonic seconds).
    spans: ClassVar[list[list[float]]] = []
    over = threading.Event()  # more than LIMIT in at once

    def do_GET(self) -> None:
        cls = type(self)
        span = [time.monotonic(), OPEN]
        with cls.turns:
            cls.spans.append(span)
            if cls.in_flight() > LIMIT:
                cls.over.set()
            cls.turns.notify_all()
            cls.turns.wait_for(lambda: cls.answers_next(span), timeout=60)
            all_in = len(cls.spans) == PAGES
        if not all_in:
            cls.over.wait(GRACE_SECONDS)
        with cls.turns:
            span[1] = time.monotonic()
            cls.turns.notify_all()
        body = b"<html><body><p>short</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @classmethod
    def in_flight(cls) -> int:
        return sum(1 for _, answered in cls.spans if answered == OPEN)

    @classmethod
    def answers_next(cls, span: list[float]) -> bool:
        """``span`` is the oldest request not answered, and the crawl has sent all it may."""
        oldest = next(s for s in cls.spans if s[1] == OPEN)
        return oldest is span and (cls.in_flight() >= LIMIT or len(cls.spans) == PAGES)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def most_at_once(spans: list[list[float]]) -> int:
    """The most requests the record shows in at once: at each arrival, the spans that had
    come in by then and were not answered yet."""
    return max(
        sum(1 for came, answered in spans if came <= arrived < answered) for arrived, _ in spans
    )


@pytest.fixture
def recording_server() -> Iterator[tuple[str, type[_Recording]]]:
    fresh = {"turns": threading.Condition(), "spans": [], "over": threading.Event()}
    handler = type("Handler", (_Recording,), fresh)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("delay", ["0", "0.05"])
def test_per_domain_concurrency_is_respected(
    recording_server: tuple[str, type[_Recording]], tmp_path: Path, delay: str
) -> None:
    base, handler = recording_server
    urls = ",".join(f"{base}/a{i}.html" for i in range(PAGES))
    run = run_scrapy(
        "crawl", "news", "-a", f"url={urls}", "-s", f"NEWS_DB={tmp_path / 'n.db'}",
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={LIMIT}", "-s", "ROBOTSTXT_OBEY=False",
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stderr[-2000:]  # pages are too short: no articles
    assert f"'downloader/request_count': {PAGES}" in run.stderr
    assert len(handler.spans) == PAGES
    assert most_at_once(handler.spans) == LIMIT
