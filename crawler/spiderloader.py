"""Spiders from data: each source in sources.toml becomes a spider named after it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Self

from scrapy.settings import BaseSettings
from scrapy.spiderloader import SpiderLoader

from crawler.sources import Source, load_sources

if TYPE_CHECKING:
    from crawler.spiders.news import NewsSpider

logger = logging.getLogger(__name__)


def spider_for(source: Source) -> type[NewsSpider]:
    """A NewsSpider subclass for one source, carrying its per-source Scrapy settings."""
    # Imported when a spider is made (the loader, a command's run), not with this module,
    # which the demo and explain commands import when Scrapy lists the commands.
    from crawler.spiders.news import NewsSpider

    attrs = {
        "name": source.name,
        "news_source": source,
        "custom_settings": dict(source.settings),
        "__module__": __name__,
        "__doc__": source.description or f"Crawl the {source.name} source.",
    }
    return type(f"SourceSpider_{source.name.replace('-', '_')}", (NewsSpider,), attrs)


class SourceSpiderLoader(SpiderLoader):
    """Module spiders plus one generated spider per source.

    A bad sources file stops every command with its message, before anything is fetched.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.sources = load_sources(settings.get("NEWS_SOURCES"))
        for source in self.sources.values():
            self._spiders[source.name] = spider_for(source)

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Self:
        return cls(settings)
