"""Run locks: flocks the kernel releases when we die, so no lock is ever stale.

Two levels, both files beside the database:

- ``<db>.lock``, the run lock: one ``crawlall`` or ``reprocess`` per database at a time;
- ``<db>.<source>.lock``, one per source: a source is crawled by one process at a time.

A manual ``scrapy crawl <source>`` takes only its source's lock, so it can run beside the cron
``crawlall`` (which holds the locks of the sources it crawls) as long as they crawl different
sources; SQLite's WAL and write transactions let both write. Lock files are never deleted
(deleting one would let two processes lock two different files of the same name). A lock file
names the pid that wrote it, for a refused process to name; that pid is named only while it
has the file open (see :func:`_file_holder`).

When ``NEWS_DB`` is a PostgreSQL URL the processes may run on several hosts, so the same two
locks are session-level advisory locks of that database, held on a connection of their own for
the life of the process; the server releases them when the process dies. It does so only once the
dead client's backend has read the closed connection, a moment after the death, so a refused
advisory lock is asked for again for :data:`DEAD_HOLDER_GRACE` seconds before the refusal stands:
a cron run that starts as a killed run dies goes ahead instead of skipping its turn.

A session-level lock lasts only as long as its session: a server restart (or a terminated
backend) ends the session and frees the lock while the process goes on, unaware.
:func:`confirm_locks` asks each lock session whether it is still there; one gone is replaced by
a new one that takes its locks back, as at the start, or raises :class:`LockLost` naming the
process that took one meanwhile. The run calls it before it starts another crawl and before it
records its end (crawler/runs/runner.py).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import re
import socket
import time
from pathlib import Path
from typing import Any, TextIO

from crawler.clock import now_iso
from crawler.runs.processes import pid_alive, processes_with_open
from crawler.storage.database import error_line, redact
from crawler.storage.postgres import advisory_key, is_postgres_url

# Held for the life of the process: closing the file would release the lock.
_held: dict[Path, TextIO] = {}
# PostgreSQL: the connection holding this process's advisory locks, per database URL.
_sessions: dict[str, Any] = {}
# The name :func:`release` knows each advisory lock by: its session, key and label.
_advisory_held: dict[Path, tuple[Any, int, str]] = {}


@atexit.register
def _close_sessions() -> None:
    """Close the advisory-lock connections at exit (which releases their locks)."""
    while _sessions:
        _sessions.popitem()[1].close()


# How long a refused advisory lock is asked for again: the server needs a moment to end the
# backend of a client that died holding it (milliseconds on one host, more across a network).
DEAD_HOLDER_GRACE = 2.0
_RETRY_EVERY = 0.05

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class DatabaseLocked(RuntimeError):
    """Another process holds the lock."""


class LockLost(RuntimeError):
    """A lock this process held is gone (its session ended) and cannot be taken back."""


def lock_path(db_path: str | Path, source: str | None = None) -> Path:
    """The run lock of ``db_path``, or with ``source`` that source's lock."""
    base = f"{Path(db_path).resolve()}"
    if source is None:
        return Path(f"{base}.lock")
    return Path(f"{base}.{_UNSAFE.sub('_', source)}.lock")


def _lock(path: Path) -> Path:
    if path in _held:
        return path
    handle = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        named = handle.read().strip()
        holder = _file_holder(named, os.fstat(handle.fileno()))
        handle.close()
        raise DatabaseLocked(f"{path} is held by {holder}") from None
    # Who holds it, for the message a second process prints; the lock itself is the flock.
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {now_iso()}\n")
    handle.flush()
    _held[path] = handle
    return path


_NAMED_PID = re.compile(r"pid (\d+)\b")


def _file_holder(named: str, lock_file: os.stat_result) -> str:
    """Who holds a lock file, for the refusal: what the file says (``pid N since …``) when
    pid N is alive and has the file open, else the other processes that have it open.

    The file names the process that wrote it last, which need not be the holder: a process
    that has just taken the lock has not yet written its pid over the last holder's (a
    killed one), and a child that inherited the open file keeps the lock after its parent,
    the pid written, died. The refusal named that dead pid, and an operator told to wait for
    it, or to kill it, found no such process or another program that reused the number.
    """
    found = _NAMED_PID.search(named)
    pid = int(found.group(1)) if found else None
    openers = processes_with_open(lock_file)
    if pid is not None and (pid in openers if openers is not None else pid_alive(pid)):
        return named
    if openers:
        holders = ", ".join(f"pid {p}" for p in sorted(openers))
        if pid is None:
            return holders
        return f"{holders} (the lock file names pid {pid}, which does not hold it)"
    if pid is None:
        return "another process"
    if pid_alive(pid):
        return named  # another user's process, maybe: its open files cannot be read
    return f"another process (the lock file names pid {pid}, which is no longer running)"


def _advisory(url: str, *parts: str) -> Path:
    """Take the advisory lock of ``parts`` on the PostgreSQL database ``url``.

    The returned name stands for the lock as a lock file's path does, for :func:`release`.
    """
    # Named in messages as given: a Path would fold the URL's "//" into one slash.
    label = f"{redact(url)}#{'/'.join(parts)}"
    name = Path(label)
    if name in _advisory_held:
        return name
    conn = _sessions.get(url)
    if conn is None:
        conn = _sessions[url] = _connect(url)
    key = advisory_key(*parts)
    _take(conn, key, label)
    _advisory_held[name] = (conn, key, label)
    return name


def _connect(url: str) -> Any:
    """A lock session on ``url``; OSError, with the server's one line, when it cannot be had."""
    import psycopg

    # The holder's pid and host in the connection's name: a refused process says who holds
    # the lock, as a lock file does.
    who = f"newsloom-locks pid {os.getpid()} on {socket.gethostname()}"
    try:
        return psycopg.connect(url, autocommit=True, application_name=who[:63])
    except psycopg.Error as exc:
        raise OSError(error_line(exc)) from exc


def _take(conn: Any, key: int, label: str) -> None:
    """Take the advisory lock ``key`` on ``conn``, asking again for the grace, or raise."""
    deadline = time.monotonic() + DEAD_HOLDER_GRACE
    while not _try_advisory(conn, key):
        if time.monotonic() >= deadline:
            raise DatabaseLocked(f"{label} is held by {_advisory_holder(conn, key)}")
        time.sleep(_RETRY_EVERY)


def _alive(conn: Any) -> bool:
    """True when the lock session still answers (so it still holds its locks)."""
    import psycopg

    if conn.closed:
        return False
    try:
        conn.execute("SELECT 1")
    except psycopg.Error:
        return False
    return True


def confirm_locks() -> list[str]:
    """Make sure this process still holds every advisory lock it took; returns the labels of
    those it had to take back.

    A session that no longer answers (the server restarted, its backend was terminated) held
    locks the server has freed. A new session takes them back, with the grace for a holder
    dying meanwhile, when nobody else holds them; otherwise LockLost says which lock went
    to whom, or that the server cannot be reached to know. The lock files of a SQLite store
    are held by this process's open files and cannot be lost this way.
    """
    taken_back: list[str] = []
    for url, conn in list(_sessions.items()):
        if _alive(conn):
            continue
        held = [(name, key, label) for name, (c, key, label) in _advisory_held.items() if c is conn]
        with contextlib.suppress(Exception):
            conn.close()
        del _sessions[url]
        try:
            fresh = _sessions[url] = _connect(url)
        except OSError as exc:
            labels = ", ".join(label for _, _, label in held)
            raise LockLost(f"lost {labels}: its session ended, and {exc}") from exc
        for name, key, label in held:
            try:
                _take(fresh, key, label)
            except DatabaseLocked as exc:
                raise LockLost(f"lost {label} (its session ended): now {exc}") from None
            _advisory_held[name] = (fresh, key, label)
            taken_back.append(label)
    return taken_back


def _try_advisory(conn: Any, key: int) -> bool:
    taken = conn.execute("SELECT pg_try_advisory_lock(%s)", [key]).fetchone()
    return bool(taken and taken[0])


def _advisory_holder(conn: Any, key: int) -> str:
    """Who holds the advisory lock ``key``: the holder's connection name (our own sessions
    name their process and host) and since when, or "another process" when the server does
    not say (the lock was freed meanwhile, or this role may not see other sessions)."""
    # A bigint key is stored as two 32-bit halves (classid high, objid low) with objsubid 1.
    unsigned = key & 0xFFFFFFFFFFFFFFFF
    row = conn.execute(
        "SELECT a.application_name, a.backend_start FROM pg_locks l"
        " JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        " AND l.classid = %s::oid AND l.objid = %s::oid"
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        " LIMIT 1",
        [unsigned >> 32, unsigned & 0xFFFFFFFF],
    ).fetchone()
    if not row or not row[0]:
        return "another process"
    application, since = row
    return (
        f"{application.removeprefix('newsloom-locks ')} since {since.isoformat(timespec='seconds')}"
    )


def lock_database(db_path: str | Path) -> Path:
    """Take the run lock of ``db_path`` for the rest of this process, or raise DatabaseLocked.

    Taking it again in the same process is a no-op. Raises OSError when the lock file cannot
    be created (e.g. the database folder does not exist).
    """
    if is_postgres_url(db_path):
        return _advisory(str(db_path), "newsloom", "run")
    return _lock(lock_path(db_path))


def lock_source(db_path: str | Path, source: str) -> Path:
    """Take ``source``'s lock on ``db_path`` for the rest of this process (see lock_database)."""
    if is_postgres_url(db_path):
        return _advisory(str(db_path), "newsloom", "source", source)
    return _lock(lock_path(db_path, source))


@atexit.register
def _release_all() -> None:
    # The kernel would drop the flocks anyway; closing the files first keeps interpreter
    # shutdown from warning about them on every run's stderr.
    for path in list(_held):
        release(path)


def release(path: Path) -> None:
    """Give up a lock this process holds (a run's locks otherwise last as long as it does)."""
    handle = _held.pop(path, None)
    if handle is not None:
        handle.close()
    advisory = _advisory_held.pop(path, None)
    if advisory is not None:
        conn, key, _label = advisory
        if not conn.closed:  # a session that ended took its locks with it
            conn.execute("SELECT pg_advisory_unlock(%s)", [key])
