"""What kind of answer a response is, decided once for the spider and the middlewares."""

from __future__ import annotations

from scrapy.http import Headers

# Media types that can hold an article page.
HTML_TYPES = (b"text/html", b"application/xhtml+xml")


def media_type(headers: Headers) -> bytes:
    """The Content-Type without parameters, lower-cased; b"" when there is none."""
    return (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
