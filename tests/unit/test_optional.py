"""Scrapy components kept off are not imported, and are Scrapy's own when turned on."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.extension import ExtensionManager
from scrapy.extensions.remote_control import RemoteControl
from scrapy.http import Request, Response

from crawler.optional import OptionalCookies, OptionalRemoteControl
from tests.unit.components import crawler_for


def test_cookies_off_by_default() -> None:
    with pytest.raises(NotConfigured):
        OptionalCookies.from_crawler(crawler_for())


def test_cookies_on_is_scrapys_middleware() -> None:
    mw = OptionalCookies.from_crawler(crawler_for(COOKIES_ENABLED=True))
    assert isinstance(mw, CookiesMiddleware)
    answer = Response("https://example.org/a", headers={"Set-Cookie": "consent=yes; Path=/"})
    mw.process_response(Request("https://example.org/a"), answer)
    follow = Request("https://example.org/b")
    mw.process_request(follow)
    assert follow.headers.get("Cookie") == b"consent=yes"


def test_remote_control_off_by_default() -> None:
    with pytest.raises(NotConfigured):
        OptionalRemoteControl.from_crawler(crawler_for())


def test_remote_control_on_builds_scrapys_extension(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []

    def build(cls: type, crawler: object) -> str:
        built.append(crawler)
        return "scrapy's extension"

    monkeypatch.setattr(RemoteControl, "from_crawler", classmethod(build))
    crawler = crawler_for(REMOTE_CONTROL_ENABLED=True)
    assert OptionalRemoteControl.from_crawler(crawler) == "scrapy's extension"
    assert built[-1] is crawler


def test_components_kept_off_are_not_imported() -> None:
    """Loading the crawl's downloader middlewares and extensions imports neither aiohttp nor
    tldextract (Scrapy loads a key set to None too, to resolve it)."""
    code = (
        "import sys\n"
        "from scrapy.settings import Settings\n"
        "from scrapy.utils.misc import load_object\n"
        "s = Settings(); s.setmodule('crawler.settings')\n"
        "for name in ('DOWNLOADER_MIDDLEWARES', 'EXTENSIONS'):\n"
        "    for path in s.get_component_priority_dict_with_base(name):\n"
        "        load_object(path)\n"
        "print(sorted(m for m in ('aiohttp', 'tldextract') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_components_kept_off_log_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    """A default left off is no warning: a cron run at ``-L WARNING`` would print one at
    every start (Scrapy logs a NotConfigured that carries a message as a WARNING)."""
    with caplog.at_level(logging.WARNING):
        ExtensionManager.from_crawler(crawler_for())
    assert [r.getMessage() for r in caplog.records if "Optional" in r.getMessage()] == []
