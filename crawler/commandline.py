"""What Scrapy's command line is running, read while it imports our commands' package.

``scrapy.cmdline.execute`` imports ``COMMANDS_MODULE`` (crawler/commands/__init__.py) before
it builds the command, checks its options and sets up the crawl. What must start that early
for a crawling command (the hold on Ctrl-C and SIGTERM until Scrapy's handlers are in place,
the garbage collector held off) reads the command line and the project settings from that
call's frame, and the extraction workers' fork server, started once the command line is
accepted, asks it whether that command line runs. Imported any other way (a test, a script,
Scrapyd's runner importing the settings), there is no such frame and nothing starts.
"""

from __future__ import annotations

import os
import sys
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO, cast

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

# The commands that crawl in this process through the extraction pool (crawler/runs/runner.py
# RunCommand; tests/unit/test_extensions.py keeps the two in step).
RUN_COMMANDS = frozenset({"crawl", "crawlall", "demo", "explain", "reprocess"})


def _execute_frame() -> FrameType | None:
    # Imported here: ``newsloom`` reads the command (command_of) before it imports Scrapy.
    from scrapy import cmdline

    frame: FrameType | None = sys._getframe(1)
    while frame is not None and frame.f_code is not cmdline.execute.__code__:
        frame = frame.f_back
    return frame


def scrapy_command_line() -> tuple[list[str], BaseSettings] | None:
    """Scrapy's command line (program name first) and project settings, while
    ``scrapy.cmdline.execute`` imports our commands; None at any other time."""
    frame = _execute_frame()
    if frame is None:
        return None
    argv, settings = frame.f_locals.get("argv"), frame.f_locals.get("settings")
    from scrapy.settings import BaseSettings

    if not isinstance(argv, list) or not isinstance(settings, BaseSettings):
        return None
    return argv, settings


def command_of(argv: list[str]) -> str | None:
    """The command of a command line: its first argument that is not an option, as Scrapy
    reads it."""
    return next((arg for arg in argv[1:] if not arg.startswith("-")), None)


def crawls_here(argv: list[str]) -> bool:
    """Whether the command line ``argv`` (program name first) crawls in this process: one of
    :data:`RUN_COMMANDS`, not sending its crawls to Scrapyd nodes (``--scrapyd``)."""
    return command_of(argv) in RUN_COMMANDS and not any(arg.startswith("--scrapyd") for arg in argv)


def stdout_to_devnull() -> None:
    """Point standard output at /dev/null once its reader has gone: Python flushes stdout
    again at exit and would fail there (what was buffered is written to /dev/null)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _QuietOnClosedPipe:
    """Standard output whose reader may go away (``scrapy -h | head``): the first write or
    flush that finds the pipe closed points the output at /dev/null, and the command ends
    as it would have. Scrapy's list of commands, ``-h`` of a command and Scrapy's own
    commands (``settings``, ``version``) print through ``print`` or argparse, and each ended
    in a BrokenPipeError traceback, exit 1, where ``scrapy runs | head -1`` ended quietly."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            stdout_to_devnull()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            stdout_to_devnull()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def quiet_on_closed_pipe() -> None:
    """Make a closed reader of standard output end the command quietly while Scrapy's
    command line runs a command (``scrapy …``, ``newsloom …``); imported any other way (a
    test, a script), standard output is left as it is."""
    if scrapy_command_line() is None or sys.stdout is None:
        return
    if not isinstance(sys.stdout, _QuietOnClosedPipe):
        sys.stdout = cast(TextIO, _QuietOnClosedPipe(sys.stdout))
