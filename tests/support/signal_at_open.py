"""Test-only pipeline: a SIGTERM that lands while the crawl opens, before its engine starts.

A cron timeout or a systemd stop can come at any moment; in this one Scrapy's stop finds no
running engine to stop, and the crawl never closes. The pipeline sends the signal from its
``open_spider`` and then never finishes opening: the opening outlasts the stop, as a store's
migration or a wait for its lock does, so the crawl cannot go on to fetch anything however
long the stop takes. It gave the stop 0.5 s before the crawl went on: on a loaded machine a
stop that took longer let the crawl fetch its listing and articles, or finish with exit 0.
A stop that never comes leaves the crawl waiting until the test's timeout ends it.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal

from crawler.settings import ITEM_PIPELINES


class SignalWhileOpening:
    async def open_spider(self) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        # Resolved by nothing: the reactor stops with the crawl still opening.
        await asyncio.get_running_loop().create_future()

    def process_item(self, item: object) -> object:
        return item


def settings_args() -> tuple[str, ...]:
    """``-s`` arguments that add the pipeline before the project's own."""
    pipelines = {**ITEM_PIPELINES, "tests.support.signal_at_open.SignalWhileOpening": 50}
    return ("-s", f"ITEM_PIPELINES={json.dumps(pipelines)}")
