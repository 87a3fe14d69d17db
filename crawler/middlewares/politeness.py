"""robots.txt Crawl-delay as the per-host delay, and a User-Agent carrying the contact.

Scrapy's robots parsers read Crawl-delay but nothing applies it; this raises the delay of the
host's download slot to it (AutoThrottle may move the delay, so it is re-applied on each
request, as a floor).

It also applies robots.txt to the requests Scrapy 2.19's RobotsTxtMiddleware lets through
unchecked: requests that wait together for a host's robots.txt all await one Deferred, whose
result only the first of them receives (Twisted's ``asFuture`` callback returns None), so the
others see no parser and pass. Entry URLs and revisits start together and met exactly this.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Self

from scrapy import Request
from scrapy.core.downloader import Downloader
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.discovery.robots import ROBOTS_FORBIDDEN

logger = logging.getLogger(__name__)


def engine_downloader(crawler: Crawler) -> Callable[[], Downloader]:
    """The crawl's downloader, looked up when needed: the engine is built after middlewares."""

    def downloader() -> Downloader:
        return crawler.engine.downloader

    return downloader


class CrawlDelayMiddleware:
    def __init__(
        self,
        stats: StatsCollector,
        downloader: Callable[[], Downloader],
        robots: Callable[[], RobotsTxtMiddleware | None],
        *,
        user_agent: str,
        max_delay: float,
    ) -> None:
        self.stats = stats
        self.downloader = downloader
        # Scrapy's RobotsTxtMiddleware of the crawl, looked up when needed as the downloader is.
        self.robots = robots
        self.user_agent = user_agent
        self.max_delay = max_delay
        self.applied: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        if not s.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        agent = s.get("ROBOTSTXT_USER_AGENT") or s.get("USER_AGENT")
        return cls(
            crawler.stats,
            engine_downloader(crawler),
            functools.partial(crawler.get_downloader_middleware, RobotsTxtMiddleware),
            user_agent=agent,
            max_delay=s.getfloat("NEWS_CRAWL_DELAY_MAX"),
        )

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        robots = self.robots()
        if robots is None:
            return
        parser = await robots.robot_parser(request)
        if parser is not None and not parser.allowed(request.url, self.user_agent):
            self.stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest(ROBOTS_FORBIDDEN)
        delay = parser.crawl_delay(self.user_agent) if parser is not None else None
        if not delay:
            return
        delay = min(float(delay), self.max_delay)
        downloader = self.downloader()
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            key, slot = downloader._get_slot(request)
        if slot.delay < delay:
            slot.delay = delay
        # DOWNLOAD_DELAY_JITTER would draw delays down to half the value: the site named a
        # minimum, so this host's delay is not randomized.
        slot.jitter = 0.0
        if key not in self.applied:
            self.applied[key] = delay
            self.stats.set_value(f"news/crawl_delay/{key}", delay)
            logger.info("robots.txt of %s asks for Crawl-delay %.1f s; applied", key, delay)


class ContactUserAgentMiddleware(UserAgentMiddleware):
    """USER_AGENT with NEWS_CONTACT appended, so site owners can reach the operator."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        agent = crawler.settings.get("USER_AGENT")
        contact = crawler.settings.get("NEWS_CONTACT")
        if contact:
            agent = f"{agent} contact: {contact}"
        return cls(agent)
