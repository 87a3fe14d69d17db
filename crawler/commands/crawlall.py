"""``scrapy crawlall [SOURCE…]``: the cron entry; every configured source, or the ones named."""

from __future__ import annotations

import argparse

from scrapy.exceptions import UsageError

from crawler.console import say
from crawler.runs.nodelogins import (
    NETRC_SETTING,
    LoginFileError,
    NodeLogins,
    read_logins,
    visible_passwords,
)
from crawler.runs.runner import RunCommand, Target
from crawler.settings_check import RULES, SettingsError, check_value
from crawler.sources import load_sources, sources_file_note
from crawler.urls import is_http_url, masked_userinfo


class Command(RunCommand):
    # The --scrapyd nodes and their logins, once check_usage has read them; None: crawl here.
    nodes: tuple[list[str], NodeLogins] | None = None

    def syntax(self) -> str:
        return "[options] [SOURCE ...]"

    def short_desc(self) -> str:
        return "Crawl every source in sources.toml (or those named) in one run, for cron"

    def long_desc(self) -> str:
        return (
            "Crawl every configured source, or the ones named, in one process. Exit codes: "
            "0 success, 1 run failed, 2 usage error, 3 partly failed, 75 locked "
            "(another run uses this database, or another program held its SQLite lock; try "
            "again later), 130 stopped (Ctrl-C or SIGTERM; run it again "
            "to continue)."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--concurrency",
            type=int,
            default=None,
            metavar="N",
            # No ":" in the text: Scrapy's help formatter makes a heading of a line ending in one.
            help="sources crawled at the same time (default NEWS_CRAWLALL_CONCURRENCY)",
        )

        parser.add_argument(
            "--scrapyd",
            default="",
            metavar="URL[,URL...]",
            help="run each source as a job on these Scrapyd nodes (the project deployed there, "
            "all writing into the same NEWS_DB); a URL without a login takes its host's from "
            "~/.netrc (NEWS_SCRAPYD_NETRC), which ps does not show; see docs/scale-out.md",
        )

    def check_usage(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if opts.concurrency is not None:
            # Checked as the setting it stands for: 0 ran at the setting's value, -1 at 1.
            try:
                check_value("NEWS_CRAWLALL_CONCURRENCY", opts.concurrency, typed=True)
            except SettingsError:
                rule = RULES["NEWS_CRAWLALL_CONCURRENCY"]
                raise UsageError(
                    f"--concurrency takes {rule.describe()}, not {opts.concurrency}",
                    print_help=False,
                ) from None
        sources = load_sources(self.settings.get("NEWS_SOURCES"))
        path = self.settings.get("NEWS_SOURCES")
        unknown = [name for name in args if name not in sources]
        if unknown:
            raise UsageError(
                f"not configured in {path}: {', '.join(unknown)}{sources_file_note(path)}",
                print_help=False,
            )
        if opts.scrapyd:
            self.nodes = self._nodes(opts.scrapyd)

    def _nodes(self, given: str) -> tuple[list[str], NodeLogins]:
        """The node URLs ``--scrapyd`` gives and their logins, or a usage error.

        Here, before Scrapy starts its process: the line saying that a URL's password shows
        in the process list came after Scrapy's "started" line, once the run was under way.
        """
        assert self.settings is not None
        urls = [u.strip() for u in given.split(",") if u.strip()]
        bad = [u for u in urls if not is_http_url(u)]  # "http://[::1" was a traceback
        if bad or not urls:
            raise UsageError(
                f"--scrapyd takes http(s) URLs of Scrapyd nodes, not {masked_userinfo(given)!r}",
                print_help=False,
            )
        said = visible_passwords(urls)
        if said:
            say(said)
        try:
            return urls, read_logins(urls, self.settings.get(NETRC_SETTING))
        except LoginFileError as exc:
            raise UsageError(str(exc), print_help=False) from None

    def crawls_here(self, opts: argparse.Namespace) -> bool:
        # With --scrapyd, the nodes' jobs crawl; this process only schedules and waits.
        return not opts.scrapyd

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process is not None and self.settings is not None
        loader = self.crawler_process.spider_loader
        sources = dict(getattr(loader, "sources", {}))
        path = self.settings.get("NEWS_SOURCES")
        names = args or list(sources)
        if not names:
            raise UsageError(
                f"no sources configured in {path}{sources_file_note(path)}", print_help=False
            )
        if self.nodes is not None:
            urls, logins = self.nodes
            self.execute_on_nodes("crawlall", [Target(n, n) for n in names], urls, logins)
            return
        concurrency = opts.concurrency or self.settings.getint("NEWS_CRAWLALL_CONCURRENCY")
        self.execute_run("crawlall", [Target(n, n) for n in names], concurrency, exclusive=True)
