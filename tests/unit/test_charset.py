"""The charset repair and binary sniffing behind the spider, on Scrapy's own decoding."""

from __future__ import annotations

import gzip

import pytest
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from crawler.charset import decode_page, looks_binary, repair_decoding, web_encoding
from crawler.responses import page_text, readable

TEXT = (
    "<html><head><title>Straße</title></head><body><p>„Größe“ 5 € – Müller, Café</p></body></html>"
)


def _decode(body: bytes, content_type: str) -> tuple[str, bool]:
    response = HtmlResponse(
        "http://example.invalid/", body=body, headers={"Content-Type": content_type}
    )
    decoded = repair_decoding(response.body, response.encoding, response.text)
    return decoded.text, decoded.repaired


@pytest.mark.parametrize(
    ("body", "content_type", "repaired"),
    [
        (TEXT.encode("cp1252"), "text/html; charset=utf-8", True),
        (TEXT.encode("utf-8"), "text/html; charset=iso-8859-1", True),
        (TEXT.encode("utf-8"), "text/html; charset=windows-1252", True),
        (TEXT.encode("utf-8"), "text/html; charset=utf-8", False),
        (TEXT.encode("cp1252"), "text/html; charset=windows-1252", False),
        (TEXT.encode("cp1252"), "text/html", False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "text/html; charset=iso-8859-1", False),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "text/html", False),
    ],
)
def test_repair_decoding_yields_the_real_text(
    body: bytes, content_type: str, repaired: bool
) -> None:
    text, was_repaired = _decode(body, content_type)
    assert text.removeprefix("\ufeff") == TEXT
    assert was_repaired is repaired


def test_stray_bad_byte_in_utf8_keeps_utf8() -> None:
    body = TEXT.encode("utf-8").replace(b"Caf", b"Ca\xff")
    text, repaired = _decode(body, "text/html; charset=utf-8")
    assert not repaired
    assert "Größe" in text and "Müller" in text


def test_ascii_pages_are_left_alone() -> None:
    assert _decode(b"<p>plain</p>", "text/html; charset=latin-1") == ("<p>plain</p>", False)


@pytest.mark.parametrize(
    ("body", "binary"),
    [
        (gzip.compress(TEXT.encode()), True),
        (b"%PDF-1.7 ...", True),
        (b"<html>\0\0\0</html>", True),
        (TEXT.encode(), False),
        (b"", False),
    ],
)
def test_looks_binary(body: bytes, binary: bool) -> None:
    assert looks_binary(body, "utf-8") is binary


def test_utf16_nul_bytes_are_text() -> None:
    assert not looks_binary(TEXT.encode("utf-16-le"), "utf-16-le")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (TEXT.encode("utf-8"), "text/html; charset=utf-8"),
        (TEXT.encode("utf-8"), "text/html; charset=UTF8"),
        (TEXT.encode("utf-8"), "text/html"),
        (('<meta charset="utf-8">' + TEXT).encode("utf-8"), "text/html"),
        (TEXT.encode("cp1252"), "text/html; charset=utf-8"),
        (TEXT.encode("utf-8") + b"\xff", "text/html; charset=utf-8"),
        (TEXT.encode("utf-8")[:-2] + b"\xe2\x80", "text/html; charset=utf-8"),
        ("<p>\ufffd is a character</p>".encode(), "text/html; charset=utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "text/html; charset=utf-8"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "text/html; charset=utf-8"),
        (TEXT.encode("utf-8"), "text/html; charset=iso-8859-1"),
    ],
)
def test_page_text_equals_scrapys_decoding_repaired(body: bytes, content_type: str) -> None:
    """page_text's shortcut for valid UTF-8 gives exactly what the full path gives."""
    headers = {"Content-Type": content_type}
    full = HtmlResponse("http://example.invalid/", body=body, headers=headers)
    expected = repair_decoding(full.body, full.encoding, full.text)
    got = page_text(HtmlResponse("http://example.invalid/", body=body, headers=headers))
    assert (got.text, got.encoding, got.repaired) == (
        expected.text,
        expected.encoding,
        expected.repaired,
    )


def _never_called() -> str:
    raise AssertionError("Scrapy's text was decoded for a valid UTF-8 body")


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8"), "UTF8"),
        (b"<p>plain ascii</p>", "utf-8"),
        (b"", "utf-8"),
    ],
)
def test_decode_page_skips_scrapys_text_for_valid_utf8(body: bytes, encoding: str) -> None:
    decoded = decode_page(body, encoding, _never_called)
    assert (decoded.text, decoded.encoding, decoded.repaired) == (
        body.decode("utf-8"),
        encoding,
        False,
    )
    assert decoded.utf8 is body  # sent to the worker in place of the text


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (TEXT.encode("cp1252"), "text/html; charset=utf-8"),
        (TEXT.encode("utf-8") + b"\xff", "text/html; charset=utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "text/html; charset=utf-8"),
        (TEXT.encode("utf-8"), "text/html; charset=iso-8859-1"),
        (TEXT.encode("cp1252"), "text/html; charset=windows-1252"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "text/html"),
    ],
)
def test_decode_page_asks_scrapys_text_once_for_other_bodies(
    body: bytes, content_type: str
) -> None:
    response = HtmlResponse(
        "http://example.invalid/", body=body, headers={"Content-Type": content_type}
    )
    calls: list[str] = []

    def text() -> str:
        calls.append(response.text)
        return response.text

    decoded = decode_page(response.body, response.encoding, text)
    assert len(calls) == 1
    assert decoded == repair_decoding(response.body, response.encoding, response.text)
    assert decoded.utf8 is None


@pytest.mark.parametrize(
    "charset", ["unicode-escape", "raw-unicode-escape", "undefined", "base64", "rot13", "idna"]
)
@pytest.mark.parametrize("encode", ["utf-8", "cp1252"])
def test_a_charset_no_browser_knows_is_read_as_undeclared(charset: str, encode: str) -> None:
    # Scrapy decodes with any codec Python knows: "unicode-escape" turned "\ud800" in a page
    # into a lone surrogate no store can write and misread every backslash; "undefined",
    # "base64", "rot13" and "idna" raised, and the page was lost.
    page = TEXT.replace("Café", "Café C:\\new \\ud800")
    response = HtmlResponse(
        "http://example.invalid/",
        body=page.encode(encode),
        headers={"Content-Type": f"text/html; charset={charset}"},
    )
    decoded = page_text(response)
    assert decoded.text == page
    assert decoded.repaired
    assert decoded.encoding in ("utf-8", "cp1252", "cp1250", "iso8859_15", "iso8859_1")


@pytest.mark.parametrize(
    ("charset", "web"),
    [
        ("utf-8", True),
        ("windows-1252", True),
        ("iso-8859-1", True),
        ("shift_jis", True),
        ("gb18030", True),
        ("unicode-escape", False),
        ("utf-7", False),
        ("base64", False),
        ("no-such-charset", False),
    ],
)
def test_web_encoding(charset: str, web: bool) -> None:
    assert web_encoding(charset) is web


def test_links_of_a_page_in_an_unusable_charset_are_read() -> None:
    # A site crawl extracts a page's links with Scrapy's decoding, which raised for such a
    # charset: the page's links were lost.
    body = '<html><body><a href="/b">Bär</a></body></html>'.encode()
    response = HtmlResponse(
        "http://example.invalid/a",
        body=body,
        headers={"Content-Type": "text/html; charset=undefined"},
    )
    with pytest.raises(UnicodeError):
        response.text  # noqa: B018
    links = LinkExtractor().extract_links(readable(response))
    assert [(link.url, link.text) for link in links] == [("http://example.invalid/b", "Bär")]
    plain = HtmlResponse("http://example.invalid/", body=body, encoding="cp1252")
    assert readable(plain) is plain
