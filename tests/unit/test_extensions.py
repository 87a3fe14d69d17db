"""The extensions in-process: the shared database and the run records."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
from pathlib import Path

import pytest
from scrapy import Request, signals
from scrapy.exceptions import DropItem
from scrapy.extension import ExtensionManager
from scrapy.http import HtmlResponse
from sqlite_utils import Database
from twisted.python.failure import Failure

from crawler.exceptions import Unfinished
from crawler.extensions.database import DatabaseExtension, database_for
from crawler.extensions.pending import PendingArticles, now_utc
from crawler.extensions.run_recorder import RunRecorder
from crawler.items import Article
from crawler.runs.counts import drop_counts
from crawler.runs.health import quality_so_far
from crawler.sources import Source
from crawler.storage import pending, sitemap_reads
from crawler.storage import run_records as records
from crawler.storage.database import WRITER_CACHE_KIB, SharedDatabase
from pipelines.text.fingerprint import content_hash
from tests.unit.components import (
    article,
    crawler_for,
    run,
    shared_database,
    spider_of,
    store_for,
)


def test_one_shared_database_per_crawl_from_settings(tmp_path: Path) -> None:
    crawler = crawler_for(NEWS_DB=str(tmp_path / "x.db"), NEWS_DB_BUSY_TIMEOUT_MS=1234)
    database = database_for(crawler)
    assert database is database_for(crawler)
    assert (database.path, database.busy_timeout_ms) == (str(tmp_path / "x.db"), 1234)
    ext = crawler.get_extension(DatabaseExtension)
    assert ext is not None
    database.write(lambda db: db.execute("CREATE TABLE t (x)")).result()
    assert database.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # The writer's connection has the larger page cache; readers keep SQLite's default.
    writer_cache = database.write(lambda db: db.execute("PRAGMA cache_size").fetchone()[0])
    assert writer_cache.result() == -WRITER_CACHE_KIB
    assert database.db.execute("PRAGMA cache_size").fetchone()[0] == -2000
    ext.engine_stopped()
    assert database._reader is None and database._executor is None


def test_drop_counts_come_from_stats() -> None:
    stats = {
        "news/drop/too_short": 3,
        "news/drop/unexpected_language": 1,
        "item_dropped_count": 5,
        "news/extract/ok": 9,
    }
    assert drop_counts(stats) == {"too_short": 3, "unexpected_language": 1, "other": 1}


def test_pages_skipped_before_extraction_count_as_drops_with_their_reason() -> None:
    """A binary, non-HTML or cut page never becomes an item, so it was in no drop count: the
    run's summary said "0 dropped" and `scrapy runs` nothing of it."""
    stats = {
        "news/skip/binary": 1,
        "news/skip/non_html": 2,
        "news/drop/too_short": 1,
        "item_dropped_count": 1,
        "news/skipped_other_thing": 4,
    }
    assert drop_counts(stats) == {"binary": 1, "non_html": 2, "too_short": 1}


def test_run_recorder_records_the_source_run(store_url: str) -> None:
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for(Source(name="example", feeds=("https://e.org/feed",)))
    recorder = RunRecorder(crawler.stats, lambda: database, None)
    spider = spider_of(crawler)
    recorder.spider_opened(spider)
    recorder.row_written(article(text="x" * 300, published="2026-01-01", author="A"))
    recorder.row_written(article(text="y" * 300, author="B", meta_conflicts=["published"]))
    # Two pages' dates disagreed, one of them dropped after (another language): counted at
    # its analysis, it made the row say 2 conflicts for 1 article stored with one.
    crawler.stats.set_value("news/meta/published_conflict", 2)
    crawler.stats.set_value("news/entry/requested", 1)
    crawler.stats.set_value("news/entry/ok", 1)
    crawler.stats.set_value("news/drop/too_short", 2)
    crawler.stats.set_value("item_dropped_count", 2)
    recorder.spider_closed(spider, "finished")
    run = database.db.execute("SELECT command, exit_code FROM runs").fetchone()
    row = next(database.db.query("SELECT * FROM run_sources"))
    database.close()
    assert tuple(run) == ("crawl", 0)
    assert (row["source"], row["outcome"], row["scraped"]) == ("example", "ok", 2)
    assert (row["share_no_date"], row["meta_conflicts"]) == (0.5, 1)
    assert json.loads(row["dropped"]) == {"too_short": 2}
    assert crawler.stats.get_value("news/run/outcome") == "ok"


def _story(url: str, fetched_at: str, text: str, **fields: object) -> Article:
    return article(url, fetched_at=fetched_at, text=text, content_hash=content_hash(text), **fields)


def test_the_run_row_describes_the_rows_the_run_wrote(store_url: str) -> None:
    """The shares and conflicts counted every item scraped: a revisit's page found the same
    and a fetch older than stored, which write no row, made a run's no-date share and its
    conflicts describe pages the table does not hold as the run read them."""
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for(Source(name="example", feeds=("https://e.org/feed",)))
    recorder = RunRecorder(crawler.stats, lambda: database, None)
    spider = spider_of(crawler)
    recorder.spider_opened(spider)
    store = store_for(database, crawler, batch_size=1, written=recorder.row_written)
    dated = {"published": "2026-01-01T00:00:00+00:00", "author": "A"}
    text, other = "x " * 300, "y " * 300

    async def feed() -> None:
        await store.process_item(
            _story("https://e.org/a", "2026-01-02T00:00:00+00:00", text, **dated)
        )
        # Fetched again, the same page: unchanged; an archive's fetch before it: older.
        later = _story(
            "https://e.org/a",
            "2026-01-03T00:00:00+00:00",
            text,
            **dated,
            meta_conflicts=["modified"],
        )
        await store.process_item(later)
        older = _story(
            "https://e.org/a", "2026-01-01T00:00:00+00:00", text, meta_conflicts=["authors"]
        )
        await store.process_item(older)
        await store.process_item(
            _story(
                "https://e.org/b",
                "2026-01-02T00:00:00+00:00",
                other,
                author="B",
                meta_conflicts=["published"],
            )
        )

    run(feed())
    store.close_spider()
    assert crawler.stats.get_value("news/store/unchanged") == 1
    assert crawler.stats.get_value("news/store/older") == 1
    recorder.spider_closed(spider, "finished")
    row = next(database.db.query("SELECT * FROM run_sources"))
    database.close()
    assert (row["scraped"], row["share_no_date"], row["meta_conflicts"]) == (2, 0.5, 1)


def test_a_crawl_stopped_at_once_takes_its_recorders_tally(store_url: str) -> None:
    """After a second Ctrl-C the runner writes the row from the stats (the spider never
    closed): its confl summed news/meta/*_conflict, every page analysed, where a closed
    crawl's counts the rows written; both take the recorder's tally now."""
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for(Source(name="example", feeds=("https://e.org/feed",)))
    recorder = RunRecorder(crawler.stats, lambda: database, None)
    crawler.extensions = ExtensionManager(recorder, crawler=crawler)
    recorder.row_written(article(text="x" * 300, author="A", meta_conflicts=["published"]))
    stats = {"news/meta/published_conflict": 4, "news/meta/authors_conflict": 1}
    row = records.source_row(stats, "shutdown", {}, quality_so_far(crawler))
    database.close()
    assert (row["scraped"], row["share_no_date"], row["meta_conflicts"]) == (1, 1.0, 1)
    crawler.extensions = ExtensionManager(crawler=crawler)  # no recorder: nothing known
    assert quality_so_far(crawler) == {}
    assert records.source_row(stats, "shutdown", {}, {})["meta_conflicts"] is None


def test_a_run_row_that_cannot_be_written_at_close_is_left_to_the_runner(tmp_path: Path) -> None:
    """The recorder marked its row written (news/run/outcome) before writing it: a write that
    failed left the row "running" for ever, the runner's fallback skipping it, and raised a
    traceback out of the signal handler."""
    database = SharedDatabase(str(tmp_path / "news.db"), busy_timeout_ms=5_000)
    crawler = crawler_for(Source(name="example", feeds=("https://e.org/feed",)))
    run_id = database.write(lambda db: records.start_run(db, "crawlall", ["example"], None))
    recorder = RunRecorder(crawler.stats, lambda: database, run_id.result())
    spider = spider_of(crawler)
    recorder.spider_opened(spider)
    database.write(lambda db: db.execute("PRAGMA query_only = 1")).result()
    recorder.spider_closed(spider, "finished")
    assert crawler.stats.get_value("news/run/outcome") is None
    row = next(database.db.query("SELECT * FROM run_sources"))
    database.close()
    assert row["finished_at"] is None


def test_worker_server_starts_the_preloaded_fork_server_before_any_pool() -> None:
    """Built with the crawl's extensions, it launches the forkserver the pool forks from."""
    from multiprocessing import forkserver

    import psutil
    from scrapy.exceptions import NotConfigured

    from crawler.extensions.workerserver import WorkerServer

    with pytest.raises(NotConfigured):
        WorkerServer.from_crawler(crawler_for(NEWS_WORKER_PRELOAD=""))
    crawler = crawler_for()  # the project's settings: the pool's own preload
    server = crawler.get_extension(WorkerServer)
    assert server is not None and server.preload == ["pipelines.extract.preload"]
    # multiprocessing's forkserver keeps both in private attributes.
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    assert pid is not None and psutil.Process(pid).is_running()
    preload = getattr(forkserver._forkserver, "_preload_modules", None)
    assert preload == ["pipelines.extract.preload"]


# Run as ``python -c`` from the repository: Scrapy's command line as ``scrapy`` runs it, then
# its exit code and whether this process started the workers' fork server.
_COMMAND_LINE = """
import sys
from multiprocessing import forkserver
from scrapy.cmdline import execute
try:
    execute(["scrapy", *sys.argv[1:]])
except SystemExit as exit:
    print(exit.code, getattr(forkserver._forkserver, "_forkserver_pid", None) is not None)
"""


def fork_server_started(*args: str) -> tuple[str, bool]:
    """The exit code of the ``scrapy`` command line ``args``, and whether it started the
    extraction workers' fork server before it exited."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-c", _COMMAND_LINE, *args]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)
    code, started = done.stdout.split()[-2:]
    return code, started == "True"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("crawl", "nosuchspider"), "2"),
        (("crawl", "news", "-a", "colour=red"), "2"),
        (("crawl", "news", "-a", "feed=notaurl"), "2"),
        (("crawl", "news", "-a", "feed=http://a.test/f", "-a", "feed=http://b.test/f"), "2"),
        (("crawl", "news", "-a", "feed=http://a.test/f", "-s", "NEWS_WORKERS=-1"), "1"),
        (("crawlall", "nosuchsource"), "2"),
        # Accepted, but its crawls are the nodes' (here none answers: exit 1).
        (("crawlall", "--scrapyd", "http://127.0.0.1:9"), "1"),
    ],
)
def test_a_refused_command_line_starts_no_fork_server(
    tmp_path: Path, args: tuple[str, ...], code: str
) -> None:
    """Started as Scrapy imported our commands, the server imported its preload after the
    refusal was printed: 1.2 s of CPU for a command line that ends at once, not 0.65. A
    ``crawlall --scrapyd`` crawls nowhere here, and starts none either."""
    assert fork_server_started(*args, "-s", f"NEWS_DB={tmp_path / 'news.db'}") == (code, False)


def test_an_accepted_crawling_command_line_starts_the_fork_server_before_it_runs(
    tmp_path: Path,
) -> None:
    """Accepted, the crawl's command starts the server before its run sets the crawl up, with
    the preload its settings name (the command line's ``-s`` included): here the demo's port
    is taken, which only its run finds out (exit 2)."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        db = f"NEWS_DB={tmp_path / 'news.db'}"
        assert fork_server_started("demo", "--port", port, "-s", db) == ("2", True)
        off = ("-s", "NEWS_WORKER_PRELOAD=")
        assert fork_server_started("demo", "--port", port, "-s", db, *off) == ("2", False)


def test_the_early_start_knows_every_command_that_crawls_through_the_pool() -> None:
    import importlib
    import pkgutil

    import crawler.commands
    from crawler.commandline import RUN_COMMANDS
    from crawler.runs.runner import RunCommand

    running = {
        info.name
        for info in pkgutil.iter_modules(crawler.commands.__path__)
        if issubclass(importlib.import_module(f"crawler.commands.{info.name}").Command, RunCommand)
    }
    assert running == RUN_COMMANDS


def test_pending_records_give_back_the_listing_hints_and_fetch_url(tmp_path: Path) -> None:
    """Records are kept compact (hints as JSON, a shared key string); what is recorded is not."""
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    hints = {"title": "Grüße aus „Köln“", "published": "2026-01-01T08:00:00+01:00"}
    tracker.listed("https://e.org/a", "https://e.org/a", hints)
    tracker.listed("https://e.org/b", "https://e.org/b?utm_source=rss", {})
    tracker.listed("https://e.org/c", "https://e.org/c", {"title": "C"})
    tracker.item_for("https://e.org/a", "https://e.org/a")
    tracker.item_for("https://e.org/a", "https://e.org/a")
    tracker.done("https://e.org/c")
    tracker.spider_closed(spider_of(crawler), "shutdown")
    due = {row.url: row for row in pending.due(database.db, "s", now_utc(), 0)}
    database.close()
    assert set(due) == {"https://e.org/a", "https://e.org/b"}
    assert due["https://e.org/a"].hints == hints
    assert due["https://e.org/a"].fetch_url == "https://e.org/a"
    assert due["https://e.org/b"].hints == {}
    assert due["https://e.org/b"].fetch_url == "https://e.org/b?utm_source=rss"


def _store(database: SharedDatabase, url: str) -> None:
    database.write(
        lambda db: db.execute(
            "INSERT INTO articles (url, source, fetched_at, text) VALUES (?, 's', ?, 'x')",
            [url, "2026-01-01T00:00:00+00:00"],
        )
    ).result()


def test_the_close_reads_the_stored_articles_back_in_one_query(tmp_path: Path) -> None:
    """Each article's row was asked for alone as the crawl closed: a query per article on the
    reactor thread. The stored ones are read together; the rest as before."""
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    urls = [f"https://e.org/{n}" for n in range(40)]
    for url in urls:
        tracker.listed(url, url, {})
        tracker.item_for(url, url)
        _store(database, url)
    tracker.listed("https://e.org/late", "https://e.org/late", {})  # never fetched
    statements: list[str] = []
    database.db.conn.set_trace_callback(statements.append)
    tracker.spider_closed(spider_of(crawler), "finished")
    database.db.conn.set_trace_callback(None)
    rows = [url for (url,) in database.db.execute("SELECT url FROM pending_articles")]
    database.close()
    assert rows == ["https://e.org/late"]
    # One query for the 41 URLs; the one not stored is asked of url_seen (an alias?).
    read_back = [s for s in statements if "FROM articles" in s or "FROM url_seen" in s]
    assert len(read_back) == 2


def test_pending_forgets_accounted_articles_and_still_resolves_earlier_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Done and read-back-stored articles keep no record; their old pending rows still go."""
    import crawler.extensions.pending as pending_module

    monkeypatch.setattr(pending_module, "_CHECK_AFTER", 2)
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    old = [pending.Failure(f"https://e.org/{k}", f"https://e.org/{k}", {}, "HTTP 503", True)
           for k in "abcdk"]  # fmt: skip
    database.write(
        lambda db: pending.settle(
            db, "s", [], old, now=now_utc(), backoff_minutes=0, max_attempts=8
        )
    ).result()
    for k in "abcdek":
        tracker.listed(f"https://e.org/{k}", f"https://e.org/{k}", {"title": k})
    tracker.done("https://e.org/a")  # dropped for a content reason: final
    tracker.keep("https://e.org/k")  # its row is left as it is
    _store(database, "https://e.org/b")
    tracker.item_for("https://e.org/b", "https://e.org/b")
    assert "https://e.org/b" in tracker.articles  # one item: not read back yet
    tracker.item_for("https://e.org/c", "https://e.org/c")  # handed on, never committed
    # The second item reaches the bound: b is read back as stored and forgotten, c stays.
    assert set(tracker.articles) == {"https://e.org/c", "https://e.org/d", "https://e.org/e"}
    assert tracker.by_item == {"https://e.org/c": "https://e.org/c"}
    # Listed again: the dupefilter drops its request, the earlier one accounted for it.
    tracker.listed("https://e.org/a", "https://e.org/a", {})
    tracker.request_dropped(Request("https://e.org/a", meta={"news_article": "https://e.org/a"}))
    # A new key whose request the dupefilter dropped stays, so it is recorded pending.
    tracker.listed("https://e.org/n", "https://e.org/n", {})
    tracker.request_dropped(Request("https://e.org/n", meta={"news_article": "https://e.org/n"}))
    tracker.failed("https://e.org/e", "HTTP 503")
    tracker.spider_closed(spider_of(crawler), "finished")
    rows = dict(database.db.execute("SELECT url, error FROM pending_articles").fetchall())
    database.close()
    assert rows == {
        "https://e.org/c": "fetched but not stored (run ended: finished)",
        "https://e.org/d": "not fetched: the run ended (finished)",
        "https://e.org/e": "HTTP 503",
        "https://e.org/k": "HTTP 503",
        "https://e.org/n": "not fetched: the run ended (finished)",
    }


def test_articles_given_up_are_not_said_to_be_kept_pending(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A page over DOWNLOAD_MAXSIZE, given up at its first try, was logged both as "kept
    pending" and as "given up"."""
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    for url in ("https://e.org/huge", "https://e.org/busy"):
        tracker.listed(url, url, {})
    tracker.failed("https://e.org/huge", "over DOWNLOAD_MAXSIZE", final=True)
    tracker.failed("https://e.org/busy", "HTTP 503")
    with caplog.at_level(logging.WARNING, logger="crawler.extensions.pending"):
        tracker.spider_closed(spider_of(crawler), "finished")
    given_up = [
        r[0]
        for r in database.db.execute(
            "SELECT url FROM pending_articles WHERE given_up_at IS NOT NULL"
        )
    ]
    database.close()
    assert given_up == ["https://e.org/huge"]
    assert "1 article of s not finished; kept pending" in caplog.text
    assert "1 article of s given up at once" in caplog.text and "counted among the" in caplog.text
    assert crawler.stats.get_value("news/pending/added") == 2  # both rows written, as before
    # Given up, and a drop of the run: the summary counts it once (crawler/runs/summary.py).
    assert crawler.stats.get_value("news/pending/given_up") == 1
    assert crawler.stats.get_value("news/pending/given_up_dropped") == 1

    # Only given up: no line says anything is kept.
    caplog.clear()
    crawler = crawler_for(Source(name="s"))
    (tmp_path / "only").mkdir()
    database = shared_database(tmp_path / "only")
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    tracker.listed("https://e.org/huge", "https://e.org/huge", {})
    tracker.failed("https://e.org/huge", "over DOWNLOAD_MAXSIZE", final=True)
    with caplog.at_level(logging.WARNING, logger="crawler.extensions.pending"):
        tracker.spider_closed(spider_of(crawler), "finished")
    database.close()
    assert "kept pending" not in caplog.text
    assert "1 article of s given up" in caplog.text


def test_given_up_articles_are_due_again_only_when_asked(tmp_path: Path) -> None:
    """NEWS_PENDING_RETRY_GIVEN_UP makes given-up rows due, whatever their wait; a failure
    of that one more try gives the article up again, a success deletes its row."""
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    failures = [
        pending.Failure("https://e.org/huge", "https://e.org/huge", {}, "over DOWNLOAD_MAXSIZE",
                        True, final=True),
        pending.Failure("https://e.org/gone", "https://e.org/gone", {}, "HTTP 503", True),
        pending.Failure("https://e.org/busy", "https://e.org/busy", {}, "HTTP 503", True),
    ]  # fmt: skip
    database.write(
        lambda db: pending.settle(
            db, "s", [], failures, now=now_utc(), backoff_minutes=30, max_attempts=1
        )
    ).result()
    database.write(
        lambda db: db.execute(
            "UPDATE pending_articles SET given_up_at = NULL WHERE url = 'https://e.org/busy'"
        )
    ).result()
    db = database.db
    now = now_utc()
    assert [r.url for r in pending.due(db, "s", now, 30)] == []  # busy waits out its backoff
    retried = {r.url: r for r in pending.due(db, "s", now, 30, retry_given_up=True)}
    assert set(retried) == {"https://e.org/huge", "https://e.org/gone"}
    assert retried["https://e.org/huge"].given_up and retried["https://e.org/huge"].attempts == 1
    assert pending.state(db, "https://e.org/huge", now, 30) == "given_up"
    assert pending.state(db, "https://e.org/huge", now, 30, retry_given_up=True) is None
    assert pending.state(db, "https://e.org/busy", now, 30, retry_given_up=True) == "waiting"

    tracker = PendingArticles(
        lambda: database, crawler.stats, backoff_minutes=30, max_attempts=8, retry_given_up=True
    )
    assert {r.url for r in tracker.due("s")} == set(retried)
    for url in retried:
        tracker.listed(url, url, {})
    _store(database, "https://e.org/huge")
    tracker.item_for("https://e.org/huge", "https://e.org/huge")
    tracker.failed("https://e.org/gone", "HTTP 404", final=True)
    tracker.spider_closed(spider_of(crawler), "finished")
    rows = {
        r[0]: r[1:]
        for r in database.db.execute("SELECT url, attempts, given_up_at FROM pending_articles")
    }
    database.close()
    assert set(rows) == {"https://e.org/gone", "https://e.org/busy"}
    assert rows["https://e.org/gone"][0] == 2 and rows["https://e.org/gone"][1]


def test_articles_the_pipelines_could_not_finish_stay_pending(tmp_path: Path) -> None:
    """A page whose worker died or ran out of time was forgotten like a page without text."""
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    drops = {
        "https://e.org/slow": Unfinished("timeout: https://e.org/slow"),
        "https://e.org/late": Unfinished("db_error: the database failed", tried=False),
        "https://e.org/empty": DropItem("no_text: https://e.org/empty"),
    }
    for url, exception in drops.items():
        tracker.listed(url, url, {})
        tracker.item_for(url, url)
        tracker.item_dropped(article(url), exception)
    # Handed to the writer, but its row could not be written: a try of its own.
    tracker.listed("https://e.org/bad", "https://e.org/bad", {})
    tracker.item_for("https://e.org/bad", "https://e.org/bad")
    tracker.unwritable("https://e.org/bad", "ProgrammingError: surrogates not allowed")
    # Handed to the writer, and the run ended before its batch: not a try.
    tracker.listed("https://e.org/queued", "https://e.org/queued", {})
    tracker.item_for("https://e.org/queued", "https://e.org/queued")
    tracker.spider_closed(spider_of(crawler), "finished")
    rows = {r["url"]: r for r in database.db.query("SELECT * FROM pending_articles")}
    database.close()
    assert rows["https://e.org/bad"]["attempts"] == 1
    assert rows["https://e.org/bad"]["error"].startswith("not stored: ProgrammingError")
    assert rows["https://e.org/queued"]["attempts"] == 0
    del rows["https://e.org/bad"], rows["https://e.org/queued"]
    assert set(rows) == {"https://e.org/slow", "https://e.org/late"}  # no text: final
    assert rows["https://e.org/slow"]["error"] == "not stored: timeout: https://e.org/slow"
    assert rows["https://e.org/slow"]["attempts"] == 1
    assert rows["https://e.org/late"]["attempts"] == 0  # not the article's failure


def test_pages_a_pipeline_or_the_spider_raised_on_spend_an_attempt(tmp_path: Path) -> None:
    """An exception in a pipeline or in the spider's callback is no drop: the article was left
    open, recorded "fetched but not stored" without spending an attempt, and a page that
    raises every time was fetched and analysed again by every run, never given up."""
    crawler = crawler_for(Source(name="s"))
    database = shared_database(tmp_path)
    tracker = PendingArticles(lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8)
    crawler.signals.connect(tracker.item_error, signal=signals.item_error)
    crawler.signals.connect(tracker.spider_error, signal=signals.spider_error)
    spider = spider_of(crawler)
    for url in ("https://e.org/pipeline", "https://e.org/callback", "https://e.org/queued"):
        tracker.listed(url, url, {})
    tracker.item_for("https://e.org/pipeline", "https://e.org/pipeline")
    tracker.item_for("https://e.org/queued", "https://e.org/queued")
    request = Request("https://e.org/callback", meta={"news_article": "https://e.org/callback"})
    page = HtmlResponse("https://e.org/callback", body=b"<html></html>", request=request)
    crawler.signals.send_catch_log(
        signals.item_error,
        item=article("https://e.org/pipeline"),
        response=None,
        spider=spider,
        failure=Failure(KeyError("title")),
    )
    crawler.signals.send_catch_log(
        signals.spider_error, failure=Failure(ValueError("bad")), response=page, spider=spider
    )
    # A response of no article (a listing) is not an article's failure.
    listing = HtmlResponse("https://e.org/", body=b"", request=Request("https://e.org/"))
    crawler.signals.send_catch_log(
        signals.spider_error, failure=Failure(ValueError("bad")), response=listing, spider=spider
    )
    tracker.spider_closed(spider, "finished")
    rows = {r["url"]: r for r in database.db.query("SELECT * FROM pending_articles")}
    database.close()
    assert rows["https://e.org/pipeline"]["attempts"] == 1
    assert rows["https://e.org/pipeline"]["error"] == "not stored: KeyError in a pipeline"
    assert rows["https://e.org/callback"]["attempts"] == 1
    assert rows["https://e.org/callback"]["error"] == "ValueError reading the page"
    assert rows["https://e.org/queued"]["attempts"] == 0  # the run ended before its batch
    assert set(rows) == {"https://e.org/pipeline", "https://e.org/callback", "https://e.org/queued"}


def test_direct_stats_collector_counts_like_scrapys_own() -> None:
    from scrapy.statscollectors import MemoryStatsCollector

    from crawler.stats import DirectStatsCollector

    crawler = crawler_for()
    assert isinstance(crawler.stats, DirectStatsCollector)  # the crawl's STATS_CLASS
    ours, scrapys = DirectStatsCollector(crawler), MemoryStatsCollector(crawler)
    for stats in (ours, scrapys):
        stats.inc_value("news/a")
        stats.inc_value("news/a", 2)
        stats.set_value("news/b", 3)
        stats.max_value("news/b", 7)
        stats.min_value("news/c", 5)
        stats.min_value("news/c", 4)
    assert ours.get_stats() == scrapys.get_stats() == {"news/a": 3, "news/b": 7, "news/c": 4}
    assert ours.get_value("news/missing", "none") == "none"


def test_a_write_riding_a_checkpoint_commits_with_its_pending_rows_or_not_at_all(
    store_url: str,
) -> None:
    """A sitemap kept read while the crawl runs (crawler/spiders/news.py) is written in the
    transaction of the checkpoint that keeps its articles pending: never one without the
    other. A checkpoint that failed takes both back, and the next one writes both."""
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for(Source(name="s", sitemaps=("https://e.org/index.xml",)))
    tracker = PendingArticles(
        lambda: database, crawler.stats, backoff_minutes=0, max_attempts=8, checkpoint_seconds=600
    )
    read = sitemap_reads.Child("https://e.org/part.xml", None)
    record = functools.partial(
        sitemap_reads.record, source="s", children=[read], now="2026-01-01T00:00:00+00:00"
    )
    assert not tracker.with_checkpoint(record)  # no checkpoint runs before the crawl opens
    tracker.spider_opened(spider_of(crawler))
    tracker.listed("https://e.org/a", "https://e.org/a", {})
    failures = ["the first try fails"]

    def fails_once(db: Database) -> None:
        if failures:
            raise RuntimeError(failures.pop())

    assert tracker.with_checkpoint(record)
    assert tracker.with_checkpoint(fails_once)

    def checkpoint() -> tuple[int, int]:
        tracker.checkpoint()
        written = tracker._checkpointed
        assert written is not None
        with contextlib.suppress(RuntimeError):
            written.result()
        return (
            database.db.execute("SELECT count(*) FROM pending_articles").fetchone()[0],
            database.db.execute("SELECT count(*) FROM sitemap_reads").fetchone()[0],
        )

    try:
        assert checkpoint() == (0, 0)
        assert checkpoint() == (1, 1)
    finally:
        tracker._stop_checkpoints()
        database.close()
    assert not tracker.with_checkpoint(record)  # the crawl closes: the close records it
