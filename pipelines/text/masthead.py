"""The site's header over the article: short blocks the page sets before the headline.

Without class names to go by, trafilatura's wide cut may start above the article, in the
site's header: a subscription or donation pitch ("Help keep Salon independent"), the site's
tagline ("Aktuelle Nachrichten aus Politik, Wirtschaft, Sport und Kultur"), a login prompt,
a banner's slogan, the caption of the header's picture. Their words differ on every site;
their place does not: they stand before the article's headline in the page, outside the box
that holds the headline and the body.

So the rule takes the article's headline (:func:`pipelines.text.page.article_headline`, the
heading that shows the page's title) and the text's first block inside the element that holds
the body (:func:`pipelines.text.inbody.body_region`; where no element holds two of its
paragraphs, its first block of :data:`pipelines.text.page.BODY_MIN_CHARS` or more), the
headline before it, and the element holding both: the article's box. A block of the text before
that one, of :data:`_MIN_WORDS` words or more, that stands before the headline outside the
article's box is the site's header, whatever its length (a site's description in a side tray,
a list of its headlines: round 37). A list item is looked for by its
text without the bullet (a list of the site's headlines in the header). What the article sets
over its headline (a kicker, a date, the section's name, a picture's caption) is inside its box
and stays for the other rules; so does every block from the body's first one on, a line of
one or two words (the first
element showing "USA" or "Suche" may be a menu's item, not the line the text took), and every
block where no heading shows the title or the headline comes after the body's first block (a
heading repeated in a teaser or a sticky bar).

Measured on dev half A, round 36, page by page: as they are, one metadev page loses the line
of an e-paper's teaser card over the story (token F1 0.988 to 1.000); under ``tags`` that and
a site's tagline; under ``classes`` a donation pitch, a login prompt, a banner's slogan, the
header picture's caption, a site's tagline and its editors' names, a job board's pitch, a list
of the site's headlines and the day's date (datesA/labelled: 4 pages better). No expected
text, no must-keep snippet goes. Round 37: a block of a body paragraph's length was left alone
(a standfirst set above the headline), but none on dev half A stands outside the article's box;
taken too, under ``classes`` a magazine's description of itself in its side tray goes (on a
realpages and a datesA page) and a headline of the site's list over the story; as they are and
under ``tags`` no text changes.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text import inbody, templates
from pipelines.text.page import ITEM_MARK, in_box, precedes, unmarked

# A line of fewer words ("USA", "Suche", a kicker) may be any menu's item: the first element
# that shows its text may not be the one the text took it from.
_MIN_WORDS = 3


def before_headline(
    tree: etree._Element,
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    headline: etree._Element | None,
    region: etree._Element | None,
) -> set[str]:
    """The blocks of the text (``blocks``, in order) that are the site's header over the
    article (see the module docstring). ``elements``: each block with the element that holds
    it (:func:`pipelines.text.templates.block_elements`); ``headline``: the article's
    headline element, None where the page shows none; ``tree``: the page, where the items of
    a list are looked for (their blocks carry a bullet no element shows); ``region``: the
    element holding the body (:func:`pipelines.text.inbody.body_region` of ``elements``),
    read once per page by the caller for the rules that place blocks by it."""
    if headline is None:
        return set()
    first = _first_body_block(elements, blocks, region)
    body = elements.get(blocks[first]) if first is not None else None
    if body is None or not precedes(headline, body, holding=False):
        return set()
    around = set(body.iterancestors())
    box = next((node for node in headline.iterancestors() if node in around), None)
    if box is None:
        return set()
    head = [block for block in blocks[:first] if _line(block)]
    items = [unmarked(b) for b in head if b not in elements and b.startswith(ITEM_MARK)]
    listed = templates.block_elements(tree, items) if items else {}
    out: set[str] = set()
    for block in head:
        element = elements.get(block)
        if element is None:
            element = listed.get(unmarked(block))
        if (
            element is not None
            and precedes(element, headline, holding=False)
            and not in_box(element, box)
        ):
            out.add(block)
    return out


def _first_body_block(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    region: etree._Element | None,
) -> int | None:
    """The index of the text's first block of the body (:func:`inbody.of_body`); None when
    there is none."""
    return next(
        (at for at, block in enumerate(blocks) if inbody.of_body(block, elements, region)), None
    )


def _line(block: str) -> bool:
    """A block of the site's header: :data:`_MIN_WORDS` words or more. Its length does not
    matter: a standfirst, the one long block the article may set over its headline, sits in
    the article's box, and a site's description of itself (in a side tray beside the header)
    may be a paragraph's length."""
    return len(block.split()) >= _MIN_WORDS
