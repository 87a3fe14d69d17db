"""Pure parsers that turn fetched feed and sitemap bodies into article links with hints."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

# Of an entry's unusable link, this much is kept to name it in the crawl's warning.
SHOWN_CHARS = 200
# How far from a listing's end its root's closing tag is looked for: past it come at most
# white space, comments or a generator's note.
_TAIL_BYTES = 4096


def _wide(body: bytes) -> bool:
    """Whether ``body`` is in UTF-16 or UTF-32 (a BOM of UTF-16, or a zero byte among the first
    four, as the wide encodings write "<?xml"): not ASCII-compatible."""
    return body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]


def utf8_beyond_ascii(body: bytes) -> bool:
    """Whether ``body`` is UTF-8 beyond ASCII, whatever a header or declaration says.

    Feeds and sitemaps are UTF-8 almost always; one served or declared in a server's or a
    template's single-byte default (windows-1252, ISO-8859-1) was decoded as that, and each
    non-ASCII link became another URL ("/straÃŸe", a 404). Non-ASCII text in a single-byte
    charset is almost never valid UTF-8, the rule crawler/charset.py applies to pages (not
    imported: these parsers import nothing of the crawler but its URLs). UTF-16 and UTF-32
    bodies are left to their BOM or declaration.
    """
    if body.isascii() or _wide(body):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def closes(body: bytes, roots: tuple[str, ...]) -> bool:
    """Whether the document ends with the closing tag of one of these root elements (any
    namespace prefix): a file cut off (written while it was served, a gzip file that ends
    early) does not, and the recovering parsers read its first entries as if that were all.

    Only for ASCII-compatible encodings; a UTF-16 body counts as closed.
    """
    tail = body[-_TAIL_BYTES:]
    if _wide(body):
        return True
    names = "|".join(re.escape(r) for r in roots)
    return re.search(rf"</(?:[\w.-]+:)?(?:{names})\s*>".encode(), tail) is not None


# A numeric character reference, which must name a Unicode scalar value (no surrogate, none
# past U+10FFFF); more than 8 digits name none, and would cost a long int to read.
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")


def _named_character(match: re.Match[bytes]) -> bytes:
    hexa, decimal = match.groups()
    digits = hexa or decimal
    code = int(digits, 16 if hexa else 10) if len(digits) <= 8 else -1
    if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
        return match[0]
    return b"&#xFFFD"


def named_characters(body: bytes) -> bytes:
    """``body`` with each numeric character reference that names no character made U+FFFD's
    (as an HTML parser reads it): feedparser's parser of ill-formed feeds raised on "&#xD800;"
    or "&#99999999;" (ValueError, OverflowError), and lxml's recovering parser kept "&#xD800;"
    as bytes its own text reader then refused (UnicodeDecodeError): the whole listing was
    lost. ASCII-compatible bodies only; a UTF-16 one is left as it is."""
    if b"&#" not in body or _wide(body):
        return body
    return _CHARACTER_REFERENCE.sub(_named_character, body)


# The root elements of each kind of listing (any namespace prefix): RSS, Atom and RSS 1.0's
# RDF; a sitemap and a sitemap index.
_LISTING_ROOTS = {"rss": "feed", "feed": "feed", "RDF": "feed"}
_LISTING_ROOTS |= {"urlset": "sitemap", "sitemapindex": "sitemap"}
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
# The first element's name: "<?xml" and "<!DOCTYPE" start with no letter.
_FIRST_ELEMENT = re.compile(rb"<(?:[\w.-]+:)?([A-Za-z][\w.-]*)")


def listing_kind(body: bytes) -> str | None:
    """The kind of listing, "feed" or "sitemap", by the document's root element; None for
    anything else (an HTML page). A feed given as a sitemap, or a sitemap as a feed, was "not
    a sitemap (nothing to read there)", which left the user to find out what it was.
    ASCII-compatible bodies only."""
    if _wide(body):
        return None
    match = _FIRST_ELEMENT.search(_COMMENT.sub(b"", body[:_TAIL_BYTES]))
    return _LISTING_ROOTS.get(match.group(1).decode("ascii")) if match else None


@dataclass(frozen=True)
class Link:
    """An article URL found in a feed or sitemap, with what the listing said about it."""

    url: str
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class Skipped:
    """A listing's entries whose link no crawler can fetch (a feed's item without a link, a
    "javascript:" link, a port out of range): how many, and the first as written, to name it
    in the crawl's warning ("" when it was empty). Feeds, sitemaps and robots.txt count them
    alike, so the spider says and counts them one way."""

    count: int = 0
    first: str = ""

    def add(self, written: str) -> None:
        """Count one more unusable link, as written in the listing."""
        if not self.count:
            self.first = written[:SHOWN_CHARS]
        self.count += 1


# The hint naming the kind of listing that gave the others ("feed" or "sitemap"): the row's
# meta_origin says which of the two a title, date or author came from.
LISTING_KIND = "listing"


def listed_by(kind: str, hints: dict[str, Any]) -> dict[str, Any]:
    """``hints`` marked with the kind of listing that gave them; no hints stay none."""
    return {**hints, LISTING_KIND: kind} if hints else hints


def resolve_link(base_url: str, href: str | None) -> str:
    """``href`` made absolute against the listing's URL; "" when it names no page.

    urljoin resolves a bare "http://" (or "https:") to the base URL itself, which would make
    a broken entry fetch the feed again as an article: a scheme without a host is no link.
    """
    href = (href or "").strip()
    if not href:
        return ""
    try:
        parts = urlsplit(href)
        if parts.scheme and not parts.netloc and parts.scheme.lower() in ("http", "https"):
            return ""
        return urljoin(base_url, href)
    except ValueError:  # "http://[::1/x": an unclosed IPv6 bracket
        return ""


def stored_hints(value: str | bytes | None) -> dict[str, str | None]:
    """Listing hints kept as JSON (a stored page's, an exported page's WARC field): an object
    of texts, as the parsers here write titles, dates and authors, or ValueError; a list or a
    number there failed in the pipelines."""
    hints = json.loads(value) if value else {}
    if not isinstance(hints, dict) or not all(isinstance(v, str | None) for v in hints.values()):
        raise ValueError("hints are not a JSON object of texts")
    return hints
