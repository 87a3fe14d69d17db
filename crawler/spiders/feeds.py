"""The news spider's feeds: a feed's answer read (crawler/discovery/feeds.py) into requests for
its articles."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import scrapy
from scrapy.http import Response

from crawler.discovery.feeds import parse_feed
from crawler.spiders.articles import ArticlePages
from crawler.spiders.listings import SPIDER_LOGGER, count_skipped

logger = logging.getLogger(SPIDER_LOGGER)


class FeedReading(ArticlePages):
    """Feeds read into article requests."""

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        # A feed that is a gzip file (feed.xml.gz, or one gzipped twice) was "not a feed".
        unpacked = self._listing_body(response, "feed")
        if unpacked is None:
            return
        body, whole = unpacked
        stats = self.crawler.stats
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
        if body is not response.body:
            content_type = None  # the header names the gzip file, not the feed in it
        result = parse_feed(body, response.url, content_type)
        if result.unusable and not whole:
            self._cut_before_first_entry(response, "feed")
            return
        if result.unusable:
            self._unusable_listing(response, "feed", body)
            return
        self._entry_ok(response)
        stats.inc_value("news/feed/parsed")
        if not (whole and result.complete):
            self._cut_off(response, "feed", len(result.links))
        elif result.malformed:
            stats.inc_value("news/feed/malformed")
            logger.warning(
                "Feed %s is ill-formed; recovered %d links", response.url, len(result.links)
            )
        count_skipped(stats, "feed", response.url, result.skipped)
        if result.unread_zones:
            # Dated in a zone name of several offsets or none ("IST", "BST", a military letter):
            # their day is kept, not a time guessed in one of the zones it may mean.
            stats.inc_value("news/feed/date_zone_unread", result.unread_zones)
        stats.inc_value("news/feed/links", len(result.links))
        for link in self._take_entries(response, self._found(result.links)):
            yield self.article_request(link.url, link.hints, response)
