"""The two lock levels: one exclusive run per database, one process per source."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from crawler.runs.lock import (
    DEAD_HOLDER_GRACE,
    DatabaseLocked,
    LockLost,
    confirm_locks,
    lock_database,
    lock_path,
    lock_source,
    release,
)
from crawler.storage.database import open_database, redact
from crawler.storage.postgres import advisory_key
from tests.support import postgres

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys, time\n"
    "from crawler.runs.lock import lock_database, lock_source\n"
    "lock_database(sys.argv[1]); lock_source(sys.argv[1], 'cron-source')\n"
    "print('held', flush=True); time.sleep(60)\n"
)


def test_the_lock_module_imports_no_scrapy() -> None:
    """The holders above start a Python that imports only the lock module: through the store
    module's annotation of Scrapy's settings it imported all of Scrapy and Twisted (0.3 to
    0.9 s a holder on a loaded machine, four holders in this file)."""
    probe = "import sys, crawler.runs.lock; print('scrapy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False", done.stdout


def test_locks_block_other_processes_until_the_holder_dies(store_url: str) -> None:
    # A file lock beside a SQLite database, an advisory lock of a PostgreSQL one.
    db = store_url
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        # The refusal names the holder: its pid (and host, for a lock on a server) and since when.
        with pytest.raises(DatabaseLocked, match=f"held by pid {holder.pid}( on \\S+)? since "):
            lock_database(db)
        with pytest.raises(DatabaseLocked):
            lock_source(db, "cron-source")
        # A manual run of another source may go ahead beside the exclusive run.
        release(lock_source(db, "manual-source"))
    finally:
        holder.kill()
        holder.communicate()
    # The dead holder's locks are gone, at once: nothing stale to clean up, and a run started
    # as the holder dies is not refused (the server frees a dead client's advisory locks a
    # moment after the kill; the lock is asked for again meanwhile).
    release(lock_database(db))
    release(lock_source(db, "cron-source"))


# The lock taken, then left to a child that inherited the open file: the parent, whose pid
# the file names, ends; the child holds the lock on.
HOLD_IN_A_CHILD = (
    "import os, sys, time\n"
    "from crawler.runs.lock import lock_database\n"
    "lock_database(sys.argv[1])\n"
    "child = os.fork()\n"
    "if child:\n"
    "    print(os.getpid(), child, flush=True); os._exit(0)\n"
    "time.sleep(60)\n"
)


def test_a_refusal_names_the_holder_not_a_dead_pid_the_lock_file_names(tmp_path: Path) -> None:
    """The lock file names the process that wrote it, which may be gone while the lock is
    held on (by a child that inherited the file, or by a process that took the lock and has
    not yet written its pid over a killed holder's): the refusal named the dead pid. It names
    the process that has the file open, and says the named one does not hold it. Once the
    holder is killed too, the lock is taken over and the file names the new holder."""
    db = tmp_path / "news.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_IN_A_CHILD, str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    with holder.stdout:  # the child keeps its copy of the pipe open: read a line, not to EOF
        parent, child = (int(word) for word in holder.stdout.readline().split())
    assert holder.wait(timeout=60) == 0
    try:
        assert f"pid {parent} since" in lock_path(db).read_text()
        with pytest.raises(DatabaseLocked) as refused:
            lock_database(db)
        assert str(refused.value).endswith(
            f"is held by pid {child} (the lock file names pid {parent}, which does not hold it)"
        ), refused.value
    finally:
        os.kill(child, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while True:
        try:
            held = lock_database(db)
            break
        except DatabaseLocked:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)  # the signal is on its way to the child
    assert lock_path(db).read_text().startswith(f"pid {os.getpid()} since")
    release(held)


def test_an_advisory_lock_is_refused_after_the_grace(postgres_server: str) -> None:
    # A holder that stays alive: the refusal comes once the grace is over, not before.
    pg_url = postgres.fresh_database(postgres_server)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, pg_url], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(DatabaseLocked):
            lock_source(pg_url, "cron-source")
        assert time.monotonic() - started >= DEAD_HOLDER_GRACE
    finally:
        holder.kill()
        holder.communicate()


def test_source_names_become_safe_file_names(tmp_path: Path) -> None:
    assert lock_path(tmp_path / "n.db", "127.0.0.1:8000/x").name == "n.db.127.0.0.1_8000_x.lock"


def test_a_process_holding_locks_exits_without_resource_warnings(tmp_path: Path) -> None:
    # Held lock files are closed at exit, so a run's stderr carries no "unclosed file" noise.
    script = (
        "import sys\n"
        "from crawler.runs.lock import lock_database, lock_source\n"
        "lock_database(sys.argv[1]); lock_source(sys.argv[1], 'a')\n"
    )
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-c", script, str(tmp_path / "news.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "ResourceWarning" not in done.stderr
    assert (tmp_path / "news.db.lock").exists() and (tmp_path / "news.db.a.lock").exists()


def _end_lock_session(url: str) -> None:
    """What a server restart does to this process's lock session: its backend ends."""
    with psycopg.connect(url, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = %s AND datname = current_database()",
            [f"newsloom-locks pid {os.getpid()} on {socket.gethostname()}"[:63]],
        ).fetchall()
    assert ended == [(True,)]


def test_a_lock_whose_session_ended_is_taken_back_when_nobody_holds_it(
    postgres_server: str,
) -> None:
    # The lock went with its session, unnoticed: a second run could take it beside this one.
    pg_url = postgres.fresh_database(postgres_server)
    held = lock_database(pg_url)
    try:
        _end_lock_session(pg_url)
        assert confirm_locks() == [f"{redact(pg_url)}#newsloom/run"]
        with psycopg.connect(pg_url, autocommit=True) as other:
            taken = other.execute(
                "SELECT pg_try_advisory_lock(%s)", [advisory_key("newsloom", "run")]
            ).fetchone()
        assert taken == (False,)
        assert confirm_locks() == []  # the new session answers: nothing to take back
    finally:
        release(held)


def test_a_lock_another_process_took_after_its_session_ended_is_lost(
    postgres_server: str,
) -> None:
    pg_url = postgres.fresh_database(postgres_server)
    held = lock_source(pg_url, "cron-source")
    try:
        _end_lock_session(pg_url)
        with psycopg.connect(pg_url, autocommit=True, application_name="other run") as other:
            other.execute(
                "SELECT pg_advisory_lock(%s)", [advisory_key("newsloom", "source", "cron-source")]
            )
            with pytest.raises(
                LockLost, match=r"#newsloom/source/cron-source .* held by other run"
            ):
                confirm_locks()
    finally:
        release(held)


def test_opening_a_store_another_program_holds_waits_the_busy_timeout(tmp_path: Path) -> None:
    """Another program in ``BEGIN IMMEDIATE`` (a sqlite3 shell, a backup): the opening waits
    up to NEWS_DB_BUSY_TIMEOUT_MS for the write lock before it gives up. Timed here, in the
    process that waits: a subprocess's start-up alone takes longer than the timeout, so timed
    around a crawl the wait could not be told from it."""
    path = tmp_path / "news.db"
    open_database(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            open_database(path, busy_timeout_ms=800)
        waited = time.monotonic() - started
        # Once it is let go, the same opening goes ahead.
        holder.execute("ROLLBACK")
        open_database(path, busy_timeout_ms=800).close()
    finally:
        holder.close()
    assert waited >= 0.75
