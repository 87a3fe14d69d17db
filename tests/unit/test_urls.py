"""Canonical URLs and the request fingerprinter built on them."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy import Request
from scrapy.utils.request import fingerprint as scrapy_fingerprint
from scrapy.utils.test import get_crawler

from crawler.discovery.feeds import parse_feed
from crawler.fingerprinter import CanonicalRequestFingerprinter
from crawler.urls import (
    canonicalize_url,
    fetched_under,
    has_userinfo,
    is_http_url,
    masked_userinfo,
    without_userinfo,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # scheme and host lower-cased, default port, fragment and trailing slash dropped
        ("HTTP://WWW.Example.COM:80/Path/To/#top", "http://www.example.com/Path/To"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/a//", "https://example.com:8443/a"),
        ("https://example.com/", "https://example.com/"),
        # tracking parameters dropped, others sorted, repeated keys kept
        (
            "https://example.com/a?utm_source=rss&b=2&UTM_Medium=x&a=1&fbclid=z&gclid=y",
            "https://example.com/a?a=1&b=2",
        ),
        ("https://example.com/a?tag=b&mc_cid=1&tag=a", "https://example.com/a?tag=a&tag=b"),
        ("https://example.com/a?pk_campaign=x&mtm_source=y&xtor=RSS-1", "https://example.com/a"),
        # content selectors kept: ref (see module docstring), id, page, game
        ("https://example.com/a?ref=hn", "https://example.com/a?ref=hn"),
        ("https://example.com/a?page=2&id=7&game=3", "https://example.com/a?game=3&id=7&page=2"),
        # dot segments resolved, non-ASCII percent-encoded, IDNA host
        ("https://example.com/a/./b/../c/", "https://example.com/a/c"),
        ("https://bücher.de/straße", "https://xn--bcher-kva.de/stra%C3%9Fe"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "/relative/path",
        "example.com/a",
        "ftp://example.com/a",
        "mailto:a@example.com",
        "http://",
        "https://:80/",
        "http://example.com:port/",
        "http://[::1",
        # Found by fuzzing: hosts w3lib reads as none, a control character or a back-slash;
        # they were canonicalized to "https:///" and "http://Lavie", no key of their own.
        "https://\x1b",
        "http://\\/Lavie/",
        "https://\\ps//www.example.com",
        None,
        b"https://a.b/",
    ],
)
def test_invalid_urls_raise_value_error(url: object) -> None:
    with pytest.raises(ValueError):
        canonicalize_url(url)  # type: ignore[arg-type]


_segment = st.text(st.characters(codec="utf-8"), max_size=8)
_urls = st.builds(
    lambda scheme, host, port, segments, params, fragment, slash: (
        f"{scheme}://{host}{port}/{'/'.join(segments)}{'/' if slash else ''}"
        + ("?" + "&".join(f"{k}={v}" for k, v in params) if params else "")
        + (f"#{fragment}" if fragment else "")
    ),
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["example.com", "WWW.Example.org", "bücher.de", "127.0.0.1", "[::1]"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.lists(_segment, max_size=4),
    st.lists(
        st.tuples(st.sampled_from(["a", "B", "utm_source", "fbclid", "ref", "x y"]), _segment),
        max_size=4,
    ),
    _segment,
    st.booleans(),
)


@given(_urls)
def test_canonicalizing_twice_changes_nothing(url: str) -> None:
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once


@pytest.mark.parametrize(
    "url",
    [
        # Found by fuzzing (a link garbled from a JSON blob): w3lib quotes a last segment's
        # parameters otherwise than a path, and the stripped slash made ";]" the last segment:
        # "https://a/;]" was the key, which canonicalizes to "https://a/;%5D".
        "https://a/;]/?",
        "https://news.example/story;v=[2]/",
    ],
)
def test_a_stripped_slash_leaves_a_key_that_canonicalizes_to_itself(url: str) -> None:
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once


@given(st.text(max_size=60))
def test_arbitrary_text_is_canonical_or_value_error(text: str) -> None:
    try:
        once = canonicalize_url(text)
    except ValueError:
        return
    assert canonicalize_url(once) == once


def test_fingerprinter_ignores_tracking_and_slash() -> None:
    fingerprinter = CanonicalRequestFingerprinter.from_crawler(get_crawler())
    plain = fingerprinter.fingerprint(Request("https://example.com/news/a"))
    tracked = fingerprinter.fingerprint(
        Request("https://EXAMPLE.com:443/news/a/?utm_source=rss&fbclid=1#comments")
    )
    other = fingerprinter.fingerprint(Request("https://example.com/news/b"))
    assert plain == tracked
    assert plain != other


def test_fingerprinter_matches_scrapy_for_canonical_urls() -> None:
    # Same hashed data as Scrapy's default, so existing HTTP-cache keys stay valid.
    request = Request("https://example.com/news/a?id=1")
    assert CanonicalRequestFingerprinter().fingerprint(request) == scrapy_fingerprint(request)


@pytest.mark.parametrize(
    "request_",
    [
        Request("https://example.com/a?utm_source=x", method="POST", body=b"q=1"),
        Request("https://example.com/a?utm_source=x", meta={"verbatim_url": True}),
        Request("data:text/plain,hello"),
    ],
    ids=["post", "verbatim", "data-url"],
)
def test_fingerprinter_falls_back_to_scrapy(request_: Request) -> None:
    assert CanonicalRequestFingerprinter().fingerprint(request_) == scrapy_fingerprint(request_)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a/b?c=1", True),
        ("https://news.example/ä/€", True),
        # U+200B and U+FEFF are not white space for str.isspace: such a link stays usable
        ("https://news.example/a\u200bb", True),
        ("https://news.example/a\ufeff", True),
        ("https://news.example/a b", False),
        ("https://news.example/a\tb", False),
        ("https://news.example/a\u00a0b", False),
        ("https://news.example/a\u3000b", False),
        ("https://news.example/a\u2028", False),
        ("https://news.example/a\x1c", False),
    ],
)
def test_is_http_url_refuses_white_space_as_str_isspace_has_it(url: str, expected: bool) -> None:
    assert any(c.isspace() for c in url) is not expected
    assert is_http_url(url) is expected


@pytest.mark.parametrize(
    "url",
    [
        # Found by fuzzing: w3lib strips a control character at the end and reads a back-slash
        # in the authority as a slash, so no host is left of these; canonicalize_url keyed
        # them "https:///" and "http://Lavie" (which canonicalizes to "http://lavie/").
        "https://\x1b",
        "https://\x00",
        "http://\\/Lavie/",
        "https://\\ps//www.example.com",
        # A host w3lib cuts at the back-slash, a control character inside: no link either.
        "http://news.example\\@other.example/",
        "https://news.example/a\x7fb",
        # Brackets that enclose no IPv6 address, which w3lib refuses ("Invalid IPv6 URL") or
        # drops ("[v1.x]" keyed as the host "v1.x"), and a lone surrogate no UTF-8 encodes.
        "https://phy[v1.x]s.example/a",
        "https://[::1]x/a",
        "https://[v1.x]/a",
        "http://[1.2.3.4]/",
        "https://[fe80::]1%25eth0]/a",
        "https://news.example/\ud800",
    ],
)
def test_a_link_is_a_url_canonicalize_url_keys(url: str) -> None:
    assert not is_http_url(url)


@given(
    st.lists(
        st.sampled_from(["a", "b", "1", ":", "/", "\\", "@", "?", "#", ".", "[", "]", "%", "v"])
        | st.sampled_from(["[::1]", "\x00", "\x1b", "\x7f", " ", "\t", "\ud800"]),
        max_size=20,
    ).map("".join)
)
def test_every_link_has_a_canonical_key_of_its_own(tail: str) -> None:
    for url in (f"http://{tail}", f"https://news.example{tail}", f"https://{tail}.example/"):
        if is_http_url(url):
            key = canonicalize_url(url)
            assert canonicalize_url(key) == key


STORY = "https://www.example.co.uk/politik/2024/story-123.html"
AMP = "https://amp.example.co.uk/politik/2024/story-123.html"


@pytest.mark.parametrize(
    ("url", "fetched_url", "under"),
    [
        # An AMP view stored under its canonical URL: the URL it came from, canonical.
        (STORY, AMP + "?utm_source=feed", AMP),
        (STORY, None, STORY),  # fetched_url unknown: the row's own URL
        (STORY, "", STORY),
        ("https://example.com:99999/a", None, "https://example.com:99999/a"),  # kept as it is
    ],
)
def test_fetched_under(url: str, fetched_url: str | None, under: str) -> None:
    """The URL a row's page came from, as the store and the incremental middleware key it."""
    assert fetched_under(url, fetched_url) == under


@pytest.mark.parametrize(
    ("url", "carries", "without"),
    [
        ("http://bob:s3cret@h.example:8080/a?x=@y", True, "http://h.example:8080/a?x=@y"),
        ("https://bob@h.example/", True, "https://h.example/"),
        ("https://a:b@c@h.example/x#@", True, "https://h.example/x#@"),
        ("http://h.example/a@b?c=d@e#f@g", False, "http://h.example/a@b?c=d@e#f@g"),
        ("http://h.example?next=//a@b.example/", False, "http://h.example?next=//a@b.example/"),
        ("http://h.example/x//a@b", False, "http://h.example/x//a@b"),
        ("//bob:s3cret@h.example/x", True, "//h.example/x"),
        ("ftp://u:s3cret@x/y", True, "ftp://x/y"),
    ],
)
def test_the_userinfo_of_a_url_is_found_and_taken_out_never_an_at_sign_after_the_host(
    url: str, carries: bool, without: str
) -> None:
    assert has_userinfo(url) is carries
    assert without_userinfo(url) == without
    assert urlsplit(without).hostname == urlsplit(url).hostname


def test_a_canonical_url_keeps_no_user_name_or_password() -> None:
    """A row keyed by a URL with ``user:password@`` kept the password in the store."""
    assert canonicalize_url("http://bob:s3cret@News.Example:80/a/?b=1") == (
        "http://news.example/a?b=1"
    )
    assert canonicalize_url("https://bob@news.example:8443/") == "https://news.example:8443/"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "ValueError: invalid hostname: bob:s3cret@127.0.0.1",
            "ValueError: invalid hostname: bob:***@127.0.0.1",
        ),
        (
            "none answered (first: ValueError from http://bob:s3cret@h.example:80/feed.xml)",
            "none answered (first: ValueError from http://h.example:80/feed.xml)",
        ),
        (
            '{"a": "https://a:b@c@h.example/x?y=z@w", "b": "HTTP://u:p@[::1]:8/"}',
            '{"a": "https://h.example/x?y=z@w", "b": "HTTP://[::1]:8/"}',
        ),
        ("mail bob@example.com at 10:30, http://h.example/a//b:c@d", None),
        ("robotstxt/exception_count/<class 'ValueError'>", None),
    ],
)
def test_a_text_keeps_no_password_of_a_url_it_names(text: str, masked: str | None) -> None:
    """Errors and stats an older version stored named a URL with its password; the store's
    upgrade masks it, and nothing else of the text (an e-mail address, a time, a path)."""
    assert masked_userinfo(text) == (masked or text)


@pytest.mark.parametrize(
    "text",
    [
        # Found by fuzzing (a redirect's target, which the log line names masked): the pattern
        # without a scheme was tried from every "?", "&" and "=", each scanning to the end,
        # 10 s for this query.
        "Location: http:/x.example/a b?" + "a=1&b=2" * 6_000,
        # And from every ":" of a long run, 4 s.
        "a:" * 20_000,
        # The pattern with a scheme was tried from every letter after a dot, 2 s.
        "a." * 20_000 + " http://bob:s3cret@h.example/",
    ],
)
def test_masking_a_long_text_costs_time_in_proportion(text: str) -> None:
    began = time.process_time()
    masked = masked_userinfo(text)
    assert time.process_time() - began < 0.5
    assert "s3cret" not in masked
    assert len(masked) >= len(text) - len("bob:s3cret@")


def test_a_feed_link_no_key_can_be_made_of_is_skipped_not_the_feed() -> None:
    """Found by fuzzing: the spider keys a listing's links unguarded, so the ValueError of one
    such link (brackets in its host, a JSON Feed's lone surrogate) lost every link of it."""
    items = [
        {"id": "1", "url": "https://news.example/a"},
        {"id": "2", "url": "https://phy[v1.x]s.example/b"},
        {"id": "3", "url": "https://news.example/\ud800"},
    ]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}).encode()
    result = parse_feed(body, "https://news.example/feed.json", "application/feed+json")
    assert [link.url for link in result.links] == ["https://news.example/a"]
    assert result.skipped.count == 2
    assert [canonicalize_url(link.url) for link in result.links] == ["https://news.example/a"]
