"""The ordered writer: batches articles into database transactions.

Rows are committed every ``NEWS_DB_BATCH_SIZE`` articles or ``NEWS_DB_FLUSH_SECONDS``,
and once more in ``close_spider``, so a graceful stop (Ctrl-C, SIGTERM) loses nothing
scraped and a kill loses at most one uncommitted batch, which the next run fetches again.

Batches are written by one writer thread on its own connection: a 200-article batch takes a
third of a second (benchmarks/throughput.py), which on the reactor thread stalled every
download for that long. sqlite3 releases the GIL while SQLite works, so downloads go on.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
import weakref
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from importlib.metadata import version
from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from twisted.internet import task
from twisted.internet.interfaces import IReactorTime

from crawler.clock import now_iso
from crawler.exceptions import Unfinished
from crawler.extensions.database import database_for
from crawler.extensions.pending import pending_for
from crawler.extensions.run_recorder import RunRecorder
from crawler.items import article_columns, column_value, item_value, url_fields
from crawler.runs.outcome import DB_LOCKED
from crawler.stop import stop_crawl
from crawler.storage import reprocess_passes, versions
from crawler.storage.database import (
    LOCK_HELD,
    SharedDatabase,
    is_database_error,
    is_lock_error,
    serialize_copy_decisions,
)
from crawler.storage.unspaced import search_pairs
from crawler.urls import fetched_under, has_userinfo, without_userinfo
from pipelines.index.boilerplate import LineStats
from pipelines.index.copies import DedupIndex

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

# Bumped when cleaning, language or dedup rules change in a way that alters stored rows.
PIPELINE_VERSION = "1"
# From the installed package's metadata: importing trafilatura (with lxml, htmldate, justext
# and scipy) only for its version would cost the crawl process ~0.5 s of CPU and ~40 MB.
EXTRACTOR_VERSION = f"trafilatura {version('trafilatura')}"


@functools.lru_cache(maxsize=8)
def upsert_sql(table: str, columns: tuple[str, ...], pk: str = "url") -> str:
    """``INSERT ... ON CONFLICT DO UPDATE`` for these columns, built once per column set.

    sqlite-utils' ``Table.upsert`` introspects the schema (eight queries) and opens a savepoint
    on every call: 1.4 ms of the 5.5 ms an article cost the writer (pyinstrument,
    benchmarks/storecost.py). The statement it runs is this one; sqlite3 caches it prepared.
    """
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(f":{c}" for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != pk)
    return (
        f'INSERT INTO "{table}" ({names}) VALUES ({values}) '
        f'ON CONFLICT ("{pk}") DO UPDATE SET {updates}'
    )


@functools.cache
def _stored_fields() -> tuple[str, ...]:
    """The item's stored fields, read off the dataclass once rather than for every article."""
    return tuple(article_columns())


def article_row(adapter: ItemAdapter) -> dict[str, Any]:
    """The ``articles`` row of an item: its stored fields (crawler/items.py), the pairs the
    full-text index finds words of unspaced scripts by (crawler/storage/unspaced.py) and
    provenance."""
    row = {name: column_value(adapter.get(name)) for name in _stored_fields()}
    row["search_pairs"] = search_pairs(row.get("title"), row.get("text"))
    row["updated_at"] = now_iso()
    row["extractor_version"] = EXTRACTOR_VERSION
    row["pipeline_version"] = PIPELINE_VERSION
    return row


# A URL field of an item (crawler/items.py ``URL``) that carried a ``user:password@``,
# stored without it: ``news/store/credentials_removed/<field>``.
CREDENTIALS_REMOVED_PREFIX = "news/store/credentials_removed/"


def clean_url_fields(adapter: ItemAdapter, stats: StatsCollector) -> None:
    """Take the ``user:password@`` out of every URL field of the item, counted per field.

    The crawl asks for and keys pages without them (crawler/urls.py), but a page's markup
    names other URLs as written: an ``og:image`` of ``https://user:password@cdn…/a.jpg``
    put the image server's login into ``articles.image``, every export and every copy of a
    store users share. The item follows, so a feed export holds what the row holds.
    """
    for name in url_fields():
        value = adapter.get(name)
        if isinstance(value, str) and has_userinfo(value):
            adapter[name] = without_userinfo(value)
            stats.inc_value(f"{CREDENTIALS_REMOVED_PREFIX}{name}")


# What writing one article did: the outcome (versions.place), the copy verdict, and what a
# later fetch kept of the stored row (crawler/storage/rereading.py: "kept/published", …).
Written = tuple[str, str, tuple[str, ...]]

# Columns a rewrite of the same fetch sets whatever it reads: the time of the write.
_WRITE_TIME = frozenset({"updated_at"})
# The outcomes of a write that wrote the article's row (crawler/storage/versions.py ``place``):
# not "unchanged" (a revisit's same page, a reprocess's same row) nor "older" than stored.
_WRITTEN = frozenset({"new", "updated", "revised"})


def _moved_columns(db: Database, row: dict[str, Any]) -> list[str]:
    """The columns of ``row`` whose values the stored ``articles`` row does not hold already
    (the time of the write apart): none, and writing it would change nothing.

    Named so that a reprocess says which fields a rule change moved, not only how many rows
    (``news/store/reread/<column>``, in the run's closing line).
    """
    names = [name for name in row if name not in _WRITE_TIME]
    cursor = db.conn.execute(f"SELECT {', '.join(names)} FROM articles WHERE url = ?", [row["url"]])
    stored = cursor.fetchone()
    if stored is None:
        return names
    return [
        name for name, stored_value in zip(names, stored, strict=True) if stored_value != row[name]
    ]


def _follow_row(adapter: ItemAdapter, row: Mapping[str, Any]) -> None:
    """Give the item the values its row kept of the stored one (crawler/storage/rereading.py),
    so what reads it after the store (the run's counts of rows without a date, a feed export)
    sees the row as written, not the page's reading without them."""
    for name in _stored_fields():
        if column_value(adapter.get(name)) != row.get(name):
            adapter[name] = item_value(name, row.get(name))


def reached_under(row: Mapping[str, Any]) -> str:
    """The canonical spelling of the URL a row's page was fetched from: the row's own URL
    unless the page declared another its canonical one (crawler/identity.py)."""
    return fetched_under(str(row["url"]), row.get("fetched_url"))


def _tell_pending(crawler: Crawler) -> Callable[[str, str], None]:
    """Tells the crawl's pending tracker of an unwritable row, when the crawl has one.

    Looked up when called: the tracker is an extension, built beside the pipelines.
    """

    def tell(url: str, error: str) -> None:
        tracker = pending_for(crawler)
        if tracker is not None:
            tracker.unwritable(url, error)

    return tell


def _tell_recorder(crawler: Crawler) -> Callable[[Any], None]:
    """Tells the crawl's run recorder of an article whose row this run wrote (its shares and
    conflicts count those rows, not the fetches found unchanged or older than stored), when
    the crawl has one. Looked up when called, as :func:`_tell_pending`'s tracker."""

    def tell(item: Any) -> None:
        recorder = crawler.get_extension(RunRecorder)
        if recorder is not None:
            recorder.row_written(item)

    return tell


def _read_error(waiter: asyncio.Future[Any]) -> None:
    """Mark a finished waiter's error as read: the store settles it from the writer's own
    future, and asyncio logs an unread one as "Future exception was never retrieved"."""
    if not waiter.cancelled():
        waiter.exception()


class StorePipeline:
    """Dedup decisions and writes, in arrival order, inside each batch's write transaction.

    Deciding inside the transaction that holds SQLite's write lock means two processes (a cron
    run and a manual run) can never both take the same story for an original. Batches run on
    the crawl's writer thread (:class:`SharedDatabase`), never on the reactor thread.
    """

    def __init__(
        self,
        database: SharedDatabase,
        stats: StatsCollector,
        *,
        batch_size: int,
        flush_seconds: float,
        dedup_threshold: float,
        stop: Callable[[str], None] = lambda reason: None,
        clock: IReactorTime | None = None,
        unwritable: Callable[[str, str], None] = lambda url, error: None,
        written: Callable[[Any], None] = lambda item: None,
        feed: bool = False,
    ) -> None:
        self.database = database
        self.stats = stats
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.dedup_threshold = dedup_threshold
        self.stop = stop
        self.clock = clock  # the reactor unless a test gives its own
        self.unwritable = unwritable  # tells the pending tracker of an unwritable row
        self.written = written  # tells the run's recorder of a row this run wrote
        # A feed export (-O) reads each item after the store: it waits for its row, so that
        # the feed holds the store's verdict (duplicate_of, similarity), not the blanks the
        # item carried before its batch was written.
        self.feed = feed
        self.dedup: DedupIndex | None = None
        self.line_stats: LineStats | None = None
        self.pending: list[Any] = []
        self._timer: task.LoopingCall | None = None
        self._oldest: float | None = None
        # The batch the writer thread is working on, and its items.
        self._in_flight: tuple[Future[list[Written]], list[Any]] | None = None
        self._settled: weakref.WeakSet[Future[list[Written]]] = weakref.WeakSet()
        self._closing = False
        # The first write failure (disk full, read-only or vanished file); the crawl then stops.
        self.failure: Exception | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        return cls(
            database_for(crawler),
            crawler.stats,
            batch_size=s.getint("NEWS_DB_BATCH_SIZE"),
            flush_seconds=s.getfloat("NEWS_DB_FLUSH_SECONDS"),
            dedup_threshold=s.getfloat("NEWS_DEDUP_THRESHOLD"),
            stop=functools.partial(stop_crawl, crawler),
            unwritable=_tell_pending(crawler),
            written=_tell_recorder(crawler),
            feed=bool(s.getdict("FEEDS")),
        )

    async def open_spider(self) -> None:
        """Open and migrate the database now, so a bad path fails the crawl before any fetch.

        Awaited, not waited for: a store that failed to open (not a database, a folder it
        cannot write, a lock held past the busy timeout) raised out of a plain method while
        Scrapy was still collecting its pipelines' ``open_spider`` calls, which left the
        ones collected before it unawaited ("RuntimeWarning: coroutine … was never awaited"
        beside the error), and the wait for a locked store held up the reactor, Ctrl-C too.
        """
        await asyncio.wrap_future(self.database.write(self._open_indexes))
        self._timer = task.LoopingCall(self._flush_if_due)
        if self.clock is not None:
            self._timer.clock = self.clock
        self._timer.start(max(self.flush_seconds / 2, 0.1), now=False)

    def _open_indexes(self, db: Database) -> None:
        """Bind the copy index and line statistics to the writer's connection."""
        self.dedup = DedupIndex(db, threshold=self.dedup_threshold)
        if self.dedup.stale:
            # NEWS_DEDUP_THRESHOLD changed since the index was built: re-bucket it once.
            logger.warning("Rebuilding the copy index for threshold %s", self.dedup_threshold)
            self.dedup.rebuild()
        self.line_stats = LineStats(db)

    def close_spider(self) -> None:
        self._closing = True
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if self._in_flight is not None:
            future, batch = self._in_flight
            future.exception()  # waits for the batch in flight to commit or fail
            self._settle(future, batch)
        if self.failure is None and self.pending:
            batch, self.pending, self._oldest = self.pending, [], None
            future = self.database.write(functools.partial(self._write_batch, batch))
            future.exception()
            self._settle(future, batch)

    async def process_item(self, item: Any) -> Any:
        if self.failure is not None:
            self._refuse()
        clean_url_fields(ItemAdapter(item), self.stats)
        self.pending.append(item)
        if self._oldest is None:
            self._oldest = time.monotonic()
        # At most one batch in flight: when the writer is behind, items (and through Scrapy's
        # backpressure, downloads) wait for it instead of piling up in memory.
        while len(self.pending) >= self.batch_size and self.failure is None:
            if self._in_flight is not None and not self._in_flight[0].done():
                await self._wait_in_flight()
                continue
            self._submit()
        if self.failure is None and (self.feed or self._may_rekey(item)):
            await self._until_written(item)
        if self.failure is not None:
            # The batch waited for failed: this item will not be written either.
            self.pending = [p for p in self.pending if p is not item]
            self._refuse()
        return item

    def _may_rekey(self, item: Any) -> bool:
        """Whether the store may key ``item`` under another URL than it carries: a page stored
        under its declared canonical URL when a row of that URL (stored, or on its way) may
        hold another article (``news/url/canonical/mismatch``, :meth:`_write`). A read on
        the reactor thread; an item whose canonical URL nothing holds yet is never re-keyed."""
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        if not url or reached_under(adapter) == url:
            return False
        queued = [*self.pending, *(self._in_flight[1] if self._in_flight else ())]
        if any(other is not item and ItemAdapter(other).get("url") == url for other in queued):
            return True
        found = self.database.db.execute("SELECT 1 FROM articles WHERE url = ?", [url])
        return found.fetchone() is not None

    async def _until_written(self, item: Any) -> None:
        """Write ``item``'s batch now and wait for it, so what follows the store (the feed
        export of ``-O``, the pending tracker) sees the URL its row was stored under.

        For an item :meth:`_may_rekey`: passed on at once, such a page whose canonical
        link named another article was exported under that article's URL, while its row was
        stored under its own. For every item when a feed export reads them (``feed``): passed
        on at once, a copy was exported as an original.
        """
        while self.failure is None:
            if self._in_flight is not None and not self._in_flight[0].done():
                await self._wait_in_flight()
            elif any(pending is item for pending in self.pending):
                self._submit()
            else:
                return

    def _refuse(self) -> None:
        """Drop an item the failed database cannot take; it stays pending, no try spent.

        Logged at INFO, into the run's log file: the failure itself is the one ERROR line
        (:meth:`_settle`). At WARNING, a disk that filled up mid-run sent cron's mail (``-L
        WARNING``) a "Dropped: db_error" line for every article still in the pipelines.
        """
        self.stats.inc_value("news/store/failed")
        self.stats.inc_value("news/drop/db_error")
        raise Unfinished(
            f"db_error: the database failed ({self.failure})", tried=False, log_level="INFO"
        )

    async def _wait_in_flight(self) -> None:
        """Wait for the batch in flight to commit or fail, and settle it.

        The batch's error is the crawl's (:meth:`_settle` stops it), not the waiting item's:
        raised into this item, it was a traceback "Error processing …" and the article was
        kept pending as a failed try of its own, waiting the full backoff though its page
        was never the matter.
        """
        assert self._in_flight is not None
        future, batch = self._in_flight
        waiter = asyncio.wrap_future(future)
        await asyncio.wait((waiter,))
        _read_error(waiter)
        self._settle(future, batch)

    def _flush_if_due(self) -> None:
        due = self._oldest is not None and time.monotonic() - self._oldest >= self.flush_seconds
        if due and (self._in_flight is None or self._in_flight[0].done()):
            self._submit()

    def _submit(self) -> None:
        """Hand the pending batch to the writer thread; it is settled on the reactor thread.

        A batch in flight that has finished is settled first, though its callback has not run
        yet: one that failed stops the crawl, and nothing more is written. Handed a batch
        before that callback ran, the writer failed it too on a full disk, and the run said
        "Database write failed … stopping the crawl" twice."""
        if self._in_flight is not None and self._in_flight[0].done():
            self._settle(*self._in_flight)
        if not self.pending or self.failure is not None:
            return
        batch, self.pending, self._oldest = self.pending, [], None
        future = self.database.write(functools.partial(self._write_batch, batch))
        self._in_flight = (future, batch)
        asyncio.wrap_future(future).add_done_callback(
            functools.partial(self._batch_done, future, batch)
        )

    def _batch_done(
        self, future: Future[list[Written]], batch: list[Any], waiter: asyncio.Future[Any]
    ) -> None:
        """Settle a batch the writer finished, on the reactor thread.

        The waiter's error is read (:func:`_read_error`): left unread, asyncio logged it as a
        second traceback under the one-line report of every failed write.
        """
        _read_error(waiter)
        self._settle(future, batch)

    def _settle(self, future: Future[list[Written]], batch: list[Any]) -> None:
        """Count a finished batch, or stop the crawl if it was rolled back; once per batch.

        Counted after COMMIT, so a rolled-back batch never shows up as stored. A batch that
        failed for one of its articles, not for the database, is written again one article
        at a time (:meth:`_write_alone`).
        """
        if future in self._settled:
            return
        self._settled.add(future)
        if self._in_flight is not None and self._in_flight[0] is future:
            self._in_flight = None
        exc = future.exception()
        if is_database_error(exc):
            assert isinstance(exc, Exception)
            self._fail(exc, len(batch))
            return
        if exc is not None:
            self._write_alone(batch, exc)
            return
        for item, (outcome, verdict, notes) in zip(batch, future.result(), strict=True):
            self.stats.inc_value(f"news/store/{outcome}")
            for note in notes:
                self.stats.inc_value(f"news/store/{note}")
            if outcome in _WRITTEN:
                self.written(item)
            if outcome == "revised":  # the row was rewritten: an update as well
                self.stats.inc_value("news/store/updated")
            if verdict:
                self.stats.inc_value(f"news/dedup/{verdict}")
            if ItemAdapter(item).get("reread_url"):
                self.stats.inc_value("news/reprocess/done")
        self.stats.inc_value("news/store/batches")

    def _write_alone(self, batch: list[Any], exc: BaseException) -> None:
        """Write a failed batch's articles in a transaction each, after the batch was rolled
        back for an error that is not the database's (a value the driver cannot bind: a
        lone surrogate in a title, a type no column takes).

        Such an error is one article's: stopping the crawl for it, as for a failed database,
        would stop every later run at the same page; dropping the batch lost the articles
        beside it (round 20). The article that fails alone is logged with its URL and counted
        as ``news/store/unwritable``; not stored, it stays pending for the next run, with a
        try spent (crawler/extensions/pending.py), so it is neither lost nor retried for
        ever. Rare, so the reactor waits for these writes.
        """
        if len(batch) == 1:
            url = ItemAdapter(batch[0]).get("url")
            self.stats.inc_value("news/store/unwritable")
            self.unwritable(url or "", f"{type(exc).__name__}: {exc}")
            logger.error(
                "Article not stored, its row cannot be written (%s: %s): %s",
                type(exc).__name__,
                exc,
                url,
                exc_info=exc,
            )
            return
        logger.warning(
            "A batch of %d articles failed (%s: %s); writing them one at a time",
            len(batch),
            type(exc).__name__,
            exc,
        )
        for item in batch:
            if self.failure is not None:
                return
            future = self.database.write(functools.partial(self._write_batch, [item]))
            future.exception()
            self._settle(future, [item])

    def _write_batch(self, batch: list[Any], db: Database) -> list[Written]:
        """Write one batch inside the writer's transaction: all or nothing."""
        # CPU time of this thread: wall time would count waits for the GIL and for other
        # processes, and the batch runs beside the reactor.
        started = time.thread_time()
        # Copies decided by another process (a second node) must be seen, not raced.
        serialize_copy_decisions(db)
        adapters = [ItemAdapter(item) for item in batch]
        outcomes = [self._write(db, adapter) for adapter in adapters]
        # A reprocess pass's pages are done once their rows are: marked in this transaction,
        # a kill leaves none written and unmarked, and the rerun reads none of them again.
        reread = [(a["source"], a["reread_url"]) for a in adapters if a.get("reread_url")]
        if reread:
            reprocess_passes.mark_done(db, reread)
        self.stats.inc_value("news/time/store_us", round((time.thread_time() - started) * 1e6))
        logger.debug("Writing %d articles", len(batch))
        return outcomes

    def _fail(self, exc: Exception, lost: int) -> None:
        """Stop the crawl: fetching on while nothing can be stored would only lose more.

        The transaction was rolled back, so no article is half-written; the batch's pages
        are fetched again by the next run. The finish reason "db_error" makes the run fail.
        A store another program kept locked past the busy timeout is a temporary failure
        (finish reason and fatal stat ``db_locked``: the run exits 75, try again later); it
        was "db_error", exit 1, as for a broken store.
        """
        self.failure = exc
        locked = is_lock_error(exc)
        self.stats.inc_value("news/store/failed", lost)
        # Fails the source whatever the finish reason (crawler/runs/outcome.py).
        self.stats.inc_value(f"news/fatal/{DB_LOCKED}" if locked else "news/fatal/store_failed")
        logger.error(
            "Database write failed (%s: %s)%s; %d articles not stored%s; stopping the crawl",
            type(exc).__name__,
            exc,
            f": {LOCK_HELD}" if locked else "",
            lost,
            ", they stay pending for the next run" if locked else "",
        )
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if not self._closing:
            self._closing = True
            self.stop(DB_LOCKED if locked else "db_error")

    def _link_duplicate(self, row: dict[str, Any], signature: bytes | None) -> str:
        """Fill duplicate_of/similarity from the stored history and index the signature.

        Returns the verdict: "original", "exact" or "near".
        """
        assert self.dedup is not None
        match = None
        if signature is not None:
            match = self.dedup.find(signature, row["content_hash"], exclude=row["url"])
        # A re-crawled original may match a copy of itself, which leads back to it.
        if match is not None and match.url != row["url"]:
            row["duplicate_of"] = match.url
            row["similarity"] = round(match.similarity, 4)
            verdict = "exact" if match.exact else "near"
        else:
            row["duplicate_of"] = None
            row["similarity"] = None
            verdict = "original"
        if signature is not None:
            self.dedup.add(row["url"], signature)
        return verdict

    @staticmethod
    def _tell_verdict(adapter: ItemAdapter, db: Database, url: str) -> None:
        """Give an item whose row was not rewritten the stored row's copy verdict, for the
        feed export that reads it next."""
        found = db.conn.execute(
            "SELECT duplicate_of, similarity FROM articles WHERE url = ?", [url]
        ).fetchone()
        if found is not None:
            adapter["duplicate_of"], adapter["similarity"] = found

    def _same_article(
        self, stored: dict[str, Any], row: dict[str, Any], signature: bytes | None
    ) -> bool:
        """Whether ``row`` holds the stored article's text: the same content hash, or a near
        copy by MinHash at the copy threshold (NEWS_DEDUP_THRESHOLD)."""
        if row["content_hash"] and row["content_hash"] == stored["content_hash"]:
            return True
        assert self.dedup is not None
        return signature is not None and self.dedup.copy_of(stored["url"], signature)

    @staticmethod
    def _listing_hints(db: Database, adapter: ItemAdapter, exists: bool) -> str:
        """The hints kept with the page (JSON): this fetch's listing's, or when no listing named
        the page this time (a site crawl, a given URL), those kept of the last one that did.

        Written over with ``{}``, a changed page fetched again without its listing lost the
        feed's date and author for good: the row kept them, but `scrapy reprocess`, which
        reads the page with these hints, emptied them. Never merged with another listing's:
        a field's ``meta_origin`` names the listing of the hints it came from.
        """
        hints = adapter.get("hints") or {}
        if not hints and exists:
            kept = db.conn.execute("SELECT hints FROM pages WHERE url = ?", [adapter["url"]])
            found = kept.fetchone()
            if found is not None and found[0]:
                return str(found[0])
        return json.dumps(hints, ensure_ascii=False)

    def _after_stored(self, adapter: ItemAdapter, row: dict[str, Any], stored_at: str) -> None:
        """A live fetch stamped before the stored fetch of its page (the clock stepped back):
        stored as the later one it is (:func:`versions.live_fetch_time`), counted
        (``news/clock/behind_store``) and said once a run."""
        fetched_at = versions.live_fetch_time(row["fetched_at"], stored_at)
        if fetched_at == row["fetched_at"]:
            return
        if not self.stats.get_value("news/clock/behind_store"):
            logger.warning(
                "The clock is behind the store: %s was fetched at %s, before its stored fetch "
                "(%s); stored as the later fetch it is (the clock stepped back?)",
                row["url"],
                row["fetched_at"],
                stored_at,
            )
        self.stats.inc_value("news/clock/behind_store")
        row["fetched_at"] = adapter["fetched_at"] = fetched_at

    def _write(self, db: Database, adapter: ItemAdapter) -> Written:
        """Upsert one article (and its page); returns (outcome, dedup verdict, what it kept of
        the stored row): :data:`Written`.

        The outcome is crawler/storage/versions.py ``place``'s: "new", "updated", "revised"
        (a later fetch that changed: a new version), "unchanged" (its check is written, and
        the row's ``paywalled`` and a later ``modified`` follow the page, no verdict; or the
        same fetch read again to the same row: nothing written), "older" (a fetch before the
        stored one: placed among the versions, the row left as it is) or "alias" (the stored
        article fetched under another of its URLs: its check time is written and that URL
        remembered).
        """
        assert self.line_stats is not None
        row = article_row(adapter)
        stored = versions.stored_article(db, row["url"])
        reached = reached_under(row)
        via = "own"
        if stored is not None and reached_under(stored) != reached:
            # Fetched from another URL than the stored row was: what the canonical link
            # claims, that both are one article, is checked against their texts.
            same = self._same_article(stored, row, adapter.get("signature"))
            if reached == row["url"]:
                # The row's own page after a stand-in; one that was another article is
                # kept as the first version.
                via = "canonical" if same else "own"
            elif same:
                via = "alias"
            else:
                # The canonical link named another article (a template's mistake): the page
                # is stored under its own URL, not lost as an alias of that one.
                self.stats.inc_value("news/url/canonical/mismatch")
                row["url"] = reached
                # The item follows (the feed export, the pending tracker): it waited for this.
                adapter["url"] = reached
                stored = versions.stored_article(db, reached)
        exists = stored is not None
        if stored is not None and adapter.get("fetched_live"):
            self._after_stored(adapter, row, stored["fetched_at"])
        notes: list[str] = []
        outcome = versions.place(db, stored, row, via=via, page=adapter.get("html_gz"), notes=notes)
        if notes:
            _follow_row(adapter, row)
        if reached != row["url"]:
            # The URL it was fetched from leads to the row: the incremental middleware skips
            # it as stored, and a later fetch of it adds no row (crawler/identity.py).
            seen = {"url": reached, "target": row["url"], "status": None, "fetched_at": now_iso()}
            db.conn.execute(upsert_sql("url_seen", tuple(seen)), seen)
        validators = adapter.get("validators")
        own_page = reached == row["url"]
        if validators and own_page and outcome in ("new", "unchanged", "revised", "updated"):
            # Only the page's own: a revisit asks the row's URL with them.
            versions.save_validators(db, row["url"], **validators)
        if outcome in ("unchanged", "older", "alias"):
            if self.feed:
                self._tell_verdict(adapter, db, row["url"])
            return outcome, "", tuple(notes)
        verdict = self._link_duplicate(row, adapter.get("signature"))
        adapter["duplicate_of"], adapter["similarity"] = row["duplicate_of"], row["similarity"]
        if outcome == "updated":
            moved = _moved_columns(db, row)
            if not moved:
                # The same fetch read again to the same row (`scrapy reprocess` with rules
                # that change nothing for it, an archive read twice): nothing is rewritten,
                # and it is counted unchanged. Counted "updated", a reprocess said it
                # changed every row.
                return "unchanged", "", tuple(notes)
            notes.extend(f"{versions.REREAD_NOTE}{name}" for name in moved)
        db.conn.execute(upsert_sql("articles", tuple(row)), row)
        if exists and row["duplicate_of"]:
            # A stored row read as a copy now: the copies that named it follow it.
            assert self.dedup is not None
            self.dedup.hand_over(row["url"], row["duplicate_of"])
        # Each article counts once towards its source's line statistics, on first sight.
        line_keys = adapter.get("line_keys")
        if not exists and line_keys:
            self.line_stats.record_lines(row["source"], line_keys)
        html_gz = adapter.get("html_gz")
        if html_gz is not None:
            page = {
                "url": row["url"],
                "html_gz": html_gz,
                "fetched_url": row["fetched_url"],
                "fetched_at": row["fetched_at"],
                # The listing's hints, so `scrapy reprocess` decides as the crawl did.
                "hints": self._listing_hints(db, adapter, exists),
            }
            db.conn.execute(upsert_sql("pages", tuple(page)), page)
        return outcome, verdict, tuple(notes)
