"""Python's cyclic garbage collector held off while a crawling command starts.

A crawl's start-up imports Scrapy, Twisted, the store and the spiders (about 1,100 modules) and
builds the crawler: objects that live as long as the process. The collector's passes over them
while they were being made took about 0.09 s of the crawl process's CPU per crawl (a tenth of
its start-up), for about 150 objects it could free. From the moment Scrapy imports our
commands (crawler/commands/__init__.py, as crawler/commandline.py explains) until a crawl's
engine has started, the collector is off; then what exists is frozen, left out of every later
collection (each full one walked all of it, for nothing), and the collector runs as usual.

A command that crawls on Scrapyd nodes, not here, is left alone: it has no engine to wait for.
"""

from __future__ import annotations

import gc

from crawler.commandline import crawls_here, scrapy_command_line

_paused = False


def pause_collector() -> None:
    """Turn the collector off until :func:`resume_collector` (a no-op if it is off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Freeze what exists and turn the collector back on, if :func:`pause_collector` turned
    it off."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def pause_for_command_line() -> None:
    """Pause now if Scrapy's command line is loading a command that crawls here; imported any
    other way (a test, a script), this does nothing."""
    command_line = scrapy_command_line()
    if command_line is not None and crawls_here(command_line[0]):
        pause_collector()
