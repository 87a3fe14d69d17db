"""`scrapy reprocess` stopped or killed mid-way: its rerun continues, and reads no page again
that the stopped run finished under the same rules. Real processes, SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from crawler.runs.outcome import EXIT_FAILED, EXIT_STOPPED
from crawler.settings import ITEM_PIPELINES
from crawler.storage import reprocess_passes, schema
from crawler.storage.database import open_database, schema_upgrades, write_transaction
from tests.conftest import FAST, ROOT, ScrapyRun, run_scrapy
from tests.support import killpoint, postgres
from tests.support.harness import start_command
from tests.support.quality_site import served_sources, source_pages, write_feed

PAGES = 30
SOURCES = """
[sources.paper]
feeds = ["{base}/paper.xml"]
"""
# Small batches and few items in flight: the run is many transactions long.
SMALL = ("-s", "NEWS_DB_BATCH_SIZE=5", "-s", "NEWS_REPROCESS_IN_FLIGHT=4")
# The statement that marks a page done, once per page (executemany).
MARK = f"INSERT INTO {reprocess_passes.DONE}"
LANGUAGE_POLICY = "pipelines.language_policy.LanguagePolicyPipeline"


def _crawled_store(folder: Path, db: str) -> Path:
    """Crawl PAGES articles of source "paper" into ``db``, then damage every row's text so
    that each reprocess that reads a page rewrites its row; returns the sources file."""
    pages = source_pages("paper", "de", range(1, PAGES + 1))
    with served_sources(folder, pages, SOURCES, db) as (base, settings):
        write_feed(folder / "site" / "paper.xml", base, pages)
        crawled = run_scrapy("crawl", "paper", *settings, *FAST)
        assert crawled.returncode == 0, crawled.stderr[-3000:]
    store = open_database(db)
    try:
        with write_transaction(store):
            damaged = store.execute("UPDATE articles SET text = 'damaged'").rowcount
    finally:
        store.close()
    assert damaged == PAGES
    return folder / "sources.toml"


def _copy_sqlite(source: str, target: str) -> None:
    """``source``'s SQLite store written over ``target``, neither of them open: its
    write-ahead log, if one is left, copied with it, and none of ``target``'s own left."""
    for suffix in ("", "-wal", "-shm"):
        if suffix != "-shm" and Path(source + suffix).exists():
            shutil.copyfile(source + suffix, target + suffix)
        else:
            Path(target + suffix).unlink(missing_ok=True)


@pytest.fixture(scope="module")
def crawled() -> dict[str, tuple[str, Path]]:
    """The crawled and damaged store of each backend (its NEWS_DB and sources file) that the
    module's tests copy, made when a test first asks for that backend: every test read the
    same crawl of PAGES pages, and each crawled it again (a third of the module's CPU). Held
    by the fixture, not the module: xdist may set the fixture up again in one worker."""
    return {}


@pytest.fixture
def stored(
    store_url: str,
    crawled: dict[str, tuple[str, Path]],
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, tuple[str, ...]]:
    """A copy of the store of PAGES articles of source "paper", every row's text damaged
    (``crawled``): this test's own, as each reprocess writes it; returns it and its ``-s``
    settings. The crawl's run is the copy's run 1, as it was when each test crawled."""
    backend = "postgresql" if store_url.startswith("postgresql") else "sqlite"
    if backend not in crawled:
        folder = tmp_path_factory.mktemp(f"crawled-{backend}")
        if backend == "sqlite":
            template = str(folder / "news.db")
        else:
            template = postgres.fresh_database(
                request.getfixturevalue("postgres_server"),
                request.getfixturevalue("postgres_template"),
            )
        crawled[backend] = (template, _crawled_store(folder, template))
    template, sources = crawled[backend]
    if backend == "sqlite":
        db = store_url
        _copy_sqlite(template, db)
    else:
        db = postgres.fresh_database(
            request.getfixturevalue("postgres_server"), template.rsplit("/", 1)[1]
        )
    return db, ("-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}")


@pytest.fixture(scope="module")
def stops() -> dict[str, tuple[str, subprocess.CompletedProcess]]:
    """The store a reprocess stopped mid-way (SIGTERM) left, and that run, for the tests that
    continue from it (``stopped``). Held by the fixture, as ``crawled`` is."""
    return {}


@pytest.fixture
def stopped(
    stored: tuple[str, tuple[str, ...]],
    stops: dict[str, tuple[str, subprocess.CompletedProcess]],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, tuple[str, ...], subprocess.CompletedProcess]:
    """This test's copy of ``stored`` (SQLite) as a reprocess sent SIGTERM at its 11th page
    done left it, and that run (the copy's run 2): made once, by the first test that asks,
    and copied for the others. Each test stopped a run of its own, the same run on the same
    store, before it went on from there."""
    db, settings = stored
    if "sqlite" not in stops:
        run = _killpoint(settings, "SIGTERM")
        kept = str(tmp_path_factory.mktemp("stopped") / "news.db")
        _copy_sqlite(db, kept)
        stops["sqlite"] = (kept, run)
    else:
        kept, run = stops["sqlite"]
        _copy_sqlite(kept, db)
    return db, settings, run


def _done_and_repaired(db: str) -> tuple[set[str], set[str]]:
    """The pages the pass marked done, and the rows no longer damaged."""
    store = open_database(db)
    try:
        marked = {r[0] for r in store.execute(f"SELECT url FROM {reprocess_passes.DONE}")}
        repaired = {r[0] for r in store.execute("SELECT url FROM articles WHERE text <> 'damaged'")}
    finally:
        store.close()
    return marked, repaired


def _killpoint(settings: tuple[str, ...], sent: str, *args: str) -> subprocess.CompletedProcess:
    """`scrapy reprocess` on SQLite, sent ``sent`` as it marks the 11th page done: two
    batches of five committed at least, the run's last pages not read yet."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        killpoint.KILL_SQL: MARK,
        killpoint.KILL_AT: "11",
        killpoint.KILL_SIGNAL: sent,
    }
    command = [sys.executable, "-m", "tests.support.killpoint", "scrapy", "reprocess", *args]
    return subprocess.run(
        [*command, *settings, *SMALL, *FAST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _killed_on_postgres(db: str, settings: tuple[str, ...], log: Path) -> None:
    """`scrapy reprocess` on PostgreSQL, SIGKILLed while its batch holding the last page waits
    for that row, which this test holds locked: the batches before it are committed, that one
    and the pages after it are not."""
    hold = psycopg.connect(db)
    # Another connection looks: one transaction sees pg_stat_activity as it first read it.
    watch = psycopg.connect(db, autocommit=True)
    try:
        (last,) = hold.execute("SELECT max(url) FROM articles").fetchone() or (None,)
        hold.execute("SELECT 1 FROM articles WHERE url = %s FOR UPDATE", [last])
        command = [sys.executable, "-m", "scrapy", "reprocess", *settings, *SMALL, *FAST]
        proc = start_command(command, log=log)
        try:
            deadline = time.monotonic() + 120
            waiting = 0
            while not waiting and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
                (waiting,) = watch.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    " AND datname = current_database()"
                ).fetchone() or (0,)
            running = proc.poll() is None
        finally:
            proc.kill()
            proc.wait(timeout=60)
        assert waiting and running, f"the reprocess never reached the held row: {log.read_text()}"
    finally:
        hold.rollback()
        hold.close()
        watch.close()


def _read_again(run: ScrapyRun) -> tuple[int, int, int]:
    """(pages read, pages done before and not read, the run that did them) of the summary."""
    found = re.search(
        r"paper: ok; (\d+) stored pages? read(?: \((\d+) more done by run (\d+) before its stop,"
        r" not read again\))?,",
        run.stderr,
    )
    assert found, run.stderr[-3000:]
    return int(found[1]), int(found[2] or 0), int(found[3] or 0)


@pytest.mark.long
def test_a_killed_reprocess_is_continued_by_its_rerun(
    stored: tuple[str, tuple[str, ...]], tmp_path: Path
) -> None:
    """SIGKILL mid-way: the pages marked done are exactly the rows written (one transaction),
    the rerun reads only the others and says how many it did not read again, and the store
    ends with every row repaired. A reprocess after that pass ended reads every page again.

    Before, the rerun read all 30 pages again (those done counted unchanged): on a store of
    a million rows, the hours the killed run had worked.
    """
    db, settings = stored
    if db.startswith("postgresql"):
        _killed_on_postgres(db, settings, tmp_path / "killed.log")
    else:
        killed = _killpoint(settings, "SIGKILL")
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    marked, repaired = _done_and_repaired(db)
    assert marked == repaired  # written and marked in one transaction
    assert 0 < len(marked) < PAGES

    again = run_scrapy("reprocess", *settings, *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert _read_again(again) == (PAGES - len(marked), len(marked), 2)
    assert f"0 new, {PAGES - len(marked)} updated (text " in again.stderr
    marked, repaired = _done_and_repaired(db)
    assert marked == set() and len(repaired) == PAGES  # the pass is over

    third = run_scrapy("reprocess", *settings, *FAST)
    assert third.returncode == 0, third.stderr[-3000:]
    assert _read_again(third) == (PAGES, 0, 0)
    assert f"0 new, 0 updated, {PAGES} unchanged," in third.stderr


@pytest.mark.long
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_stopped_reprocess_says_what_is_done_and_a_rule_change_is_not_hidden(
    stopped: tuple[str, tuple[str, ...], subprocess.CompletedProcess],
) -> None:
    """SIGTERM mid-way: exit 130, and the summary says how many pages are done and that a
    rerun continues (it said the rerun reads every page again). ``--all`` reads them all;
    a rerun whose rules differ from the stopped run's (here a rule setting) reads them all
    too, and says why, rather than keep rows of the old rules."""
    db, settings, run = stopped
    assert run.returncode == EXIT_STOPPED, run.stderr[-3000:]
    marked, repaired = _done_and_repaired(db)
    assert marked == repaired and 0 < len(marked) < PAGES
    assert (
        f"{len(marked)} stored pages done; run the same command again to continue: it does "
        "not read them again" in run.stderr
    )

    everything = run_scrapy("reprocess", "--all", *settings, *FAST)
    assert everything.returncode == 0, everything.stderr[-3000:]
    assert _read_again(everything) == (PAGES, 0, 0)
    assert _done_and_repaired(db)[0] == set()  # that pass is over

    with write_transaction(store := open_database(db)):
        store.execute("UPDATE articles SET text = 'damaged'")
    store.close()
    killed = _killpoint(settings, "SIGKILL")
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    other_rules = run_scrapy("reprocess", *settings, "-s", "NEWS_MIN_TEXT_CHARS=200", *FAST)
    assert other_rules.returncode == 0, other_rules.stderr[-3000:]
    assert _read_again(other_rules) == (PAGES, 0, 0)
    assert "The rules changed since run 4 left the reprocess of paper unfinished" in (
        other_rules.stderr
    )
    assert len(_done_and_repaired(db)[1]) == PAGES


@pytest.mark.long
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_rerun_through_other_item_pipelines_reads_every_page_again(
    stopped: tuple[str, tuple[str, ...], subprocess.CompletedProcess],
) -> None:
    """ITEM_PIPELINES decides what becomes of a page as much as a rule setting does: a
    rerun through other pipelines than the stopped run's (here without the language policy)
    reads every page again and says why.

    Before, the pipelines were in no fingerprint: the rerun skipped the pages the stopped
    run did and kept their rows, made by other pipelines than the rest."""
    db, settings, run = stopped
    assert run.returncode == EXIT_STOPPED, run.stderr[-3000:]
    assert 0 < len(_done_and_repaired(db)[0]) < PAGES
    fewer = {path: order for path, order in ITEM_PIPELINES.items() if path != LANGUAGE_POLICY}
    assert len(fewer) == len(ITEM_PIPELINES) - 1
    rerun = run_scrapy("reprocess", *settings, "-s", f"ITEM_PIPELINES={json.dumps(fewer)}", *FAST)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert _read_again(rerun) == (PAGES, 0, 0)
    assert "The rules changed since run 2 left the reprocess of paper unfinished" in (rerun.stderr)


# The tables a reprocess may write, and on SQLite the full-text index's rows.
WRITTEN = (
    "articles",
    "pages",
    "runs",
    "run_sources",
    "article_versions",
    "article_checks",
    "dedup_signatures",
    "line_stats",
    reprocess_passes.PASSES,
    reprocess_passes.DONE,
)


def _contents(db: str) -> dict[str, list[tuple]]:
    """Every row of the tables a reprocess writes (and of SQLite's FTS index), in order."""
    store = open_database(db)
    try:
        found = {
            table: sorted(tuple(map(repr, row)) for row in store.execute(f"SELECT * FROM {table}"))
            for table in WRITTEN
        }
        if not db.startswith("postgresql"):
            fts = store.execute("SELECT rowid, title, text FROM articles_fts").fetchall()
            found["articles_fts"] = sorted(tuple(map(repr, row)) for row in fts)
    finally:
        store.close()
    return found


@pytest.mark.long
def test_a_dry_run_says_what_a_reprocess_would_change_and_writes_nothing(
    stored: tuple[str, tuple[str, ...]],
) -> None:
    """`--dry-run` reads and re-derives every row and prints the summary a reprocess prints
    (rows, fields moved), and leaves the store as it was: its rows, its FTS index, no run
    recorded, no pass begun; on SQLite the file's very bytes."""
    db, settings = stored
    before = _contents(db)
    file_before = b"" if db.startswith("postgresql") else Path(db).read_bytes()
    dry = run_scrapy("reprocess", "--dry-run", *settings, *FAST)
    assert dry.returncode == 0, dry.stderr[-3000:]
    line = f"paper: ok; {PAGES} stored pages read, 0 new, {PAGES} updated (text {PAGES}"
    assert line in dry.stderr
    assert "dry run finished in " in dry.stderr and "nothing written to " in dry.stderr
    assert _contents(db) == before
    if not db.startswith("postgresql"):
        assert Path(db).read_bytes() == file_before

    real = run_scrapy("reprocess", *settings, *FAST)
    assert real.returncode == 0, real.stderr[-3000:]
    assert line in real.stderr  # what the dry run said it would do
    assert _contents(db)["articles"] != before["articles"]


def test_a_dry_run_on_a_store_to_upgrade_says_so_and_upgrades_nothing(store_url: str) -> None:
    """Every opening of a store upgrades its schema: a dry run on a store of an older
    Newsloom wrote that upgrade. It now says that the store needs upgrading and that a run
    without --dry-run does it, exit 1, the store as it was."""
    store = open_database(store_url)
    try:
        with write_transaction(store):
            store.execute(f"DROP TABLE {reprocess_passes.DONE}")
            store.execute(f"DROP TABLE {reprocess_passes.PASSES}")
            store.execute(
                f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = 'm091_reprocess_passes'"
            )
    finally:
        store.close()
    sqlite = not store_url.startswith("postgresql")
    file_before = Path(store_url).read_bytes() if sqlite else b""
    dry = run_scrapy("reprocess", "--dry-run", "-s", f"NEWS_DB={store_url}")
    assert dry.returncode == EXIT_FAILED, dry.stderr[-3000:]
    assert "needs upgrading first (m091_reprocess_passes): a run without --dry-run" in dry.stderr
    assert schema_upgrades(store_url) == ["m091_reprocess_passes"]
    if sqlite:
        assert Path(store_url).read_bytes() == file_before
