"""``scrapy list``: Scrapy's command, stopping with one line on a bad sources.toml."""

from __future__ import annotations

import argparse

from scrapy.commands.list import Command as ScrapyList

from crawler.console import check_sources


class Command(ScrapyList):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        check_sources(self.settings)
