"""``scrapy export FILE``: the stored archive as JSON Lines, CSV or Parquet (by the suffix)."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.browse.query import search_expression
from crawler.console import (
    open_archive,
    print_out,
    refuse_unknown_options,
    say,
)
from crawler.exports.archive import (
    SPREADSHEET_CELL_CHARS,
    ArchiveFilter,
    ExportError,
    LongCells,
    export_archive,
    language_filter,
    unknown_languages,
    unknown_sources,
    writer_for,
)
from crawler.exports.target import export_target, exporting, overwrite_option
from crawler.plural import plural
from crawler.storage.postgres import is_postgres_url


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] FILE.jsonl|FILE.csv|FILE.parquet"

    def short_desc(self) -> str:
        return "Write the stored articles to a JSON Lines, CSV or Parquet file"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--source", action="append", default=[], metavar="NAME", help="only this source"
        )
        parser.add_argument(
            "--language",
            action="append",
            default=[],
            metavar="CODE",
            help="only this language (de, zh-cn; any case)",
        )
        parser.add_argument(
            "--since", metavar="DATE", help="published (else fetched) on or after DATE"
        )
        parser.add_argument("--until", metavar="DATE", help="published (else fetched) before DATE")
        parser.add_argument(
            "--unique", action="store_true", help="originals only, no copies of other articles"
        )
        parser.add_argument(
            "--search",
            metavar="WORDS",
            help="only articles the search finds, as the browse search box reads WORDS "
            '("a phrase", OR, -word, word*)',
        )
        parser.add_argument(
            "--versions",
            action="store_true",
            help="add each article's version number and its earlier versions (texts rebuilt)",
        )
        parser.add_argument(
            "--spreadsheet",
            action="store_true",
            help="CSV for Excel or LibreOffice: a byte order mark, and an apostrophe before "
            "a text the spreadsheet would run as a formula (=, +, -, @)",
        )
        overwrite_option(parser)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        refuse_unknown_options(args)
        if len(args) != 1:
            raise UsageError("scrapy export takes one output file", print_help=False)
        target = Path(args[0])
        if opts.search is not None and is_postgres_url(self.settings.get("NEWS_DB")):
            raise UsageError(
                "--search reads SQLite's full-text index; take the store from PostgreSQL with"
                " `scrapy copydb SOURCE_DB news.db` and export from that",
                print_help=False,
            )
        try:
            where = ArchiveFilter(
                sources=tuple(opts.source),
                languages=language_filter(opts.language),
                since=opts.since,
                until=opts.until,
                unique=opts.unique,
                match=search_expression(opts.search) if opts.search is not None else None,
            )
            writer_for(target, spreadsheet=opts.spreadsheet)
            where.where()
        except ExportError as exc:
            raise UsageError(str(exc), print_help=False) from None
        # A missing folder ended the export in a FileNotFoundError traceback.
        export_target(target, overwrite=opts.overwrite)
        db = open_archive(self.settings)
        long_cells = LongCells()
        with exporting(self.settings, db, target):
            unknown = unknown_sources(db, where.sources)
            no_language = unknown_languages(db, where.languages)
            count = export_archive(
                db,
                target,
                where,
                versions=opts.versions,
                spreadsheet=opts.spreadsheet,
                long_cells=long_cells,
            )
        print_out(f"{plural(count, 'article')} written to {target}")
        if long_cells.rows:
            _say_long_cells(long_cells, target)
        if unknown:
            say(f"no article of source {', '.join(unknown)} is stored (`scrapy runs` lists them)")
        if no_language:
            say(
                f"no article in language {', '.join(no_language)} is stored (--language takes "
                "the ISO 639-1 code the articles are tagged with: de, en, …)"
            )
        if not count and not unknown and not no_language:
            # Said nowhere else: "0 articles written" alone read like a store that was empty.
            given = _filters_given(opts)
            say(f"no stored article matches {given}" if given else "the store holds no article")


def _say_long_cells(long_cells: LongCells, target: Path) -> None:
    """Say which cells a spreadsheet will not hold whole: the file has them whole, but Excel
    opened such an article's text cut at 32,767 characters, without a word."""
    columns = ", ".join(f"{name} {count}" for name, count in long_cells.columns.most_common())
    say(
        f"{plural(long_cells.rows, 'row')} of {target} with a cell longer than the "
        f"{SPREADSHEET_CELL_CHARS:,} characters a spreadsheet cell holds ({columns}): "
        "written whole, but Excel cuts such a cell or carries the rest into the rows below; "
        "export to .jsonl or .parquet to read them whole"
    )


def _filters_given(opts: argparse.Namespace) -> str:
    """The filters of the command line, as typed: the options an empty export matched."""
    words = [f"--source {name}" for name in opts.source]
    words += [f"--language {code}" for code in opts.language]
    words += [f"--{name} {value}" for name in ("since", "until") if (value := getattr(opts, name))]
    if opts.unique:
        words.append("--unique")
    if opts.search is not None:
        words.append(f"--search {opts.search!r}")
    return " ".join(words)
