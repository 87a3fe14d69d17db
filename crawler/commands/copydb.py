"""``scrapy copydb SOURCE_DB TARGET_DB``: move an archive between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.console import (
    check_reader_settings,
    print_out,
    refuse_store_path,
    refuse_unknown_options,
    say,
)
from crawler.runs.outcome import EXIT_FAILED, EXIT_STOPPED
from crawler.storage.database import (
    database_errors,
    database_exists,
    describe,
    error_line,
    open_database,
    shown,
)

if TYPE_CHECKING:
    from crawler.storage.copy import TableCopy


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "SOURCE_DB TARGET_DB"

    def short_desc(self) -> str:
        return "Copy an archive between SQLite files and PostgreSQL URLs (resumable, verified)"

    def long_desc(self) -> str:
        return (
            "Copy every table of SOURCE_DB into TARGET_DB (each a SQLite file or a"
            " postgresql:// URL; the target is created and migrated). Rows are upserted in"
            " primary-key batches, so running it again after an interruption goes on where it"
            " stopped; run again after a finished copy, it copies every table anew (what the"
            " source changed meanwhile included). Prints each table's row counts; exits 1 when"
            " the target holds fewer rows than the source."
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        # Imported here, not with the module: Scrapy imports every command's module at each
        # start to list them, and the copy's schema brings sqlite-utils with it.
        from crawler.storage.copy import SourceFailed, copy_database

        assert self.settings is not None
        check_reader_settings(self.settings)
        refuse_unknown_options(args)
        if len(args) != 2:
            raise UsageError("scrapy copydb takes SOURCE_DB and TARGET_DB", print_help=False)
        source_path, target_path = args
        # A folder, or a file standing as the folder: SQLite's words were "unable to open
        # database file"; a source under a file was "no database at".
        for path in (source_path, target_path):
            refuse_store_path(path)
        if not database_exists(source_path):
            raise UsageError(f"no database at {source_path}", print_help=False)
        if describe(source_path) == describe(target_path):
            raise UsageError("SOURCE_DB and TARGET_DB are the same database", print_help=False)
        timeout = self.settings.getint("NEWS_DB_BUSY_TIMEOUT_MS")
        # Errors go to stderr, one line naming the database (they went to stdout as "cannot
        # open the databases: …", without saying which), and a stop or a failed write says
        # how to go on: Ctrl-C or a database error mid-copy ended in a traceback.
        again = "run the same command again to continue"
        opened = []
        try:
            for path in (source_path, target_path):
                try:
                    opened.append(
                        open_database(path, busy_timeout_ms=timeout, reader=path == source_path)
                    )
                except database_errors(OSError) as exc:
                    say(f"cannot open the database {shown(path)}: {error_line(exc)}")
                    self.exitcode = EXIT_FAILED
                    return
            source, target = opened
            try:
                results = copy_database(
                    source, target, source_name=describe(source_path), report=_print
                )
            except KeyboardInterrupt:
                say(f"stopped: the batches copied so far are kept; {again}")
                self.exitcode = EXIT_STOPPED
                return
            except SourceFailed as exc:
                say(f"copy stopped: {exc}; the batches copied so far are kept; {again}")
                self.exitcode = EXIT_FAILED
                return
            except database_errors(OSError) as exc:
                # A role that may not write the target, a full disk: each batch commits with
                # its position, so what was copied stays and the same command goes on.
                say(
                    f"copy into {describe(target_path)} stopped: {error_line(exc)}; the batches "
                    f"copied so far are kept; {again}"
                )
                self.exitcode = EXIT_FAILED
                return
        finally:
            for db in opened:
                db.close()
        incomplete = [r.table for r in results if not r.complete]
        if incomplete:
            say(f"copy incomplete: fewer rows in the target for {', '.join(incomplete)}")
            self.exitcode = EXIT_FAILED
            return
        print_out(f"copied {len(results)} tables; every row count verified")


def _print(result: TableCopy) -> None:
    mark = "ok" if result.complete else "MISSING ROWS"
    print_out(
        f"{result.table}: {result.source_rows} rows in the source, {result.target_rows} in the"
        f" target ({result.copied} written now) {mark}"
    )
