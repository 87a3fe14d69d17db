"""Scrapy's downloader stats, counting the answers that were downloaded and no other.

A site crawl's request for a host's robots.txt is answered by the robots.txt middleware with
what it read (crawler/middlewares/politeness.py, ``hand_over``): nothing is downloaded, and
Scrapy's ``DownloaderStats`` never sees the request (it sits after the robots.txt middleware),
but it counted the answer on its way back: ``downloader/response_count`` (and the status and
byte counts) said one response more per host than ``downloader/request_count`` had requests.
"""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.stats import DownloaderStats
from scrapy.http import Response

from crawler.middlewares.politeness import HANDED_OVER


class DownloadedStats(DownloaderStats):
    """``DownloaderStats`` that leaves out a robots.txt answer handed over, not downloaded."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if HANDED_OVER in response.flags:
            return response
        return super().process_response(request, response)
