"""Scrapy's meta-refresh redirects, without scanning pages that cannot hold one.

Scrapy's ``MetaRefreshMiddleware`` looks for ``<meta http-equiv="refresh">`` in the first
4096 characters of every HTML answer: w3lib's scan of the tags costs ~140 µs per article page,
about 2 % of the crawl process's work per article, and finds nothing on almost every page. A
refresh needs the word "refresh" in that tag, so a page whose first 4096 characters lack it
is passed on unscanned (w3lib rules pages out the same way when given bytes); any other page
gets Scrapy's own handling. Only the bytes those characters can take are decoded for the
check: the spider decodes the page itself (crawler/responses.py ``page_text``), so decoding it
whole here too (``response.text``, ~170 µs for 55 KB) was paid twice. A page in UTF-8, cp1252,
Latin-1 or ASCII is not decoded at all: in those an ASCII letter of the text is that byte of the
body, so a head whose bytes lack the word (in any case) cannot hold it in its text.
"""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Response, TextResponse
from w3lib.encoding import html_to_unicode, read_bom

from crawler.charset import canonical_encoding
from crawler.middlewares.redirects import HttpTargetsOnly

# As far as Scrapy's scan reads (scrapy.utils.response.get_meta_refresh).
SCANNED_CHARS = 4096
# The bytes that hold those characters: at most 4 bytes each, and one character more, which
# shows that the cut (which can leave a replacement character) falls after them.
_HEAD_BYTES = 4 * SCANNED_CHARS + 4


def head_text(response: TextResponse) -> str:
    """The page's text as ``response.text`` has it, at least its first SCANNED_CHARS characters.

    Those characters lie in the first ``_HEAD_BYTES`` bytes, decoded as Scrapy decodes the whole
    body; anything shorter falls back to ``response.text``.
    """
    body = response.body
    if len(body) <= _HEAD_BYTES:
        return response.text
    head = html_to_unicode(f"charset={response.encoding}", body[:_HEAD_BYTES])[1]
    return head if len(head) > SCANNED_CHARS else response.text


# Python's names of the encodings whose decoding gives an ASCII character for each byte below
# 0x80, the same one, and for no other bytes: most pages' charsets. A BOM decides before the
# declared charset (w3lib, and so Scrapy), hence only none or UTF-8's.
_ASCII_BYTES = frozenset({"utf-8", "cp1252", "iso8859-1", "ascii"})
_ASCII_BOMS = (None, "utf-8")


def head_bytes_rule_out(response: TextResponse) -> bool:
    """True when the page's bytes show that its scanned head lacks "refresh", undecoded.

    Only for the encodings of :data:`_ASCII_BYTES`, where the word's letters in the text are
    the same bytes in the body, within the head's bytes. The bytes' lower-casing
    is half the instructions of decoding the head (cachegrind, generated article pages). False
    says nothing: :func:`head_text` decides then.
    """
    body = response.body
    if read_bom(body)[0] not in _ASCII_BOMS:
        return False
    if canonical_encoding(response.encoding) not in _ASCII_BYTES:
        return False
    return b"refresh" not in body[:_HEAD_BYTES].lower()


def may_refresh(text: str) -> bool:
    """False when ``text`` cannot declare a meta refresh in its scanned head."""
    return "refresh" in text[:SCANNED_CHARS].lower()


class QuickMetaRefreshMiddleware(HttpTargetsOnly, MetaRefreshMiddleware):
    """``MetaRefreshMiddleware`` (same settings, same redirects to http(s) URLs only:
    crawler/middlewares/redirects.py) that skips pages without "refresh" in their scanned
    head."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        # ``spider`` only to match the parent's signature: Scrapy never passes an optional one.
        if isinstance(response, HtmlResponse) and (
            head_bytes_rule_out(response) or not may_refresh(head_text(response))
        ):
            return response
        return super().process_response(request, response)
