"""Imported once by the forkserver, before it forks any extraction worker.

Each worker then starts as a fork of a process that already holds trafilatura, lxml and
langdetect's profiles, instead of importing and loading them itself: a replaced worker
(``NEWS_WORKER_MAX_TASKS``) costs milliseconds instead of about a second of CPU, and the
loaded pages are shared copy-on-write between the workers.
"""

from pipelines.extract.worker import warm_up

warm_up()
