"""``scrapy parse``: Scrapy's command, refusing a store its crawl cannot open in one line.

Its crawl opens ``NEWS_DB`` as every crawl in the project does, and ``--pipelines`` stores
what it parses there (crawler/runs/storecheck.py).
"""

from __future__ import annotations

from scrapy.commands.parse import Command as ScrapyParse

from crawler.runs.storecheck import OpensTheStore


class Command(OpensTheStore, ScrapyParse):
    pass
