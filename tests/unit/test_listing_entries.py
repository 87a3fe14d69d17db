"""Issue 17: one bad listing entry costs that entry only; raw ``&`` in sitemaps; listing bounds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.discovery.feeds import parse_feed
from crawler.discovery.sitemaps import escape_raw_ampersands, parse_sitemap
from crawler.urls import is_http_url

BASE = "https://news.example"
BAD_LINKS = ["http://[::1/x", "http://news.example:99999/x", "https://news.example:-1/x"]


def _rss(hrefs: list[str]) -> bytes:
    items = "".join(f"<item><title>t</title><link>{h}</link></item>" for h in hrefs)
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{items}</channel></rss>'
    ).encode()


def _urlset(locs: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    ).encode()


def _with_bad(n: int = 50) -> list[str]:
    hrefs = [f"{BASE}/a/{i}" for i in range(n)]
    for k, bad in enumerate(BAD_LINKS):
        hrefs.insert(5 + 10 * k, bad)
    return hrefs


@pytest.mark.parametrize("bad", BAD_LINKS)
def test_malformed_links_are_not_usable(bad: str) -> None:
    assert not is_http_url(bad)


def test_one_malformed_feed_link_costs_that_entry_only() -> None:
    result = parse_feed(_rss(_with_bad()), f"{BASE}/feed.xml", "application/rss+xml")
    assert [link.url for link in result.links] == [f"{BASE}/a/{i}" for i in range(50)]
    assert result.skipped.count == len(BAD_LINKS)


def test_one_malformed_sitemap_loc_costs_that_entry_only() -> None:
    result = parse_sitemap(_urlset(_with_bad()), f"{BASE}/sitemap.xml")
    assert [link.url for link in result.links] == [f"{BASE}/a/{i}" for i in range(50)]
    assert result.skipped.count == len(BAD_LINKS)


def test_raw_ampersand_in_sitemap_loc_is_read_as_meant() -> None:
    body = _urlset([f"{BASE}/a?a=1&b=2", f"{BASE}/b?x=1&amp;y=2", f"{BASE}/c?q=&#38;&r=1"])
    result = parse_sitemap(body, f"{BASE}/sitemap.xml")
    assert [link.url for link in result.links] == [
        f"{BASE}/a?a=1&b=2",
        f"{BASE}/b?x=1&y=2",
        f"{BASE}/c?q=&&r=1",
    ]
    assert result.skipped.count == 0


def test_cdata_loc_keeps_its_ampersand() -> None:
    result = parse_sitemap(_urlset([f"<![CDATA[{BASE}/a?a=1&b=2]]>"]), f"{BASE}/sitemap.xml")
    assert [link.url for link in result.links] == [f"{BASE}/a?a=1&b=2"]


def test_undeclared_entity_names_are_raw_ampersands() -> None:
    # No DTD is read, so only XML's five entities mean anything in a <loc>.
    result = parse_sitemap(_urlset([f"{BASE}/a?x=1&copy=2;"]), f"{BASE}/sitemap.xml")
    assert [link.url for link in result.links] == [f"{BASE}/a?x=1&copy=2;"]


def test_utf16_sitemap_is_left_to_the_parser() -> None:
    text = _urlset([f"{BASE}/a?a=1&amp;b=2"]).decode()
    body = text.replace('version="1.0"', 'version="1.0" encoding="utf-16"', 1).encode("utf-16")
    result = parse_sitemap(body, f"{BASE}/sitemap.xml")
    assert [link.url for link in result.links] == [f"{BASE}/a?a=1&b=2"]


def test_body_without_a_raw_ampersand_is_returned_unscanned() -> None:
    body = _urlset([f"{BASE}/a?x=1&amp;y=2&#38;z", f"<![CDATA[{BASE}/b]]>"])
    assert escape_raw_ampersands(body) is body


def test_raw_ampersand_beside_cdata_is_still_escaped() -> None:
    body = b"<loc><![CDATA[/a?x=1&y=2]]></loc><loc>/b?x=1&y=2&amp;z</loc>"
    assert escape_raw_ampersands(body) == (
        b"<loc><![CDATA[/a?x=1&y=2]]></loc><loc>/b?x=1&amp;y=2&amp;z</loc>"
    )


def _escaped_by_substitution_alone(body: bytes) -> bytes:
    """The escape as it was before the search for a bare "&" let bodies skip it."""
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]:
        return body
    pattern = re.compile(
        rb"(<!\[CDATA\[.*?\]\]>)|&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)", re.DOTALL
    )
    return pattern.sub(lambda m: m.group(1) or b"&amp;", body)


@given(
    st.lists(
        st.sampled_from(
            [
                b"&",
                b"&amp;",
                b"&lt;",
                b"&#38;",
                b"&#x26;",
                b"&#;",
                b"&copy;",
                b"<![CDATA[",
                b"]]>",
                b"a",
                b";",
                b"<loc>",
                b"x=1",
            ]
        )
    ).map(b"".join)
)
def test_escape_equals_the_substitution_alone(body: bytes) -> None:
    assert escape_raw_ampersands(body) == _escaped_by_substitution_alone(body)
