"""``scrapy runs`` for scripts: the runs as objects (``--json``) and each source's streaks of
failed runs and of runs that stored nothing, on both backends (the ``db`` fixture)."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlite_utils import Database

from crawler.runs.report import format_table, report_rows, run_objects
from crawler.storage import run_records as records
from crawler.storage import schema
from crawler.storage.database import write_transaction


def _run(db: Database, results: dict[str, tuple[str | None, int]], exit_code: int) -> int:
    """One finished run: per source (failure or None, new articles)."""
    with write_transaction(db):
        run = records.start_run(db, "crawlall", list(results), None)
        for source, (failure, new) in results.items():
            records.source_started(db, run, source)
            row = records.source_row({"news/store/new": new}, failure, {}, {})
            records.source_finished(db, run, source, row)
        records.finish_run(db, run, exit_code)
    return run


def test_run_objects_hold_each_runs_sources_counts_and_exit_code(db: Database) -> None:
    first = _run(db, {"good": (None, 4), "dead": ("HTTP 404 from the feed", 0)}, 3)
    second = _run(db, {"good": (None, 2)}, 0)
    newest, older = run_objects(db)
    assert (newest["run"], newest["exit_code"], newest["outcome"]) == (second, 0, "ok")
    assert (older["run"], older["exit_code"], older["outcome"]) == (first, 3, "partial")
    assert older["command"] == "crawlall" and older["started"] and older["finished"]
    by_source = {s["source"]: s for s in older["sources"]}
    assert by_source["good"]["outcome"] == "ok" and by_source["good"]["failure"] is None
    assert by_source["good"]["counts"]["new"] == 4
    assert by_source["dead"]["outcome"] == "failed"
    assert by_source["dead"]["failure"] == "HTTP 404 from the feed"
    assert by_source["dead"]["counts"]["new"] == 0 and by_source["dead"]["flags"] == []
    # What a script relies on reads back from JSON unchanged.
    assert json.loads(json.dumps(older)) == older
    # -n counts runs, whole: the newest run alone, not its first row.
    assert [r["run"] for r in run_objects(db, limit=1)] == [second]
    # A source asked for: its runs, and only its rows in them.
    (dead,) = run_objects(db, ["dead"])
    assert dead["run"] == first and [s["source"] for s in dead["sources"]] == ["dead"]


def test_an_unfinished_run_is_running_or_killed(db: Database) -> None:
    with write_transaction(db):
        run = records.start_run(db, "crawl", ["a"], None)
        records.source_started(db, run, "a")
    (obj,) = run_objects(db)
    # This process is its pid, alive: the run is running, and no streak is judged of it.
    assert obj["outcome"] == "running" and obj["exit_code"] is None
    (source,) = obj["sources"]
    assert source["outcome"] == "running" and source["nothing_new"] is None
    # Nothing counted yet: every count is null, "older" too (it said 0 beside the nulls).
    assert set(source["counts"].values()) == {None}, source["counts"]


def test_streaks_say_since_when_a_source_fails_or_stores_nothing(db: Database) -> None:
    first = _run(db, {"a": (None, 3), "b": (None, 5)}, 0)
    second = _run(db, {"a": ("HTTP 503 from the feed", 0), "b": (None, 0)}, 3)
    for _ in range(2):
        _run(db, {"a": ("HTTP 503 from the feed", 0), "b": (None, 0)}, 3)
    newest = run_objects(db, limit=1)[0]
    by_source = {s["source"]: s for s in newest["sources"]}
    failing = by_source["a"]["failing"]
    assert failing["runs"] == 3 and failing["since_run"] == second and failing["since"]
    # A failed run stores nothing: it is one of the quiet streak too.
    assert by_source["a"]["nothing_new"]["runs"] == 3
    assert by_source["b"]["failing"] is None
    assert by_source["b"]["nothing_new"] == {
        "runs": 3,
        "since_run": second,
        "since": failing["since"],
    }
    # The run that stored articles is in no streak.
    oldest = {s["source"]: s for s in run_objects(db)[-1]["sources"]}
    assert oldest["a"]["failing"] is None
    assert oldest["b"]["nothing_new"] is None and run_objects(db)[-1]["run"] == first
    flags = {(r["run"], r["source"]): r["flags"] for r in report_rows(db)}
    newest_id = str(newest["run"])
    assert flags[(newest_id, "a")].startswith("HTTP 503 from the feed, failing since run ")
    assert flags[(newest_id, "a")].endswith(", 3 runs in a row")
    assert flags[(newest_id, "b")].startswith("nothing new for 3 runs, since run ")
    # One failed run names its failure alone; one quiet run is no streak worth a word.
    assert flags[(str(second), "a")] == "HTTP 503 from the feed"
    assert flags[(str(second), "b")] == ""
    assert "failing since" in format_table(report_rows(db))


def _steps(db: Database, source: str, run_id: int) -> int:
    """SQLite's virtual machine steps to judge both streaks of one row."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    db.conn.set_progress_handler(count, 1)
    try:
        for kind in records.STREAKS:
            records.source_streak(db, source, run_id, kind)
    finally:
        db.conn.set_progress_handler(None, 1)
    return steps


def test_streaks_read_the_streak_not_the_history() -> None:
    """A store of an hourly cron holds thousands of runs: judging a streak reads the rows of
    the streak (two index lookups), not the source's whole history."""

    def store(history: int) -> tuple[Database, int]:
        db = Database(memory=True)
        schema.apply(db)
        for _ in range(history):
            _run(db, {"a": (None, 2), "b": (None, 1)}, 0)
        last = 0
        for _ in range(3):
            last = _run(db, {"a": ("HTTP 503", 0), "b": (None, 1)}, 3)
        return db, last

    small, small_last = store(5)
    large, large_last = store(2000)
    assert records.source_streak(large, "a", large_last, "failing")["runs"] == 3  # type: ignore[index]
    assert _steps(large, "a", large_last) < 2 * _steps(small, "a", small_last)


def test_a_partly_failed_warc_ingestion_names_its_unreadable_files(db: Database) -> None:
    """Its run was "partial" and its row "ok" without a flag: which files were lost was only
    in the summary printed at its end."""
    stats = {
        "finish_reason": "finished",
        "news/warc/records": 6,
        "news/store/new": 5,
        "news/warc/files/unreadable": 1,
        "news/warc/files/unreadable_names": ["/data/page.warc.gz"],
    }
    with write_transaction(db):
        run = records.start_run(db, "crawl", ["cc"], None)
        records.source_started(db, run, "cc")
        records.source_finished(db, run, "cc", records.source_row(stats, None, {}, {}))
        records.finish_run(db, run, 3)
    (obj,) = run_objects(db)
    (source,) = obj["sources"]
    assert (obj["outcome"], source["outcome"]) == ("partial", "ok")
    assert source["flags"] == ["1 WARC file unreadable: /data/page.warc.gz"]
    assert "1 WARC file unreadable: /data/page.warc.gz" in format_table(report_rows(db))
    # A source that read every file has no such flag.
    _run(db, {"cc": (None, 2)}, 0)
    assert run_objects(db)[0]["sources"][0]["flags"] == []


def _ended_pid() -> int:
    """The pid of a process that has ended: a run's process killed."""
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(gone.stdout)


def test_the_sources_a_killed_run_never_reached_are_killed_too(db: Database) -> None:
    """A `crawlall` of three sources killed (kill -9, a cron `timeout`) after the first two
    finished, before the third wrote its row: `scrapy runs` showed the two "ok" and nothing
    else, a killed run read as a good one; the third is "killed" beside them."""
    gone = _ended_pid()
    with write_transaction(db):
        run = records.start_run(db, "crawlall", ["a", "b", "c"], None)
        for source in ("a", "b"):
            records.source_started(db, run, source)
            row = records.source_row({"news/store/new": 2}, None, {}, {})
            records.source_finished(db, run, source, row)
        db.table("runs").update(run, {"pid": gone})  # a process that has ended
    outcomes = {r["source"]: r["outcome"] for r in report_rows(db)}
    assert outcomes == {"a": "ok", "b": "ok", "c": "killed"}
    (obj,) = run_objects(db)
    assert obj["outcome"] == "killed"
    assert {s["source"]: s["outcome"] for s in obj["sources"]} == outcomes
    assert "c" in format_table(report_rows(db))
    # A killed `crawl` of a feed names the spider, its row the source made of the feed's
    # host: the one row, no other beside it.
    with write_transaction(db):
        crawl = records.start_run(db, "crawl", ["news"], None)
        records.source_started(db, crawl, "example.org")
        db.table("runs").update(crawl, {"pid": gone})
    newest = run_objects(db, limit=1)[0]
    assert [(s["source"], s["outcome"]) for s in newest["sources"]] == [("example.org", "killed")]


def test_a_run_killed_before_any_source_wrote_its_row_is_listed_killed(db: Database) -> None:
    """A run killed after its own row, before its first source's: it was left out, the run
    before it ("ok") read as the last one. A run still starting (its process alive) stays
    out, and so does one older than every run shown when the report is cut at its limit."""
    gone = _ended_pid()
    with write_transaction(db):
        older = records.start_run(db, "crawl", ["news"], None)
        db.table("runs").update(older, {"pid": gone})
        done = records.start_run(db, "crawl", ["news"], None)
        records.source_started(db, done, "example.org")
        records.source_finished(db, done, "example.org", records.source_row({}, None, {}, {}))
        records.finish_run(db, done, 0)
        killed = records.start_run(db, "reprocess", ["a", "b"], None)
        db.table("runs").update(killed, {"pid": gone})
        records.start_run(db, "crawl", ["news"], None)  # this process: still starting
    newest = run_objects(db, limit=1)[0]
    assert (newest["run"], newest["outcome"]) == (killed, "killed")
    assert [(s["source"], s["outcome"]) for s in newest["sources"]] == [
        ("a", "killed"),
        ("b", "killed"),
    ]
    shown = [(int(r["run"]), r["source"], r["outcome"]) for r in report_rows(db, limit=1)]
    assert shown == [(killed, "a", "killed"), (killed, "b", "killed"), (done, "example.org", "ok")]
    assert [r["run"] for r in run_objects(db, sources=["b"])] == [killed]
    everything = [(r["run"], r["outcome"]) for r in run_objects(db)]
    assert everything == [(killed, "killed"), (done, "ok"), (older, "killed")]
    assert [int(r["run"]) for r in report_rows(db)] == [killed, killed, done, older]
