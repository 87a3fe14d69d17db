"""The extraction workers' fork server (pipelines/extract/preload.py) when its parent gives up."""

from __future__ import annotations

import os
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


# The crawl process's side of a fork server's life: start it with the preload, have it fork
# one worker (so the preload is done), then leave as the crawl process leaves (its end of the
# "alive" pipe closed) and wait for the server's exit code.
_SERVER_LIFE = textwrap.dedent(
    """
    import multiprocessing, os
    from multiprocessing import forkserver
    multiprocessing.get_context("forkserver").set_forkserver_preload({preload!r})
    status_r, data_w = forkserver._forkserver.connect_to_new_process([])
    os.close(data_w)
    forkserver.read_signed(status_r)
    forkserver.read_signed(status_r)
    server = forkserver._forkserver._forkserver_pid
    os.close(forkserver._forkserver._forkserver_alive_fd)
    print(os.waitstatus_to_exitcode(os.waitpid(server, 0)[1]))
    """
)


def test_the_fork_server_ends_without_tearing_down_what_it_loaded(tmp_path: Path) -> None:
    """The server's interpreter freed every object of the text stack, one by one, after the
    crawl process had left: about 0.08 s of CPU at the end of every crawl that nothing read.
    It now ends at once, with exit code 0, what it printed flushed."""
    probe = tmp_path / "freed"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _SERVER_LIFE.format(
                preload=["pipelines.extract.preload", "tests.support.teardown_probe"]
            ),
        ],
        cwd=ROOT,
        env={**os.environ, "NEWSLOOM_TEARDOWN_PROBE": str(probe)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split() == ["0"], (done.stdout, done.stderr)
    assert not probe.exists()


def test_a_process_that_imports_the_preload_itself_exits_as_usual(tmp_path: Path) -> None:
    """Only the fork server skips its teardown: a script importing the module keeps its exit
    code and its exit handlers."""
    probe = tmp_path / "freed"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import atexit, sys, pipelines.extract.preload, tests.support.teardown_probe\n"
            "atexit.register(print, 'handled')\n"
            "sys.exit(3)\n",
        ],
        cwd=ROOT,
        env={**os.environ, "NEWSLOOM_TEARDOWN_PROBE": str(probe)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout.split() == ["handled"]
    assert probe.read_text() == "freed\n"
