"""Test-only pipeline: a SIGTERM that lands while the crawl opens, before its engine starts.

A cron timeout or a systemd stop can come at any moment; in this one Scrapy's stop finds no
running engine to stop, and the crawl never closes. The pipeline sends the signal from its
``open_spider`` and gives the reactor a moment to act on it before the crawl goes on.
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
        await asyncio.sleep(0.5)

    def process_item(self, item: object) -> object:
        return item


def settings_args() -> tuple[str, ...]:
    """``-s`` arguments that add the pipeline before the project's own."""
    pipelines = {**ITEM_PIPELINES, "tests.support.signal_at_open.SignalWhileOpening": 50}
    return ("-s", f"ITEM_PIPELINES={json.dumps(pipelines)}")
