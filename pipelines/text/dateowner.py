"""Whose a date on the page is: the story's own, or another item's.

A page shows more dates than its story's: a reader's comment, a teaser's card linking another
story, a list of related items, a sidebar, an update's label. Before the date resolver
(:mod:`pipelines.text.published`) weighs a ``<time>`` or a line after the headline, this decides
whether it stands where the story's date stands: a dated element in another item, a comment or a
card, or labelled as the update, dates nothing (:func:`may_date_the_story`, :func:`time_elements`);
the text a reader meets after the headline leaves out other items, teasers and comments
(:func:`pieces_below`, :func:`elsewhere`); the days beside the headline are those of the part that
holds it, less other items' (:func:`days_near`).

Apart from the resolver and the readers of date lines because it asks where an element stands,
never what a date says: each of them asks it first.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from functools import partial

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import parse_timestamp
from pipelines.text.authors import author_page
from pipelines.text.dates import (
    DATE_LINE_CHARS,
    edition_days,
    labelled_update,
    shown_days,
    tidy_timestamp,
)
from pipelines.text.headline import shows_title
from pipelines.text.structured import (
    PageFacts,
    ancestors,
    collapse,
    link_key,
    nearest,
    text_after,
    url_key,
    visible_texts,
    within,
)

# The text nearest the headline that writes more days than this is a list (archive links, results,
# comments): no evidence for any one of them.
_SHOWN_LIMIT = 3


# How far up from the headline the day it shows is looked for.
SHOWN_LEVELS = 6


# A ``<time>``, or any element that states a ``datetime`` as one does: pages written before HTML5,
# or rewritten without its elements, keep the attribute on a ``<span>`` or ``<div>``. Not an
# ``<ins>`` or ``<del>``, whose ``datetime`` dates an edit of the text.
TIMES = etree.XPath(".//time | .//*[@datetime][not(self::ins or self::del)]")


# A heading below the page's headline that links elsewhere: a teaser's (its card holds its date).
_LINKED_HEADING = etree.XPath(
    "boolean(.//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][.//a[@href]])"
)


_LINKED_HEADINGS = etree.XPath(
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][.//a[@href]]"
)


# How far up from a date its teaser's card is looked for: the card's own block and the one holding
# it (a date and a heading each set in a wrapper of their own).
_CARD_LEVELS = 2


# A box whose text is longer than this is asked whether it holds a linked heading from the set
# of every such heading's ancestors, built once per page (:func:`_holds_linked_heading`).
_LARGE_BOX_CHARS = 20_000


# Per page, while its tree is in use (keyed by its root): whether it has a linked heading, and
# the ancestors of its linked headings but the root, a reference to which would keep the
# entry, and so every page's tree, alive.
_HOLDERS: weakref.WeakKeyDictionary[HtmlElement, tuple[bool, frozenset[HtmlElement]]] = (
    weakref.WeakKeyDictionary()
)


def _holds_linked_heading(box: HtmlElement, text: str) -> bool:
    """``_LINKED_HEADING(box)``, its page's ``text``. A search of a small box is cheap; in
    broken markup (a live blog's entries left open, each nested in the one before) every
    date's box holds the rest of the page, and searching it for each date cost time squared
    in the page's length (200 ms on 400 entries, benchmarks/worst_cost.py): there, the
    answer is read from the ancestors of the page's linked headings, found once."""
    if len(text) <= _LARGE_BOX_CHARS:
        return bool(_LINKED_HEADING(box))
    root = box.getroottree().getroot()
    known = _HOLDERS.get(root)
    if known is None:
        found: set[HtmlElement] = set()
        for heading in _LINKED_HEADINGS(root):
            for above in heading.iterancestors():
                if above in found:
                    break
                found.add(above)
        known = _HOLDERS[root] = bool(found), frozenset(found - {root})
    return known[0] if box is root else box in known[1]


def _longer_than(text: str, limit: int) -> bool:
    """``len(collapse(text)) > limit``, collapsing no more of a long text than it takes: the
    collapsed start of a text is the start of the collapsed text, never longer."""
    if len(text) <= limit:
        return False
    return len(collapse(text[: 4 * limit])) > limit or len(collapse(text)) > limit


class TimesNear:
    """The ``<time>`` elements that may date the story (:func:`time_elements`) in the
    ancestors of the headline, each ancestor read once a page.

    The date resolver asks for the nearest ones three times over the same ancestors: up to
    four levels for the ``time`` candidate and again for the text that labels it, up to
    :data:`SHOWN_LEVELS` for the clock the page shows beside its day. Each reading tests every
    ``<time>`` of the ancestor against the story's teasers, cards and comments
    (:func:`may_date_the_story`)."""

    __slots__ = ("_around", "_facts", "_found", "_headline")

    def __init__(
        self, headline: HtmlElement | None, facts: PageFacts, around: frozenset[HtmlElement]
    ) -> None:
        self._headline = headline
        self._facts = facts
        self._around = around
        self._found: dict[HtmlElement, list[HtmlElement]] = {}

    def _in(self, scope: HtmlElement) -> list[HtmlElement]:
        found = self._found.get(scope)
        if found is None:
            found = self._found[scope] = time_elements(scope, self._facts, self._around)
        return found

    def nearest(self, max_levels: int) -> list[HtmlElement]:
        """The elements of the closest ancestor, up to ``max_levels``, that holds any
        (:func:`structured.nearest`)."""
        return nearest(self._headline, self._in, max_levels)

    def first_shown(self, max_levels: int) -> list[str]:
        """The value the nearest one shows (:func:`_as_shown`), or none."""
        return [_as_shown(t) for t in self.nearest(max_levels)[:1]]


def time_elements(
    scope: HtmlElement, facts: PageFacts | None = None, around: frozenset[HtmlElement] = frozenset()
) -> list[HtmlElement]:
    """The ``<time>`` elements of ``scope`` that may date the story, not another item or its
    update."""
    return [
        t
        for t in TIMES(scope)
        if (t.get("datetime") or t.text) and may_date_the_story(t, facts, around)
    ]


def may_date_the_story(
    element: HtmlElement, facts: PageFacts | None, around: frozenset[HtmlElement]
) -> bool:
    """Whether a dated element may date the story: not in another item (a link, an aside, a
    list or a blockquote holds a teaser's or an embedded post's date; a teaser's card, a
    reader's comment) and not labelled as the story's update."""
    return (
        not within(element, ("a", "aside", "nav", "li", "blockquote"))
        and not _in_a_card(element, facts, around)
        and not _in_a_comment(element, around)
        and not _labelled_as_update(element)
    )


def _text_before(element: HtmlElement) -> str:
    """The text of the element's parent before it (the parent's text, earlier siblings)."""
    parent = element.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for child in parent:
        if child is element:
            break
        parts += [child.text_content(), child.tail or ""]
    return " ".join(parts)


# What a comment's header writes after its author's name, right before the comment's date:
# "Nicolai11 schrieb:", "Jane wrote:", "Jane says:", "Jeanne a écrit :", "Juan escribió:".
_WROTE = re.compile(
    r"\b(?:schrieb|sagt|wrote|says|said|a écrit|escribió|ha scritto|schreef|skrev|napisał)\s*:\s*$",
    re.IGNORECASE,
)


def _in_a_comment(time: HtmlElement, around: frozenset[HtmlElement]) -> bool:
    """Whether a date stands in a reader's comment: inside an element whose class or id names
    a comment ("ce_comments", "comment_default", "comment-list"), below the story's own part
    (``around``: the headline's ancestors, which a template may mark "comments-open"), or
    right after a commenter's "… schrieb:" / "… wrote:" in its own block (markup without
    classes).

    A comment's <time> after the body is the nearest to the headline where the story's date is
    set in no <time> ("<date>19.11.2012</date>"), and dates a later day.
    """
    if _after_a_commenter(time):
        return True
    for parent in time.iterancestors():
        if parent in around:
            return False
        if "comment" in f"{parent.get('class', '')} {parent.get('id', '')}".casefold():
            return True
    return False


def _in_a_card(time: HtmlElement, facts: PageFacts | None, around: frozenset[HtmlElement]) -> bool:
    """Whether a date stands in a teaser's card: beside a heading that links to another story
    (a rail of latest news, "17:35" over its linked <h2>), or in a short block, not the one of
    the headline (``around``: its ancestors), with a link to another story of the site
    (:func:`_to_another_story`; a related story's title set in a plain <div>). Pages without
    HTML5's markup, or with it rewritten as <div>s, set such a rail apart from the story by
    nothing else."""
    parents = ancestors(time, _CARD_LEVELS)
    texts = [parent.text_content() for parent in parents]
    if any(map(_holds_linked_heading, parents, texts)):
        return True
    if facts is None:
        return False
    host = _host(facts)
    for parent, text in zip(parents, texts, strict=True):
        if parent in around or _longer_than(text, _CARD_CHARS):
            return False
        if any(_to_another_story(link, facts, host) for link in parent.iter("a")):
            return True
    return False


def _as_shown(time: HtmlElement) -> str:
    """The ``<time>``'s value: its ``datetime``, or the text it shows where it has none.

    A ``datetime`` in UTC whose text shows the same clock ("2024-07-18T11:48:00Z" shown as
    "11:48, Thu, Jul 18, 2024", "Sun, 11 Oct 2020 08:34:36 GMT" shown as "11 de Outubro de
    2020, 8:34") is either a page that shows UTC or one that labels its own wall time as UTC;
    nothing tells which, so only its day is kept; where the text names UTC or GMT beside it
    ("2020-02-20 13:52:51 UTC") the page shows UTC, and the instant stands.
    """
    value = time.get("datetime")
    if not value:
        return collapse(time.text_content())
    stamp = parse_timestamp(tidy_timestamp(value.strip()))
    text = time.text_content()
    if (
        stamp is not None
        and stamp.precision != "day"
        and stamp.zone is not None
        and not stamp.zone.utcoffset(None)
        and re.search(rf"(?<!\d)0?{stamp.value.hour}[:.h]{stamp.value.minute:02d}(?!\d)", text)
        and not _SHOWN_UTC.search(text)
    ):
        return stamp.day
    return value


# A shown time that names its zone as UTC.
_SHOWN_UTC = re.compile(r"\b(?:UTC|GMT)\b")


def _labelled_as_update(time: HtmlElement) -> bool:
    """Whether a ``<time>`` is labelled as the story's update, in its own text ("Actualizado el
    25/05/2025 21:57 h", "| UPDATED: 11:50, Thu, Jul 18, 2024") or right before it
    ("<span>Aktualisiert:</span> <time>").

    Templates that print both dates often print only the update beside the headline, or the
    update first; its day may be the story's, its time is not.
    """
    if labelled_update(collapse(time.text_content())):
        return True
    previous = time.getprevious()
    parent = time.getparent()
    # A separator between the label and the time ("<span>Updated</span><span>|</span><time>")
    # leaves the label before it.
    while (
        previous is not None
        and SEPARATORS.fullmatch(previous.text_content())
        and not (previous.tail and previous.tail.strip())
    ):
        previous = previous.getprevious()
    if previous is not None:
        before = previous.tail if previous.tail and previous.tail.strip() else None
        before = before or previous.text_content()
    else:
        before = parent.text if parent is not None else None
    return bool(before) and labelled_update(collapse(before))


# A class that names a part of a block, as BEM writes it: the block's name, "_" or "__", the
# part's ("op-commentary__date", "ArticleHeader_publishDate").
_BEM_PART = re.compile(r"(?P<block>[^\W_][\w-]*?)__?[^\W_][\w-]*")


def headline_blocks(headline: HtmlElement | None) -> frozenset[str]:
    """The blocks the headline's own classes name it a part of (BEM), casefolded: those of the
    story's header (:func:`_a_part_of_the_headlines_block`)."""
    if headline is None:
        return frozenset()
    return frozenset(
        match["block"].casefold()
        for token in (headline.get("class") or "").split()
        if (match := _BEM_PART.fullmatch(token))
    )


def _a_part_of_the_headlines_block(element: HtmlElement, blocks: frozenset[str]) -> bool:
    """Whether each class of the element that names a comment names a part of a block the
    headline is a part of too (``blocks``: :func:`headline_blocks`).

    An opinion piece's template may name its header block for the genre ("commentary", the
    German "Comment"), and each of the header's parts after it: its date line
    ("op-commentary__date") is then marked like a reader's comment. The block that holds the
    story's headline is the story's; a reader's comment is a block of its own
    ("comment__meta")."""
    if not blocks:
        return False
    marks = [
        token
        for token in f"{element.get('class', '')} {element.get('id', '')}".split()
        if "comment" in token.casefold()
    ]
    return bool(marks) and all(
        (match := _BEM_PART.fullmatch(token)) is not None and match["block"].casefold() in blocks
        for token in marks
    )


def days_near(headline: HtmlElement | None, facts: PageFacts) -> set[str]:
    """The days written in the text closest to the headline, less those of other items inside
    that text (:func:`_another_item`), unless it lists many.

    The closest ancestor (up to :data:`SHOWN_LEVELS`) whose text writes a day is the part
    beside the headline; where all its days are other items' (a quoted post, a teaser), it
    gives nothing, and the search stops there: further up, the days are further still from the
    story.
    """
    if headline is None:
        return set()
    around = frozenset(headline.iterancestors())
    blocks = headline_blocks(headline)
    for scope in ancestors(headline, SHOWN_LEVELS):
        # The whole <body> is no longer beside the headline: a footer's or sidebar's day is not.
        if scope.tag in ("body", "html"):
            return set()
        # Text nodes joined with a space: a line break or a new element between a source's name
        # and its day ("News24<br>13 Jan 2020") must not glue them into one number ("News2413
        # Jan"). Most parts write no day: read in C first, without walking the elements. Past
        # :data:`_SHOWN_LIMIT` days the part is a list, however many more it writes: the search
        # stops there, other items' days or not (leaving them out only takes evidence away).
        text = " ".join(scope.itertext())
        days = shown_days(text, limit=_SHOWN_LIMIT)
        if days and _SCRIPTS(scope):
            # A script beside the headline holds days no reader sees (an ad's campaign dates,
            # "new Date('2018-06-08…')"): read the part again without it, only where it has one.
            text = " ".join(SHOWN_TEXT(scope))
            days = shown_days(text, limit=_SHOWN_LIMIT)
        if not days:
            continue
        if len(days) > _SHOWN_LIMIT:
            return set()
        others = [e for e in _OTHER_ITEMS(scope) if _another_item(e, around, blocks)]
        cards = _cards_in(scope, around, facts)
        if any(shown_days(" ".join(e.itertext())) for e in [*others, *cards]):
            skip = frozenset(cards)
            text = " ".join(visible_texts(scope, partial(_card_or_another, skip, around, blocks)))
            days = shown_days(text, limit=_SHOWN_LIMIT)
        # A print edition's day ("Ausgabe vom 26.04.2024") is the paper's, not the story's.
        return days - edition_days(text) if days else days
    return set()


LINKS = etree.XPath(".//a[@href]")


def _card_or_another(
    cards: frozenset[HtmlElement],
    around: frozenset[HtmlElement],
    blocks: frozenset[str],
    element: HtmlElement,
) -> bool:
    """Whether an element beside the headline is one of its teasers' ``cards`` or another item
    (:func:`_another_item`)."""
    return element in cards or _another_item(element, around, blocks)


def _cards_in(
    scope: HtmlElement, around: frozenset[HtmlElement], facts: PageFacts
) -> list[HtmlElement]:
    """The teasers' cards inside the part beside the headline: the largest block, up to
    :data:`_CARD_LEVELS` above a link with a headline's words to another page of the site
    (:func:`_a_teaser`), that stays short and does not hold the headline (``around``: its
    ancestors). A related story's date set beside its linked title in plain <div>s is that
    story's, no support for a guess that names it."""
    host = _host(facts)
    cards: list[HtmlElement] = []
    for link in LINKS(scope):
        if not _to_another_story(link, facts, host):
            continue
        card = None
        for parent in ancestors(link, _CARD_LEVELS):
            if parent is scope or parent in around:
                break
            if len(collapse(parent.text_content())) > _CARD_CHARS:
                break
            card = parent
        if card is not None:
            cards.append(card)
    return cards


# Elements whose text is code or hidden, not shown: looked for first, in C; most parts beside a
# headline hold none, and their text is then read whole by ``itertext``.
_SCRIPTS = etree.XPath(".//script | .//style | .//noscript | .//template")


SHOWN_TEXT = etree.XPath(
    ".//text()[not(parent::script or parent::style or parent::noscript or parent::template)]",
    smart_strings=False,
)


# The elements :func:`_another_item` may name, found by XPath in C: most parts beside a
# headline hold none of them, and their days are then read without walking the part in Python.
_OTHER_ITEMS = etree.XPath(
    ".//blockquote | .//article | .//time | .//*[@datetime]"
    " | .//*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'COMENT', 'coment'), 'comment')]"
)


# An <article> beside the headline with a link and no more text than this is a teaser's card
# (headline, standfirst, date), its white space collapsed; the story's own text set in an
# <article> of its own is longer.
_CARD_CHARS = 400


def _another_item(
    element: HtmlElement, around: frozenset[HtmlElement], blocks: frozenset[str] = frozenset()
) -> bool:
    """Whether an element beside the headline holds another item than the story: a short
    ``<article>`` with a link that does not hold the headline (``around``: its ancestors) is a
    teaser's card, a ``<blockquote>`` an embedded post (an Instagram post quoted in the story
    carries the day it was posted), an element marked as a comment a reader's, and so is a
    date right after a commenter's "… schrieb:" (:func:`_after_a_commenter`).

    Narrower than :func:`elsewhere`: templates set the story's own meta line (author, date,
    comments count) in an ``<aside>``, a ``<footer>`` or a ``<figure>`` beside the headline.
    """
    if element.tag == "blockquote":
        return True
    if element.tag == "article":
        return (
            element not in around
            and element.find(".//a") is not None
            and len(collapse(element.text_content())) <= _CARD_CHARS
        )
    marks = f"{element.get('class', '')} {element.get('id', '')}".casefold()
    if "comment" in marks and not _a_part_of_the_headlines_block(element, blocks):
        return True
    return _after_a_commenter(element)


def _after_a_commenter(element: HtmlElement) -> bool:
    """Whether a ``<time>`` (or an element with a ``datetime``) stands right after a
    commenter's "… schrieb:" / "… wrote:" in its own block (:data:`_WROTE`).

    Markup without classes sets a reader's comment apart by nothing else: the part around the
    headline then holds the story's date line and the comment's date side by side, and the
    comment's, a later day, would support the extractor's guess of it as much as the story's
    own ("19.11.2012" over the headline, "Nicolai11 schrieb: 05.11.2014 um 14:25 Uhr" below).
    """
    return (element.tag == "time" or element.get("datetime") is not None) and bool(
        _WROTE.search(_text_before(element))
    )


# Containers of other items' dates than the story's: navigation and asides of teasers, figures'
# captions, embedded posts, the footer. A link alone may hold the story's own date (a permalink).
_ITEMS_ELSEWHERE = frozenset({"nav", "aside", "footer", "figure", "blockquote"})


# How much text after the headline may stand before the story's date line: a standfirst, the
# authors and their roles, share buttons.
_DATELINE_REACH = 600


def elsewhere(element: HtmlElement, blocks: frozenset[str] = frozenset()) -> bool:
    """Whether the element holds another item than the story: a teaser, a comment.

    A list item that links somewhere is a teaser (it links to its story); one without a link is
    a line of the story's own meta list ("By Jane Doe · March 5, 2024 · 4 min read" set as <li>s).
    A figure is a picture's, unless its caption holds the story's byline
    (:func:`_the_storys_byline`). An element marked as a comment is a reader's, unless it is a
    part of a block the headline is a part of too (``blocks``: :func:`headline_blocks`).
    """
    tag = element.tag
    if tag in _ITEMS_ELSEWHERE:
        return not _the_storys_byline(element)
    if tag == "li" and element.find(".//a") is not None:
        return True
    # Each attribute on its own, not joined: this runs for every element of the story's text
    # walk, and most have neither (casefold maps each character alone, so no word spans both).
    classes = element.get("class")
    ident = element.get("id")
    marked = (bool(classes) and "comment" in classes.casefold()) or (
        bool(ident) and "comment" in ident.casefold()
    )
    return marked and not _a_part_of_the_headlines_block(element, blocks)


# The byline's mark inside the caption of a figure: <address>, which HTML defines as the contact
# of the nearest article's or the page's author.
_CAPTION_ADDRESS = etree.XPath("figcaption//address")


def _the_storys_byline(element: HtmlElement) -> bool:
    """Whether a <figure> is the story's opening picture with its byline set in the caption
    ("<figcaption>… <address>Von Jane Doe, Redakteurin</address> <time>09.09.2025, 09:58
    Uhr</time></figcaption>"): the author's <address> marks the story's own line, not another
    item's (a photo credit or an embedded post names no <address>)."""
    return element.tag == "figure" and bool(_CAPTION_ADDRESS(element))


def _the_storys_footer(element: HtmlElement, story: HtmlElement | None) -> bool:
    """Whether a <footer> is the story's own meta line: inside the <article> that holds its
    headline (``story``), with no <article> of its own between them, and no longer than a date
    line (:data:`dates.DATE_LINE_CHARS`). HTML defines a footer as its nearest article's, the
    place for who wrote it and when ("05.03.24 - 14:35 | Jane Doe" under the standfirst); the
    page's footer, a teaser's inside its own card, or a long footer of links and notices (a
    page set whole in one <article>) is not that line."""
    return (
        element.tag == "footer"
        and story is not None
        and next(element.iterancestors("article"), None) is story
        and len(collapse(element.text_content())) <= DATE_LINE_CHARS
    )


def _a_meta_box(element: HtmlElement) -> bool:
    """Whether an <aside> is the story's own meta box: no link and no longer than a date line
    (:data:`dates.DATE_LINE_CHARS`), as templates set the date and the author beside the body
    ("05.06.2025 um 14:46 von Jane Doe").

    An aside that is another item links to it (a teaser, a related story), and a box of facts
    or a quote runs longer than one line.
    """
    return (
        element.tag == "aside"
        and element.find(".//a") is None
        and len(collapse(element.text_content())) <= DATE_LINE_CHARS
    )


# Whether a page has an <aside> at all (the first is enough).
ASIDE = etree.XPath("(//aside)[1]", smart_strings=False)


# Every written date ends with a digit: a piece of text without one completes none.
DIGIT = re.compile(r"\d")


def pieces_below(
    heading: HtmlElement | None, title: str | None, facts: PageFacts, boxes: bool = False
) -> Iterator[str]:
    """The pieces of text a reader meets after the headline, up to where a date line may stand,
    less other items (:func:`elsewhere`, but for the story's own footer:
    :func:`_the_storys_footer`) and teasers' cards (:func:`_a_teaser`).

    Only after a heading that shows the title: a lone <h1> naming the site or a section is
    followed by the page's first teaser. ``boxes``: with the asides that are the story's meta
    box (:func:`_a_meta_box`), for the time beside a day found already.
    """
    if heading is None or not shows_title(heading, title):
        return
    host = _host(facts)
    plain: set[HtmlElement] = set()
    seen = 0
    story = next(heading.iterancestors("article"), None)
    blocks = headline_blocks(heading)

    def skipped(e: HtmlElement) -> bool:
        return (
            elsewhere(e, blocks)
            and not (boxes and _a_meta_box(e))
            and not _the_storys_footer(e, story)
        ) or _a_teaser(e, facts, host, plain)

    for piece in text_after(heading, skipped):
        piece = collapse(piece)
        if not piece:
            continue
        yield piece
        seen += len(piece) + 1  # and the space that parts it from the piece before
        if seen > _DATELINE_REACH:
            return


# A link whose text has this many words at least reads as a story's headline; an author's name,
# a section, a tag, a topic ("Сюжет: Выборы президента Белоруссии 2020") or a share button is
# shorter.
HEADLINE_WORDS = 6


def _a_teaser(element: HtmlElement, facts: PageFacts, host: str, plain: set[HtmlElement]) -> bool:
    """Whether an element after the headline is a teaser's card: short (:data:`_CARD_CHARS`)
    and holding a link, with a headline's words (:data:`HEADLINE_WORDS`), to another page of
    the same site ("Mehr zum Thema" and a related story with its date, set in plain <div>s).

    Its date is the related story's. A byline's links name authors (two or three words), a
    share button's go to another site, a permalink or a comments anchor to the page itself.
    ``plain`` collects the elements found short and no card: nothing inside one is a card
    either (its links are theirs), and the walk asks for a parent before its children.
    """
    parent = element.getparent()
    if parent is not None and parent in plain:
        plain.add(element)
        return False
    if element.tag == "a" or element.find(".//a") is None:
        plain.add(element)
        return False
    length = 0
    for text in element.itertext():
        length += len(text)
        if length > _CARD_CHARS:
            return False
    if any(_to_another_story(link, facts, host) for link in element.iter("a")):
        return True
    plain.add(element)
    return False


def _host(facts: PageFacts) -> str:
    """The page's host as :func:`_to_another_story` compares it: the first part of its
    :func:`url_key`, read once per question rather than once per link."""
    return url_key(facts.url).split("/", 1)[0]


def _to_another_story(link: HtmlElement, facts: PageFacts, host: str) -> bool:
    """Whether a link leads to another story of the site: its text has a headline's words
    (:data:`HEADLINE_WORDS`), it goes to a page of the same ``host`` that is neither this one
    nor an author's page (an agency's or a desk's name has as many words: "Metric Media News
    Service")."""
    href = link.get("href")
    if not href or author_page(href) or len(link.text_content().split()) < HEADLINE_WORDS:
        return False
    key = link_key(facts.url, href)
    return key.split("/", 1)[0] == host and key not in facts.identities


# A piece of nothing but separators ("|", "·", ":"): it parts a label from its date.
SEPARATORS = re.compile(r"[\W_]*")
