"""Runs ``scrapy export`` held after its first batch of rows is written: mid-export for as long
as a test needs, however fast the machine goes.

``python -m tests.support.hold_export scrapy export FILE …`` runs Scrapy's command line as
``python -m scrapy`` would, with the export's reading of rows (``iter_rows``) wrapped: once the
first batch has been handed to the writer, the export creates the file named by
``NEWS_TEST_EXPORT_HELD`` and waits before it reads the next batch, for ``HOLD_SECONDS`` at most.
A test that waits for that file and then signals the process stops an export that is surely
still running, its partial file open and half written. The wait is in the export's own main
thread, in Python code, so a signal's handler runs there as it would anywhere in the export.

A test that stopped the export "once its partial file existed" raced the export to its end:
with a store big enough to take seconds, the time left to act still depended on the machine.
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
import time
from collections.abc import Generator
from contextlib import closing
from pathlib import Path
from typing import Any

from crawler.exports import archive

HELD = "NEWS_TEST_EXPORT_HELD"
# Long enough for any test to act, short enough that a test that never does still ends.
HOLD_SECONDS = 300.0


def install(held: Path, seconds: float = HOLD_SECONDS) -> None:
    """Make every export of this process wait after its first batch; ``held`` says it does."""
    read = archive.iter_rows

    def held_rows(*args: Any, **kwargs: Any) -> Generator[list[dict[str, Any]], None, None]:
        with closing(read(*args, **kwargs)) as batches:
            for number, batch in enumerate(batches):
                if number == 1:
                    held.touch()
                    deadline = time.monotonic() + seconds
                    while time.monotonic() < deadline:
                        time.sleep(0.01)
                yield batch

    archive.iter_rows = held_rows


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
