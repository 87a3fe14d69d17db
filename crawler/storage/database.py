"""Opening the SQLite database the way every Newsloom process must: WAL, busy timeout, schema."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from . import schema


def open_database(path: str | Path, *, busy_timeout_ms: int = 60_000) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    WAL lets readers run beside the one writer; the busy timeout makes a second process wait
    for the write lock instead of failing with "database is locked". The schema is applied
    under BEGIN IMMEDIATE so two processes starting at once cannot both create it.
    """
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise FileNotFoundError(f"database folder {path.parent} does not exist")
    deadline = time.monotonic() + busy_timeout_ms / 1000
    delay = 0.02
    while True:
        try:
            return _open(path, busy_timeout_ms)
        except sqlite3.OperationalError as exc:
            # Switching a new file to WAL takes an exclusive lock, and SQLite answers some
            # lock conflicts at once instead of calling the busy handler (to avoid deadlock):
            # two processes creating one database together meet exactly that. Retry.
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _open(path: Path, busy_timeout_ms: int) -> Database:
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=False)
    try:
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        db.enable_wal()
        # NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the
        # last commits, which the next run re-fetches.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        with write_transaction(db):
            schema.apply(db)
    except BaseException:
        conn.close()
        raise
    return db


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock at BEGIN.

    A deferred transaction that reads first and writes later can fail with SQLITE_BUSY
    without waiting; IMMEDIATE waits for the busy timeout instead.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    else:
        db.commit()
