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

Earlier still, once the command line is accepted: crawler/forkserver.py.
"""

from __future__ import annotations

from typing import Self

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.forkserver import start_fork_server


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
        start_fork_server(self.preload)
