"""ListedPages: the site crawl's decisions about pages a listing of the run also names."""

from __future__ import annotations

from scrapy import Request

from crawler.sitecrawl import IDLES_FOR_KEPT_PAGES, ListedPages

PAGE = "http://127.0.0.1:8000/artikel/1.html"


def _site_request(depth: int, url: str = PAGE) -> Request:
    return Request(url, cb_kwargs={"depth": depth})


def test_hints_of_every_listing_merge_first_kept_under_the_asked_or_reached_url() -> None:
    listed = ListedPages()
    assert listed.hints_for(PAGE) == {}
    listed.named(PAGE, {"published": "2026-11-30"})
    listed.named(PAGE, {"published": "2026-12-01", "title": "Rat einig"})
    hints = listed.hints_for("http://127.0.0.1:8000/elsewhere", PAGE + "?utm_source=x")
    assert hints == {"published": "2026-11-30", "title": "Rat einig"}
    hints["title"] = "changed by the caller"
    assert listed.hints_for(PAGE)["title"] == "Rat einig"
    assert listed.hints_for(None, "http://127.0.0.1:8000/other") == {}


def test_a_dropped_site_request_waits_for_the_listings_answer_at_its_shallowest_depth() -> None:
    listed = ListedPages()
    listed.named(PAGE, {})
    assert listed.site_request_dropped(_site_request(2), depth_limit=3) is None
    assert listed.site_request_dropped(_site_request(1), depth_limit=3) is None
    assert listed.site_request_dropped(_site_request(2), depth_limit=3) is None
    assert listed.ready() == []  # the listing's answer has not come yet
    assert listed.read(PAGE) == 1
    assert listed.read(PAGE) is None  # its links are read once
    assert listed.ready() == []


def test_pages_at_the_depth_limit_or_not_listed_are_not_wanted() -> None:
    listed = ListedPages()
    assert listed.site_request_dropped(_site_request(1), depth_limit=3) is None
    listed.named(PAGE, {})
    assert listed.site_request_dropped(_site_request(3), depth_limit=3) is None
    assert listed.site_request_dropped(_site_request(1, PAGE + "x"), depth_limit=3) is None
    assert listed.read(PAGE) is None
    assert listed.read(None) is None


def test_a_stored_page_the_listing_skipped_is_asked_again_once() -> None:
    listed = ListedPages()
    listed.named(PAGE, {})
    # The listing's request skipped first: the site crawl's dropped request goes again.
    assert listed.skipped_as_stored(PAGE) is None
    first = _site_request(1)
    assert listed.site_request_dropped(first, depth_limit=3) is first
    assert listed.site_request_dropped(_site_request(1), depth_limit=3) is None
    # The other order: the site crawl's request was dropped before the skip.
    other = ListedPages()
    other.named(PAGE, {})
    wanted = _site_request(2)
    other.site_request_dropped(wanted, depth_limit=3)
    assert other.skipped_as_stored(PAGE) is wanted
    assert other.ready() == []


def test_a_page_read_earlier_is_ready_at_idle_and_waited_for_a_bounded_number_of_idles() -> None:
    listed = ListedPages()
    listed.named(PAGE, {})
    assert listed.read(PAGE) is None  # read before the site crawl wanted its links
    listed.site_request_dropped(_site_request(2), depth_limit=3)
    assert listed.ready() == [PAGE]
    for _ in range(IDLES_FOR_KEPT_PAGES):
        assert listed.may_wait()
        listed.waited()
    assert not listed.may_wait()
    assert listed.taken(PAGE) == 2
    assert listed.ready() == []
