"""A worker's life: pages in over its pipe, results out, until it is told to stop.

The pool (pipelines/extract/pool.py) starts each worker process at :func:`serve`, its work
:func:`analyze` and its warm-up :func:`warm_up`; pickle finds the three by this module, so the
crawl process imports it, and must import nothing more: pipelines/extract/worker.py pulls in
the text stack (trafilatura, lxml, resiliparse, htmldate, scipy, langdetect's profiles), which
in the crawl process would cost about a second of CPU at start and ~50 MB, for code that runs
only in the workers. ``analyze`` and ``warm_up`` import it when called, in a worker, where the
forkserver's preload has already imported it. What crosses the pipe is
pipelines/extract/jobs.py.
"""

from __future__ import annotations

import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection

from pipelines.extract.jobs import PageJob, PageResult, WorkerError


def analyze(job: PageJob) -> PageResult:
    """``worker.analyze_page`` in a worker process (see the module docstring)."""
    from pipelines.extract.worker import analyze_page

    return analyze_page(job)


def warm_up() -> None:
    """``worker.warm_up`` in a worker process (see the module docstring)."""
    from pipelines.extract.worker import warm_up as load

    load()


READY = "ready"  # a worker's first message: it has warmed up and takes pages


def _received(conn: Connection) -> queue.SimpleQueue[PageJob | None]:
    """The pages the crawl process sends, read as they come by a thread of their own; None
    once it says stop or is gone.

    Read between pages instead, a page and a result each larger than the pipe's buffer held
    each other: the crawl process's dispatcher blocked sending the next page (up to the pool's
    ``depth`` are queued at a worker) while the worker blocked sending its result, which only
    that dispatcher reads. A WARC ingestion of real pages (800 KB pages, their stored copy in
    the result) stopped there for good. The pool queues at most ``depth`` pages here.
    """
    jobs: queue.SimpleQueue[PageJob | None] = queue.SimpleQueue()

    def receive() -> None:
        try:
            while (job := conn.recv()) is not None:
                jobs.put(job)
        except (EOFError, OSError):
            pass  # the crawl process is gone: nobody is left to take a result
        finally:
            jobs.put(None)  # whatever ended the reading, the worker ends, not waits

    threading.Thread(target=receive, name="pages-in", daemon=True).start()
    return jobs


def serve(
    conn: Connection,
    max_tasks: int,
    work: Callable[[PageJob], PageResult] = analyze,
    init: Callable[[], None] = warm_up,
) -> None:
    """A worker's life (pipelines/extract/pool.py): pages in, results out, until told to stop.

    ``work`` is ``analyze`` but in tests. Returns after ``max_tasks`` pages (0: no limit), on
    ``None``, or quietly when the crawl process is gone. Ctrl-C is the crawl process's to
    handle: the pool stops its workers.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init()
    done = 0
    jobs = _received(conn)
    try:
        conn.send(READY)
        while not max_tasks or done < max_tasks:
            job = jobs.get()
            if job is None:
                return
            try:
                result: PageResult | WorkerError = work(job)
            except Exception as exc:
                result = WorkerError(type(exc).__name__, traceback.format_exc())
            try:
                conn.send(result)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:
                conn.send(WorkerError(type(exc).__name__, traceback.format_exc()))
            done += 1
    except (EOFError, OSError):
        # The crawl process is gone (kill -9, the OOM killer) and its end of the pipe with it:
        # nobody is left to take a result. A traceback of each worker would reach the killed
        # run's output, which cron mails, and say nothing the run's record does not.
        return
