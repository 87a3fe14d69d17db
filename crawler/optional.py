"""Scrapy components Newsloom keeps off, imported only when a setting turns them on.

Scrapy imports every component its settings list before the component's ``from_crawler`` can
say NotConfigured. Two of them are off in crawler/settings.py and cost the crawl process a
quarter of a second of CPU at every start for nothing: the remote-control extension imports
aiohttp (~0.19 s) and the cookies middleware tldextract with requests (~0.07 s). These
stand-ins read the setting first and build Scrapy's own component only when it is on, so
``-s COOKIES_ENABLED=True`` or ``-s REMOTE_CONTROL_ENABLED=True`` behave exactly as in Scrapy.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler, load_object


def _build_if_enabled(crawler: Crawler, setting: str, path: str) -> Any:
    # NotConfigured without a message: Scrapy logs a message as a WARNING ("Disabled …") on
    # every start, which a cron run at -L WARNING would mail every time for a default.
    if not crawler.settings.getbool(setting):
        raise NotConfigured
    return build_from_crawler(load_object(path), crawler)


class OptionalCookies:
    """Scrapy's ``CookiesMiddleware`` when ``COOKIES_ENABLED`` is on; nothing otherwise."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return _build_if_enabled(
            crawler, "COOKIES_ENABLED", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
        )


class OptionalRemoteControl:
    """Scrapy's ``RemoteControl`` when ``REMOTE_CONTROL_ENABLED`` is on; nothing otherwise."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return _build_if_enabled(
            crawler, "REMOTE_CONTROL_ENABLED", "scrapy.extensions.remote_control.RemoteControl"
        )
