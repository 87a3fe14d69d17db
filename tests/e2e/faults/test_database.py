"""Write failures: a database that cannot be opened, and one that fills up mid-crawl."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.storage.database import open_database
from crawler.storage.schema import MIGRATION_SET, MIGRATIONS_TABLE
from tests.support import faultserver as fs
from tests.support.diskfull import settings_args
from tests.support.harness import (
    CrawlResult,
    article_routes,
    check_consistent,
    finish,
    finish_reason,
    run_crawl,
    run_scrapy_forked,
    start_crawl,
)

# Far more than fill the database, so that it fills up while most are still unfetched.
ARTICLES = 120
# Answered before the rest are held until the store has failed: several times what fills its
# 12 spare pages (a run stored 4 and failed on its second batch of 3), and a third of the
# feed, so that however far fetching runs ahead of storing, it stops short of the end.
FILLING = 40


@pytest.mark.parametrize("kind", ["missing-folder", "not-a-database", "newer-schema"])
def test_unopenable_database_fails_before_fetching(tmp_path: Path, kind: str) -> None:
    """A store a newer Newsloom upgraded (a migration this code does not know) was crawled
    into, read and exported as if this code knew it, each command exit 0."""
    if kind == "missing-folder":
        db, message = tmp_path / "nowhere" / "news.db", "database folder"
    elif kind == "not-a-database":
        db, message = tmp_path / "news.db", "file is not a database"
        db.write_bytes(b"not sqlite " * 400)
    else:
        db, message = tmp_path / "news.db", "upgrades it does not know: m999_later"
        store = open_database(db)
        store.table(MIGRATIONS_TABLE).insert(
            {"migration_set": MIGRATION_SET, "name": "m999_later", "applied_at": "2027-01-01"}
        )
        store.conn.commit()
        store.close()
    before = db.read_bytes() if db.exists() else None
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3)
        result = run_crawl(db, "-a", "url=" + ",".join(srv.url(p) for p in paths), log_dir=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(srv.hits[p] for p in paths)
    assert (db.read_bytes() if db.exists() else None) == before
    if kind == "newer-schema":
        for run in run_scrapy_forked(
            ["runs", "-s", f"NEWS_DB={db}"],
            ["export", str(tmp_path / "out.jsonl"), "-s", f"NEWS_DB={db}"],
        ):
            assert (run.returncode, run.stderr.count("\n")) == (1, 1), run.stderr
            assert message in run.stderr
        assert not (tmp_path / "out.jsonl").exists()


@dataclass
class FullRun:
    server: fs.FaultServer
    result: CrawlResult
    db: Path
    paths: list[str]


@pytest.fixture(scope="module")
def full_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FullRun]:
    folder = tmp_path_factory.mktemp("full")
    db = folder / "news.db"
    release = threading.Event()
    with fs.fault_server() as srv:
        # The crawl is still fetching when the database fills up: the pages after the first
        # FILLING are held until the run has said the write failed (a 0.5 s delay per page
        # left that to luck: a run whose extraction lagged had fetched the feed first).
        paths = article_routes(srv, ARTICLES)
        fs.hold_after(srv, paths, FILLING, release)
        srv.route(
            "/feed.xml", fs.send(body=fs.rss(srv.base, paths), content_type="application/rss+xml")
        )
        log = folder / "crawl.log"
        started = time.monotonic()
        proc = start_crawl(
            db,
            "-a", f"feed={srv.url('/feed.xml')}",
            "-s", "CONCURRENT_REQUESTS=2",
            "-s", "NEWS_DB_BATCH_SIZE=3",
            "-s", "NEWS_DB_FLUSH_SECONDS=0.2",
            # A held page is not given up (QUICK's 2 s timeout) while the store fills.
            "-s", "DOWNLOAD_TIMEOUT=300",
            *settings_args(spare_pages=12),
            log=log,
        )  # fmt: skip
        try:
            deadline = started + 120
            while "Database write failed" not in log.read_text(errors="replace"):
                if proc.poll() is not None or time.monotonic() > deadline:
                    break  # the assertions below say what the run did instead
                time.sleep(0.05)
        finally:
            release.set()
        result = finish(proc, log, started)
        yield FullRun(srv, result, db, paths)


def test_disk_full_stops_the_crawl_with_a_clear_error(full_run: FullRun) -> None:
    log = full_run.result.stderr
    assert finish_reason(full_run.result) == "db_error", log[-3000:]
    assert re.search(
        r"ERROR: Database write failed \(OperationalError: database or disk is full\)", log
    )
    assert full_run.result.stat("news/store/failed") >= 1
    # Stopped: the rest of the feed was never fetched.
    assert sum(full_run.server.hits[p] for p in full_run.paths) < ARTICLES


def test_disk_full_leaves_the_database_consistent(full_run: FullRun) -> None:
    rows = check_consistent(full_run.db)
    # Batches before the failure are committed whole; the failed one left nothing behind.
    assert rows == full_run.result.stat("news/store/new") > 0


def test_disk_full_exits_with_failure(full_run: FullRun) -> None:
    assert full_run.result.returncode == 1


def test_disk_full_is_one_error_not_a_warning_per_refused_article(full_run: FullRun) -> None:
    """The articles still in the pipelines when the store failed are refused (kept pending):
    each was a "WARNING: Dropped: db_error" line, so a cron run at -L WARNING mailed one per
    article under the one ERROR that says the disk is full. They go to the run's log (INFO)."""
    lines = full_run.result.stderr.splitlines()
    refused = full_run.result.stat("news/drop/db_error")
    assert refused > 0
    assert not [x for x in lines if "WARNING: Dropped: db_error" in x]
    assert len([x for x in lines if "INFO: Dropped: db_error" in x]) == refused
    failures = [x for x in lines if "ERROR: Database write failed" in x]
    assert len(failures) == 1, failures
