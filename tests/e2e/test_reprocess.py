"""`scrapy reprocess`: stored pages through the same pipelines, without network."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.runs.outcome import EXIT_PARTIAL
from crawler.storage.database import open_database, write_transaction
from tests.conftest import FAST, ROOT, Crawl, Site, run_scrapy
from tests.support.quality_site import served_sources, source_pages, write_feed

VOLATILE = {"updated_at"}


def _rows(db: Database) -> dict[str, dict]:
    return {
        r["url"]: {k: v for k, v in r.items() if k not in VOLATILE}
        for r in db.query("select * from articles")
    }


def test_reprocess_reproduces_the_rows_offline(site: Site, crawl: Crawl, tmp_path: Path) -> None:
    run, db = crawl(*site.listing_crawl("-a", "source=fixture"))
    assert run.returncode == 0, run.stderr[-3000:]
    before = _rows(db)
    assert len(before) == 6
    # (looked up by prefix: tracking parameters are canonicalized by crawler/urls.py)
    heise = next(url for url in before if url.startswith(site.url("articles/heise.html")))
    with db.conn:
        db.execute("update articles set text = 'damaged', title = NULL, published = NULL")
    site.requests.clear()
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert site.requests == []  # no network
    after = _rows(db)
    assert after == before
    assert after[heise]["published"] == "2019-06-20T07:15:00+00:00"  # the feed's date, kept
    assert "'news/store/updated': 6" in again.stderr  # every row was damaged
    (row,) = db.query("select * from runs where command = 'reprocess'")
    assert row["exit_code"] == 0
    unknown = run_scrapy("reprocess", "nosuch", "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert unknown.returncode == 2 and "nosuch" in unknown.stderr


def test_reprocess_counts_the_rows_it_leaves_as_they_were(
    site: Site, crawl: Crawl, tmp_path: Path
) -> None:
    """A reprocess that reads a page to the row stored says so: "unchanged", not "updated",
    and of the rows it updated, which fields moved.

    Every row read again was counted updated, changed or not, so a reprocess after a rule
    change could not tell how many rows the rule moved. The languages an ad-hoc run expected
    (``-a languages=``, which no configuration keeps) stay the rows' verdicts: judged against
    none, every row's language_expected became NULL, counted updated. "2 updated" alone did
    not say which fields the rules had moved in them.
    """
    run, db = crawl(*site.listing_crawl("-a", "source=fixture", "-a", "languages=de,en,fr"))
    assert run.returncode == 0, run.stderr[-3000:]
    assert [r["language_expected"] for r in db.query("select * from articles")] == [1] * 6
    urls = sorted(_rows(db))
    with db.conn:
        db.execute("update articles set text = 'damaged' where url in (?, ?)", urls[:2])
        db.execute("update articles set title = 'damaged' where url = ?", urls[:1])
    written = {r["url"]: r["updated_at"] for r in db.query("select url, updated_at from articles")}
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    # Which fields the rows moved, not only how many rows: the text of two, the title of one.
    assert (
        "fixture: ok; 6 stored pages read, 0 new, 2 updated (text 2, title 1), 4 unchanged,"
        in again.stderr
    )
    (row,) = db.query("select * from run_sources where run_id = 2")
    assert (row["articles_updated"], row["articles_unchanged"]) == (2, 4)
    now = {r["url"]: r["updated_at"] for r in db.query("select url, updated_at from articles")}
    assert [url for url in urls if now[url] != written[url]] == urls[:2]
    assert "damaged" not in {r["text"] for r in db.query("select text from articles")}
    assert {r["language_expected"] for r in db.query("select * from articles")} == {1}

    third = run_scrapy("reprocess", "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST)
    assert third.returncode == 0, third.stderr[-3000:]
    assert "fixture: ok; 6 stored pages read, 0 new, 0 updated, 6 unchanged," in third.stderr
    table = run_scrapy("runs", "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert "same counts too the rows a reprocess read to what was stored" in table.stdout


# A block both sources of one host set in the same place of their pages; no built-in rule knows it.
TEMPLATE = "Die Gemeindezeitung Lindenau erscheint jeden Donnerstag im Verlag der Ortsgemeinschaft."
TWO_SOURCES = """
[sources.paper]
feeds = ["{base}/paper.xml"]

[sources.wire]
feeds = ["{base}/wire.xml"]
"""


@pytest.mark.long
def test_reprocess_removes_a_learned_template_from_its_own_source_only(
    store_url: str, tmp_path: Path
) -> None:
    """Two sources of one host print the same block in the same place; "paper" learns it
    from its first three articles, "wire" (two articles) does not. Reprocessing the store
    takes it out of the rows "paper" stored before it learned it, leaves the rows stored
    after learning as they were (what a crawl stores once the template is learned), and never
    applies it to "wire"; its hits are counted under the crawl's name. On SQLite and
    PostgreSQL."""
    pages = {
        "paper": source_pages("paper", "de", range(1, 7), end=(TEMPLATE,)),
        "wire": source_pages("wire", "de", range(7, 9), end=(TEMPLATE,)),
    }
    db = store_url
    with served_sources(tmp_path, [*pages["paper"], *pages["wire"]], TWO_SOURCES, db) as (
        base,
        settings,
    ):
        learn = ("-s", "NEWS_LEARN_MIN_ARTICLES=3", *FAST)
        for name, listed in (
            ("paper", pages["paper"][:3]),
            ("paper", pages["paper"]),
            ("wire", pages["wire"]),
        ):
            write_feed(tmp_path / "site" / f"{name}.xml", base, listed)
            crawled = run_scrapy("crawl", name, *settings, *learn)
            assert crawled.returncode == 0, crawled.stderr[-3000:]

    def templated() -> dict[str, list[bool]]:
        store = open_database(db)
        try:
            rows = store.query("select source, url, text from articles order by url")
            found: dict[str, list[bool]] = {}
            for row in rows:
                found.setdefault(row["source"], []).append(TEMPLATE in row["text"].splitlines())
            return found
        finally:
            store.close()

    def stored_rows() -> dict[str, dict]:
        store = open_database(db)
        try:
            return _rows(store)
        finally:
            store.close()

    assert templated() == {"paper": [True] * 3 + [False] * 3, "wire": [True, True]}
    stored = stored_rows()
    again = run_scrapy("reprocess", *settings, *learn)
    assert again.returncode == 0, again.stderr[-3000:]
    assert templated() == {"paper": [False] * 6, "wire": [True, True]}
    moved = re.search(
        r"paper: ok; 6 stored pages read, 0 new, 3 updated \((.*?)\), 3 unchanged,", again.stderr
    )
    assert moved, again.stderr[-3000:]
    assert "text 3" in moved[1].split(", ")  # the template was in the text of three
    assert "wire: ok; 2 stored pages read, 0 new, 0 updated, 2 unchanged," in again.stderr
    after = stored_rows()
    for page in pages["paper"][3:] + pages["wire"]:
        url = f"{base}/{page.path}"
        assert after[url] == stored[url], url
    hits = re.findall(r"'news/text/templates/learned_block': (\d+)", again.stderr)
    assert hits == ["6"]  # paper's six pages; wire's run counts none


@pytest.mark.long
def test_a_source_another_run_is_crawling_is_a_failure_of_the_reprocess(
    site: Site, store_url: str
) -> None:
    """`scrapy reprocess` beside a manual crawl of one of its sources leaves that source to
    the crawl (its lock) and reprocesses the others; the source it left is failed, named in
    the summary and in `scrapy runs`, and the run exits 3 so the user reprocesses it later.

    It said "skipped" in one line among the log's, recorded a run without that source and
    exited 0: a reprocess after a rule change looked done while one source's rows still held
    the old rules' text.
    """
    db = store_url
    seeded = run_scrapy(
        "crawl", *site.listing_crawl("-a", "source=alpha"), "-s", f"NEWS_DB={db}", *FAST
    )
    assert seeded.returncode == 0, seeded.stderr[-3000:]
    store = open_database(db)
    try:
        with write_transaction(store):
            moved = store.execute(
                "update articles set source = 'beta' where url in"
                " (select url from articles order by url limit 2)"
            ).rowcount
    finally:
        store.close()
    assert moved == 2
    # The holder's feed answers only once the reprocess has ended, so it holds alpha's lock
    # all through the reprocess.
    release = threading.Event()
    asked = site.paths().count("/rss.xml")

    def held_feed(count: int) -> None:
        release.wait(90)  # then None: the server sends the feed file

    site.routes["/rss.xml"] = held_feed
    holder_args = ["news", "-a", f"feed={site.url('rss.xml')}", "-a", "source=alpha"]
    holder = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", *holder_args, "-s", f"NEWS_DB={db}", *FAST],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while site.paths().count("/rss.xml") == asked and time.monotonic() < deadline:
            time.sleep(0.05)
        assert site.paths().count("/rss.xml") > asked  # the holder has its locks
        again = run_scrapy("reprocess", "-s", f"NEWS_DB={db}", *FAST)
        assert not release.is_set() and holder.poll() is None
    finally:
        release.set()
        _, holder_err = holder.communicate(timeout=90)
    assert holder.returncode == 0, holder_err[-3000:]
    assert again.returncode == EXIT_PARTIAL, again.stderr[-3000:]
    assert "beta: ok; 2 stored pages read" in again.stderr
    assert "alpha: failed (not reprocessed: another run is crawling it (" in again.stderr
    store = open_database(db)
    try:
        (run,) = store.query("select * from runs where command = 'reprocess'")
        rows = {
            r["source"]: r
            for r in store.query("select * from run_sources where run_id = ?", [run["id"]])
        }
    finally:
        store.close()
    assert run["exit_code"] == EXIT_PARTIAL
    assert sorted(json.loads(run["sources"])) == ["alpha", "beta"]
    assert rows["beta"]["outcome"] == "ok"
    assert rows["alpha"]["outcome"] == "failed"
    assert rows["alpha"]["failure"].startswith("not reprocessed: another run is crawling it (")
