"""Pieces of one line of the page that the extraction set as lines of their own, joined again.

Where a paragraph is no ``<p>`` but a ``<div>``'s own text with inline markup in it, and the
markup names nothing trafilatura reads (no class or id that marks the body), trafilatura (2.3)
may cut the line at each inline element: ``<div>Am Samstag in <strong>Berlin</strong>
gewann ...</div>`` comes out as three lines, "Am Samstag in", "Berlin" and "gewann ...". The
pieces are no blocks: a rule that reads a line's length or shape takes the emphasised name
for a label, and where the page writes no space between the pieces (Chinese and Japanese
text, a word cut by its markup) the text no longer holds the sentence at all.

The evidence is the page's own: two lines of the text, one after the other, that stand glued
together, without any space between them, inside one line of one element of the page (its
text up to a ``<br>`` or a block child, inline markup read through); neither of them is a
whole line of the page by itself. Lines joined with a space are left as they are: a reader of
the text sees the same words, and a line the page breaks (an address, a list set with
``<br>``) stays broken.

Measured on dev half A: as they are and under ``--plain-markup tags`` no text changes; under
``--plain-markup classes`` one page (a Japanese blog whose paragraphs are a ``<div>``'s text
with ``<strong>`` in it) gets its paragraphs back. Pure functions of the parsed tree and
strings.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

from pipelines.text.page import UNSHOWN, flat

logger = logging.getLogger(__name__)

# Markup inside a line of text; any other element (a paragraph, a list, a picture, a line
# break) ends the line it stands in.
_INLINE = frozenset(
    {"a", "b", "strong", "em", "i", "u", "span", "small", "sup", "sub", "mark", "abbr", "cite"}
    | {"q", "time", "font", "code", "s", "del", "ins", "big", "tt", "label", "bdi", "bdo"}
)
# A piece's end and the next piece's start are looked for in the source by this many
# characters (a short piece whole) ...
_EDGE_CHARS = 12
# ... at this many of the end's places at most (a common word ends many lines).
_SOURCE_TRIES = 3
_INLINE_TAGS = re.compile(r"(?:</?(?:" + "|".join(sorted(_INLINE)) + r")\b[^<>]*>)+", re.IGNORECASE)


@dataclass(frozen=True)
class Join:
    """One line of the page put together again from the text's ``pieces`` (in order)."""

    line: str
    pieces: tuple[str, ...]


def page_lines(tree: etree._Element) -> list[str]:
    """The lines of text the page shows, each whitespace-collapsed: an element's text up to its
    next block child or ``<br>``, inline markup read through, script and style left out."""
    out: list[str] = []
    current: list[str] = []

    def close() -> None:
        line = flat("".join(current))
        if line:
            out.append(line)
        current.clear()

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            # A comment or processing instruction: only its tail is text.
            if event == "end" and element.tail:
                current.append(element.tail)
            continue
        inline = tag in _INLINE
        if event == "start":
            if not inline:
                close()
            if element.text and tag not in UNSHOWN:
                current.append(element.text)
        else:
            if not inline:
                close()
            if element.tail:
                current.append(element.tail)
    close()
    return out


def glued_pieces(
    blocks: Sequence[str],
    elements: Mapping[str, etree._Element],
    html: str,
    tree: etree._Element,
) -> list[Join]:
    """Runs of two or more of ``blocks`` (the text's lines, in order) that the page shows as
    one line, glued without a space: each run with the line they make. ``elements``: the
    blocks some element of the page holds whole
    (:func:`pipelines.text.templates.block_elements`), which are no pieces; ``html``: the
    page's source, ``tree`` its parse. A block that is a whole line of the page by itself is
    no piece either."""
    # Cheap checks first, on the source: a piece ends where an inline tag opens or closes and
    # the next one starts right after the tags (most pages hold no such pair, and their
    # lines are never read).
    starts = {
        at
        for at in range(len(blocks) - 1)
        if blocks[at] not in elements
        and blocks[at + 1] not in elements
        and _glued_in_source(blocks[at], blocks[at + 1], html)
    }
    if not starts:
        return []
    lines = page_lines(tree)
    whole = set(lines)
    text = "\n".join(lines)
    out: list[Join] = []
    at = 0
    while at < len(blocks) - 1:
        run = [blocks[at]]
        joined = blocks[at]
        if at in starts and joined not in whole:
            for block in blocks[at + 1 :]:
                if block in whole or block in elements or joined + block not in text:
                    break
                run.append(block)
                joined += block
        if len(run) > 1:
            out.append(Join(joined, tuple(run)))
        at += len(run)
    return out


def _glued_in_source(first: str, second: str, html: str) -> bool:
    """Whether the source shows the end of ``first`` and the start of ``second`` with only
    inline tags between them (no space, no line break, no block): pieces of one line cut at
    its markup. Entities in the source make it say no, as they do for text the page writes
    with ``&amp;``."""
    tail, head = first[-_EDGE_CHARS:], second[:_EDGE_CHARS]
    at = html.find(tail + "<")
    for _ in range(_SOURCE_TRIES):
        if at < 0:
            return False
        tags = _INLINE_TAGS.match(html, at + len(tail))
        if tags is not None and html.startswith(head, tags.end()):
            return True
        at = html.find(tail + "<", at + 1)
    return False


def rejoin(blocks: Sequence[str], joins: Sequence[Join]) -> list[str]:
    """``blocks`` with each run of ``joins`` (from :func:`glued_pieces`, in order) replaced by
    its line."""
    out: list[str] = []
    pending = list(joins)
    at = 0
    while at < len(blocks):
        if pending and tuple(blocks[at : at + len(pending[0].pieces)]) == pending[0].pieces:
            join = pending.pop(0)
            out.append(join.line)
            at += len(join.pieces)
        else:
            out.append(blocks[at])
            at += 1
    return out
