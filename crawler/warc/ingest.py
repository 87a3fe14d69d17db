"""WARC ingestion: archive records become Article items, exactly like fetched pages.

``scrapy crawl news -a warc=PATH_OR_GLOB[,…]`` hands every successful HTML response record to
the item pipelines (extraction, cleaning, language, copies, store). The pure parts (paths,
filters, record to Article, per-file progress) are functions and small classes here; the
:class:`WarcIngest` reader ties them to a crawl: it feeds the pipelines no faster than they
finish items, and writes how far each file is done through the crawl's database writer.

Resuming: a file's row in ``warc_files`` holds the offset below which every record is
finished (skipped, dropped, or stored and committed), so a rerun starts there; a file read
to its end is marked done and skipped. Offsets are gzip member starts, so resuming needs a
file compressed per record (as CC-NEWS and every WARC writer do); a file that is one gzip
stream is read again from its start.

Retries: a record whose extraction timed out or killed its worker had its try, but the try
says nothing about the page (a loaded machine, the OOM killer). Live pages in that case stay
pending; a record is finished for the watermark (the file is not held unfinished for it) and
its offset goes to ``warc_retries`` with its failed tries. The next ingestion of the file
reads those records again at their offsets, before anything else of the file, even when the
file is done: one record each, never the file up to it. After NEWS_PENDING_MAX_ATTEMPTS
failed tries the record is given up (``news/warc/retry/given_up``). A record the database or
the worker pool never gave its try stays unfinished instead (the watermark stays below it).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import fnmatch
import glob
import ipaddress
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Headers, HtmlResponse
from scrapy.statscollectors import StatsCollector
from twisted.internet import task

from crawler.clock import now_iso, utc_iso
from crawler.discovery import stored_hints
from crawler.exceptions import Unfinished
from crawler.extensions.database import database_for
from crawler.identity import article_identity, declared_canonical
from crawler.items import Article
from crawler.middlewares.compression import BAD_TRAILER, said_damage
from crawler.responses import HTML_TYPES, NotAPage, media_type, page_text
from crawler.runs.counts import BYTES_READ, BYTES_TOTAL
from crawler.runs.outcome import UNREADABLE_NAMES
from crawler.sources import SourceError
from crawler.storage.database import SharedDatabase
from crawler.urls import canonicalize_url, has_userinfo, without_credentials
from crawler.warc.reader import Damage, WarcEntry, read_records, record_at

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

# WARC record types that never hold a page to ingest (counted as skip/not_response).
_RESPONSE = "response"
# URLs looked up per query when settling committed items (SQLite allows 32766 parameters).
_SETTLE_CHUNK = 500
# Unreadable files named in the stats (and so in the run's record); the count has them all.
_NAMES_KEPT = 10


class WarcInputError(SourceError):
    """Unusable ``-a warc=`` / filter arguments; the message says which and why."""


def warc_paths(spec: str) -> list[Path]:
    """The files named by ``spec``: comma-separated paths or glob patterns, each matching."""
    paths: list[Path] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        matches = sorted(glob.glob(os.path.expanduser(part)))
        if not matches:
            # A pattern that matched nothing was told "no such file", as if taken literally.
            missing = "no file matches it" if glob.has_magic(part) else "no such file"
            raise WarcInputError(f"warc={part!r}: {missing}")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                raise WarcInputError(
                    f"warc={match!r}: a folder; name its files, e.g. -a warc='{match}/*.warc.gz'"
                )
            if not path.is_file():
                raise WarcInputError(f"warc={match!r}: not a file")
            if path.resolve() not in {p.resolve() for p in paths}:
                paths.append(path)
    if not paths:
        raise WarcInputError("warc= names no file")
    return paths


def _parse_moment(name: str, value: str | None) -> datetime | None:
    if value is None:
        return None
    if not value.strip():
        # An empty value (a shell variable that was not set) read as no bound at all.
        raise WarcInputError(f"{name}= is empty: give a date or leave it out")
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise WarcInputError(f"{name}={value!r} is not an ISO 8601 date or time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _check_host_pattern(pattern: str) -> None:
    """Refuse a ``hosts=`` pattern no record's host can match: a URL, a path or a port.

    A record's host is its URL's host name alone (no scheme, port or path), so such a pattern
    skipped every record as ``host`` in a run that said "ok", and the file was marked read.
    An IPv6 address is a host name with colons.
    """
    with contextlib.suppress(ValueError):
        ipaddress.IPv6Address(pattern)
        return
    if any(c in pattern for c in "/:@ \t"):
        hint = urlsplit(pattern if "//" in pattern else f"//{pattern}").hostname
        near = f"; did you mean hosts={hint}?" if hint and hint != pattern else ""
        raise WarcInputError(
            f"hosts= pattern {pattern!r} is no host name (example.org, *.example.*){near}"
        )


@dataclass(frozen=True)
class RecordFilter:
    """Which records to ingest: by host pattern and by WARC-Date (``since`` <= date < ``until``).

    A host pattern with ``*`` or ``?`` is a glob over the host name; a plain name matches the
    host and its subdomains, as ``allowed_domains`` does.
    """

    hosts: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def parse(cls, hosts: str | None, since: str | None, until: str | None) -> Self:
        patterns = tuple(h.strip().lower() for h in (hosts or "").split(",") if h.strip())
        if hosts is not None and not patterns:
            # An empty list read every host, the opposite of what a filter asks for.
            raise WarcInputError("hosts= names no host: name one or leave it out")
        for pattern in patterns:
            _check_host_pattern(pattern)
        start, end = _parse_moment("since", since), _parse_moment("until", until)
        if start and end and start >= end:
            raise WarcInputError(f"since={since!r} is not before until={until!r}")
        return cls(patterns, start, end)

    def host_ok(self, host: str) -> bool:
        if not self.hosts:
            return True
        host = host.lower()
        for pattern in self.hosts:
            if any(c in pattern for c in "*?["):
                if fnmatch.fnmatchcase(host, pattern):
                    return True
            elif host == pattern or host.endswith("." + pattern):
                return True
        return False

    def date_ok(self, when: datetime) -> bool:
        return (self.since is None or when >= self.since) and (
            self.until is None or when < self.until
        )


# -a warc=…: the files to read, the record filter, the source label.
WarcInput = tuple[list[Path], RecordFilter, str | None]


def warc_input(adhoc: Mapping[str, str]) -> WarcInput | None:
    """The archives ``-a warc=…`` names, with their filters; WarcInputError (a SourceError)
    names a missing file or a bad date, so the command can say it before the crawl starts."""
    if not adhoc.get("warc"):
        return None
    return (
        warc_paths(adhoc["warc"]),
        RecordFilter.parse(adhoc.get("hosts"), adhoc.get("since"), adhoc.get("until")),
        adhoc.get("source"),
    )


class Skip(Exception):
    """A record that is not ingested; ``reason`` is its stats key under news/warc/skip/."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def entry_article(
    entry: WarcEntry,
    rules: RecordFilter,
    source: str | None,
    decided: Callable[[str], None] = lambda decision: None,
) -> Article:
    """The Article of one response record, or :class:`Skip` saying why there is none.

    ``source`` names every article's source; None takes the one a recorded or exported page
    carries (crawler/warc/reader.py's ``SOURCE_FIELD``), else the page's host, as an ad-hoc
    crawl names its source after the host it starts from. ``decided`` hears which URL the page is
    stored under (crawler/identity.py's decision).
    """
    if entry.type == "revisit":
        raise Skip("revisit")
    if entry.type != _RESPONSE:
        raise Skip("not_response", entry.type)
    if entry.truncated:
        raise Skip("truncated", entry.truncated)
    if not entry.url:
        raise Skip("malformed", "no WARC-Target-URI")
    try:
        url = canonicalize_url(entry.url)
    except ValueError:
        raise Skip("bad_url", entry.url) from None
    host = urlsplit(url).hostname or ""
    if not rules.host_ok(host):
        raise Skip("host", host)
    if entry.date is None:
        raise Skip("malformed", "no valid WARC-Date")
    if not rules.date_ok(entry.date):
        raise Skip("date", entry.date.isoformat())
    if entry.status is None:
        raise Skip("malformed", "unreadable HTTP head")
    if not 200 <= entry.status < 300:
        raise Skip("status", str(entry.status))
    if entry.too_large:
        raise Skip("too_large")
    if entry.undecodable:
        raise Skip("undecodable", entry.undecodable)
    headers = Headers(entry.headers)
    if media_type(headers) not in HTML_TYPES:
        raise Skip("non_html", media_type(headers).decode("latin-1") or "?")
    response = HtmlResponse(entry.url, status=entry.status, headers=headers, body=entry.body or b"")
    try:
        decoded = page_text(response)
    except NotAPage as exc:
        raise Skip(exc.reason, exc.detail) from None
    # The page's canonical URL when trusted, as a crawl stores it (crawler/identity.py): an
    # archive's AMP capture of a stored article adds no second row.
    identity = article_identity(entry.url, declared_canonical(decoded.text))
    decided(identity.decision)
    return Article(
        url=identity.url,
        fetched_url=entry.url,
        source=source or entry.source or host,
        fetched_at=utc_iso(entry.date),
        html=decoded.text,
        html_utf8=decoded.utf8,
        hints=record_hints(entry),
    )


def record_hints(entry: WarcEntry) -> dict[str, str | None]:
    """The listing's hints a record of ``scrapy export-warc`` carries (crawler/warc/reader.py's
    ``HINTS_FIELD``), so that its article is resolved as when it was crawled; none for another
    archive's record, or for a field that holds no hints (the page is read without them,
    :func:`unreadable_hints` tells it)."""
    try:
        return stored_hints(entry.hints)
    except ValueError:
        return {}


def unreadable_hints(entry: WarcEntry) -> bool:
    """Whether the record's hints field holds no hints: its article is ingested without its
    listing's title, dates and author, which the run counts (news/warc/hints_unreadable)."""
    try:
        stored_hints(entry.hints)
    except ValueError:
        return True
    return False


@dataclass
class FileProgress:
    """How far one file is done: the offset below which every record is finished.

    Records are begun in file order and finish in any order (the worker pool reorders them);
    an item that was scraped counts as finished only once its row is committed.
    """

    path: str
    size: int
    next_unread: int
    outstanding: set[int] = field(default_factory=set)
    read_to_end: bool = False
    # Where a record cut off by the end of the file begins: a file still being copied or
    # downloaded. A rerun of the grown file reads on from there, not from the old end, which
    # lies inside that record's gzip member and would lose it.
    cut_at: int | None = None

    def begin(self, offset: int) -> None:
        self.outstanding.add(offset)
        self.next_unread = offset

    def finish(self, offset: int) -> None:
        self.outstanding.discard(offset)

    @property
    def done(self) -> bool:
        return self.read_to_end and not self.outstanding

    def watermark(self) -> int:
        """Where a rerun starts: the first unfinished record, or the end once all is done (the
        start of a cut-off last record, if any)."""
        if self.done:
            return self.size if self.cut_at is None else self.cut_at
        return min(self.outstanding, default=self.next_unread)


@dataclass
class _Pending:
    """An item on its way through the pipelines, and where its record lies.

    ``progress`` is None for a record read again from ``warc_retries``: it lies below the
    file's watermark and holds none. ``attempts`` is its failed tries before (None: no row).
    """

    progress: FileProgress | None
    path: str
    offset: int
    url: str
    fetched_at: str
    attempts: int | None = None


@dataclass(frozen=True)
class _Retry:
    """A ``warc_retries`` row as read when its file's turn came."""

    attempts: int
    given_up: bool


class WarcIngest:
    """Reads the files for a spider's ``start()`` and tracks what the pipelines finished."""

    def __init__(
        self,
        paths: list[Path],
        rules: RecordFilter,
        stats: StatsCollector,
        database: SharedDatabase,
        *,
        source: str | None,
        max_in_flight: int,
        max_body: int,
        checkpoint_seconds: float,
        run_id: int = 0,
        max_attempts: int = 8,
    ) -> None:
        self.paths = paths
        self.rules = rules
        self.stats = stats
        self.database = database
        self.source = source
        self.max_in_flight = max_in_flight
        self.max_body = max_body
        self.checkpoint_seconds = checkpoint_seconds
        self.run_id = run_id
        self.max_attempts = max_attempts
        self.files: list[FileProgress] = []
        self.in_flight: dict[int, tuple[Article, _Pending]] = {}
        self.uncommitted: list[_Pending] = []
        self._room = asyncio.Event()
        self._saved: dict[str, tuple[int, bool]] = {}
        self._timer: task.LoopingCall | None = None
        self._closed = False
        # warc_retries changes waiting for the next checkpoint: rows to upsert, and (path,
        # offset) rows to delete (offset None: every row of the path). A failed write puts
        # them back, from the writer thread, hence the lock.
        self._retry_rows: list[dict[str, Any]] = []
        self._retry_gone: list[tuple[str, int | None]] = []
        self._retry_lock = threading.Lock()

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, paths: list[Path], rules: RecordFilter, source: str | None
    ) -> Self:
        s = crawler.settings
        workers = s.getint("NEWS_WORKERS") or os.cpu_count() or 1
        ingest = cls(
            paths,
            rules,
            crawler.stats,
            database_for(crawler),
            source=source,
            max_in_flight=s.getint("NEWS_WARC_IN_FLIGHT") or 8 * workers,
            max_body=s.getint("DOWNLOAD_MAXSIZE"),
            checkpoint_seconds=s.getfloat("NEWS_WARC_CHECKPOINT_SECONDS"),
            run_id=s.getint("NEWS_RUN_ID"),
            max_attempts=s.getint("NEWS_PENDING_MAX_ATTEMPTS"),
        )
        crawler.signals.connect(ingest.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ingest.item_left, signal=signals.item_dropped)
        crawler.signals.connect(ingest.item_left, signal=signals.item_error)
        crawler.signals.connect(ingest.spider_closed, signal=signals.spider_closed)
        return ingest

    # --- what the pipelines report ------------------------------------------------------------

    def item_scraped(self, item: Any) -> None:
        entry = self.in_flight.pop(id(item), None)
        if entry is not None:
            self.uncommitted.append(entry[1])
            self._room.set()

    def item_left(self, item: Any, exception: BaseException | None = None, **_: Any) -> None:
        """Dropped or failed: finished, nothing of it is waiting to be written.

        Unless it never had its try (the database or the extraction workers failed): its
        record then stays unfinished, so the watermark stays below it and the rerun reads it
        again. Finished, it was lost once the rerun skipped it (or the whole file, done).
        A try that timed out or lost its worker is finished too, but kept for a retry.
        """
        entry = self.in_flight.pop(id(item), None)
        if entry is None:
            return
        pending = entry[1]
        self._room.set()
        if isinstance(exception, Unfinished):
            if not exception.tried:
                return  # the watermark stays below it, or its retry row stays as it was
            self._spend_attempt(pending, str(exception))
        else:
            self._forget(pending.path, pending.offset, pending.attempts)
        if pending.progress is not None:
            pending.progress.finish(pending.offset)

    def _spend_attempt(self, pending: _Pending, error: str) -> None:
        """Keep a record whose try failed for the next ingestion, or give it up."""
        attempts = (pending.attempts or 0) + 1
        given_up = attempts >= self.max_attempts
        if given_up:
            self.stats.inc_value("news/warc/retry/given_up")
            logger.warning(
                "Giving up the record at %s:%d after %d tries: %s",
                pending.path,
                pending.offset,
                attempts,
                error,
            )
        else:
            self.stats.inc_value("news/warc/retry/kept")
        row = {
            "path": pending.path,
            "offset": pending.offset,
            "attempts": attempts,
            "error": error[:300],
            "given_up_at": now_iso() if given_up else None,
            "run_id": self.run_id,
            "updated_at": now_iso(),
        }
        with self._retry_lock:
            self._retry_rows.append(row)

    def _forget(self, path: str, offset: int, attempts: int | None) -> None:
        """A record tried again (``attempts`` not None) is finished for good: its row goes."""
        if attempts is not None:
            self.stats.inc_value("news/warc/retry/resolved")
            with self._retry_lock:
                self._retry_gone.append((path, offset))

    # --- reading ------------------------------------------------------------------------------

    def _saved_progress(self) -> dict[str, dict[str, Any]]:
        rows = self.database.db.execute('SELECT path, size, "offset", done FROM warc_files')
        return {r[0]: {"size": r[1], "offset": r[2], "done": r[3]} for r in rows.fetchall()}

    async def articles(self) -> AsyncIterator[Article]:
        """Every article of every file, waiting while ``max_in_flight`` items are in the pipes."""
        saved = self._saved_progress()
        self._timer = task.LoopingCall(self.checkpoint)
        self._timer.start(self.checkpoint_seconds, now=False)
        # The bytes ahead, for the progress line's share and time left (crawler/extensions/
        # progress.py): what each file holds past where it is resumed; nothing of a file read
        # before.
        self.stats.set_value(BYTES_TOTAL, sum(_unread(p, saved) for p in self.paths))
        self.stats.set_value(BYTES_READ, 0)
        for path in self.paths:
            try:
                async for article in self._file_articles(path, saved):
                    yield article
            except OSError as exc:
                # Gone, unreadable or a bad disk: the other files are still worth reading.
                self._unreadable(path, str(exc))
        # Scrapy looks for an idle spider when start() ends and then only on its 5-second
        # heartbeat: ending while items are still in the pipelines left a run idle for up to
        # 5 s after its last article. Ending once they have all left lets it close at once.
        while self.in_flight and not self._closed:
            self._room.clear()
            await self._room.wait()

    def _saved_retries(self, key: str) -> dict[int, _Retry]:
        rows = self.database.db.execute(
            'SELECT "offset", attempts, given_up_at FROM warc_retries WHERE path = ?', [key]
        )
        return {r[0]: _Retry(r[1] or 0, bool(r[2])) for r in rows.fetchall()}

    async def _wait_for_room(self) -> None:
        if len(self.in_flight) >= self.max_in_flight:
            # Time spent here means the pipelines were full: the reader keeps up.
            waited = time.monotonic()
            while len(self.in_flight) >= self.max_in_flight:
                self._room.clear()
                await self._room.wait()
            self.stats.inc_value("news/warc/waited_ms", round((time.monotonic() - waited) * 1000))

    async def _retried_articles(
        self, path: Path, key: str, retries: dict[int, _Retry], below: int
    ) -> AsyncIterator[Article]:
        """The records kept for a retry below the watermark, each read at its own offset."""
        stats = self.stats
        for offset in sorted(o for o, r in retries.items() if o < below and not r.given_up):
            await self._wait_for_room()
            stats.inc_value("news/warc/retry/read")
            entry = record_at(path, offset, max_body=self.max_body)
            if entry is None:
                # The file changed under it: nothing to try at that offset any more.
                stats.inc_value("news/warc/retry/unreadable")
                logger.warning("No record to retry at %s:%d any more", key, offset)
                with self._retry_lock:
                    self._retry_gone.append((key, offset))
                continue
            article = self._consider(None, key, entry, retries[offset])
            if article is not None:
                yield article

    async def _file_articles(
        self, path: Path, saved: dict[str, dict[str, Any]]
    ) -> AsyncIterator[Article]:
        stats = self.stats
        key = str(path.resolve())
        size = path.stat().st_size
        row = saved.get(key)
        start = 0
        retries = self._saved_retries(key) if row is not None else {}
        if row is not None:
            if row["done"] and row["size"] == size:
                async for retried in self._retried_articles(path, key, retries, size):
                    yield retried
                stats.inc_value("news/warc/files/already_done")
                logger.info("Skipping %s: ingested completely before", path)
                return
            if row["offset"] <= size:
                start = row["offset"]
            else:
                logger.warning("%s is shorter than when last read; reading it anew", path)
                retries = {}
                with self._retry_lock:
                    self._retry_gone.append((key, None))
        async for retried in self._retried_articles(path, key, retries, start):
            yield retried
        stats.inc_value("news/warc/files/started")
        if start:
            stats.inc_value("news/warc/files/resumed")
            logger.info("Resuming %s at byte %d", path, start)
        progress = FileProgress(key, size, start)
        self.files.append(progress)
        readable = False
        read_before = stats.get_value(BYTES_READ, 0)
        for entry in read_records(path, start, max_body=self.max_body):
            readable = readable or isinstance(entry, WarcEntry)
            stats.set_value(BYTES_READ, read_before + entry.offset - start)
            await self._wait_for_room()
            article = self._consider(
                progress, key, entry, retries.get(entry.offset) if retries else None
            )
            if article is not None:
                yield article
        progress.read_to_end = True
        stats.set_value(BYTES_READ, read_before + size - start)
        stats.inc_value("news/warc/files/read")
        if not readable and start == 0 and size:
            # Not one record in it: no WARC or ARC file (an HTML page, a zip), not damage.
            # Its progress is not saved: saved as done, the rerun skipped it as "read before"
            # and a run whose only file this was exited 0, its failure forgotten.
            self.files.remove(progress)
            self._unreadable(path, "no WARC or ARC record in it")
        self.checkpoint()

    def _decided(self, decision: str) -> None:
        """Count the URL a record's page is stored under (crawler/identity.py's decision) under
        the names a crawl counts it by, so a crawl's and an ingestion's figures compare."""
        self.stats.inc_value(f"news/url/canonical/{decision}")

    def _unreadable(self, path: Path, why: str) -> None:
        """Count a file that could not be read and keep its name for the run's summary: a run
        that read the other files is partly failed (crawler/runs/outcome.py), and the
        summary names what to mend."""
        self.stats.inc_value("news/warc/files/unreadable")
        names = list(self.stats.get_value(UNREADABLE_NAMES) or [])
        if len(names) < _NAMES_KEPT:
            self.stats.set_value(UNREADABLE_NAMES, [*names, str(path)])
        logger.error("Cannot read %s: %s", path, why)

    def _consider(
        self,
        progress: FileProgress | None,
        path: str,
        entry: WarcEntry | Damage,
        retry: _Retry | None = None,
    ) -> Article | None:
        """The record's article, or None; ``progress`` None for a record read for its retry."""
        stats = self.stats
        if isinstance(entry, Damage):
            assert progress is not None
            stats.inc_value("news/warc/skip/corrupt")
            lost = (entry.resume if entry.resume is not None else progress.size) - entry.offset
            if entry.resume is None:
                progress.cut_at = entry.offset
            stats.inc_value("news/warc/corrupt_bytes", max(lost, 0))
            logger.warning(
                "Unreadable data in %s from byte %d (%s); %s",
                progress.path,
                entry.offset,
                entry.error,
                f"reading on at byte {entry.resume}"
                if entry.resume is not None
                else "file ends (if it grows, a rerun reads on from that byte)",
            )
            return None
        stats.inc_value("news/warc/records")
        if entry.url and has_userinfo(entry.url):
            # An archive's URL with user:password@ (a crawler that kept what its seeds said):
            # the page is stored as a crawl stores such a link, without them.
            entry = dataclasses.replace(entry, url=without_credentials(entry.url, stats))
        if progress is not None:
            progress.begin(entry.offset)
        attempts = retry.attempts if retry is not None else None
        try:
            if retry is not None and retry.given_up:
                # Read again only because the watermark was saved below it: given up before.
                raise Skip("given_up", f"{retry.attempts} tries")
            article = entry_article(entry, self.rules, self.source, self._decided)
        except Skip as exc:
            if progress is not None:
                progress.finish(entry.offset)
            if exc.reason != "given_up":
                self._forget(path, entry.offset, attempts)
            stats.inc_value(f"news/warc/skip/{exc.reason}")
            if exc.reason in ("malformed", "bad_url", "binary", "undecodable"):
                logger.info("Skipping the record at %s:%d: %s", path, entry.offset, exc)
            return None
        stats.inc_value("news/warc/articles")
        if entry.bad_trailer:
            said_damage(stats, entry.url or "?", BAD_TRAILER)
        if entry.hints and unreadable_hints(entry):
            stats.inc_value("news/warc/hints_unreadable")
            logger.warning(
                "Ignoring the unreadable listing hints of %s: %.100s", entry.url, entry.hints
            )
        self.in_flight[id(article)] = (
            article,
            _Pending(progress, path, entry.offset, article.url, article.fetched_at, attempts),
        )
        return article

    # --- progress -----------------------------------------------------------------------------

    def _settle_committed(self) -> None:
        """Finish the scraped items whose rows (or a later fetch's) are committed.

        A record whose page equals the stored article from an earlier fetch (the same page in
        two archives) writes no row, only the article's check time: it counts as well, or it
        held the file's watermark for good and every rerun read the file again from there."""
        if not self.uncommitted:
            return
        db = self.database.db
        # One query per chunk of URLs, not one per article: this runs on the reactor thread.
        urls = sorted({p.url for p in self.uncommitted})
        stored: dict[str, str] = {}
        for i in range(0, len(urls), _SETTLE_CHUNK):
            chunk = urls[i : i + _SETTLE_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = db.execute(
                "SELECT a.url, a.fetched_at, c.checked_at FROM articles a"
                f" LEFT JOIN article_checks c ON c.url = a.url WHERE a.url IN ({marks})",
                chunk,
            )
            for url, fetched, checked in rows.fetchall():
                stored[url] = max(fetched or "", checked or "")
        waiting = []
        for pending in self.uncommitted:
            if pending.url in stored and stored[pending.url] >= pending.fetched_at:
                if pending.progress is not None:
                    pending.progress.finish(pending.offset)
                self._forget(pending.path, pending.offset, pending.attempts)
            else:
                waiting.append(pending)
        self.uncommitted = waiting

    def checkpoint(self) -> None:
        """Write each file's watermark (when it moved) through the crawl's writer thread,
        with the retry rows of the records it passed in the same transaction."""
        self._settle_committed()
        rows = []
        for progress in self.files:
            state = (progress.watermark(), progress.done)
            if self._saved.get(progress.path) == state:
                continue
            self._saved[progress.path] = state
            rows.append(
                {
                    "path": progress.path,
                    "size": progress.size,
                    "offset": state[0],
                    "done": int(state[1]),
                    "run_id": self.run_id,
                    "updated_at": now_iso(),
                }
            )
        with self._retry_lock:
            retry_rows, self._retry_rows = self._retry_rows, []
            gone, self._retry_gone = self._retry_gone, []
        if rows or retry_rows or gone:
            self.database.write(lambda db: _save(db, rows, retry_rows, gone)).add_done_callback(
                lambda future: self._written(future, retry_rows, gone)
            )

    def _written(
        self,
        future: Any,
        retry_rows: list[dict[str, Any]] | None = None,
        gone: list[tuple[str, int | None]] | None = None,
    ) -> None:
        exc = future.exception()
        if exc is not None:
            self.stats.inc_value("news/warc/progress_write_failed")
            logger.warning("Could not save WARC progress (%s); a rerun reads more again", exc)
            # The watermark written later may pass these records: their rows must follow it.
            with self._retry_lock:
                self._retry_rows[:0] = retry_rows or []
                self._retry_gone[:0] = gone or []

    def spider_closed(self) -> None:
        """The pipelines have closed (the store committed its last batch): save the end state."""
        self._closed = True
        self._room.set()
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.checkpoint()
        done = sum(1 for p in self.files if p.done)
        self.stats.set_value("news/warc/files/done", done)


def _unread(path: Path, saved: Mapping[str, Mapping[str, Any]]) -> int:
    """The bytes of ``path`` an ingestion reads: past its saved offset, none when it was read
    to its end and has not changed since, all when it is new or shorter than when last read
    (as ``WarcIngest._file_articles`` decides); 0 when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    row = saved.get(str(path.resolve()))
    if row is None or row["offset"] > size:
        return size
    return 0 if row["done"] and row["size"] == size else size - row["offset"]


def _save(
    db: Database,
    rows: Iterable[dict[str, Any]],
    retry_rows: list[dict[str, Any]],
    gone: list[tuple[str, int | None]],
) -> None:
    progress = list(rows)
    if progress:
        db.table("warc_files").upsert_all(progress, pk="path")
    for path, offset in gone:
        if offset is None:
            db.execute("DELETE FROM warc_retries WHERE path = ?", [path])
        else:
            db.execute('DELETE FROM warc_retries WHERE path = ? AND "offset" = ?', [path, offset])
    if retry_rows:
        db.table("warc_retries").upsert_all(retry_rows, pk=("path", "offset"))
