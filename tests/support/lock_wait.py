"""Whether a process waits for SQLite's write lock, read from the kernel's view of its threads.

A Newsloom process sleeps in one place only: while another connection holds the write lock,
in SQLite's busy handler or between the tries of ``open_database``. Its other threads wait on
queues and sockets (futex, poll, epoll), never in a sleep. So a thread asleep in the kernel's
nanosleep is a thread waiting for the lock, in whichever thread the write is: the writer's
batches, or the main thread opening the store.

A test that held the write lock for two seconds counted on both crawls trying to write inside
those two seconds: on a loaded machine a crawl could get there after the lock was gone, and
the test passed without the contention it is about.
"""

from __future__ import annotations

import platform
from pathlib import Path

# Linux system call numbers of nanosleep and clock_nanosleep, for a kernel that hides wchan.
_SLEEP_CALLS = {"x86_64": {"35", "230"}, "aarch64": {"101", "115"}}


def _asleep(task: Path) -> bool:
    try:
        if "nanosleep" in (task / "wchan").read_text():
            return True
        call = (task / "syscall").read_text().split()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    return bool(call) and call[0] in _SLEEP_CALLS.get(platform.machine(), set())


def waiting_for_lock(pid: int) -> bool:
    """Whether a thread of process ``pid`` (Linux) is asleep, so waiting for the write lock."""
    tasks = Path(f"/proc/{pid}/task")
    try:
        return any(_asleep(task) for task in tasks.iterdir())
    except FileNotFoundError:
        return False
