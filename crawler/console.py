"""What the commands tell the person at the terminal, and how they stop on a usage error.

Library code logs; commands talk to the operator through these few functions, so every
message has one shape (``newsloom: …`` on stderr) and a usage error is one line and exit 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings
from scrapy.spiderloader import get_spider_loader

from crawler.commandline import stdout_to_devnull
from crawler.exports.archive import link_loop, remove_stale_partials, written_file
from crawler.runs.outcome import EXIT_FAILED, EXIT_STOPPED, EXIT_USAGE
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
from crawler.storage.versions import VersionsUnreadable

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


def export_target(target: Path, *, overwrite: bool) -> None:
    """Stop with a usage error unless ``target`` can be written by ``export`` or
    ``export-warc``: its folder exists, and the file does not unless ``overwrite`` says to
    replace it. Both commands keep an existing file by default (``export`` replaced it,
    ``export-warc`` refused: the same habit lost a file with one and not the other); with
    ``--overwrite`` the new file takes the name only once complete, so a failed or stopped
    export leaves the old one as it was."""
    if not target.parent.is_dir():
        if target.parent.exists():
            raise UsageError(f"{target.parent} is a file, not a folder", print_help=False)
        raise UsageError(f"no folder {target.parent}", print_help=False)
    if target.is_dir():
        raise UsageError(f"{target} is a folder; name the file to write", print_help=False)
    if not overwrite and (target.exists() or target.is_symlink()):
        raise UsageError(
            f"{target} exists; choose a new file, or add --overwrite to replace it",
            print_help=False,
        )
    # A symbolic link is written through: the file it names is replaced (a dangling link's
    # is created) beside it, in its folder, and the link stays.
    written = written_file(target)
    if link_loop(target):
        raise UsageError(
            f"{target} is a symbolic link that leads back to itself; it names no file to write",
            print_help=False,
        )
    if not written.parent.is_dir():
        raise UsageError(
            f"{target} is a symbolic link into {written.parent}, which is no folder",
            print_help=False,
        )
    # A killed export's half-written file stayed beside the exports until one to its very
    # name replaced it.
    for folder in dict.fromkeys((target.parent, written.parent)):
        for stale in remove_stale_partials(folder):
            say(f"removed {stale}, left half-written by an export that was killed")


def overwrite_option(parser: argparse.ArgumentParser) -> None:
    """The ``--overwrite`` flag both exports take (see :func:`export_target`)."""
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace FILE if it exists (once the new file is complete); default: refuse",
    )


def _stop_export(signum: int, frame: object) -> None:
    """SIGTERM during an export: stop it as Ctrl-C does (its partial file removed, one line)."""
    raise KeyboardInterrupt


@contextmanager
def exporting(settings: BaseSettings, db: Database, target: Path) -> Iterator[None]:
    """Read the archive ``db`` into the file ``target``, then close it. Each way the export
    can stop is one line and its exit code; each ended in a traceback: a folder not
    writable or a full disk, Ctrl-C (the file is not there), rows the archive cannot give up
    (damaged past its schema: a bad copy, a failing disk), versions whose texts cannot be
    rebuilt. SIGTERM (``kill``, ``timeout``, a service manager) stops it as Ctrl-C does. Once
    the file is written, both are ignored: the command ends as the export did."""
    # SIGTERM killed the export without a word, status 143, its partial file left behind.
    signal.signal(signal.SIGTERM, _stop_export)
    try:
        yield
        # The file is complete: a Ctrl-C from here on (while the command prints what it wrote
        # and exits) has nothing left to stop. It killed the process, status 130 and a
        # traceback, after "Wrote N pages" of a good file; the export's own exit code stands.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    except OSError as exc:
        say(f"could not write {target}: {exc.strerror or exc}")
        raise SystemExit(EXIT_FAILED) from None
    except KeyboardInterrupt:
        say(f"stopped: {target} not written")
        raise SystemExit(EXIT_STOPPED) from None
    except database_errors() as exc:
        where = shown(settings.get("NEWS_DB"))
        say(f"could not read the database {where}: {error_line(exc)}; {target} not written")
        raise SystemExit(EXIT_FAILED) from None
    except VersionsUnreadable as exc:
        # `export --versions` of a store with a damaged version ended in a traceback; said as
        # `scrapy versions` says it, the file not written rather than written without them.
        say(f"cannot rebuild the versions of {exc.url}: {exc}; {target} not written")
        raise SystemExit(EXIT_FAILED) from None
    finally:
        db.close()
