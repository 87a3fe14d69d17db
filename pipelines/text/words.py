"""A text's words without a regular expression's search: the runs of letters and digits.

A search for ``\\w+`` or ``[^\\W_]+`` asks every character of the text for its category; here
the ASCII characters that part words become spaces in one C pass over the text's bytes, and the
few wider characters a text holds are each asked once. Used where a worker splits every text of
a page into words (the second opinion's tokens, the fingerprint's normalised text). Imports
nothing: the crawl process loads it with the fingerprint.
"""

from __future__ import annotations

# The bytes of a character under 128 (a whole character in UTF-8): deleted to leave a text's
# wider characters (:func:`spaced_words`).
_ASCII_BYTES = bytes(range(0x80))


def separator_table(keep: str = "") -> bytes:
    """A ``bytes.translate`` table for :func:`spaced_words`: each ASCII byte that is no letter
    or digit, nor one of ``keep``, made a space; every other byte (a wider character's UTF-8
    ones included) kept."""
    return bytes(
        byte if byte >= 0x80 or chr(byte).isalnum() or chr(byte) in keep else ord(" ")
        for byte in range(256)
    )


def spaced_words(text: str, table: bytes) -> str:
    """``text`` with every character that is no letter or digit made a space, but the ASCII
    ones that ``table`` (:func:`separator_table`) keeps: its words are ``split()`` of it.

    The ASCII characters go in one C pass over the bytes; the few other characters a text
    holds are each asked once (``str.isalnum``, which is what re's ``\\w`` tests, "_" apart). A
    search for the words asked every character of the text for its category, and a ``set`` of
    the whole text cost a third of that search. A lone surrogate (a JSON escape) is no letter:
    a space, as re reads it too."""
    if text.isascii():
        return text.encode("ascii").translate(table).decode("ascii")
    data = text.encode("utf-8", "surrogatepass")
    spaced = data.translate(table).decode("utf-8", "surrogatepass")
    for char in set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")):
        if not char.isalnum():
            spaced = spaced.replace(char, " ")
    return spaced
