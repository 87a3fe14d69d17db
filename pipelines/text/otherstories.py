"""Other stories' cards the extraction kept: long blurbs in another item's ``<article>``.

The lists around a story ("Latest", "Don't miss", a sidebar's picks) set each story as a card:
a linked headline over a blurb. Where a site writes its blurbs long (a paragraph of prose, not a
line) and its headline as a link around a ``<strong>`` rather than a heading, neither the teaser
rules (:mod:`pipelines.text.teasercards`: a linked ``<h2>``-``<h6>``, a blurb of a line or two)
nor the line rules see them, and trafilatura keeps them after the story as if they were its
paragraphs: long unlinked prose after the story, the leak earlier rounds found most often. The
markup still says whose they are: HTML gives each self-contained item its own ``<article>``,
and a card's is neither the story's nor a comment's.

So a block is another story's when the nearest ``<article>`` around its element:

- holds neither the body's container (:func:`pipelines.text.inbody.body_region`) nor the
  page's headline (:attr:`pipelines.text.page.PageSignals.headline`); where the page shows
  neither, the ``<article>`` of the text's first block is the story's (the extraction mostly
  starts with the story);
- shows at most :data:`CARD_EXTRA_CHARS` characters beside the :data:`CARD_MAX_BLOCKS` blocks
  of the text it holds at most (a headline, a kicker, a date, a label): a second story, or the
  story itself in an ``<article>`` beside its headline, shows its paragraphs;
- links a headline to another page: a link of :data:`HEADLINE_MIN_WORDS` words or
  :data:`HEADLINE_MIN_CJK` characters of a script written without spaces, or one marked
  ``rel="bookmark"`` (HTML's permalink of the ``<article>`` around it, whatever its text: a
  picture and a "Voir" button), outside the blurb (a link the blurb quotes is the blurb's), not
  to an anchor of this page and not a reply.

That link tells a card from the other ``<article>`` boxes beside a story:

- a reader's comment (which a page may count as its text, and which stays): its links are the
  commenter's name (short, or marked ``rel="external"``/``nofollow``/``ugc``), a permalink to
  its own anchor (``#comment-12``) and a reply button (``?replytocom=``): none is a headline;
- a live blog's entry (each an ``<article>`` on many sites): the page is a ticker
  (:func:`pipelines.text.liveblog.ticker`), and then the rule does nothing;
- a linked headline itself is left to the teaser rules: only blurbs beside a link go here.

Measured on dev half A (274 pages with the seeds), page by page: as they are, one datesA page
loses 15 blurbs of its "latest", "don't miss" and bookshop cards, one of them linked only by a
picture and a "Voir" button marked ``rel="bookmark"`` (datesA/labelled leak 5.5 -> 2.8 %,
pages entirely right 95.8 -> 96.9 %); no must-keep snippet and no expected paragraph goes;
under ``--plain-markup`` (no ``<article>`` left) nothing changes. Half B as it is: no figure
moves. Tried and left out: the same card without ``<article>`` (prose after the body's
container in a list's small box under a linked headline): under ``--plain-markup`` it took
blurbs on dev half A but cost a held-out page its last paragraph, even where two cards of one
list had to be in the text.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text.names import CJK_CHAR
from pipelines.text.page import element_text, in_box, shown_length

# A headline has a few words: a commenter's name, a "Reply" or "Read more" button has fewer.
HEADLINE_MIN_WORDS = 4
# ... or, in a script written without spaces (Chinese, Japanese), this many characters.
HEADLINE_MIN_CJK = 10
# What a card shows beside its blurb: the headline, a kicker, a date, a label ("Abonnés"). A
# second story in an ``<article>`` of its own (a page of two stories) shows its paragraphs,
# which the extraction left out, and is more.
CARD_EXTRA_CHARS = 400
# Links a visitor wrote (a commenter's site), as WordPress and most comment systems mark them.
_VISITOR_RELS = frozenset({"external", "nofollow", "ugc"})
# A card holds a blurb and perhaps a kicker or a date line the extraction kept: more blocks are
# a story's paragraphs (a page that wraps its own story in an <article> beside its headline).
CARD_MAX_BLOCKS = 2
_LINKS_XP = etree.XPath(".//a[@href]")
_IN_LINK_XP = etree.XPath("boolean(ancestor-or-self::a[@href])")


def _headline_link(card: etree._Element, block_element: etree._Element) -> bool:
    """Whether ``card`` holds a link of a headline's length to another page, outside the block's
    own element (a comment's text may quote a link; a card's blurb sits beside its headline):
    not to an anchor of this page, not a reply, not a visitor's link."""
    for link in _LINKS_XP(card):
        if in_box(link, block_element):
            continue
        href = (link.get("href") or "").strip()
        if not href or "#" in href or "replytocom" in href or href.startswith("javascript:"):
            continue
        rels = set((link.get("rel") or "").lower().split())
        if rels & _VISITOR_RELS:
            continue
        if "bookmark" in rels:
            return True  # HTML's permalink of the <article> around it: the card's own story
        text = element_text(link)
        if len(text.split()) >= HEADLINE_MIN_WORDS or (
            len(CJK_CHAR.findall(text)) >= HEADLINE_MIN_CJK
        ):
            return True
    return False


def other_stories(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    region: etree._Element | None,
    headline: etree._Element | None,
    ticker: bool = False,
) -> set[str]:
    """The blocks of the text (``blocks``) that are the blurbs of other stories' cards (see the
    module docstring). ``elements``: each block with the element that holds it
    (:func:`pipelines.text.templates.block_elements`); ``region``: the element holding the body
    (:func:`pipelines.text.inbody.body_region`); ``headline``: the page's headline element;
    ``ticker``: the page is a live blog, whose entries may each be an ``<article>``."""
    if ticker or not blocks:
        return set()
    # The story's own: what holds the body's container or the headline; where the page shows
    # neither, the text's first block (the extraction mostly starts with the story).
    story = [e for e in (region, headline) if e is not None] or [elements.get(blocks[0])]
    by_card: dict[etree._Element, list[str]] = {}
    for block in blocks:
        element = elements.get(block)
        if element is None or _IN_LINK_XP(element):
            continue  # a linked headline is no blurb: the teaser rules judge it
        card = next(element.iterancestors("article"), None)
        if card is None or any(own is not None and in_box(own, card) for own in story):
            continue
        by_card.setdefault(card, []).append(block)
    found: set[str] = set()
    for card, held in by_card.items():
        if len(held) > CARD_MAX_BLOCKS:
            continue
        if shown_length(card) > sum(map(len, held)) + CARD_EXTRA_CHARS:
            continue
        if any(_headline_link(card, elements[block]) for block in held):
            found.update(held)
    return found
