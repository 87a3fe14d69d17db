"""Imported once by the forkserver, before it forks any extraction worker.

Each worker then starts as a fork of a process that already holds trafilatura, lxml and
langdetect's profiles, instead of importing and loading them itself: a replaced worker
(``NEWS_WORKER_MAX_TASKS``) costs milliseconds instead of about a second of CPU, and the
loaded pages are shared copy-on-write between the workers.

What the server pays is a fixed cost of every crawl, so it pays nothing it does not need: no
compiling of the regular expressions nor building of langdetect's profiles that an earlier
start did already, no
cyclic garbage collection while it imports (the objects it creates live until it exits; the
collector's passes over them were about 2 % of the import), and, when the crawl process has
left, no teardown of the interpreter (about 0.08 s of CPU freeing objects nobody reads).
"""

import atexit
import contextlib
import functools
import gc
import os
import signal
import sys
from multiprocessing import forkserver
from pathlib import Path
from types import FrameType, TracebackType

from pipelines.extract.regexcache import kept_programs

# First: a Ctrl-C reaches every process of the terminal's group, and the forkserver ignores it
# only once this import is done. Pressed in a crawl's first seconds, it ended the server in a
# KeyboardInterrupt traceback beside the crawl's own "stopped" line. The crawl process handles
# Ctrl-C, and its pool stops the workers (pipelines/extract/workerloop.py ``serve``).
signal.signal(signal.SIGINT, signal.SIG_IGN)


_failed = False  # an exception ended the server: it exits with 1, as Python would have


def _quiet_when_the_parent_left(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """The fork server prints through this hook what ends a child before its worker runs. A
    crawl stopped while its pool started a worker closes the pipe that worker's start data
    come through, and the child printed ``EOFError: Ran out of input`` in a traceback below the
    crawl's "stopped" line. That end of a pipe is the parent leaving, which the crawl reports
    itself; the child still exits with a failure code. Anything else prints as before."""
    global _failed
    _failed = True
    if isinstance(value, EOFError | BrokenPipeError | ConnectionResetError):
        return
    sys.__excepthook__(kind, value, trace)


sys.excepthook = _quiet_when_the_parent_left


def kept_folder(module: str = __file__) -> Path:
    """Where the server keeps its files from start to start: beside this module's bytecode.

    Imported from an archive (Scrapyd's egg: the module's folder is inside a zip file), nothing
    can be written there, and every job compiled the text stack's patterns anew (about 0.4 s
    of CPU): the user's cache folder then, ``$XDG_CACHE_HOME/newsloom`` or
    ``~/.cache/newsloom``. The files are checked when read (the Python that wrote them, each
    pattern's text), so the jobs of every deployed version can share them; a user without a
    home folder rebuilds at every start, as before."""
    here = Path(module).parent
    if here.is_dir():
        return here / "__pycache__"
    cache = os.getenv("XDG_CACHE_HOME", "")
    try:
        base = Path(cache) if os.path.isabs(cache) else Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return here / "__pycache__"
    return base / "newsloom"


KEPT = kept_folder()
PATTERNS = KEPT / f"patterns.{sys.implementation.cache_tag}.marshal"
PROFILES = KEPT / f"profiles.{sys.implementation.cache_tag}.bin"

# Without the collector while the text stack loads: what it creates lives as long as the
# server. Whatever happens, the workers forked later collect as any process does.
gc.disable()
try:
    # The patterns' programs from the last start instead of compiled anew: about half of the
    # import's CPU (pipelines/extract/regexcache.py). Kept in ``kept_folder()``.
    with kept_programs(PATTERNS):
        # After the lines above, on purpose.
        from pipelines.extract.profilecache import kept_profiles
        from pipelines.extract.worker import warm_up
        from pipelines.text import language

        # langdetect's profiles as the last start built them (pipelines/extract/profilecache.py).
        language.warm_up(functools.partial(kept_profiles, PROFILES))
        warm_up()
    # What the import left in cycles is freed once; the rest is set aside from the collector,
    # so that no worker's collection walks (and copies, page by page) what the server holds.
    gc.collect()
    gc.freeze()
finally:
    gc.enable()


def _imported_by_the_fork_server(frame: FrameType | None) -> bool:
    """Whether this import runs in ``multiprocessing.forkserver.main`` (the server's preload),
    not in a process that imports this module for itself (a test, a script)."""
    while frame is not None:
        if frame.f_code is forkserver.main.__code__:
            return True
        frame = frame.f_back
    return False


_SERVER = os.getpid()


def _leave_without_teardown() -> None:
    """Ends the fork server at once when its interpreter would tear itself down.

    The server exits when the crawl process has gone (``SystemExit`` in its loop, exit code 0);
    what is left is freeing every object of the text stack, one by one, which nothing reads.
    Registered last, this runs first of the exit handlers; those it skips have nothing to do in
    the server: logging's (the server has no handler of its own that buffers) and
    multiprocessing's (the server's workers are forked by its loop, not started as processes,
    and end with ``os._exit`` themselves). A fork of the server never reaches here either.
    """
    if os.getpid() != _SERVER:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or its reader gone
            stream.flush()
    os._exit(1 if _failed else 0)


if _imported_by_the_fork_server(sys._getframe()):
    atexit.register(_leave_without_teardown)
