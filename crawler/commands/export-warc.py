"""``scrapy export-warc FILE [SOURCE…]``: the stored article pages as a WARC file."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.console import archive_read_failed, open_archive, say
from crawler.exports.archive import unknown_sources
from crawler.runs.outcome import EXIT_STOPPED
from crawler.storage.database import database_errors
from crawler.warc.export import export_pages


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] FILE [SOURCE ...]"

    def short_desc(self) -> str:
        return "Write the stored pages (all sources or those named) as WARC response records"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if not args:
            raise UsageError("export-warc needs the FILE to write (.warc or .warc.gz)")
        out = Path(args[0])
        if not out.name.endswith((".warc", ".warc.gz")):
            raise UsageError(f"{out}: the file name must end in .warc or .warc.gz")
        if out.exists():
            raise UsageError(f"{out} exists; choose a new file", print_help=False)
        if not out.parent.is_dir():
            raise UsageError(f"no folder {out.parent}", print_help=False)
        db = open_archive(self.settings)
        try:
            unknown = unknown_sources(db, args[1:])
            result = export_pages(db, out, sources=args[1:])
        except OSError as exc:  # a folder not writable, a full disk: it ended in a traceback
            say(f"could not write {out}: {exc.strerror or exc}")
            self.exitcode = 1
            return
        except KeyboardInterrupt:  # Ctrl-C: it ended in a traceback; the file is not there
            say(f"stopped: {out} not written")
            self.exitcode = EXIT_STOPPED
            return
        except database_errors() as exc:
            archive_read_failed(self.settings, exc, out)
            self.exitcode = 1
            return
        finally:
            db.close()
        print(f"Wrote {result.written} pages to {out}", end="")
        print(f"; {result.unreadable} unreadable pages left out" if result.unreadable else "")
        if unknown:
            say(f"no article of source {', '.join(unknown)} is stored (`scrapy runs` lists them)")
        # Nothing to export is an empty result, as with `scrapy export` (it exited 1); stored
        # pages of which none could be read are a failure.
        if result.unreadable and not result.written:
            self.exitcode = 1
