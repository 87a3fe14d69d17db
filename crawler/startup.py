"""Ctrl-C while Python loads Scrapy for ``scrapy …`` or ``python -m scrapy …``: one line.

Before Scrapy imports the project's commands (crawler/commands/__init__.py, where a crawling
command starts holding the signal, crawler/runs/interrupt.py), Python loads Scrapy and
Twisted: about 0.3 s of CPU, 0.6 to 0.9 s on a busy machine. A Ctrl-C then was Python's
``KeyboardInterrupt`` wherever it landed in those imports: a traceback of a dozen frames of
Scrapy's and importlib's code, for a user who only wanted to stop.

The interpreter runs this module at its start, from the ``newsloom-startup.pth`` file beside
the installed packages (written by setup.py into a built distribution, and by ``python -m
crawler.startup``, which ``make setup`` runs, for an editable install): on the command line
of Scrapy, in the project's folder, a Ctrl-C before the project's commands load ends the
process with one line and exit 130; nothing has been fetched or written by then.
:func:`release` hands Ctrl-C back to Python once they load. Any other program run by this
Python is left alone,
and this module imports nothing the interpreter has not loaded already.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

# The line written when a Ctrl-C comes before the project's commands load; os.write, which a
# signal handler may call while the interrupted code is itself writing to sys.stderr.
STOPPED = b"newsloom: stopped while Scrapy was loading; nothing was done, run it again\n"
# 128 + SIGINT, the code of a run stopped by Ctrl-C (crawler/runs/outcome.py EXIT_STOPPED).
EXIT_STOPPED = 130
# Scrapy's project file, found in the working folder or a parent, naming our settings.
_PROJECT_FILE = "scrapy.cfg"
_SETTINGS = "crawler.settings"


# The .pth file, and its line (site.py runs a line that begins with "import"): the test of the
# command line comes first, so that another program this Python runs pays for nothing more.
PTH_NAME = "newsloom-startup.pth"
PTH_LINE = (
    "import sys; any(a == 'scrapy' or a.endswith('/scrapy') for a in sys.orig_argv[1:4]) "
    "and __import__('crawler.startup').startup.install()\n"
)


def _stop(_signum: int, _frame: FrameType | None) -> None:
    os.write(2, STOPPED)
    # Only imports have run: nothing to flush or close, and no handler of theirs to run.
    os._exit(EXIT_STOPPED)


def scrapy_command_line(argv: list[str]) -> bool:
    """Whether the interpreter's own command line (``sys.orig_argv``) runs Scrapy's: the
    ``scrapy`` script, or ``python -m scrapy``."""
    args = argv[1:]
    if args[:2] == ["-m", "scrapy"]:
        return True
    script = next((arg for arg in args if not arg.startswith("-")), None)
    return script is not None and os.path.basename(script) == "scrapy"


def in_project(folder: str) -> bool:
    """Whether Scrapy finds this project from ``folder``: SCRAPY_SETTINGS_MODULE names its
    settings, or the nearest scrapy.cfg, there or in a parent, does."""
    if os.environ.get("SCRAPY_SETTINGS_MODULE") == _SETTINGS:
        return True
    while True:
        cfg = os.path.join(folder, _PROJECT_FILE)
        if os.path.isfile(cfg):
            try:
                with open(cfg, encoding="utf-8", errors="replace") as fh:
                    return _SETTINGS in fh.read()
            except OSError:
                return False
        parent = os.path.dirname(folder)
        if parent == folder:
            return False
        folder = parent


def install() -> None:
    """Stop at a Ctrl-C with one line, for Scrapy's command line in this project, as long
    as nothing has set a handler of its own (a parent that ignores SIGINT keeps it ignored)."""
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return
    try:
        if not (scrapy_command_line(list(sys.orig_argv)) and in_project(os.getcwd())):
            return
    except OSError:
        return  # a working folder removed under us: Scrapy will say so itself
    signal.signal(signal.SIGINT, _stop)


def release() -> None:
    """Give Ctrl-C back to Python's default handler if :func:`install` set ours, so that
    what runs from here on handles it as it would without us."""
    if signal.getsignal(signal.SIGINT) is _stop:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def write_pth(folder: str) -> str:
    """Write the .pth file into ``folder`` (a build's or an installation's packages); returns
    its path."""
    path = os.path.join(folder, PTH_NAME)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(PTH_LINE)
    return path


def main() -> None:
    """Write the .pth file beside this interpreter's packages, for an editable install, which
    setuptools makes of links to the source alone."""
    import sysconfig

    print(f"wrote {write_pth(sysconfig.get_paths()['purelib'])}")


if __name__ == "__main__":
    main()
