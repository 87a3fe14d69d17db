"""Run locks: flocks the kernel releases when we die, so no lock is ever stale.

Two levels, both files beside the database:

- ``<db>.lock``, the run lock: one ``crawlall`` or ``reprocess`` per database at a time;
- ``<db>.<source>.lock``, one per source: a source is crawled by one process at a time.

A manual ``scrapy crawl <source>`` takes only its source's lock, so it can run beside the cron
``crawlall`` (which holds the locks of the sources it crawls) as long as they crawl different
sources; SQLite's WAL and write transactions let both write. Lock files are never deleted
(deleting one would let two processes lock two different files of the same name).
"""

from __future__ import annotations

import atexit
import fcntl
import os
import re
from pathlib import Path
from typing import TextIO

from crawler.clock import now_iso

# Held for the life of the process: closing the file would release the lock.
_held: dict[Path, TextIO] = {}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class DatabaseLocked(RuntimeError):
    """Another process holds the lock."""


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
        holder = handle.read().strip() or "another process"
        handle.close()
        raise DatabaseLocked(f"{path} is held by {holder}") from None
    # Who holds it, for the message a second process prints; the lock itself is the flock.
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {now_iso()}\n")
    handle.flush()
    _held[path] = handle
    return path


def lock_database(db_path: str | Path) -> Path:
    """Take the run lock of ``db_path`` for the rest of this process, or raise DatabaseLocked.

    Taking it again in the same process is a no-op. Raises OSError when the lock file cannot
    be created (e.g. the database folder does not exist).
    """
    return _lock(lock_path(db_path))


def lock_source(db_path: str | Path, source: str) -> Path:
    """Take ``source``'s lock on ``db_path`` for the rest of this process (see lock_database)."""
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
