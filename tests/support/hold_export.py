"""Runs ``scrapy export`` (or ``scrapy copydb``) held after its first batch of rows is written:
mid-export (mid-copy) for as long as a test needs, however fast the machine goes.

``python -m tests.support.hold_export scrapy export FILE …`` runs Scrapy's command line as
``python -m scrapy`` would, with the export's reading of rows (``iter_rows``) wrapped: once the
first batch has been handed to the writer, the export creates the file named by
``NEWS_TEST_EXPORT_HELD`` and waits before it reads the next batch, for ``HOLD_SECONDS`` at most.
A test that waits for that file and then signals the process stops an export that is surely
still running, its partial file open and half written. The wait is in the export's own main
thread, in Python code, so a signal's handler runs there as it would anywhere in the export.

A test that stopped the export "once its partial file existed" raced the export to its end:
with a store big enough to take seconds, the time left to act still depended on the machine.

``scrapy copydb`` is held the same way once the first batch of the articles table is committed
to the target (its position in the copy's progress table says so): a copy surely stopped in
the middle of a table. The Ctrl-C test of copydb had made a store of 60,000 articles so that
the copy was still running when its signal came, 15 CPU-seconds of a test run.
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
import time
from collections.abc import Generator, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from crawler.exports import archive
from crawler.storage import copy

HELD = "NEWS_TEST_EXPORT_HELD"
# Long enough for any test to act, short enough that a test that never does still ends.
HOLD_SECONDS = 300.0


def _hold(held: Path, seconds: float) -> None:
    """Say the process is held (``held`` created), then wait in Python code, where a signal's
    handler runs."""
    held.touch()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.01)


def install(held: Path, seconds: float = HOLD_SECONDS) -> None:
    """Make every export of this process wait after its first batch, and every copy after
    the first batch of articles it commits; ``held`` says it does."""
    read = archive.iter_rows

    def held_rows(*args: Any, **kwargs: Any) -> Generator[list[dict[str, Any]], None, None]:
        with closing(read(*args, **kwargs)) as batches:
            for number, batch in enumerate(batches):
                if number == 1:
                    _hold(held, seconds)
                yield batch

    archive.iter_rows = held_rows
    transaction = copy.write_transaction

    @contextmanager
    def held_transaction(db: Any, **kwargs: Any) -> Iterator[Any]:
        with transaction(db, **kwargs) as inside:
            yield inside
        if held.exists():
            return
        copied = db.execute(
            f"SELECT rows_copied FROM {copy.PROGRESS_TABLE} WHERE table_name = 'articles'"
        ).fetchone()
        if copied is not None and copied[0] > 0:
            _hold(held, seconds)

    copy.write_transaction = held_transaction


def main() -> None:
    # Ctrl-C as at a terminal: a test run started in the background of a shell script
    # (``pytest … &``) passes SIGINT on ignored, and Python then installs no handler for it,
    # so the export went on and the Ctrl-C test waited out its time.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    install(Path(os.environ[HELD]))
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
