"""A related list's label that the line rules keep: "More on …:" over the site's links, and a
read-also label glued to its linked headline.

Two shapes of the same box, in de, en, fr, es, it, pt, nl and pl, that the line rules cannot
read without the page's structure:

- **A topic's label closed by a colon** over the site's other stories: "Mehr zu Konny Reimann
  und seiner Familie:", "More on the mayor and his family:", "Plus sur la réforme :", "Más
  sobre el juicio:", "Meer over de verkiezingen:", "Więcej o wyborach:". The same words open
  prose ("Mehr zu den Hintergründen erfahren Sie von der Sprecherin.", "More on that later:
  the council met …"), and a line closed by a colon announces what follows it, which may be the
  story's (a list, a quote: :mod:`pipelines.text.emphasisend` keeps such lines for that
  reason). So the label goes only where the page shows what it announces: the element right
  after it (the label's own, or that of the box the label alone fills) is a list whose every
  item is one link to another page of the site, or a paragraph that is one such link. The
  label is a line: at most :data:`LABEL_MAX_WORDS` words, and no sentence ends inside it. A
  list the text keeps is the story's own, and so is its label.
- **A read-also label glued to its headline**: "Lesen Sie auchDer Bürgermeister tritt zurück",
  "Read moreHow the storm hit the coast", "Auch interessant:Der Hafen bleibt zu". The page
  sets the label and the link side by side (``<strong>Lesen Sie auch</strong><a …>``) with no
  space, and the extraction reads them as one word; a label followed by a capital letter is
  no safe mark in languages that write nouns and headlines in capitals. The block goes when
  it is a teaser label of :mod:`pipelines.text.cleaning` (any of its languages) and then the
  whole text of one link to another page of the site, of a headline's length, closed by no
  full stop, and nothing else: a paragraph that goes on after the link is
  :func:`pipelines.text.structure.glued_teasers`'s, a link inside prose is the story's.

Measured on the text benchmark's tune set (datesB/tune) and dev half A (realpages/A,
datesA/labelled, datesA/fresh-tune, metadev/A), as they are and under both plain markups, the
rule takes one must-drop line, the same in every mode: a German celebrity site's "Mehr zu …:"
label in bold italics over a list of three of its linked stories (tune leaks 2.2 % to 2.1 % as
they are, 3.2 % to 3.0 % under ``tags``, 5.4 % to 5.2 % under ``classes``), and no must-keep
snippet or expected body item. No page of these sets glues a read-also label to its headline
as the text reaches this rule: that shape is held by the unit tests alone. A label glued with a
colon ("Auch interessant:Der …") was taken before this rule on a hand-written page, by the
structure rule for a label over a linked headline (``linked_teaser``). About 0.05 ms of CPU
per page on the tune set.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text.cleaning import teaser_marker
from pipelines.text.linkedpara import LOOSE_CHARS, MAX_WORDS, other_page
from pipelines.text.page import HREF_MIN_WORDS, element_text

# A label is a line: a topic's name after its opening words, not a paragraph.
LABEL_MAX_WORDS = 12
# A glued label and its headline fit on a line (the line rules' bound for a label with its
# headline is 250 characters).
GLUED_MAX_CHARS = 250
# "More on …:" in the eight languages: the words that open a related list's label, then
# the topic, then the colon that closes the line.
_COLON_LABEL_RE = re.compile(
    r"^(?:"
    # de
    r"mehr (?:zu[mr]?|über)|(?:weitere|mehr) (?:artikel|beiträge|nachrichten|meldungen|news"
    r"|infos|informationen|geschichten|themen) (?:zu[mr]?|über)|alles (?:zu[mr]?|über)"
    r"|lesen sie mehr (?:zu[mr]?|über)"
    # en
    r"|(?:read )?more (?:(?:news|stories|articles|coverage) )?(?:on|about)"
    # fr
    r"|(?:lire |en savoir )?plus (?:sur|à propos)|(?:plus d'|d'autres )(?:articles"
    r"|infos|informations|actualités) sur|tout sur|toute l'actualité sur|nos articles sur"
    # es
    r"|(?:lee |lea )?más (?:(?:noticias|artículos|información) )?sobre|todo sobre"
    # it
    r"|(?:di )?più su|altro su|(?:altre notizie|altri articoli) su|leggi (?:di più|altro) su"
    r"|tutto su"
    # pt
    r"|(?:leia |saiba )?mais (?:(?:notícias|matérias|artigos) )?sobre|(?:outras notícias"
    r"|outros artigos) sobre|tudo sobre"
    # nl
    r"|(?:lees )?meer (?:(?:nieuws|artikelen|verhalen) )?over|alles over"
    # pl
    r"|(?:czytaj )?więcej (?:o|na temat|(?:informacji|artykułów|wiadomości|tekstów) o)"
    r"|wszystko o"
    r")\s\S[^:]*\s?:$",
    re.IGNORECASE,
)
# A sentence's close inside the line: the label is none.
_SENTENCE_INSIDE_RE = re.compile(r"[.!?…]\s")
# The separators between a glued label and its headline ("Auch interessant:Der …").
_SEPARATORS = " :|–-—»>"
_LISTS = frozenset({"ul", "ol"})
_PARAGRAPH_TAGS = frozenset({"p", "div"})


def _one_link(element: etree._Element, url: str) -> str | None:
    """The text of the one link that is all of ``element``'s text (but :data:`LOOSE_CHARS`
    characters: a bullet, an arrow), when it leads to another page of the site of ``url``."""
    anchors = [(a, text) for a in element.iter("a") if (text := element_text(a))]
    if len(anchors) != 1:
        return None
    anchor, linked = anchors[0]
    if len(element_text(element)) - len(linked) > LOOSE_CHARS:
        return None
    return linked if other_page(anchor.get("href") or "", url) else None


def _next_element(element: etree._Element) -> etree._Element | None:
    """The element the page sets right after ``element`` (past comments), or after the box that
    ``element``'s text alone fills."""
    text = element_text(element)
    while element is not None:
        following = element.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None:
            return following
        parent = element.getparent()
        if parent is None or element_text(parent) != text:
            return None
        element = parent
    return None


def _site_links(element: etree._Element, url: str) -> bool:
    """Whether ``element`` shows nothing but links to the site's other pages: a list whose
    every item is one, or a paragraph that is one."""
    if element.tag in _LISTS:
        items = list(element.iterchildren("li"))
        return bool(items) and all(_one_link(item, url) for item in items)
    return element.tag in _PARAGRAPH_TAGS and _one_link(element, url) is not None


def _colon_label(
    block: str, element: etree._Element | None, url: str, known: frozenset[etree._Element]
) -> bool:
    """Whether ``block`` is a topic's label closed by a colon ("Mehr zu …:") over the site's
    links, which the text holds nothing of (``known``: the elements of its blocks): a list the
    text keeps is the story's, and its label with it."""
    if element is None or len(block.split()) > LABEL_MAX_WORDS or not _COLON_LABEL_RE.match(block):
        return False
    if _SENTENCE_INSIDE_RE.search(block):
        return False
    following = _next_element(element)
    return (
        following is not None
        and _site_links(following, url)
        and not any(inner in known for inner in following.iter())
    )


def _glued_label(block: str, element: etree._Element | None, url: str) -> bool:
    """Whether ``block`` is a read-also label and, after it, the whole text of one link to the
    site's other pages, written as a headline."""
    if element is None or len(block) > GLUED_MAX_CHARS:
        return False
    anchors = [(a, text) for a in element.iter("a") if (text := element_text(a))]
    if len(anchors) != 1:
        return False
    anchor, headline = anchors[0]
    label = block.removesuffix(headline).rstrip(_SEPARATORS)
    return (
        block.endswith(headline)
        and bool(label)
        and HREF_MIN_WORDS <= len(headline.split()) <= MAX_WORDS
        and not headline.endswith(".")
        and teaser_marker(label)
        and other_page(anchor.get("href") or "", url)
    )


def related_labels(
    elements: Mapping[str, etree._Element], blocks: Sequence[str], url: str
) -> list[str]:
    """The blocks of ``blocks`` (the text after the line rules) that are a related list's label:
    "More on …:" over the site's links, or a read-also label glued to its linked headline.

    ``elements``: each block's element (:func:`pipelines.text.templates.block_elements`); a
    block no element holds alone is no such label. ``url``: the page's address, which tells the
    site's other pages from the page and from other sites."""
    out: list[str] = []
    known = frozenset(elements[b] for b in blocks if b in elements)
    for block in blocks:
        element = elements.get(block)
        if _colon_label(block, element, url, known) or _glued_label(block, element, url):
            out.append(block)
    return out
