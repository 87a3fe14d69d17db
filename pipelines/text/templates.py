"""Fingerprints of a page's text blocks by their place in the DOM, for learned source templates.

A source's template repeats blocks on every article: a disclaimer under the text, the author
box, the "about us" paragraph, a standard intro. Counting lines (pipelines/index/boilerplate.py)
learns short lines by their text alone. A block fingerprint adds where the block sits: the tag
and class of its element and of two ancestors, with its text (case, spacing and numbers
ignored). The same sentence quoted inside an article body has another path, so it is not
confused with the template's copy, and long template blocks can be learned too.

Fingerprints share the learned-lines store: they are counted per source with the line keys and
come back in the same ``learned`` set; ``b:`` keeps them apart from line keys.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text.page import ITEM_MARK, element_text, spaceless, unmarked

PREFIX = "b:"
# Elements that hold a text block. Containers (div, section) are left out: their text is the
# sum of their children's, and reading it for every container costs quadratic time.
BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "td")
# A ``<div>`` set as a paragraph (``<div>Text <a>link</a> text</div>``) holds text of its own
# beside its children; a container holds only elements and whitespace. Selected in C: reading
# every container's text in Python would cost more than the whole first walk.
_OWN_TEXT_DIVS = etree.XPath("//div[text()[normalize-space()]]")
# How trafilatura's text marks a table row: "| cell | cell |", a pipe inside a cell escaped
# as "\\|" (a list item: page.ITEM_MARK).
ROW_MARK = "| "
# Every short block is counted; of the long ones only those at the text's two ends, where
# templates put their paragraphs, so the counting table grows by a few rows per article.
SHORT_CHARS = 200
EDGE_BLOCKS = 3
_DIGITS_RE = re.compile(r"\d+")


def _step(element: etree._Element) -> str:
    classes = " ".join(sorted((element.get("class") or "").split()))
    return f"{element.tag}.{classes}"


def _path(element: etree._Element) -> str:
    steps = [_step(element)]
    for ancestor in element.iterancestors():
        if len(steps) == 3:
            break
        steps.append(_step(ancestor))
    return "/".join(steps)


def _key(path: str, text: str) -> str:
    norm = _DIGITS_RE.sub("0", " ".join(text.casefold().split()))
    digest = hashlib.blake2b(f"{path}|{norm}".encode(), digest_size=8).hexdigest()
    return PREFIX + digest


def block_elements(tree: etree._Element, blocks: Sequence[str]) -> dict[str, etree._Element]:
    """{block: the first element of the page holding exactly that text} for the blocks
    (whitespace-collapsed texts) some element holds. One walk over the page's block
    elements, shared by the fingerprints and :func:`pipelines.text.inbody.body`; the blocks
    no block element holds are then looked for among the ``<div>`` paragraphs
    (:func:`_div_paragraphs`), then the list items and table rows among the ``<li>`` and
    ``<tr>`` elements (:func:`_items_and_rows`)."""
    wanted = set(blocks)
    found: dict[str, etree._Element] = {}
    # iter() with tag names filters in C; an XPath predicate over every element costs 2 ms.
    for element in tree.iter(*BLOCK_TAGS):
        text = element_text(element)
        if text in wanted and text not in found:
            found[text] = element
            if len(found) == len(wanted):
                return found  # every block has its element: the page's lists and footer are left
    found.update(_div_paragraphs(tree, wanted.difference(found)))
    found.update(_items_and_rows(tree, blocks, found))
    return found


def _div_paragraphs(tree: etree._Element, missing: set[str]) -> dict[str, etree._Element]:
    """{block: the first ``<div>`` whose text is exactly that block} for the ``missing``
    blocks, among the divs holding text of their own. A page (or a component library) may
    set its paragraphs as ``<div>`` elements, and a page whose HTML5 elements are written as
    divs sets its sections so: without their elements, the rules that place a block by its
    container (the body's, a box's) cannot read those blocks. Only divs with text of their
    own: the innermost one that holds a text, as a container around it holds only elements;
    and only blocks no ``p``, heading or list item holds, so every mapping of the first walk
    stays as it was."""
    found: dict[str, etree._Element] = {}
    if not missing:
        return found
    for element in _OWN_TEXT_DIVS(tree):
        text = element_text(element)
        if text in missing and text not in found:
            found[text] = element
            if len(found) == len(missing):
                break
    return found


def _items_and_rows(
    tree: etree._Element, blocks: Sequence[str], found: Mapping[str, etree._Element]
) -> dict[str, etree._Element]:
    """{block: its ``<li>`` or ``<tr>``} for the blocks ``found`` (the mappings made before)
    lacks that trafilatura wrote as a list item ("- item") or a table row ("| cell | cell |";
    a table's ``<caption>`` is written as a row too, and maps to itself): the marks are no
    element's text, so neither the first walk nor the ``<div>`` paragraphs find them, and the
    rules that judge a block by its container, its links or its place (a list of linked
    headlines after the story) could not read them. Compared without whitespace (and a row
    without its pipes): trafilatura spaces a row's cells, and an item's inline tags, where the
    markup may not. Only blocks no other element holds, so every mapping before stays as it
    was.

    A short item repeats: "USA" is a product's origin in the story's list and an entry of the
    shop's country menu above it. The text follows the page's order, so where several
    elements hold an item's text, the block maps to the first one after the element of the
    block before it (:func:`_after`), else to the page's first.

    Round 39, dev half A (its snippet sets and metadev bodies): of the blocks of trafilatura's
    text that no element held, 448 were list items and 274 table rows as the pages are (324
    and 273 under ``--plain-markup tags``, 1362 and 307 under ``classes``); 78 and 69 are left
    (31 and 68; 85 and 78), items and rows whose element holds more (a nested list, a label
    and its value split). Mapped, the rules that place blocks by their element judge them: as
    the pages are four pages lose furniture their text kept (keyword rows, a rating row, a
    contact prompt), under ``tags`` five, under ``classes`` seven (a calendar, a visitor
    counter, a category entry); one metadev body's token F1 rises (0.997 to 1.000), no
    snippet's figure and no other page changes. Without the order above, a shop's country
    menu took a product's origin (dropped as the menu's), and a box's tab title after the
    body mapped to its copy above the body, where ``bodyend`` then placed it and let it stay."""
    keys: dict[str, str] = {}
    for block in blocks:
        if block in found or block in keys:
            continue
        if block.startswith(ITEM_MARK):
            keys[block] = "li" + spaceless(unmarked(block))
        elif block.startswith(ROW_MARK):
            cells = spaceless(block.replace("\\|", "\0").replace("|", "")).replace("\0", "|")
            if cells:
                keys[block] = "tr" + cells
    out: dict[str, etree._Element] = {}
    if not keys:
        return out
    wanted = set(keys.values())
    holders: dict[str, list[etree._Element]] = {}
    for element in tree.iter("li", "tr", "caption"):
        key = ("li" if element.tag == "li" else "tr") + spaceless(element_text(element))
        if key in wanted:
            holders.setdefault(key, []).append(element)
    order: dict[etree._Element, int] = {}
    previous: etree._Element | None = None
    for block in blocks:
        element = found.get(block)
        if element is None:
            element = out.get(block)
        if element is None and block in keys:
            candidates = holders.get(keys[block], [])
            if len(candidates) > 1 and previous is not None:
                if not order:
                    order = {node: at for at, node in enumerate(tree.iter())}
                element = out[block] = _after(candidates, previous, order)
            elif candidates:
                element = out[block] = candidates[0]
        if element is not None:
            previous = element
    return out


def _after(
    candidates: Sequence[etree._Element],
    previous: etree._Element,
    order: Mapping[etree._Element, int],
) -> etree._Element:
    """The first of ``candidates`` (in the page's order) after ``previous`` in the page, else
    the first of them. ``order``: each element of the page with its place in the page."""
    at = order.get(previous, -1)
    return next((node for node in candidates if order.get(node, -1) > at), candidates[0])


def block_fingerprints(
    tree: etree._Element,
    blocks: Sequence[str],
    elements: dict[str, etree._Element] | None = None,
    *,
    every: bool = True,
) -> list[str | None]:
    """For each block (whitespace-collapsed text): its fingerprint, or None when no element
    of the page holds exactly that text. ``elements``: :func:`block_elements` of the same
    blocks, when the caller has them. Without ``every``, only the blocks :func:`countable`
    counts get one (None for the others): a source that has learned no template yet has no
    use for the keys of its articles' long paragraphs, and hashing them is most of the cost."""
    if elements is None:
        elements = block_elements(tree, blocks)
    counted = range(len(blocks)) if every else _countable_indexes(blocks)
    keys: list[str | None] = [None] * len(blocks)
    paths: dict[str, str] = {}
    for i in counted:
        block = blocks[i]
        element = elements.get(block)
        if element is None:
            continue
        path = paths.get(block)
        if path is None:
            path = paths[block] = _path(element)
        keys[i] = _key(path, block)
    return keys


def _counted(block: str, i: int, last: int) -> bool:
    """Whether :func:`countable` counts the block at ``i`` (``last``: the first index of the
    text's closing edge)."""
    return len(block) < SHORT_CHARS or i < EDGE_BLOCKS or i >= last


def _countable_indexes(blocks: Sequence[str]) -> list[int]:
    last = len(blocks) - EDGE_BLOCKS
    return [i for i, block in enumerate(blocks) if _counted(block, i, last)]


def countable(blocks: Sequence[str], keys: Sequence[str | None]) -> dict[str, str]:
    """{fingerprint: sample} of the blocks worth counting for a source's template."""
    out: dict[str, str] = {}
    last = len(blocks) - EDGE_BLOCKS
    for i, (block, key) in enumerate(zip(blocks, keys, strict=True)):
        if key is not None and _counted(block, i, last):
            out.setdefault(key, block[:SHORT_CHARS])
    return out
