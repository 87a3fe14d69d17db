"""Where the article ends: the page's furniture after its body, told by structure alone.

Without class names to go by (hashed CSS-in-JS names, older markup, or none), trafilatura often
takes a wide cut of the page, and what it brings past the article is the site's own furniture:
the publisher's one-line description, a subscription pitch, a copyright and imprint line, a
"Powered by" credit, a last related headline. Their words differ on every site; their place
does not. They stand outside the element that holds the body's paragraphs, after it, and the
page shows a stretch of menus, teaser lists and share bars between the body and them, which
the extraction left out.

So the rule reads the body's container (the element with most of the text's paragraphs as
children, with the chunks an advertisement cuts it into: :func:`pipelines.text.inbody.body`
and :func:`pipelines.text.inbody.chunks`) and, after the last block of the text inside it,
looks for the first block that sits outside it, after it in the page, and follows a stretch
of the page's text the extraction left out (since the block before it) of at least
:data:`GAP_MIN_CHARS` characters, :data:`GAP_LINK_SHARE` of them link text: the page went on
to its menus and teasers there. That block and every one after it are dropped, provided none
of them is :data:`PROSE_MIN_CHARS` long or more: a thread of readers' comments, or an article
that goes on after a box of links, holds paragraphs of prose; a footer's lines are short.

Nothing here reads a class, an id, a landmark role or a word: the rule fires the same with the
page's class names and without them (where the extraction gives the same text).

Measured on dev half A (129 pages), with every class and id taken out
(``benchmarks/text_quality.py --plain-markup classes``), on 27 of them: on metadev pages 39
blocks none of the expected bodies has (the site's description under the body, "Kennen Sie
schon unsere PLUS-Inhalte?", "Die WELT als ePaper ...", the words of a split link ("Jetzt",
"testen"), a publisher's imprint and copyright, "Powered by WordPress VIP", a reader's
comment); on realpages one must-drop line and 24 footer lines no snippet names (licence notes,
newsletter and donation prompts, "Kommentare sind geschlossen.", a comment form's spam notice).
No expected paragraph and no must-keep snippet goes; token precision 0.955 to 0.963. With
HTML5's elements renamed only (``tags``) it drops 12 footer lines on 4 pages (one must-drop
line fewer leaks), with the markup intact 3 on 2 pages that later rules dropped already. Left
as they are: a stretch after the body with little link text (an "about us" page going on in
boxes of its own: 7 % link text), a text that goes on with long paragraphs (comments), and the
blocks before the body (a standfirst often stands beyond a share bar, as furniture does).

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text import inbody
from pipelines.text.page import text_length

# The stretch of page text left out before the block: at least this many characters (a
# photo credit, a date or a share button's label is less) ...
GAP_MIN_CHARS = 100
# ... and at least this share of them the text of links: menus, teaser lists, tag clouds. A
# page that goes on with boxes of its own text (an "about us" page: 7 % link text on dev
# half A) is not left there. On dev half A the stretches before a footer held 31 % to 88 %.
GAP_LINK_SHARE = 0.3
# Every block from the cut on is shorter than this: the prose the second opinion restores
# is at least 100 characters (:data:`pipelines.text.consensus.INSERT_MIN_CHARS`); a paragraph
# of 200 or more is a comment or the article going on, and then nothing is cut.
PROSE_MIN_CHARS = 200
# Elements whose text the page does not show.
_UNSHOWN = ("script", "style", "template")
_LINK_TEXT = etree.XPath("descendant-or-self::a//text()", smart_strings=False)


def after_body(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The blocks of the text (``blocks``, in order) that are the page's furniture after the
    article's body. ``elements``: each block with the element that holds it
    (:func:`pipelines.text.templates.block_elements`); a block without one (trafilatura
    split or joined it) is placed by its neighbours."""
    region = inbody.body_region(elements)
    if region is None:
        return set()
    # Each ancestor of the region with its child on the way down: one walk up from a block's
    # element tells whether it lies inside the region, before it or after it.
    below: dict[etree._Element, etree._Element] = {}
    child = region
    for ancestor in region.iterancestors():
        below[ancestor] = child
        child = ancestor
    last = None
    for at in range(len(blocks) - 1, -1, -1):
        element = elements.get(blocks[at])
        if element is not None and _place(element, region, below) == 0:
            last = at
            break
    if last is None:
        return set()
    previous = elements[blocks[last]]
    for at in range(last + 1, len(blocks)):
        element = elements.get(blocks[at])
        if element is None:
            continue
        if _place(element, region, below) > 0 and _left_out_links(previous, element):
            tail = blocks[at:]
            if all(len(block) < PROSE_MIN_CHARS for block in tail):
                return set(tail)
            return set()
        previous = element
    return set()


def _place(
    element: etree._Element,
    region: etree._Element,
    below: Mapping[etree._Element, etree._Element],
) -> int:
    """0 when ``element`` lies inside ``region`` (or is it), 1 when it comes after it in the
    page, -1 before it or around it (a block that wraps the body is no footer). ``below``:
    the region's ancestors, each with its child that holds the region."""
    if element is region:
        return 0
    child = element
    for ancestor in element.iterancestors():
        if ancestor is region:
            return 0
        if ancestor in below:
            holding = below[ancestor]
            if holding is child:
                return -1  # the element holds the region
            return 1 if ancestor.index(holding) < ancestor.index(child) else -1
        child = ancestor
    return -1


def _precedes(first: etree._Element, second: etree._Element) -> bool:
    """Whether ``first`` starts before ``second`` in the page, neither holding the other:
    compared under their closest common ancestor, by the places of the children that hold
    each."""
    below: dict[etree._Element, etree._Element] = {}
    child = first
    for ancestor in first.iterancestors():
        below[ancestor] = child
        child = ancestor
    child = second
    for ancestor in second.iterancestors():
        if ancestor in below:
            return ancestor.index(below[ancestor]) < ancestor.index(child)
        child = ancestor
    return False


def _left_out_links(previous: etree._Element, element: etree._Element) -> bool:
    """Whether the page's text between the end of ``previous`` and the start of ``element``
    (the stretch the extraction left out between two blocks it kept) holds at least
    :data:`GAP_MIN_CHARS` characters, :data:`GAP_LINK_SHARE` of them link text."""
    if not _precedes(previous, element):
        return False
    chars, linked = _between(previous, element)
    return chars >= GAP_MIN_CHARS and linked >= GAP_LINK_SHARE * chars


def _between(first: etree._Element, second: etree._Element) -> tuple[int, int]:
    """Characters of text, and of link text, after ``first`` ends and before ``second``
    starts (``first`` precedes ``second``; neither holds the other). Whole elements in
    between are measured in C (:func:`pipelines.text.page.text_length`); only the loose text
    beside them is read here."""
    path = {second, *second.iterancestors()}
    chars = linked = 0
    node = first
    while node is not None:
        chars += _loose(node.tail)
        for sibling in node.itersiblings():
            if sibling in path:
                more, more_linked = _before(sibling, second, path)
                return chars + more, linked + more_linked
            chars += _length(sibling) + _loose(sibling.tail)
            linked += _link_chars(sibling)
        node = node.getparent()
    return chars, linked


def _before(
    box: etree._Element, second: etree._Element, path: set[etree._Element]
) -> tuple[int, int]:
    """Characters of text, and of link text, inside ``box`` before ``second`` starts
    (``path``: ``second`` and its ancestors)."""
    chars = linked = 0
    while box is not second:
        chars += _loose(box.text)
        for child in box:
            if child in path:
                box = child
                break
            chars += _length(child) + _loose(child.tail)
            linked += _link_chars(child)
        else:
            break
    return chars, linked


def _length(element: etree._Element) -> int:
    """The characters of text the element shows: a comment's and a script's are none."""
    if not isinstance(element.tag, str):
        return 0
    return text_length(element) - sum(map(text_length, element.iter(*_UNSHOWN)))


def _link_chars(element: etree._Element) -> int:
    """The characters of the element's link text: its text nodes read in one call, as a box
    of links after the body (a footer, a menu) may hold hundreds of them."""
    if not isinstance(element.tag, str):
        return 0
    return sum(len(" ".join(text.split())) for text in _LINK_TEXT(element))


def _loose(text: str | None) -> int:
    return len(" ".join(text.split())) if text else 0
