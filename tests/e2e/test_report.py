"""`scrapy runs`: the table and the collapse flags."""

from __future__ import annotations

from pathlib import Path

from crawler.clock import now_iso
from crawler.storage import run_records as records
from crawler.storage.database import open_database, write_transaction
from tests.support.harness import run_scrapy_forked
from tests.unit.test_health import USUAL


def test_runs_command_prints_flags(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    db = open_database(db_path)
    with write_transaction(db):
        for n in range(5):
            run_id = records.start_run(db, "crawlall", ["steady", "broken"], None)
            for source in ("steady", "broken"):
                records.source_started(db, run_id, source)
                row = dict(USUAL)
                if source == "broken" and n == 4:
                    row.update(median_text_len=400.0, share_no_date=0.9)
                records.source_finished(
                    db, run_id, source, {**row, "finished_at": now_iso(), "failure": None}
                )
            records.finish_run(db, run_id, 0)
        run_id = records.start_run(db, "crawl", ["dead"], None)
        records.finish_run(db, run_id, 1, {"dead": "did not start"})
    db.close()
    out, only = run_scrapy_forked(
        ["runs", "-s", f"NEWS_DB={db_path}", "-n", "5"],
        ["runs", "steady", "-s", f"NEWS_DB={db_path}", "-n", "3"],
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:4] == ["run", "started", "source", "outcome"]
    by_source: dict[str, str] = {}
    for line in lines[2:7]:  # the started column holds a date and a time
        by_source.setdefault(line.split()[3], line)
    assert by_source["broken"].endswith("length, dates")
    assert "did not start" in by_source["dead"] and "failed" in by_source["dead"]
    assert by_source["steady"].rstrip().endswith("3000")  # no flags
    assert [line.split()[3] for line in only.stdout.splitlines()[2:5]] == ["steady"] * 3
