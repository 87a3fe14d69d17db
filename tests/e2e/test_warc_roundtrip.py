"""Round trip: a crawl recorded as WARC, ingested again, gives the crawl's rows."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.exports.partial import partial_file
from crawler.storage.database import open_database
from tests.conftest import FAST, Crawl, Site, run_scrapy
from tests.support.quality_site import served_sources, source_pages, write_feed
from tests.support.warcfiles import WarcFile, page, response, story_and_copy

EN = "The council met on Tuesday to discuss the budget for schools, roads and parks. " * 4
DE = "Der Stadtrat hat am Dienstag über den Haushalt für Schulen und Straßen beraten. " * 4

# Columns that say when a row was written, not what it holds.
WHEN = ("fetched_at", "updated_at")
_STARTED = "select started_at from runs"


def _rows(db: Database) -> dict[str, dict]:
    return {r["url"]: r for r in db.query("select * from articles order by url")}


def _warcio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from warcio.cli import main; sys.exit(main())", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_recorded_crawl_ingests_to_the_same_rows(site: Site, crawl: Crawl, tmp_path: Path) -> None:
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

    # Each record carries the crawl's source: ingested without -a source=, the rows were
    # filed under the page's host.
    ingested_db = tmp_path / "ingested.db"
    again, ingested = crawl("news", "-a", f"warc={files[0]}", db=ingested_db)
    assert again.returncode == 0, again.stderr[-3000:]
    want, got = _rows(crawled), _rows(ingested)
    (started,) = [datetime.fromisoformat(r["started_at"]) for r in crawled.query(_STARTED)]
    assert want and set(got) == set(want)
    for url, row in want.items():
        other = got[url]
        assert {k: v for k, v in other.items() if k not in WHEN} == {
            k: v for k, v in row.items() if k not in WHEN
        }, url
        # The crawl stamps a page when its callback runs, the archive when it arrived: not
        # later, nor before the run started (the first pages wait seconds, more on a loaded
        # machine, for the worker pool to start; all three stamps are the crawl's clock).
        arrived = datetime.fromisoformat(other["fetched_at"])
        assert started <= arrived <= datetime.fromisoformat(row["fetched_at"]), url


@pytest.mark.long
def test_exported_pages_ingest_to_the_same_rows(site: Site, crawl: Crawl, tmp_path: Path) -> None:
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
    # Said on stderr in one line, as `scrapy export` says "the store holds no article".
    assert run.stderr.strip().splitlines()[-1] == "newsloom: the store holds no page"
    unknown = run_scrapy("export-warc", str(tmp_path / "n.warc"), "nosuch", "-s", f"NEWS_DB={db}")
    assert unknown.returncode == 0, unknown.stderr[-3000:]
    assert "nosuch" in unknown.stderr


def test_an_export_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    """A folder export-warc cannot write into ended in a traceback (`scrapy export` says
    "could not write"); it is one line and exit 1, and no file is left under either name."""
    db = tmp_path / "news.db"
    open_database(db).close()
    out = tmp_path / "x.warc"
    partial_file(out).mkdir()  # in the way of the file being written
    run = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={db}")
    assert run.returncode == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr and f"could not write {out}" in run.stderr
    assert not out.exists()


def test_recorded_runs_ingest_with_the_template_learned_and_the_wall_left_out(
    tmp_path: Path,
) -> None:
    """Two recorded runs of a source that learns its template from the first, the second
    ending on a page behind a wall: their archives, ingested in turn under the source's
    name, give the crawl's rows, the template out of the rows stored after learning, the
    wall's text out of the text and the page flagged paywalled."""
    template = "Die Gemeindezeitung Lindenau erscheint jeden Donnerstag im Verlag der Gemeinde."
    wall = "To view the full story, please subscribe."
    pages = [
        *source_pages("paper", "de", range(1, 7), end=(template,)),
        *source_pages("paper", "de", range(7, 8), end=(template, wall)),
    ]
    crawled = tmp_path / "news.db"
    learn = ("-s", "NEWS_LEARN_MIN_ARTICLES=3", *FAST)
    archive = tmp_path / "warc"
    paper = '[sources.paper]\nfeeds = ["{base}/paper.xml"]\n'
    with served_sources(tmp_path, pages, paper, crawled) as (base, settings):
        for listed in (pages[:3], pages):
            write_feed(tmp_path / "site" / "paper.xml", base, listed)
            run = run_scrapy("crawl", "paper", *settings, *learn, "-s", f"NEWS_WARC_DIR={archive}")
            assert run.returncode == 0, run.stderr[-3000:]
    ingested = tmp_path / "ingested.db"
    for warc in sorted(archive.iterdir()):
        args = ("-a", f"warc={warc}", "-a", "source=paper", "-s", f"NEWS_DB={ingested}")
        run = run_scrapy("crawl", "news", *args, *learn)
        assert run.returncode == 0, run.stderr[-3000:]
    assert "'news/text/templates/learned_block': 4" in run.stderr
    assert "'news/text/paywall/paywalled': 1" in run.stderr
    rows = _rows(Database(ingested))
    found = [(template in r["text"], wall in r["text"], r["paywalled"]) for r in rows.values()]
    assert found == [(True, False, 0)] * 3 + [(False, False, 0)] * 3 + [(False, False, 1)]
    before = _rows(Database(crawled))
    assert [r["text"] for r in rows.values()] == [r["text"] for r in before.values()]


def test_an_exported_copy_stays_the_copy_when_ingested_again(tmp_path: Path) -> None:
    """The export wrote pages in URL order, so a copy whose URL sorts before its original's was
    ingested first and became the original: the round trip turned the copy link around. The
    pages are written in the order the store took them, which rebuilds the same links."""
    story = [f"Paragraph {n}. {EN}" for n in range(5)]
    archive = story_and_copy(
        "https://news.example/z-original", "https://news.example/a-copy", story, DE
    )
    first, again = tmp_path / "first.db", tmp_path / "again.db"
    # One worker: the store takes the pages in the order the archive holds them.
    one = ("-s", "NEWS_WORKERS=1", *FAST)
    ran = run_scrapy("crawl", "news", "-a", f"warc={archive.write(tmp_path / 'in.warc.gz')}",
                     "-s", f"NEWS_DB={first}", *one)  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-3000:]
    links = "select url, duplicate_of from articles order by url"
    want = list(Database(first).query(links))
    assert want == [
        {"url": "https://news.example/a-copy", "duplicate_of": "https://news.example/z-original"},
        {"url": "https://news.example/z-original", "duplicate_of": None},
    ]
    _export_and_ingest(first, again, *one)
    assert list(Database(again).query(links)) == want


@pytest.mark.long
def test_an_export_of_several_sources_ingests_each_page_under_its_source(tmp_path: Path) -> None:
    """The export named no source: ingested again, every row took its host as its source (or
    the one `-a source=` named), and a store of several sources came back without them. Each
    page now carries its source, which ingestion keeps unless `-a source=` names another."""
    first, again = tmp_path / "first.db", tmp_path / "again.db"
    for name in ("alpha", "beta"):
        archive = WarcFile()
        archive.add(response(f"https://news.example/{name}", page(name, [f"{name}. {EN}"])))
        ran = run_scrapy("crawl", "news", "-a", f"warc={archive.write(tmp_path / f'{name}.warc')}",
                         "-a", f"source=Ünï {name}", "-s", f"NEWS_DB={first}", *FAST)  # fmt: skip
        assert ran.returncode == 0, ran.stderr[-3000:]
    sources = "select url, source from articles order by url"
    want = list(Database(first).query(sources))
    assert [row["source"] for row in want] == ["Ünï alpha", "Ünï beta"]
    out = _export_and_ingest(first, again, *FAST)
    assert list(Database(again).query(sources)) == want
    named = tmp_path / "named.db"
    ran = run_scrapy("crawl", "news", "-a", f"warc={out}", "-a", "source=gamma",
                     "-s", f"NEWS_DB={named}", *FAST)  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert {row["source"] for row in Database(named).query(sources)} == {"gamma"}


def _export_and_ingest(store: Path, into: Path, *settings: str) -> Path:
    """`export-warc` of ``store`` into a file beside it, ingested into ``into``; the file."""
    out = store.with_suffix(".warc.gz")
    exported = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={store}")
    assert exported.returncode == 0, exported.stderr[-3000:]
    ran = run_scrapy("crawl", "news", "-a", f"warc={out}", "-s", f"NEWS_DB={into}", *settings)
    assert ran.returncode == 0, ran.stderr[-3000:]
    return out
