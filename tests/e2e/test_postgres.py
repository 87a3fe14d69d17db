"""The same commands on PostgreSQL: crawl, incremental rerun, runs, export, reprocess, locks,
and ``scrapy copydb`` both ways, against the throwaway server of tests/support/postgres.py."""

from __future__ import annotations

import json
import shlex
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from crawler.runs.outcome import EXIT_LOCKED
from crawler.storage.database import open_database
from crawler.storage.postgres import advisory_key
from tests.conftest import FAST, Crawl, Site, run_scrapy
from tests.support import faultserver as fs
from tests.support import postgres
from tests.support.harness import (
    QUICK,
    article_routes,
    finish,
    run_scrapy_forked,
    start_command,
)
from tests.support.postgres import fresh_database
from tests.support.scrapyd_nodes import free_port
from tests.support.warcfiles import WarcFile, page, response

VOLATILE = {"updated_at"}
# A run whose later pages a test holds (fs.hold_after): a held page is not given up (QUICK's
# 2 s timeout) while a loaded machine is slow to reach the point the test waits for.
HELD = ("-s", "DOWNLOAD_TIMEOUT=300")


@pytest.fixture
def pg_url(postgres_server: str, postgres_template: str) -> str:
    """A migrated store of its own: a copy of the session's template, faster than migrating."""
    return fresh_database(postgres_server, postgres_template)


@pytest.fixture
def empty_pg_url(postgres_server: str) -> str:
    """An empty database, for the tests whose first command creates the store's schema."""
    return fresh_database(postgres_server)


def _query(url: str, sql: str, params: list | None = None) -> list[dict]:
    with psycopg.connect(url) as conn:
        cursor = conn.execute(sql, params)
        assert cursor.description is not None, sql  # a statement that returns rows
        names = [d.name for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _listings(site: Site) -> tuple[str, ...]:
    return site.listing_crawl("-a", "source=fixture")


def _articles(url: str) -> dict[str, dict]:
    rows = _query(url, "SELECT * FROM articles")
    return {r["url"]: {k: v for k, v in r.items() if k not in VOLATILE} for r in rows}


def test_crawl_rerun_runs_export_and_reprocess(
    site: Site, empty_pg_url: str, tmp_path: Path
) -> None:
    pg_url = empty_pg_url
    first = run_scrapy("crawl", *_listings(site), "-s", f"NEWS_DB={pg_url}", *FAST)
    assert first.returncode == 0, first.stderr[-3000:]
    rows = _articles(pg_url)
    assert len(rows) == 6
    heise = next(u for u in rows if u.startswith(site.url("articles/heise.html")))
    assert rows[heise]["title"] == "Lithium aus dem Schredder"
    assert rows[heise]["published"] == "2019-06-20T07:15:00+00:00"
    # Full-text search in the article's language: German stemming finds the plural's stem.
    (config,) = _query(
        pg_url, "SELECT newsloom_text_config(%s)::text AS c", [rows[heise]["language"]]
    )
    assert config["c"] == "newsloom_german"  # german, accents folded
    hits = _query(
        pg_url,
        "SELECT url FROM articles WHERE search @@ websearch_to_tsquery("
        "newsloom_text_config(language), %s)",
        ["Schredder"],
    )
    assert [h["url"] for h in hits] == [heise]
    plan = _query(
        pg_url,
        "EXPLAIN SELECT url FROM articles WHERE search @@ to_tsquery('german', 'schredd')",
    )
    assert plan  # the GIN index exists; the planner may still scan a table this small
    assert _query(pg_url, "SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search'")

    # Incremental: the second run downloads no article and asks the listings conditionally.
    site.requests.clear()
    second = run_scrapy("crawl", *_listings(site), "-s", f"NEWS_DB={pg_url}", *FAST)
    assert second.returncode == 0, second.stderr[-3000:]
    assert sorted(site.paths()) == ["/news_sitemap.xml", "/robots.txt", "/rss.xml"]
    assert "'news/listing/not_modified': 2" in second.stderr
    (run_row,) = _query(pg_url, "SELECT * FROM run_sources WHERE run_id = 2")
    assert run_row["outcome"] == "ok" and run_row["listings_not_modified"] == 2

    out = tmp_path / "out.jsonl"
    runs, exported = run_scrapy_forked(
        ["runs", "-s", f"NEWS_DB={pg_url}"],
        ["export", str(out), "--since", "2019-06-20", "-s", f"NEWS_DB={pg_url}"],
    )
    assert runs.returncode == 0, runs.stderr[-3000:]
    assert "fixture" in runs.stdout

    assert exported.returncode == 0, exported.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    dated = {u for u, r in rows.items() if (r["published"] or r["fetched_at"]) >= "2019-06-20"}
    assert {r["url"] for r in records} == dated and heise in dated

    with psycopg.connect(pg_url) as conn:
        conn.execute("UPDATE articles SET text = 'damaged', title = NULL, published = NULL")
    site.requests.clear()
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={pg_url}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert site.requests == []
    assert _articles(pg_url) == rows


def test_a_held_source_lock_exits_75(site: Site, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as holder:
        # The lock a crawl of source "fixture" takes, held by another session (another node).
        holder.execute(
            "SELECT pg_advisory_lock(%s)", [advisory_key("newsloom", "source", "fixture")]
        )
        secret = _with_password(pg_url, "s3cretpw")
        blocked = run_scrapy("crawl", *_listings(site), "-s", f"NEWS_DB={secret}", *FAST)
        assert blocked.returncode == EXIT_LOCKED, blocked.stderr[-3000:]
        shown = _with_password(pg_url, "***")
        assert f"another run is using {shown} for source fixture" in blocked.stderr
        assert f"({shown}#newsloom/source/fixture is held by" in blocked.stderr
        assert "s3cretpw" not in blocked.stderr
    assert "/rss.xml" not in site.paths()
    free = run_scrapy("crawl", *_listings(site), "-s", f"NEWS_DB={pg_url}", *FAST)
    assert free.returncode == 0, free.stderr[-3000:]


def _with_password(url: str, password: str) -> str:
    """``url`` with a password (the test server trusts every login and ignores it)."""
    scheme, _, rest = url.partition("//")
    user, _, host = rest.partition("@")
    return f"{scheme}//{user.split(':', 1)[0]}:{password}@{host}"


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (("runs",), 1, "newsloom: cannot open the database"),
        (("export", "out.jsonl"), 1, "newsloom: cannot open the database"),
        (("versions", "https://example.org/a"), 1, "newsloom: cannot open the database"),
        (("reprocess",), 1, "newsloom: cannot read the database"),
        (("crawl", "news", "-a", "url=http://127.0.0.1:9/a"), 1, "newsloom: cannot lock"),
    ],
)
def test_a_database_that_does_not_exist_is_named_without_its_password(
    postgres_server: str, tmp_path: Path, args: tuple[str, ...], code: int, said: str
) -> None:
    """The one-line error named the URL as given, password and all, on the terminal and in
    cron's mail; the closing lines and the run's log already left it out."""
    missing = postgres_server.rsplit("/", 1)[0] + "/no_such_database"
    secret = _with_password(missing, "s3cretpw")
    run = run_scrapy(*args, "-s", f"NEWS_DB={secret}", "-s", f"NEWS_LOG_DIR={tmp_path}")
    assert run.returncode == code, run.stderr[-3000:]
    assert f"{said} {_with_password(missing, '***')}" in run.stderr
    assert 'database "no_such_database" does not exist' in run.stderr
    assert "s3cretpw" not in run.stderr and "Traceback" not in run.stderr


def test_copydb_both_ways_resumes_and_verifies(
    site: Site, crawl: Crawl, empty_pg_url: str, tmp_path: Path
) -> None:
    pg_url = empty_pg_url
    run, lite = crawl(*_listings(site))
    assert run.returncode == 0, run.stderr[-3000:]
    source = tmp_path / "news.db"
    to_pg = run_scrapy("copydb", str(source), pg_url)
    assert to_pg.returncode == 0, to_pg.stdout + to_pg.stderr[-3000:]
    assert "articles: 6 rows in the source, 6 in the target (6 written now) ok" in to_pg.stdout
    assert "every row count verified" in to_pg.stdout
    # Run again after a finished copy: a new copy over the same rows, adding none.
    again_copy = run_scrapy("copydb", str(source), pg_url)
    assert again_copy.returncode == 0
    assert "articles: 6 rows in the source, 6 in the target (6 written now) ok" in again_copy.stdout

    back = tmp_path / "back.db"
    to_lite = run_scrapy("copydb", pg_url, str(back))
    assert to_lite.returncode == 0, to_lite.stdout + to_lite.stderr[-3000:]
    original = {r["url"]: r for r in lite.query("SELECT * FROM articles")}
    from sqlite_utils import Database

    copied = Database(back)
    assert {r["url"]: r for r in copied.query("SELECT * FROM articles")} == original
    for table in ("pages", "dedup_buckets", "dedup_signatures", "runs", "run_sources"):
        count = f"SELECT count(*) FROM {table}"
        assert copied.execute(count).fetchone()[0] == lite.execute(count).fetchone()[0], table
    # The copy's full-text index was built from the copied rows.
    hits = copied.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Schredder'")
    assert hits.fetchone()[0] == 1
    # A new run on the PostgreSQL copy gets a new run id, past the copied ones.
    again = run_scrapy("crawl", *_listings(site), "-s", f"NEWS_DB={pg_url}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert max(r["id"] for r in _query(pg_url, "SELECT id FROM runs")) == 2


def test_a_warc_record_whose_worker_timed_out_is_stored_by_the_rerun(
    pg_url: str, tmp_path: Path
) -> None:
    """The WARC retry rows on PostgreSQL: kept by the timed-out run, read back and settled by
    the rerun, which stores each article once."""
    w = WarcFile()
    for i in range(2):
        text = "The council met on Tuesday to discuss the budget for schools, roads and parks. "
        w.add(
            response(
                f"https://en.example/story-{i}",
                page(f"Council story {i}", [f"Story {i}. " + text * 4]),
            )
        )
    warc = w.write(tmp_path / "cc-news.warc.gz")
    db = ("-s", f"NEWS_DB={pg_url}", *FAST)
    run = run_scrapy("crawl", "news", "-a", f"warc={warc}", "-s", "NEWS_EXTRACT_TIMEOUT=0.001", *db)
    assert run.returncode == 0, run.stderr[-3000:]
    assert len(_query(pg_url, "SELECT * FROM warc_retries WHERE given_up_at IS NULL")) == 2
    assert _query(pg_url, "SELECT url FROM articles") == []
    again = run_scrapy("crawl", "news", "-a", f"warc={warc}", *db)
    assert again.returncode == 0, again.stderr[-3000:]
    urls = sorted(r["url"] for r in _query(pg_url, "SELECT url FROM articles"))
    assert urls == ["https://en.example/story-0", "https://en.example/story-1"], again.stderr[
        -6000:
    ]
    assert _query(pg_url, "SELECT * FROM warc_retries") == []


def test_the_demo_into_postgresql_says_what_it_stored(pg_url: str) -> None:
    """Into PostgreSQL the demo printed nothing at all: its summary looked for a file."""
    run = run_scrapy("demo", "--port", str(free_port()), "-s", f"NEWS_DB={pg_url}")
    assert run.returncode == 0, run.stderr[-3000:]
    (count,) = _query(pg_url, "SELECT count(*) AS n FROM articles WHERE source = 'demo'")
    assert count["n"] > 0
    assert f"Demo done: {count['n']} demo articles in {pg_url}" in run.stdout
    assert f"runs -s NEWS_DB={pg_url}" in run.stdout
    assert "browse" not in run.stdout  # it reads SQLite only


def test_a_server_that_goes_away_mid_run_fails_it_with_a_summary(
    postgres_server: str, postgres_template: str, tmp_path: Path
) -> None:
    """The store lost mid-crawl (its connections ended, no new one taken: a server stopped or
    restarted) ended the run in a traceback where it records its end, without the summary."""
    url = fresh_database(postgres_server, postgres_template)
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = article_routes(srv, 30, prefix="/a")
        # The first answered, the rest held until the store is gone: the run is mid-crawl
        # then however fast it goes (a 0.4 s delay per page left that to luck).
        fs.hold_after(srv, paths, 1, release)
        feed = srv.route(
            "/feed.xml",
            fs.send(body=fs.rss(srv.base, paths), content_type="application/rss+xml"),
        )
        log = tmp_path / "crawl.log"
        started = time.monotonic()
        command = [sys.executable, "-m", "scrapy", "crawl", "news", *QUICK, "-a", f"feed={feed}"]
        command += ["-s", f"NEWS_DB={url}", "-s", "CONCURRENT_REQUESTS=2", *HELD]
        proc = start_command(command, log=log)
        try:
            deadline = started + 60
            while not _query(url, "SELECT count(*) AS n FROM articles")[0]["n"]:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.2)
            with postgres.unreachable(postgres_server, url):
                release.set()
                result = finish(proc, log, started)
            # The server back, the next run finishes the work, without duplicates.
            again_log = tmp_path / "again.log"
            again = finish(start_command(command, log=again_log), again_log, time.monotonic())
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert result.returncode == 1, result.stderr[-3000:]
    tail = result.stderr.rsplit("Spider closed", 1)[1]
    assert "Traceback" not in tail, tail
    assert f"newsloom: could not record the end of run 1 in {url}: " in tail
    assert "newsloom: run 1 finished in " in tail and ": exit 1 (run failed)" in tail
    assert again.returncode == 0, again.stderr[-3000:]
    stored = _query(url, "SELECT count(*) AS n, count(DISTINCT url) AS urls FROM articles")
    assert stored == [{"n": 30, "urls": 30}]


def test_a_crawlall_that_lost_its_run_lock_to_another_run_stops_in_one_line(
    postgres_server: str, postgres_template: str, tmp_path: Path
) -> None:
    """The run lock is an advisory lock of a session that a server restart ends. Another
    crawlall could then take it while the first went on: it crawled its next source beside
    the other and said nothing. Now it stops before the next source, in one line, exit 1;
    the next run completes the store without duplicates."""
    url = fresh_database(postgres_server, postgres_template)
    name = url.rsplit("/", 1)[1]
    release = threading.Event()
    with fs.fault_server() as srv:
        paths = {s: article_routes(srv, 12, prefix=f"/{s}") for s in ("a", "b")}
        # The first page answered, the rest held until the lock has gone to the other run: the
        # run is still crawling then however fast it goes (a delay per page left it to luck).
        fs.hold_after(srv, paths["a"] + paths["b"], 1, release)
        sources = tmp_path / "sources.toml"
        for source, routes in paths.items():
            feed = srv.route(
                f"/{source}.xml",
                fs.send(body=fs.rss(srv.base, routes), content_type="application/rss+xml"),
            )
            with sources.open("a", encoding="utf-8") as out:
                out.write(f'[sources.{source}]\nfeeds = ["{feed}"]\n')
        command = [sys.executable, "-m", "scrapy", "crawlall", "--concurrency", "1", *QUICK]
        command += ["-s", f"NEWS_DB={url}", "-s", f"NEWS_SOURCES={sources}"]
        command += ["-s", f"NEWS_LOG_DIR={tmp_path}", "-s", "CONCURRENT_REQUESTS=2", *HELD]
        log = tmp_path / "crawlall.log"
        started = time.monotonic()
        proc = start_command(command, log=log)
        try:
            while not _query(url, "SELECT count(*) AS n FROM articles")[0]["n"]:
                assert proc.poll() is None and time.monotonic() < started + 60, log.read_text()
                time.sleep(0.2)
            # What a restart does to the run's sessions, and another run taking the lock.
            with psycopg.connect(postgres_server, autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    [name],
                )
            with psycopg.connect(url, autocommit=True, application_name="other run") as other:
                other.execute("SELECT pg_advisory_lock(%s)", [advisory_key("newsloom", "run")])
                release.set()
                result = finish(proc, log, started)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        again_log = tmp_path / "again.log"
        again = finish(start_command(command, log=again_log), again_log, time.monotonic())
    assert result.returncode == 1, result.stderr[-3000:]
    lost = [x for x in result.stderr.splitlines() if x.startswith("newsloom: stopping: lost ")]
    assert len(lost) == 1, result.stderr[-3000:]
    assert "#newsloom/run (its session ended): now " in lost[0] and "other run" in lost[0]
    # Not crawled, closed at the next check of the lock, or failed by its own store session,
    # which the restart ended too, while opening it or while writing (which comes first is a
    # race on a loaded machine): never "ok", never going on beside the holder.
    b = [x for x in result.stderr.splitlines() if x.startswith("newsloom: b: ")]
    assert b and b[0].startswith("newsloom: b: failed ("), result.stderr[-3000:]
    assert "Traceback" not in result.stderr.rsplit("Spider closed", 1)[1]
    assert again.returncode == 0, again.stderr[-3000:]
    stored = _query(url, "SELECT count(*) AS n, count(DISTINCT url) AS urls FROM articles")
    assert stored == [{"n": 24, "urls": 24}]


def _as_new_role(server: str, store: str, *, may_read: bool) -> str:
    """``store``'s URL for a new login role that may not create tables (PostgreSQL 15 gives
    the public schema's CREATE to its database's owner only) and, ``may_read``, may read
    the store's tables without writing them."""
    role = f"r_{store.rsplit('_', 1)[1]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    if may_read:
        with psycopg.connect(store, autocommit=True) as conn:
            conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    scheme, _, rest = store.partition("//")
    return f"{scheme}//{role}@{rest.split('@', 1)[1]}"


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (("runs",), 1, "newsloom: cannot open the database"),
        (("reprocess",), 1, "newsloom: cannot read the database"),
        (
            ("crawl", "news", "-a", "url=http://127.0.0.1:9/a"),
            1,
            "newsloom: cannot open the database",
        ),
    ],
)
def test_a_user_who_may_not_create_tables_gets_one_line_and_nothing_is_written(
    postgres_server: str, tmp_path: Path, args: tuple[str, ...], code: int, said: str
) -> None:
    """A role that may log in but not create tables in the database's schema: PostgreSQL's
    error came out whole, the refused CREATE TABLE and a caret under it on two more lines."""
    store = fresh_database(postgres_server)
    as_role = _as_new_role(postgres_server, store, may_read=False)
    run = run_scrapy(*args, "-s", f"NEWS_DB={as_role}", "-s", f"NEWS_LOG_DIR={tmp_path}")
    assert run.returncode == code, run.stderr[-3000:]
    lines = [x for x in run.stderr.splitlines() if said in x]
    assert len(lines) == 1, run.stderr[-3000:]
    line = lines[0]
    assert line.endswith("permission denied for schema public"), line
    assert "LINE 1" not in run.stderr and "Traceback" not in run.stderr
    assert _query(store, "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'") == [
        {"n": 0}
    ]


@pytest.mark.parametrize("command", ["crawl", "crawlall"])
def test_a_user_who_may_only_read_gets_one_line_and_nothing_is_written(
    postgres_server: str, postgres_template: str, tmp_path: Path, command: str
) -> None:
    """A role that may read the store but not write it (a reporting login given to cron by
    mistake): the run's first row raised an InsufficientPrivilege traceback, exit 1."""
    store = fresh_database(postgres_server, postgres_template)
    as_role = _as_new_role(postgres_server, store, may_read=True)
    args = ("news", "-a", "url=http://127.0.0.1:9/a") if command == "crawl" else ()
    sources = tmp_path / "sources.toml"
    sources.write_text('[sources.one]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n', "utf-8")
    run = run_scrapy(
        command, *args, "-s", f"NEWS_DB={as_role}", "-s", f"NEWS_SOURCES={sources}",
        "-s", f"NEWS_LOG_DIR={tmp_path}",
    )  # fmt: skip
    assert run.returncode == 1, run.stderr[-3000:]
    said = [x for x in run.stderr.splitlines() if "cannot write to the database" in x]
    assert len(said) == 1 and said[0].endswith("permission denied for table runs"), run.stderr
    assert "Traceback" not in run.stderr
    assert _query(store, "SELECT count(*) AS n FROM runs") == [{"n": 0}]


PASSWORD = "pw-never-printed"


@pytest.fixture(scope="module")
def password_server() -> Iterator[str]:
    """A server that checks passwords (the session's trusts every login): the URL of its
    ``postgres`` database, password included."""
    if postgres.binaries() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with postgres.cluster(password=PASSWORD) as url:
        yield url


def test_the_command_a_run_suggests_logs_in_with_the_password_from_the_environment(
    site: Site, password_server: str, tmp_path: Path
) -> None:
    """The closing line named the store with '***' for the password: copied as it was, the
    command sent '***' to the server and failed its password check."""
    store = fresh_database(password_server)
    page = site.url("articles/heise.html")
    crawl = run_scrapy(
        "crawl", "news", "-a", f"url={page}", "-a", "source=fixture",
        "-s", f"NEWS_DB={store}", "-s", f"NEWS_LOG_DIR={tmp_path}", *FAST,
    )  # fmt: skip
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert PASSWORD not in crawl.stderr + crawl.stdout
    line = [x for x in crawl.stderr.splitlines() if "look at it: " in x][-1]
    assert "give it in PGPASSWORD" in line, line
    _program, *args = shlex.split(line.split("look at it: ", 1)[1].split("   (or:", 1)[0])
    assert args[0] == "runs", line
    told = run_scrapy(*args, env={"PGPASSWORD": PASSWORD})
    assert told.returncode == 0, told.stderr[-3000:]
    assert "fixture" in told.stdout


def test_a_wrong_password_is_one_line_without_it(password_server: str, tmp_path: Path) -> None:
    store = fresh_database(password_server)
    wrong = store.replace(f":{PASSWORD}@", ":not-the-password@")
    store_args = ["-s", f"NEWS_DB={wrong}", "-s", f"NEWS_LOG_DIR={tmp_path}"]
    for run in run_scrapy_forked(
        ["runs", *store_args], ["crawl", "news", "-a", "url=http://127.0.0.1:9/a", *store_args]
    ):
        assert run.returncode == 1, run.stderr[-3000:]
        said = [x for x in run.stderr.splitlines() if "password authentication failed" in x]
        assert len(said) == 1 and ":***@" in said[0], run.stderr[-3000:]
        assert "not-the-password" not in run.stderr and "Traceback" not in run.stderr


def test_a_crawl_that_cannot_open_the_store_fails_in_one_line_without_a_traceback(
    postgres_server: str, postgres_template: str, tmp_path: Path
) -> None:
    """A Scrapyd job (``NEWS_RUN_ID`` given) whose role may hold one connection: its source
    lock takes it, the crawl's store is refused. Its log also showed Scrapy's CoreStats
    closing a crawl that never opened: 'AssertionError: assert self.start_time is not None'
    and its traceback, read as a second failure."""
    store = fresh_database(postgres_server, postgres_template)
    role = f"r_{store.rsplit('_', 1)[1]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN CONNECTION LIMIT 1')
    scheme, _, rest = store.partition("//")
    limited = f"{scheme}//{role}@{rest.split('@', 1)[1]}"
    run = run_scrapy(
        "crawl", "news", "-a", "url=http://127.0.0.1:9/a", "-s", f"NEWS_DB={limited}",
        "-s", "NEWS_RUN_ID=1", "-s", f"NEWS_LOG_DIR={tmp_path}", *FAST,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr[-3000:]
    said = [x for x in run.stderr.splitlines() if "could not start: " in x and "ERROR" in x]
    assert len(said) == 1 and "too many connections" in said[0], run.stderr[-3000:]
    assert "Traceback" not in run.stderr and "AssertionError" not in run.stderr, run.stderr
    assert "Pending articles" not in run.stderr, run.stderr


def test_crawlall_on_nodes_says_a_password_in_the_url_would_reach_every_node(
    pg_url: str, tmp_path: Path
) -> None:
    """Each Scrapyd job gets NEWS_DB among its arguments, which Scrapyd writes into its log
    and the node's process list shows: a password in the URL was spread in clear, unsaid."""
    sources = tmp_path / "sources.toml"
    sources.write_text('[sources.one]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n', "utf-8")
    down = f"http://127.0.0.1:{free_port()}"  # no node answers: nothing is sent anywhere
    said = {}
    for url in (_with_password(pg_url, "s3cretpw"), pg_url):
        run = run_scrapy(
            "crawlall", "--scrapyd", down, "-s", f"NEWS_DB={url}",
            "-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_LOG_DIR={tmp_path}",
        )  # fmt: skip
        assert run.returncode == 1, run.stderr[-3000:]
        assert "no node answers, nothing crawled" in run.stderr
        assert "s3cretpw" not in run.stderr and "Traceback" not in run.stderr
        said[url] = [x for x in run.stderr.splitlines() if "goes to every node" in x]
    with_password, without = said.values()
    assert len(with_password) == 1 and "PGPASSWORD" in with_password[0]
    assert without == []


def test_copydb_into_a_store_the_user_may_only_read_stops_in_one_line(
    postgres_server: str, postgres_template: str, tmp_path: Path
) -> None:
    """The target's first batch raised an InsufficientPrivilege traceback, exit 1."""
    source = tmp_path / "news.db"
    lite = open_database(source)
    lite.execute(
        "INSERT INTO runs (command, sources, started_at) VALUES ('crawl', '[]', ?)",
        ["2026-01-01T00:00:00+00:00"],
    )
    lite.conn.commit()
    lite.close()
    store = fresh_database(postgres_server, postgres_template)
    as_role = _as_new_role(postgres_server, store, may_read=True)
    run = run_scrapy("copydb", str(source), as_role)
    assert run.returncode == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    said = [
        x for x in run.stderr.splitlines() if x.startswith(f"newsloom: copy into {as_role} stopped")
    ]
    assert len(said) == 1 and "permission denied for table" in said[0], run.stderr
    assert _query(store, "SELECT count(*) AS n FROM runs") == [{"n": 0}]
