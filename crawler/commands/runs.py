"""``scrapy runs [SOURCE…]``: the recent runs per source, with collapses flagged; ``--json``
for scripts (a dashboard, an alert): one object per run, one a line."""

from __future__ import annotations

import argparse
import json

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.console import open_archive, print_out, program_name, refuse_unknown_options
from crawler.runs.report import (
    format_table,
    legend_lines,
    no_runs_line,
    report_rows,
    run_objects,
    unknown_run_sources,
)
from crawler.sources import SourceError, load_sources


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] [SOURCE ...]"

    def short_desc(self) -> str:
        return "Show recent runs per source; flag sources that yield nothing or collapse"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-n",
            "--last",
            type=int,
            default=20,
            metavar="N",
            help="rows to show (default 20); with --json, runs",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="one JSON object per run and line, newest first: its sources with their "
            "counts, flags and streaks (keys in docs/operations.md)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        refuse_unknown_options(args)
        # -n 0 answered "No runs recorded yet." of a database with runs, and a negative N
        # showed them all (SQLite's negative LIMIT is none).
        if opts.last < 1:
            raise UsageError(f"-n takes 1 or more rows, not {opts.last}", print_help=False)
        try:
            configured = list(load_sources(self.settings.get("NEWS_SOURCES")))
        except SourceError:  # a broken sources file is crawl's to report; runs still reads
            configured = []
        db = open_archive(self.settings)
        try:
            unknown, known = unknown_run_sources(db, args, configured)
            if unknown:
                raise UsageError(
                    f"no source {', '.join(unknown)}: neither configured nor with runs; "
                    f"known sources: {', '.join(known) or 'none'}",
                    print_help=False,
                )
            if opts.json:
                # Nothing at all when there is no run: a script reads no line, not a sentence.
                for run in run_objects(db, args, opts.last):
                    print_out(json.dumps(run, ensure_ascii=False))
                return
            rows = report_rows(db, args, opts.last)
            if not rows:
                print_out(no_runs_line(db, args))
                return
        finally:
            db.close()
        print_out(format_table(rows))
        print_out("\n" + "\n".join(legend_lines(program_name())))
