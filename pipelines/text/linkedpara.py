"""A lone linked headline between the story's paragraphs: a read-also with no label.

Sites set another story of theirs among a story's paragraphs as a paragraph of its own that
is nothing but one link, its text that story's headline, often in bold: a "read also" whose
label the editor left out. Its words differ on every site and in every language; its form
does not. The rule for a label over a linked headline (:mod:`pipelines.text.structure`) needs
the label, the rules for teaser cards (:mod:`pipelines.text.teasercards`) a run of them, the
rule for the site's links (:mod:`pipelines.text.linkedend`) reads the text's end only.

Such a block is taken when each test holds; each keeps a paragraph a story may hold:

- it is a paragraph of its own (``<p>`` or ``<div>``) that holds a line of text only (links,
  emphasis, spans): a list item or a heading is read by the rules for lists and headings, and
  a card with its picture inside a paragraph is the story's to dev half A (metadev/A labels two
  related stories' cards of a science journal, set among the paragraphs, as body items);
- all its text (but :data:`LOOSE_CHARS` characters: a bullet, an arrow) is the text of one
  link: a paragraph that links a name or a source among its own words is the story's;
- the link leads to another page of the same site: not the page itself, not an anchor on it,
  not another site (a source a reporter cites) and no document (a report as PDF);
- it reads as a headline: :data:`pipelines.text.page.HREF_MIN_WORDS` to :data:`MAX_WORDS`
  words and no sentence (closed by ".", "!", "?", "…"): a story may link a whole sentence of
  its own, which stays;
- the block right before it is the story's prose, a sentence of at least
  :data:`PROSE_MIN_CHARS` characters, and so is the first after it past the headings of the
  story's sections (a read-also often closes a section): a run of linked lines, or one at the
  text's edge, is another rule's.

Measured on the text benchmark's tune set (datesB/tune) and dev half A (realpages/A,
datesA/labelled, datesA/fresh-tune, metadev/A): in every mode (as they are and under both
plain markups) the rule takes one must-drop line, a German celebrity site's bold linked
headline closing a section (tune leaks 2.9 % to 2.7 % as they are, 3.8 % to 3.6 % under
``tags``, 5.9 % to 5.7 % under ``classes``), and no must-keep snippet or expected body item.
Under the plain markups that section's heading was first a table of contents' entry: the
headings are read by the page's heading elements, not by the block's element.
A first version took two related stories' cards of a science journal that metadev/A labels
as body items (a picture and a title inside one link, set in a ``<p>``): the test for a line
of text only keeps them.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from urllib.parse import urlsplit

from lxml import etree

from pipelines.text.linkedend import own_page
from pipelines.text.page import HREF_MIN_WORDS, element_text
from pipelines.text.structured import ends_as

# A headline's length at most: a longer linked paragraph is a passage the story links.
MAX_WORDS = 22
# The characters of the block outside its link that a headline's line may hold: a bullet, an
# arrow, a dash before it.
LOOSE_CHARS = 3
# A prose paragraph around it: a sentence of this length at least.
PROSE_MIN_CHARS = 80
# The elements that hold a paragraph of its own: not a list item, a heading or a cell.
_PARAGRAPH_TAGS = frozenset({"p", "div"})
# The elements a line of text holds: a paragraph holding a picture or a box (a card with its
# image, which a page may set inside a ``<p>``) is no line of the body's type.
_INLINE_TAGS = frozenset(
    {"a", "b", "strong", "em", "i", "u", "span", "br", "font", "mark", "small"}
)
# The headings of the story's sections, which may follow the linked line before its prose.
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A sentence's close, a closing quote or bracket after it allowed (:func:`ends_as`).
_SENTENCE_ENDS = ".!?…"
_SENTENCE_CLOSERS = "\"'”»)]"


def _prose(block: str) -> bool:
    """Whether ``block`` reads as a paragraph of the story: a sentence of some length, or one
    that announces what follows it (a quote, a post) with a colon."""
    return len(block) >= PROSE_MIN_CHARS and (
        block.endswith(":") or ends_as(block, _SENTENCE_ENDS, _SENTENCE_CLOSERS)
    )


def other_page(href: str, url: str) -> bool:
    """``href`` leads to another page of the site of ``url``: not the page, not an anchor."""
    if not href.strip() or href.strip().startswith("#") or not own_page(href, url):
        return False
    try:
        target, page = urlsplit(href.strip()), urlsplit(url)
    except ValueError:
        return False
    return bool(target.path) and target.path.rstrip("/") != page.path.rstrip("/")


def _linked_headline(block: str, element: etree._Element | None, url: str) -> bool:
    """Whether ``block`` (held by ``element``) is one link to another page of the site and
    nothing else, of a headline's length and no sentence."""
    if element is None or element.tag not in _PARAGRAPH_TAGS:
        return False
    words = len(block.split())
    if not HREF_MIN_WORDS <= words <= MAX_WORDS or ends_as(
        block, _SENTENCE_ENDS, _SENTENCE_CLOSERS
    ):
        return False
    if any(child.tag not in _INLINE_TAGS for child in element.iterdescendants()):
        return False
    anchors = [a for a in element.iter("a") if element_text(a)]
    if len(anchors) != 1:
        return False
    linked = element_text(anchors[0])
    return len(element_text(element)) - len(linked) <= LOOSE_CHARS and other_page(
        anchors[0].get("href") or "", url
    )


def linked_paragraphs(
    tree: etree._Element, elements: Mapping[str, etree._Element], blocks: Sequence[str], url: str
) -> list[str]:
    """The blocks of ``blocks`` that are a lone linked headline of the site between two prose
    paragraphs of the story.

    ``elements``: each block's element (:func:`pipelines.text.templates.block_elements`); a
    block no element holds alone is no such paragraph. ``url``: the page's address, which
    tells the site's other pages from the page and from other sites."""
    headings = {element_text(h) for h in tree.iter(*_HEADING_TAGS)}
    return [
        block
        for i, block in enumerate(blocks[1:], start=1)
        if _prose(blocks[i - 1])
        and _prose_follows(headings, blocks[i + 1 :])
        and _linked_headline(block, elements.get(block), url)
    ]


def _prose_follows(headings: Collection[str], rest: Sequence[str]) -> bool:
    """Whether the story's prose goes on in ``rest`` (the blocks after a linked line): its
    first block, past the headings of the story's sections (the texts of the page's
    ``headings``: a block's element is the first holding its text, which may be a table of
    contents' entry), is a prose paragraph."""
    for block in rest:
        if block not in headings:
            return _prose(block)
    return False
