"""Ctrl-C and SIGTERM that come before Scrapy's handlers: held, then handed to them.

Scrapy sets its shutdown handlers once its reactor has started. Before that (while our
commands are imported, the settings checked, the locks taken, the store opened and migrated,
the crawlers built, the reactor started: one to three seconds on a busy machine) a Ctrl-C was
Python's ``KeyboardInterrupt`` wherever it landed: a traceback and a run row left as if
killed, not the one line "stopped: N articles saved …" and exit 130 a Ctrl-C gets a second
later. A crawling command holds both signals from the moment Scrapy imports our commands
(:func:`hold_for_command_line`); the runner hands a held one over once Scrapy's handlers are
in place (:func:`hand_over`), so it stops the run exactly as it would have a moment later. A
second signal while one is held stops at once, as a second Ctrl-C does a crawl.

Only signals left to their default are held: one the parent ignores (a job started in the
background of a script) stays ignored until Scrapy takes it.
"""

from __future__ import annotations

import os
import signal
from types import FrameType
from typing import Any

from crawler.commandline import RUN_COMMANDS, command_of, scrapy_command_line

from .outcome import EXIT_STOPPED

# The line a second signal leaves on stderr; written with os.write, which a signal handler
# may call while the interrupted code is itself writing to sys.stderr.
AT_ONCE = b"newsloom: stopped at once, before the crawl started; run the same command again\n"

_held: int | None = None
_previous: dict[int, Any] = {}


def _defaults() -> dict[int, Any]:
    """The handlers SIGINT and SIGTERM have when nothing has set one: only a signal still at
    its default is held, so one the parent ignored stays ignored."""
    return {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}


def _hold_signal(signum: int, _frame: FrameType | None) -> None:
    global _held
    if _held is None:
        _held = signum
        return
    stop_holding()
    os.write(2, AT_ONCE)
    raise SystemExit(EXIT_STOPPED)


def hold() -> None:
    """Hold SIGINT and SIGTERM, those still at their default, until :func:`hand_over`."""
    for signum, default in _defaults().items():
        if signal.getsignal(signum) == default:
            _previous[signum] = signal.signal(signum, _hold_signal)


def held() -> int | None:
    """The signal held so far, if one came."""
    return _held


def stop_holding() -> None:
    """Give the held signals their handlers back where nobody has replaced ours since."""
    for signum, previous in _previous.items():
        if signal.getsignal(signum) == _hold_signal:
            signal.signal(signum, previous)
    _previous.clear()


def hand_over() -> None:
    """Stop holding, and raise a held signal again for the handler now in place (Scrapy's,
    or crawlall --scrapyd's); nothing else when none came."""
    global _held
    signum, _held = _held, None
    stop_holding()
    if signum is not None:
        signal.raise_signal(signum)


def hold_for_command_line() -> None:
    """Hold the signals now if Scrapy's command line is loading a crawling command (see
    crawler/commandline.py); imported any other way, this does nothing."""
    command_line = scrapy_command_line()
    if command_line is not None and command_of(command_line[0]) in RUN_COMMANDS:
        hold()
