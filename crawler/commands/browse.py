"""``scrapy browse``: look at the database in the browser (Datasette, read-only, 127.0.0.1)."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.browse.server import bind, make_datasette, serve
from crawler.console import open_archive
from crawler.storage.postgres import is_postgres_url


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Browse and search the articles in the browser (Datasette on 127.0.0.1)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if args:
            raise UsageError("scrapy browse takes no arguments", print_help=False)
        if is_postgres_url(self.settings.get("NEWS_DB")):
            raise UsageError(
                "scrapy browse reads a SQLite archive (Datasette); take one from PostgreSQL with"
                " `scrapy copydb SOURCE_DB news.db` and browse that",
                print_help=False,
            )
        path = Path(self.settings.get("NEWS_DB")).resolve()
        if not path.exists():
            raise UsageError(
                f"no database at {path}: crawl first, or choose one with -s NEWS_DB=PATH",
                print_help=False,
            )
        # Bring an older database's schema up to date before Datasette reads it read-only; a
        # file that cannot be opened (damaged, another program's) is one line, not a traceback.
        open_archive(self.settings).close()
        try:
            sock = bind("127.0.0.1", opts.port)
        except (OSError, OverflowError) as exc:  # in use; a port past 65535 overflows
            raise UsageError(f"cannot listen on 127.0.0.1:{opts.port}: {exc}") from None
        port = sock.getsockname()[1]
        try:
            datasette = make_datasette(path)
            print(f"Browsing {path} at http://127.0.0.1:{port}/  (Ctrl-C to stop)", flush=True)
            serve(datasette, sock)
        except KeyboardInterrupt:
            # Ctrl-C is how the user ends the server, its normal end: exit 0, no traceback.
            # uvicorn stops serving on the signal, then raises it again for its caller.
            return
