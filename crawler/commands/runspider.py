"""``scrapy runspider``: Scrapy's command, refusing a store its crawl cannot open in one line.

Its crawl opens ``NEWS_DB`` as every crawl in the project does (crawler/runs/storecheck.py).
"""

from __future__ import annotations

from scrapy.commands.runspider import Command as ScrapyRunspider

from crawler.runs.storecheck import OpensTheStore


class Command(OpensTheStore, ScrapyRunspider):
    pass
