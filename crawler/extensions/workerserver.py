"""Starts the extraction workers' fork server as a crawl is set up, not at its first item.

The extraction workers are forked from a forkserver that has imported their preload
(trafilatura, lxml, langdetect's profiles: about 1.5 s of CPU). Started by the pool at the
first item, that import ran after the crawl process had imported its own stack and opened the
spider, one after the other on one core while the other cores idled: a large share of a short
run's fixed cost (benchmarks/warc_ingest.py). Extensions are built before the item pipelines
are imported, so starting the server here lets both imports run at once.

The pool that uses the server sets the same preload, read from the same setting
(``NEWS_WORKER_PRELOAD``; a running server ignores a later one), so the workers start from the
same state either way; only the start moves earlier.

Earlier still: :func:`start_for_command_line` runs when Scrapy imports our commands' package
(crawler/commands/__init__.py), before it imports the commands themselves and sets up the crawl
(together about 0.6 s of CPU on one core, measured with ``benchmarks.throughput --timeline``).
"""

from __future__ import annotations

import logging
import multiprocessing
from multiprocessing import forkserver
from typing import Self

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from crawler.commandline import crawls_here, scrapy_command_line

logger = logging.getLogger(__name__)


class WorkerServer:
    def __init__(self, preload: list[str]) -> None:
        self.preload = preload

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        preload = crawler.settings.getlist("NEWS_WORKER_PRELOAD")
        if not preload:
            raise NotConfigured
        server = cls(preload)
        server.start()
        return server

    def start(self) -> None:
        """Launch the server (it imports the preload in the background); no-op if it runs."""
        multiprocessing.get_context("forkserver").set_forkserver_preload(self.preload)
        # Returns once the server process is launched, not once it has imported the preload:
        # the first worker's fork waits for that, by then usually long done.
        forkserver.ensure_running()
        logger.debug("Worker fork server started, preloading %s", ", ".join(self.preload))


def early_preload(argv: list[str], settings: BaseSettings) -> list[str]:
    """The preload to start the server with before the crawl is set up; empty: leave it.

    ``argv`` is Scrapy's command line (program name first). Its command is the first argument
    that is not an option, as Scrapy reads it. Left to the extension: a command that does not
    crawl here, a run whose crawls go to Scrapyd nodes, and a command line that sets the
    preload (``-s NEWS_WORKER_PRELOAD=...``), whose final value only the crawl's settings hold.
    """
    if not crawls_here(argv) or any("NEWS_WORKER_PRELOAD" in arg for arg in argv):
        return []
    return settings.getlist("NEWS_WORKER_PRELOAD")


def start_for_command_line() -> None:
    """Start the server now if Scrapy's command line is loading a crawling command.

    Called while ``scrapy.cmdline.execute`` imports our commands: its command line and project
    settings are read from that call's frame. Imported any other way (a test, a script), this
    does nothing.
    """
    command_line = scrapy_command_line()
    if command_line is None:
        return
    argv, settings = command_line
    preload = early_preload(argv, settings)
    if preload:
        WorkerServer(preload).start()
