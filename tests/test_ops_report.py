"""`scrapy runs`: the table and the collapse flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.ops import records
from crawler.ops.quality import QualityTally, collapse_flags
from crawler.storage.database import open_database
from tests.conftest import run_scrapy

USUAL = {
    "outcome": "ok",
    "links_found": 20,
    "scraped": 10,
    "articles_dropped": 0,
    "median_text_len": 3000.0,
    "share_no_date": 0.0,
    "listings_not_modified": 0,
}


def test_quality_tally() -> None:
    tally = QualityTally()
    tally.add("x" * 100, "2024-01-01", None)
    tally.add("x" * 300, None, "A")
    tally.add("x" * 200, "2024-01-02", "B")
    assert tally.summary() == {
        "scraped": 3,
        "share_no_date": 0.333,
        "share_no_author": 0.333,
        "median_text_len": 200.0,
    }
    assert QualityTally().summary()["median_text_len"] is None


@pytest.mark.parametrize(
    ("change", "flags"),
    [
        ({}, []),
        ({"median_text_len": 900.0}, ["length"]),
        ({"share_no_date": 0.8}, ["dates"]),
        ({"links_found": 0, "scraped": 0}, ["nothing"]),
        ({"links_found": 0, "scraped": 0, "listings_not_modified": 2}, []),  # 304s: nothing new
        ({"scraped": 0, "articles_dropped": 12}, ["nothing"]),
        ({"scraped": 2, "median_text_len": 100.0}, []),  # too few articles to judge
    ],
)
def test_collapse_flags(change: dict, flags: list[str]) -> None:
    assert collapse_flags({**USUAL, **change}, [USUAL] * 4) == flags


def test_collapse_needs_history() -> None:
    assert collapse_flags({**USUAL, "median_text_len": 10.0}, []) == []


def test_runs_command_prints_flags(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    db = open_database(db_path)
    for n in range(5):
        run_id = records.start_run(db, "crawlall", ["steady", "broken"], None)
        for source in ("steady", "broken"):
            records.source_started(db, run_id, source)
            row = dict(USUAL)
            if source == "broken" and n == 4:
                row.update(median_text_len=400.0, share_no_date=0.9)
            records.source_finished(
                db, run_id, source, {**row, "finished_at": records.now_iso(), "failure": None}
            )
        records.finish_run(db, run_id, 0)
    run_id = records.start_run(db, "crawl", ["dead"], None)
    records.finish_run(db, run_id, 1, [records.SourceOutcome("dead", False, "did not start")])
    db.close()
    out = run_scrapy("runs", "-s", f"NEWS_DB={db_path}", "-n", "5")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:4] == ["run", "started", "source", "outcome"]
    by_source: dict[str, str] = {}
    for line in lines[2:7]:  # the started column holds a date and a time
        by_source.setdefault(line.split()[3], line)
    assert by_source["broken"].endswith("length, dates")
    assert "did not start" in by_source["dead"] and "failed" in by_source["dead"]
    assert by_source["steady"].rstrip().endswith("3000")  # no flags
    only = run_scrapy("runs", "steady", "-s", f"NEWS_DB={db_path}", "-n", "3")
    assert [line.split()[3] for line in only.stdout.splitlines()[2:5]] == ["steady"] * 3
