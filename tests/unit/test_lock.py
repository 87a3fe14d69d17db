"""The two lock levels: one exclusive run per database, one process per source."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.runs.lock import DatabaseLocked, lock_database, lock_path, lock_source, release

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys, time\n"
    "from crawler.runs.lock import lock_database, lock_source\n"
    "lock_database(sys.argv[1]); lock_source(sys.argv[1], 'cron-source')\n"
    "print('held', flush=True); time.sleep(60)\n"
)


def test_locks_block_other_processes_until_the_holder_dies(store_url: str) -> None:
    # A file lock beside a SQLite database, an advisory lock of a PostgreSQL one.
    db = store_url
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        holder_name = "another process" if store_url.startswith("postgresql") else holder.pid
        with pytest.raises(DatabaseLocked, match=f"held by (pid )?{holder_name}"):
            lock_database(db)
        with pytest.raises(DatabaseLocked):
            lock_source(db, "cron-source")
        # A manual run of another source may go ahead beside the exclusive run.
        release(lock_source(db, "manual-source"))
    finally:
        holder.kill()
        holder.communicate()
    if store_url.startswith("postgresql"):
        # The server frees a dead client's advisory locks once its backend has seen the
        # connection close, a moment after the kill; a file lock is freed by the kill itself.
        _wait_for_advisory_locks_to_clear(store_url)
    # The dead holder's locks are gone: nothing stale to clean up.
    release(lock_database(db))
    release(lock_source(db, "cron-source"))


def _wait_for_advisory_locks_to_clear(url: str, timeout: float = 10.0) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            held = conn.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                " WHERE l.locktype = 'advisory' AND d.datname = current_database()"
            ).fetchone()
            if held is not None and held[0] == 0:
                return
            time.sleep(0.05)


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
