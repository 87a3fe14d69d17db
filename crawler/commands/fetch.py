"""``scrapy fetch``: Scrapy's command, refusing a store its crawl cannot open in one line, and
failing when it printed nothing.

Its crawl opens ``NEWS_DB`` as every crawl in the project does (crawler/runs/storecheck.py).
"""

from __future__ import annotations

import argparse

from scrapy.commands.fetch import Command as ScrapyFetch
from scrapy.http import Response

from crawler.console import say
from crawler.runs.outcome import EXIT_FAILED
from crawler.runs.storecheck import OpensTheStore


class Command(OpensTheStore, ScrapyFetch):
    answered = False

    def _print_response(self, response: Response, opts: argparse.Namespace) -> None:
        self.answered = True
        super()._print_response(response, opts)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        if not self.answered and self.exitcode == 0:
            # A URL refused (a private address, robots.txt, no DNS answer) or never answered
            # printed nothing, exit 0: a script reading the page took an empty one for it.
            say(f"nothing fetched from {args[0]}: no answer to print (the log says why)")
            self.exitcode = EXIT_FAILED
