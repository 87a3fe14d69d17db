"""``scrapy explain URL|FILE``: crawl one page as usual and log why each text block was kept
or dropped.

The usual ad-hoc crawl (``scrapy crawl news -a url=URL``) with ``NEWS_EXPLAIN`` on, so the
text pipeline logs every decision (stage, reason, block). A FILE is served from 127.0.0.1 for
the crawl's duration. Unless ``-s NEWS_DB=...`` is given, the crawl writes into a temporary
database that is removed afterwards: explaining a page leaves no trace in the real one. A
page already stored there is fetched and explained again as the source that stored it (its
row is rewritten, as by that source's crawl refetching it).
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from pathlib import Path
from urllib.parse import quote

from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES

from crawler.demo.server import serve_directory
from crawler.runs.runner import RunCommand, Target
from crawler.sources import Source, credentials_problem
from crawler.spiderloader import spider_for
from crawler.storage.database import database_errors, database_exists, database_from_settings
from crawler.urls import canonicalize_url, is_http_url, scheme_hint, without_userinfo


class Command(RunCommand):
    def syntax(self) -> str:
        return "[options] URL|FILE"

    def short_desc(self) -> str:
        return "Crawl one page (URL or saved HTML file) and log each text block's decision"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        self.settings.set("NEWS_EXPLAIN", True, priority="cmdline")
        # A page the database already holds is explained too: skipped as stored, it left
        # nothing to explain and failed the run ("none of 1 entry URL(s) answered").
        self.settings.set("NEWS_INCREMENTAL", False, priority="cmdline")
        # -s NEWS_DB=... on the command line: the user wants the rows kept there.
        self._own_db = (self.settings.getpriority("NEWS_DB") or 0) < SETTINGS_PRIORITIES["cmdline"]
        self.temporary_database = self._own_db
        # The pending extension then says the unfinished page is not kept for a later run.
        self.settings.set("NEWS_DB_TEMPORARY", self._own_db, priority="cmdline")

    def check_usage(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("scrapy explain takes one URL or one HTML file")
        target = args[0]
        # The URL is checked as the crawl's -a url= would be (crawler/sources.py), before
        # Scrapy starts: "http://" passed here and was refused inside the run.
        if not Path(target).is_file() and not is_http_url(target):
            shown = without_userinfo(target)
            raise UsageError(
                f"{shown!r} is neither an http(s) URL nor a file{scheme_hint(shown)}",
                print_help=False,
            )
        problem = None if Path(target).is_file() else credentials_problem(target)
        if problem:
            raise UsageError(f"the URL {problem}", print_help=False)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        target = args[0]
        with tempfile.TemporaryDirectory(prefix="newsloom-explain-") as tmp:
            if self._own_db:
                self.settings.set("NEWS_DB", str(Path(tmp) / "explain.db"), priority="cmdline")
                self.settings.set("NEWS_LOG_DIR", tmp, priority="cmdline")
            path = Path(target)
            if path.is_file():
                with serve_directory(path.resolve().parent) as base_url:
                    self._crawl(f"{base_url}/{quote(path.name)}")
            else:  # an http(s) URL (check_usage)
                self._crawl(target, None if self._own_db else self._stored_source(target))

    def _crawl(self, url: str, source: Source | None = None) -> None:
        if source is None:
            target = Target("news", "news", {"url": url, "source": "explain"})
        else:
            # Only this page: not the source's listings, revisits or pending articles.
            page = dataclasses.replace(
                source, feeds=(), sitemaps=(), start_urls=(), urls=(url,), revisit_days=0.0
            )
            spidercls = spider_for(page)
            spidercls.retries_pending = False
            target = Target(source.name, spidercls)
        self.execute_run("explain", [target])

    def _stored_source(self, url: str) -> Source | None:
        """The source whose row the given database holds for ``url`` (under its own URL or
        as an alias of a row), as that source is configured, or as reprocess reads an ad-hoc
        one; None for a page the database does not hold.

        Explained as the source "explain", such a page was read without its source's learned
        templates and strip patterns: the log said "kept" for blocks the source's crawl had
        dropped, and the row was rewritten under "explain", those blocks in its text.
        """
        assert self.settings is not None and self.crawler_process is not None
        if not database_exists(self.settings.get("NEWS_DB")):
            return None
        key = canonicalize_url(url)
        try:
            db = database_from_settings(self.settings)
            try:
                row = db.execute(
                    "SELECT source FROM articles WHERE url = ? UNION ALL "
                    "SELECT a.source FROM url_seen s JOIN articles a ON a.url = s.target "
                    "WHERE s.url = ?",
                    [key, key],
                ).fetchone()
            finally:
                db.close()
        except database_errors(OSError):
            # A store that cannot be read: the crawl says so in its one line, and fails.
            return None
        if row is None:
            return None
        name = row[0]
        configured: dict[str, Source] = getattr(self.crawler_process.spider_loader, "sources", {})
        if name in configured:
            return configured[name]
        # Imported here: Scrapy imports this module at every start to list the commands.
        from crawler.spiders.reprocess import expected_languages, stored_adhoc_source

        return stored_adhoc_source(name, expected_languages(self.settings, [name]).get(name, ()))
