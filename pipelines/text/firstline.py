"""The first line of a block that breaks its lines with ``<br>``, which trafilatura drops.

trafilatura (2.3) often loses the text a ``<div>`` (``<section>``, ``<article>``) holds before
its first ``<br>``, plain or in inline markup, while it keeps the lines after it (seen under the
headline and between paragraphs, in its fast and its full extraction alike):
``<div>Line one<br>Line two<br>Line three</div>`` comes out as "Line two", "Line three". Pages
on every kind of CMS set text that way rather than in paragraphs: a standfirst or subtitle of
several lines, an address, a body written with ``<br>`` between its paragraphs. What is lost
is the block's first line, often the article's first.

The evidence that a block is the article's is in the text itself: when at least
:data:`MIN_KEPT` of the lines after the first stand in the text as whole blocks, one after the
other and in the page's order, trafilatura took the block as text and lost only its opening
line. :func:`missing_first_lines` then puts that line back before them. Lines of a box never
come into the text in the first place, so they settle nothing; one kept line alone may be a
headline the page repeats elsewhere. Everything here is a pure function of the parsed tree and
strings.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator, Sequence

from lxml import etree

from pipelines.text.consensus import Insertion
from pipelines.text.page import flat

logger = logging.getLogger(__name__)

# The blocks whose first line trafilatura drops (a paragraph's, a table cell's or a span's it
# keeps).
_BLOCKS = frozenset({"div", "section", "article", "main"})
# Markup inside a line of text; any other child (a paragraph, a list, a picture) ends the
# lines read from the block.
_INLINE = frozenset(
    {"a", "b", "strong", "em", "i", "u", "span", "small", "sup", "sub", "mark", "abbr", "cite"}
    | {"q", "time", "font", "code", "s", "del", "ins"}
)
# This many lines after the first must be in the text, in a row: one kept line may be a
# headline the page shows twice (a box's title over the article's).
MIN_KEPT = 2


def lines(block: etree._Element) -> list[str]:
    """The block's lines of text as ``<br>`` breaks them (whitespace-collapsed, empty ones left
    out), up to its first child that is neither a line break nor inline markup; empty when
    the block does not open with text before a ``<br>``."""
    out: list[str] = []
    current = [block.text or ""]
    opened = False
    for child in block:
        tag = child.tag
        if tag == "br":
            opened = True
            out.append(flat("".join(current)))
            current = [child.tail or ""]
        elif isinstance(tag, str) and tag in _INLINE:
            current.extend((*child.itertext(), child.tail or ""))
        elif isinstance(tag, str):
            break
        else:  # a comment or processing instruction: only its tail is text
            current.append(child.tail or "")
    out.append(flat("".join(current)))
    if not opened or not out or not out[0]:
        return []
    return [line for line in out if line]


def _broken_blocks(tree: etree._Element) -> Iterator[etree._Element]:
    """The blocks of :data:`_BLOCKS` that hold a ``<br>`` of their own, each once."""
    seen: set[etree._Element] = set()
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag in _BLOCKS and parent not in seen:
            seen.add(parent)
            yield parent


def missing_first_lines(
    blocks: Sequence[str], tree: etree._Element, links: Collection[str] = ()
) -> list[Insertion]:
    """The first lines of ``<br>``-broken blocks that ``blocks`` (the text) lacks while it has
    at least :data:`MIN_KEPT` of the next lines, in a row: each to insert before the block of
    the line after it. A line that is a link's whole text (``links``) is a teaser's, and one
    the text holds anywhere, even inside a block, is not missing."""
    if not blocks:
        return []
    position: dict[str, int] = {}
    for i, block in enumerate(blocks):
        position.setdefault(block, i)
    joined = "\n".join(blocks)
    out: list[Insertion] = []
    for element in _broken_blocks(tree):
        found = lines(element)
        if len(found) <= MIN_KEPT:
            continue
        head, kept = found[0], found[1 : 1 + MIN_KEPT]
        first = position.get(kept[0])
        if first is None or head in joined or head in links:
            continue
        if all(position.get(line) == first + k for k, line in enumerate(kept)):
            out.append(Insertion(first - 1, head))
            joined += "\n" + head
    return out
