"""One run per database: an flock on ``<db>.lock`` that the kernel releases when we die.

A PID file goes stale when a process is killed; a kernel lock cannot. The lock file is never
deleted (deleting it would let two processes lock two different files of the same name).
"""

from __future__ import annotations

import fcntl
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

# Held for the life of the process: closing the file would release the lock.
_held: dict[Path, TextIO] = {}


class DatabaseLocked(RuntimeError):
    """Another process holds the database's run lock."""


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{Path(db_path).resolve()}.lock")


def lock_database(db_path: str | Path) -> Path:
    """Take the run lock of ``db_path`` for the rest of this process, or raise DatabaseLocked.

    Taking it again in the same process is a no-op. Raises OSError when the lock file cannot
    be created (e.g. the database folder does not exist).
    """
    path = lock_path(db_path)
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
    handle.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}\n")
    handle.flush()
    _held[path] = handle
    return path
