"""What the system says of a process a run or a lock file names: whether it lives, when it
started, and which processes hold a file open.

``scrapy runs`` asks whether a run's recorded pid is still that run (a killed run's pid given
to a later process is no run); a refused crawl asks who holds the lock it could not take. Both
read the same /proc (Linux) and the same signal-0 probe, here.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def pid_alive(pid: int) -> bool:
    """Whether a process of that number exists, of any user (another user's answers the
    probe with a refusal, which says it is there)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def process_started(pid: int) -> float | None:
    """When process ``pid`` started, in seconds since the epoch, where /proc says (Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        # The fields after the command's name in brackets, which may hold spaces: the
        # start time in clock ticks since boot is the 22nd field of the line.
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def processes_with_open(file: os.stat_result) -> set[int] | None:
    """The other processes whose open files include ``file`` (those of this user, whose file
    descriptors /proc shows); None where /proc does not list them."""
    proc = Path("/proc")
    if not (proc / "self" / "fd").is_dir():
        return None
    found = set()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            for fd in (entry / "fd").iterdir():
                with contextlib.suppress(OSError):
                    target = fd.stat()
                    if (target.st_dev, target.st_ino) == (file.st_dev, file.st_ino):
                        found.add(int(entry.name))
                        break
        except OSError:
            continue  # another user's, or it ended meanwhile
    return found
