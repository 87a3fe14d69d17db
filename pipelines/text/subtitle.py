"""The subtitle under the headline: a line the page sets right after its ``<h1>``.

Many pages give their headline a subtitle (a dek): one line, set as the element right after the
headline in the same box (``<div><h1>…</h1><p>…</p></div>``), before the standfirst and the
body. With the markup's class names trafilatura keeps it; without them (hashed CSS-in-JS names,
older markup) its fallback may start at the body's first paragraph and leave the line out, and
the lead stage (:mod:`pipelines.text.article`) adds only a standfirst of a paragraph's length.

So the rule reads the article's headline (:func:`pipelines.text.page.article_headline`) and the
element right after it (after its ``<hgroup>`` or box where the headline is the box's last
element): a ``<p>``, ``<h2>``, ``<div>`` or ``<span>`` holding one line of words
(:data:`MIN_WORDS` or more, :data:`MAX_CHARS` at most), no link, no line break, no picture or
block inside, no digit, and not the author's names. What stands there otherwise is the
header's furniture: a byline ("Kimberly Miller and Gareth McGrath"), the day and time ("Stand:
26.04.2024, 20:44 Uhr", "Sep 30, 2020 1 hr ago"), a reading time; these write a digit or a
name, and the caller sets the line over the text only where the line rules of
:mod:`pipelines.text.cleaning` drop nothing of it, as for a lead (a credit "by Bob Yirka,
Phys.org"). A subtitle the text has already is not put in again.

Measured on dev half A (round 37), page by page: as they are and under ``tags`` no text
changes (trafilatura keeps the line); under ``classes`` two datesA pages get their subtitle
back (two must-keep snippets), and nothing else changes: on the 14 other pages whose text
lacks the element after the headline, it is a byline or a date.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from lxml import etree

from pipelines.text.page import element_text, loose_key, spaceless

# A subtitle is a line of words: a kicker of two or three is no subtitle ...
MIN_WORDS = 4
# ... and a standfirst of a paragraph's length is the lead stage's.
MAX_CHARS = 250
# The elements a subtitle is set in.
_TAGS = frozenset({"p", "h2", "div", "span"})
# What a line does not hold: links, line breaks, pictures and blocks.
_NOT_IN_LINE = ("a", "br", "img", "picture", "video", "svg", "p", "div", "ul", "ol", "table")
_DIGIT_RE = re.compile(r"\d")


def missing_subtitle(
    headline: etree._Element | None, blocks: Sequence[str], names: Collection[str]
) -> str | None:
    """The subtitle under ``headline`` (see the module docstring) when the text (``blocks``)
    lacks it, to set over the text; None otherwise. ``names``: the author's names as the
    metadata gives them (a byline set there is no subtitle)."""
    if headline is None:
        return None
    following = _after(headline)
    if following is None or following.tag not in _TAGS:
        return None
    text = element_text(following)
    key = loose_key(text)
    if (
        len(text) > MAX_CHARS
        or len(text.split()) < MIN_WORDS
        or _DIGIT_RE.search(text)
        or next(following.iterdescendants(*_NOT_IN_LINE), None) is not None
        or any(name and name in key for name in map(loose_key, names))
    ):
        return None
    compact = spaceless(text)
    if any(compact in spaceless(block) for block in blocks):
        return None
    return text


def _after(headline: etree._Element) -> etree._Element | None:
    """The element right after the headline; where the headline is the last element of its
    box (an ``<hgroup>``, a ``<div>`` with a kicker), the element right after that box."""
    node = headline
    for _ in range(2):
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()  # past comments
        if following is not None:
            return following
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        node = parent
    return None
