"""Crashes, signals and two writers: the database stays whole and nothing is lost or doubled."""

from __future__ import annotations

import contextlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.runs.outcome import EXIT_STOPPED
from crawler.storage.database import open_database
from tests.conftest import ROOT, run_scrapy, scrapy_env
from tests.support import faultserver as fs
from tests.support import hold_items, killpoint, lock_wait, signal_at_open
from tests.support.harness import (
    QUICK,
    CrawlResult,
    article_routes,
    check_consistent,
    crawl_command,
    finish,
    finish_reason,
    read_number,
    run_crawl,
    start_command,
    start_crawl,
    write_sources,
)
from tests.support.warcfiles import WarcFile, page, response, warcinfo

N = 60
# Paced: four downloads at a time, small batches, so several transactions have committed
# when a run is hit mid-way.
PACED = (
    "-s",
    "CONCURRENT_REQUESTS=4",
    "-s",
    "NEWS_DB_BATCH_SIZE=5",
    "-s",
    "NEWS_DB_FLUSH_SECONDS=0.2",
)
# A run whose later pages are held (fs.hold_after) until the test has stopped or killed it:
# a held page is not given up (QUICK's 2 s timeout) while a loaded machine is slow to get there.
HELD = ("-s", "DOWNLOAD_TIMEOUT=300")


def _feed(srv: fs.FaultServer, paths: list[str], name: str = "/feed.xml") -> str:
    srv.route(name, fs.send(body=fs.rss(srv.base, paths), content_type="application/rss+xml"))
    return srv.url(name)


def _count(db: Path) -> int:
    return read_number(db, "select count(*) from articles")


def _watermark(db: Path) -> int:
    """How far the store says the WARC ingestion got (0 before its first checkpoint)."""
    return read_number(db, "select coalesce(max(offset), 0) from warc_files")


def _wait_for(check: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the crawl never got there")
        time.sleep(0.05)


def _kill_9_once(proc: subprocess.Popen[bytes], ready: Callable[[], bool]) -> None:
    """SIGKILL the crawl once ``ready``: no handler, no flush, writes possibly in flight; its
    orphaned extraction workers are ours to end."""
    try:
        _wait_for(ready)
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.kill()
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    for child in workers:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    assert proc.returncode == -signal.SIGKILL


def test_kill_9_mid_crawl_then_rerun_completes_without_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = article_routes(srv, N)
        # Fifteen answered, the rest held until the kill: it lands mid-crawl however fast the
        # crawl (a 0.2 s delay per page left that to luck).
        fs.hold_after(srv, paths, 15, release)
        args: tuple[str, ...] = ("-a", f"feed={_feed(srv, paths)}", *PACED, *HELD)
        proc = start_crawl(db, *args, log=tmp_path / "killed.log")
        try:
            _kill_9_once(proc, lambda: _count(db) >= 10)
        finally:
            release.set()
        committed = check_consistent(db)
        assert 10 <= committed < N

        rerun = run_crawl(db, *args)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert check_consistent(db) == N
        # The committed articles are known: not fetched again, not doubled; the rest are new.
        assert rerun.stat("news/store/updated") == 0
        assert rerun.stat("news/store/new") == N - committed
        assert rerun.stat("news/incremental/skip_stored") == committed


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_stops_gracefully_and_flushes_the_last_batch(
    tmp_path: Path, sig: signal.Signals
) -> None:
    db = tmp_path / "news.db"
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = article_routes(srv, N)
        # Twelve answered, the rest held until the stop, which waits for those in flight.
        fs.hold_after(srv, paths, 12, release)
        # Nothing is committed before the stop: whatever is stored was flushed by close_spider.
        args: tuple[str, ...] = ("-a", f"feed={_feed(srv, paths)}", *PACED, *HELD)
        args += ("-s", "NEWS_DB_BATCH_SIZE=1000", "-s", "NEWS_DB_FLUSH_SECONDS=600")
        # Scrapy logs "Scraped from" (at DEBUG) for an item every pipeline has taken: the
        # store's pending batch holds it. A fixed second after 12 requests hoped for that.
        args += ("-s", "LOG_LEVEL=DEBUG")
        log = tmp_path / "stopped.log"
        started = time.monotonic()
        proc = start_crawl(db, *args, log=log)
        try:
            _wait_for(lambda: "Scraped from <200 " in log.read_text(errors="replace"))
            assert _count(db) == 0
            proc.send_signal(sig)
        finally:
            release.set()
        result = finish(proc, log, started)
    assert finish_reason(result) == "shutdown"
    # Stopped before the end: flushed and recorded, and the operator told how to go on.
    assert result.returncode == EXIT_STOPPED, result.stderr[-3000:]
    assert "run the same command again to continue" in result.stderr
    stored = check_consistent(db)
    assert 0 < stored < N
    assert stored == result.stat("item_scraped_count") == result.stat("news/store/new")


def _stopped_before_fetching_then_rerun(
    stopped: CrawlResult, srv: fs.FaultServer, paths: list[str], db: Path, feed: tuple[str, ...]
) -> None:
    """A run stopped before it fetched an article says so in its line, exit 130; the rerun
    stores every article once."""
    assert "Traceback" not in stopped.stderr, stopped.stderr[-3000:]
    assert stopped.returncode == EXIT_STOPPED, stopped.stderr[-3000:]
    assert "run the same command again to continue" in stopped.stderr
    assert not any(srv.hits[p] for p in paths)
    rerun = run_crawl(db, *feed)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert check_consistent(db) == len(paths)


def test_sigterm_while_the_crawl_opens_stops_with_130(tmp_path: Path) -> None:
    """A SIGTERM (a cron timeout, a systemd stop) that lands while the crawl opens, before its
    engine runs: Scrapy's stop finds nothing to stop and the crawl never closes. The run said
    'exit 1 (run failed)' and nothing of going on; it was stopped, and the rerun continues."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3)
        feed = ("-a", f"feed={_feed(srv, paths)}")
        stopped = run_crawl(db, *feed, *signal_at_open.settings_args())
        _stopped_before_fetching_then_rerun(stopped, srv, paths, db, feed)


def _has_open(proc: subprocess.Popen[bytes], path: Path) -> bool:
    """Whether ``proc`` has the file ``path`` open."""
    return any(Path(f.path) == path.resolve() for f in psutil.Process(proc.pid).open_files())


def test_ctrl_c_while_the_store_opens_stops_with_the_one_line_and_130(tmp_path: Path) -> None:
    """A Ctrl-C in the first seconds, before Scrapy's signal handlers are set: here while the
    run waits for a store another writer holds. It was Python's KeyboardInterrupt traceback
    (status -2) and a run row left open; it is the stop a Ctrl-C a moment later gets, and the
    rerun does the work."""
    db = tmp_path / "news.db"
    open_database(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3)
        feed = ("-a", f"feed={_feed(srv, paths)}")
        log = tmp_path / "crawl.log"
        started = time.monotonic()
        proc = start_crawl(db, *feed, "-s", "NEWS_DB_BUSY_TIMEOUT_MS=60000", log=log)
        try:
            # The run's log file is made just before the run opens the store to record itself:
            # the store open in the run after that is the open that waits for the holder (half
            # a second after the log file hoped for it).
            _wait_for(lambda: any((tmp_path / "logs").glob("*.log")))
            _wait_for(lambda: _has_open(proc, db))
            # Pending in the run once sent, and handled before the run can go on: the store
            # it waits for is let go only below.
            proc.send_signal(signal.SIGINT)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        _stopped_before_fetching_then_rerun(finish(proc, log, started), srv, paths, db, feed)
    conn = sqlite3.connect(db)
    try:
        runs = conn.execute("select exit_code from runs order by id").fetchall()
    finally:
        conn.close()
    assert runs == [(EXIT_STOPPED,), (0,)]


def test_ctrl_c_before_crawlall_s_next_source_started_stops_with_130(tmp_path: Path) -> None:
    """Reading the stats of a source the stop kept from starting raised Scrapy's RuntimeError
    ("Crawler.stats is not set yet"): a traceback, exit 1, no summary and the run's row left
    open, where the README promises "stopped: …" and exit 130."""
    db = tmp_path / "news.db"
    release = threading.Event()
    with fs.fault_server() as srv:
        first = article_routes(srv, N, prefix="/one")
        # The first source's pages after the eighth held until the Ctrl-C: it lands while
        # that source crawls however fast it goes (a 0.2 s delay per page left it to luck).
        fs.hold_after(srv, first, 8, release)
        second = article_routes(srv, 3, prefix="/two")
        sources = write_sources(
            tmp_path / "sources.toml",
            {
                "one": ("feeds", _feed(srv, first, "/one.xml")),
                "two": ("feeds", _feed(srv, second, "/two.xml")),
            },
        )
        log = tmp_path / "crawlall.log"
        command = [sys.executable, "-m", "scrapy", "crawlall", *QUICK, *PACED[:2], *HELD]
        command += ["-s", f"NEWS_DB={db}", "-s", f"NEWS_SOURCES={sources}"]
        # One host: the sources run one after the other, so the second waits for the first.
        command += ["-s", "NEWS_TERMINAL_DUMPS=True"]
        started = time.monotonic()
        proc = start_command(command, log=log)
        try:
            _wait_for(lambda: sum(srv.hits[p] for p in first) >= 8)
            proc.send_signal(signal.SIGINT)
        finally:
            release.set()
        result = finish(proc, log, started)
        assert srv.hits["/two.xml"] == 0  # the second source never started
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == EXIT_STOPPED, result.stderr[-3000:]
    assert "run the same command again to continue" in result.stderr
    conn = sqlite3.connect(db)
    try:
        run = conn.execute("select exit_code, finished_at is not null from runs").fetchall()
        rows = dict(conn.execute("select source, outcome from run_sources").fetchall())
    finally:
        conn.close()
    assert run == [(EXIT_STOPPED, 1)]
    assert rows == {"one": "failed", "two": "failed"}


def test_two_writers_on_one_database_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    release = threading.Event()
    with fs.fault_server() as srv:
        a = article_routes(srv, 30, prefix="/a", delay=0.05)
        b = article_routes(srv, 30, prefix="/b", delay=0.05)
        # The manual run repeats a third of the cron run's articles.
        feed_a, feed_b = _feed(srv, a, "/a.xml"), _feed(srv, b + a[:10], "/b.xml")
        # Most articles wait until the third writer holds the lock, so that both crawls have
        # rows to write while it does (the manual run takes at most 10 of /a's first 15).
        fs.hold_after(srv, a, 15, release)
        fs.hold_after(srv, b, 5, release)
        contended = ("-s", "NEWS_DB_BATCH_SIZE=2", "-s", "NEWS_DB_FLUSH_SECONDS=0.1", *HELD)
        started = time.monotonic()
        procs = [
            (
                start_crawl(
                    db,
                    "-a",
                    f"feed={feed}",
                    "-a",
                    f"source={n}",
                    *contended,
                    log=tmp_path / f"{n}.log",
                ),
                n,
            )
            for n, feed in (("cron", feed_a), ("manual", feed_b))
        ]
        # Once both crawls store articles, a third writer takes the write lock and holds it
        # until both wait for it (asleep in SQLite's busy handler) with their held articles,
        # however long each crawl takes to get there.
        _wait_for(lambda: read_number(db, "select count(distinct source) from articles") == 2)
        holder = sqlite3.connect(db, timeout=30, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            release.set()
            _wait_for(lambda: all(lock_wait.waiting_for_lock(p.pid) for p, _ in procs))
        finally:
            holder.execute("COMMIT")
            holder.close()
        results = [finish(p, tmp_path / f"{n}.log", started) for p, n in procs]
    for result in results:
        assert result.returncode == 0, result.stderr[-3000:]
        assert "database is locked" not in result.stderr
        assert result.stat("news/store/failed") == 0
    assert check_consistent(db) == 60
    # Each of the 70 article requests (the shared ten twice) was either written, found
    # unchanged (both runs fetched it; the later fetch only records its check), found older
    # (both fetched it, and the later fetch was committed first: the earlier one writes
    # nothing), or skipped because the other run had already committed it: nothing fell
    # between the two.
    handled = sum(
        r.stat("news/store/new")
        + r.stat("news/store/updated")
        + r.stat("news/store/unchanged")
        + r.stat("news/store/older")
        + r.stat("news/incremental/skip_stored")
        for r in results
    )
    assert handled == 70


def _archive(path: Path, count: int) -> Path:
    """A WARC of ``count`` distinct English stories (seeded words, so no two are copies)."""
    rng = random.Random(7)
    words = ("council", "budget", "school", "road", "park", "river", "mayor", "vote", "street")
    w = WarcFile()
    w.add(warcinfo())
    for i in range(count):
        text = " ".join(rng.choice(words) for _ in range(120))
        w.add(response(f"https://en.example/story-{i}", page(f"Story {i}", [f"{i}. {text}."])))
    return w.write(path)


def test_ctrl_c_during_warc_ingestion_stops_and_the_rerun_finishes(tmp_path: Path) -> None:
    """Ctrl-C while archive records were in the item pipelines: Scrapy closed the spider only
    when a response finished, never an item of start(), so the run said 'Closing spider
    (shutdown)' and then hung, its progress line repeating, until a second Ctrl-C."""
    db = tmp_path / "news.db"
    count = 150
    warc = _archive(tmp_path / "news.warc.gz", count)
    args: tuple[str, ...] = ("-a", f"warc={warc}", "-s", "NEWS_WORKERS=1")
    args += (
        "-s",
        "NEWS_WARC_IN_FLIGHT=4",
        "-s",
        "NEWS_DB_BATCH_SIZE=5",
        "-s",
        "NEWS_DB_FLUSH_SECONDS=0.2",
    )
    log = tmp_path / "stopped.log"
    # Twenty records on to the store, the later ones held until the Ctrl-C: it lands mid-file
    # however fast the ingestion (the other 140 records could once be read before it).
    release = tmp_path / "release"
    held = hold_items.settings_args(20, release)
    started = time.monotonic()
    proc = start_crawl(db, *args, *held, log=log)
    try:
        _wait_for(lambda: _count(db) >= 10)
        proc.send_signal(signal.SIGINT)
    finally:
        release.touch()
    stopped = finish(proc, log, started, timeout=time.monotonic() - started + 45)
    assert stopped.returncode == EXIT_STOPPED, stopped.stderr[-3000:]
    assert "Traceback" not in stopped.stderr
    assert "run the same command again to continue" in stopped.stderr
    kept = check_consistent(db)
    assert 10 <= kept < count

    rerun = run_crawl(db, *args)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert check_consistent(db) == count
    assert rerun.stat("news/store/new") == count - kept


def test_kill_9_during_warc_ingestion_then_rerun_finishes_without_duplicates(
    tmp_path: Path,
) -> None:
    """A SIGKILL while records were in the pipelines and their rows in an open batch: the
    rerun resumes at the saved watermark, stores the rest once, finds the records read again
    below the kill stored (unchanged, not doubled, no version), and a third run adds nothing.
    (A guard: it held before.)"""
    db = tmp_path / "news.db"
    count = 150
    warc = _archive(tmp_path / "news.warc.gz", count)
    args: tuple[str, ...] = ("-a", f"warc={warc}", "-s", "NEWS_WORKERS=1")
    args += ("-s", "NEWS_DB_BATCH_SIZE=5", "-s", "NEWS_WARC_CHECKPOINT_SECONDS=0.2")
    # Killed once a watermark is saved: a crawl that starts fast stored 20 rows before its first
    # checkpoint, and its rerun read the file from the start (right, but not what this tests).
    # Forty records on to the store, the later ones held: the kill lands mid-file however
    # fast the ingestion (the other 130 records could once be read before it).
    held = hold_items.settings_args(40, tmp_path / "never")
    killed = start_crawl(db, *args, *held, log=tmp_path / "killed.log")
    _kill_9_once(killed, lambda: _count(db) >= 20 and _watermark(db) > 0)
    kept = check_consistent(db)
    assert 20 <= kept < count

    rerun = run_crawl(db, *args)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert rerun.stat("news/warc/files/resumed") == 1
    assert check_consistent(db) == count
    assert rerun.stat("news/store/new") == count - kept
    assert rerun.stat("news/store/updated") == 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select count(*) from article_versions").fetchone()[0] == 0
        assert conn.execute("select done from warc_files").fetchall() == [(1,)]
    finally:
        conn.close()
    again = run_crawl(db, *args)
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stat("news/warc/files/already_done") == 1
    assert again.stat("news/store/new") == 0 and check_consistent(db) == count


def test_kill_9_while_a_template_is_learned_then_rerun_counts_each_article_once(
    tmp_path: Path,
) -> None:
    """A crawl killed while it learns its source's template, then run again: the counts the
    template is learned from stay those of the committed articles (each counted once, in the
    transaction that stored it), so the rerun learns from every article once and the rows it
    stores leave the template out."""
    template = "Die Gemeindezeitung Lindenau erscheint jeden Donnerstag im Verlag der Gemeinde."
    db = tmp_path / "news.db"
    learn = ("-s", "NEWS_LEARN_MIN_ARTICLES=5", "-s", "NEWS_LEARN_REFRESH_SECONDS=0")
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = []
        for i in range(N):
            html = fs.article_html(f"t {i}", paragraphs=[*fs.article_text(f"t {i}"), template])
            srv.route(f"/t/{i}", fs.send(body=html.encode()))
            paths.append(f"/t/{i}")
        # Fifteen answered, the rest held until the kill, which lands mid-crawl.
        fs.hold_after(srv, paths, 15, release)
        args: tuple[str, ...] = ("-a", f"feed={_feed(srv, paths)}", "-a", "source=town")
        args += (*PACED, *HELD, *learn)
        proc = start_crawl(db, *args, log=tmp_path / "killed.log")
        try:
            _kill_9_once(proc, lambda: _count(db) >= 10)
        finally:
            release.set()
        committed = check_consistent(db)
        assert 10 <= committed < N
        assert _template_counts(db, template) == (committed, {committed})

        rerun = run_crawl(db, *args)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert check_consistent(db) == N
    assert _template_counts(db, template) == (N, {N})
    conn = sqlite3.connect(db)
    try:
        kept = conn.execute("select count(*) from articles where instr(text, ?)", [template])
        templated = kept.fetchone()[0]
    finally:
        conn.close()
    # Learned from the first five committed articles: the rerun's rows leave it out.
    assert templated <= committed
    assert rerun.stat("news/text/templates/learned_block") + rerun.stat("news/clean/learned") > 0


def _template_counts(db: Path, sample: str) -> tuple[int, set[int]]:
    """The articles the source's counts were taken from, and the counts of the keys (its
    line's and its block's) whose sample is ``sample``."""
    conn = sqlite3.connect(db)
    try:
        (articles,) = conn.execute("select articles from source_line_totals").fetchone()
        counts = {
            c for (c,) in conn.execute("select count from line_stats where sample = ?", [sample])
        }
        return articles, counts
    finally:
        conn.close()


def _pending_rows(db: Path) -> int:
    return read_number(db, "select count(*) from pending_articles")


def test_kill_9_then_a_listing_that_moved_on_still_finishes_the_killed_run_s_articles(
    tmp_path: Path,
) -> None:
    """A SIGKILL mid-crawl, and by the rerun the feed lists other articles (a busy feed moves
    on): the articles the killed run had listed but not stored are kept pending as it goes,
    so the rerun asks for them whatever the feed says now. They were recorded pending only
    when the crawl closed, which a kill -9 never reaches: the rerun read the new feed alone
    and the killed run's unfinished articles were lost."""
    db = tmp_path / "news.db"
    pace = (*PACED, *HELD, "-s", "NEWS_PENDING_CHECKPOINT_SECONDS=0.1")
    release = threading.Event()
    with fs.fault_server() as srv:
        old = article_routes(srv, 20, prefix="/old")
        # Eight answered, the rest held until the kill, which lands mid-crawl.
        fs.hold_after(srv, old, 8, release)
        new = article_routes(srv, 5, prefix="/new")
        feed = _feed(srv, old)
        proc = start_crawl(db, "-a", f"feed={feed}", *pace, log=tmp_path / "killed.log")
        try:
            _kill_9_once(proc, lambda: _count(db) >= 5 and _pending_rows(db) > 0)
        finally:
            release.set()
        committed = check_consistent(db)
        assert 5 <= committed < len(old)
        _feed(srv, new)  # the feed now names only newer articles

        rerun = run_crawl(db, "-a", f"feed={feed}", *pace)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert all(srv.hits[p] >= 1 for p in old)
    assert check_consistent(db) == len(old) + len(new)
    assert rerun.stat("news/store/new") == len(old) + len(new) - committed
    assert _pending_rows(db) == 0


def _index_of_parts(srv: fs.FaultServer, paths: list[list[str]]) -> None:
    """/index.xml naming /part/N.xml, the sitemap of the N-th list of ``paths``."""
    for n, part in enumerate(paths):
        srv.route(f"/part/{n}.xml", fs.send(body=fs.urlset(srv.base, part)))
    locs = "".join(
        f"<sitemap><loc>{srv.url(f'/part/{n}.xml')}</loc></sitemap>" for n in range(len(paths))
    )
    index = (
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
    )
    srv.route("/index.xml", fs.send(body=index.encode()))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_run_stopped_while_an_index_is_read_over_runs_loses_no_sitemap(
    tmp_path: Path, sig: signal.Signals
) -> None:
    """An index of more sitemaps than NEWS_SITEMAP_MAX_COUNT, its first run stopped while the
    articles of its first sitemaps are fetched: a stop keeps those sitemaps read (their
    unfinished articles pending), a kill before any checkpoint keeps nothing and they are
    read again; either way
    the next runs read every sitemap, and every article is stored once."""
    db = tmp_path / "news.db"
    parts, per_part = 4, 20
    # The second sitemap's articles are held until the stop, so that it lands mid-way however
    # slowly a loaded machine lets the test see the first ones stored (with a 0.2 s delay
    # only, all 40 were once stored before the stop).
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = [article_routes(srv, per_part, prefix=f"/p{n}", delay=0.2) for n in range(parts)]
        for path in paths[1]:
            srv.route(path, fs.held(release, srv.routes[path]))
        _index_of_parts(srv, paths)
        # The index and two of its sitemaps per run.
        args = ("-a", f"sitemap={srv.url('/index.xml')}", "-s", "NEWS_SITEMAP_MAX_COUNT=3", *PACED)
        log = tmp_path / "stopped.log"
        started = time.monotonic()
        if sig == signal.SIGKILL:
            # No checkpoint: the kill lands before any sitemap is kept read, whenever it lands
            # (test_a_run_killed_after_sitemaps_were_kept_read_does_not_read_them_again has one).
            proc = start_crawl(db, *args, "-s", "NEWS_PENDING_CHECKPOINT_SECONDS=0", log=log)
            try:
                _kill_9_once(proc, lambda: _count(db) >= 5)
            finally:
                release.set()
        else:
            proc = start_crawl(db, *args, log=log)
            try:
                _wait_for(lambda: _count(db) >= 5)
                proc.send_signal(sig)
            finally:
                release.set()
            stopped = finish(proc, log, started)
            assert stopped.returncode == EXIT_STOPPED, stopped.stderr[-3000:]
        assert 0 < check_consistent(db) < 2 * per_part
        assert not any(srv.hits[f"/part/{n}.xml"] for n in (2, 3))
        read_before = {n: srv.hits[f"/part/{n}.xml"] for n in range(parts)}
        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        again = [n for n in range(parts) if srv.hits[f"/part/{n}.xml"] > read_before[n]]
        updated = second.stat("news/store/updated")
        if sig == signal.SIGKILL:
            # Nothing was kept: the same two are read again, the other two wait a run.
            assert again == [0, 1]
            third = run_crawl(db, *args)
            assert third.returncode == 0, third.stderr[-3000:]
            updated += third.stat("news/store/updated")
        else:
            # Kept read at the stop: the other two now; the stopped articles were pending.
            assert again == [2, 3]
        assert all(srv.hits[f"/part/{n}.xml"] for n in range(parts))
        assert check_consistent(db) == parts * per_part
        assert updated == 0


def test_a_run_killed_after_sitemaps_were_kept_read_does_not_read_them_again(
    tmp_path: Path,
) -> None:
    """An index of more sitemaps than NEWS_SITEMAP_MAX_COUNT, its run killed with SIGKILL
    once checkpoints kept every article of its first two sitemaps pending, none answered
    yet: those two were kept read in the same transactions, so the next run reads the other
    two, asks for the killed run's articles, and stores every article once. Kept read only
    at the close, they were read again by every run killed before its end, and the others
    never."""
    db = tmp_path / "news.db"
    parts, per_part = 4, 10
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = [article_routes(srv, per_part, prefix=f"/p{n}") for n in range(parts)]
        for path in paths[0] + paths[1]:
            srv.route(path, fs.held(release, srv.routes[path]))
        _index_of_parts(srv, paths)
        # The index and two of its sitemaps per run.
        args = ("-a", f"sitemap={srv.url('/index.xml')}", "-s", "NEWS_SITEMAP_MAX_COUNT=3")
        # The held articles wait for the kill, not for a timeout that would end the run.
        held = ("-s", "NEWS_PENDING_CHECKPOINT_SECONDS=0.5", "-s", "DOWNLOAD_TIMEOUT=120")
        proc = start_crawl(db, *args, *held, log=tmp_path / "killed.log")
        try:
            _kill_9_once(proc, lambda: _pending_rows(db) >= 2 * per_part)
        finally:
            release.set()
        assert check_consistent(db) == 0  # killed before any article answered
        kept = sqlite3.connect(db)
        try:
            read = {url for (url,) in kept.execute("select url from sitemap_reads")}
        finally:
            kept.close()
        assert read == {srv.url(f"/part/{n}.xml") for n in (0, 1)}
        read_before = {n: srv.hits[f"/part/{n}.xml"] for n in range(parts)}
        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        again = [n for n in range(parts) if srv.hits[f"/part/{n}.xml"] > read_before[n]]
        assert again == [2, 3]
        assert second.stat("news/pending/retried") == 2 * per_part
        assert check_consistent(db) == parts * per_part
        assert second.stat("news/store/updated") == 0


def _records_whole(
    folder: Path, pattern: str = "*.warc.gz"
) -> list[tuple[str, str | None, bool | None]]:
    """Every record of the WARC files under their final names, as warcio (the reference
    reader) reads it: its type, URL and whether its block digest checks (None: not checked,
    the block ending before its Content-Length; warcio says nothing else of it)."""
    records = []
    for file in sorted(folder.glob(pattern)):
        with file.open("rb") as fh:
            for record in ArchiveIterator(fh, check_digests=True):
                record.content_stream().read()
                url = record.rec_headers.get_header("WARC-Target-URI")
                records.append((record.rec_type, url, record.digest_checker.passed))
    return records


def test_a_record_cut_by_a_kill_is_left_out_of_the_recovered_warc_file(tmp_path: Path) -> None:
    """A crawl recording WARC killed with SIGKILL while it wrote a record leaves the record's
    first bytes at the end of its ``.open`` file (here: the killed crawl's file cut inside
    its last record, the bytes such a kill leaves). The next crawl renamed it to its final
    name as it was: warcio read the cut record as a page ending early, no error, and `warcio
    check` passed it. The recovered file now holds the whole records only."""
    db, warcs = tmp_path / "news.db", tmp_path / "warcs"
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = article_routes(srv, N)
        fs.hold_after(srv, paths, 15, release)
        args: tuple[str, ...] = ("-a", f"feed={_feed(srv, paths)}", *PACED, *HELD)
        args += ("-s", f"NEWS_WARC_DIR={warcs}")
        proc = start_crawl(db, *args, log=tmp_path / "killed.log")
        try:
            _kill_9_once(proc, lambda: _count(db) >= 10)
        finally:
            release.set()
        (left,) = warcs.glob("*.warc.gz.open")
        with left.open("rb") as fh:
            records = ArchiveIterator(fh)
            starts = [(records.get_record_offset(), r.rec_type) for r in records]
        urls = [(kind, url) for kind, url, _ in _records_whole(warcs, "*.warc.gz.open")]
        # Cut in the middle of the last response record (a gzip member of its own).
        cut = max(i for i, (_, kind) in enumerate(starts) if kind == "response")
        data = left.read_bytes()
        end = starts[cut + 1][0] if cut + 1 < len(starts) else len(data)
        left.write_bytes(data[: (starts[cut][0] + end) // 2])

        rerun = run_crawl(db, *args)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert check_consistent(db) == N
    assert rerun.stat("news/warc/recovered_files") == 1
    records = _records_whole(warcs)
    assert all(passed for _, _, passed in records), [r for r in records if not r[2]]
    assert "cut off (" in rerun.stderr
    # The killed crawl's whole records are kept, the cut one left out, the rerun's added.
    killed_file = warcs / left.name.removesuffix(".open")
    kept = [(kind, url) for kind, url, _ in _records_whole(warcs, killed_file.name)]
    assert kept == urls[:cut]
    assert killed_file.stat().st_size == starts[cut][0]


def test_a_crawl_killed_before_its_source_had_a_row_is_killed_in_scrapy_runs(
    tmp_path: Path,
) -> None:
    """A crawl killed with SIGKILL after it wrote its run's row, before its source's (while
    its crawl opened): `scrapy runs` and `scrapy runs --json` left the run out, so the run
    before it, "ok", read as the last one. The killed run is listed, "killed"; the rerun
    stores every article."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 3)
        feed = ("-a", f"feed={_feed(srv, paths)}")
        assert run_crawl(db, *feed).returncode == 0
        env = {killpoint.KILL_SQL: r"INTO \W?run_sources\W", killpoint.KILL_AT: "1"}
        command = [sys.executable, "-m", "tests.support.killpoint", *crawl_command(db, *feed)[2:]]
        killed = subprocess.run(
            command, cwd=ROOT, env=scrapy_env(env), capture_output=True, text=True, timeout=180
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
        listed = run_scrapy("runs", "--json", "-n", "1", "-s", f"NEWS_DB={db}")
        table = run_scrapy("runs", "-s", f"NEWS_DB={db}")
        rerun = run_crawl(db, *feed)
    newest = json.loads(listed.stdout.splitlines()[0])
    assert (newest["run"], newest["outcome"], newest["exit_code"]) == (2, "killed", None)
    assert [(s["source"], s["outcome"]) for s in newest["sources"]] == [("news", "killed")]
    (line,) = [line for line in table.stdout.splitlines() if line.split()[:1] == ["2"]]
    assert "killed" in line.split()
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert check_consistent(db) == 3


def test_a_recording_crawl_killed_with_answers_queued_for_the_writer_loses_no_page(
    tmp_path: Path,
) -> None:
    """A crawl recording WARC killed with SIGKILL once its first articles were stored, while
    the writer thread (a slow disk: each record takes 0.3 s more) still had their answers
    queued: those articles were stored and in no WARC file, and the next run, taking them as
    done, did not fetch them again. An answer now reaches the spider only once its record is
    in the file: every stored article's page is in the recording after the rerun."""
    db, warcs, count = tmp_path / "news.db", tmp_path / "warcs", 12
    with fs.fault_server() as srv:
        paths = article_routes(srv, count)
        args: tuple[str, ...] = ("-a", f"feed={_feed(srv, paths)}", "-s", f"NEWS_WARC_DIR={warcs}")
        # Small transactions: at the fourth article's row, those before it are committed (one
        # or more, as the writer found them queued).
        args += ("-s", "CONCURRENT_REQUESTS=4", "-s", "NEWS_DB_BATCH_SIZE=1")
        env = {
            killpoint.KILL_SQL: r"INTO \W?articles\W",
            killpoint.KILL_AT: "4",
            killpoint.WARC_WRITE_SECONDS: "0.3",
        }
        command = [sys.executable, "-m", "tests.support.killpoint", *crawl_command(db, *args)[2:]]
        killed = subprocess.run(
            command, cwd=ROOT, env=scrapy_env(env), capture_output=True, text=True, timeout=180
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
        assert _count(db) >= 1
        rerun = run_crawl(db, *args)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert check_consistent(db) == count
    recorded = {url for kind, url, _ in _records_whole(warcs) if kind == "response"}
    with contextlib.closing(sqlite3.connect(db)) as conn:
        stored = {url for (url,) in conn.execute("select url from articles")}
    assert stored - recorded == set()
