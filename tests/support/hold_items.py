"""Test-only pipeline: the first items go on to the store, every later one waits for a file.

A WARC ingestion has no server a test could hold: its records are read as fast as the
machine goes, and a test that stops or kills it "mid-way" once some are stored raced the
rest of the file. Placed before the store, this pipeline lets ``TEST_HOLD_ITEMS`` items
through and holds each later one until the file ``TEST_HOLD_RELEASE`` exists, so the run is
mid-way when the test acts however fast it goes; the test makes the file once it has.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from scrapy.crawler import Crawler

from crawler.settings import ITEM_PIPELINES


class HoldAfter:
    def __init__(self, count: int, release: Path) -> None:
        self.left = count
        self.release = release

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HoldAfter:
        settings = crawler.settings
        return cls(settings.getint("TEST_HOLD_ITEMS"), Path(settings["TEST_HOLD_RELEASE"]))

    async def process_item(self, item: object) -> object:
        if self.left > 0:
            self.left -= 1
            return item
        while not self.release.exists():
            await asyncio.sleep(0.05)
        return item


def settings_args(count: int, release: Path) -> tuple[str, ...]:
    """``-s`` arguments that put the pipeline just before the store."""
    pipelines = {**ITEM_PIPELINES, "tests.support.hold_items.HoldAfter": 850}
    return (
        "-s",
        f"ITEM_PIPELINES={json.dumps(pipelines)}",
        "-s",
        f"TEST_HOLD_ITEMS={count}",
        "-s",
        f"TEST_HOLD_RELEASE={release}",
    )
