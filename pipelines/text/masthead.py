"""The site's header over the article: short blocks the page sets before the headline.

Without class names to go by, trafilatura's wide cut may start above the article, in the
site's header: a subscription or donation pitch ("Help keep Salon independent"), the site's
tagline ("Aktuelle Nachrichten aus Politik, Wirtschaft, Sport und Kultur"), a login prompt,
a banner's slogan, the caption of the header's picture. Their words differ on every site;
their place does not: they stand before the article's headline in the page, outside the box
that holds the headline and the body.

So the rule takes the article's headline (:func:`pipelines.text.page.article_headline`, the
heading that shows the page's title) and the first body paragraph of the text (a block of
:data:`pipelines.text.page.BODY_MIN_CHARS` or more), the headline before it, and the element
holding both: the article's box. A block of the text before that paragraph that is shorter
than it, has an element of its own, and stands before the headline outside the article's box
is the site's header. What the article sets over its headline (a kicker, a date, the
section's name, a picture's caption) is inside its box and stays for the other rules; so does
every block of body length (a standfirst set above the headline), every block after the first
body paragraph, and every block where no heading shows the title or the headline comes after
the body's first paragraph (a heading repeated in a teaser or a sticky bar).

Measured on dev half A, round 36, page by page: as they are, one metadev page loses the line
of an e-paper's teaser card over the story (token F1 0.988 to 1.000); under ``tags`` that and
a site's tagline; under ``classes`` a donation pitch, a login prompt, a banner's slogan, the
header picture's caption, a site's tagline and its editors' names, and a job board's pitch
(datesA/labelled: 3 pages better). No expected text, no must-keep snippet goes.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text.page import BODY_MIN_CHARS, precedes


def before_headline(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    headline: etree._Element | None,
) -> set[str]:
    """The blocks of the text (``blocks``, in order) that are the site's header over the
    article (see the module docstring). ``elements``: each block with the element that holds
    it (:func:`pipelines.text.templates.block_elements`); ``headline``: the article's
    headline element, None where the page shows none."""
    if headline is None:
        return set()
    first = next((at for at, block in enumerate(blocks) if len(block) >= BODY_MIN_CHARS), None)
    body = elements.get(blocks[first]) if first is not None else None
    if body is None or not precedes(headline, body, holding=False):
        return set()
    around = set(body.iterancestors())
    box = next((node for node in headline.iterancestors() if node in around), None)
    if box is None:
        return set()
    out: set[str] = set()
    for block in blocks[:first]:
        element = elements.get(block)
        if (
            element is not None
            and precedes(element, headline, holding=False)
            and not _inside(element, box)
        ):
            out.add(block)
    return out


def _inside(element: etree._Element, box: etree._Element) -> bool:
    return any(node is box for node in element.iterancestors())
