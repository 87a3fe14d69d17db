"""Imported once by the forkserver, before it forks any extraction worker.

Each worker then starts as a fork of a process that already holds trafilatura, lxml and
langdetect's profiles, instead of importing and loading them itself: a replaced worker
(``NEWS_WORKER_MAX_TASKS``) costs milliseconds instead of about a second of CPU, and the
loaded pages are shared copy-on-write between the workers.
"""

import signal

# First: a Ctrl-C reaches every process of the terminal's group, and the forkserver ignores it
# only once this import is done. Pressed in a crawl's first seconds, it ended the server in a
# KeyboardInterrupt traceback beside the crawl's own "stopped" line. The crawl process handles
# Ctrl-C, and its pool stops the workers (pipelines/extract/jobs.py ``serve``).
signal.signal(signal.SIGINT, signal.SIG_IGN)

from pipelines.extract.worker import warm_up  # noqa: E402  (after the line above, on purpose)

warm_up()
