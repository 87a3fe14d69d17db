"""Stand-ins for ``analyze`` that the extraction pool's tests run in its workers.

The page's URL says what the stand-in does: ``slow`` sleeps past any test's time limit,
``pause`` sleeps a second, ``crash`` ends the worker, ``raise`` raises; any other page comes
back with its URL and the worker's pid.
"""

from __future__ import annotations

import os
import time

from pipelines.extract.jobs import PageJob, PageResult


def echo(job: PageJob) -> PageResult:
    if "slow" in job.url:
        time.sleep(60)
    if "pause" in job.url:
        time.sleep(1)
    if "crash" in job.url:
        os._exit(3)
    if "raise" in job.url:
        raise ValueError(job.url)
    return PageResult(fields={"url": job.url, "html": job.html, "pid": os.getpid()})


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
