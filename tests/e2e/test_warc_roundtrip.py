"""Round trip: a crawl recorded as WARC, ingested again, gives the crawl's rows."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from crawler.storage.database import open_database
from tests.conftest import run_scrapy

# Columns that say when a row was written, not what it holds.
WHEN = ("fetched_at", "updated_at")


def _rows(db: Database) -> dict[str, dict]:
    return {r["url"]: r for r in db.query("select * from articles order by url")}


def _warcio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from warcio.cli import main; sys.exit(main())", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_recorded_crawl_ingests_to_the_same_rows(site, crawl, tmp_path: Path) -> None:
    archive = tmp_path / "warc"
    start = site.url("index.html")
    run, crawled = crawl(
        "news", "-a", f"start={start}", "-a", "depth=2", "-a", "source=fixture",
        "-s", f"NEWS_WARC_DIR={archive}",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    files = sorted(archive.glob("*.warc.gz"))
    assert len(files) == 1 and not list(archive.glob("*.open"))

    # The field's reference reader accepts the file: digests, record structure, index.
    check = _warcio("check", "-v", str(files[0]))
    assert check.returncode == 0, check.stdout + check.stderr
    index = _warcio("index", "-f", "warc-type,warc-target-uri,http:status", str(files[0]))
    assert index.returncode == 0, index.stderr
    lines = index.stdout.splitlines()
    assert '"warc-type": "warcinfo"' in lines[0]
    recorded = [line for line in lines if '"warc-type": "response"' in line]
    assert any("robots.txt" in line for line in recorded)
    assert any(start in line for line in recorded)  # the listing page too
    # Every download has a request record beside its response.
    assert sum('"warc-type": "request"' in line for line in lines) == len(recorded)
    assert len(recorded) == len(site.paths())

    ingested_db = tmp_path / "ingested.db"
    again, ingested = crawl(
        "news", "-a", f"warc={files[0]}", "-a", "source=fixture", db=ingested_db
    )
    assert again.returncode == 0, again.stderr[-3000:]
    want, got = _rows(crawled), _rows(ingested)
    assert want and set(got) == set(want)
    for url, row in want.items():
        other = got[url]
        assert {k: v for k, v in other.items() if k not in WHEN} == {
            k: v for k, v in row.items() if k not in WHEN
        }, url
        # The crawl stamps a page when its callback runs, the archive when it arrived; the
        # first pages wait seconds for the worker pool to start.
        gap = datetime.fromisoformat(row["fetched_at"]) - datetime.fromisoformat(
            other["fetched_at"]
        )
        assert 0 <= gap.total_seconds() <= 30, url


def test_exported_pages_ingest_to_the_same_rows(site, crawl, tmp_path: Path) -> None:
    run, crawled = crawl("news", "-a", f"feed={site.url('rss.xml')}", "-a", "source=fixture")
    assert run.returncode == 0, run.stderr[-3000:]
    out = tmp_path / "pages.warc.gz"
    exported = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert exported.returncode == 0, exported.stderr[-3000:]
    assert "Wrote 4 pages" in exported.stdout
    assert _warcio("check", str(out)).returncode == 0
    again, ingested = crawl(
        "news", "-a", f"warc={out}", "-a", "source=fixture", db=tmp_path / "again.db"
    )
    assert again.returncode == 0, again.stderr[-3000:]
    want, got = _rows(crawled), _rows(ingested)
    assert set(got) == set(want) and len(want) == 4
    # The feed's hints (its dates and titles), which the pages do not all repeat, travel with
    # the pages: every field is the crawl's, the dates and where each field came from too.
    origins = [json.loads(row["meta_origin"]) for row in want.values()]
    assert any(origin.get("published") == "feed" for origin in origins)
    for url, row in want.items():
        assert {k: v for k, v in got[url].items() if k != "updated_at"} == {
            k: v for k, v in row.items() if k != "updated_at"
        }, url
    refused = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert refused.returncode != 0 and "exists" in refused.stderr


def test_exporting_no_page_is_no_failure(tmp_path: Path) -> None:
    """`export-warc` of an empty selection exited 1 where `export` of no article exits 0: an
    empty result is said in one line, and the file is still a valid, empty WARC."""
    db = tmp_path / "news.db"
    open_database(db).close()
    out = tmp_path / "none.warc.gz"
    run = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={db}")
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip().splitlines() == [f"Wrote 0 pages to {out}"]
    unknown = run_scrapy("export-warc", str(tmp_path / "n.warc"), "nosuch", "-s", f"NEWS_DB={db}")
    assert unknown.returncode == 0, unknown.stderr[-3000:]
    assert "nosuch" in unknown.stderr


def test_an_export_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    """A folder export-warc cannot write into ended in a traceback (`scrapy export` says
    "could not write"); it is one line and exit 1, and no file is left under either name."""
    db = tmp_path / "news.db"
    open_database(db).close()
    out = tmp_path / "x.warc"
    (tmp_path / "x.warc.open").mkdir()  # in the way of the file being written
    run = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={db}")
    assert run.returncode == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr and f"could not write {out}" in run.stderr
    assert not out.exists()
