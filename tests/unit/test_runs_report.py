"""``scrapy runs`` for scripts: the runs as objects (``--json``), on both backends (the ``db``
fixture)."""

from __future__ import annotations

import json

from sqlite_utils import Database

from crawler.runs.report import run_objects
from crawler.storage import run_records as records
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
    # This process is its pid, alive: the run is running.
    assert obj["outcome"] == "running" and obj["exit_code"] is None
    (source,) = obj["sources"]
    assert source["outcome"] == "running" and source["finished"] is None
