"""Issue 17: databases that are not ours, and writes that fail."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.diskfull import settings_args
from tests.support.harness import (
    article_routes,
    crawl_command,
    etag_feed,
    finish,
    run_crawl,
    start_command,
    start_crawl,
)

pytestmark = pytest.mark.e2e


def test_foreign_database_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("create table articles (id integer primary key, body text)")
    conn.execute("insert into articles (body) values ('kept as it was')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with fs.fault_server() as srv:
        paths = article_routes(srv, 2)
        result = run_crawl(db, "-a", "url=" + ",".join(srv.url(p) for p in paths))
    assert result.returncode == 1
    assert "not a Newsloom database" in result.stderr
    assert not any(srv.hits[p] for p in paths)
    assert db.read_bytes() == before
    assert not (tmp_path / "other.db-wal").exists()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_failed_final_flush_is_a_failure_and_the_next_run_completes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    n = 12
    with fs.fault_server() as srv:
        paths = article_routes(srv, n)
        feed = etag_feed(srv, paths)
        # Every article waits for the final flush in close_spider, which hits the full disk.
        first = run_crawl(
            db, "-a", f"feed={feed}",
            "-s", "NEWS_DB_BATCH_SIZE=1000", "-s", "NEWS_DB_FLUSH_SECONDS=600",
            *settings_args(spare_pages=2),
        )  # fmt: skip
        assert "articles not stored" in first.stderr
        assert first.returncode == 1, first.stderr[-3000:]
        assert _rows(db, "select count(*) from articles") == [(0,)]
        assert _rows(db, "select url from listing_validators") == []
        outcome = _rows(db, "select outcome, failure from run_sources")
        assert outcome == [("failed", "fatal: store_failed")]

        second = run_crawl(db, "-a", f"feed={feed}")
        assert second.returncode == 0, second.stderr[-3000:]
        assert second.stat("news/listing/not_modified") == 0
        assert _rows(db, "select count(*) from articles") == [(n,)]


def test_items_dropped_after_a_db_error_are_not_marked_seen(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    n = 30
    with fs.fault_server() as srv:
        paths = article_routes(srv, n, delay=0.3)
        feed = etag_feed(srv, paths)
        first = run_crawl(
            db, "-a", f"feed={feed}",
            "-s", "CONCURRENT_REQUESTS=6",
            "-s", "NEWS_DB_BATCH_SIZE=3", "-s", "NEWS_DB_FLUSH_SECONDS=0.2",
            *settings_args(spare_pages=12),
        )  # fmt: skip
        assert first.returncode == 1
        assert first.stat("news/store/failed") > 0
        # Nothing is remembered as "fetched, no article" that was an article not stored.
        unstored_seen = _rows(
            db,
            "select url from url_seen where status is not null "
            "and url not in (select url from articles)",
        )
        assert unstored_seen == []

        second = run_crawl(db, "-a", f"feed={feed}")
        assert second.returncode == 0, second.stderr[-3000:]
        assert _rows(db, "select count(*) from articles") == [(n,)]


def test_a_write_lock_held_before_the_run_is_a_temporary_refusal(tmp_path: Path) -> None:
    """Another program holds SQLite's write lock when the crawl starts (a `sqlite3` shell in
    `BEGIN IMMEDIATE`, a long VACUUM, a backup). It said "cannot open the database …:
    database is locked", exit 1, as for a broken store; the project's own run lock gives 75.
    Now the busy timeout is waited for, then one line naming the cause, exit 75, nothing
    fetched; once the lock is let go the run goes ahead."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 2)
        urls = "url=" + ",".join(srv.url(p) for p in paths)
        assert run_crawl(db, "-a", urls).returncode == 0  # the store exists and is ours
        asked = sum(srv.hits[p] for p in paths)
        holder = sqlite3.connect(db, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            # That the busy timeout is waited for is timed in the waiting process
            # (test_lock.py): around a crawl, its start-up alone is longer than the timeout.
            refused = run_crawl(db, "-a", urls, "-s", "NEWS_DB_BUSY_TIMEOUT_MS=1500")
            # reprocess, the other writing command run by hand, said "cannot read the
            # database …: database is locked", exit 1.
            timeout = ("-s", "NEWS_DB_BUSY_TIMEOUT_MS=500")
            reprocess = run_scrapy("reprocess", "-s", f"NEWS_DB={db}", *timeout)
            assert holder.in_transaction  # held all along
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert refused.returncode == 75, refused.stderr[-3000:]
        said = [line for line in refused.stderr.splitlines() if line.startswith("newsloom:")]
        assert len(said) == 1 and "database is locked" in said[0], refused.stderr[-3000:]
        assert "another program held SQLite's write lock" in said[0]
        assert said[0].endswith("not run, try again later")
        assert "Traceback" not in refused.stderr
        assert sum(srv.hits[p] for p in paths) == asked  # nothing fetched
        assert reprocess.returncode == 75, reprocess.stderr[-3000:]
        (line,) = reprocess.stderr.splitlines()
        assert "database is locked: another program held" in line
        assert line.endswith("not run, try again later")
        again = run_crawl(db, "-a", urls)
        assert again.returncode == 0, again.stderr[-3000:]


def test_write_lock_held_past_the_busy_timeout_is_a_temporary_failure(tmp_path: Path) -> None:
    """The lock appears mid-run: the writer thread's last commit cannot get it. It failed
    the run, exit 1 (`fatal: store_failed`); it is temporary, as the run lock is: exit 75,
    one line naming the cause, the batch rolled back whole and left pending, and the next
    run stores every article once."""
    db = tmp_path / "news.db"
    n = 8
    with fs.fault_server() as srv:
        paths = article_routes(srv, n)
        feed = etag_feed(srv, paths)
        # The last page is answered only once the lock is held: a crawl that got there first
        # had stored everything at its close before the test took the lock.
        release = threading.Event()
        fs.hold_after(srv, paths, n - 1, release)
        log = tmp_path / "locked.log"
        started = time.monotonic()
        proc = start_crawl(
            db, "-a", f"feed={feed}",
            "-s", "NEWS_DB_BATCH_SIZE=1000", "-s", "NEWS_DB_FLUSH_SECONDS=600",
            "-s", "NEWS_DB_BUSY_TIMEOUT_MS=1500", "-s", "DOWNLOAD_TIMEOUT=300",
            log=log,
        )  # fmt: skip
        holder = None
        try:
            # Once every page is asked for, another process takes the write lock and keeps it
            # past the busy timeout: the final flush in close_spider cannot get it.
            deadline = time.monotonic() + 60
            while not all(srv.hits[p] for p in paths):
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.05)
            holder = sqlite3.connect(db, timeout=30, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            release.set()
            while "Database write failed" not in log.read_text(errors="replace"):
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.05)
        finally:
            release.set()
            if holder is not None:
                holder.execute("ROLLBACK")
                holder.close()
        first = finish(proc, log, started)
        assert "database is locked" in first.stderr
        assert first.returncode == 75, first.stderr[-3000:]
        assert "Traceback" not in first.stderr
        (failed,) = [line for line in first.stderr.splitlines() if "Database write failed" in line]
        assert "another program held SQLite's write lock" in failed
        assert f"{n} articles not stored, they stay pending for the next run" in failed
        assert first.stat("news/fatal/db_locked") == 1
        assert _rows(db, "select count(*) from articles") == [(0,)]
        assert _rows(db, "select url from listing_validators") == []
        assert _rows(db, "select exit_code from runs") == [(75,)]

        second = run_crawl(db, "-a", f"feed={feed}")
        assert second.returncode == 0, second.stderr[-3000:]
        assert _rows(db, "select count(*) from articles") == [(n,)]


def _private_mounts() -> bool:
    """True where this user may mount a file system of its own (a user namespace)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _private_mounts(), reason="needs unshare -rm (a private tmpfs)")
def test_a_full_disk_under_the_store_and_its_log_is_said_in_lines_without_tracebacks(
    tmp_path: Path,
) -> None:
    # A 400 kB file system: the schema fits, the store's first commit and the log do not,
    # as when cron starts a run on a disk that filled up. The run's log file printed a
    # 'Logging error' traceback per record, the store's failed start asyncio's 'Task
    # exception was never retrieved', and the source 'failed (did not start)' without why.
    disk = tmp_path / "disk"
    disk.mkdir()
    db = disk / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3)
        mount = f'mount -t tmpfs -o size=400k tmpfs "{disk}" && exec "$@"'
        command = ["unshare", "-rm", "sh", "-c", mount, "sh", *crawl_command(db, "-a")]
        command.append("url=" + ",".join(srv.url(p) for p in paths))
        log = tmp_path / "run.log"
        result = finish(start_command(command, log=log), log, time.monotonic(), timeout=60)
    assert result.returncode == 1
    out = result.stderr
    assert "Logging error" not in out
    assert "never retrieved" not in out
    assert "Source  failed" not in out
    assert "cannot write the run's log " in out
    assert "failed (could not start: database or disk is full)" in out


def test_a_crawl_that_cannot_open_the_store_fails_in_one_line_without_a_traceback(
    tmp_path: Path,
) -> None:
    """A Scrapyd job (``NEWS_RUN_ID`` given) whose store is not a database: its log also
    showed Scrapy's CoreStats closing a crawl that never opened ('AssertionError: assert
    self.start_time is not None', a traceback read as a second failure), then the pending
    articles' extension opening the store again to log its error a second time, and
    Python's 'RuntimeWarning: coroutine … was never awaited' for the item pipelines opened
    beside the store."""
    db = tmp_path / "news.db"
    db.write_bytes(b"not a database, " * 512)
    command = [*crawl_command(db, "-a"), "url=http://127.0.0.1:9/a", "-s", "NEWS_RUN_ID=1"]
    log = tmp_path / "run.log"
    result = finish(start_command(command, log=log), log, time.monotonic(), timeout=60)
    assert result.returncode == 1, result.stderr[-3000:]
    said = [x for x in result.stderr.splitlines() if "ERROR" in x]
    assert said and "could not start: file is not a database" in said[0], result.stderr
    assert len(said) == 1, result.stderr
    assert "Traceback" not in result.stderr and "AssertionError" not in result.stderr
    assert "never awaited" not in result.stderr and "RuntimeWarning" not in result.stderr
