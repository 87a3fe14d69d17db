"""A source crawled by runs that are each killed before their end (a cron job whose `timeout`
is shorter than the crawl) still converges: every run keeps what it did, the next one goes
on from there, and the last one, left to finish, leaves every article stored once."""

from __future__ import annotations

import contextlib
import functools
import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import psutil

from crawler.runs.outcome import EXIT_OK, EXIT_STOPPED
from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import (
    QUICK,
    CrawlResult,
    article_routes,
    check_consistent,
    crawl_command,
    etag_feed,
    finish,
    read_number,
    start_command,
    write_sources,
)

ARTICLES = 60
# Four downloads at a time, small batches and frequent checkpoints: a run stopped mid-way has
# several commits behind it. A held page (_Turns) is not given up (QUICK's 2 s timeout) while
# a loaded machine is slow to stop the run.
PACED = (
    "-s", "CONCURRENT_REQUESTS=4",
    "-s", "NEWS_DB_BATCH_SIZE=4",
    "-s", "NEWS_DB_FLUSH_SECONDS=0.2",
    "-s", "NEWS_PENDING_CHECKPOINT_SECONDS=0.2",
    "-s", "NEWS_TERMINAL_DUMPS=True",
    "-s", "DOWNLOAD_TIMEOUT=300",
)  # fmt: skip
# The signals of the killed runs, in turn: a `timeout`'s SIGTERM, then its SIGKILL.
KILLS = (signal.SIGTERM, signal.SIGKILL, signal.SIGTERM, signal.SIGKILL)
STEP = 6  # articles each killed run stores before it is stopped
# Articles each killed run is answered for the first time: more than STEP, so that it gets
# there, and four runs' worth fewer than ARTICLES, so that none of them can finish the work.
TURN = 10


class _Turns:
    """The article pages of the runs that are killed in turn: a run is answered TURN pages no
    run was answered before, and any page one was (a killed run fetched it but stored it
    not), and every other page it asks for is held until the test has signalled it. A 0.2 s
    delay per page left it to luck whether a run was still mid-way when the test signalled
    it: a fast run finished the work first, and the test failed ("the run ended before the
    kill"). Open (every page answered) until ``hold`` is called, and after ``let_go``."""

    def __init__(self, srv: fs.FaultServer, paths: Sequence[str]) -> None:
        self._lock = threading.Lock()
        self._answered: set[str] = set()
        self._left = 0
        self._release = threading.Event()
        self._release.set()
        for path in paths:
            srv.route(path, self._gate(path, srv.routes[path]))

    def hold(self) -> None:
        """From now on, TURN new pages answered, the rest held until ``let_go``."""
        with self._lock:
            self._left = TURN
            self._release = threading.Event()

    def let_go(self) -> None:
        """Answer the held pages and every page asked for from now on."""
        self._release.set()

    def _gate(self, path: str, then: fs.Behaviour) -> fs.Behaviour:
        def behave(h: fs.FaultHandler) -> None:
            with self._lock:
                through = path in self._answered or self._left > 0 or self._release.is_set()
                if through and path not in self._answered:
                    self._left = max(self._left - 1, 0)
                    self._answered.add(path)
                release = self._release
            (then if through else fs.held(release, then))(h)

        return behave


def _stored(db: Path) -> int:
    return read_number(db, "select count(*) from articles")


def _wait_for(check: Callable[[], bool], proc: subprocess.Popen[bytes], log: Path) -> None:
    """Until ``check`` holds; the crawl ending first (it finished the work) fails the test."""
    deadline = time.monotonic() + 60
    while not check():
        if proc.poll() is not None:
            raise AssertionError(f"the run ended before the kill:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the run never got there:\n{log.read_text()[-3000:]}")
        time.sleep(0.05)


def _stop(
    proc: subprocess.Popen[bytes], sig: signal.Signals, log: Path, started: float, turns: _Turns
) -> CrawlResult:
    """Send ``sig`` to the crawl, let its held pages go (a SIGTERM's stop waits for those in
    flight) and wait for it, then for its extraction workers: orphaned by a SIGKILL, they end
    on their own (a `timeout` or the OOM killer signals the crawl's process alone), and hold
    nothing the next run needs."""
    workers = psutil.Process(proc.pid).children(recursive=True)
    try:
        proc.send_signal(sig)
    finally:
        turns.let_go()
    result = finish(proc, log, started, timeout=60)
    _, alive = psutil.wait_procs(workers, timeout=30)
    for child in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    assert not alive, f"extraction workers outlived the crawl: {alive}"
    return result


def _site(srv: fs.FaultServer) -> tuple[tuple[str, ...], _Turns]:
    """Sixty articles (held in turns), listed by a feed with an ETag (0-29), a sitemap
    index of two sitemaps (20-39 and 40-59) and a start page (50-59 and 0-4): listings
    overlap, so an article may be reached by several of them in one run."""
    paths = article_routes(srv, ARTICLES)
    feed = etag_feed(srv, paths[:30])  # answers 304 to a run that kept its ETag
    for n, part in enumerate((paths[20:40], paths[40:])):
        urls = "".join(f"<url><loc>{srv.url(p)}</loc></url>" for p in part)
        urlset = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        srv.route(f"/part/{n}.xml", fs.send(body=urlset.encode(), content_type="application/xml"))
    locs = "".join(f"<sitemap><loc>{srv.url(f'/part/{n}.xml')}</loc></sitemap>" for n in (0, 1))
    index = (
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
    )
    srv.route("/index.xml", fs.send(body=index.encode(), content_type="application/xml"))
    links = "".join(f'<li><a href="{p}">Bericht {p}</a></li>' for p in paths[50:] + paths[:5])
    srv.route("/", fs.send(body=f"<html><body><ul>{links}</ul></body></html>".encode()))
    args = (
        "-a", f"feed={feed}",
        "-a", f"sitemap={srv.url('/index.xml')}",
        "-a", f"start={srv.url('/')}",
    )  # fmt: skip
    return args, _Turns(srv, paths)


def _progressed(db: Path, stored: int) -> bool:
    """Whether the store holds ``stored`` articles and a checkpoint kept others pending."""
    return _stored(db) >= stored and read_number(db, "select count(*) from pending_articles") > 0


def _killed_runs(
    db: Path,
    command: Sequence[str],
    log_dir: Path,
    kills: Sequence[signal.Signals],
    turns: _Turns,
) -> list[CrawlResult]:
    """Run ``command`` once per signal in ``kills``, each stopped by it once it stored STEP
    more articles than the store held when it started and a checkpoint kept its unfinished
    articles pending: each killed run made progress, and the store is whole after each.
    Its pages past its turn are held until then, so it is mid-way when the signal lands."""
    results = []
    for n, sig in enumerate(kills):
        before = _stored(db)
        log = log_dir / f"killed-{n}.log"
        started = time.monotonic()
        turns.hold()
        proc = start_command(list(command), log=log)
        try:
            _wait_for(functools.partial(_progressed, db, before + STEP), proc, log)
            result = _stop(proc, sig, log, started, turns)
        finally:
            turns.let_go()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        if sig == signal.SIGKILL:
            assert result.returncode == -signal.SIGKILL
        else:
            assert result.returncode == EXIT_STOPPED, result.stderr[-3000:]
        assert check_consistent(db) >= before + STEP
        results.append(result)
    return results


def _runs(db: Path) -> list[dict]:
    listed = run_scrapy("runs", "--json", "-s", f"NEWS_DB={db}")
    assert listed.returncode == 0, listed.stderr[-3000:]
    return sorted((json.loads(line) for line in listed.stdout.splitlines()), key=lambda r: r["run"])


def test_a_source_killed_in_every_run_converges(tmp_path: Path) -> None:
    """Four runs of a feed, a sitemap index and a site crawl, each stopped once it stored a
    few more articles (SIGTERM and SIGKILL in turn), then one left to finish: each killed run
    left the store whole and stopped or killed in `scrapy runs`, and the last one stores the
    rest, every article once, nothing left pending."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        site, turns = _site(srv)
        command = crawl_command(db, *site, *PACED)
        _killed_runs(db, command, tmp_path, KILLS, turns)
        before = _stored(db)
        assert before < ARTICLES
        log = tmp_path / "last.log"
        last = finish(start_command(command, log=log), log, time.monotonic(), timeout=60)
        assert last.returncode == EXIT_OK, last.stderr[-3000:]
        stored_urls = {srv.url(f"/a/{i}") for i in range(ARTICLES)}
    assert check_consistent(db) == ARTICLES
    conn = sqlite3.connect(db)
    try:
        urls = [url for (url,) in conn.execute("select url from articles")]
        pending = conn.execute("select url, attempts, error from pending_articles").fetchall()
    finally:
        conn.close()
    assert sorted(urls) == sorted(stored_urls)
    assert pending == []
    # The last run stored the rest as new, and none of the killed runs' articles again.
    assert last.stat("news/store/new") == ARTICLES - before
    assert last.stat("news/store/updated") == 0
    runs = _runs(db)
    assert [run["outcome"] for run in runs] == ["stopped", "killed", "stopped", "killed", "ok"]
    assert all(s["outcome"] != "ok" for run in runs[:-1] for s in run["sources"])


def test_crawlall_of_sources_killed_in_every_run_converges(tmp_path: Path) -> None:
    """`scrapy crawlall` of three sources (two feeds and a sitemap, twenty articles
    each) stopped by SIGTERM and SIGKILL in turn, then left to finish: every article of every
    source stored once, nothing pending, no killed run "ok" in `scrapy runs`."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = {name: article_routes(srv, 20, prefix=f"/{name}") for name in "xyz"}
        turns = _Turns(srv, [p for name in "xyz" for p in paths[name]])
        for name in "xz":
            body = fs.rss(srv.base, paths[name])
            srv.route(f"/{name}.xml", fs.send(body=body, content_type="application/rss+xml"))
        urls = "".join(f"<url><loc>{srv.url(p)}</loc></url>" for p in paths["y"])
        urlset = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        srv.route("/y.xml", fs.send(body=urlset.encode(), content_type="application/xml"))
        sources = write_sources(
            tmp_path / "sources.toml",
            {
                "x": ("feeds", srv.url("/x.xml")),
                "y": ("sitemaps", srv.url("/y.xml")),
                "z": ("feeds", srv.url("/z.xml")),
            },
        )
        command = [sys.executable, "-m", "scrapy", "crawlall", *QUICK, *PACED]
        command += ["-s", f"NEWS_DB={db}", "-s", f"NEWS_SOURCES={sources}"]
        _killed_runs(db, command, tmp_path, KILLS, turns)
        assert _stored(db) < ARTICLES
        log = tmp_path / "last.log"
        last = finish(start_command(command, log=log), log, time.monotonic(), timeout=60)
        assert last.returncode == EXIT_OK, last.stderr[-3000:]
        every = sorted(srv.url(p) for name in "xyz" for p in paths[name])
    assert check_consistent(db) == ARTICLES
    conn = sqlite3.connect(db)
    try:
        urls_stored = sorted(url for (url,) in conn.execute("select url from articles"))
        pending = conn.execute("select url, error from pending_articles").fetchall()
    finally:
        conn.close()
    assert urls_stored == every
    assert pending == []
    runs = _runs(db)
    assert [run["outcome"] for run in runs] == ["stopped", "killed", "stopped", "killed", "ok"]
    # Every source of a killed run has its row, one at least not "ok": the one it stopped in,
    # or, killed between two sources, the one it never reached.
    for run in runs[:-1]:
        assert sorted(s["source"] for s in run["sources"]) == ["x", "y", "z"], run
        assert any(s["outcome"] != "ok" for s in run["sources"]), run


def _big_page(megabytes: float) -> bytes:
    """An article whose extraction takes a worker seconds (about 1 s a megabyte here)."""
    paras = fs.article_text("lang", paragraphs=40)
    copies = int(megabytes * 1_000_000 / sum(len(p) + 7 for p in paras)) + 1
    return fs.article_html("lang", paragraphs=paras * copies).encode()


def _held_until(ready: Callable[[], bool], then: fs.Behaviour) -> fs.Behaviour:
    """Say nothing until ``ready()`` holds (or the server stops), then answer."""

    def behave(h: fs.FaultHandler) -> None:
        while not ready():
            if not h.wait(0.05):
                return
        then(h)

    return behave


def _cpu_seconds(proc: subprocess.Popen[bytes]) -> dict[int, float]:
    """The CPU time each of the crawl's extraction workers has spent, by pid."""
    spent = {}
    for child in psutil.Process(proc.pid).children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            times = child.cpu_times()
            spent[child.pid] = times.user + times.system
    return spent


def _busy_worker(
    proc: subprocess.Popen[bytes], since: dict[int, float], found: dict[str, psutil.Process]
) -> bool:
    """Whether a worker of the crawl spent 0.3 s of CPU more than ``since`` says (its times
    when the long page was served; a worker started later counts from 0): put in ``found``."""
    for pid, spent in _cpu_seconds(proc).items():
        if spent - since.get(pid, 0.0) >= 0.3:
            found["worker"] = psutil.Process(pid)
            return True
    return False


def test_an_extraction_worker_killed_on_a_page_costs_one_try_and_the_next_run_stores_it(
    tmp_path: Path,
) -> None:
    """The extraction worker analysing a long page SIGKILLed (the OOM killer's choice): the
    crawl goes on with a new worker, stores the other articles, keeps that one pending with
    a try spent and says so; the next run stores it, once."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 12)
        # Served once the others are stored: the only page a worker then analyses. Asked
        # again by the next run, it is an article of common length, so that run's extraction
        # takes no seconds that a loaded machine could stretch past NEWS_EXTRACT_TIMEOUT.
        long_first = _held_until(lambda: _stored(db) >= 12, fs.send(body=_big_page(1.5)))
        short_after = fs.send(body=fs.article_html("lang").encode())
        srv.route("/big", fs.sequence(long_first, short_after))
        feed = fs.rss(srv.base, [*paths, "/big"])
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        # The held page waits for the others, not for a download timeout that would end its
        # request and ask again (the retry getting the short page).
        command = crawl_command(
            db,
            "-a", f"feed={srv.url('/feed.xml')}",
            "-s", "NEWS_PENDING_BACKOFF_MINUTES=0",
            "-s", "DOWNLOAD_TIMEOUT=60",
        )  # fmt: skip
        log = tmp_path / "first.log"
        started = time.monotonic()
        proc = start_command(command, log=log)
        try:
            _wait_for(lambda: srv.hits["/big"] > 0, proc, log)
            since = _cpu_seconds(proc)
            busy: dict[str, psutil.Process] = {}
            _wait_for(functools.partial(_busy_worker, proc, since, busy), proc, log)
            busy["worker"].kill()
            first = finish(proc, log, started, timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert "Traceback" not in first.stderr, first.stderr[-3000:]
        assert first.stat("news/drop/worker_died") == 1, first.stderr[-3000:]
        # One article unfinished, as one answering 503 after its retries: the source is
        # "ok" and its line says so; the article is the next run's.
        assert first.returncode == EXIT_OK, first.stderr[-3000:]
        assert "1 unfinished" in first.stderr
        assert check_consistent(db) == 12
        pending = sqlite3.connect(db)
        try:
            kept = pending.execute("select url, attempts from pending_articles").fetchall()
        finally:
            pending.close()
        assert kept == [(srv.url("/big"), 1)]
        log = tmp_path / "second.log"
        second = finish(start_command(command, log=log), log, time.monotonic(), timeout=60)
        assert second.returncode == EXIT_OK, second.stderr[-3000:]
    assert check_consistent(db) == 13
    assert second.stat("news/store/new") == 1
    assert read_number(db, "select count(*) from pending_articles") == 0
