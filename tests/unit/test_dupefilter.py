"""The compact dupefilter: Scrapy's filtering with a 60-bit int per request."""

from __future__ import annotations

from pathlib import Path

from scrapy import Request
from scrapy.utils.misc import build_from_crawler, load_object

from crawler.dupefilter import CompactDupeFilter
from tests.unit.components import crawler_for


def test_the_crawl_filters_canonical_duplicates_with_small_keys() -> None:
    crawler = crawler_for()
    dupefilter = build_from_crawler(load_object(crawler.settings["DUPEFILTER_CLASS"]), crawler)
    assert isinstance(dupefilter, CompactDupeFilter)
    assert not dupefilter.request_seen(Request("https://e.org/a?utm_source=rss"))
    assert dupefilter.request_seen(Request("https://e.org/a"))  # the same canonical URL
    assert not dupefilter.request_seen(Request("https://e.org/b"))
    assert dupefilter.request_seen(Request("https://e.org/b"))
    assert all(0 <= key < 2**60 for key in dupefilter._keys) and len(dupefilter._keys) == 2


def test_with_a_job_directory_it_keeps_scrapys_file(tmp_path: Path) -> None:
    crawler = crawler_for(JOBDIR=str(tmp_path))
    first = CompactDupeFilter.from_crawler(crawler)
    assert not first.request_seen(Request("https://e.org/a"))
    first.close("shutdown")
    again = CompactDupeFilter.from_crawler(crawler)  # a resumed job reads requests.seen
    assert again.request_seen(Request("https://e.org/a"))
    assert not again.request_seen(Request("https://e.org/b"))
    again.close("finished")
