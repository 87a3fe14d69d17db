"""What Scrapy's command line is running, read while it imports our commands' package.

``scrapy.cmdline.execute`` imports ``COMMANDS_MODULE`` (crawler/commands/__init__.py) before
it builds the command, checks its options and sets up the crawl. What must start that early
for a crawling command (the extraction workers' fork server, the hold on Ctrl-C and SIGTERM
until Scrapy's handlers are in place) reads the command line and the project settings from
that call's frame. Imported any other way (a test, a script, Scrapyd's runner importing the
settings), there is no such frame and nothing starts.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import TYPE_CHECKING

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
