"""What kind of answer a response is, decided once for the spider and the middlewares."""

from __future__ import annotations

from scrapy.http import Headers, Response, TextResponse

from crawler.charset import Decoded, decode_page, decode_undeclared, looks_binary, web_encoding
from crawler.middlewares.compression import UNDECODED, UNPACKED_CUT

# Media types that can hold an article page.
HTML_TYPES = (b"text/html", b"application/xhtml+xml")


def media_type(headers: Headers) -> bytes:
    """The Content-Type without parameters, lower-cased; b"" when there is none."""
    return (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()


class NotAPage(Exception):
    """A response that holds no HTML page; ``reason`` names the skip (``non_html``, ``binary``)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def page_text(response: Response) -> Decoded:
    """The text of an HTML page, decoded as its bytes say (crawler/charset.py).

    One decision for every input, so a page read from a WARC file is decoded exactly as the
    same page fetched live. Raises :class:`NotAPage` for a response that is no HTML page.
    """
    content_type = media_type(response.headers)
    if not isinstance(response, TextResponse) or content_type not in HTML_TYPES:
        raise NotAPage("non_html", content_type.decode("latin-1") or "?")
    body = response.body
    encoding = response.encoding
    if looks_binary(body, encoding):
        raise NotAPage("binary", "binary or compressed body served as HTML")
    return decode_page(body, encoding, lambda: response.text)


def readable(response: TextResponse) -> TextResponse:
    """``response``, or a copy re-encoded as UTF-8 when its declared charset is none a browser
    knows (crawler/charset.py ``web_encoding``): Scrapy's selectors and link extractor decode
    with the declared codec, which misreads the page ("unicode-escape") or raises
    ("undefined", "base64") and cost a site crawl the page's links."""
    if web_encoding(response.encoding):
        return response
    text = decode_undeclared(response.body).text
    return response.replace(body=text.encode("utf-8"), encoding="utf-8")


def undecoded(response: Response) -> str | None:
    """Why ``response``'s body is still in a Content-Encoding the compression middleware
    could not undo (``UNDECODED``), naming the coding; None when it was undone or had none.
    Such bytes are no page and no listing: read as one, they were stored as the article or
    dropped as "not HTML", the article lost."""
    if UNDECODED not in response.flags:
        return None
    coding = b", ".join(response.headers.getlist(b"Content-Encoding")).decode("latin-1")
    return f"its body in Content-Encoding {coding} could not be undone"


def ended_early(flags: list[str], body: bytes) -> bool:
    """True when the body may be cut short, so it must not be stored as an article.

    ``dataloss``: fewer bytes than Content-Length promised (DOWNLOAD_FAIL_ON_DATALOSS off).
    ``UNPACKED_CUT``: a compressed body whose data ends before its stream does; the
    Content-Length was the cut file's (crawler/middlewares/compression.py).
    ``partial``: no length was given and the connection ended the body; Twisted reports a
    reset half-way exactly like a normal close, so the document itself has to show that it
    is whole: its closing ``</html>`` arrived (a cache comment may follow it).
    """
    if "dataloss" in flags or UNPACKED_CUT in flags:
        return True
    if "partial" not in flags:
        return False
    return b"</html>" not in body[-512:].lower()
