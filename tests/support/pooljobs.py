"""Stand-ins for ``analyze`` that the extraction pool's tests run in its workers.

The page's URL says what the stand-in does: ``slow`` sleeps past any test's time limit,
``pause`` holds until the test lets it go (:func:`hold`), ``crash`` ends the worker, ``raise``
raises; any other page comes back with its URL and the worker's pid.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from pipelines.extract.jobs import PageJob, PageResult

# The longest a ``pause`` page holds when its test never lets it go (a test that failed).
HOLD_AT_MOST = 60.0


def hold(release: Path) -> None:
    """Hold a ``pause`` page, whose text is the path ``release``: first say so (the file
    ``release.started``), then wait for ``release`` to exist, at most :data:`HOLD_AT_MOST`.
    A test waits on both files, not on how long a worker takes to start on a busy machine."""
    Path(f"{release}.started").touch()
    deadline = time.monotonic() + HOLD_AT_MOST
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def echo(job: PageJob) -> PageResult:
    if "slow" in job.url:
        time.sleep(60)
    if "pause" in job.url:
        hold(Path(job.html))
    if "crash" in job.url:
        os._exit(3)
    if "raise" in job.url:
        raise ValueError(job.url)
    return PageResult(fields={"url": job.url, "html": job.html, "pid": os.getpid()})


def sized(job: PageJob) -> PageResult:
    """A result the size of a real one (text, compressed page, line keys), without the work:
    benchmarks/pool_dispatch.py measures the dispatch alone with it. Defined there, in the
    ``__main__`` of ``python -m benchmarks.pool_dispatch``, it reached no worker: a worker
    imports no main module (pipelines/extract/pool.py ``_main_left_behind``)."""
    return PageResult(
        fields={
            "title": job.url,
            "text": job.html[:4000],
            "html_gz": job.html[:20000].encode("utf-8"),
        },
        counts={"clean/boilerplate": 2},
        line_keys={f"{i:016x}": "line" for i in range(60)},
        seconds={"extract": 0.01, "clean": 0.001, "language": 0.001},
    )


def nothing() -> None:
    """No text stack to warm up."""


def die_warming_up() -> None:
    """A worker that cannot start: a broken install, the OOM killer while loading."""
    os._exit(4)


def die_warming_up_once(marker: str) -> None:
    """The first worker to find no file at ``marker`` creates it and dies warming up."""
    try:
        with open(marker, "x"):
            pass
    except FileExistsError:
        return
    os._exit(4)
