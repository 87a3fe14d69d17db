"""Language policy: a source may declare the languages it publishes in.

Detection itself runs in the worker (pipelines/extract/worker.py); this stage only applies the
source's policy, so it needs the Source and the crawler's stats, not the CPU.
"""

from __future__ import annotations

import logging
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.sources import Source, source_of

logger = logging.getLogger(__name__)


def language_verdict(language: str | None, source: Source | None) -> bool | None:
    """True/False: the language is (not) one the source expects; None: nothing to judge.

    Primary subtags are compared: langdetect names Chinese "zh-cn" or "zh-tw", and a source
    expecting "zh" expects both.
    """
    if source is None or not source.languages or language is None:
        return None
    return language.split("-", 1)[0] in source.languages


class LanguagePolicyPipeline:
    def __init__(self, stats: StatsCollector, source: Source | None) -> None:
        self.stats = stats
        self.source = source

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.stats, source_of(crawler.spider))

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        stats = self.stats
        language = adapter.get("language")
        stats.inc_value(f"news/language/{language or 'unknown'}")
        source = self.source
        verdict = language_verdict(language, source)
        adapter["language_expected"] = verdict
        if verdict is False:
            assert source is not None
            if not source.keep_other_languages:
                stats.inc_value("news/language/dropped_unexpected")
                stats.inc_value("news/drop/unexpected_language")
                raise DropItem(
                    f"unexpected_language: {language} not in {list(source.languages)} "
                    f"({adapter['url']})",
                    log_level="INFO",
                )
            stats.inc_value("news/language/kept_unexpected")
        return item
