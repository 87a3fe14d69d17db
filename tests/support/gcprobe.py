"""Test-only extension: what Python's garbage collector was doing at moments of a crawl.

Written as JSON to ``GC_PROBE_FILE`` when the spider closes: whether the collector was on
when the spider opened (start-up, before the engine starts) and when the first item was
scraped (the crawl running), and how many objects were frozen then.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.settings import EXTENSIONS


class GcProbe:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: dict[str, Any] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        probe = cls(Path(crawler.settings["GC_PROBE_FILE"]))
        crawler.signals.connect(probe.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(probe.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(probe.spider_closed, signal=signals.spider_closed)
        return probe

    def spider_opened(self) -> None:
        self.seen["opened_enabled"] = gc.isenabled()

    def item_scraped(self) -> None:
        if "crawling_enabled" not in self.seen:
            self.seen["crawling_enabled"] = gc.isenabled()
            self.seen["crawling_frozen"] = gc.get_freeze_count()

    def spider_closed(self) -> None:
        self.path.write_text(json.dumps(self.seen), encoding="utf-8")


def settings_args(path: Path) -> tuple[str, ...]:
    """``-s`` arguments that add GcProbe beside the project's own extensions."""
    extensions = {**EXTENSIONS, "tests.support.gcprobe.GcProbe": 0}
    return ("-s", f"EXTENSIONS={json.dumps(extensions)}", "-s", f"GC_PROBE_FILE={path}")
