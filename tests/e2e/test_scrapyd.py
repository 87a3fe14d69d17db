"""``crawlall --scrapyd``: two Scrapyd nodes on 127.0.0.1, one shared PostgreSQL, six sources.

Each source is a generated news site on its own loopback address (127.0.0.2 …), so host-based
politeness applies per source. Sources a and b serve the same articles (one seed) under two
hosts: their copies must be linked although different nodes stored them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.demo.server import Route, serve_directory
from crawler.runs.lock import lock_source, release
from crawler.runs.nodes import ScrapydNode, job_id
from crawler.runs.outcome import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_STOPPED, EXIT_USAGE
from crawler.storage import run_records as records
from crawler.storage.database import open_database, write_transaction
from crawler.storage.postgres import advisory_key
from tests.conftest import ROOT
from tests.support import postgres
from tests.support.harness import run_scrapy_forked
from tests.support.scrapyd_nodes import PROJECT, Node, build_egg, free_port, nodes
from tests.support.sitegen import generate_site

# Every test here takes a minute or more on a loaded machine: first in the run, on one worker.
pytestmark = pytest.mark.long

SOURCES = ("a", "b", "c", "d", "e", "f")
SEEDS = {"a": 1, "b": 1, "c": 3, "d": 4, "e": 5, "f": 6}  # a and b: the same stories
ARTICLES = 6
# A crawl job is a Scrapy process with an extraction worker: seconds on an idle machine,
# much longer on a loaded one (the timeouts are for the latter).
RUN_TIMEOUT = 400.0


@dataclass
class Sites:
    urls: dict[str, set[str]]  # source: its article URLs
    sources_toml: Path
    egg: Path
    # source: its server's special answers, by path (empty but while a test holds pages).
    routes: dict[str, dict[str, Route]]
    paths: dict[str, list[str]]  # source: its article paths, in the site's order


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    root = tmp_path_factory.mktemp("scrapyd")
    urls: dict[str, set[str]] = {}
    routes: dict[str, dict[str, Route]] = {name: {} for name in SOURCES}
    paths: dict[str, list[str]] = {}
    lines = []
    with ExitStack() as stack:
        for i, name in enumerate(SOURCES, start=2):
            folder = root / "sites" / name
            host = f"127.0.0.{i}"
            base = stack.enter_context(serve_directory(folder, host=host, routes=routes[name]))
            manifest = generate_site(folder, ARTICLES, seed=SEEDS[name], base_url=base)
            urls[name] = {a.url for a in manifest.articles}
            paths[name] = [f"/{a.path}" for a in manifest.articles]
            lines.append(f'[sources.{name}]\nfeeds = ["{manifest.feed_url}"]\n')
        toml = "\n".join(lines)
        sources_toml = root / "sources.toml"
        sources_toml.write_text(toml, encoding="utf-8")
        yield Sites(urls, sources_toml, build_egg(root / "build", toml), routes, paths)


@pytest.fixture(scope="module")
def shared_nodes(sites: Sites, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Node]]:
    """Two Scrapyd nodes with the egg deployed, for the tests that do not stop or kill a node
    nor need another ``max_proc``: starting a node and deploying to it (Scrapyd runs ``scrapy
    list`` on the egg) took seconds per node per test. The tests stay apart through their
    stores: each has its own store id, which its jobs' ids end with (``own_jobs``)."""
    with nodes(tmp_path_factory.mktemp("nodes"), 2, sites.egg) as started:
        yield started


@pytest.fixture
def store(postgres_server: str) -> str:
    """The store every node writes into: a PostgreSQL database, as nodes on several machines
    would share it. (A SQLite file shared by nodes on one machine works too, through WAL; the
    storage tests cover both backends, and one backend keeps these slow tests to one run.)
    Migrated on its own, not copied from the template: a copy would carry the template's store
    id, and the jobs of two tests on a shared node would then share their ids."""
    url = postgres.fresh_database(postgres_server)
    open_database(url).close()
    return url


def own_jobs(node: Node, store: str) -> list[dict]:
    """The finished jobs on ``node`` that ``store``'s runs scheduled: their ids end with the
    store's id (crawler.runs.nodes.job_id), whatever other stores ran on the node."""
    with closing(open_database(store)) as db:
        tag = records.store_id(db)[:8]
    assert tag, "the store has no id"
    return [job for job in node.jobs()["finished"] if job["id"].endswith(f"-{tag}")]


@dataclass
class Run:
    process: subprocess.Popen[bytes]
    log: Path

    def finish(self, timeout: float = RUN_TIMEOUT) -> tuple[int, str]:
        """Exit code and the command's output; killed (and failed) past ``timeout``."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"crawlall did not end in {timeout} s: {self.log.read_text()[-3000:]}")
        return code, self.log.read_text()


def crawlall(store: str, sites: Sites, node_urls: list[str], *extra: str, logs: Path) -> Run:
    command = [
        sys.executable, "-m", "scrapy", "crawlall",
        "--scrapyd", ",".join(node_urls),
        "-s", f"NEWS_DB={store}",
        "-s", f"NEWS_SOURCES={sites.sources_toml}",
        "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_DELAY=0",  # local sites need no politeness delay (FAST); -s in extra wins
        "-s", "NEWS_WORKERS=1",
        "-s", "NEWS_DB_FLUSH_SECONDS=0.5",
        "-s", "NEWS_SCRAPYD_POLL_SECONDS=0.3",
        "-s", "NEWS_SCRAPYD_NODE_TIMEOUT=2",
        "-s", "LOG_LEVEL=INFO",
        *extra,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"crawlall-{time.monotonic_ns()}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return Run(process, log)


def jobs_by_spider(node_list: list[Node], store: str) -> dict[str, list[tuple[datetime, datetime]]]:
    """When each spider's finished jobs of ``store`` ran, over all nodes."""
    spans: dict[str, list[tuple[datetime, datetime]]] = {}
    for node in node_list:
        for job in own_jobs(node, store):
            span = (
                datetime.fromisoformat(job["start_time"]),
                datetime.fromisoformat(job["end_time"]),
            )
            spans.setdefault(job["spider"], []).append(span)
    return spans


@contextmanager
def watching(store: str) -> Iterator[Database]:
    """One connection to ``store`` for a test's wait on it, closed after: a wait asks every
    0.1-0.2 s, for as long as the jobs take to start (a minute on a loaded machine), and a
    new connection each time cost 27 ms of CPU (the server's backend start, the store's
    checks) against 0.4 ms for a query on an open one. Autocommit: each query sees what the
    jobs have committed since."""
    with closing(open_database(store)) as db:
        yield db


def stored_of(db: Database, source: str) -> int:
    """Articles stored so far by ``source``."""
    sql = "SELECT count(*) FROM articles WHERE source = ?"
    return int(db.execute(sql, [source]).fetchone()[0])


def stored_by(db: Database, node: Node) -> int:
    """Articles stored so far by the sources placed on ``node``."""
    sql = (
        "SELECT count(*) FROM articles WHERE source IN"
        " (SELECT source FROM run_sources WHERE node = ?)"
    )
    return int(db.execute(sql, [node.url]).fetchone()[0])


# Settings of a run whose jobs a test holds (``held``): a commit per article shows the first
# one at once, and a held page is not given up while the machine is slow to release it.
HELD = ("-s", "NEWS_DB_FLUSH_SECONDS=0", "-s", f"DOWNLOAD_TIMEOUT={RUN_TIMEOUT:.0f}")


def _first_then_held(release: threading.Event) -> Route:
    """One source's route for all its article paths: the first request for any of them is
    answered at once, every later one when ``release`` is set."""
    first = threading.Lock()  # taken by the first request, never given back

    def answer(count: int) -> None:
        if not first.acquire(blocking=False):
            release.wait(RUN_TIMEOUT)

    return answer


@contextmanager
def held(sites: Sites) -> Iterator[threading.Event]:
    """Every source serves the first article asked of it and holds the others' answers until
    the event is set (on exit at the latest): a job stores one article, then runs, its pages
    in flight, until the test lets it go, however slow the machine (a delay per request kept
    jobs running for a time it had to guess, and waited it out on the success path). The
    first asked, not the site's first: a job fetching one page at a time asks for the feed's
    first, the newest, and would wait with nothing stored."""
    release = threading.Event()
    for name, paths in sites.paths.items():
        sites.routes[name].update(dict.fromkeys(paths, _first_then_held(release)))
    try:
        yield release
    finally:
        release.set()
        for routes in sites.routes.values():
            routes.clear()


@contextmanager
def storing(
    store: str, sites: Sites, node: Node, *args: str, logs: Path
) -> Iterator[tuple[Run, threading.Event]]:
    """A crawlall of ``args`` on ``node`` whose jobs hold their pages (``held``), given with
    the event that lets them go once its jobs store articles; killed after the block when it
    still runs. The test lets the pages go once the run is past what it tests: a stopping
    job waits for its pages in flight."""
    with held(sites) as release:
        run = crawlall(store, sites, [node.url], *HELD, *args, logs=logs)
        try:
            deadline = time.monotonic() + RUN_TIMEOUT
            with watching(store) as db:
                while not stored_by(db, node):
                    assert time.monotonic() < deadline and run.process.poll() is None
                    time.sleep(0.2)
            yield run, release
        finally:
            if run.process.poll() is None:
                run.process.kill()
                run.process.wait()


def scheduled_jobs(db: Database) -> int:
    """Jobs placed on nodes so far (``run_sources.job``), over all runs."""
    return int(db.execute("SELECT count(*) FROM run_sources WHERE job <> ''").fetchone()[0])


def check_store(store: str, sites: Sites) -> Database:
    db = open_database(store)
    rows = list(db.query("SELECT url, source, duplicate_of FROM articles"))
    stored = [r["url"] for r in rows]
    assert len(stored) == len(set(stored)), "an article stored twice"
    for name, expected in sites.urls.items():
        assert expected <= {r["url"] for r in rows if r["source"] == name}, name
    # a and b carry the same stories: every copy points at the other source's article.
    by_url = {r["url"]: r for r in rows}
    linked = [r for r in rows if r["source"] in ("a", "b") and r["duplicate_of"] in by_url]
    assert len(linked) == ARTICLES
    assert all(by_url[r["duplicate_of"]]["source"] != r["source"] for r in linked)
    return db


def test_two_nodes_crawl_six_sources_into_one_store(
    sites: Sites,
    shared_nodes: list[Node],
    store: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    node_list = shared_nodes
    code, log = crawlall(store, sites, [n.url for n in node_list], logs=tmp_path).finish()
    assert code == EXIT_OK, log[-3000:]
    spans = jobs_by_spider(node_list, store)
    node_of = {job["spider"]: node.url for node in node_list for job in own_jobs(node, store)}
    assert sorted(spans) == sorted(SOURCES)
    for spider, runs in spans.items():
        assert len(runs) == 1, spider  # each source crawled once, so never twice at once
    db = check_store(store, sites)
    request.addfinalizer(db.close)
    assert node_of["a"] != node_of["b"]  # the copies were stored by different nodes
    (run,) = db.query("SELECT * FROM runs")  # the jobs recorded into this run, no run of their own
    assert run["command"] == "crawlall" and run["exit_code"] == EXIT_OK
    rows = {
        r["source"]: r for r in db.query("SELECT * FROM run_sources WHERE run_id = ?", [run["id"]])
    }
    assert {name: rows[name]["outcome"] for name in SOURCES} == dict.fromkeys(SOURCES, "ok")
    assert {name: rows[name]["node"] for name in SOURCES} == node_of
    assert sum(rows[n]["articles_new"] for n in SOURCES) == ARTICLES * len(SOURCES)


def test_a_killed_node_fails_its_sources_and_a_rerun_completes(
    sites: Sites, shared_nodes: list[Node], store: str, tmp_path: Path
) -> None:
    first = shared_nodes[0]  # lives on; the node killed is this test's own
    with nodes(tmp_path / "nodes", 1, sites.egg) as (second,):
        # Every job stores its first article and waits for the rest (held): the kill lands
        # while the second node's jobs still have most of their pages to fetch (with a delay
        # per request instead, a loaded machine saw the first rows only when those jobs had
        # already written their records, so none failed); the others finish once let go.
        with held(sites) as release:
            run = crawlall(store, sites, [first.url, second.url], *HELD, logs=tmp_path)
            deadline = time.monotonic() + RUN_TIMEOUT
            with watching(store) as db:
                while not stored_by(db, second):  # kill it once its jobs are storing articles
                    assert time.monotonic() < deadline and run.process.poll() is None
                    time.sleep(0.2)
            second.kill()
            release.set()
            code, log = run.finish()
        assert code == EXIT_PARTIAL, log[-3000:]
        with closing(open_database(store)) as db:
            latest = next(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT 1"))
            failed = [
                r
                for r in db.query("SELECT * FROM run_sources WHERE run_id = ?", [latest["id"]])
                if r["outcome"] == "failed"
            ]
        assert failed and all("ended without a record" in r["failure"] for r in failed)
        assert {r["node"] for r in failed} == {second.url}
        for row in failed:  # the killed jobs stored articles: no "0 new" in the summary
            assert f"{row['source']}: failed ({row['failure']}); no counts recorded" in log

        # The rerun, from the same command line, finds the killed node down: the live node
        # takes its sources (the run failed as a whole, exit 1, nothing crawled).
        code, log = crawlall(store, sites, [first.url, second.url], logs=tmp_path).finish()
        assert code == EXIT_OK, log[-3000:]
        assert f"Node does not answer, its sources go to the others: {second.url}" in log
    with closing(open_database(store)) as db:
        rerun = list(db.query("SELECT * FROM run_sources WHERE run_id = ?", [latest["id"] + 1]))
    assert {r["node"] for r in rerun} == {first.url} and len(rerun) == len(SOURCES)
    check_store(store, sites).close()


def test_sigterm_cancels_the_jobs_on_the_nodes_and_records_the_stopped_run(
    sites: Sites, store: str, tmp_path: Path
) -> None:
    """SIGTERM to crawlall (a service manager stopping it): every job it scheduled, running
    or still pending on a node, is cancelled; the run ends as stopped with every source's
    outcome recorded, and nothing is left running on the nodes."""
    with nodes(tmp_path / "nodes", 2, sites.egg, max_proc=1) as node_list, held(sites) as release:
        # One job runs per node, a second waits in each node's queue; the running ones hold
        # their pages (held) until the stop has cancelled the waiting ones. A delay per
        # request kept them busy for a time it had to guess, and waited it out after.
        urls = [n.url for n in node_list]
        per_node = ("-s", "NEWS_SCRAPYD_JOBS_PER_NODE=2", *HELD)
        run = crawlall(store, sites, urls, *per_node, logs=tmp_path)
        deadline = time.monotonic() + RUN_TIMEOUT
        with watching(store) as db:
            while scheduled_jobs(db) < 4 or not any(n.jobs()["running"] for n in node_list):
                assert time.monotonic() < deadline and run.process.poll() is None
                time.sleep(0.2)
        run.process.send_signal(signal.SIGTERM)
        # A running job holding pages cannot end, so no waiting one can start before the stop
        # cancels it; its pages are let go then, or its own graceful stop would wait for them.
        while any(n.jobs()["pending"] for n in node_list):
            assert time.monotonic() < deadline and run.process.poll() is None
            time.sleep(0.2)
        release.set()
        code, log = run.finish()
        assert code == EXIT_STOPPED, log[-3000:]
        assert "SIGTERM received" in log
        for node in node_list:
            jobs = node.jobs()
            assert not jobs["running"] and not jobs["pending"], jobs
            finished = len(jobs["finished"])
            assert finished <= 1  # the job that was running; the waiting ones never ran
    with closing(open_database(store)) as db:
        (row,) = db.query("SELECT * FROM runs")
        rows = {
            r["source"]: r
            for r in db.query("SELECT * FROM run_sources WHERE run_id = ?", [row["id"]])
        }
    assert row["exit_code"] == EXIT_STOPPED and row["finished_at"]
    assert sorted(rows) == sorted(SOURCES)
    assert all(r["outcome"] in ("ok", "failed") for r in rows.values())  # none left "running"
    # Two jobs a node were scheduled (one running, one waiting); the last two sources never.
    scheduled = [s for s in SOURCES if rows[s]["job"]]
    assert len(scheduled) == 4, rows
    failures = [rows[s]["failure"] or "" for s in SOURCES]
    assert failures.count("not started: run stopped") == 2, rows
    # The waiting jobs were cancelled before they ran: no record of their own, said so.
    assert sum(f.endswith("ended without a record (cancelled)") for f in failures) >= 2, rows


def test_a_source_another_run_holds_is_skipped_as_by_a_local_crawlall(
    sites: Sites, shared_nodes: list[Node], store: str, tmp_path: Path
) -> None:
    """A manual ``scrapy crawl a`` holds source a's lock when the cron run starts: the run
    skips a with the line a local ``crawlall`` prints and crawls the rest (exit 0); it had
    scheduled a job for a that found the lock taken and failed the run (exit 3) as a job that
    "ended without a record"."""
    # The store fixture migrated the schema, as the manual crawl would have.
    held = lock_source(store, "a")  # what the manual crawl holds while it runs
    node = shared_nodes[0]
    try:
        code, log = crawlall(store, sites, [node.url], "a", "c", logs=tmp_path).finish()
        crawled = {job["spider"] for job in own_jobs(node, store)}
    finally:
        release(held)
    assert code == EXIT_OK, log[-3000:]
    assert "for source a (" in log and "; refused, a not run" in log
    assert crawled == {"c"}
    with closing(open_database(store)) as db:
        rows = {r["source"]: r["outcome"] for r in db.query("SELECT * FROM run_sources")}
    assert rows == {"c": "ok"}


def test_a_job_whose_source_another_run_holds_records_why(
    shared_nodes: list[Node], store: str
) -> None:
    """The lock taken between the run's check and its job's start (a manual crawl started a
    moment after the cron run): the job writes its source's row under the run, failed with
    the holder named, instead of leaving the run to report that it "ended without a record"
    with its reason only in the node's Scrapyd log."""
    with closing(open_database(store)) as db, write_transaction(db):
        run_id = records.start_run(db, "crawlall", ["a"], None)
        job = job_id(run_id, "a", records.store_id(db))  # as crawlall names it: this store's
    held = lock_source(store, "a")
    node = shared_nodes[0]
    try:
        settings = {"NEWS_DB": store, "NEWS_RUN_ID": str(run_id)}
        job = ScrapydNode(node.url, PROJECT).schedule("a", job, settings)
        deadline = time.monotonic() + RUN_TIMEOUT
        while not any(j["id"] == job for j in node.jobs()["finished"]):
            assert time.monotonic() < deadline, node.jobs()
            time.sleep(0.3)
    finally:
        release(held)
    with closing(open_database(store)) as db:
        row = records.source_run(db, run_id, "a")
    assert row is not None and row["outcome"] == "failed", row
    assert row["failure"].startswith("not crawled: another run is crawling it ("), row
    assert "#newsloom/source/a is held by pid" in row["failure"], row


@pytest.mark.parametrize("login", [False, True], ids=["open_node", "node_with_login"])
def test_a_job_that_cannot_open_the_store_says_why_in_the_run(
    sites: Sites,
    shared_nodes: list[Node],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    login: bool,
) -> None:
    """The password in PGPASSWORD on the machine that runs crawlall, not in the environment
    of the node's Scrapyd: every job's login is refused. The run said only that the job
    "ended without a record (finished)", its reason on the job's stderr in the node's Scrapyd
    log; the failure now carries the last error line of the job's log, which the node serves,
    behind Scrapyd's login too (the node's recorded URL, without it, is refused there)."""
    if postgres.binaries() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    secret = "node-lacks-it"
    with ExitStack() as stack:
        # Started before, without the password.
        if login:
            (node,) = stack.enter_context(
                nodes(tmp_path / "nodes", 1, sites.egg, auth=("bob", "n0de-s3cret"))
            )
            url = node.url_with_auth()
        else:
            node = shared_nodes[0]
            url = node.url
        server = stack.enter_context(postgres.cluster(password=secret))
        with_password = postgres.fresh_database(server)
        open_database(with_password).close()
        store = with_password.replace(f":{secret}@", "@")
        monkeypatch.setenv("PGPASSWORD", secret)  # here only: the node started without it
        code, log = crawlall(store, sites, [url], "a", logs=tmp_path).finish()
        with closing(open_database(store)) as db:
            (row,) = db.query("SELECT * FROM run_sources")
    assert code == EXIT_FAILED, log[-3000:]
    assert row["outcome"] == "failed" and row["job"], row
    prefix = f"job {row['job']} on {node.url} ended without a record (finished); "
    assert row["failure"].startswith(prefix + "its log's last error: cannot lock "), row
    assert "no password supplied" in row["failure"] and secret not in row["failure"], row
    assert f"a: failed ({row['failure']})" in log


def test_two_stores_sharing_a_node_name_their_jobs_apart(
    sites: Sites, shared_nodes: list[Node], postgres_server: str, tmp_path: Path
) -> None:
    """A test store and a production store, both at their first run, crawl source c on one
    node. Both named the job ``run1-c``: Scrapyd listed two jobs of one id, appended both logs
    into one file, and cancelling or reading the job by id could reach the other store's.
    Each store's job id now ends with its own store id."""
    # Each store migrated on its own (a copy of one template would be one store twice).
    stores = [postgres.fresh_database(postgres_server) for _ in range(2)]
    node = shared_nodes[0]
    # Both at once, as two stores' cron runs would be (the node runs two jobs side by side).
    runs = [crawlall(store, sites, [node.url], "c", logs=tmp_path) for store in stores]
    for run in runs:
        code, log = run.finish()
        assert code == EXIT_OK, log[-3000:]
    # The node's jobs of these two stores (it ran other tests' jobs too).
    listed = [job["id"] for store in stores for job in own_jobs(node, store)]
    recorded = []
    for store in stores:
        with closing(open_database(store)) as db:
            recorded += [r["job"] for r in db.query("SELECT job FROM run_sources")]
            assert [r["run_id"] for r in db.query("SELECT run_id FROM run_sources")] == [1]
    assert len(recorded) == 2 and len(set(recorded)) == 2, recorded
    assert sorted(listed) == sorted(recorded), listed
    assert all(job.startswith("run1-c") for job in recorded), recorded


def test_a_store_that_goes_away_mid_run_fails_it_in_one_line_and_a_rerun_completes(
    sites: Sites, shared_nodes: list[Node], postgres_server: str, store: str, tmp_path: Path
) -> None:
    """The store unreachable while the jobs run (a PostgreSQL server stopped or restarted):
    the command must not end in a traceback with jobs still running on the nodes; it fails
    the run (exit 1) in one line, and once the server is back the next run completes the
    store without duplicates."""
    node = shared_nodes[0]
    # One job at a time, the first holding its pages: sources wait for their turn when the
    # store goes, so the command has placements and outcomes still to record. The pages are
    # let go once the store is gone (the stop's cancel waits for them).
    one = ("-s", "NEWS_SCRAPYD_JOBS_PER_NODE=1")
    with (
        storing(store, sites, node, "c", "d", "e", *one, logs=tmp_path) as (run, release),
        postgres.unreachable(postgres_server, store),
    ):
        release.set()
        code, log = run.finish()
    assert code == EXIT_FAILED, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    # The run notices at its next check of its run lock (its session ended with the store),
    # or as it records the next job it scheduled: one line either way.
    stops = [x for x in log.splitlines() if x.startswith("newsloom: ") and "stopping" in x]
    assert len(stops) == 1, log[-3000:]
    assert stops[0].startswith(
        (
            f"newsloom: stopping: lost {store}#newsloom/run: ",
            f"newsloom: could not record run 1 in {store}: ",
        )
    ), stops
    assert "could not record the end of run 1" in log, log[-3000:]
    assert "newsloom: run 1 finished in " in log and ": exit 1 (run failed)" in log, log[-3000:]
    with closing(open_database(store)) as db:
        tag = records.store_id(db)[:8]
    jobs = node.jobs()
    left = [j for j in jobs["running"] + jobs["pending"] if j["id"].endswith(f"-{tag}")]
    assert not left, left  # the jobs scheduled were cancelled, none left running unwatched
    code, log = crawlall(store, sites, [node.url], "c", "d", "e", logs=tmp_path).finish()
    assert code == EXIT_OK, log[-3000:]
    with closing(open_database(store)) as db:
        rows = list(db.query("SELECT url, source FROM articles"))
    urls = [r["url"] for r in rows]
    assert len(urls) == len(set(urls))
    for source in ("c", "d", "e"):
        assert sites.urls[source] <= {r["url"] for r in rows if r["source"] == source}


def test_a_job_the_operator_cancels_fails_its_source_and_a_rerun_completes(
    sites: Sites, shared_nodes: list[Node], store: str, tmp_path: Path
) -> None:
    """An operator cancels a job through Scrapyd's own API (``cancel.json``) mid-crawl: the
    job stops as a first Ctrl-C stops a crawl, its source fails with that reason and the run
    says so (exit 3, not 0); the rerun stores the rest, nothing twice."""
    node = shared_nodes[0]
    # One page in flight a job: c's job stores its first article and holds the next (held),
    # so the cancel lands with c's pages still to fetch, and its stop lets one more through.
    one_page = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    with storing(store, sites, node, "c", "d", *one_page, logs=tmp_path) as (run, release):
        # Cancelled once c itself has stored an article: the first one stored may be d's.
        deadline = time.monotonic() + RUN_TIMEOUT
        with watching(store) as db:
            while not stored_of(db, "c"):
                assert time.monotonic() < deadline and run.process.poll() is None
                time.sleep(0.1)
            (row,) = db.query("SELECT job FROM run_sources WHERE source = 'c'")
        ScrapydNode(node.url, PROJECT).cancel(row["job"])
        # The pages are let go once c's engine has stopped asking for more (Scrapy logs that
        # line after it has): its stop waits for the page in flight, and d finishes.
        job_log = node.folder / "logs" / PROJECT / "c" / f"{row['job']}.log"
        while "Closing spider (shutdown)" not in job_log.read_text(errors="replace"):
            assert time.monotonic() < deadline and run.process.poll() is None
            time.sleep(0.1)
        release.set()
        code, log = run.finish()
    assert code == EXIT_PARTIAL, log[-3000:]
    with closing(open_database(store)) as db:
        rows = {r["source"]: r for r in db.query("SELECT * FROM run_sources WHERE run_id = 1")}
        stored = db.execute("SELECT count(*) FROM articles WHERE source = 'c'").fetchone()[0]
    assert rows["c"]["outcome"] == "failed", rows["c"]
    assert rows["c"]["failure"] == "stopped by Ctrl-C or SIGTERM", rows["c"]
    assert rows["d"]["outcome"] == "ok", rows["d"]
    assert "c: failed (stopped by Ctrl-C or SIGTERM)" in log, log[-3000:]
    assert 0 < stored < ARTICLES  # cancelled half-way: some stored, the rest pending
    code, log = crawlall(store, sites, [node.url], "c", "d", logs=tmp_path).finish()
    assert code == EXIT_OK, log[-3000:]
    check = "SELECT url FROM articles WHERE source IN ('c', 'd')"
    with closing(open_database(store)) as db:
        urls = [r["url"] for r in db.query(check)]
    assert len(urls) == len(set(urls)) and set(urls) == sites.urls["c"] | sites.urls["d"]


def test_a_run_that_lost_its_run_lock_to_another_run_stops_in_one_line(
    sites: Sites, shared_nodes: list[Node], store: str, tmp_path: Path
) -> None:
    """A PostgreSQL restart ends the session holding the run lock, and another run takes it:
    ``crawlall --scrapyd`` went on scheduling its sources beside the other run and said so
    only at its end. It now stops as a local ``crawlall`` does: one line, no job started
    after, its running jobs cancelled, exit 1; the next run completes the store."""
    import psycopg

    node = shared_nodes[0]
    one = ("-s", "NEWS_SCRAPYD_JOBS_PER_NODE=1")
    name = store.rsplit("/", 1)[1]
    with (
        storing(store, sites, node, "c", "d", "e", *one, logs=tmp_path) as (run, release),
        psycopg.connect(store, autocommit=True, application_name="other run") as other,
    ):
        # What a restart does to the run's sessions, and another run taking the lock.
        other.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        other.execute("SELECT pg_advisory_lock(%s)", [advisory_key("newsloom", "run")])
        # c's pages are let go now: the run checks its lock before it starts another job,
        # and its stop's cancel waits for c's pages in flight.
        release.set()
        code, log = run.finish()
    assert code == EXIT_FAILED, log[-3000:]
    lost = [x for x in log.splitlines() if "stopping: lost " in x]
    assert len(lost) == 1 and "#newsloom/run (its session ended): now " in lost[0], log[-3000:]
    with closing(open_database(store)) as db:
        rows = {r["source"]: r for r in db.query("SELECT * FROM run_sources WHERE run_id = 1")}
    assert [s for s in ("c", "d", "e") if rows[s]["job"]] == ["c"], rows  # none started after
    assert all(rows[s]["outcome"] == "failed" for s in ("c", "d", "e")), rows
    code, log = crawlall(store, sites, [node.url], "c", "d", "e", logs=tmp_path).finish()
    assert code == EXIT_OK, log[-3000:]
    with closing(open_database(store)) as db:
        urls = [r["url"] for r in db.query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls))
    assert set(urls) == sites.urls["c"] | sites.urls["d"] | sites.urls["e"]


def test_a_node_behind_a_login_is_reached_with_it_and_its_password_kept_nowhere(
    sites: Sites, store: str, tmp_path: Path
) -> None:
    """Scrapyd's basic auth (its ``username`` and ``password`` settings) is given in the
    node's URL. The login never reached the node, which was called as host
    ``bob:PASSWORD@127.0.0.1`` ("Name or service not known", the password in the line);
    its password was to be recorded as given, in ``run_sources.node``. Now the calls carry
    it, the run crawls, and the node is recorded, reported and logged as its URL without
    it; a wrong password is one line naming the node, never the password, exit 1 as for a
    node that does not answer.

    The URL's password is in the process list while the run lasts, and in the crontab line:
    the run says so in one line. Given in a netrc file (mode 600) instead, with the node's
    URL bare, the login reaches the node as well; a file others may read is refused, exit 2.
    """
    password = "n0de-s3cret"
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login bob password {password}\n")
    netrc.chmod(0o600)
    with nodes(tmp_path / "nodes", 1, sites.egg, auth=("bob", password)) as (node,):
        wrong = crawlall(
            store, sites, [node.url_with_auth(password="wr0ng-one")], "c", logs=tmp_path
        ).finish()
        down = f"http://bob:{password}@127.0.0.1:{free_port()}"
        unreachable = crawlall(store, sites, [down], "c", logs=tmp_path).finish()
        run_logs = ("-s", f"NEWS_LOG_DIR={tmp_path / 'runs'}")
        code, log = crawlall(
            store, sites, [node.url_with_auth()], "c", "e", *run_logs, logs=tmp_path
        ).finish()
        from_file = ("-s", f"NEWS_SCRAPYD_NETRC={netrc}")
        filed = crawlall(store, sites, [node.url], "d", *from_file, logs=tmp_path).finish()
        netrc.chmod(0o644)
        readable = crawlall(store, sites, [node.url], "d", *from_file, logs=tmp_path).finish()
        ran = {job["spider"] for job in own_jobs(node, store)}
    assert code == EXIT_OK, log[-3000:]
    assert filed[0] == EXIT_OK, filed[1][-3000:]
    assert ran == {"c", "d", "e"}
    visible = [line for line in log.splitlines() if "read in the process list" in line]
    assert len(visible) == 1 and visible[0].startswith(
        "newsloom: 1 --scrapyd URL carries a password, which every user of this machine"
    ), log[-3000:]
    assert "process list" not in filed[1], filed[1][-3000:]
    assert readable[0] == EXIT_USAGE, readable[1][-3000:]
    assert f"other users may read or write it (mode 644): chmod 600 {netrc}" in readable[1]
    assert wrong[0] == unreachable[0] == EXIT_FAILED, wrong[1][-3000:] + unreachable[1][-3000:]
    ours = [line for line in wrong[1].splitlines() if line.startswith("newsloom: ")]
    assert ours == [
        visible[0],
        f"newsloom: {node.url} refused the user name and password its URL gives (HTTP 401): "
        "give those of the node's Scrapyd (its username and password settings)",
    ], wrong[1][-3000:]
    assert "wr0ng-one" not in wrong[1]
    with closing(open_database(store)) as db:
        rows = list(db.query("SELECT source, node FROM run_sources"))
        tables = {t: list(db.query(f"SELECT * FROM {t}")) for t in db.table_names()}
    assert sorted((r["source"], r["node"]) for r in rows) == [(s, node.url) for s in "cde"]
    listed, as_json = run_scrapy_forked(
        ["runs", "-s", f"NEWS_DB={store}"], ["runs", "--json", "-s", f"NEWS_DB={store}"]
    )
    assert listed.returncode == as_json.returncode == 0, listed.stderr + as_json.stderr
    assert node.url.split("://")[1].rstrip("/") in listed.stdout, listed.stdout
    assert node.url in as_json.stdout, as_json.stdout
    said = [log, unreachable[1], *(filed[1], readable[1])]
    said += [listed.stdout, listed.stderr, as_json.stdout, str(tables)]
    run_log = [path.read_text() for path in (tmp_path / "runs").iterdir()]
    assert run_log and node.url in run_log[0], run_log
    said += run_log
    assert password not in "\n".join(said)
