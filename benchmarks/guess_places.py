"""Where a page writes the day of a date guess: the metadata benchmark's audit of refused guesses.

The resolver refuses trafilatura's (htmldate's) date when nothing independent of it supports it
(``weak``). Whether a rule could accept some of those guesses depends on where the page writes
their day, which htmldate does not say: in the story's own lines, in another item (a teaser, a
link, a list of posts, a comment, an aside), only in an attribute (a form's default value, a
tooltip, a ``data-`` value), only in script data, or nowhere the page shows at
all (htmldate read it from a URL or an image's path). Counted per place and verdict, a report
tells whether the right guesses and the wrong ones stand in different places, on both halves,
without naming a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.dateowner import elsewhere
from pipelines.text.dates import shown_days
from pipelines.text.structured import within

# The places, most telling first: a day written in several places counts at the first.
PLACES = ("below the h1", "above the h1", "other item", "attribute", "script", "nowhere")

# Elements whose text a reader sees as part of another item, beside :func:`elsewhere`'s.
_OTHER_ITEMS = ("a", "li", "nav", "aside", "footer", "figure", "blockquote", "form")

# Elements whose own text no reader sees.
_UNSHOWN = frozenset({"script", "style", "noscript", "template"})

# Attributes that hold a page's address, not a date it writes.
_ADDRESSES = frozenset({"href", "src", "srcset", "action", "data-src", "data-srcset", "poster"})

# Smart strings: each text knows its element and whether it is that element's tail.
_TEXT_NODES = etree.XPath("//body//text()")
_SCRIPT_TEXTS = etree.XPath("//script/text()", smart_strings=False)


def _iso_forms(day: str) -> re.Pattern[str]:
    """The machine forms a script writes a day in: ``2024-05-01``, ``2024/05/01``,
    ``2024.05.01``, ``20240501`` followed by a time."""
    year, month, date = day.split("-")
    return re.compile(rf"{year}(?P<sep>[-/.]?){month}(?P=sep){date}(?!\d)")


def _shown_texts(tree: HtmlElement) -> Iterator[tuple[str, HtmlElement, HtmlElement]]:
    """The page's text nodes a reader sees, each with the element it stands in (a tail's is its
    element's parent: the text after a ``<script>`` is shown, the script's own is not) and the
    element it follows or opens (where it stands in the page's order)."""
    for text in _TEXT_NODES(tree):
        anchor = text.getparent()
        owner = anchor.getparent() if anchor is not None and text.is_tail else anchor
        if owner is None or (not text.is_tail and owner.tag in _UNSHOWN):
            continue
        yield str(text), owner, anchor


def _in_another_item(element: HtmlElement) -> bool:
    if element.tag in _OTHER_ITEMS or within(element, _OTHER_ITEMS):
        return True
    return any(elsewhere(e) for e in (element, *element.iterancestors()))


def place_of_day(tree: HtmlElement, day: str) -> str:
    """Where the page ``tree`` writes the calendar ``day`` (YYYY-MM-DD), one of :data:`PLACES`.

    ``below the h1`` / ``above the h1``: visible text outside other items, after the page's first
    ``<h1>`` (or on a page without one) or before it (a site's header writing today's date);
    ``other item``: visible text only inside a
    link, list item, aside, footer, form, figure, quotation, or an element
    :func:`dateowner.elsewhere` calls another item's; ``attribute``: only in an attribute that
    is no address; ``script``: only in a script's text (the parser drops HTML comments);
    ``nowhere``: none of these (the day comes from an address, or from a form the page does not
    write out).
    """
    h1 = tree.find(".//h1")
    order = {e: i for i, e in enumerate(tree.iter())} if h1 is not None else {}
    seen_elsewhere = False
    for text, owner, anchor in _shown_texts(tree):
        if day not in shown_days(text):
            continue
        if not _in_another_item(owner):
            if h1 is None or order.get(anchor, 0) >= order[h1]:
                return "below the h1"
            return "above the h1"
        seen_elsewhere = True
    if seen_elsewhere:
        return "other item"
    pattern = _iso_forms(day)
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name in _ADDRESSES or not any(ch.isdigit() for ch in value):
                continue
            if day in shown_days(value) or pattern.search(value):
                return "attribute"
    if any(pattern.search(t) or day in shown_days(t) for t in _SCRIPT_TEXTS(tree)):
        return "script"
    return "nowhere"


def other_days(tree: HtmlElement, day: str) -> str:
    """How many other calendar days the page's visible text writes beside ``day``: ``none``,
    ``1-3`` or ``4+`` (a listing, a thread, a page of teasers writes many)."""
    days: set[str] = set()
    for text, _, _ in _shown_texts(tree):
        days |= shown_days(text)
    others = len(days - {day})
    return "none" if others == 0 else "1-3" if others <= 3 else "4+"
