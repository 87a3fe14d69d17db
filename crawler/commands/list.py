"""``scrapy list``: Scrapy's command, stopping with one line on a bad sources.toml or an empty
``NEWS_SOURCES``, saying when the file is missing, and quiet when its reader goes away."""

from __future__ import annotations

import argparse

from scrapy.commands.list import Command as ScrapyList
from scrapy.spiderloader import get_spider_loader

from crawler.console import check_sources, print_out, say
from crawler.runs.outcome import EXIT_FAILED
from crawler.settings_check import SettingsError, check_value
from crawler.sources import sources_file_note


class Command(ScrapyList):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        path = self.settings.get("NEWS_SOURCES")
        try:
            check_value("NEWS_SOURCES", path, typed=False)
        except SettingsError as exc:
            say(f"bad setting {exc}")
            raise SystemExit(EXIT_FAILED) from None
        check_sources(self.settings)
        # A mistyped -s NEWS_SOURCES= listed `news` alone, as if the file held no source.
        note = sources_file_note(path)
        if note:
            say(f"no configured sources{note}; only the ad-hoc spider `news`")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        # Scrapy's print ended `scrapy list | head -1` in a BrokenPipeError traceback.
        print_out("\n".join(sorted(get_spider_loader(self.settings).list())))
