"""Unattended runs: exit codes, the database lock, run records and run logs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.runs.outcome import (
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
)
from crawler.storage import run_records as records
from crawler.storage.database import open_database
from tests.conftest import FAST, ROOT, Crawl, Site, run_scrapy
from tests.support.harness import run_scrapy_forked


def _sources(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_healthy_crawl_exits_0_and_records_the_run(
    site: Site, crawl: Crawl, tmp_path: Path
) -> None:
    run, db = crawl("news", "-a", f"feed={site.url('rss.xml')}", "-a", "source=fixture")
    assert run.returncode == EXIT_OK, run.stderr[-3000:]
    (row,) = db.query("select * from runs")
    assert row["command"] == "crawl" and row["exit_code"] == 0 and row["finished_at"]
    (src,) = db.query("select * from run_sources")
    assert src["source"] == "fixture" and src["outcome"] == "ok" and src["failure"] is None
    assert src["articles_new"] == 4 and src["articles_updated"] == 0
    assert src["links_found"] == 7  # the javascript: link is skipped by the parser
    # The feed, robots.txt and 7 links (one is a 404 that is still a response).
    assert src["pages_fetched"] == 9
    dropped = json.loads(src["dropped"])
    assert sum(dropped.values()) == src["articles_dropped"] >= 1
    assert src["scraped"] == 4 and src["share_no_date"] == 0.0
    assert src["median_text_len"] > 500
    log = Path(row["log_file"])
    assert log.parent == tmp_path / "logs"  # beside the database by default
    text = log.read_text(encoding="utf-8")
    assert "Spider closed (finished)" in text and "news/store/new" in text


def test_runs_takes_one_row_or_more(tmp_path: Path) -> None:
    """`scrapy runs -n 0` said "No runs recorded yet." of a database with runs, and `-n -3`
    showed every run (SQLite's LIMIT -3 is no limit)."""
    path = tmp_path / "news.db"
    db = open_database(path)
    for source in ("alpha", "beta"):
        records.source_started(db, records.start_run(db, "crawl", [source], None), source)
    db.conn.commit()
    db.close()
    *refused, run = run_scrapy_forked(
        *(["runs", "-n", rows, "-s", f"NEWS_DB={path}"] for rows in ("0", "-3", "1"))
    )
    for bad in refused:
        assert bad.returncode == 2, bad.stderr
        assert "-n takes 1 or more rows" in bad.stderr
        assert "No runs recorded yet" not in bad.stdout
    assert run.returncode == 0, run.stderr
    assert " beta " in run.stdout and " alpha " not in run.stdout


def test_runs_of_an_unknown_source_is_a_usage_error(tmp_path: Path) -> None:
    """`scrapy runs nosuch` printed a line and exited 0, where every other command refuses an
    unknown name (exit 2); a configured source without runs yet is no mistake."""
    path = tmp_path / "news.db"
    db = open_database(path)
    records.source_started(db, records.start_run(db, "crawl", ["alpha"], None), "alpha")
    db.conn.commit()
    db.close()
    sources = _sources(tmp_path, '[sources.beta]\nfeeds = ["https://example.org/feed.xml"]\n')
    common = ["-s", f"NEWS_DB={path}", "-s", f"NEWS_SOURCES={sources}"]
    *unknown, configured, known = run_scrapy_forked(
        *(
            ["runs", *names, *common]
            for names in (["nosuch"], ["alpha", "nosuch"], ["beta"], ["alpha"])
        )
    )
    for run in unknown:
        assert run.returncode == 2, (run.stdout, run.stderr)
        assert "nosuch" in run.stderr and "alpha, beta" in run.stderr
    assert configured.returncode == 0, configured.stderr
    assert "No runs recorded for beta" in configured.stdout
    assert known.returncode == 0 and " alpha " in known.stdout


@pytest.mark.long
def test_exit_codes_for_failing_and_mixed_sources(site: Site, tmp_path: Path) -> None:
    sources = _sources(
        tmp_path,
        f'[sources.good]\nfeeds = ["{site.url("rss.xml")}"]\n'
        f'[sources.dead]\nfeeds = ["{site.url("gone.xml")}"]\n',
    )
    db = tmp_path / "news.db"
    common = ("-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}", *FAST)
    single = run_scrapy("crawl", "dead", *common)
    assert single.returncode == EXIT_FAILED, single.stderr[-3000:]
    gone = site.url("gone.xml")
    assert f"dead: failed (none of 1 entry URL(s) answered (first: HTTP 404 from {gone}))" in (
        single.stderr
    )
    both = run_scrapy("crawlall", *common)
    assert both.returncode == EXIT_PARTIAL, both.stderr[-3000:]
    rows = {
        r["source"]: r for r in Database(db).query("select * from run_sources where run_id = 2")
    }
    assert rows["good"]["outcome"] == "ok" and rows["dead"]["outcome"] == "failed"
    assert [r["exit_code"] for r in Database(db).query("select * from runs order by id")] == [1, 3]
    usage = run_scrapy("crawlall", "nosuch", *common)
    assert usage.returncode == 2 and "nosuch" in usage.stderr


def test_overlapping_runs_second_exits_locked(site: Site, tmp_path: Path) -> None:
    # The first run's feed answers only once the second run has ended, so the first surely
    # holds the lock meanwhile; a second run that waited for the lock would never end (it
    # fails on run_scrapy's 60 s timeout, short of the feed's 90 s hold).
    release = threading.Event()

    def slow_feed(count: int) -> tuple[int, dict[str, str], bytes] | None:
        release.wait(90)
        return None

    site.routes["/rss.xml"] = slow_feed
    db = tmp_path / "news.db"
    args = ["crawl", "news", "-a", f"feed={site.url('rss.xml')}", "-s", f"NEWS_DB={db}", *FAST]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while "/rss.xml" not in site.paths() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "/rss.xml" in site.paths()
        second = run_scrapy(*args, timeout=60)
        assert not release.is_set()
        assert second.returncode == EXIT_LOCKED
        assert f"another run is using {db}" in second.stderr
        # Refused, exit 75: "…; skipped" read as if the source had been dealt with.
        assert "); refused, 127.0.0.1 not run (try again later)" in second.stderr
        assert "skipped" not in second.stderr
    finally:
        release.set()
        _, stderr = first.communicate(timeout=60)
    assert first.returncode == EXIT_OK, stderr[-3000:]
    assert site.paths().count("/rss.xml") == 1


def test_runs_json_gives_one_object_per_run_for_scripts(tmp_path: Path) -> None:
    """A cron's dashboard or alert read `scrapy runs`' table by eye only: `--json` prints one
    object a line per run, its exit code and outcome, its sources' counts, flags,
    failure and streaks; the table stays as it was, a streak among its flags."""
    path = tmp_path / "news.db"
    db = open_database(path)
    for failure in (None, "HTTP 503 from the feed", "HTTP 503 from the feed"):
        run_id = records.start_run(db, "crawlall", ["alpha", "beta"], None)
        for source, row in (
            ("alpha", records.source_row({"news/store/new": 2}, None, {}, {})),
            ("beta", records.source_row({}, failure, {}, {})),
        ):
            records.source_finished(db, run_id, source, row)
        records.finish_run(db, run_id, EXIT_OK if failure is None else EXIT_PARTIAL)
    db.conn.commit()
    db.close()
    run, table = run_scrapy_forked(
        ["runs", "--json", "-n", "2", "-s", f"NEWS_DB={path}"], ["runs", "-s", f"NEWS_DB={path}"]
    )
    assert run.returncode == 0, run.stderr
    newest, older = (json.loads(line) for line in run.stdout.splitlines())
    assert (newest["run"], newest["exit_code"], newest["outcome"]) == (3, 3, "partial")
    assert older["run"] == 2
    beta = next(s for s in newest["sources"] if s["source"] == "beta")
    assert beta["outcome"] == "failed" and beta["failure"] == "HTTP 503 from the feed"
    assert beta["failing"]["runs"] == 2 and beta["failing"]["since_run"] == 2
    alpha = next(s for s in newest["sources"] if s["source"] == "alpha")
    assert alpha["counts"]["new"] == 2 and alpha["flags"] == [] and alpha["failing"] is None
    assert table.stdout.splitlines()[0].split()[:4] == ["run", "started", "source", "outcome"]
    assert "failing since run 2 (" in table.stdout and "2 runs in a row" in table.stdout
    assert "failing since / nothing new for = " in table.stdout  # the legend says what it is


def test_readers_open_the_store_while_a_writer_holds_its_write_lock(tmp_path: Path) -> None:
    """`scrapy runs`, `export` and `versions` read a WAL store beside a write transaction that
    lasts longer than the busy timeout (a `sqlite3` shell left in `BEGIN IMMEDIATE`, a long
    batch of another run): they need no write lock.

    Each took the write lock to check the schema as it opened the store, so it waited behind
    the writer for the whole busy timeout and then failed, "cannot open the database …:
    database is locked", exit 1.
    """
    path = tmp_path / "news.db"
    db = open_database(path)
    records.source_finished(
        db,
        records.start_run(db, "crawl", ["alpha"], None),
        "alpha",
        records.source_row({"news/store/new": 1}, None, {}, {}),
    )
    db.execute(
        "INSERT INTO articles (url, source, text, fetched_at) VALUES (?, ?, ?, ?)",
        ["https://example.org/a", "alpha", "Text.", "2026-01-02T03:04:05+00:00"],
    )
    db.conn.commit()
    db.close()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE runs SET host = host")
        common = ["-s", f"NEWS_DB={path}", "-s", "NEWS_DB_BUSY_TIMEOUT_MS=1000"]
        runs, export, versions = run_scrapy_forked(
            ["runs", *common],
            ["export", str(tmp_path / "out.jsonl"), *common],
            ["versions", "https://example.org/a", *common],
        )
        assert writer.in_transaction  # the write lock was held all along
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    for run in (runs, export, versions):
        assert run.returncode == 0, run.stderr[-2000:]
        assert "locked" not in run.stderr
    assert " alpha " in runs.stdout
    (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["url"] == "https://example.org/a"
