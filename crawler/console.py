"""What the commands tell the person at the terminal, and how they stop on a usage error.

Library code logs; commands talk to the operator through these few functions, so every
message has one shape (``newsloom: …`` on stderr) and a usage error is one line and exit 2,
never a traceback.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings
from scrapy.spiderloader import get_spider_loader

from crawler.commandline import stdout_to_devnull
from crawler.runs.outcome import EXIT_FAILED, EXIT_USAGE
from crawler.settings_check import SettingsError, check_values
from crawler.sources import SourceError, load_sources, sources_file_note
from crawler.storage.database import (
    database_errors,
    database_exists,
    database_from_settings,
    error_line,
    shown,
    store_path_problem,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


def say(message: str) -> None:
    """A line for the operator on stderr, where cron's mail and the terminal show it."""
    sys.stderr.write(f"newsloom: {as_typed(message)}\n")
    sys.stderr.flush()


def usage_error(message: str) -> NoReturn:
    """Stop the command: one line saying what is wrong and how to fix it, exit 2."""
    say(message)
    raise SystemExit(EXIT_USAGE)


def refuse_unknown_options(args: list[str]) -> None:
    """Stop with a usage error on an option the command does not have. Scrapy reads a
    command line with ``parse_known_args``, so an unknown option reached the command as one
    of its arguments: ``scrapy export-warc FILE --ovewrite`` took it for a source, wrote an
    empty WARC and exited 0; runs, reprocess and crawlall called it an unknown source."""
    unknown = next((arg for arg in args if arg.startswith("-") and arg != "-"), None)
    if unknown is not None:
        raise UsageError(f"no such option: {unknown} (-h lists the options)", print_help=False)


def check_sources(settings: BaseSettings) -> None:
    """Stop with a usage error when sources.toml is bad, before Scrapy builds its spiders."""
    try:
        load_sources(settings.get("NEWS_SOURCES"))
    except SourceError as exc:
        usage_error(f"{exc} (fix the file, or name another one with -s NEWS_SOURCES=PATH)")


def print_out(text: str) -> None:
    """Print to stdout; a reader that went away (``scrapy runs | head``) ends the output
    quietly instead of with a BrokenPipeError. Output that cannot be written (stdout closed,
    ``>&-``; a full disk, ``> /dev/full``) fails the command in one line on stderr: both
    ended in a traceback (an AttributeError on the closed stream, an OSError)."""
    if sys.stdout is None:
        say("could not print the output: standard output is closed")
        raise SystemExit(EXIT_FAILED)
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_to_devnull()
        raise SystemExit(0) from None
    except OSError as exc:
        stdout_to_devnull()
        say(f"could not print the output: {exc.strerror or exc}")
        raise SystemExit(EXIT_FAILED) from None


def tool_command(name: str) -> str:
    """A command of this environment (``scrapy``, ``sqlite-utils``) as the user can type it.

    The bare name when the shell finds this environment's copy (an activated venv), else
    its path: a hint printed by ``make demo`` has to work in a shell without the venv.
    """
    local = Path(sys.executable).parent / name  # the venv's bin folder, symlinks kept
    found = shutil.which(name)
    if found and local.exists() and Path(found).resolve() == local.resolve():
        return name
    if not local.exists():
        return name
    relative = os.path.relpath(local)
    return relative if not relative.startswith("..") else str(local)


def program_name() -> str:
    """The command to suggest for our own commands: ``newsloom`` or ``scrapy``, typeable."""
    return tool_command("newsloom" if os.path.basename(sys.argv[0]) == "newsloom" else "scrapy")


def refuse_unknown_spider(
    name: str, settings: BaseSettings, names: list[str] | None = None
) -> None:
    """Stop with a usage error, one line and exit 2, when ``name`` is no spider of the
    project (``names``, the spider loader's list, built here when not given): a source's
    name mistyped in ``scrapy crawl``, or ``--spider`` of Scrapy's fetch, view, shell and
    parse, whose spider loader raised KeyError there (a traceback, exit 1; ``parse`` only
    logged it and exited 0, having parsed nothing)."""
    if names is None:
        names = get_spider_loader(settings).list()
    if name in names:
        return
    # A source's name mistyped ("tagesschu") was told to look the list up by hand; the list
    # command is named as the user runs it (`newsloom crawl` said `scrapy list`).
    near = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    note = sources_file_note(settings.get("NEWS_SOURCES"))
    raise UsageError(
        f"no spider named {name!r} (see `{program_name()} list`){hint}{note}", print_help=False
    )


# A command a message suggests or names: "`scrapy runs` lists them", "scrapy export takes …".
_SCRAPY_COMMAND = re.compile(r"(^|`)scrapy (?=[a-z])")


def as_typed(message: str) -> str:
    """``message`` with the commands it names written as the operator runs them.

    The messages say ``scrapy …``; under ``newsloom``, run from a folder that is not the
    repository, that command finds no project, so a command to type (in backquotes) names
    ``newsloom`` as the shell finds it, and a message opening with a command names the one
    the operator ran."""
    if os.path.basename(sys.argv[0]) != "newsloom":
        return message
    return _SCRAPY_COMMAND.sub(
        lambda match: f"`{program_name()} " if match[1] else "newsloom ", message
    )


def check_reader_settings(settings: BaseSettings) -> None:
    """Stop a command that reads the store (runs, export, versions, copydb…) on a setting
    the crawls refuse, in their line and exit 1: ``-s NEWS_DB_BUSY_TIMEOUT_MS=abc`` ended
    in a ValueError traceback, and ``-L VERBOSE`` or a negative timeout passed unsaid."""
    try:
        check_values(settings)
    except SettingsError as exc:
        say(f"bad setting {exc}")
        raise SystemExit(EXIT_FAILED) from None


def refuse_store_path(path: str) -> None:
    """Stop a command that reads the store ``path`` when the path can name no database file
    (a folder, or a file standing as its folder), in the crawls' line and exit 1
    (:func:`crawler.storage.database.store_path_problem`): ``scrapy runs -s NEWS_DB=<a
    folder>`` said "unable to open database file", and one under a file "no database at"."""
    problem = store_path_problem(path)
    if problem:
        say(f"cannot use {path}: {problem}")
        raise SystemExit(EXIT_FAILED)


def open_archive(settings: BaseSettings) -> Database:
    """``NEWS_DB`` for a command that reads the archive (runs, export, versions…): a one-line
    usage error when there is none (never an empty one created); one line and exit 1 when it
    cannot be opened (a file that is no database, a damaged one, a server that refuses), the
    failure crawl, reprocess and copydb report for the same database: a cron job that reads
    the archive tells a broken store from a mistyped command. A mistyped ``NEWS_`` setting or an
    empty ``NEWS_DB`` is
    the crawls' one line and exit 1 (``-s NEWS_DBB=x.db`` read ``news.db`` unsaid)."""
    check_reader_settings(settings)
    path = settings.get("NEWS_DB")
    refuse_store_path(path)
    if not database_exists(path):
        raise UsageError(f"no database at {path} (choose one with -s NEWS_DB=…)", print_help=False)
    try:
        return database_from_settings(settings, reader=True)
    except database_errors(OSError) as exc:
        say(f"cannot open the database {shown(path)}: {error_line(exc)}")
        raise SystemExit(EXIT_FAILED) from None
