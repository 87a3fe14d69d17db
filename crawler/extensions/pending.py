"""Keeps account of every article a listing yields, so that none is lost between runs.

Each article request from a feed or sitemap ends in one of three ways: stored (a committed
row), dropped for a counted content reason (not HTML, too short, 404, a private address…),
or unfinished (a 503 after retries, a timeout, a cut body, a failed write, or a run that
ended before reaching it). Unfinished ones are written to ``pending_articles`` when the
crawl closes, and the spider requests them again in a later run whatever the listing says
(crawler/storage/pending.py has the rules). While the crawl runs, each record is also written
there once, every NEWS_PENDING_CHECKPOINT_SECONDS, as not finished: a crawl killed with -9
never closes, and its listed articles would be known to no later run but through a listing
that may have moved on. What holds only once those rows are kept (a sitemap read in full)
rides in the same transaction (``with_checkpoint``).

"Stored" is read back from the database, not taken from the pipeline's word: an article
handed to the writer but lost with a failed final flush stays pending.

A long crawl lists 100,000 articles or more, so a record is kept only while its article is
unresolved (queued, in flight, handed to the writer but not yet read back, failed). Once an
article is finally accounted for (dropped for a content reason, or its row read back from the
database: checked in batches as items accumulate), what stays is a 60-bit hash of its key: a
second listing of the same URL, dropped by the dupefilter, is then not counted again, and the
pending rows of earlier runs it resolved are found at close by that hash.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from twisted.internet import task
from twisted.python.failure import Failure

from crawler import clock
from crawler.exceptions import Unfinished
from crawler.extensions.database import database_for
from crawler.plural import plural
from crawler.runs.outcome import DB_LOCKED, HAS_ARTICLES
from crawler.sources import source_of
from crawler.storage import pending
from crawler.storage.database import SharedDatabase, database_errors, is_lock_error

if TYPE_CHECKING:
    from sqlite_utils import Database


def now_utc() -> datetime:
    return clock.now()


logger = logging.getLogger(__name__)


# Item-state records read back from the database once this many have accumulated; the bound
# doubles while most are still waiting for the writer's commit, so each is read about once.
_CHECK_AFTER = 1000
# Article URLs asked of the store in one query when the records are read back.
_READ_BATCH = 500


@dataclass(slots=True)
class _Article:
    """One unresolved listed article: queued, in flight, handed to the writer, or failed.

    Slots, no set per article (most have one item URL or none), and the listing's hints as
    the JSON they are recorded as (one ASCII string, not a dict of strings).
    """

    fetch_url: str
    hints_json: str  # "" for no hints
    state: str = "open"  # open, failed
    error: str = ""
    tried: bool = True
    final: bool = False  # a failure no later try can change: given up at once
    aliases: tuple[str, ...] = ()  # canonical URLs of its items
    # Its key's hash was seen: listed again after it was accounted for, or (rarely) another
    # key with the same hash; the record is kept until the dupefilter says which.
    relisted: bool = False
    # Its row is in pending_articles already, written while the crawl ran (``checkpoint``).
    saved: bool = False


class PendingArticles:
    def __init__(
        self,
        database: Callable[[], SharedDatabase],
        stats: StatsCollector,
        *,
        backoff_minutes: float,
        max_attempts: int,
        temporary: bool = False,
        retry_given_up: bool = False,
        checkpoint_seconds: float = 0,
    ) -> None:
        # Looked up on first use: the crawl's database is an extension built beside this one.
        self.database = database
        self.stats = stats
        self.backoff_minutes = backoff_minutes
        self.max_attempts = max_attempts
        # The database goes as the command ends (`scrapy explain`): nothing is kept pending.
        self.temporary = temporary
        # NEWS_PENDING_RETRY_GIVEN_UP: the source's given-up articles are asked again.
        self.retry_given_up = retry_given_up
        self.articles: dict[str, _Article] = {}  # unresolved ones only
        self.by_item: dict[str, str] = {}  # item URL -> the listed article's key
        # _key_hash of every key listed this run, so that a key listed again after it was
        # accounted for is known (two keys may share a hash: see request_dropped).
        self.seen: set[int] = set()
        self.kept: set[str] = set()  # pending rows left as they are (waiting, given up)
        self._items = 0  # records with an item handed on, not yet read back
        self._check_at = _CHECK_AFTER
        # NEWS_PENDING_CHECKPOINT_SECONDS: how often the unfinished records are kept pending
        # while the crawl runs; the last of those writes, waited for before the close settles.
        self.checkpoint_seconds = checkpoint_seconds
        self._timer: task.LoopingCall | None = None
        self._source: str | None = None
        self._checkpointed: Future[None] | None = None
        # The records and riders the last checkpoint wrote, until it is seen to be over.
        self._in_flight: tuple[list[_Article], list[Callable[[Database], object]]] = ([], [])
        # Writes to commit with the next checkpoint's rows (with_checkpoint).
        self._riders: list[Callable[[Database], object]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        ext = cls(
            functools.partial(database_for, crawler),
            crawler.stats,
            backoff_minutes=s.getfloat("NEWS_PENDING_BACKOFF_MINUTES"),
            max_attempts=s.getint("NEWS_PENDING_MAX_ATTEMPTS"),
            temporary=s.getbool("NEWS_DB_TEMPORARY"),
            retry_given_up=s.getbool("NEWS_PENDING_RETRY_GIVEN_UP"),
            checkpoint_seconds=s.getfloat("NEWS_PENDING_CHECKPOINT_SECONDS"),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # --- what the spider reports -----------------------------------------------------------

    def listed(self, key: str, fetch_url: str, hints: dict[str, Any]) -> None:
        """An article request was made for ``key`` (canonical URL)."""
        if key in self.articles:
            return
        h = _key_hash(key)
        relisted = h in self.seen
        self.seen.add(h)
        # Most listed URLs are canonical already: one string for both, not two.
        self.articles[key] = _Article(
            key if fetch_url == key else fetch_url,
            json.dumps(hints) if hints else "",
            relisted=relisted,
        )

    def request_dropped(self, request: Request, **_: Any) -> None:
        """An article request the dupefilter dropped: listed and requested before this run.

        A record of a key whose hash was seen (``relisted``) goes: the earlier request
        accounts for the article. Any other stays (a new key whose request was dropped by
        a fingerprint collision) and is recorded pending if the run ends without it.
        """
        key: str | None = request.meta.get("news_article")
        if key is None:
            return
        article = self.articles.get(key)
        if article is not None and article.relisted and article.state == "open":
            self.done(key)

    def done(self, key: str) -> None:
        """Finally accounted for: only its hash stays (a pending row of it is deleted)."""
        article = self.articles.pop(key, None)
        if article is not None:
            self._forget_items(key, article)

    def keep(self, key: str) -> None:
        """Its pending row stays as it is (waiting for its backoff, or given up)."""
        article = self.articles.pop(key, None)
        if article is not None:
            self._forget_items(key, article)
            self.kept.add(key)

    def failed(self, key: str, error: str, *, tried: bool = True, final: bool = False) -> None:
        """A failed try of ``key``; a ``final`` one (the same answer every time) is given up
        at once instead of being asked again by NEWS_PENDING_MAX_ATTEMPTS later runs."""
        article = self.articles.get(key)
        if article is not None:
            article.state, article.error, article.tried = "failed", error, tried
            article.final = final

    def unwritable(self, item_url: str, error: str) -> None:
        """The item's row could not be written (pipelines/store.py): a failed try of its
        article. Left as "fetched but not stored", which spends no attempt, an article whose
        row never fits was fetched again by every run for ever, never given up."""
        key = self.by_item.get(item_url)
        if key is not None:
            self.failed(key, f"not stored: {error}"[:300])

    def item_for(self, key: str, item_url: str) -> None:
        """The page of ``key`` became an item with this (canonical) URL."""
        article = self.articles.get(key)
        if article is not None:
            item_url = key if item_url == key else item_url  # one string, not two equal ones
            if not article.aliases:
                self._items += 1
            if item_url not in article.aliases:
                article.aliases = (*article.aliases, item_url)
            self.by_item[item_url] = key
            if self._items >= self._check_at:
                self.check_stored()

    def check_stored(self) -> None:
        """Resolve the records whose item is committed, read back from the database.

        Called as items accumulate, so that a long crawl keeps a record only for what the
        writer has not committed yet; what is not stored yet is checked again later (or at
        close, where the same check decides what stays pending).
        """
        try:
            db = self.database().db
            records = [(key, a.aliases) for key, a in self.articles.items() if a.aliases]
            committed = _stored(db, records)
            stored = [key for key, _ in records if key in committed]
        except database_errors(OSError) as exc:
            logger.warning("Stored articles not read back yet: %s", exc)
            stored = []
        for key in stored:
            self.done(key)
        self._check_at = max(_CHECK_AFTER, 2 * self._items)

    def _forget_items(self, key: str, article: _Article) -> None:
        if article.aliases:
            self._items -= 1
            for url in article.aliases:
                if self.by_item.get(url) == key:
                    del self.by_item[url]

    def given_up(self, key: str) -> bool:
        """Whether the store holds ``key`` given up, not to be asked again by this run."""
        if self.retry_given_up:
            return False
        db = self.database().db
        return pending.state(db, key, now_utc(), self.backoff_minutes) == "given_up"

    def due(self, source: str) -> list[pending.Due]:
        return list(
            pending.due(
                self.database().db,
                source,
                now_utc(),
                self.backoff_minutes,
                retry_given_up=self.retry_given_up,
            )
        )

    # --- kept while the crawl runs ------------------------------------------------------------

    def spider_opened(self, spider: Spider) -> None:
        """Keep the unfinished records pending every ``checkpoint_seconds``: a crawl killed
        with -9 never closes, and its listed articles were then known to no later run but
        through the listing, which a busy feed or sitemap no longer names by then."""
        source = source_of(spider)
        if source is None or self.temporary or self.checkpoint_seconds <= 0:
            return
        self._source = source.name
        self._timer = task.LoopingCall(self.checkpoint)
        self._timer.start(self.checkpoint_seconds, now=False)

    def with_checkpoint(self, write: Callable[[Database], object]) -> bool:
        """Commit ``write`` in the transaction of the next checkpoint, after the pending rows
        of every article listed so far: what it records (a sitemap read in full,
        crawler/storage/sitemap_reads.py) is then never kept without them, and a crawl
        killed after it keeps both. False when no checkpoint runs (NEWS_PENDING_CHECKPOINT_SECONDS
        0, a temporary database): the caller's record waits for the close."""
        if self._timer is None or not self._timer.running:
            return False
        self._riders.append(write)
        return True

    def checkpoint(self) -> None:
        """Write a pending row for each record not written yet (no try spent, due at once),
        and the writes that ride with them (``with_checkpoint``), in one transaction; the
        close deletes the rows of those stored or dropped and records the failures."""
        if self._source is None or not self._last_checkpoint_settled():
            return  # the last write has not finished: its records are not marked saved yet
        fresh = [(key, a) for key, a in self.articles.items() if not a.saved]
        riders, self._riders = self._riders, []
        if not fresh and not riders:
            return
        for _, article in fresh:
            article.saved = True
        rows = [(key, a.fetch_url, a.hints_json) for key, a in fresh]
        self._in_flight = ([a for _, a in fresh], riders)
        self._checkpointed = self.database().write(
            functools.partial(
                _keep_listed, source=self._source, listed=rows, now=now_utc(), riders=riders
            )
        )
        self._checkpointed.add_done_callback(self._kept)

    def _last_checkpoint_settled(self) -> bool:
        """Whether the last checkpoint's write is over; one that failed has its records
        marked not saved and its riders put back, for the next checkpoint. Done here, on the
        reactor's thread: done from the future's callback, on the writer's, the next
        checkpoint could run between the end of the write and the callback, and take the
        records of a write that failed for kept, and a sitemap's read with them."""
        future = self._checkpointed
        if future is None:
            return True
        if not future.done():
            return False
        self._checkpointed = None
        fresh, riders = self._in_flight
        self._in_flight = ([], [])
        if future.exception() is not None:
            for article in fresh:
                article.saved = False
            self._riders[:0] = riders
        return True

    def _kept(self, future: Future[None]) -> None:
        exc = future.exception()
        if exc is None:
            return
        # Tried again at the next checkpoint; the close records them whatever happens.
        self.stats.inc_value("news/pending/checkpoint_failed")
        logger.warning("Unfinished articles not kept pending yet: %s", exc)

    def _stop_checkpoints(self) -> None:
        """No further checkpoint, and the last one committed: the close reads the rows it
        wrote (its rows of articles stored or dropped since are deleted there)."""
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if self._checkpointed is not None:
            with contextlib.suppress(Exception):
                self._checkpointed.result()

    # --- signals ---------------------------------------------------------------------------

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        key = self.by_item.get(ItemAdapter(item).get("url") or "")
        if key is None:
            return
        if isinstance(exception, Unfinished):
            self.failed(key, f"not stored: {exception}"[:300], tried=exception.tried)
        else:
            self.done(key)

    def item_error(self, item: Any, failure: Failure, **_: Any) -> None:
        """A pipeline raised on the item (a bug, not a drop): a failed try of its article.

        Left open, the article was recorded "fetched but not stored", which spends no
        attempt: a page that makes a pipeline raise every time was fetched and analysed
        again by every run for ever (round 20). Now it is given up after
        NEWS_PENDING_MAX_ATTEMPTS, like a page whose worker keeps dying.
        """
        key = self.by_item.get(ItemAdapter(item).get("url") or "")
        if key is not None:
            self.failed(key, f"not stored: {failure.type.__name__} in a pipeline")

    def spider_error(self, failure: Failure, response: Response, **_: Any) -> None:
        """The spider's callback raised on an article's page: a failed try, as above."""
        request = getattr(response, "request", None)
        key = request.meta.get("news_article") if request is not None else None
        if key is not None:
            self.failed(key, f"{failure.type.__name__} reading the page")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self._stop_checkpoints()
        source = source_of(spider)
        if source is None:
            return
        if self.stats.get_value("start_time") is None and not self.seen:
            # A crawl that never opened (its store could not be opened) listed nothing:
            # opening the store again here only logged its error a second time.
            return
        stats = self.stats
        try:
            db = self.database().db
            # Pending rows of articles this run finally accounted for and forgot.
            resolved = [
                url
                for (url,) in db.execute(f"SELECT url FROM {pending.TABLE}").fetchall()
                if _key_hash(url) in self.seen and url not in self.articles and url not in self.kept
            ]
            failures: list[pending.Failure] = []
            failed_now: list[pending.Failure] = []  # those a try of this run failed
            stored = _stored(db, ((key, a.aliases) for key, a in self.articles.items()))
            for key, article in self.articles.items():
                if key in stored:
                    resolved.append(key)
                    continue
                final = False
                if article.state == "failed":
                    error, tried, final = article.error, article.tried, article.final
                elif article.aliases:
                    error, tried = f"fetched but not stored (run ended: {reason})", False
                else:
                    error, tried = f"not fetched: the run ended ({reason})", False
                hints = json.loads(article.hints_json) if article.hints_json else {}
                failures.append(pending.Failure(key, article.fetch_url, hints, error, tried, final))
                if article.state == "failed":
                    failed_now.append(failures[-1])
            if failed_now:
                # For the source's outcome (crawler/runs/outcome.py): every article it asked
                # for failing fails the source, however well its listings answered.
                stats.set_value("news/article/failed", len(failed_now))
                stats.set_value("news/article/error", failed_now[0].error[:200])
            recorded = given_up = 0
            if resolved or failures:
                # Waited for: the database closes when the engine stops, right after this.
                recorded, given_up = (
                    self.database()
                    .write(
                        functools.partial(
                            pending.settle,
                            source=source.name,
                            resolved=resolved,
                            failures=failures,
                            now=now_utc(),
                            backoff_minutes=self.backoff_minutes,
                            max_attempts=self.max_attempts,
                        )
                    )
                    .result()
                )
            open_rows, given_up_rows = pending.counts(db, source.name)
            if not self.temporary:
                # For the source's outcome: a run that kept none of its articles fails a
                # source with nothing stored (crawler/runs/outcome.py). A temporary database
                # (`scrapy explain`) holds nothing before its run.
                has_articles = bool(resolved) or bool(
                    db.execute(
                        "SELECT 1 FROM articles WHERE source = ? LIMIT 1", [source.name]
                    ).fetchone()
                )
                stats.set_value(HAS_ARTICLES, int(has_articles))
        except database_errors(OSError) as exc:
            # The listings' validators are not kept either (news/fatal/…), so the next run
            # reads them in full and finds these articles again. A store locked by another
            # program is a temporary failure (crawler/runs/outcome.py DB_LOCKED).
            stats.inc_value(
                f"news/fatal/{DB_LOCKED}" if is_lock_error(exc) else "news/fatal/pending_not_saved"
            )
            logger.error("Pending articles of %s not recorded: %s", source.name, exc)
            return
        if recorded:
            stats.inc_value("news/pending/added", recorded)
        if recorded > given_up:
            # Those given up are recorded too, but not kept for a later run: counted in the
            # line "kept pending" as well, a page over DOWNLOAD_MAXSIZE was said to be both.
            logger.warning(
                "%s of %s not finished; %s",
                plural(recorded - given_up, "article"),
                source.name,
                # `scrapy explain`'s database is removed at the end: "kept pending" promised a
                # later run that will never find them.
                "not kept: the temporary database is removed at the end "
                "(-s NEWS_DB=FILE keeps them pending)"
                if self.temporary
                else "kept pending",
            )
        # Failing for good at their first try (over DOWNLOAD_MAXSIZE or URLLENGTH_LIMIT): given
        # up at once, and a drop of this run (news/skip/…) that its summary names already.
        at_once = sum(1 for failure in failures if failure.final)
        if given_up:
            stats.inc_value("news/pending/given_up", given_up)
        if at_once:
            stats.inc_value("news/pending/given_up_dropped", at_once)
            logger.warning(
                "%s of %s given up at once: failing for good (over DOWNLOAD_MAXSIZE "
                "or URLLENGTH_LIMIT), counted among the dropped",
                plural(at_once, "article"),
                source.name,
            )
        if given_up > at_once:
            logger.warning(
                "%s of %s given up: tried %d times",
                plural(given_up - at_once, "article"),
                source.name,
                self.max_attempts,
            )
        stats.set_value("news/pending/open", open_rows)
        stats.set_value("news/pending/given_up_total", given_up_rows)


def _keep_listed(
    db: Database,
    *,
    source: str,
    listed: list[tuple[str, str, str]],
    now: datetime,
    riders: list[Callable[[Database], object]],
) -> None:
    """A checkpoint's transaction: the pending rows first, then what rides on them."""
    pending.keep_listed(db, source, listed, now=now)
    for write in riders:
        write(db)


def _key_hash(key: str) -> int:
    """The string's hash cut to 60 bits: a 32-byte int in CPython (a 64-bit one takes 48)."""
    return hash(key) >> 4


def _stored(db: Database, records: Iterable[tuple[str, tuple[str, ...]]]) -> set[str]:
    """The keys of ``records`` (key, aliases) whose article, or a page it redirected to, has a
    committed row. Their own URLs are read ``_READ_BATCH`` at a time: one query per record was
    a query per article on the reactor thread, at close or read-back."""
    records = list(records)
    urls = list(dict.fromkeys(url for key, aliases in records for url in (key, *aliases)))
    found: set[str] = set()
    for start in range(0, len(urls), _READ_BATCH):
        batch = urls[start : start + _READ_BATCH]
        query = f"SELECT url FROM articles WHERE url IN ({', '.join('?' * len(batch))})"
        found.update(url for (url,) in db.execute(query, batch).fetchall())
    return {
        key
        for key, aliases in records
        if key in found or not found.isdisjoint(aliases) or _stored_as_alias(db, key)
    }


def _stored_as_alias(db: Database, key: str) -> bool:
    """Whether ``url_seen`` names ``key`` an alias of a committed row."""
    target = db.execute("SELECT target FROM url_seen WHERE url = ?", [key]).fetchone()
    return bool(
        target
        and target[0]
        and db.execute("SELECT 1 FROM articles WHERE url = ?", [target[0]]).fetchone()
    )


def pending_for(crawler: Crawler) -> PendingArticles | None:
    return crawler.get_extension(PendingArticles)
