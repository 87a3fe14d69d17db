"""`scrapy explain FILE`: one saved page crawled as usual, every block decision in the log."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.conftest import FAST, run_scrapy
from tests.support import faultserver as fs
from tests.support.quality_site import served_sources, source_pages, write_feed

ROOT = Path(__file__).resolve().parents[2]
PAGE = """<html><head><title>Tram line extended</title></head><body><article>
<h1>Tram line extended</h1>
<p>The council voted on Tuesday to extend the tram line to the harbour district, ending a debate
that had lasted for more than six years and divided the city's neighbourhoods.</p>
<p>Lesen Sie auch:</p><p>Another story about buses in the old town</p>
<p>Construction is expected to start next spring and to take two years, the mayor said, adding
that the budget had already been approved by the regional government.</p>
</article></body></html>"""


@pytest.mark.e2e
def test_explain_file_logs_decisions_and_leaves_no_database(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    default_db = ROOT / "news.db"
    existed = default_db.exists()
    run = _scrapy("explain", str(page), "-L", "INFO")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "dropped by cleaning (teaser): Lesen Sie auch:" in run.stderr
    assert "kept by result (kept): The council voted on Tuesday" in run.stderr
    assert "paywalled=False" in run.stderr
    # What the metadata resolver stored, and where it found it.
    assert "title='Tram line extended' published=None authors=[]" in run.stderr
    assert "from {'title': " in run.stderr
    # The crawl wrote into a temporary database, not the default one, and names no removed file.
    assert default_db.exists() == existed
    assert "its temporary database is removed" in run.stderr
    assert "look at it" not in run.stderr
    # Nor a run log inside the removed folder: the run's first line named it as for a crawl.
    assert "-explain-news.log" not in run.stderr
    assert "Run 1: explain news (its log is temporary too" in run.stderr


# The story's paragraphs, in a box classed as its body.
_BODY = """<div class="article-body"><p>The council voted on Tuesday to extend the tram line to the
harbour district, ending a debate that had lasted for more than six years and divided the city.</p>
<p>Construction is expected to start next spring and to take two years, the mayor said, adding
that the budget had already been approved by the regional government.</p></div>"""
# The standfirst in a <section> classed as the lead, after the picture, outside the body's box.
LEAD_PAGE = (
    """<html><head><title>New head of the port authority</title></head><body><article>
<header><h1>New head of the port authority</h1></header>
<div class="art-image"><img src="port.jpg" alt="The port"></div>
<section class="article-lead">The port authority has a new chief executive, an engineer from the
harbour towns. She starts work on Monday, after the board's vote.</section></article>
"""
    + _BODY
    + "</body></html>"
)


@pytest.mark.e2e
def test_explain_shows_the_standfirst_of_a_section_classed_as_the_lead(tmp_path: Path) -> None:
    stderr, stats = _explain_with_stats(tmp_path, LEAD_PAGE)
    assert (
        "kept by lead (standfirst: <section> classed as the lead): The port authority has a new"
        in stderr
    )
    # Counted in the run's stats, by the element the page set its standfirst in.
    assert stats["news/text/lead/class/section"] == 1


# A headline whose heading opens with its section's link, a sub-headline citing figures under it.
KICKER_PAGE = (
    """<html><head><title>Harbour ferry sinks at its mooring | The Harbour Times</title>
</head><body><article><header><h1><div><a href="/news/harbour/">Harbour | </a></div>
<span>Harbour ferry sinks at its mooring</span></h1>
<h2>The old ferry went down overnight, 3 weeks before its 50th season on the bay</h2></header>
"""
    + _BODY
    + "</article></body></html>"
)


@pytest.mark.e2e
def test_explain_shows_the_kicker_link_read_apart_from_the_headline(tmp_path: Path) -> None:
    stderr, stats = _explain_with_stats(tmp_path, KICKER_PAGE)
    assert "dropped by headline (kicker link): Harbour" in stderr
    assert "kept by result (kept): The old ferry went down overnight, 3 weeks" in stderr
    assert stats["news/text/headline/kicker_link"] == 1


@pytest.mark.e2e
def test_explain_gives_a_short_page_the_crawl_s_verdict(tmp_path: Path) -> None:
    """A page too short to be an article: a crawl drops it (too_short); explain stored it,
    "1 new" with its title, as it lowered NEWS_MIN_TEXT_CHARS to 0 for itself."""
    page = tmp_path / "short.html"
    page.write_text(
        "<html><head><title>Brief</title></head><body><article><h1>Brief</h1>"
        "<p>The council met on Tuesday and adjourned without a vote on the tram line.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    run = _scrapy("explain", str(page), "-L", "INFO")
    assert run.returncode == 0, run.stderr[-2000:]  # a drop is no failure, as in a crawl
    assert "kept by result (kept): The council met on Tuesday" in run.stderr
    assert "1 dropped (too_short 1)" in run.stderr, run.stderr[-2000:]
    assert "0 new" in run.stderr
    said = (
        "dropped, no article stored: too_short (its text is shorter than NEWS_MIN_TEXT_CHARS, 250)"
    )
    assert said in run.stderr


@pytest.mark.e2e
def test_explain_a_page_the_database_holds(tmp_path: Path) -> None:
    """Explaining a stored page left nothing to explain: skipped as stored, the run failed."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "kept.db"
    served = [sys.executable, "-m", "crawler.demo.server", str(tmp_path)]
    with subprocess.Popen(served, cwd=ROOT, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            url = f"{server.stdout.readline().strip()}/page.html"
            for _ in range(2):
                run = _scrapy("explain", url, "-s", f"NEWS_DB={db}", "-L", "INFO")
                assert run.returncode == 0, run.stderr[-2000:]
                assert "kept by result (kept): The council voted on Tuesday" in run.stderr
                # The rows are kept, and so is the run's log, beside the database.
                assert f"(log {tmp_path / 'logs'}" in run.stderr
        finally:
            server.terminate()


@pytest.mark.e2e
def test_explain_a_failing_page_keeps_nothing_pending() -> None:
    """A page that fails is recorded in the temporary database, removed as explain ends: the
    run said it was "kept pending", for a later run that never finds it."""
    with fs.fault_server() as srv:
        url = srv.route("/busy.html", fs.send(503, b"<html>busy</html>"))
        run = _scrapy("explain", url, "-s", "RETRY_TIMES=0", "-L", "INFO")
    assert run.returncode == 1, run.stderr[-2000:]
    assert "1 article of explain not finished; not kept: the temporary database" in run.stderr
    assert "kept pending" not in run.stderr
    assert "(-s NEWS_DB=FILE keeps them pending)" in run.stderr


@pytest.mark.e2e
def test_explain_a_failing_page_into_a_kept_database(tmp_path: Path) -> None:
    """With -s NEWS_DB the database stays, and so does the page's pending row."""
    db = tmp_path / "kept.db"
    with fs.fault_server() as srv:
        url = srv.route("/busy.html", fs.send(503, b"<html>busy</html>"))
        run = _scrapy("explain", url, "-s", f"NEWS_DB={db}", "-s", "RETRY_TIMES=0")
    assert run.returncode == 1, run.stderr[-2000:]
    assert "1 article of explain not finished; kept pending" in run.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select url from pending_articles").fetchall() == [(url,)]
    finally:
        conn.close()


def _explain_with_stats(tmp_path: Path, html: str) -> tuple[str, dict[str, object]]:
    """Explain ``html`` saved as a file, into a database kept in ``tmp_path``: the run's log
    and the stats it stored for its source."""
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    db = tmp_path / "kept.db"
    run = _scrapy("explain", str(page), "-s", f"NEWS_DB={db}", "-L", "INFO")
    assert run.returncode == 0, run.stderr[-2000:]
    conn = sqlite3.connect(db)
    try:
        (stats,) = conn.execute("select stats from run_sources").fetchone()
    finally:
        conn.close()
    return run.stderr, json.loads(stats)


def _scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# A block every page of the source "paper" sets in the same place; no built-in rule knows it.
TEMPLATE = "Die Gemeindezeitung Lindenau erscheint jeden Donnerstag im Verlag der Ortsgemeinschaft."
PAPER = """
[sources.paper]
feeds = ["{base}/paper.xml"]
languages = ["de"]
strip_patterns = ['^Lokalredaktion Lindenau · Telefon [0-9 ]+$']
"""
DESK = "Lokalredaktion Lindenau · Telefon 0341 555 0199"


@pytest.mark.e2e
def test_explain_a_stored_page_as_the_source_that_stored_it(tmp_path: Path) -> None:
    """A page the given database holds is explained as its source's crawl treats it, and its
    row stays that source's.

    Explained as the source "explain", the page was read without its source's learned
    template and strip patterns: explain said "kept" for blocks the crawl had dropped, and
    rewrote the row under source "explain" with those blocks in its text.
    """
    # The desk's line only on the page explained: no template, the strip pattern's alone.
    pages = [
        *source_pages("paper", "de", range(1, 6), end=(TEMPLATE,)),
        *source_pages("paper", "de", range(6, 7), end=(TEMPLATE,), middle=(DESK,)),
    ]
    db = tmp_path / "news.db"
    with served_sources(tmp_path, pages, PAPER, db) as (base, settings):
        learn = ("-s", "NEWS_LEARN_MIN_ARTICLES=3", *FAST)
        # The first three pages teach the template; the next ones are stored without it.
        for listed in (pages[:3], pages):
            write_feed(tmp_path / "site" / "paper.xml", base, listed)
            crawled = run_scrapy("crawl", "paper", *settings, *learn)
            assert crawled.returncode == 0, crawled.stderr[-3000:]
        url = f"{base}/{pages[-1].path}"
        query = "select source, text, language_expected from articles where url = ?"
        stored = Database(db).execute(query, [url]).fetchone()
        assert stored[0] == "paper" and TEMPLATE not in stored[1] and DESK not in stored[1]
        run = run_scrapy("explain", url, *settings, *learn)
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"dropped by templates (learned_block): {TEMPLATE}" in run.stderr
    assert f"dropped by cleaning (source_pattern): {DESK}" in run.stderr
    assert Database(db).execute(query, [url]).fetchone() == stored


@pytest.mark.e2e
def test_explain_into_a_store_that_is_no_database_fails_in_one_line(tmp_path: Path) -> None:
    """The look for the page's stored row reads the store before the crawl opens it: a file
    that is no database must end the run as the crawl's own opening does, not in a
    traceback."""
    db = tmp_path / "news.db"
    db.write_text("no database, only text\n" * 40, encoding="utf-8")
    run = _scrapy("explain", "http://127.0.0.1:9/page.html", "-s", f"NEWS_DB={db}")
    assert run.returncode == 1, run.stderr[-2000:]
    assert f"cannot open the database {db}: file is not a database" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.e2e
def test_explain_a_page_the_extraction_cannot_finish_fails(tmp_path: Path) -> None:
    """A page whose analysis timed out left explain nothing to show: the run said "explain:
    ok" and exited 0 with no decision logged, as if the page had been explained."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    # A time limit no page can meet: the worker is killed on the page.
    run = _scrapy("explain", str(page), "-s", "NEWS_EXTRACT_TIMEOUT=0.001", "-L", "INFO")
    assert run.returncode == 1, run.stderr[-2000:]
    assert "kept by result" not in run.stderr
    assert "page.html: not analysed (timeout), so no decision to show" in run.stderr
    assert "explain: failed" in run.stderr


@pytest.mark.e2e
def test_explain_of_a_walled_page_says_what_is_stored(tmp_path: Path) -> None:
    """A page that declares its wall and ends on the wall's text: explain's log drops the
    wall's line and says paywalled=True, and the row stored for it holds the text without
    the line, flagged paywalled."""
    wall = "To view the full story, please subscribe."
    declared = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "isAccessibleForFree": false}</script></head>'
    )
    html = PAGE.replace("</head>", declared).replace("</article>", f"<p>{wall}</p></article>")
    stderr, stats = _explain_with_stats(tmp_path, html)
    assert f"dropped by cleaning (paywall): {wall}" in stderr
    assert "paywalled=True" in stderr
    assert stats["news/text/paywall/paywalled"] == 1
    (text, paywalled) = (
        Database(tmp_path / "kept.db").execute("select text, paywalled from articles").fetchone()
    )
    assert paywalled == 1 and wall not in text and "The council voted on Tuesday" in text


@pytest.mark.e2e
def test_explain_a_stored_page_fetches_that_page_alone(tmp_path: Path) -> None:
    """Explained as the source that stored it, a page must not bring that source's pending
    articles along: explaining one page fetched and stored every article the source's
    earlier runs had left unfinished, and logged their decisions among the page's."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        srv.route("/a/1", fs.send(body=fs.article_html("eins").encode()))
        srv.route("/a/2", fs.send(503, b"<html>busy</html>"))
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, ["/a/1", "/a/2"])))
        crawl = ("-a", f"feed={srv.url('/feed.xml')}", "-a", "source=town")
        first = run_scrapy("crawl", "news", *crawl, "-s", f"NEWS_DB={db}", "-s", "RETRY_TIMES=0")
        assert first.returncode == 0, first.stderr[-3000:]
        pending = Database(db).execute("select url from pending_articles").fetchall()
        assert pending == [(srv.url("/a/2"),)]
        settings = ("-s", f"NEWS_DB={db}", "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")
        run = _scrapy("explain", srv.url("/a/1"), *settings, "-L", "INFO")
        assert run.returncode == 0, run.stderr[-3000:]
        assert srv.hits["/a/2"] == 1, run.stderr[-3000:]
    assert "kept by result (kept): Eins:" in run.stderr
