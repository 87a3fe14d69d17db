"""The extraction workers' fork server (pipelines/extract/preload.py) when its parent gives up."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A crawl stopped while its pool starts a worker closes the pipe the new worker reads its
# start data from: the forked child meets the end of it before any of our code runs.
_ABANDONED_START = textwrap.dedent(
    """
    import multiprocessing, os
    from multiprocessing import forkserver
    multiprocessing.get_context("forkserver").set_forkserver_preload([{preload!r}])
    status_r, data_w = forkserver._forkserver.connect_to_new_process([])
    os.close(data_w)
    pid = forkserver.read_signed(status_r)
    code = forkserver.read_signed(status_r)
    print(pid > 0, code)
    """
)


def _abandon_a_start(preload: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _ABANDONED_START.format(preload=preload)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_a_worker_start_its_crawl_abandoned_prints_no_traceback() -> None:
    """Ctrl-C while the pool started a worker: the crawl printed its "stopped" line, then the
    fork server's child printed ``EOFError: Ran out of input`` in a traceback (CI, round 46).
    The child still ends with a failure code; it just says nothing."""
    done = _abandon_a_start("pipelines.extract.preload")
    assert done.stdout.split() == ["True", "1"], done.stdout
    assert "Traceback" not in done.stderr, done.stderr


def test_other_errors_of_the_fork_server_still_print() -> None:
    """Only the end of a pipe whose reader's parent left is kept quiet."""
    hook = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, pipelines.extract.preload\n"
            "try:\n    raise ValueError('kept')\n"
            "except ValueError:\n    sys.excepthook(*sys.exc_info())\n"
            "try:\n    raise EOFError('Ran out of input')\n"
            "except EOFError:\n    sys.excepthook(*sys.exc_info())\n",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "ValueError: kept" in hook.stderr
    assert "EOFError" not in hook.stderr
