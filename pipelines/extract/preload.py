"""Imported once by the forkserver, before it forks any extraction worker.

Each worker then starts as a fork of a process that already holds trafilatura, lxml and
langdetect's profiles, instead of importing and loading them itself: a replaced worker
(``NEWS_WORKER_MAX_TASKS``) costs milliseconds instead of about a second of CPU, and the
loaded pages are shared copy-on-write between the workers.
"""

import signal
import sys
from types import TracebackType

# First: a Ctrl-C reaches every process of the terminal's group, and the forkserver ignores it
# only once this import is done. Pressed in a crawl's first seconds, it ended the server in a
# KeyboardInterrupt traceback beside the crawl's own "stopped" line. The crawl process handles
# Ctrl-C, and its pool stops the workers (pipelines/extract/jobs.py ``serve``).
signal.signal(signal.SIGINT, signal.SIG_IGN)


def _quiet_when_the_parent_left(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """The fork server prints through this hook what ends a child before its worker runs. A
    crawl stopped while its pool started a worker closes the pipe that worker's start data
    come through, and the child printed ``EOFError: Ran out of input`` in a traceback below the
    crawl's "stopped" line. That end of a pipe is the parent leaving, which the crawl reports
    itself; the child still exits with a failure code. Anything else prints as before."""
    if isinstance(value, EOFError | BrokenPipeError | ConnectionResetError):
        return
    sys.__excepthook__(kind, value, trace)


sys.excepthook = _quiet_when_the_parent_left

from pipelines.extract.worker import warm_up  # noqa: E402  (after the line above, on purpose)

warm_up()
