"""``scrapy crawl <spider>``: Scrapy's command, with Newsloom's lock, run record and exit codes.

It overrides the built-in command of the same name (COMMANDS_MODULE), so a manual run of one
source reports failure exactly as ``crawlall`` does.
"""

from __future__ import annotations

import argparse
import logging

from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.console import refuse_unknown_spider, usage_error
from crawler.runs.runner import RunCommand, Target

logger = logging.getLogger(__name__)

SCRAPYD_ARGUMENTS = frozenset({"_job", "_version"})


class Command(RunCommand):
    spider_arguments = True

    def syntax(self) -> str:
        return "[options] <spider>"

    def short_desc(self) -> str:
        return "Run one spider (a source, or `news -a feed=URL`); exit code tells the outcome"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        # Scrapy keeps the last of a repeated -a key: `-a url=A -a url=B` crawled B alone,
        # exit 0, and A was never asked for.
        keys = [arg.split("=", 1)[0] for arg in opts.spargs or () if "=" in arg]
        repeated = [key for key in dict.fromkeys(keys) if keys.count(key) > 1]
        if repeated:
            key = repeated[0]
            usage_error(
                f"-a {key}=… is given {keys.count(key)} times and only the last would count;"
                f" give it once, several values comma-separated (-a {key}=A,B)"
            )
        super().process_options(args, opts)

    def check_usage(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("scrapy crawl takes exactly one spider name")
        assert self.settings is not None
        name = args[0]
        # One loader for both: each reads sources.toml and every spider module again.
        loader = get_spider_loader(self.settings)
        refuse_unknown_spider(name, self.settings, loader.list())
        self.check_arguments([Target(name, loader.load(name), _spider_arguments(opts))])

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process is not None and self.settings is not None
        name = args[0]
        spargs = _spider_arguments(opts)
        if "_job" in opts.spargs:
            logger.info("Scrapyd job %s", opts.spargs["_job"])
        self.execute_run("crawl", [Target(name, name, spargs)])


def _spider_arguments(opts: argparse.Namespace) -> dict[str, str]:
    """The ``-a`` arguments for the spider.

    Scrapyd starts each job as ``crawl SPIDER -a _job=ID [-a _version=V]``: its own
    bookkeeping, no argument of the spider's.
    """
    return {k: v for k, v in opts.spargs.items() if k not in SCRAPYD_ARGUMENTS}
