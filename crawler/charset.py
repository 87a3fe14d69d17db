"""Repairing the decoding of pages whose charset declaration lies.

Scrapy decodes a page with, in order, its BOM, the Content-Type charset, the <meta> charset,
then a guess; a declaration always beats the bytes. Two lies are common on news sites and
both would store mojibake: windows-1252 bytes declared as UTF-8 (every umlaut becomes U+FFFD)
and UTF-8 bytes declared as ISO-8859-1 or windows-1252 ("MÃ¼ller"). The bytes can tell:
non-ASCII text in a legacy charset is almost never valid UTF-8, and real UTF-8 with a stray
bad byte still decodes most of its non-ASCII characters.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

import charset_normalizer
from w3lib.encoding import read_bom

# Declared encodings whose text Scrapy's decoding already gets right when they are declared:
# a BOM or a UTF-16/32 label leaves no room for the lies repaired here.
_WIDE = ("utf-16", "utf-32")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool  # the declared charset was wrong and the text was decoded anew
    # The body when ``text`` is its exact UTF-8 decoding (no BOM): the extraction pool sends
    # these bytes, which a pickle of ``text`` would encode anew (0.2 ms for an 80 kB page).
    utf8: bytes | None = None


def canonical_encoding(encoding: str) -> str:
    """Python's name for ``encoding`` (``UTF8`` -> ``utf-8``), or the label lower-cased."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding.lower()


# Python codecs that Scrapy accepts from a charset label but no browser knows as a page's
# charset: decoding with them misreads every backslash ("C:\\new"), can leave lone surrogates
# that no store can write ("\\ud800"), or raises for every body ("undefined", "idna").
_NOT_WEB = frozenset(
    {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7", "undefined", "mbcs"}
)


def web_encoding(encoding: str) -> bool:
    """Whether ``encoding`` is a page's charset a browser could use: a text encoding Python
    knows that is none of its own codecs (:data:`_NOT_WEB`; "base64" and "rot13" are not text
    encodings at all)."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return False
    return getattr(info, "_is_text_encoding", True) and info.name not in _NOT_WEB


def decode_undeclared(body: bytes) -> Decoded:
    """The text of a body whose declared charset cannot be used, read as if none were
    declared: its BOM, else UTF-8 if the bytes are UTF-8, else the detector's best guess,
    else windows-1252 (the WHATWG fallback for western pages)."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding is not None and bom is not None:
        text = body[len(bom) :].decode(bom_encoding, errors="replace")
        return Decoded(text, bom_encoding, repaired=True)
    if _is_utf8(body):
        return Decoded(body.decode("utf-8"), "utf-8", repaired=True)
    best = charset_normalizer.from_bytes(body).best()
    if best is not None and web_encoding(best.encoding):
        return Decoded(str(best), best.encoding, repaired=True)
    return Decoded(body.decode("cp1252", errors="replace"), "cp1252", repaired=True)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_page(body: bytes, encoding: str, text: Callable[[], str]) -> Decoded:
    """The text of ``body``, which Scrapy decodes as ``encoding``; ``text()`` is Scrapy's text.

    Most pages are declared UTF-8 and are: for them Scrapy's text (w3lib's html_to_unicode
    with its replacing error handler, 3x the cost of a plain decode) and the repair's checks
    come to the strict decode, so ``text`` is called only for the other bodies. The result is
    always that of :func:`repair_decoding` on Scrapy's text, unless the declared charset is
    none a browser knows (:func:`web_encoding`): Scrapy would decode with it anyway, or raise.
    """
    if not web_encoding(encoding):
        return decode_undeclared(body)
    if canonical_encoding(encoding) == "utf-8" and read_bom(body)[0] is None:
        try:
            return Decoded(body.decode("utf-8"), encoding, repaired=False, utf8=body)
        except UnicodeDecodeError:
            pass
    return repair_decoding(body, encoding, text())


def repair_decoding(body: bytes, encoding: str, text: str) -> Decoded:
    """Scrapy's ``text`` of ``body`` decoded as ``encoding``, re-decoded if the bytes disagree.

    The full path behind :func:`decode_page`, which callers use.
    """
    declared = canonical_encoding(encoding)
    if declared.startswith(_WIDE) or body.isascii():
        return Decoded(text, encoding, repaired=False)
    if declared == "utf-8":
        bad = text.count("\ufffd")
        if not bad or _is_utf8(body):
            # No replacement characters, or ones the page itself contains (as U+FFFD).
            return Decoded(text, encoding, repaired=False)
        decoded_fine = sum(1 for c in text if ord(c) > 127) - bad
        if decoded_fine >= bad:
            # UTF-8 with a few broken bytes: keep it, the rest of the page is right.
            return Decoded(text, encoding, repaired=False)
        best = charset_normalizer.from_bytes(body).best()
        if best is not None and canonical_encoding(best.encoding) != "utf-8":
            return Decoded(str(best), best.encoding, repaired=True)
        # The WHATWG fallback for undeclared western pages; it maps every byte but five.
        return Decoded(body.decode("cp1252", errors="replace"), "cp1252", repaired=True)
    if not _is_utf8(body):
        return Decoded(text, encoding, repaired=False)
    utf8 = body.decode("utf-8").removeprefix("\ufeff")
    return Decoded(utf8, "utf-8", repaired=utf8 != text)


# gzip, zlib (three common levels), bzip2, xz, zstd, PDF, PNG, JPEG, GIF, ZIP: bodies that are
# not markup whatever their Content-Type says.
_BINARY_MAGIC = (
    b"\x1f\x8b",
    b"\x78\x01",
    b"\x78\x9c",
    b"\x78\xda",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"\x28\xb5\x2f\xfd",
    b"%PDF-",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
)


def looks_binary(body: bytes, encoding: str) -> bool:
    """True for a body that is compressed or binary data, not text in ``encoding``.

    A gzip file served as text/html without Content-Encoding is the usual case: nothing
    decompresses it (that would be an unbounded bomb), and decoding it would store garbage.
    NUL bytes never occur in HTML except in UTF-16/32, which the caller's encoding names.
    """
    if body.startswith(_BINARY_MAGIC):
        return True
    if canonical_encoding(encoding).startswith(_WIDE):
        return False
    return b"\0" in body[:4096]
