"""``scrapy versions URL``: the versions of a stored article, with a unified diff of each change."""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.console import open_archive, print_out, say
from crawler.history import format_history
from crawler.storage import versions
from crawler.urls import canonicalize_url


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] URL"

    def short_desc(self) -> str:
        return "Show the versions of a stored article, with a diff of each change"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if len(args) != 1:
            raise UsageError("scrapy versions takes one article URL", print_help=False)
        try:
            wanted = canonicalize_url(args[0])
        except ValueError as exc:  # a source name or a typo ended in a traceback, exit 1
            raise UsageError(f"not an article URL: {args[0]} ({exc})", print_help=False) from None
        db = open_archive(self.settings)
        try:
            url = versions.resolve_url(db, wanted)
            try:
                history = versions.history(db, url) if url else []
            except ValueError as exc:  # a stored delta that does not fit: damaged rows
                say(f"cannot rebuild the versions of {url}: {exc}")
                raise SystemExit(1) from None
            if url is None or not history:
                raise UsageError(f"no stored article at {args[0]}", print_help=False)
            source, checked_at = versions.check_of(db, url)
        finally:
            db.close()
        print_out("\n".join(format_history(url, source, history, checked_at)))
