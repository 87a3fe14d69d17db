"""The extraction workers: processes that each take pages over their own pipe.

A general process pool costs the crawl process about half a millisecond of CPU per page
(futures, three manager threads, an acknowledgement message per task and a polling loop that
scans every task), a tenth of the main process's whole work on a page. This pool does only what
the extraction needs: one thread sends each page to a worker that has room and reads the results
as they come, with

- a time limit per page, counted from the moment its worker starts on it (a new worker gets
  pages once it has said it is warmed up): a page over it has its worker killed and fails
  with :class:`PageTimeout`;
- a worker that dies on a page fails that page with :class:`WorkerDied`; workers that keep
  dying before they are ready (twice per worker in a row) stop the pool, and every page fails
  with :class:`PoolClosed`, rather than waiting for a worker that never comes;
- up to ``depth`` pages queued at each worker, so a worker starts its next page as soon as it has
  sent a result instead of waiting for the crawl process to answer (the worker reads them as
  they come, so a large page sent never waits on a large result). A page queued behind one that
  is killed or kills its worker was never started: it goes back to the front of the queue, so it
  is neither lost nor held for the time limit;
- a worker replaced after ``max_tasks`` pages, so what a page leaks stays bounded. Its successor
  is started as the last page is sent to it, so the successor has said it is warmed up and
  takes pages while the old worker finishes its queue: no core waits for a worker to start
  (the workers take the same share of pages, so they all reach ``max_tasks`` at about the
  same moment, which, replaced one after the other, left both cores idle at once).

Results come back to the asyncio loop that submitted the page. Starting the first workers waits
for the forkserver to import its preload (seconds): that wait is the dispatcher thread's, so the
reactor fetches pages meanwhile and items await the pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.machinery
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any

from pipelines.extract.jobs import PageJob, PageResult, WorkerError
from pipelines.extract.workerloop import analyze, serve, warm_up

logger = logging.getLogger(__name__)


class PageTimeout(Exception):
    """The page ran over the time limit; its worker was killed."""


class WorkerDied(Exception):
    """The worker exited while on the page (a crash, the OOM killer)."""


class PoolClosed(Exception):
    """The pool was closed or could not start its workers."""


@dataclass
class _Page:
    payload: memoryview  # the pickled PageJob, pickled on the submitting thread
    future: asyncio.Future[PageResult]
    loop: asyncio.AbstractEventLoop


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False  # it has loaded the text stack and said so; no page is sent before
    sent: int = 0  # pages sent over its lifetime, at most max_tasks
    queued: deque[_Page] = field(default_factory=deque)  # the first one is being worked on
    deadline: float = 0.0  # when the first queued page runs over the time limit


def _settle(future: asyncio.Future[PageResult], result: Any, error: BaseException | None) -> None:
    """Hands a result to its awaiting item, on the item's loop; a cancelled item is let be."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


# Held while a worker starts without the main module: the pools of crawls run side by side
# (crawlall's concurrency) start theirs from threads of their own, and each puts back the spec
# it found.
_MAIN_SWAP = threading.Lock()


@contextlib.contextmanager
def _main_left_behind() -> Iterator[None]:
    """While a worker is started, have multiprocessing hand it no main module to import.

    A new process is told the name or the path of its parent's ``__main__``, and imports it
    again (as ``__mp_main__``) before it runs its target, in case the target was defined
    there. A worker's target is ``pipelines.extract.workerloop.serve``, its work the text stack's:
    nothing of the crawl command's main module. The ``scrapy`` console script, run again,
    imports Scrapy, which the fork server does not hold: 0.2 to 0.25 s of CPU in every worker
    of a crawl started as ``scrapy crawl``, where the demo site's 8 pages cost it 0.05
    (Scrapyd's runner, named by module, is imported again the same way). A main module whose
    spec is named ``__main__`` is one multiprocessing leaves alone, as it does the
    ``__main__`` of ``python -m scrapy``. Only the spec's name is read while the worker
    starts; the main module is the same object throughout."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    with _MAIN_SWAP:
        spec = getattr(main, "__spec__", None)
        main.__spec__ = importlib.machinery.ModuleSpec("__main__", None)
        try:
            yield
        finally:
            main.__spec__ = spec


def _hand(page: _Page, result: Any, error: BaseException | None) -> None:
    """``_settle`` on the page's loop, from the dispatcher thread."""
    with contextlib.suppress(RuntimeError):  # its loop has ended: nobody awaits the page
        page.loop.call_soon_threadsafe(_settle, page.future, result, error)


class PagePool:
    def __init__(
        self,
        context: ForkServerContext,
        *,
        workers: int,
        timeout: float,
        max_tasks: int = 0,
        depth: int = 2,
        work: Callable[[PageJob], PageResult] = analyze,
        init: Callable[[], None] = warm_up,
    ) -> None:
        self.context = context
        self.work = work
        self.init = init
        self.size = max(1, workers)
        self.timeout = timeout
        self.max_tasks = max_tasks
        self.depth = max(1, depth)
        self._lock = threading.Lock()
        self._pending: deque[_Page] = deque()
        self._workers: list[_Worker] = []
        self._retired: list[BaseProcess] = []
        self._closing = False
        self._abort = False  # close() waited long enough: fail what is left and stop
        self._sleeping = False  # the dispatcher waits with room for pages: a new page wakes it
        self._error: BaseException | None = None
        self._failed_starts = 0  # workers that exited before they were ready, since one was
        self._wake_r, self._wake_w = context.Pipe(duplex=False)
        self._thread = threading.Thread(target=self._run, name="extract-pool", daemon=True)

    def start(self) -> None:
        self._thread.start()

    async def run(self, job: PageJob) -> PageResult:
        """``analyze(job)`` in a worker; raises PageTimeout, WorkerDied, WorkerError, PoolClosed."""
        loop = asyncio.get_running_loop()
        page = _Page(ForkingPickler.dumps(job), loop.create_future(), loop)
        with self._lock:
            if self._error is not None or self._closing:
                raise PoolClosed(str(self._error or "the pool is closed"))
            self._pending.append(page)
            wake, self._sleeping = self._sleeping, False
        if wake:
            self._wake()
        return await page.future

    def close(self, timeout: float) -> None:
        """Lets the pages sent finish for up to ``timeout`` s, then stops the workers.

        Pages still unfinished then fail with PoolClosed and their workers are killed.
        """
        with self._lock:
            self._closing = True
        self._wake()
        if not self._thread.is_alive():
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            with self._lock:
                self._abort = True
            self._wake()
            self._thread.join(15)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # the dispatcher has ended and closed its pipe
            self._wake_w.send_bytes(b"")

    # Everything below runs on the dispatcher thread.

    def _run(self) -> None:
        try:
            for _ in range(self.size):
                self._workers.append(self._spawn())
            self._serve()
        except BaseException as exc:  # every waiting item learns why, none hangs
            logger.error("The extraction pool stopped: %r", exc)
            with self._lock:
                self._error = exc
            self._fail_all(exc)
        finally:
            self._stop_workers()
            self._wake_w.close()
            self._wake_r.close()

    def _serve(self) -> None:
        while True:
            self._dispatch()
            with self._lock:
                if self._abort:
                    raise PoolClosed("closed with pages unfinished")
                if self._closing and not self._pending and not any(w.queued for w in self._workers):
                    return
                # With no room at any worker a result wakes it, not a new page.
                self._sleeping = not self._pending and any(self._has_room(w) for w in self._workers)
            busy = [w for w in self._workers if w.queued]
            wait_for = min((w.deadline for w in busy), default=None)
            timeout = None if wait_for is None else max(0.0, wait_for - time.monotonic())
            ready = wait([self._wake_r, *(w.conn for w in self._workers)], timeout)
            for conn in ready:
                if conn is self._wake_r:
                    while self._wake_r.poll():
                        self._wake_r.recv_bytes()
                    continue
                worker = next(w for w in self._workers if w.conn is conn)
                self._receive(worker)
            now = time.monotonic()
            for worker in [w for w in self._workers if w.queued and w.deadline <= now]:
                if worker.conn.poll():  # the result came in time, just now
                    self._receive(worker)
                else:
                    self._replace(worker, PageTimeout(f"over {self.timeout:g} s"))
            self._reap()

    def _spawn(self) -> _Worker:
        here, there = self.context.Pipe()
        process = self.context.Process(
            target=serve,
            args=(there, self.max_tasks, self.work, self.init),
            name="extract-worker",
            daemon=True,
        )
        with _main_left_behind():
            process.start()
        there.close()
        return _Worker(process, here)

    def _dispatch(self) -> None:
        """Sends queued pages to the workers with room, the least loaded first."""
        for worker in sorted(self._workers, key=lambda w: len(w.queued)):
            while self._has_room(worker):
                with self._lock:
                    if not self._pending:
                        return
                    page = self._pending.popleft()
                if page.future.done():  # its item was cancelled while it waited
                    continue
                if not worker.queued:
                    worker.deadline = time.monotonic() + self.timeout
                worker.queued.append(page)
                worker.sent += 1
                if self._retiring(worker):  # its last page: its successor starts now
                    self._workers.append(self._spawn())
                try:
                    worker.conn.send_bytes(page.payload)
                except OSError:  # the worker is gone; its EOF is read next
                    break

    def _has_room(self, worker: _Worker) -> bool:
        return worker.ready and len(worker.queued) < self.depth and not self._retiring(worker)

    def _retiring(self, worker: _Worker) -> bool:
        """It has been sent its last page, and its successor is started."""
        return bool(self.max_tasks) and worker.sent >= self.max_tasks

    def _receive(self, worker: _Worker) -> None:
        try:
            result = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(5)
            code = worker.process.exitcode
            if not worker.ready:
                # It died warming up (a broken install, the OOM killer), before any page:
                # replaced for ever, it left every page waiting and the crawl hung.
                self._failed_starts += 1
                if self._failed_starts > 2 * self.size:
                    raise PoolClosed(
                        f"{self._failed_starts} workers in a row exited before they were ready"
                        f" (exit code {code})"
                    ) from None
            self._replace(worker, WorkerDied(f"exit code {code}"))
            return
        if not worker.ready:  # its first message: warmed up, the time limit may start
            worker.ready = True
            self._failed_starts = 0
            return
        page = worker.queued.popleft()
        worker.deadline = time.monotonic() + self.timeout  # the next page starts now
        error = result if isinstance(result, WorkerError) else None
        _hand(page, None if error else result, error)
        if self._retiring(worker) and not worker.queued:
            # It has done its last page and exits by itself; its successor already runs.
            self._retired.append(worker.process)
            worker.conn.close()
            self._workers.remove(worker)

    def _replace(self, worker: _Worker, error: BaseException) -> None:
        """Kills ``worker``; its current page fails with ``error``, the pages behind it wait."""
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        if worker.queued:
            page = worker.queued.popleft()
            _hand(page, None, error)
            with self._lock:
                self._pending.extendleft(reversed(worker.queued))
            worker.queued.clear()
        if self._retiring(worker):  # its successor already runs
            self._workers.remove(worker)
        else:
            self._workers[self._workers.index(worker)] = self._spawn()

    def _reap(self) -> None:
        self._retired = [p for p in self._retired if p.is_alive()]

    def _fail_all(self, error: BaseException) -> None:
        with self._lock:
            pages = [*self._pending, *(p for w in self._workers for p in w.queued)]
            self._pending.clear()
        for page in pages:
            _hand(page, None, PoolClosed(repr(error)))

    def _stop_workers(self) -> None:
        """Asks each idle worker to exit, giving it 5 s, and kills at once each one still holding
        pages (the pool aborted or failed; those pages have failed already): a worker reads
        the request only between pages, so one on a runaway page was given the 5 s for nothing
        (close(1.0) with a page unfinished took 6 s)."""
        for worker in self._workers:
            if worker.queued:
                worker.process.kill()
                continue
            with contextlib.suppress(OSError):
                worker.conn.send_bytes(ForkingPickler.dumps(None))
        deadline = time.monotonic() + 5
        for process in [*(w.process for w in self._workers), *self._retired]:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(5)
        for worker in self._workers:
            worker.conn.close()
        self._workers = []
        self._retired = []
