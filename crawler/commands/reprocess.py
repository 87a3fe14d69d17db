"""``scrapy reprocess [SOURCE…]``: re-run extraction and analysis over stored HTML, offline."""

from __future__ import annotations

import argparse

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings

from crawler.console import refuse_store_path, say
from crawler.runs.outcome import EXIT_FAILED
from crawler.runs.runner import RunCommand, Target
from crawler.storage.database import (
    database_errors,
    database_exists,
    database_from_settings,
    schema_upgrades,
    shown,
)


class Command(RunCommand):
    # The sources with stored pages, read by check_usage.
    stored: tuple[str, ...] = ()
    # No later run reprocesses a source a crawl held: it fails, and the run exits 3.
    locked_out_fails = "not reprocessed"

    def syntax(self) -> str:
        return "[options] [SOURCE ...]"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--all",
            dest="restart",
            action="store_true",
            # No ":" in the text: Scrapy's help formatter makes a heading of a line ending in one.
            help="read every stored page, also those a stopped or killed reprocess under the "
            "same rules did (a rerun without it continues where that one stopped)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="read and re-derive every row and say what would change (rows, fields), "
            "writing nothing to the store and recording no run",
        )

    def short_desc(self) -> str:
        return "Re-extract stored pages (all sources or those named) without network access"

    def check_usage(self, args: list[str], opts: argparse.Namespace) -> None:
        """The database and the sources named are checked before Scrapy starts: an
        unknown source, or a store without pages, was said after its INFO line."""
        assert self.settings is not None
        path = self.settings.get("NEWS_DB")
        refuse_store_path(path)
        if not database_exists(path):
            raise UsageError(f"no database at {path}", print_help=False)
        try:
            if opts.dry_run and (upgrades := schema_upgrades(path)):
                # Every opening of the store upgrades it: the dry run would have written that.
                say(
                    f"--dry-run writes nothing, and the database {shown(path)} needs upgrading "
                    f"first ({', '.join(upgrades[:3])}{' …' if len(upgrades) > 3 else ''}): "
                    "a run without --dry-run upgrades it"
                )
                raise SystemExit(EXIT_FAILED)
            self.stored = tuple(_stored_sources(self.settings))
        except database_errors(OSError) as exc:
            # An unusable database fails the run in one line, exit 1, as it does a crawl's
            # (a damaged file, or damaged rows, ended here in a DatabaseError traceback); one
            # another program keeps locked is exit 75, as for a crawl (it was exit 1).
            self.refused_by_store("cannot read the database", exc)
            raise SystemExit(self.exitcode) from None
        unknown = [name for name in args if name not in self.stored]
        if unknown:
            raise UsageError(f"no stored pages for: {', '.join(unknown)}", print_help=False)
        if not self.stored:
            raise UsageError("no stored pages to reprocess", print_help=False)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        # Imported here: Scrapy imports this module at every start to list the commands.
        from crawler.spiders.reprocess import (
            expected_languages,
            reprocess_spider_for,
            stored_adhoc_source,
        )

        assert self.settings is not None and self.crawler_process is not None
        if opts.dry_run:
            self.settings.set("NEWS_DRY_RUN", True, priority="cmdline")
        configured = getattr(self.crawler_process.spider_loader, "sources", {})
        names = args or self.stored
        expected = expected_languages(self.settings, [n for n in names if n not in configured])
        targets = []
        for name in names:
            # Configured sources keep their language policy and strip rules; ad-hoc ones
            # (e.g. a host name) have no strip rules, and the languages their rows were
            # found to be expected in (see expected_languages).
            source = configured.get(name) or stored_adhoc_source(name, expected.get(name, ()))
            spargs = {"restart": True} if opts.restart else {}
            targets.append(Target(name, reprocess_spider_for(source), spargs))
        self.execute_run("reprocess", targets, exclusive=True)


def _stored_sources(settings: BaseSettings) -> list[str]:
    """The sources with stored pages, in name order."""
    db = database_from_settings(settings)
    try:
        rows = db.execute(
            "SELECT DISTINCT a.source FROM articles a JOIN pages p ON p.url = a.url "
            "ORDER BY a.source"
        ).fetchall()
    finally:
        db.close()
    return [r[0] for r in rows]
