"""What crosses the process boundary to an extraction worker, and the calls that cross it.

The crawl process pickles a ``PageJob`` and a reference to ``analyze`` for each page and
unpickles a ``PageResult``; pickle finds each by its module, so the crawl process must import
this module, and only this one: pipelines/extract/worker.py pulls in the text stack
(trafilatura, lxml, resiliparse, htmldate, scipy, langdetect's profiles), which in the crawl
process would cost about a second of CPU at start and ~50 MB, for code that runs only in the
workers. ``analyze`` and ``warm_up`` import it when called, in a worker, where the forkserver's
preload has already imported it.
"""

from __future__ import annotations

import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any


@dataclass
class PageJob:
    """One page for a worker.

    ``utf8``, when given, is the page's bytes of which ``html`` is the exact UTF-8 decoding: the
    pickle carries them instead of ``html`` and the worker decodes them, so the crawl process
    neither encodes the page anew nor keeps a second copy in the pipe's buffer. The worker
    keeps them beside the text: the parse and the stored copy take the page as UTF-8, which
    would otherwise be encoded again, twice.
    """

    url: str
    html: str
    hints: dict[str, Any] = field(default_factory=dict)  # title/published/author of the listing
    fetched_at: str | None = None  # bounds plausible dates; now when not given
    min_text_chars: int = 250
    strip_patterns: tuple[str, ...] = ()
    learned: frozenset[str] = frozenset()
    keep_html: bool = False
    # pipelines.text.language.DEFAULT_MAX_CHARS, written out: importing that module here would
    # load langdetect into the crawl process, which never detects a language (about 6 ms of CPU
    # at every start). tests/unit/test_extract_jobs.py holds the two equal.
    language_chars: int = 500
    consensus: bool = True
    fast: bool = True
    explain: bool = False
    utf8: bytes | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if self.utf8 is not None:
            state["html"] = ""
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        utf8 = state.get("utf8")
        if utf8 is not None:
            state = {**state, "html": utf8.decode("utf-8")}
        self.__dict__.update(state)


@dataclass
class PageResult:
    """Article fields, or ``drop`` naming why the page holds no article.

    ``counts`` are stat increments (``clean/<family>``, ``meta/<field>_conflict``, ``_weak``,
    ``language/<reason>``) for the crawl's stats; ``line_keys`` are the candidate lines of the
    uncleaned text and the page's block fingerprints, for learned boilerplate and templates;
    ``seconds`` is the time spent per stage, so a crawl's stats show where worker time goes;
    ``decisions`` (with ``explain``) are (stage, reason, kept, block) for every text block.
    """

    drop: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    line_keys: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    decisions: list[tuple[str, str, bool, str]] = field(default_factory=list)


def analyze(job: PageJob) -> PageResult:
    """``worker.analyze_page`` in a worker process (see the module docstring)."""
    from pipelines.extract.worker import analyze_page

    return analyze_page(job)


def warm_up() -> None:
    """``worker.warm_up`` in a worker process (see the module docstring)."""
    from pipelines.extract.worker import warm_up as load

    load()


READY = "ready"  # a worker's first message: it has warmed up and takes pages


class WorkerError(Exception):
    """``analyze`` raised in the worker: the exception's type name and its traceback, as text.

    The exception itself may not pickle; its text always does.
    """

    def __init__(self, name: str, trace: str) -> None:
        super().__init__(name, trace)
        self.name = name
        self.trace = trace


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
