"""Write failures: a database that cannot be opened, and one that fills up mid-crawl."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.storage.database import open_database
from crawler.storage.schema import MIGRATION_SET, MIGRATIONS_TABLE
from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.diskfull import settings_args
from tests.support.harness import (
    CrawlResult,
    article_routes,
    check_consistent,
    finish_reason,
    run_crawl,
)

# Far more than fill the database, so that it fills up while most are still unfetched (with 40, a
# loaded machine had fetched them all before the write failed).
ARTICLES = 120


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
        for command in (("runs",), ("export", str(tmp_path / "out.jsonl"))):
            run = run_scrapy(*command, "-s", f"NEWS_DB={db}")
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
    db = tmp_path_factory.mktemp("full") / "news.db"
    with fs.fault_server() as srv:
        # Paced so that the crawl is still fetching when the database fills up.
        paths = article_routes(srv, ARTICLES, delay=0.5)
        srv.route(
            "/feed.xml", fs.send(body=fs.rss(srv.base, paths), content_type="application/rss+xml")
        )
        result = run_crawl(
            db,
            "-a", f"feed={srv.url('/feed.xml')}",
            "-s", "CONCURRENT_REQUESTS=2",
            "-s", "NEWS_DB_BATCH_SIZE=3",
            "-s", "NEWS_DB_FLUSH_SECONDS=0.2",
            *settings_args(spare_pages=12),
        )  # fmt: skip
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
