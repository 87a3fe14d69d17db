"""Where an export command writes, and how it stops: what ``export`` and ``export-warc`` share.

Both check their FILE the same way before they read anything (:func:`export_target`, the
``--overwrite`` flag) and end the same way, each stop one line and its exit code
(:func:`exporting`). What the other commands tell the operator is crawler/console.py's.
"""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings

from crawler.console import say
from crawler.runs.outcome import EXIT_FAILED, EXIT_STOPPED
from crawler.storage.database import database_errors, error_line, shown
from crawler.storage.versions import VersionsUnreadable

from .archive import EXPORT_SUFFIXES
from .partial import link_loop, remove_stale_partials, written_file

if TYPE_CHECKING:
    from sqlite_utils import Database


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
        for stale in remove_stale_partials(folder, EXPORT_SUFFIXES):
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
