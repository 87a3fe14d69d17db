"""``newsloom``: Scrapy's command line with Newsloom's settings, from any folder.

``scrapy`` finds a project through the ``scrapy.cfg`` of the working folder (or a parent), so
it works only inside the repository. ``newsloom crawl …``, ``newsloom export …`` and the rest
take the settings module directly; relative paths (``news.db``, ``sources.toml``, ``logs``)
are taken from the working folder, as they are for ``scrapy``.
"""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

from crawler.commandline import RUN_COMMANDS, command_of
from crawler.runs.interrupt import hold

SETTINGS_MODULE = "crawler.settings"
PROGRAM = "newsloom"
# What Scrapy writes at the head of every command's usage line, whatever program ran it.
SCRAPY_USAGE = "scrapy "


def usage_of(usage: str | None) -> str | None:
    """A command's usage line as ``newsloom`` takes it: "newsloom crawlall [options] …".
    Scrapy's said "scrapy crawlall …" above a ``newsloom`` usage error, a command the user
    did not type (and, outside the repository, one that does not find the project)."""
    if usage and usage.startswith(SCRAPY_USAGE):
        return f"{PROGRAM} {usage.removeprefix(SCRAPY_USAGE)}"
    return usage


def main() -> None:
    # Before Scrapy is imported (about a second): a Ctrl-C meanwhile stops a crawling
    # command with its one line and exit 130, not a traceback (crawler/runs/interrupt.py).
    if command_of([PROGRAM, *sys.argv[1:]]) in RUN_COMMANDS:
        hold()
    # Scrapy treats a folder as a project when this names an importable settings module.
    os.environ["SCRAPY_SETTINGS_MODULE"] = SETTINGS_MODULE
    from scrapy import cmdline
    from scrapy.settings import Settings

    from crawler.console import as_typed

    class Parser(cmdline.ScrapyArgumentParser):
        """Scrapy's parser of a command's options, its usage line naming ``newsloom``:
        ``cmdline.execute`` builds it with "scrapy CMD" written in, and no option changes
        that, so the parser ``execute`` builds is this one."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**{**kwargs, "usage": usage_of(kwargs.get("usage"))})

        def error(self, message: str) -> NoReturn:
            # A usage error names the command ("scrapy export takes one output file").
            super().error(as_typed(message))

    cmdline.ScrapyArgumentParser = Parser  # type: ignore[misc,assignment]
    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    cmdline.execute([PROGRAM, *sys.argv[1:]], settings)
