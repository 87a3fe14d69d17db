"""Where a page says its story was written: the evidence that tells a dateline from a person.

"Jane Doe, Berlin" credits one reporter and her dateline, not two people, where the page states
that place (its article entity's and meta tags' places) or its text opens with it as a dateline
("BERLIN (dpa) –"). :class:`Places` holds that evidence for one page; the resolver
(:mod:`pipelines.text.metadata`) hands it to :func:`names.name_parts`, which asks it when a credit
names something after a name.

Apart from the byline finders (:mod:`pipelines.text.authors` and its siblings) because it finds no
credit: it reads the page's places, which only the reading of a credit into names needs.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.names import DIGIT, PARTICLES, WHEN_LABEL_AFTER, form_words
from pipelines.text.structured import ancestors, collapse

# The properties and meta tags in which a page states where its story was written: schema.org's
# article location and dateline, the geo and Dublin Core vocabularies, Open Graph's locality.
_PLACE_PROPERTIES = ("contentLocation", "locationCreated", "dateline")


_PLACE_META = ("geo.placename", "og:locality", "dcterms.spatial", "dc.coverage.spatial")


# What follows the place of a dateline opening a paragraph of the story: an agency in brackets, a
# date after a comma, a dash or a full stop: "BERLIN (dpa) - ", "NEW YORK, May 3 (Reuters) - ",
# "WASHINGTON, May 3 — ", "Berlin - ", "Berlin. " (German regional papers).
_AFTER_PLACE = (
    r"(?:\s*\([^()\n]{1,30}\)\s*[–—:-]|,\s[^\n()–—]{0,25}\d[^\n()–—]{0,10}"
    r"(?:\([^()\n]{1,30}\))?\s*[–—-]|\s*[–—-]|\.)\s"
)


# The place is a few words; whether each is capitalised is tested after (:func:`_place_words`).
_TEXT_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){{0,3}}?){_AFTER_PLACE}"
)


# The same in capitals anywhere on the page ("BERLIN –" before a paragraph the extractor left
# out): no colon after the place alone, which is how transcripts label a speaker ("JANE DOE:").
_CAPITALS_DATELINE = re.compile(_AFTER_PLACE)


# Lower-case words inside a place's name: "Frankfurt am Main", "Rio de Janeiro".
_PLACE_PARTICLES = PARTICLES | {"am", "an", "im", "upon", "on", "sur", "sul", "nad", "na"}


# Elements of the page marked as the story's dateline.
_DATELINE_ELEMENTS = etree.XPath(
    # By their attributes: a third cheaper than testing each element's class.
    "//@class[contains(., 'ateline')]/.. | //@itemprop[. = 'dateline']/.."
)


_PAGE_TEXT = etree.XPath(
    "//body//text()[starts-with(normalize-space(.), $place)]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def _place_words(text: str) -> bool:
    """A place's form: capitalised words, lower-case particles between them, no digits."""
    words = text.split()
    return (
        bool(words)
        and not DIGIT.search(text)
        and all(
            w[0].isupper() or (0 < i < len(words) - 1 and w in _PLACE_PARTICLES)
            for i, w in enumerate(words)
        )
    )


def _stated_places(entity: dict[str, Any] | None, meta: dict[str, list[str]]) -> list[str]:
    """The places the page's article entity and meta tags (:data:`_PLACE_META`) state."""
    values: list[Any] = [v for name in _PLACE_META for v in meta.get(name, ())]
    for key in _PLACE_PROPERTIES if entity else ():
        value = entity.get(key) if entity else None
        values.extend(value if isinstance(value, list) else [value])
    out: list[str] = []
    for value in values:
        if isinstance(value, dict):
            address = value.get("address")
            locality = address.get("addressLocality") if isinstance(address, dict) else None
            value = [value.get("name"), locality]
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                out.extend(_place_parts(text))
    return out


def _place_parts(text: str) -> list[str]:
    """The parts of a stated place: "BEIRUT, Lebanon", "Berlin (dpa)" each name two."""
    return [p.strip() for p in re.split(r"[,;()/]", text) if p.strip()]


class Places:
    """Where the page says its story was written: the evidence that reads "Jane Doe, Berlin"
    as a reporter and her dateline, not as two people.

    A credit's part after the name is a place when the page states that place itself: the
    article's JSON-LD location or dateline (``entity``) and the geo meta tags (``meta``, see
    :func:`_stated_places`), a dateline opening one of the story's first paragraphs (``text``),
    an element marked as the dateline, or the words in capitals as a dateline anywhere on the
    page. Without such evidence the part stays a name: a one-word name after a full one is as
    often a second reporter or the truth's own form ("Jane Doe, Sweidah"). Read only when a
    credit has such a part, once for each, the page's tree only when the cheaper evidence does
    not tell.
    """

    def __init__(
        self,
        tree: HtmlElement | None = None,
        text: str | None = None,
        entity: dict[str, Any] | None = None,
        meta: dict[str, list[str]] | None = None,
    ) -> None:
        self._tree = tree
        self._text = text
        self._entity = entity
        self._meta = meta or {}
        self._keys: set[tuple[str, ...]] | None = None
        self._asked: dict[str, bool] = {}
        self._walked = False

    def _read(self) -> set[tuple[str, ...]]:
        """The stated places and those of the datelines opening the story's first lines."""
        places = _stated_places(self._entity, self._meta)
        for line in (self._text or "").split("\n", 4)[:4]:
            line = line.strip()
            match = _TEXT_DATELINE.match(line)
            if match and WHEN_LABEL_AFTER.match(line, match.end("place")):
                # "John Plunkett. Updated November 3rd, 2023": a credit and the day the story
                # went up; a dateline's place opens the story's sentence.
                continue
            if match and _place_words(match.group("place")):
                places.append(match.group("place"))
        return {tuple(form_words(p)) for p in places} - {()}

    def _marked(self) -> set[tuple[str, ...]]:
        """The places that open the page's dateline elements ("BERLIN, May 3"); one that is
        an author's box too ("byline-dateline") opens with the reporter."""
        places = set()
        for element in _DATELINE_ELEMENTS(self._tree) if self._tree is not None else ():
            if _AUTHOR_BOX.search(element.get("class", "")):
                continue
            first = _place_parts(collapse(element.text_content()))[:1]
            if first and _place_words(first[0]):
                places.add(tuple(form_words(first[0])))
        return places

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name not in self._asked:
            self._asked[name] = self._says(name)
        return self._asked[name]

    def _says(self, name: str) -> bool:
        """Whether the page says ``name`` is a place, from the cheapest evidence on."""
        if self._keys is None:
            self._keys = self._read()
        key = tuple(form_words(name))
        if key in self._keys:
            return True
        if self._tree is None or not _place_words(name):
            return False
        if not self._walked:
            self._walked = True
            self._keys |= self._marked()
        if key in self._keys:
            return True
        capitals = name.upper()
        return any(
            _capitals_dateline(node, capitals) for node in _PAGE_TEXT(self._tree, place=capitals)
        )


# Class words of the boxes that present a reporter ("author-bio", "byline", "profile"): a name
# in capitals with a dash there opens a biography, not a dateline.
_AUTHOR_BOX = re.compile(r"uthor|utor|yline|writer|reporter|journalist|bio|profil", re.I)


# A dateline opens a paragraph of the story: this much running text follows it.
_DATELINE_PARAGRAPH = 40


def _capitals_dateline(node: Any, capitals: str) -> bool:
    """Whether a text node that opens with ``capitals`` is a dateline: the place, its dateline
    punctuation (in the node or just after its element: "<b>BERLIN</b> (dpa) –") and a
    paragraph after it, outside an author's box (which sets "JANE DOE – Reporter …" so)."""
    parent = node.getparent()
    if parent is None:
        return False
    block = parent if node.is_text else parent.getparent()
    rest = str(node).lstrip()[len(capitals) :]
    if not rest.strip() and node.is_text:
        rest, block = parent.tail or "", parent.getparent()
    if block is None or not _CAPITALS_DATELINE.match(rest):
        return False
    if any(_AUTHOR_BOX.search(e.get("class", "")) for e in (block, *ancestors(block, 3))):
        return False
    return len(collapse(block.text_content())) >= len(capitals) + _DATELINE_PARAGRAPH
