"""Whether ``NEWS_DB`` can take a crawl's writes, said in one line before the crawl starts.

A crawl's components open the store as its spider opens (the store pipeline, the run
recorder); a store they cannot open there ends the process in an asyncio traceback. Our
crawling commands (crawler/runs/runner.py) refuse such a store before they start; Scrapy's own
commands that crawl in the project (``fetch``, ``parse``) go through :class:`OpensTheStore`
to refuse it in the same words and with the same exit code.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.settings import BaseSettings

from crawler.console import refuse_unknown_spider, say
from crawler.settings_check import SettingsError, check_settings
from crawler.storage.database import (
    LOCK_HELD,
    ReadOnlyStore,
    check_writable,
    database_errors,
    database_from_settings,
    error_line,
    is_lock_error,
    shown,
    store_path_problem,
)
from crawler.storage.postgres import is_postgres_url

from .outcome import EXIT_FAILED, EXIT_LOCKED

logger = logging.getLogger(__name__)


def sqlite_store_problem(db_path: str) -> str | None:
    """Why a crawl cannot write the SQLite store ``db_path``, in the line that says so: its
    folder is missing, or it is on read-only storage; None when neither, and for a PostgreSQL
    URL (its server answers only when asked)."""
    if is_postgres_url(db_path):
        return None
    shape = store_path_problem(db_path)
    if shape:
        return f"cannot use {db_path}: {shape}"
    folder = Path(db_path).resolve().parent
    if not folder.is_dir():
        return f"cannot use {db_path}: the database folder {folder} does not exist"
    try:
        check_writable(Path(db_path))
    except ReadOnlyStore as exc:
        return f"cannot crawl into {shown(db_path)}: {exc}"
    return None


def refused(what: str, db_path: str, exc: BaseException) -> int:
    """Say why the store refused the run before it started, and return the exit code: 75
    when another program held SQLite's lock past the busy timeout (a temporary failure, as
    the run lock another run holds), 1 otherwise. The lock was "cannot open the database …:
    database is locked", exit 1, as if the store were broken."""
    line = f"{what} {shown(db_path)}: {error_line(exc)}"
    if is_lock_error(exc):
        say(f"{line}: {LOCK_HELD}; not run, try again later")
        return EXIT_LOCKED
    say(line)
    return EXIT_FAILED


def store_refusal(settings: BaseSettings) -> int | None:
    """Check the settings and open ``NEWS_DB`` as a crawl's components will (creating and
    upgrading it as they would); say why it cannot be used and return the exit code, None
    when it can. The checks and words of ``scrapy crawl``: a bad setting, a missing folder,
    read-only storage, a file that is no Newsloom store, a newer schema, a server that does
    not answer."""
    try:
        check_settings(settings)
    except SettingsError as exc:
        say(f"bad setting {exc}")
        return EXIT_FAILED
    db_path = str(settings.get("NEWS_DB"))
    problem = sqlite_store_problem(db_path)
    if problem:
        say(problem)
        return EXIT_FAILED
    try:
        db = database_from_settings(settings)
    except database_errors(OSError) as exc:
        return refused("cannot open the database", db_path, exc)
    db.close()
    return None


class OpensTheStore(ScrapyCommand):
    """One of Scrapy's commands that crawls in the project, so the store pipeline and the
    other components open ``NEWS_DB``: a store they cannot open is refused before Scrapy
    starts, in one line with ``scrapy crawl``'s exit code. ``scrapy fetch`` and ``scrapy
    parse`` ended in an asyncio traceback ("Task exception was never retrieved"). A
    ``--spider`` naming no spider of the project is refused as ``scrapy crawl`` refuses one,
    exit 2 (:func:`crawler.console.refuse_unknown_spider`)."""

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        if getattr(opts, "spider", None):
            refuse_unknown_spider(opts.spider, self.settings)
        code = store_refusal(self.settings)
        if code is not None:
            raise SystemExit(code)
