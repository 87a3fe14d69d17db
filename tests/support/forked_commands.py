"""Several ``scrapy`` command lines, each in a process of its own forked from one that has
imported Scrapy and the project once.

``python -m tests.support.forked_commands FOLDER`` reads a JSON list of command lines (each a
list of the arguments after ``scrapy``) on standard input and prints, as JSON, each one's exit
code, standard output and standard error (kept in files in FOLDER, which must exist).

Each command line runs in a child forked after the imports, which runs Scrapy's ``execute``
as ``python -m scrapy ARGS`` runs it: its own process, its ``sys.argv`` that of ``python -m
scrapy`` (the name the messages give the command is read from it), its standard output and
error on files of its own, its exit (a usage error's ``SystemExit``, a traceback) left to the
interpreter as in ``python -m scrapy`` (so no frame of this module holds a ``with`` or a
``finally`` that the child would run on its way out). Nothing a command does reaches the
next one: only the imported modules are shared, as they stood before any command ran. What
the imports print (a warning) goes to this process's own standard error, once; the caller
puts it before each command's (tests/support/harness.py run_scrapy_forked). One
start of Scrapy and the project, instead of one per command line, spares a test about half a
CPU-second per command line (what such a start costs).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import scrapy.__main__
from scrapy.cmdline import execute
from scrapy.utils.misc import walk_modules_iter

# What every command line imports before it looks at its arguments: Scrapy's commands, the
# project's settings. Not the project's commands: importing their package from Scrapy's
# command line starts the extraction workers' fork server for a crawling command
# (crawler/extensions/workerserver.py), so each child imports it, as `python -m scrapy` does.
PRELOADED = ("scrapy.commands", "crawler.settings")


def _child(args: list[str], out: Path, err: Path) -> None:
    """Become ``python -m scrapy ARGS`` with its output in ``out`` and ``err``; never returns."""
    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    sys.argv = [scrapy.__main__.__file__, *args]
    execute()
    raise SystemExit(0)


def run_all(command_lines: list[list[str]], folder: Path) -> list[dict[str, object]]:
    """Each command line's exit code and output, in order."""
    results: list[dict[str, object]] = []
    for number, args in enumerate(command_lines):
        out, err = folder / f"{number}.out", folder / f"{number}.err"
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(args, out, err)
        _, status = os.waitpid(pid, 0)
        results.append(
            {
                "code": os.waitstatus_to_exitcode(status),
                "stdout": out.read_text(encoding="utf-8", errors="replace"),
                "stderr": err.read_text(encoding="utf-8", errors="replace"),
            }
        )
    return results


def main() -> None:
    for package in PRELOADED:
        for _ in walk_modules_iter(package):
            pass
    print(json.dumps(run_all(json.load(sys.stdin), Path(sys.argv[1]))))


if __name__ == "__main__":
    main()
