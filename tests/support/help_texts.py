"""``scrapy COMMAND -h`` of several commands in one process: ``python -m
tests.support.help_texts COMMAND …`` prints, as JSON, each command's exit code and help text.

Each command's help goes through Scrapy's own ``execute``, as ``scrapy COMMAND -h`` runs it
(project settings, the command's parser and Scrapy's help formatter, exit through
``SystemExit``); one process for all of them spares a test the start of Scrapy and the project,
seconds each on a loaded machine, once per command. An error other than the exit propagates:
the process fails with its traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

from scrapy.cmdline import execute


def help_text(command: str) -> tuple[int | str | None, str]:
    """The exit code and standard output of ``scrapy COMMAND -h``."""
    out = io.StringIO()
    code: int | str | None = None
    with contextlib.redirect_stdout(out):
        try:
            execute(["scrapy", command, "-h"])
        except SystemExit as stop:
            code = stop.code
    return code, out.getvalue()


def main(commands: list[str]) -> None:
    print(json.dumps({command: help_text(command) for command in commands}))


if __name__ == "__main__":
    main(sys.argv[1:])
