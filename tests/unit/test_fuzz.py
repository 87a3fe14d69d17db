"""Property-based tests: arbitrary bytes and near-valid documents through the pure parsers.

No exception may escape, and what comes out must still be usable: only absolute http(s)
links, every entry either recovered or counted, text never invented.
"""

from __future__ import annotations

import html as html_module
import string
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse

from crawler.charset import decode_page, looks_binary, repair_decoding
from crawler.discovery.feeds import parse_feed
from crawler.discovery.sitemaps import parse_sitemap
from pipelines.text.extraction import extract_article

BASE = "http://feeds.example.invalid/news/feed.xml"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

good_urls = st.builds(
    lambda host, path: f"https://{host}.example.invalid/{path}",
    st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True),
    st.from_regex(r"[a-z0-9/_-]{0,30}", fullmatch=True),
)
bad_urls = st.sampled_from(
    [
        "javascript:alert(1)",
        "mailto:x@example.invalid",
        "http://",
        "ftp://h/x",
        "http://a b/c",
    ]
)
junk_text = st.text(max_size=300)


def _valid_link(url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and not any(c.isspace() for c in url)
    )


@FUZZ
@given(st.binary(max_size=2000))
def test_parse_feed_survives_arbitrary_bytes(body: bytes) -> None:
    result = parse_feed(body, BASE, "application/rss+xml")
    assert result.skipped.count >= 0
    assert all(_valid_link(link.url) for link in result.links)


@FUZZ
@given(st.lists(st.one_of(good_urls, bad_urls), max_size=12), junk_text, st.booleans())
def test_feed_entries_are_recovered_or_counted(urls: list[str], title: str, truncate: bool) -> None:
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(u)}</link></item>" for u in urls
    )
    body = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )
    data = body.encode("utf-8")
    if truncate:
        data = data[: len(data) * 2 // 3]
    result = parse_feed(data, BASE, "application/rss+xml")
    assert all(_valid_link(link.url) for link in result.links)
    assert len({link.url for link in result.links}) == len(result.links)
    if not truncate:
        valid = [u for u in urls if _valid_link(u)]
        assert [link.url for link in result.links] == list(dict.fromkeys(valid))
        assert result.skipped.count == len(urls) - len(valid)


@FUZZ
@given(st.binary(max_size=2000))
def test_parse_sitemap_survives_arbitrary_bytes(body: bytes) -> None:
    result = parse_sitemap(body, BASE)
    assert result.kind in ("urlset", "sitemapindex", "invalid")
    assert all(_valid_link(link.url) for link in result.links)


@FUZZ
@given(st.lists(st.one_of(good_urls, bad_urls, junk_text), max_size=12), st.booleans())
def test_sitemap_entries_are_recovered_or_counted(locs: list[str], truncate: bool) -> None:
    urls = "".join(
        f"<url><loc>{escape(loc)}</loc><lastmod>{escape(loc[:10])}</lastmod></url>" for loc in locs
    )
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()
    if truncate:
        body = body[: len(body) * 2 // 3]
    result = parse_sitemap(body, BASE)
    assert all(_valid_link(link.url) for link in result.links)
    if not truncate:
        assert result.kind == "urlset"
        assert len(result.links) + result.skipped.count == len(locs)


html_fragments = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<article>",
                "<script>",
                "<!--",
                "-->",
                "<br/>",
                "&amp;",
                "&bogus;",
                "<",
                ">",
                "<title>",
                "</title>",
                "<html lang='de'>",
            ]
        ),
        st.text(max_size=80),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments)
def test_extraction_never_raises_and_never_invents_text(parts: list[str]) -> None:
    html = "".join(parts)
    extracted = extract_article(html, "https://example.invalid/a")
    if extracted is not None:
        assert isinstance(extracted.text, str) and extracted.text
        # Extraction selects text from the page: it never adds a character the page lacks.
        assert set(extracted.text) - set(string.whitespace) <= set(html_module.unescape(html))


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", None]))
def test_repair_decoding_survives_arbitrary_bytes(body: bytes, charset: str | None) -> None:
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    response = HtmlResponse(BASE, body=body, headers={"Content-Type": content_type})
    decoded = repair_decoding(response.body, response.encoding, response.text)
    assert isinstance(decoded.text, str)
    assert isinstance(looks_binary(body, response.encoding), bool)
    # The shortcut for valid UTF-8 never changes what the full path gives; the bytes it keeps
    # for the worker decode to exactly that text.
    fast = decode_page(response.body, response.encoding, lambda: response.text)
    assert (fast.text, fast.encoding, fast.repaired) == (
        decoded.text,
        decoded.encoding,
        decoded.repaired,
    )
    assert fast.utf8 is None or fast.utf8.decode("utf-8") == fast.text


@FUZZ
@given(st.text(max_size=500))
def test_valid_utf8_is_never_changed(text: str) -> None:
    body = text.encode("utf-8")
    response = HtmlResponse(BASE, body=body, headers={"Content-Type": "text/html; charset=utf-8"})
    decoded = repair_decoding(response.body, response.encoding, response.text)
    assert decoded.text == response.text
    assert not decoded.repaired
