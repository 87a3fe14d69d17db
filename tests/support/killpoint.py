"""Runs a command of the project and SIGKILLs it at a chosen SQL statement: a kill -9 at an
observable point, the same on every run.

``python -m tests.support.killpoint scrapy crawl news …`` runs Scrapy's command line as
``python -m scrapy`` would, with every SQLite connection the process opens traced: when the
``NEWS_TEST_KILL_AT``-th statement matching the regular expression ``NEWS_TEST_KILL_SQL``
(case-insensitive, searched in the statement's text) is about to run, the process kills
itself with SIGKILL, on whichever thread runs it (the store's writer thread, a migration,
an export's reads). No handler runs, nothing is flushed: what the store and the files hold
then is what a kill -9 at that moment leaves.

The kill comes before the matching statement runs: a ``COMMIT`` matched is a transaction
lost; an ``INSERT`` matched is a transaction cut in its middle. A statement run by
``executemany`` matches once per row.

``NEWS_TEST_KILL_SIGNAL=SIGTERM`` (or ``SIGINT``) sends that signal instead, once: the process
goes on and stops as it stops on that signal, at a known point of its work.

``NEWS_TEST_WARC_WRITE_SECONDS=S`` makes each WARC record of a recording crawl take S seconds
more to write (a slow disk): the kill then finds answers queued for the writer thread.
"""

from __future__ import annotations

import os
import re
import runpy
import signal
import sqlite3
import sys
import threading
import time
from typing import Any

KILL_SQL = "NEWS_TEST_KILL_SQL"
KILL_AT = "NEWS_TEST_KILL_AT"
KILL_SIGNAL = "NEWS_TEST_KILL_SIGNAL"
WARC_WRITE_SECONDS = "NEWS_TEST_WARC_WRITE_SECONDS"


def install(pattern: str, at: int, sent: signal.Signals = signal.SIGKILL) -> None:
    """Trace every SQLite connection opened from now on; send ``sent`` at the ``at``-th
    statement matching ``pattern``, once."""
    wanted = re.compile(pattern, re.IGNORECASE)
    seen = 0
    lock = threading.Lock()
    connect = sqlite3.connect

    def trace(statement: str) -> None:
        nonlocal seen
        if not wanted.search(statement):
            return
        with lock:
            seen += 1
            if seen == at or (seen > at and sent == signal.SIGKILL):
                os.kill(os.getpid(), sent)

    def traced_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn

    sqlite3.connect = traced_connect  # type: ignore[assignment]


def slow_warc_writes(seconds: float) -> None:
    """Make every WARC record written from now on take ``seconds`` more, on the writer's
    thread, before it is written."""
    from crawler.warc.writer import RotatingWarcWriter

    write = RotatingWarcWriter.write

    def slow_write(self: RotatingWarcWriter, exchange: Any) -> None:
        time.sleep(seconds)
        write(self, exchange)

    RotatingWarcWriter.write = slow_write  # type: ignore[method-assign]


def main() -> None:
    sent = signal.Signals[os.environ.get(KILL_SIGNAL, "SIGKILL")]
    install(os.environ[KILL_SQL], int(os.environ.get(KILL_AT, "1")), sent)
    if os.environ.get(WARC_WRITE_SECONDS):
        slow_warc_writes(float(os.environ[WARC_WRITE_SECONDS]))
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
