"""CONCURRENT_REQUESTS_PER_DOMAIN holds, measured at the server, with and without a delay."""

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import run_scrapy


class _Counting(BaseHTTPRequestHandler):
    active = 0
    peak = 0
    lock = threading.Lock()
    # Set once two requests are in at once: the first ones wait for it, so the crawl's second
    # request is in before the first is answered however slow the machine (each answer
    # taking 0.3 s counted on the second coming in that time).
    two_in = threading.Event()

    def do_GET(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.active += 1
            cls.peak = max(cls.peak, cls.active)
            if cls.active >= 2:
                cls.two_in.set()
        cls.two_in.wait(60)
        time.sleep(0.3)  # long enough for every queued request to start if nothing holds them
        body = b"<html><body><p>short</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        with cls.lock:
            cls.active -= 1

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def counting_server() -> Iterator[tuple[str, type[_Counting]]]:
    fresh = {"active": 0, "peak": 0, "lock": threading.Lock(), "two_in": threading.Event()}
    handler = type("Handler", (_Counting,), fresh)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("delay", ["0", "0.05"])
def test_per_domain_concurrency_is_respected(counting_server, tmp_path, delay) -> None:
    base, handler = counting_server
    urls = ",".join(f"{base}/a{i}.html" for i in range(12))
    run = run_scrapy(
        "crawl", "news", "-a", f"url={urls}", "-s", f"NEWS_DB={tmp_path / 'n.db'}",
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "ROBOTSTXT_OBEY=False",
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stderr[-2000:]  # pages are too short: no articles
    assert "'downloader/request_count': 12" in run.stderr
    assert handler.peak == 2
