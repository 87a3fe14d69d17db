"""``newsloom``: Scrapy's command line with Newsloom's settings, from any folder.

``scrapy`` finds a project through the ``scrapy.cfg`` of the working folder (or a parent), so
it works only inside the repository. ``newsloom crawl …``, ``newsloom export …`` and the rest
take the settings module directly; relative paths (``news.db``, ``sources.toml``, ``logs``)
are taken from the working folder, as they are for ``scrapy``.
"""

from __future__ import annotations

import os
import sys

SETTINGS_MODULE = "crawler.settings"


def main() -> None:
    # Scrapy treats a folder as a project when this names an importable settings module.
    os.environ["SCRAPY_SETTINGS_MODULE"] = SETTINGS_MODULE
    from scrapy.cmdline import execute
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    execute(["newsloom", *sys.argv[1:]], settings)
