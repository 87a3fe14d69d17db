"""Starts the extraction workers' fork server with its preload, ahead of the first item.

The extraction workers are forked from a forkserver that has imported their preload
(trafilatura, lxml, langdetect's profiles: about 1.5 s of CPU); started early, that import
runs while the crawl process imports its own stack and sets the crawl up. Two callers start
it: the crawl's extension (crawler/extensions/workerserver.py), and before it
:func:`start_for_command_line`.

:func:`start_for_command_line` runs once Scrapy's command line has checked a crawling
command's options and arguments (crawler/runs/runner.py ``RunCommand.process_options``),
before Scrapy builds its crawler process and the command sets up the crawl (about 0.3 s of CPU
on one core before the pool asks for its first worker, ``benchmarks/startup.py``'s demo crawl).
It ran earlier, as Scrapy imported our commands' package, which won 0.02 s more of overlap;
but a command line refused then (a spider that does not exist, a bad ``-a`` value, a refused
setting: exit 1 or 2) had started the server for nothing, and it imported its whole preload
after the command had printed its error: 1.2 s of CPU for the refusal instead of 0.65.
"""

from __future__ import annotations

import logging
import multiprocessing
from multiprocessing import forkserver

from scrapy.settings import BaseSettings

from crawler.commandline import scrapy_command_line

logger = logging.getLogger(__name__)


def start_fork_server(preload: list[str]) -> None:
    """Launch the server (it imports ``preload`` in the background); no-op if it runs."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(preload)
    # Returns once the server process is launched, not once it has imported the preload:
    # the first worker's fork waits for that, by then usually long done.
    forkserver.ensure_running()
    logger.debug("Worker fork server started, preloading %s", ", ".join(preload))


def start_for_command_line(settings: BaseSettings) -> None:
    """Start the server now, with the preload of a crawling command's ``settings`` (its command
    line's ``-s`` included), if Scrapy's command line is running that command.

    Called once ``scrapy.cmdline.execute`` has had the command check its options, by a command
    that crawls in this process. Called any other way (a test, a script), this does nothing.
    """
    if scrapy_command_line() is None:
        return
    preload = settings.getlist("NEWS_WORKER_PRELOAD")
    if preload:
        start_fork_server(preload)
