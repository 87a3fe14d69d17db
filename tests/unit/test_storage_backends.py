"""The storage modules' SQL on both backends (the ``db`` fixture runs each test on SQLite and
on PostgreSQL): run records and their report, pending retries, copydb's table copy."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.runs.report import format_table, no_runs_line, report_rows, run_objects
from crawler.storage import copy, pending, schema
from crawler.storage import run_records as records
from crawler.storage.copy import TableCopy, copy_database
from crawler.storage.database import open_database, write_transaction

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_run_records_and_the_report(db: Database) -> None:
    with write_transaction(db):
        first = records.start_run(db, "crawlall", ["a", "b"], None)
        records.source_started(db, first, "a")
        records.source_finished(
            db, first, "a", records.source_row({"news/store/new": 3}, None, {}, {})
        )
        records.finish_run(db, first, 0, {"b": "never opened"})
    with write_transaction(db):
        second = records.start_run(db, "crawl", ["a"], None)
    assert second == first + 1
    rows = report_rows(db)
    by_source = {(r["run"], r["source"]): r for r in rows}
    assert by_source[(str(first), "a")]["new"] == "3"
    assert by_source[(str(first), "b")]["outcome"] == "failed"
    assert by_source[(str(first), "b")]["flags"] == "never opened"
    table = format_table(rows)
    assert "node" not in table.splitlines()[0]  # no run was placed on Scrapyd nodes
    with write_transaction(db):
        records.source_placed(db, second, "a", "http://10.0.0.5:6800/", "run2-a")
    header, _rule, *lines = format_table(report_rows(db)).splitlines()
    assert header.split()[:6] == ["run", "started", "source", "outcome", "node", "job"]
    placed = next(line for line in lines if line.split()[0] == str(second))
    assert "10.0.0.5:6800" in placed and "run2-a" in placed


def test_runs_of_an_unknown_source_name_the_known_ones(db: Database) -> None:
    """``scrapy runs nosuch`` answered "No runs recorded yet." beside a database of runs."""
    assert no_runs_line(db, ["a"]) == "No runs recorded yet."
    with write_transaction(db):
        run = records.start_run(db, "crawl", ["a"], None)
        records.source_started(db, run, "a")
    assert report_rows(db, ["nosuch"]) == []
    assert no_runs_line(db, ["nosuch"]) == "No runs recorded for nosuch; sources with runs: a"


def test_pending_rows_back_off_and_give_up(db: Database) -> None:
    failure = pending.Failure("https://e.org/a", "https://e.org/a?x", {"title": "t"}, "503", True)
    for attempt in range(3):
        with write_transaction(db):
            pending.settle(db, "s", [], [failure], now=NOW, backoff_minutes=10, max_attempts=3)
        waiting = pending.state(db, failure.url, NOW + timedelta(minutes=1), 10)
        assert waiting == ("given_up" if attempt == 2 else "waiting")
    assert pending.counts(db, "s") == (0, 1)
    with write_transaction(db):
        pending.settle(db, "s", [failure.url], [], now=NOW, backoff_minutes=10, max_attempts=3)
    assert pending.counts(db, "s") == (0, 0)
    assert list(pending.due(db, "s", NOW, 10)) == []


def test_a_final_failure_is_given_up_at_its_first_try(db: Database) -> None:
    """A page over DOWNLOAD_MAXSIZE was retried by NEWS_PENDING_MAX_ATTEMPTS runs; a failure
    marked final is given up at once, another one waits for its next try."""
    final = pending.Failure("https://e.org/big", "https://e.org/big", {}, "too big", True, True)
    again = pending.Failure("https://e.org/503", "https://e.org/503", {}, "503", True)
    with write_transaction(db):
        _, given_up = pending.settle(
            db, "s", [], [final, again], now=NOW, backoff_minutes=10, max_attempts=8
        )
    assert given_up == 1 and pending.counts(db, "s") == (1, 1)
    later = NOW + timedelta(minutes=1)
    assert pending.state(db, final.url, later, 10) == "given_up"
    assert pending.state(db, again.url, later, 10) == "waiting"


def test_articles_kept_while_a_crawl_runs_are_due_and_leave_older_rows_alone(
    db: Database,
) -> None:
    """A running crawl's listed articles, written before its close (a kill -9 leaves them):
    due at once with no try spent; a row of an earlier run keeps its tries and wait."""
    waiting = pending.Failure("https://e.org/old", "https://e.org/old", {}, "503", True)
    with write_transaction(db):
        pending.settle(db, "s", [], [waiting], now=NOW, backoff_minutes=10, max_attempts=8)
    listed = [
        ("https://e.org/new", "https://e.org/new?utm=x", '{"title": "t"}'),
        ("https://e.org/old", "https://e.org/old", ""),
    ]
    with write_transaction(db):
        pending.keep_listed(db, "s", listed, now=NOW)
    due = list(pending.due(db, "s", NOW + timedelta(minutes=1), 10))
    assert [(d.url, d.fetch_url, d.hints, d.attempts) for d in due] == [
        ("https://e.org/new", "https://e.org/new?utm=x", {"title": "t"}, 0)
    ]
    assert pending.state(db, "https://e.org/old", NOW + timedelta(minutes=1), 10) == "waiting"
    assert pending.counts(db, "s") == (2, 0)


def test_copy_between_backends_is_idempotent(db: Database, tmp_path: Path) -> None:
    with write_transaction(db):
        db.table("articles").upsert_all(
            [
                {"url": f"https://e.org/{i}", "source": "s", "fetched_at": "t", "text": "x"}
                for i in range(25)
            ],
            pk="url",
        )
        records.start_run(db, "crawl", ["s"], None)
    target = open_database(tmp_path / "copy.db")
    first = copy_database(db, target, source_name="test", batch_rows=10)
    again = copy_database(db, target, source_name="test", batch_rows=10)
    articles = {r.table: r for r in first}["articles"]
    assert (articles.source_rows, articles.target_rows, articles.copied) == (25, 25, 25)
    copied = {r.table: r for r in again}["articles"]  # a new copy, over the same rows
    assert (copied.source_rows, copied.target_rows, copied.copied) == (25, 25, 25)
    assert all(r.complete for r in again)
    target.close()


def test_a_copy_run_again_brings_over_what_the_source_changed_meanwhile(
    db: Database, tmp_path: Path
) -> None:
    """A crawl into the source between two copies revised an article and stored one whose
    URL sorts first: the second copy resumed after the last key of the first, wrote neither,
    and said "every row count verified", exit 0, over a target holding the old version.
    An interrupted copy still goes on where it stopped."""
    row = {"source": "s", "fetched_at": "t", "text": "x", "title": "old"}
    with write_transaction(db):
        db.table("articles").upsert_all(
            [{**row, "url": f"https://e.org/{i}"} for i in range(1, 25)], pk="url"
        )
    target = open_database(tmp_path / "copy.db")
    copy_database(db, target, source_name="test", batch_rows=10)
    with write_transaction(db):
        db.execute("UPDATE articles SET title = 'new' WHERE url = 'https://e.org/1'")
        db.table("articles").upsert({**row, "url": "https://e.org/0"}, pk="url")
    results = {r.table: r for r in copy_database(db, target, source_name="test", batch_rows=10)}
    assert results["articles"].complete
    titles = dict(target.execute("SELECT url, title FROM articles").fetchall())
    assert titles["https://e.org/1"] == "new"
    assert titles["https://e.org/0"] == "old"

    # Interrupted once the articles were copied: the next copy goes on with the tables
    # after them, leaving the articles as they are.
    fresh = open_database(tmp_path / "fresh.db")
    with pytest.raises(KeyboardInterrupt):
        copy_database(db, fresh, source_name="test", batch_rows=10, report=_stop_after_articles)
    resumed = {r.table: r for r in copy_database(db, fresh, source_name="test", batch_rows=10)}
    assert (resumed["articles"].copied, resumed["articles"].target_rows) == (0, 25)
    assert all(r.complete for r in resumed.values())
    again = {r.table: r for r in copy_database(db, fresh, source_name="test", batch_rows=10)}
    assert again["articles"].copied == 25  # that copy finished: this one is new
    fresh.close()
    target.close()


def test_a_new_copy_interrupted_goes_on_with_every_table_it_had_not_copied(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy started anew after a finished one left the finished one's marks ("copied to
    its end") on the tables it had not reached yet: interrupted, then run again, it took
    those tables for copied by itself and passed them over, what the source had changed
    there since the first copy never copied (a table whose counts agree: "every row count
    verified", exit 0)."""
    row = {"source": "s", "fetched_at": "t", "text": "x"}
    with write_transaction(db):
        db.table("articles").upsert_all(
            [{**row, "url": f"https://e.org/{i}"} for i in range(2)], pk="url"
        )
        db.table("url_seen").upsert({"url": "https://e.org/old", "status": 404}, pk="url")
    target = open_database(tmp_path / "copy.db")
    copy_database(db, target, source_name="test")
    with write_transaction(db):
        db.execute("UPDATE url_seen SET status = 410")
    batches: list[int] = []
    position = copy._position

    def ctrl_c_at_the_second_batch(rows: list, key_at: list[int]) -> str | None:
        batches.append(len(rows))
        if len(batches) == 2:  # the articles' second batch: the first one is committed
            raise KeyboardInterrupt
        return position(rows, key_at)

    monkeypatch.setattr(copy, "_position", ctrl_c_at_the_second_batch)
    with pytest.raises(KeyboardInterrupt):
        copy_database(db, target, source_name="test", batch_rows=1)
    monkeypatch.setattr(copy, "_position", position)
    resumed = {r.table: r for r in copy_database(db, target, source_name="test")}
    assert resumed["url_seen"].copied == 1
    assert target.execute("SELECT status FROM url_seen").fetchall() == [(410,)]
    target.close()


def test_a_copy_after_an_upgrade_that_adds_a_table_copies_every_table(
    db: Database, tmp_path: Path
) -> None:
    """A finished copy kept its marks ("copied to its end"); a table an upgrade added since
    had none, so the next copy took itself for one interrupted before that table: it copied
    that table alone, and a row the source had changed in another (url_seen 404 -> 410) was
    never copied, the row counts agreeing. A copy is marked under way until it ends now."""
    with write_transaction(db):
        db.table("url_seen").upsert({"url": "https://e.org/old", "status": 404}, pk="url")
    target = open_database(tmp_path / "copy.db")
    copy_database(db, target, source_name="test")
    assert target.execute("SELECT count(*) FROM copy_progress").fetchone()[0] == 0
    for store in (db, target):  # the upgrade: a table more on both sides
        with write_transaction(store):
            store.table("added_later").create({"id": int, "note": str}, pk="id")
    with write_transaction(db):
        db.table("added_later").insert({"id": 1, "note": "new"})
        db.execute("UPDATE url_seen SET status = 410")
    results = {r.table: r for r in copy_database(db, target, source_name="test")}
    assert results["added_later"].copied == 1
    assert results["url_seen"].copied == 1
    assert target.execute("SELECT status FROM url_seen").fetchall() == [(410,)]
    target.close()


def test_the_upgrade_tells_an_older_version_s_finished_copy_from_an_interrupted_one(
    tmp_path: Path,
) -> None:
    """m095: a source whose marks are all "copied to its end" was finished (or stopped
    between two tables): its marks go, and its next copy is a new one. A source with a
    position was interrupted in a table: marked under way, its copy goes on there."""
    path = tmp_path / "news.db"
    old = Database(path)
    schema.migrations.apply(old, stop_before="m095_copy_progress_under_way")
    progress = [
        ("/finished.db", "articles", None),
        ("/finished.db", "url_seen", None),
        ("/stopped.db", "articles", None),
        ("/stopped.db", "url_seen", '["https://e.org/7"]'),
    ]
    for source, table, key in progress:
        old.table("copy_progress").insert(
            {"source": source, "table_name": table, "last_key": key, "rows_copied": 9}
        )
    old.close()
    upgraded = open_database(path)
    rows = upgraded.execute(
        "SELECT source, table_name, last_key FROM copy_progress ORDER BY source, table_name"
    ).fetchall()
    assert rows == [
        ("/stopped.db", "", None),
        ("/stopped.db", "articles", None),
        ("/stopped.db", "url_seen", '["https://e.org/7"]'),
    ]
    upgraded.close()


def _stop_after_articles(result: TableCopy) -> None:
    if result.table == "articles":
        raise KeyboardInterrupt


def test_a_store_keeps_its_id_and_a_copy_is_a_new_store(db: Database, tmp_path: Path) -> None:
    """The id written once by the migration (the end of every Scrapyd job id of the store)
    survives applying the schema again; copydb's target keeps its own: the original may go
    on crawling through the same nodes as the copy."""
    ours = records.store_id(db)
    assert len(ours) == 32 and int(ours, 16) >= 0
    schema.apply(db)
    assert records.store_id(db) == ours
    target = open_database(tmp_path / "copy.db")
    theirs = records.store_id(target)
    copy_database(db, target, source_name="test")
    assert records.store_id(target) == theirs != ours
    assert target.execute("SELECT count(*) FROM store").fetchone()[0] == 1
    target.close()


def test_unique_articles_has_every_article_column(db: Database) -> None:
    with write_transaction(db):
        db.table("articles").upsert_all(
            [
                {"url": "https://e.org/a", "source": "s", "fetched_at": "t", "text": "x"},
                {
                    "url": "https://e.org/b",
                    "source": "s",
                    "fetched_at": "t",
                    "text": "x",
                    "duplicate_of": "https://e.org/a",
                },
            ],
            pk="url",
        )
    rows = list(db.query("SELECT url, authors, paywalled FROM unique_articles"))
    assert [r["url"] for r in rows] == ["https://e.org/a"]


def test_the_report_flags_pages_found_older_than_stored(db: Database) -> None:
    """A page both of two runs fetched, whose later fetch the other run committed first, is
    written by neither (news/store/older): no column counted it, and `scrapy runs` showed
    it nowhere."""
    _two_sources_run(db, {"news/store/new": 1, "news/store/older": 2})
    flags = {r["source"]: r["flags"] for r in report_rows(db)}
    assert flags == {"a": "2 older than stored", "b": ""}


def _two_sources_run(db: Database, stats: dict[str, int]) -> None:
    """A finished run of two sources: "a" with ``stats``, "b" with none."""
    with write_transaction(db):
        run = records.start_run(db, "crawl", ["a", "b"], None)
        records.source_finished(db, run, "a", records.source_row(stats, None, {}, {}))
        records.source_finished(db, run, "b", records.source_row({}, None, {}, {}))
        records.finish_run(db, run, 0, {})


@pytest.mark.parametrize(
    ("stat", "words", "flag"),
    [
        ("news/sitemap/children_deferred", "1200 sitemaps left for later", "sitemaps_left"),
        ("news/listing/capped_entries", "1200 articles left for later", "articles_left"),
    ],
)
def test_the_report_flags_what_was_left_for_later_runs(
    db: Database, stat: str, words: str, flag: str
) -> None:
    """An index over NEWS_SITEMAP_MAX_COUNT, or a listing with more new entries than
    NEWS_LISTING_MAX_ENTRIES, is read over several runs: `scrapy runs` said "ok" and nothing
    else, as if the source had been read whole."""
    _two_sources_run(db, {"news/store/new": 1, stat: 1200})
    rows = report_rows(db)
    assert {r["source"]: r["outcome"] for r in rows} == {"a": "ok", "b": "ok"}
    assert {r["source"]: r["flags"] for r in rows} == {"a": words, "b": ""}
    (listed,) = run_objects(db)
    assert {s["source"]: s["flags"] for s in listed["sources"]} == {"a": [flag], "b": []}


def test_the_report_flags_both_sitemaps_and_articles_left_for_later(db: Database) -> None:
    """A source cut by both bounds in one run names both, sitemaps first."""
    stats = {"news/sitemap/children_deferred": 3, "news/listing/capped_entries": 1}
    _two_sources_run(db, stats)
    flags = {r["source"]: r["flags"] for r in report_rows(db)}
    assert flags["a"] == "3 sitemaps left for later, 1 article left for later"
    (listed,) = run_objects(db)
    assert listed["sources"][0]["flags"] == ["sitemaps_left", "articles_left"]


def test_a_run_of_another_machine_is_not_judged_by_a_local_pid(db: Database) -> None:
    """Two machines share a PostgreSQL store: `scrapy runs` on one called a run still going
    on the other "killed", because no process of that pid ran here."""
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(gone.stdout)  # a process that has ended
    with write_transaction(db):
        here = records.start_run(db, "crawl", ["a"], None)
        records.source_started(db, here, "a")
        there = records.start_run(db, "crawl", ["b"], None)
        records.source_started(db, there, "b")
    hosts = list(db.query("SELECT host FROM runs WHERE id = ?", [here]))
    assert hosts == [{"host": socket.gethostname()}]
    with write_transaction(db):
        db.table("runs").update(here, {"pid": dead_pid})
        db.table("runs").update(there, {"pid": dead_pid, "host": "another-machine"})
    outcomes = {r["source"]: r["outcome"] for r in report_rows(db)}
    assert outcomes == {"a": "killed", "b": "running"}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_run_whose_pid_another_process_has_now_is_killed(db: Database) -> None:
    """A run killed by kill -9 (or a reboot) whose pid the system has given to a process that
    started later, as cron's runs and services get the same low pids after each boot: it was
    shown "running" for as long as that process lived."""
    later = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with write_transaction(db):
            killed = records.start_run(db, "crawl", ["a"], None)
            records.source_started(db, killed, "a")
            going = records.start_run(db, "crawl", ["b"], None)
            records.source_started(db, going, "b")
        an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
        with write_transaction(db):
            db.table("runs").update(killed, {"pid": later.pid, "started_at": an_hour_ago})
        # The near miss: this process, which started before its run's row, still runs it.
        outcomes = {r["source"]: r["outcome"] for r in report_rows(db)}
    finally:
        later.kill()
        later.wait()
    assert outcomes == {"a": "killed", "b": "running"}
