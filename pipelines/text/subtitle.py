"""The subtitle under the headline: a line the page sets right after its ``<h1>``, or in it.

Many pages give their headline a subtitle (a dek): one line, set as the element right after the
headline in the same box (``<div><h1>…</h1><p>…</p></div>``), before the standfirst and the
body. With the markup's class names trafilatura keeps it; without them (hashed CSS-in-JS names,
older markup) its fallback may start at the body's first paragraph and leave the line out, and
the lead stage (:mod:`pipelines.text.article`) adds only a standfirst of a paragraph's length.

So the rule reads the article's headline (:func:`pipelines.text.page.article_headline`) and the
element right after it (after its ``<hgroup>`` or box where the headline is the box's last
element): a ``<p>``, ``<h2>``, ``<div>`` or ``<span>`` holding one line of words
(:data:`MIN_WORDS` or more, :data:`MAX_CHARS` at most), no link, no line break, no picture or
block inside, no digit but in a sentence that cites figures (:func:`_sentence_with_figures`),
and not the author's names. What stands there otherwise is the
header's furniture: a byline ("Kimberly Miller and Gareth McGrath"), the day and time ("Stand:
26.04.2024, 20:44 Uhr", "Sep 30, 2020 1 hr ago"), a reading time; these write a digit or a
name, and the caller sets the line over the text only where the line rules of
:mod:`pipelines.text.cleaning` drop nothing of it, as for a lead (a credit "by Bob Yirka,
Phys.org"). A subtitle the text has already is not put in again.

Measured on dev half A (round 37), page by page: as they are and under ``tags`` no text
changes (trafilatura keeps the line); under ``classes`` two datesA pages get their subtitle
back (two must-keep snippets), and nothing else changes: on the 14 other pages whose text
lacks the element after the headline, it is a byline or a date.

A headline may also set its subtitle as its own second line, after a ``<br>``
(``<h1><strong>Headline.</strong><br>Subtitle.</h1>``); with class names trafilatura keeps the
heading's lines, without them it starts at the body. Where the first line alone is the page's
title, the second is taken as the line after the headline is, by the same tests
(:func:`_second_line`); a headline merely broken in two has no half that is the title. Round
40, dev half A: under ``classes`` one fresh-tune page gets its labelled lead back (lead 91.7
to 100 % of the set's twelve); as they are and under ``tags`` no text changes.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from lxml import etree

from pipelines.text.dates import MONTH_NAMES
from pipelines.text.firstline import lines
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
# A line with figures is a subtitle only as a sentence: this many words or more ...
FIGURES_MIN_WORDS = 8
# ... one in this many at most holding a digit ("kills son, 10 days shy of 2nd birthday") ...
_WORDS_PER_FIGURE = 4
# ... and none of the header's furniture: a clock time, a numeric date, a field separator, a
# counter ("Lesezeit: 1 Minute", "5 min read", a gallery's "24 Bilder", "15 photos"), a line
# opening with "Updated", "Stand" and the like in the languages of the marker rules.
_FURNITURE_RE = re.compile(
    r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:uhr|h)\b"
    r"|\b\d{1,2}\s*(?:[ap]\.?m\b\.?|uhr\b)"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[./]\d{1,2}(?:\.|\b)"
    r"|[|•·]"
    r"|\d\s*(?:min|minut|minuto|minuti|minuten|minutes?|minutos|std|hrs?|hours?)\b"
    r"|\d\s*(?:bilder|fotos?|foto's|photos?|pictures?|images?|imágenes|imagens|immagini"
    r"|beelden|afbeeldingen|zdjęć|zdjęcia)\b"
    r"|^\W*(?:updated|last updated|published|posted|aktualisiert|stand|veröffentlicht|mis à jour"
    r"|mise à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado"
    r"|bijgewerkt|gepubliceerd|zaktualizowano|aktualizacja|opublikowano)\b",
    re.IGNORECASE,
)


def missing_subtitle(
    headline: etree._Element | None,
    blocks: Sequence[str],
    names: Collection[str],
    title: str | None = None,
) -> str | None:
    """The subtitle under ``headline`` (see the module docstring) when the text (``blocks``)
    lacks it, to set over the text; None otherwise. ``names``: the author's names as the
    metadata gives them (a byline set there is no subtitle); ``title``: the headline's words
    as the page's metadata gives them, which tell a headline that sets its subtitle as its
    own second line (:func:`_second_line`)."""
    if headline is None:
        return None
    following = _after(headline)
    for line in (_line(following), _second_line(headline, title)):
        found = _subtitle(line, blocks, names) if line is not None else None
        if found is not None:
            return found
    return None


def _line(element: etree._Element | None) -> str | None:
    """The text of ``element`` (the element after the headline) when it is a line: set in
    one of :data:`_TAGS`, with no link, line break, picture or block inside."""
    if element is None or element.tag not in _TAGS:
        return None
    if next(element.iterdescendants(*_NOT_IN_LINE), None) is not None:
        return None
    return element_text(element)


def _subtitle(text: str, blocks: Sequence[str], names: Collection[str]) -> str | None:
    """``text`` when it reads as a subtitle (a line of words, no digit but in a sentence,
    :func:`_sentence_with_figures`; not the author's names) that the text lacks; None
    otherwise."""
    key = loose_key(text)
    if (
        len(text) > MAX_CHARS
        or len(text.split()) < MIN_WORDS
        or (_DIGIT_RE.search(text) and not _sentence_with_figures(text))
        or any(name and name in key for name in map(loose_key, names))
    ):
        return None
    compact = spaceless(text)
    if any(compact in spaceless(block) for block in blocks):
        return None
    return text


def _sentence_with_figures(text: str) -> bool:
    """Whether a line holding digits is a sentence that merely cites figures ("Fremont mom
    charged after powerful opioid kills son, 10 days shy of 2nd birthday", "Dem può contare su
    288 voti, Trump su 222"): :data:`FIGURES_MIN_WORDS` words or more, few of them with a
    digit, and none of the header's furniture (:data:`_FURNITURE_RE`: "Stand: 26.04.2024,
    20:44 Uhr", "08.03.2024, 18:59 Uhr • Lesezeit: 1 Minute", "Updated 2 hours ago"), no
    written date (:func:`_written_date`)."""
    words = text.split()
    figures = sum(1 for word in words if _DIGIT_RE.search(word))
    return (
        len(words) >= FIGURES_MIN_WORDS
        and figures * _WORDS_PER_FIGURE <= len(words)
        and _FURNITURE_RE.search(text) is None
        and not _written_date(words)
    )


def _written_date(words: Sequence[str]) -> bool:
    """Whether a figure stands beside a month's name ("12 March 2024", "März 12", "15 de
    marzo"): a date line, or a sentence too close to one to tell."""
    keys = [word.strip(".,;:()").casefold() for word in words]
    for place, key in enumerate(keys):
        if key not in MONTH_NAMES:
            continue
        beside = keys[max(place - 2, 0) : place] + keys[place + 1 : place + 2]
        if any(_DIGIT_RE.search(word) for word in beside):
            return True
    return False


def _second_line(headline: etree._Element, title: str | None) -> str | None:
    """The subtitle a headline sets as its own second line, after a ``<br>``
    (``<h1><strong>Headline.</strong><br>Subtitle.</h1>``), where the first line alone is the
    page's title: the page itself tells the two apart. A headline broken in two for the layout
    has neither half as its title, and stays one. Without class names, trafilatura starts at
    the body and leaves the whole heading out."""
    if not title or next(headline.iter("a"), None) is not None:
        return None
    parts = lines(headline)
    if len(parts) != 2 or loose_key(parts[0]) != loose_key(title):
        return None
    return parts[1]


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
