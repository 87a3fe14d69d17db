"""``scrapy versions URL``: the versions of a stored article, with a unified diff of each change."""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.console import open_archive, print_out, refuse_unknown_options, say
from crawler.history import format_history, meant_articles
from crawler.storage import versions
from crawler.urls import canonicalize_url, scheme_hint


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] URL"

    def short_desc(self) -> str:
        return "Show the versions of a stored article, with a diff of each change"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        refuse_unknown_options(args)
        if len(args) != 1:
            raise UsageError("scrapy versions takes one article URL", print_help=False)
        wanted: str | None = None
        try:
            wanted = canonicalize_url(args[0])
            problem = f"no stored article at {args[0]}"
        except ValueError as exc:  # a source name or a typo ended in a traceback, exit 1
            problem = f"not an article URL: {args[0]} ({exc})"
            if not scheme_hint(args[0]):  # no URL typed without its scheme either
                raise UsageError(problem, print_help=False) from None
        db = open_archive(self.settings)
        try:
            url = versions.resolve_url(db, wanted) if wanted else None
            try:
                history = versions.history(db, url) if url else []
            except ValueError as exc:  # a stored delta that does not fit: damaged rows
                say(f"cannot rebuild the versions of {url}: {exc}")
                raise SystemExit(1) from None
            if url is None or not history:
                # The address typed without its scheme, with the other one or another spelling
                # of the host: the user was left to guess how the store spells it.
                near = meant_articles(db, args[0])
                hint = f"; did you mean {' or '.join(near)}?" if near else ""
                raise UsageError(problem + hint, print_help=False)
            source, checked_at = versions.check_of(db, url)
        finally:
            db.close()
        print_out("\n".join(format_history(url, source, history, checked_at)))
