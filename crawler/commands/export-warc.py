"""``scrapy export-warc FILE [SOURCE…]``: the stored article pages as a WARC file."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler import console
from crawler.console import (
    open_archive,
    refuse_unknown_options,
    say,
)
from crawler.exports.archive import FORMATS, WARC_SUFFIXES, unknown_sources
from crawler.exports.target import export_target, exporting, overwrite_option
from crawler.plural import plural


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] FILE [SOURCE ...]"

    def short_desc(self) -> str:
        return "Write the stored pages (all sources or those named) as WARC response records"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        overwrite_option(parser)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        # The WARC writer (warcio) is imported first thing here, before the store or the file
        # is touched, not with the module: Scrapy imports every command's module at each start.
        from crawler.warc.export import export_pages

        assert self.settings is not None
        refuse_unknown_options(args)
        if not args:
            raise UsageError("export-warc needs the FILE to write (.warc or .warc.gz)")
        out = Path(args[0])
        # In any case, as `scrapy export` takes its suffixes: OUT.WARC.GZ was refused.
        if not out.name.lower().endswith(WARC_SUFFIXES):
            other = (
                " (`scrapy export` writes the articles to it)"
                if out.suffix.lower() in FORMATS
                else ""
            )
            raise UsageError(f"{out}: the file name must end in .warc or .warc.gz{other}")
        export_target(out, overwrite=opts.overwrite)
        db = open_archive(self.settings)
        with exporting(self.settings, db, out):
            unknown = unknown_sources(db, args[1:])
            result = export_pages(db, out, sources=args[1:])
        left_out = plural(result.unreadable, "unreadable page")
        console.print_out(
            f"Wrote {plural(result.written, 'page')} to {out}"
            + (f"; {left_out} left out" if result.unreadable else "")
        )
        if unknown:
            say(f"no article of source {', '.join(unknown)} is stored (`scrapy runs` lists them)")
        elif result.without_page:
            # They were left out without a word: a round trip through the file lost them.
            say(
                f"{plural(result.without_page, 'stored article')} without a kept page left "
                "out (stored with NEWS_KEEP_HTML off; `scrapy export` writes the stored text)"
            )
        elif not result.written and not result.unreadable:
            # Said as `scrapy export` says it: "Wrote 0 pages" alone read like a failed write.
            named = ", ".join(args[1:])
            say(f"no stored page is of source {named}" if named else "the store holds no page")
        # Nothing to export is an empty result, exit 0 as with `scrapy export` (it exited 1);
        # stored pages of which none could be read are a failure.
        if result.unreadable and not result.written:
            self.exitcode = 1
