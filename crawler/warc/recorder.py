"""Recording a crawl as WARC: every response the downloader receives, with its request.

``-s NEWS_WARC_DIR=path`` turns it on. The middleware sits just above the downloader (order
950), so it sees each answer before any other middleware has touched it: robots.txt, feeds,
sitemaps, redirects, errors and every retry are recorded, and the body is still the bytes
the server sent, compressed if it was (HttpCompressionMiddleware, order 590, decodes it
later). What Scrapy does not let us keep is documented in README "Archives":

- chunked transfer coding is already undone by the HTTP client, so ``Transfer-Encoding`` is
  left out of the recorded headers and a ``Content-Length`` of the body as received is set;
- the request headers are those Scrapy sent, except ``Host`` and ``Connection``, which the
  HTTP client adds itself (``Host`` is written from the URL), and the credentials
  ``Authorization`` and ``Proxy-Authorization`` (HTTPAUTH_USER/PASS, a proxy's
  ``user:password@``), which would put a password, base64-encoded, into files that are
  shared as the crawl's record;
- the ``Cookie`` header, unless ``NEWS_WARC_KEEP_REQUEST_COOKIES`` says to keep it: a
  subscriber's session cookie (given in DEFAULT_REQUEST_HEADERS, or kept by Scrapy's
  CookiesMiddleware) lets whoever holds the file log in as them. The response's
  ``Set-Cookie`` is the site's own answer and is recorded, as web archives keep it;
- a body cut at its headers (a non-HTML article stopped by the spider) or lost mid-way is
  recorded with ``WARC-Truncated``.

Compressing and writing run on one writer thread (zlib releases the GIL), in arrival order;
the reactor thread only copies references into an :class:`Exchange`. An answer goes on to the
spider only once its record is written (flushed to the file): a crawl killed with answers
still queued for the writer had stored their articles, which the next run took as done and
did not fetch again, so they were in no WARC file of the recording. Now an article is stored
only after its page is in the file, which the next recording recovers after a kill.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from crawler.middlewares.politeness import HANDED_OVER
from crawler.sources import source_of
from crawler.warc.writer import Exchange, RotatingWarcWriter, recover_abandoned

logger = logging.getLogger(__name__)

# Hop-by-hop framing of the body on the wire, which the client has already undone.
_FRAMING = frozenset({b"transfer-encoding", b"content-length"})
# Request headers not recorded: those the HTTP client writes itself, and credentials.
_NOT_RECORDED = frozenset({b"host", b"connection", b"authorization", b"proxy-authorization"})
# ... and, unless NEWS_WARC_KEEP_REQUEST_COOKIES, the session the crawl sent.
_NO_COOKIES = _NOT_RECORDED | {b"cookie"}


def _pairs(headers: Headers, skip: frozenset[bytes] = frozenset()) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        if name.lower() not in skip
        for value in values
    ]


def exchange_of(
    request: Request,
    response: Response,
    when: datetime,
    source: str | None = None,
    *,
    keep_cookies: bool = False,
) -> Exchange:
    """The :class:`Exchange` to record for one downloaded response of the crawl of
    ``source``; the request's ``Cookie`` header is left out unless ``keep_cookies``."""
    headers = _pairs(response.headers, _FRAMING)
    headers.append(("Content-Length", str(len(response.body))))
    truncated = None
    if "download_stopped" in response.flags:
        truncated = "unspecified"
    elif "dataloss" in response.flags:
        truncated = "disconnect"
    request_headers = [("Host", urlsplit(request.url).netloc)]
    request_headers += _pairs(request.headers, _NOT_RECORDED if keep_cookies else _NO_COOKIES)
    return Exchange(
        url=response.url,
        date=when,
        status=response.status,
        response_headers=headers,
        body=response.body,
        protocol=response.protocol or "HTTP/1.1",
        method=request.method,
        request_headers=request_headers,
        request_body=request.body,
        ip_address=str(response.ip_address) if response.ip_address else None,
        truncated=truncated,
        # An article's listing hints (its feed's date and title): ingested again, the page is
        # resolved with them, as the crawl resolved it.
        hints=listing_hints(request),
        # The crawl's source, as export-warc writes it: ingested elsewhere without -a source=,
        # the pages were filed under their host instead.
        source=source,
    )


def listing_hints(request: Request) -> dict[str, Any]:
    """The hints of the listing that named the requested article (none for other requests)."""
    hints = request.cb_kwargs.get("hints")
    return dict(hints) if isinstance(hints, dict) else {}


def _settled(future: Future[None]) -> Deferred[None]:
    """A Deferred that fires in the reactor thread once ``future`` is done, whatever its
    outcome (a failed write is counted by the recorder's own callback)."""
    from twisted.internet import reactor

    settled: Deferred[None] = Deferred()
    future.add_done_callback(lambda _: reactor.callFromThread(settled.callback, None))
    return settled


def _source_name(spider: object) -> str | None:
    """The name of the source a spider crawls (``-a source=``'s label in an ad-hoc run), as the
    run's rows are filed; None for a spider without one."""
    source = source_of(spider)
    return source.name if source is not None else None


class WarcRecorderMiddleware:
    """Downloader middleware writing request and response records for every download."""

    def __init__(
        self,
        stats: StatsCollector,
        folder: Path,
        *,
        max_bytes: int,
        run_id: int,
        user_agent: str,
        robots: bool,
        source: str | None = None,
        keep_cookies: bool = False,
    ) -> None:
        self.stats = stats
        self.folder = folder
        self.run_id = run_id
        self.source = source
        self.keep_cookies = keep_cookies
        self.writer = RotatingWarcWriter(
            folder,
            prefix=f"newsloom-run{run_id}",
            max_bytes=max_bytes,
            info={
                "software": f"Newsloom (Scrapy {scrapy.__version__})",
                "format": "WARC File Format 1.1",
                "isPartOf": f"newsloom-run-{run_id}",
                "newsloom-run-id": str(run_id),
                "http-header-user-agent": user_agent,
                "robots": "obey" if robots else "ignore",
                "description": (
                    "Responses as received; chunked transfer coding undone by the client, "
                    "Content-Length set to the body recorded; requests without credentials"
                    + ("" if keep_cookies else " or Cookie")
                ),
            },
        )
        self._executor: ThreadPoolExecutor | None = None
        self.failed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        folder = s.get("NEWS_WARC_DIR")
        if not folder:
            raise NotConfigured
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        recovered = recover_abandoned(path)
        if recovered:
            crawler.stats.set_value("news/warc/recovered_files", len(recovered))
        mw = cls(
            crawler.stats,
            path,
            max_bytes=int(s.getfloat("NEWS_WARC_MAX_MB") * 1024 * 1024),
            run_id=s.getint("NEWS_RUN_ID"),
            user_agent=s.get("USER_AGENT"),
            robots=s.getbool("ROBOTSTXT_OBEY"),
            source=_source_name(crawler.spider),
            keep_cookies=s.getbool("NEWS_WARC_KEEP_REQUEST_COOKIES"),
        )
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def process_response(self, request: Request, response: Response) -> Response:
        """Hand ``response`` on once its record is in the file (see the module's docstring);
        a failed write stops the recording and fails the source, the crawl goes on."""
        future = self.record(request, response)
        if future is not None:
            await maybe_deferred_to_future(_settled(future))
        return response

    def record(self, request: Request, response: Response) -> Future[None] | None:
        """Queue the exchange of ``response`` for the writer thread; None when it is not
        recorded (the recording stopped, or a robots.txt answer already recorded)."""
        if self.failed or HANDED_OVER in response.flags:
            # A robots.txt answer read once, recorded as it was received; handed again to
            # the spider's request for it, it was no exchange of its own.
            return None
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloom-warc")
        exchange = exchange_of(
            request, response, datetime.now(UTC), self.source, keep_cookies=self.keep_cookies
        )
        future = self._executor.submit(self.writer.write, exchange)
        future.add_done_callback(self._written)
        return future

    def _written(self, future: Future[Any]) -> None:
        exc = future.exception()
        if exc is None:
            self.stats.inc_value("news/warc/recorded")
            return
        if not self.failed:
            self.failed = True
            # The user asked for an archive: a crawl without it has failed its source.
            self.stats.inc_value("news/fatal/warc_record_failed")
            logger.error("Recording WARC into %s failed (%s); recording stopped", self.folder, exc)

    def spider_closed(self) -> None:
        """Write what is queued, then close (and rename) the current file."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        try:
            self.writer.close()
        except OSError as exc:
            self.stats.inc_value("news/fatal/warc_record_failed")
            logger.error("Closing the WARC file in %s failed: %s", self.folder, exc)
        self.stats.set_value("news/warc/recorded_files", len(self.writer.closed_files))
