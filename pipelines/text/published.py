"""When a story was published and last modified: the date resolver.

Candidates, strongest first: the JSON-LD entity describing this page, Open Graph / ``article:*``
meta tags, microdata, Dublin Core and other date meta tags, a ``<time>`` element near the
headline (and, where nothing is declared, the story's record in the page's script data:
:mod:`pipelines.text.scriptdata`), the feed or sitemap entry that listed the page, a date in the
URL, trafilatura's own answer, and the date line the page labels as its publication.
Consistency checks (:mod:`pipelines.text.dates`) throw out impossible dates; when strong
candidates disagree the date stays empty and ``conflicts`` names it: a missing date is better
than a wrong one.
trafilatura's date alone, which nothing independent supports, leaves it empty too (``weak``).

The extractor's guess needs support the page gives independently of it (:func:`_supported`:
the URL, the listing, a day shown beside the headline or first after it, the page's other
dates). A full date in the URL beats a guess where the page shows that day beside its headline
(:func:`_url_over_a_guess`). A date is refused (a conflict) where the page shows its readers an
earlier day and nothing independent vouches for the date (:func:`_shows_earlier`,
:func:`_shows_an_earlier_day`), where a line labelled as the publication names none of its days
(:func:`_contradicts`) or the date line under the headline an earlier one
(:func:`_line_contradicts`), except on a live blog, whose entries carry days of their own; a
day without a time that is the print edition's is dropped (:func:`_edition_near`).

Where nothing declared is left, the page's own lines are read, in order: the line it labels as its
publication, the day beside the headline inside the URL's month, the date line right under the
headline, one further down before the body, one right above it in its own block. A day found without
its time takes the time shown beside it by a date line, the story's meta box, the labelled line, the
date line right above the headline or the story's author's byline wherever it stands
(:func:`_clock_of_the_byline`), in a zone the page states for that day; else the instant a
``<time>`` beside the headline states, or the wall time shown in the zone of the page's language and
its domain's country (:mod:`pipelines.text.wallzone`), else in the offset the page's data states
that day (:func:`_wall_zone`); else the instant an attribute of the date line beside the headline
states where its text shows that instant's day and clock (:func:`_stated_and_shown`). A time in no
known zone is not read: the day stays. A reader's comment's ``<time>`` dates nothing
(:func:`_in_a_comment`), nor does its day beside the headline support a guess where no class marks
the comment (:func:`_after_a_commenter`). A declared instant is checked against the time the page
shows beside its day (:func:`_against_the_shown_time`): a time shown in a zone the page names is
taken over another declared moment (an update declared as the publication, a wall time declared in
UTC), a wall time no zone reconciles with the declared one leaves the day alone."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache, partial
from itertools import chain, islice
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import Stamp, parse_timestamp
from pipelines.text import liveblog
from pipelines.text.authors import author_page
from pipelines.text.dates import (
    DATE_LINE_CHARS,
    DATE_LINE_PIECES,
    Choice,
    Clock,
    Labelled,
    agency_dateline,
    apply_zone,
    choose,
    clock_beside,
    date_from_url,
    date_line,
    days_apart,
    edition_days,
    gap,
    in_month,
    labelled_dates,
    labelled_update,
    month_from_url,
    names_an_update,
    new_year,
    opens_with_its_date,
    paired_zone,
    plausible,
    possible_days,
    published_ago,
    shown_days,
    slug_day,
    tidy_timestamp,
    weekday_reading,
    written_date,
    written_with_slashes,
    zone_named_that_day,
)
from pipelines.text.headline import shows_title
from pipelines.text.structured import (
    PageFacts,
    ancestors,
    collapse,
    entity_text,
    link_key,
    nearest,
    text_after,
    url_key,
    visible_texts,
    webpage_entity,
    within,
)
from pipelines.text.wallzone import declared_zone, wall_offset, wall_time

# Two of the page's own strong dates further apart than this contradict each other.
PAGE_TOLERANCE = timedelta(hours=24)
# A feed or sitemap date and the page's may differ by this much (time zones, re-publication).
HINT_TOLERANCE = timedelta(hours=48)

_PUBLISHED_META = ("article:published_time", "og:published_time", "og:article:published_time")
_OTHER_DATE_META = (
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "sailthru.date",
    "parsely-pub-date",
    "datepublished",
    "article:published",
    "date.available",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "datemodified",
)

# The text nearest the headline that writes more days than this is a list (archive links, results,
# comments): no evidence for any one of them.
_SHOWN_LIMIT = 3
# How far up from the headline the day it shows is looked for.
_SHOWN_LEVELS = 6

# Origins of dates the page declares as metadata (beside them a listing's time is not preferred).
_DECLARED = frozenset({"jsonld", "meta", "microdata"})
# The declared origins and the story's record in the page's script data.
_DECLARED_OR_DATA = _DECLARED | {"script"}
# Origins of dates read at the top of the page, beside the headline, without a label.
_TOP_OF_THE_PAGE = frozenset({"time", "extractor", "text", "dateline"})


@dataclass
class Dates:
    """What :func:`resolve_dates` found: UTC ISO 8601 strings, where each came from, and the
    dates left empty because their candidates disagree (``conflicts``) or because their one
    candidate was a guess nothing supports (``weak``); ``refused`` names the published
    candidates so left out (kind, origin, value), for an audit of what a refusal costs."""

    published: str | None = None
    published_precision: str | None = None
    published_local_day: str | None = None  # the day in the page's own zone
    modified: str | None = None
    origin: dict[str, str] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    # Declared times left out for the time the page shows, and times read from an attribute
    # beside the day (counted as news/meta/<reason>).
    skipped: list[str] = field(default_factory=list)


def _refuse(meta: Dates, kind: str, *stamps: Stamp | None) -> None:
    """Leave the published date empty for ``kind`` ("conflict" or "weak"), noting the
    candidates it refuses."""
    (meta.conflicts if kind == "conflict" else meta.weak).append("published")
    meta.refused.extend((kind, s.origin, s.iso()) for s in stamps if s is not None)


# A ``<time>``, or any element that states a ``datetime`` as one does: pages written before HTML5,
# or rewritten without its elements, keep the attribute on a ``<span>`` or ``<div>``. Not an
# ``<ins>`` or ``<del>``, whose ``datetime`` dates an edit of the text.
_TIMES = etree.XPath(".//time | .//*[@datetime][not(self::ins or self::del)]")


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


def _times_in(
    scope: HtmlElement, facts: PageFacts | None = None, around: frozenset[HtmlElement] = frozenset()
) -> list[str]:
    return [_as_shown(t) for t in _time_elements(scope, facts, around)]


def _time_elements(
    scope: HtmlElement, facts: PageFacts | None = None, around: frozenset[HtmlElement] = frozenset()
) -> list[HtmlElement]:
    """The ``<time>`` elements of ``scope`` that may date the story, not another item or its
    update."""
    return [
        t
        for t in _TIMES(scope)
        if (t.get("datetime") or t.text) and _may_date_the_story(t, facts, around)
    ]


def _may_date_the_story(
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
        and _SEPARATORS.fullmatch(previous.text_content())
        and not (previous.tail and previous.tail.strip())
    ):
        previous = previous.getprevious()
    if previous is not None:
        before = previous.tail if previous.tail and previous.tail.strip() else None
        before = before or previous.text_content()
    else:
        before = parent.text if parent is not None else None
    return bool(before) and labelled_update(collapse(before))


# Reached through the attributes: a test on every element of the page costs four times as much.
_MICRODATA_DATES = etree.XPath(
    "//@itemprop[. = 'datePublished' or . = 'dateModified']/parent::*[not(self::meta)]"
)


def _microdata_dates(tree: HtmlElement) -> dict[str, str | None]:
    """itemprop datePublished / dateModified, each when the page states exactly one value
    (several: teasers carry their own, none of them is the page's)."""
    values: dict[str, set[str]] = {"datePublished": set(), "dateModified": set()}
    for element in _MICRODATA_DATES(tree):
        value = (
            element.get("datetime") or element.get("content") or collapse(element.text_content())
        )
        if value:
            values[element.get("itemprop")].add(value)
    return {k: next(iter(v)) if len(v) == 1 else None for k, v in values.items()}


def _stamps(values: list[tuple[str, str | None]]) -> list[Stamp]:
    out: list[Stamp] = []
    for origin, text in values:
        stamp = parse_timestamp(tidy_timestamp(text), origin) or written_date(text, origin)
        if stamp is not None:
            out.append(stamp)
    return out


def _without_updates(strong: list[Stamp], modified: list[Stamp]) -> list[Stamp]:
    """Strong dates, less those that are the page's modified time when they disagree.

    Some CMSs fill ``article:published_time`` with the last update: it then equals the declared
    ``dateModified`` to the second while JSON-LD's ``datePublished`` is earlier. When strong dates
    disagree, the ones that coincide with a stated modification are that update, not the story.
    """
    if not modified or all(gap(strong[0], s) <= PAGE_TOLERANCE for s in strong[1:]):
        return strong
    kept = [s for s in strong if not _an_update(s, modified)]
    return kept or strong


def _an_update(stamp: Stamp, modified: list[Stamp]) -> bool:
    """Whether the stamp is a stated modification time, to the minute."""
    return (
        stamp.aware
        and stamp.precision != "day"
        and any(
            m.aware and m.precision != "day" and abs(stamp.value - m.value) <= timedelta(minutes=1)
            for m in modified
        )
    )


def _days_near(headline: HtmlElement | None, facts: PageFacts) -> set[str]:
    """The days written in the text closest to the headline, less those of other items inside
    that text (:func:`_another_item`), unless it lists many.

    The closest ancestor (up to :data:`_SHOWN_LEVELS`) whose text writes a day is the part
    beside the headline; where all its days are other items' (a quoted post, a teaser), it
    gives nothing, and the search stops there: further up, the days are further still from the
    story.
    """
    if headline is None:
        return set()
    around = frozenset(headline.iterancestors())
    for scope in ancestors(headline, _SHOWN_LEVELS):
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
            text = " ".join(_SHOWN_TEXT(scope))
            days = shown_days(text, limit=_SHOWN_LIMIT)
        if not days:
            continue
        if len(days) > _SHOWN_LIMIT:
            return set()
        others = [e for e in _OTHER_ITEMS(scope) if _another_item(e, around)]
        cards = _cards_in(scope, around, facts)
        if any(shown_days(" ".join(e.itertext())) for e in [*others, *cards]):
            skip = frozenset(cards)
            text = " ".join(visible_texts(scope, partial(_card_or_another, skip, around)))
            days = shown_days(text, limit=_SHOWN_LIMIT)
        # A print edition's day ("Ausgabe vom 26.04.2024") is the paper's, not the story's.
        return days - edition_days(text) if days else days
    return set()


_LINKS = etree.XPath(".//a[@href]")


def _card_or_another(
    cards: frozenset[HtmlElement], around: frozenset[HtmlElement], element: HtmlElement
) -> bool:
    """Whether an element beside the headline is one of its teasers' ``cards`` or another item
    (:func:`_another_item`)."""
    return element in cards or _another_item(element, around)


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
    for link in _LINKS(scope):
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
_SHOWN_TEXT = etree.XPath(
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


def _another_item(element: HtmlElement, around: frozenset[HtmlElement]) -> bool:
    """Whether an element beside the headline holds another item than the story: a short
    ``<article>`` with a link that does not hold the headline (``around``: its ancestors) is a
    teaser's card, a ``<blockquote>`` an embedded post (an Instagram post quoted in the story
    carries the day it was posted), an element marked as a comment a reader's, and so is a
    date right after a commenter's "… schrieb:" (:func:`_after_a_commenter`).

    Narrower than :func:`_elsewhere`: templates set the story's own meta line (author, date,
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
    return "comment" in marks or _after_a_commenter(element)


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


def _elsewhere(element: HtmlElement) -> bool:
    """Whether the element holds another item than the story: a teaser, a comment.

    A list item that links somewhere is a teaser (it links to its story); one without a link is
    a line of the story's own meta list ("By Jane Doe · March 5, 2024 · 4 min read" set as <li>s).
    A figure is a picture's, unless its caption holds the story's byline
    (:func:`_the_storys_byline`).
    """
    tag = element.tag
    if tag in _ITEMS_ELSEWHERE:
        return not _the_storys_byline(element)
    if tag == "li" and element.find(".//a") is not None:
        return True
    # Each attribute on its own, not joined: this runs for every element of the story's text
    # walk, and most have neither (casefold maps each character alone, so no word spans both).
    classes = element.get("class")
    if classes and "comment" in classes.casefold():
        return True
    ident = element.get("id")
    return bool(ident) and "comment" in ident.casefold()


# The byline's mark inside the caption of a figure: <address>, which HTML defines as the contact
# of the nearest article's or the page's author.
_CAPTION_ADDRESS = etree.XPath("figcaption//address")


def _the_storys_byline(element: HtmlElement) -> bool:
    """Whether a <figure> is the story's opening picture with its byline set in the caption
    ("<figcaption>… <address>Von Jane Doe, Redakteurin</address> <time>09.09.2025, 09:58
    Uhr</time></figcaption>"): the author's <address> marks the story's own line, not another
    item's (a photo credit or an embedded post names no <address>)."""
    return element.tag == "figure" and bool(_CAPTION_ADDRESS(element))


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
_ASIDE = etree.XPath("(//aside)[1]", smart_strings=False)


# Every written date ends with a digit: a piece of text without one completes none.
_DIGIT = re.compile(r"\d")


def _pieces_after(
    heading: HtmlElement | None, title: str | None, facts: PageFacts, boxes: bool = False
) -> Iterator[str]:
    """The pieces of text a reader meets after the headline, up to where a date line may stand,
    less other items (:func:`_elsewhere`) and teasers' cards (:func:`_a_teaser`).

    Only after a heading that shows the title: a lone <h1> naming the site or a section is
    followed by the page's first teaser. ``boxes``: with the asides that are the story's meta
    box (:func:`_a_meta_box`), for the time beside a day found already.
    """
    if heading is None or not shows_title(heading, title):
        return
    host = _host(facts)
    plain: set[HtmlElement] = set()
    seen = 0

    def skipped(e: HtmlElement) -> bool:
        return (_elsewhere(e) and not (boxes and _a_meta_box(e))) or _a_teaser(
            e, facts, host, plain
        )

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
_HEADLINE_WORDS = 6


def _a_teaser(element: HtmlElement, facts: PageFacts, host: str, plain: set[HtmlElement]) -> bool:
    """Whether an element after the headline is a teaser's card: short (:data:`_CARD_CHARS`)
    and holding a link, with a headline's words (:data:`_HEADLINE_WORDS`), to another page of
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
    (:data:`_HEADLINE_WORDS`), it goes to a page of the same ``host`` that is neither this one
    nor an author's page (an agency's or a desk's name has as many words: "Metric Media News
    Service")."""
    href = link.get("href")
    if not href or author_page(href) or len(link.text_content().split()) < _HEADLINE_WORDS:
        return False
    key = link_key(facts.url, href)
    return key.split("/", 1)[0] == host and key not in facts.identities


def _dateline_days(pieces: Iterable[str]) -> set[str]:
    """The first date written after the headline (``pieces``: :func:`_pieces_after`), in each
    reading its form allows.

    Article templates put the date line between the headline and the body (headline, standfirst,
    byline and date, then the text), so the first date a reader meets after the headline is the
    story's, even where the part of the page around the headline writes many more (comments'
    dates, a body that cites days) and :func:`_days_near` gives nothing. Evidence for a guess
    only: alone it is another item's date too often. A first date that a short line (with the
    piece before it, across separators) says is of something else, an update, a print edition
    or a copyright (:func:`_dates_another_thing`), supports nothing: an extractor reads such a
    line as readily as the story's.
    """
    text = ""
    before = ""
    for piece in pieces:
        text = f"{text} {piece}"
        if _DIGIT.search(piece) is None:
            if not _SEPARATORS.fullmatch(piece):
                before = piece
            continue
        days = shown_days(text)
        if days:
            line = f"{before} {piece}" if len(before) <= DATE_LINE_CHARS else piece
            return set() if len(piece) <= DATE_LINE_CHARS and _dates_another_thing(line) else days
        before = piece
    return set()


def _agency_days(pieces: Iterable[str], years: Iterable[int]) -> set[str]:
    """The day the wire dateline opening the story's first lines writes without its year
    (``pieces``: :func:`_pieces_after`; "BERLIN, 3. März (dpa) -", :func:`dates.agency_dateline`),
    in each of ``years`` (the guesses' own): evidence for a guess of that day only.

    Wire copy keeps the agency's dateline as its first line, and pages that reprint it often
    declare no date and show none under the headline. The dateline's day is the place's: on the
    half of the dev pages the rules are tuned on it was the page's own day on 2 of the 4 pages
    that open so, and the day before on the others (filed in Washington or Moscow late in the
    evening), where it supports nothing, as the guess named the page's day.
    """
    for piece in pieces:
        found = agency_dateline(piece)
        if found is not None:
            month, day = found
            return {f"{year:04d}-{month:02d}-{day:02d}" for year in years}
    return set()


def _date_line_days(pieces: Iterable[str]) -> set[str]:
    """The days of the first short line after the headline (``pieces``: :func:`_pieces_after`)
    that writes a date (short and set in few pieces: :data:`dates.DATE_LINE_CHARS`,
    :data:`dates.DATE_LINE_PIECES`).

    Stricter than :func:`_dateline_days`: a date a sentence writes (a caption's "Geneva, March
    5, 2019", a standfirst recalling an event) comes before no date line, so the search stops at
    the first long piece of text that writes one; only a day set apart as a line counts, the
    way templates print the story's date between headline and body.
    """
    line: list[str] = []
    for piece in pieces:
        digits = _DIGIT.search(piece) is not None
        if len(piece) > DATE_LINE_CHARS:
            if digits and shown_days(piece):
                return set()
            line = []
            continue
        line = [*line[1 - DATE_LINE_PIECES :], piece]
        days = shown_days(" ".join(line)) if digits else set()
        if days:
            return days
    return set()


# A sentence ends with its stop after words; a date line ends with the date, a time, a name.
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}\W*[.!?]\s*$")


# A copyright notice: its date is the page's or a picture's, never the story's publication.
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
# A piece of nothing but separators ("|", "·", ":"): it parts a label from its date.
_SEPARATORS = re.compile(r"[\W_]*")


def _dates_another_thing(line: str) -> bool:
    """Whether a short line says its date is of something else than the story's publication: an
    update, named anywhere in it ("Updated | 08:47, 3 NOV 2023", "05.03.2024 (aktualisiert)",
    "Letzte Aktualisierung"), a print edition ("Print edition | 26 February 2024"), a copyright
    ("© 05.03.2024 Example News")."""
    return names_an_update(line) or bool(edition_days(line)) or _COPYRIGHT.search(line) is not None


def _one_day(piece: str, days: set[str]) -> str | None:
    """The one day a date line's ``piece`` names, ``days`` being its :func:`dates.shown_days`:
    the only one, or, for a date of numbers that reads two ways, the reading its form gives
    (:func:`dates.written_date`: dots, day first), else the one the weekday beside it falls on
    (:func:`dates.weekday_reading`); None where it names several or none."""
    if len(days) == 1:
        return next(iter(days))
    if not _two_readings(days):
        return None
    written = written_date(piece, "dateline")
    if written is None:
        return weekday_reading(piece, days)
    return written.day if written.day in days else None


def _other_reading(day: str) -> str:
    """The ISO ``day`` with its month and day swapped: the other reading of a date of numbers
    (2024-03-05 for 2024-05-03)."""
    return f"{day[:4]}-{day[8:]}-{day[5:7]}"


def _two_readings(days: set[str]) -> bool:
    """Whether the days are one date of numbers read day first and month first (05.03.2024)."""
    if len(days) != 2:
        return False
    one, other = sorted(days)
    return _other_reading(one) == other


def _line_under_headline(pieces: tuple[str, ...]) -> Stamp | None:
    """The day the line right under the headline writes (``pieces``: :func:`_pieces_after`),
    when it starts there, reads as one day and no other day follows it before the body.

    Templates without date metadata (blogs, small sites, wire pages) still print the story's
    date as the first line under its headline ("News24 · 13 Jan 2020, 22:11 GMT+10",
    "2020年07月12日", "By Jane Doe | 27.06.2018"). Only that line: the date must come within
    the first :data:`dates.DATE_LINE_PIECES` pieces and :data:`dates.DATE_LINE_CHARS`
    characters after the headline and open its piece (:func:`dates.opens_with_its_date`), not end a
    sentence, so a standfirst, a block of related videos or a forum poster's "Joined" line
    further down never gives it; the text up to where the body starts
    (:data:`_DATELINE_REACH`) may write no other day (a list of results, teasers' dates). On
    the half of the dev pages the rules are tuned on, such a line agreed with the page's true
    day on all 46 pages it was found on. A line labelled as an update dates no publication; a
    date that reads two ways names one day only where its form does (dots: day first) or the
    weekday the line writes beside it falls on one reading only ("Thursday, 05/11/2020").
    """
    line: list[str] = []
    for piece in pieces[:DATE_LINE_PIECES]:
        line.append(piece)
        text = " ".join(line)
        if len(text) > DATE_LINE_CHARS:
            return None
        digit = _DIGIT.search(piece)
        days = shown_days(text) if digit else set()
        if not days:
            continue
        if (
            # Before the date in its piece: trimmings, a weekday, a label ("Datum:",
            # "Published:"); another word says what the date is of ("Deadline:"), a longer
            # run of words ("Die Regierung hat am …") makes the piece a sentence.
            not opens_with_its_date(piece)
            or _SENTENCE_END.search(piece)
            or _dates_another_thing(text)
            or not shown_days(" ".join(pieces)) <= days
        ):
            return None
        if len(days) == 1:
            return Stamp(datetime.fromisoformat(days.pop()), "day", "dateline")
        if not _two_readings(days):
            return None
        written = written_date(text, "dateline")
        if written is None:
            day = weekday_reading(text, days)
            return Stamp(datetime.fromisoformat(day), "day", "dateline") if day else None
        return written if written.day in days else None
    return None


def _pieces_after_the_h1(
    heading: HtmlElement | None, title: str | None, facts: PageFacts
) -> tuple[str, ...]:
    """The pieces after the story's ``<h1>`` (``heading``) where the title chosen is not what it
    shows, if it reads as a headline; else none.

    The title may come from a tag that words the story otherwise (an ``og:title`` written as
    the URL's slug, "kindersitztest-herbst-2018", a tab title or a shorter SEO headline), and
    the date line is then looked for after no heading at all (:func:`_pieces_after` asks that
    the heading show the title, so that a lone ``<h1>`` naming the site or a section is not
    read as the story's). The ``<h1>`` the headline's search found anyway
    (:func:`headline.heading_of_title`: the page's one ``<h1>``, or its one long ``<h1>``
    among sections' names) is the story's headline where it is of a headline's length
    (:data:`_HEADLINE_WORDS` words at least) and links nowhere else: no site's or section's
    name. The date line after it (:func:`_line_under_headline`, :func:`_date_lines_between`,
    with all their checks) is the story's.
    """
    if heading is None or heading.tag != "h1":
        return ()
    shown = collapse(heading.text_content())
    if (
        shows_title(heading, title)
        or len(shown.split()) < _HEADLINE_WORDS
        or _links_away(heading, facts)
    ):
        return ()
    return tuple(_pieces_after(heading, shown, facts))


# The last word of a piece that leaves its sentence open for a date to end it ("berichtet: BR24 im
# Radio am" + "26.08.2024"): a short word in lower case after a space, a preposition or an
# article (scripts without cases or spaces between words have none).
_OPEN_END = re.compile(r"(?:^|\s)([^\W\d_]{1,3})\s*$")


def _leaves_open(piece: str) -> bool:
    """Whether the piece ends with a word that leaves its sentence open (:data:`_OPEN_END`)."""
    end = _OPEN_END.search(piece)
    return end is not None and end[1].islower()


def _links_away(heading: HtmlElement | None, facts: PageFacts) -> bool:
    """Whether the heading is a link to another page, all of its text: a site's logo set as its
    <h1> ("<h1><a href="/">Example Site</a></h1>"), which the page's first teaser follows, not
    the story's date line. A headline linking to the story itself is the story's."""
    if heading is None:
        return False
    links = heading.findall(".//a[@href]")
    if not links or collapse(heading.text_content()) != collapse(
        " ".join(a.text_content() for a in links)
    ):
        return False
    return all(link_key(facts.url, a.get("href", "")) not in facts.identities for a in links)


# How far up from the headline a date line above it is looked for: the headline's own block and
# the one holding it (a list of the story's type and date set beside the <h1> in its header).
_ABOVE_LEVELS = 2
# A block right above the headline with this many links or fewer, in no <nav>, is its story's
# breadcrumb or section, set on the date line's left ("Kinh doanh | Vĩ mô  Thứ năm, 2/11/2023").
_CRUMB_LINKS = 4
# The boundaries of the page: a line beside the headline only in them is the masthead's.
_PAGE_LEVELS = frozenset({"body", "html"})


def _pieces_before(heading: HtmlElement) -> list[str]:
    """The pieces of text right above the headline, closest first, inside the headline's block
    and the one holding it (:data:`_ABOVE_LEVELS`), up to :data:`dates.DATE_LINE_CHARS`
    characters, less other items (:func:`_elsewhere`); they stop at the first link.

    A link above the headline is the site's navigation, a section's or a teaser's: a date
    beyond it is the masthead's "today" or another story's, not the story's own line. Where the
    block right before the headline sets the story's breadcrumb and its date line in one box
    ("<a>Kinh doanh</a> <a>Vĩ mô</a> Thứ năm, 2/11/2023"; :func:`_crumbs`), the pieces after
    its last link are read, and the search stops there.
    """
    pieces: list[str] = []
    seen = 0
    element = heading
    for level in range(_ABOVE_LEVELS):
        parent = element.getparent()
        if parent is None or parent.tag in _PAGE_LEVELS:
            break
        for sibling in element.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag == "a":
                return pieces
            links = _LINKS(sibling)
            if links and not (level == 0 and _crumbs(sibling, links)):
                return pieces
            texts = (
                _texts_after(links[-1], sibling) if links else visible_texts(sibling, _elsewhere)
            )
            for piece in reversed(list(texts)):
                piece = collapse(piece)
                if not piece:
                    continue
                pieces.append(piece)
                seen += len(piece) + 1
                if seen > DATE_LINE_CHARS:
                    return pieces
            if links:
                return pieces
        if collapse(parent.text):
            pieces.append(collapse(parent.text))
        element = parent
    return pieces


def _crumbs(box: HtmlElement, links: list[HtmlElement]) -> bool:
    """Whether the links of a block right above the headline are its story's breadcrumb or
    section: a few, in no ``<nav>`` (the site's navigation), each a section's name, shorter than
    a headline (a teaser's link to another story, :func:`_to_another_story`)."""
    return (
        len(links) <= _CRUMB_LINKS
        and next(box.iter("nav"), None) is None
        and all(len(link.text_content().split()) < _HEADLINE_WORDS for link in links)
    )


def _texts_after(link: HtmlElement, box: HtmlElement) -> list[str]:
    """The visible text pieces of ``box`` after its last ``link``, in reading order (less other
    items, :func:`_elsewhere`), and the box's tail."""
    pieces = [link.tail] if link.tail else []
    node = link
    while node is not box:
        for sibling in node.itersiblings():
            pieces.extend(visible_texts(sibling, _elsewhere))
        parent = node.getparent()
        if parent is None:
            break
        node = parent
        if node is not box and node.tail:
            pieces.append(node.tail)
    if box.tail:
        pieces.append(box.tail)
    return pieces


def _line_above_headline(heading: HtmlElement, after: tuple[str, ...]) -> Stamp | None:
    """The day the date line right above the headline writes, inside the story's own block
    (:func:`_pieces_before`), where the text under the headline (``after``:
    :func:`_pieces_after`) writes no other day.

    Magazine and journal templates print the story's type and date above the headline ("NEWS
    FEATURE | 03 November 2025"), in a list the rules for ``<time>`` pass over as a teaser's.
    A masthead's date of the day the page was served stands above the headline too, but
    beyond the site's navigation, whose links end the search; the line must open with its date
    (:func:`dates.opens_with_its_date`), end no sentence, name one day and be no update.
    """
    piece = _date_line_above(_pieces_before(heading))
    if piece is None:
        return None
    day = _one_day(piece, shown_days(piece))
    if day is None or shown_days(" ".join(after)) - {day}:
        return None
    return Stamp(datetime.fromisoformat(day), "day", "dateline")


def _date_line_above(above: list[str]) -> str | None:
    """The first of the pieces above the headline (:func:`_pieces_before`, closest first) that
    writes a day, where it reads as the story's date line: it opens with its date, ends no
    sentence, dates no other thing and is no update (nor labelled as one by the piece before);
    None where the first such piece is not one."""
    for index, piece in enumerate(above):
        if _DIGIT.search(piece) is None or not shown_days(piece):
            continue
        before = next((p for p in above[index + 1 :] if not _SEPARATORS.fullmatch(p)), "")
        if (
            not opens_with_its_date(piece)
            or _SENTENCE_END.search(piece)
            or _dates_another_thing(piece)
            or labelled_update(piece)
            or (before and labelled_update(before))
        ):
            return None
        return piece
    return None


def _clock_above_headline(
    day: str, heading: HtmlElement | None, title: str | None, facts: PageFacts
) -> Clock | None:
    """The time of day the date line right above the headline (:func:`_date_line_above`)
    shows beside ``day`` ("Thứ năm, 2/11/2023, 19:20 (GMT+7)", "2020. 06. 04. 11:27"), where no
    line after the headline, no meta box and no labelled line shows one; read only above a
    heading that shows the title and links nowhere, as the day of that line is
    (:func:`_line_above_headline`)."""
    if heading is None or not shows_title(heading, title) or _links_away(heading, facts):
        return None
    line = _date_line_above(_pieces_before(heading))
    return clock_beside(line, day) if line is not None else None


def _with_piece_before(pieces: Sequence[str]) -> Iterator[tuple[int, str, str]]:
    """Each piece with its index and the last piece before it that is no separator ("" at the
    start): a separator between a label and its date ("Updated" "|" "08:47, 3 NOV 2023")
    leaves the label as the piece before the date."""
    previous = ""
    for index, piece in enumerate(pieces):
        yield index, piece, previous
        if not _SEPARATORS.fullmatch(piece):
            previous = piece


def _date_lines_between(pieces: tuple[str, ...]) -> Stamp | None:
    """The one day the date lines between the headline and the body write (``pieces``:
    :func:`_pieces_after`), where no line right under the headline gives it.

    Templates set the date below the standfirst and the authors ("Von | Jane Doe | , Redakteur |
    09.09.2025, 09:58 Uhr", "By | Jane Doe | 08:44, 3 NOV 2023"), further than the first
    pieces :func:`_line_under_headline` reads; without declared data, <time> or class names
    it is the only date a reader is given. A date line is a short piece that opens with its date
    (:func:`dates.opens_with_its_date`), does not end a sentence, does not finish the sentence
    of the piece before it ("… im Radio am" + "26.08.2024") and is not labelled as an update
    (in itself or by the piece before: "Updated | 08:47, 3 NOV 2023"). Every such line up to
    where the body starts must name the same one day (a sentence's date finishing a piece names
    no other); a date inside a longer piece is what a sentence tells about, not a line, and is
    passed over.
    """
    day: str | None = None
    others: set[str] = set()  # days of the pieces that finish a sentence: no line, no other day
    for _, piece, before in _with_piece_before(pieces):
        if len(piece) > DATE_LINE_CHARS or _DIGIT.search(piece) is None:
            continue
        if (
            not opens_with_its_date(piece)
            or _SENTENCE_END.search(piece)
            or _dates_another_thing(piece)
            or (before and labelled_update(before))
            or (len(before) <= DATE_LINE_CHARS and _dates_another_thing(f"{before} {piece}"))
        ):
            continue
        if before and _leaves_open(before):
            others |= shown_days(piece)
            continue
        one = _one_day(piece, shown_days(piece))
        if one is None or (day is not None and one != day):
            return None
        day = one
    if day is None or others - {day}:
        return None
    return Stamp(datetime.fromisoformat(day), "day", "dateline")


def _clock_of_the_day(day: str, pieces: tuple[str, ...]) -> Clock | None:
    """The time of day the date line after the headline (``pieces``: :func:`_pieces_after`)
    shows beside ``day`` (:func:`dates.clock_beside`), where the resolver found that day
    without its time (the extractor's day, a day-only <time>, a date line's day).

    A date line is a short piece, with the pieces that follow it as far as a line is long
    ("05.06.2025" "um 14:46"; a separator between them counts as no piece:
    :func:`_line_pieces`), not labelled as an update by the piece before it. The first line
    that writes a date decides: when it writes another day, or this day without a time, the
    time is not looked for further down, where a sentence of the body may name an event's.
    """
    for index, piece, before in _with_piece_before(pieces):
        if len(piece) > DATE_LINE_CHARS or _DIGIT.search(piece) is None:
            continue
        line = date_line(piece, _line_pieces(pieces, index + 1))
        if not shown_days(line):
            continue
        if (
            _SENTENCE_END.search(piece)
            or (before and labelled_update(before))
            or edition_days(line)
            or _COPYRIGHT.search(line)
        ):
            return None
        clock = clock_beside(line, day)
        if clock is None or clock.zone is not None:
            return clock
        return _in_the_zone_named_later(clock, day, piece, pieces[index + 1 :])
    return None


def _line_pieces(pieces: Sequence[str], start: int) -> list[str]:
    """The pieces from ``start`` that a date line may go on with: as many as
    :data:`dates.DATE_LINE_PIECES` allows after its first, a bare separator between them ("|",
    "·") counted as none. "November 9, 2023 3:02am EST" "|" "Updated" "November 9, 2023
    3:18am EST" is one line that labels its second time as the update's; cut after "Updated"
    it would call the first one the update's."""
    following: list[str] = []
    count = 0
    for piece in islice(pieces, start, None):
        if count == DATE_LINE_PIECES - 1:
            break
        following.append(piece)
        if not _SEPARATORS.fullmatch(piece):
            count += 1
    return following


def _in_the_zone_named_later(clock: Clock, day: str, piece: str, following: Sequence[str]) -> Clock:
    """The clock in the zone its date line names beside a later time of the same day
    (:func:`dates.zone_named_that_day`: "15 oct 2024 - 08:22" "Actualizado:" "15 oct 2024 -
    17:38" "CEST"), else as it is (a wall time of no zone).

    The line is read one piece further than the clock's own (:data:`dates.DATE_LINE_PIECES`):
    the zone closes the line, after the update's date and time, each in a piece of its own.
    """
    line = date_line(piece, following[:DATE_LINE_PIECES])
    zone = zone_named_that_day(line, day)
    return clock if zone is None else Clock(clock.hour, clock.minute, zone)


def _clock_of_the_meta_box(
    day: str, heading: HtmlElement | None, title: str | None, facts: PageFacts
) -> Clock | None:
    """The time of day the story's meta box shows beside ``day`` (:func:`_a_meta_box`: "05.06.2025
    um 14:46 von Jane Doe" in an <aside> beside the body), where no date line after the
    headline shows one.

    Asides are other items for every rule that finds a day; a short one without a link is the
    template's place for the story's date and author. Only its time is read here, beside the
    day found already, and only on a page that has an aside at all.
    """
    if heading is None or not _ASIDE(heading):
        return None
    return _clock_of_the_day(day, tuple(_pieces_after(heading, title, facts, boxes=True)))


def _clock_of_the_label(day: str, label: Stamp | None) -> Clock | None:
    """The time of day the line the page labels as its publication writes beside ``day``
    ("입력 2026.07.12 22:09", :func:`dates.labelled_dates`), where no date line after the
    headline shows one (a page where no heading shows the title, a line above the headline).

    A wall time, read only where the page states the zone elsewhere (the caller's test); the
    label names the publication, so an update's or a comment's time is never read here, and a
    line of another day gives nothing.
    """
    if label is None or label.precision != "minute" or label.aware or label.day != day:
        return None
    return Clock(label.value.hour, label.value.minute, None)


def _clock_of_the_byline(
    day: str, texts: Callable[[], Sequence[str]], authors: Sequence[str]
) -> Clock | None:
    """The one time of day the page's lines that name the story's author show beside ``day``,
    wherever they stand: a blog's byline at the story's end ("Von Christian am 03.05.2013, 11:51
    | 0 Meinungen", "Malte Welding | 29.07.2006 um 14:26", "Dieser Artikel wurde am 3. Mai 2013
    um 11:51 von Christian geschrieben"), which the lines read beside the headline do not reach.

    A time of the day anywhere on the page is no evidence (a teaser's, a comment's, a
    schedule's of that day: round 37's page-wide clock made held-out pages wrong); the story's
    author (``authors``: the names the resolver keeps) ties the line to the story as the day
    ties the time to it. A line is the piece that names the author (with the piece before it
    where the name stands alone) and the pieces after it, as far as a date line is long
    (:func:`dates.date_line`, :func:`_line_pieces`); not in another item (:func:`_elsewhere`),
    an update's, a copyright's or an edition's line. Two different times give none.
    ``texts``: reads the page's visible text less the other items (:func:`_story_texts`),
    only where an author's name is long enough to look for.
    """
    names = [name.casefold() for name in authors if len(name) >= _NAME_CHARS]
    if not names:
        return None
    pieces = tuple(piece for text in texts() if (piece := collapse(text)))
    clocks: set[Clock] = set()
    for index, piece, before in _with_piece_before(pieces):
        if len(piece) > DATE_LINE_CHARS or not any(name in piece.casefold() for name in names):
            continue
        # A name set apart from its line (a link to the author's page) opens no line of its
        # own: the piece before it may hold the date ("… am 3. Mai 2013 um 11:51 von" "Christian").
        alone = _DIGIT.search(piece) is None and len(before) <= DATE_LINE_CHARS
        opening = f"{before} {piece}" if alone else piece
        line = date_line(opening, _line_pieces(pieces, index + 1))
        if _dates_another_thing(line):
            continue
        clock = clock_beside(line, day)
        if clock is not None:
            clocks.add(clock)
    return clocks.pop() if len(clocks) == 1 else None


# A name shorter than this ("AP", "dpa") is found inside other words.
_NAME_CHARS = 4


def _with_its_clock(stamp: Stamp, clock: Clock, zone: timezone) -> Stamp:
    """The stamp's day at the clock's time in ``zone``, as a UTC instant of minute precision."""
    wall = wall_time(stamp.value.date(), clock.hour, clock.minute).replace(tzinfo=zone)
    return Stamp(wall.astimezone(UTC), "minute", stamp.origin, zone)


# A ``<time>`` whose text is a time of day alone ("5:00", "14:59 Uhr"), its day in its datetime.
_BARE_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*(?:uhr|h)\.?)?", re.IGNORECASE)
# The offsets a confirmed instant may be shown in: whole quarter hours, within the span of zones.
_QUARTER_HOUR = timedelta(minutes=15)


def _zone_offset(offset: timedelta) -> bool:
    """Whether a wall time ``offset`` off UTC may be a zone's reading of an instant: a whole
    number of quarter hours, within the span of zones."""
    return abs(offset) <= _LONGEST_OFFSET and not offset % _QUARTER_HOUR


@dataclass(frozen=True)
class Shown:
    """The time of day a ``<time>`` element shows on the story's day, and the instant its
    ``datetime`` states where the shown time is that instant's local reading (None: a wall
    time of no stated zone)."""

    clock: Clock
    instant: datetime | None


def _shown_by_the_time(element: HtmlElement, day: str) -> Shown | None:
    """What one ``<time>`` shows of ``day``, or None where it shows no time of that day.

    A ``datetime`` in UTC whose text shows another clock ("2025-09-09T12:55:06Z" shown as
    "09.09.2025, 14:55 Uhr") states the instant, and the text its reading in the site's zone, a
    whole number of quarter hours off; the same clock in both leaves open whether the page
    shows UTC or labels its wall time as UTC (:func:`_as_shown`), and an offset other than zero
    must be the one the text is read in. A ``datetime`` without an offset, or none, with the
    same clock shown, is a wall time. A time of day alone ("5:00") takes its day from the
    ``datetime``; without one it is no time of any known day.
    """
    text = collapse(element.text_content())
    value = element.get("datetime")
    stamp = parse_timestamp(tidy_timestamp(value)) if value else None
    if stamp is not None and (stamp.precision == "day" or not stamp.aware) and stamp.day != day:
        return None
    bare = _BARE_CLOCK.fullmatch(text)
    if bare is not None and stamp is not None:
        clock: Clock | None = Clock(int(bare[1]), int(bare[2]), None)
    else:
        clock = clock_beside(text, day)
    if clock is None or clock.zone is not None or clock.offsets:
        return None
    if stamp is None or stamp.precision == "day":
        return Shown(clock, None)
    if not stamp.aware:
        same = (stamp.value.hour, stamp.value.minute) == (clock.hour, clock.minute)
        return Shown(clock, None) if same else None
    wall = wall_time(date.fromisoformat(day), clock.hour, clock.minute)
    offset = wall - stamp.value.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    stated = stamp.zone.utcoffset(None) if stamp.zone is not None else None
    if not offset or not _zone_offset(offset):
        return None
    if stated and stated != offset:
        return None
    return Shown(clock, stamp.value.astimezone(timezone(offset)))


def _shown_times(
    day: str, headline: HtmlElement | None, facts: PageFacts, around: frozenset[HtmlElement]
) -> list[Shown]:
    """What the ``<time>`` elements nearest the headline show of ``day``
    (:func:`_shown_by_the_time`).

    Looked for as far up as the days beside the headline are (:data:`_SHOWN_LEVELS`): some
    templates set the headline in a breadcrumb's list, the date line beside the lead picture.
    """
    found = nearest(headline, partial(_time_elements, facts=facts, around=around), _SHOWN_LEVELS)
    return [shown for t in found if (shown := _shown_by_the_time(t, day)) is not None]


# Elements other than a ``<time>`` with an attribute that may hold a timestamp: a value that
# opens with a year of this or the last century, holds a colon and is no longer than one with
# its fraction and offset. Found in C; :func:`_stated_and_shown` reads each.
_STAMPED = etree.XPath(
    ".//*[not(self::time or self::meta or self::script)][not(@datetime)]"
    "[@*[string-length(.) >= 16 and string-length(.) <= 40 and contains(., ':')"
    " and (starts-with(., '19') or starts-with(., '20'))]]"
)


def _stated_and_shown(element: HtmlElement, day: str) -> datetime | None:
    """The instant an attribute of the element states with an offset other than zero, where
    the element's own text, a date line, shows that instant's day and its time of day in that
    offset ("<p ia-date-publish='2020-03-14T16:15:05-03:00'>14/03/2020 16h15</p>",
    "<div content='2020-10-30T18:28:00+03:00'>30 Ekim 2020 Cuma 18:28</div>").

    Templates write the story's moment for their scripts beside the date line they show; the
    two are one statement of the page where the shown clock is the stated instant's reading
    in the stated offset, and the offset is then the zone of the wall time shown. An offset of
    zero whose clock the text shows may be a wall time labelled as UTC (:func:`_as_shown`),
    and tells no zone.
    """
    text = collapse(element.text_content())
    if len(text) > DATE_LINE_CHARS or day not in shown_days(text):
        return None
    for value in element.attrib.values():
        stamp = parse_timestamp(tidy_timestamp(value.strip()))
        if (
            stamp is None
            or stamp.precision == "day"
            or stamp.zone is None
            or not stamp.zone.utcoffset(None)
        ):
            continue
        local = stamp.value.astimezone(stamp.zone)
        if local.date().isoformat() == day and _shows_the_clock(text, local.hour, local.minute):
            return local
    return None


def _shows_the_clock(text: str, hour: int, minute: int) -> bool:
    """Whether a text shows that time of day: on the 24-hour clock ("16:15", "16h15", "16.15")
    or on the 12-hour one with its half ("4:15 PM", "4:15 p.m.")."""
    half = "p" if hour >= 12 else "a"
    pattern = (
        rf"(?<![\d:.])(?:0?{hour}[:.h]{minute:02d}(?![\d:.]\d)"
        rf"|0?{hour % 12 or 12}[:.]{minute:02d}\s*{half}\.?\s?m\b)"
    )
    return re.search(pattern, text, re.IGNORECASE) is not None


def _stated_beside_the_headline(
    stamp: Stamp, headline: HtmlElement | None, facts: PageFacts, around: frozenset[HtmlElement]
) -> Stamp | None:
    """The day's ``stamp`` at the one instant the elements nearest the headline state and show
    of its day (:func:`_stated_and_shown`); None where none does, or where they state several
    (a list of the day's stories, each with its own moment).

    Looked for as the ``<time>`` elements are (:func:`_shown_times`): as far up as the days
    beside the headline, not in another item or an update's line.
    """

    def stated(scope: HtmlElement) -> list[datetime]:
        return [
            instant
            for element in _STAMPED(scope)
            if (instant := _stated_and_shown(element, stamp.day)) is not None
            and _may_date_the_story(element, facts, around)
        ]

    instants = set(nearest(headline, stated, _SHOWN_LEVELS))
    return _at_the_instant(instants.pop(), stamp.origin) if len(instants) == 1 else None


def _at_the_instant(instant: datetime, origin: str) -> Stamp:
    """A stamp of an aware instant the page states, in UTC, to the second where it states
    one, in its offset."""
    precision = "second" if instant.second or instant.microsecond else "minute"
    zone = instant.tzinfo if isinstance(instant.tzinfo, timezone) else None
    return Stamp(instant.astimezone(UTC), precision, origin, zone)


def _as_the_page_shows_it(
    stamp: Stamp,
    clock: Clock | None,
    shown: list[Shown],
    zone: tzinfo | None,
    stated: Callable[[], Iterable[Stamp]],
) -> Stamp | None:
    """The day's stamp at the time the page shows its readers, where it states no zone for it.

    ``clock`` is the date line's time (:func:`_clock_of_the_day`, of no zone), ``shown`` what the
    ``<time>`` elements beside the headline show, which must all agree with each other and with
    the date line. An instant a ``<time>`` states and its text confirms is taken as it is;
    a wall time is read in ``zone``, the zone of the page's language
    (:func:`wallzone.declared_zone`), at its offset of that day, unless an offset other than
    zero that the page states for a moment within a day of it (``stated``) is another one: the
    page's site keeps another zone than its language's. A time of no zone, in a language of
    several zones or none declared, stays unread.
    """
    clocks = {(s.clock.hour, s.clock.minute) for s in shown}
    if clock is not None and clock.zone is None:
        clocks.add((clock.hour, clock.minute))
    instants = {s.instant for s in shown if s.instant is not None}
    if len(clocks) != 1 or len(instants) > 1:
        return None
    (hour, minute), instant = clocks.pop(), next(iter(instants), None)
    if instant is not None:
        return _at_the_instant(instant, stamp.origin)
    day = stamp.value.date()
    offset = wall_offset(zone, day, hour, minute) if zone is not None else None
    if offset is None or (clock is not None and not _may_mean(clock, offset.utcoffset(None))):
        return None
    for other in stated():
        if (
            other.zone is not None
            and other.zone.utcoffset(None)
            and other.zone.utcoffset(None) != offset.utcoffset(None)
            and abs((other.value.date() - day).days) <= 1
        ):
            return None
    return _with_its_clock(stamp, Clock(hour, minute, None), offset)


def _wall_zone(
    tree: HtmlElement,
    url: str,
    day: date,
    data_zone: Callable[[], timezone | None],
    every: Iterable[Stamp],
    moments: Callable[[], list[Stamp]],
) -> tzinfo | None:
    """The zone a wall time the page shows on ``day`` is read in, where its line names none:
    the zone of the page's language and country (:func:`wallzone.declared_zone`), else the
    one offset the page's scripts write (``data_zone``: :func:`_data_zone`) where a moment of
    the page states it within a day of ``day`` (:func:`_offset_that_day`: a site of a country
    of several zones, whose CMS writes its times in its own).

    The same evidence the date line's time is read in (the caller's chain): a ``<time>`` that
    shows "April 24, 2020 at 9:06 a.m." beside data that writes "2020-04-24T09:06:21-07:00"
    is a wall time of that offset.
    """
    zone = declared_zone(tree, url)
    if zone is not None:
        return zone
    data = data_zone()
    return None if data is None else _offset_that_day(data, day, chain(every, moments()))


def _clock_beside_the_day(
    day: str,
    pieces: Callable[[], tuple[str, ...]],
    page: tuple[HtmlElement | None, str | None, PageFacts],
    label: Callable[[], Stamp | None],
) -> Clock | None:
    """The time of day the page's own lines show beside ``day``: its date line after the
    headline (:func:`_clock_of_the_day`), else the story's meta box's, else the labelled
    publication line's (``label``, read only when asked: it walks the page's text), else the
    date line's right above the headline (``page``: the heading, the title and the page's
    facts)."""
    return (
        _clock_of_the_day(day, pieces())
        or _clock_of_the_meta_box(day, *page)
        or _clock_of_the_label(day, label())
        or _clock_above_headline(day, *page)
    )


def _shown_clock(
    day: str,
    pieces: Callable[[], tuple[str, ...]],
    page: tuple[HtmlElement | None, str | None, PageFacts],
    shown: Callable[[], list[Shown]],
    label: Callable[[], Stamp | None],
) -> Clock | None:
    """The time of day the page shows its readers beside ``day``: the one its lines show
    (:func:`_clock_beside_the_day`), else the one clock all ``<time>`` elements beside the
    headline show (``shown``: :func:`_shown_times`); None where none shows one."""
    clock = _clock_beside_the_day(day, pieces, page, label)
    if clock is not None:
        return clock
    clocks = {s.clock for s in shown()}
    return clocks.pop() if len(clocks) == 1 else None


# A time shown rounded to the minute may read the declared second's next minute.
_ROUNDING = (timedelta(0), timedelta(minutes=1))
# A zone's summer time: a template that names the zone's winter time all year ("11:08 EST" on a
# day of Eastern summer time) shows the instant an hour off the one it means.
_SUMMER_HOUR = timedelta(hours=1)


def _reads(clock: Clock, day: date, instant: datetime) -> bool:
    """Whether ``clock`` shows ``instant`` on ``day``: in the zone it names, else in any zone
    (:func:`_zone_offset`; one of the offsets its zone's abbreviation may mean,
    :func:`_may_mean`), to the minute (or the next, rounded)."""
    wall = wall_time(day, clock.hour, clock.minute)
    moment = instant.astimezone(UTC).replace(second=0, microsecond=0)
    if clock.zone is not None:
        return any(wall.replace(tzinfo=clock.zone) - moment == r for r in _ROUNDING)
    offsets = (wall - moment.replace(tzinfo=None) - r for r in _ROUNDING)
    return any(_zone_offset(o) and _may_mean(clock, o) for o in offsets)


def _may_mean(clock: Clock, offset: timedelta | None) -> bool:
    """Whether a wall time may be read at ``offset``: any offset, unless its line names a zone
    by an abbreviation of several (:attr:`dates.Clock.offsets`) and the offset is none of them."""
    return not clock.offsets or offset in clock.offsets


def _against_the_shown_time(stamp: Stamp, clock: Clock | None, updates: Sequence[Stamp]) -> Stamp:
    """The declared instant ``stamp`` checked against the time the page shows its readers beside
    its day (``clock``: :func:`_shown_clock`); ``updates`` are the declared modification times.

    The two are one moment where the shown time reads the declared instant (:func:`_reads`: in
    the zone the page names, else in any zone); a shown time that reads a declared update is
    the update's, and says nothing of the publication. Else:
    - a time shown in a zone the page names is the page's own statement of the moment, and it
      is taken: the declared one is the update's ("Published 8th Nov 2023, 18:58 GMT" and
      "Updated …, 20:14 GMT" beside a declared 20:14, a CMS that writes its last save as the
      publication), or a wall time declared in UTC ("2023-11-09T05:30:01Z" beside "5:30AM
      (EST)"); except a shown time an hour after the declared, the zone's winter name on a day
      of its summer time ("11:08 EST" beside 15:08Z in November's first days), where the
      declared instant stays;
    - a wall time of no zone that is no reading of the declared instant in any zone (minutes
      off it) leaves no way to tell which moment is the story's: the day alone stays, as a
      time wrong is worse than none.
    A wall time that reads the declared UTC clock ("12:36 PM" beside "12:36:50Z") may be a page
    that shows UTC or a wall time declared as UTC; nothing tells, and the declared stays.
    """
    if clock is None or stamp.precision == "day" or not stamp.aware:
        return stamp
    day = date.fromisoformat(stamp.local_day)
    if _reads(clock, day, stamp.value) or any(
        u.aware and u.precision != "day" and _reads(clock, day, u.value) for u in updates
    ):
        return stamp
    if clock.zone is None:
        return Stamp(datetime.combine(day, datetime.min.time()), "day", stamp.origin)
    shown = wall_time(day, clock.hour, clock.minute).replace(tzinfo=clock.zone)
    if shown - stamp.value.replace(second=0, microsecond=0) == _SUMMER_HOUR:
        return stamp
    return Stamp(shown.astimezone(UTC), "minute", stamp.origin, clock.zone)


def _shows_an_earlier_day(stamp: Stamp, line: set[str]) -> bool:
    """Whether the date line under the headline writes only days before any the stamp may be.

    A story is not published after the first date it shows its readers: a later winner is an
    update, a re-save, the day a sidebar shows as "today" or another item's date. The other way
    round (the line later than the stamp) is the common updated story that shows its update.
    """
    days = possible_days(stamp) | {stamp.local_day}
    return bool(line) and max(line) < min(days)


# Meta tags of other names that state when the page was published, created or uploaded
# ("prism.publicationDate", "cxenseparse:recs:publishtime", "uploadDate", a site's own
# "…:uploaded"), not when it changed or expires.
_PUBLICATION_NAME = re.compile(r"publi|creat|upload|issued|release", re.IGNORECASE)
_CHANGE_NAME = re.compile(r"modif|updat|expir|edit|revis|end", re.IGNORECASE)


def _read_stamp(text: str | None) -> Stamp | None:
    return parse_timestamp(tidy_timestamp(text), "page") if text else None


def _own_day(stamp: Stamp) -> str | None:
    """The day a timestamp names in the zone it is written in; None for a time written in UTC.

    A time written in UTC names no day of the page's own: 02:54Z is the evening before in New
    York, and the extractor's guess read from the same tag is that UTC day.
    """
    offset = stamp.zone.utcoffset(None) if stamp.zone is not None else None
    if stamp.precision != "day" and stamp.aware and not offset:
        return None
    return stamp.local_day


def _meta_days(facts: PageFacts) -> set[str]:
    """The days meta tags of any name write as the page's publication, each in its own zone."""
    days: set[str] = set()
    for name, values in facts.meta.items():
        if not _PUBLICATION_NAME.search(name) or _CHANGE_NAME.search(name):
            continue
        stamps = (stamp for stamp in map(_read_stamp, values) if stamp is not None)
        days.update(day for day in map(_own_day, stamps) if day)
    return days


def _time_day(tree: HtmlElement) -> set[str]:
    """The one day every ``datetime`` attribute of the page writes (:data:`_TIMES`), if they all
    write the same.

    A forum thread or a blog post dates its post and its replies of the same day with <time>
    elements wherever the theme puts them (often inside a permalink); a page whose <time>
    elements name other days too, or a time in UTC, gives nothing.
    """
    days: set[str] = set()
    for element in _TIMES(tree):
        stamp = _read_stamp(element.get("datetime"))
        if stamp is None:
            continue
        day = _own_day(stamp)
        if day is None:
            return set()  # written in UTC: its day on the page is unknown
        days.add(day)
        if len(days) > 1:
            return set()
    return days


def _published_ago_day(tree: HtmlElement, fetched_at: datetime | None) -> set[str]:
    """The days the page's ``<time>`` elements without a ``datetime`` name by how long ago they
    say the story was published ("<time>Published: 5 hours ago</time>",
    :func:`dates.published_ago`), counted back from ``fetched_at``, where they all name the same.
    """
    if fetched_at is None:
        return set()
    found: set[frozenset[str]] = set()
    for element in _TIMES(tree):
        if element.get("datetime"):
            continue
        days = published_ago(collapse(element.text_content()), fetched_at)
        if days:
            found.add(frozenset(days))
    return set(next(iter(found))) if len(found) == 1 else set()


# Markup that marks a byline: rel="author", an author itemprop, an author or byline class.
# Read by XPath only when an extractor's guess still lacks support (a few pages in a hundred).
_BYLINE_MARKS = etree.XPath(
    "//*[@rel='author' or contains(@itemprop, 'author') or contains(@class, 'author')"
    " or contains(@class, 'byline') or contains(@class, 'Byline')]"
)
# A byline's line holds a label, a name and a date; a longer parent is a block of the page.
_BYLINE_LINE = 160
# A byline under these is a teaser's, a list's or an embedded post's, not the article's.
_NOT_THE_ARTICLES = frozenset({"a", "li", "nav", "aside", "footer", "figure", "blockquote"})


# The most days one date can name: "03/05/2024" reads two ways. Lines that name more write more
# than one date in all (a thread, a list of posts), none of them the story's for certain.
_ONE_DATE_DAYS = 2


def _byline_days(tree: HtmlElement) -> set[str]:
    """The date the page's byline lines write beside the author ("von <a rel=author>Jane
    Doe</a>, 8.5.12", "By Jane Doe | March 5, 2024"), in each reading its form allows.

    Many themes and CMSs print the date on the byline's line, and the byline is marked up
    for the author's link whether or not any heading shows the headline (a page titled only
    with its site's name). Comments' and teasers' bylines are left out; lines that write more
    than one date in all (a thread, a list of posts) give nothing.
    """
    days: set[str] = set()
    for element in _BYLINE_MARKS(tree):
        line = element.getparent()
        if (
            line is None
            or "comment" in element.get("class", "")
            or within(element, _NOT_THE_ARTICLES)
        ):
            continue
        text = collapse(line.text_content())
        if len(text) > _BYLINE_LINE:
            continue
        days |= shown_days(text)
        if len(days) > _ONE_DATE_DAYS:
            return set()
    return days


def _address_days(facts: PageFacts) -> set[str]:
    """The full dates the paths of the page's own addresses write (:func:`dates.date_from_url`):
    its canonical link and ``og:url`` beside the address it was fetched from.

    A page reached through a feed's redirect ("feedproxy.google.com/~r/…") or a syndicated copy
    names its story's address in its canonical link, which a CMS writes with the day the story
    was first published ("/story/news/2020/04/02/…"), as it writes the address itself. On the
    half of the dev pages the rules are tuned on, every canonical link that writes a day wrote
    the story's (53 pages, 5 of them fetched from another address).
    """
    return {stamp.day for key in facts.identities if (stamp := date_from_url(f"/{key}"))}


# Elements with a label for screen readers or a tooltip. Read by XPath only when an extractor's
# guess still lacks support (a few pages in a hundred).
_ATTRIBUTE_LABELS = etree.XPath("//*[@aria-label or @title]")


def _attribute_days(tree: HtmlElement) -> set[str]:
    """The days the ``aria-label`` or ``title`` of the page's elements label as the publication
    ("<div aria-label="Published: 2:12 p.m. ET Apr. 2, 2020 Updated: 2:25 p.m. ET Apr. 2,
    2020"></div>", :func:`dates.labelled_dates`), outside links and other items.

    Templates write the story's date line into an attribute and show it with a style sheet or a
    script (an empty ``<div>`` under the byline), or give a ``<time>`` its full wording for
    screen readers; the label is what makes it the story's date, as on a line of text. Lines
    that write more than one date in all (a list of posts) give nothing.
    """
    days: set[str] = set()
    for element in _ATTRIBUTE_LABELS(tree):
        if element.tag == "a" or _elsewhere(element) or within(element, _NOT_THE_ARTICLES):
            continue
        for name in ("aria-label", "title"):
            value = element.get(name)
            if value and _DIGIT.search(value):
                days |= labelled_dates([value]).published
        if len(days) > _ONE_DATE_DAYS:
            return set()
    return days


def _story_texts(tree: HtmlElement) -> tuple[str, ...]:
    """The page's visible text pieces less the items that are not the story
    (:func:`_elsewhere`: teasers, asides, comments, the footer): what the labelled date lines
    and the author's byline are read from, walked once for both."""
    body = tree.find("body")
    return tuple(visible_texts(body if body is not None else tree, _elsewhere))


def _labelled(texts: Sequence[str]) -> Labelled:
    """The date lines the page labels ("Veröffentlicht am …", "Updated …", "입력 …"), read from
    its visible text less the items that are not the story (``texts``: :func:`_story_texts`).

    The whole page, not only beside the headline: templates put the line above the headline,
    under it or at the story's end, and some pages show no heading the title finds; the label
    is what makes a line the story's date. Read only when a rule needs it (a page without any
    other date, an extractor's guess looking for support): it walks the page's text.
    """
    return labelled_dates(texts)


def _labelled_under(pieces: Iterable[str]) -> Labelled:
    """The date lines labelled under the headline in ``pieces``, the text up to where the story's
    date line may stand (:func:`_pieces_after`, which leaves out teasers, asides and comments).

    A labelled line that overrules declared metadata must be the story's own: the line templates
    print between the headline and the body. Further down, a labelled line may belong to an item
    the markup does not set apart (an embedded story, a list of posts), and reading the whole
    page's text (:func:`_labelled`) costs several times the rest of the date rules; these few
    pieces are cheap enough to read on every page that has a date.
    """
    return labelled_dates(pieces)


def _contradicts(stamp: Stamp, published: frozenset[str]) -> bool:
    """Whether the days the page labels as its publication leave no room for the stamp.

    Agreement is generous for a moment: any reading of an ambiguous labelled date, on any day
    the stamp's unknown zone allows, within :data:`PAGE_TOLERANCE`; only a day clearly apart
    contradicts. A stamp of a day without a time (``<meta name="dc.date" content="2023-11-08">``)
    is a calendar day as the page writes it, as the labelled one is: no zone stands between the
    two, and the next day is another day (the day a CMS created a story published after
    midnight), not the same moment.
    """
    if stamp.precision == "day" and published:
        return stamp.day not in published
    days = (Stamp(datetime.fromisoformat(day), "day", "label") for day in published)
    return bool(published) and all(gap(stamp, day) > PAGE_TOLERANCE for day in days)


def _line_contradicts(stamp: Stamp, line: Stamp | None) -> bool:
    """Whether the date line under the headline (:func:`_line_under_headline`) names a day more
    than :data:`PAGE_TOLERANCE` before the stamp, on any day its unknown zone allows.

    Only before: a story is not published after the first date it shows its readers (see
    :func:`_shows_an_earlier_day`), while a line after the stamp is the common updated story
    that shows its update without saying so.
    """
    return line is not None and line.bounds()[1] < stamp.bounds()[0] - PAGE_TOLERANCE


def _dated_at_the_top(
    stamp: Stamp,
    url_month: tuple[int, int] | None,
    times: list[Stamp],
    dateline: Callable[[], set[str]],
) -> bool:
    """Whether the URL's month folder holds the stamp, the ``<time>`` beside the headline
    (``times``) agrees with it, or the first date after the headline (``dateline``, read
    only when the other two say nothing: :func:`_dateline_days`) is one of the stamp's days.

    Where the story's address or the top of the story already gives the stamp's day, a
    labelled date further from the headline is more likely another item's (an embedded story,
    a list of posts the markup does not set apart) than the story's; and reading the labelled
    lines of the story's part of the page costs about a millisecond on a large page, spent
    only where the top says nothing.
    """
    if url_month is not None and in_month(stamp, url_month):
        return True
    if any(gap(stamp, time) <= PAGE_TOLERANCE for time in times):
        return True
    days = possible_days(stamp) | {stamp.local_day}
    return bool(days & dateline())


def _story_part(heading: HtmlElement | None) -> HtmlElement | None:
    """The ``<article>`` or ``<main>`` that holds the headline: the story's part of the page,
    where its own date lines stand (above the headline, under it, at its end); None when no
    such element holds it.

    A labelled line elsewhere on a page without that markup may be any item's (a list of
    posts, an embedded story the markup does not set apart), too weak to overrule the page's
    declared date; and reading the part only costs about half as much as the whole page.
    """
    if heading is None:
        return None
    return next((a for a in heading.iterancestors() if a.tag in ("article", "main")), None)


def _edition_near(heading: HtmlElement | None) -> set[str]:
    """The days of a print edition written beside the headline ("Aus: Ausgabe vom 26.04.2024"),
    in the closest part around it (up to :data:`_SHOWN_LEVELS`) that names an edition."""
    if heading is None:
        return set()
    for scope in ancestors(heading, _SHOWN_LEVELS):
        if scope.tag in _PAGE_LEVELS:
            break
        if days := edition_days(" ".join(_SHOWN_TEXT(scope))):
            return days
    return set()


def _supported(
    guess: Stamp,
    url_stamp: Stamp | None,
    url_month: tuple[int, int] | None,
    hint: Stamp | None,
    shown: Iterable[Callable[[], set[str]]],
    misread: str | None = None,
    slashed: Callable[[set[str], set[str]], bool] = lambda _, __: False,
    beside: Callable[[], set[str]] = set,
) -> bool:
    """Whether evidence independent of the extractor agrees with its guess.

    htmldate, asked for a date anywhere, returns one even when the page shows none of its own: a
    photo's date, another post's, the day of a copyright line. Alone it is wrong too often (about
    one in ten on the dev pages); the URL's date on the same day or its month, the listing's
    date, or a day the page shows beside its headline or first after it, a publication meta tag
    of another name, the page's <time> elements (one that says how long ago the story was
    published too, read back from the fetch time), the date on its byline's line, the day its
    canonical address writes (:func:`_address_days`), a publication line written into an
    attribute (:func:`_attribute_days`) or the day of a wire dateline opening the story
    (:func:`_agency_days`) agreeing make it the page's. Only those that reached here without
    contradicting it are looked at (a URL date two days or more from it was already a conflict;
    one a day from it supports it no more than a teaser's day beside the story's would, and
    replaces it where nothing else does: :func:`resolve_dates`). ``shown`` are read in order,
    each only when needed. ``misread``: the day the URL's month folder and slug make
    (:func:`dates.slug_day`), no support for a guess.
    ``slashed``: whether the page writes two days found as one date of numbers with slashes
    ("06/01/2020": 6 January in Europe, 1 June in the US) and the guess's days in no other form
    (:func:`dates.written_with_slashes`): the extractor picked one reading of that date, and
    the date, reading both, supports neither.
    ``beside``: the days shown beside the headline; where they name another day of the URL's
    month and not the guess's, the month supports the guess no more (a blog's comment dated a
    week after the post that its template shows beside the headline).
    """
    if url_stamp is not None and url_stamp.day in possible_days(guess):
        return True  # the URL's day
    if (
        url_month is not None
        and guess.day != misread
        and not _another_day_that_month(guess, url_month, beside())
    ):
        # A month it falls in; not where the guess is the month folder and the number opening
        # the slug read as a day ("/2023/10/3-fragen-an" as 3 October): that is the URL misread.
        return True
    if hint is not None and gap(guess, hint) <= PAGE_TOLERANCE:
        return True
    days = possible_days(guess)
    for look in shown:
        found = look()
        if days & found and not _read_from_slashes(days & found, found, slashed):
            return True
    return False


def _another_day_that_month(guess: Stamp, month: tuple[int, int], beside: set[str]) -> bool:
    """Whether the days beside the headline (``beside``) name a day of the URL's ``month`` and
    none of the guess's days."""
    inside = {day for day in beside if (int(day[:4]), int(day[5:7])) == month}
    return bool(inside) and not inside & possible_days(guess)


def _read_from_slashes(
    days: set[str], found: set[str], slashed: Callable[[set[str], set[str]], bool]
) -> bool:
    """Whether each of a guess's ``days`` among the days ``found`` is one reading of a date of
    numbers with slashes whose other reading is found too (:func:`dates.written_with_slashes`),
    beside whatever other days the part writes ("11/8/2023 10:46 PM" under a caption's
    "Friday, Nov. 3"): the guess is the extractor's reading of that date, no support for it."""
    return all(
        (other := _other_reading(day)) != day and other in found and slashed({day, other}, days)
        for day in days
    )


def _url_over_a_guess(
    stamp: Stamp, url_stamp: Stamp, days_shown: Callable[[], set[str]]
) -> Stamp | None:
    """The URL's date where it disagrees with the extractor's guess (``stamp``) and the page
    shows the URL's day beside its headline (``days_shown``: :func:`_days_near`); else None,
    a conflict.

    The extractor, asked for a date anywhere, may read a teaser's, a photo's or one date of
    numbers the wrong way round ("11/8/2023" as 11 August); the URL's date is written once,
    when the story is first published, and the page's own day beside its headline is a second
    source, independent of the URL, that vouches for it. A declared date that disagrees with
    the URL stays a conflict: two statements of the publisher, and nothing tells which is right.
    """
    if stamp.origin != "extractor" or url_stamp.day not in days_shown():
        return None
    return url_stamp


def _shown_in_month(shown: set[str], month: tuple[int, int]) -> Stamp | None:
    """The one day written beside the headline that falls in the URL's month, if exactly one."""
    prefix = f"{month[0]:04d}-{month[1]:02d}-"
    days = [day for day in shown if day.startswith(prefix)]
    if len(days) != 1:
        return None
    return Stamp(datetime.fromisoformat(days[0]), "day", "text")


def _shows_only_the_update(
    published: Stamp, modified: Stamp, days_shown: Callable[[], set[str]]
) -> bool:
    """Whether the page shows its declared modification day beside the headline, not the
    declared publication day.

    A live page or an updated story then shows the update as its date ("Monday, 6 January" above
    the byline, "Aktualisiert am 06. Mär."), while its metadata keeps the first publication: readers
    and annotators take the shown day, the metadata the other, and nothing on the page tells which
    one the story's date is. Looked for only when the two declared days differ.
    """
    published_days = possible_days(published) | {published.local_day}
    modified_days = possible_days(modified) | {modified.local_day}
    if published_days & modified_days:
        return False
    shown = days_shown()
    return bool(shown & modified_days) and not shown & published_days


def _shows_earlier(stamp: Stamp, times: Sequence[Stamp], dateline: Callable[[], set[str]]) -> bool:
    """Whether what the page shows its readers as the story's date lies more than
    :data:`PAGE_TOLERANCE` before the declared ``stamp``, all of it, and none of it on the
    stamp's days.

    ``times``: the ``<time>`` beside the headline (at most one, not a teaser's and not labelled
    as an update, :func:`_time_elements`); ``dateline``: the day of the wire dateline opening
    the story (:func:`_agency_days`), read only where the ``<time>`` does not agree. On the
    half of the dev pages the rules are tuned on, neither fell more than a day from a declared
    date the resolver kept, in any of the benchmark's markup modes. The byline's date and a
    publication line in an attribute never did either, but reading them costs about 2 ms a page
    (both walk the whole tree), a fifth of the resolver, on every page with declared data.

    A story is not published after the date its own page shows (see
    :func:`_shows_an_earlier_day`): a declared date after it is a modification written as the
    publication, a re-save or a copy's date. The other way round (the page later) is a live
    page or an updated story showing its newest moment, and the declared date stays.
    """
    start = stamp.bounds()[0] - PAGE_TOLERANCE
    shown = False
    for time in times[:1]:
        if time.bounds()[1] >= start:
            return False
        shown = True
    for day in dateline():
        if Stamp(datetime.fromisoformat(day), "day", "text").bounds()[1] >= start:
            return False
        shown = True
    return shown


def _republished(stamp: Stamp, month: tuple[int, int], line: Stamp | None) -> bool:
    """Whether a ``<time>`` beside the headline (``stamp``) dates a re-publication under the
    story's old address: a day after the URL's month folder that the date line right under the
    headline (``line``, :func:`_line_under_headline`) writes too.

    The month folder is written when the story first goes up and stays when the site publishes
    it again; the page then shows its new day twice beside its headline, in the ``<time>``'s
    ``datetime`` and in the line its readers see, as its declared data does where it declares
    any. A day before the folder's month is no re-publication, and a day the line does not
    write is one source only (the extractor's guess never passes here).
    """
    end = datetime(month[0] + month[1] // 12, month[1] % 12 + 1, 1, tzinfo=UTC)
    return (
        stamp.origin == "time"
        and line is not None
        and stamp.bounds()[0] >= end
        and line.day in possible_days(stamp) | {stamp.local_day}
    )


def _after_its_entries(stamp: Stamp, page: dict[str, Any] | None) -> bool:
    """Whether a declared live blog would have started after one of its own entries: then its
    ``datePublished`` is an update (some CMSs stamp the blog with its newest entry), not the
    start. Not a live blog, or one that lists no entries: False."""
    entries = _stamps([("jsonld", text) for text in liveblog.entry_times(page)])
    start = stamp.bounds()[0]
    return any(start > entry.bounds()[1] + PAGE_TOLERANCE for entry in entries)


def _local_day(
    stamp: Stamp,
    zones: list[timezone],
    days: list[Stamp],
    data_zone: Callable[[], timezone | None] = lambda: None,
) -> str:
    """The calendar day the page itself gives the published moment (its own zone).

    Stored dates are UTC; a page dates its story in its own zone. The zone is known when the page
    states one offset other than UTC (or one wall time pairs with a UTC time); a page that writes
    only UTC still names its own day in a day-only date (URL, a date without time) that the
    moment may fall on; without one, the zone its inline data writes (``data_zone``:
    :func:`_data_zone`, read only then) gives the day.
    """
    if not stamp.aware or stamp.precision == "day":
        return stamp.local_day
    local = [z for z in zones if z.utcoffset(None)]
    if local and all(z == local[0] for z in local):
        return stamp.value.astimezone(local[0]).date().isoformat()
    utc_day = stamp.value.date().isoformat()
    named = {d.day for d in days} & possible_days(stamp)
    if len(named) == 1 and utc_day not in named:
        return named.pop()
    if stamp.zone is not None and not stamp.zone.utcoffset(None):
        data = data_zone()
        if data is not None:
            return stamp.value.astimezone(data).date().isoformat()
    return stamp.local_day


# A timestamp with its offset as a page's inline data writes it: ISO 8601
# ("2020-05-01T23:00:00-04:00", "2020-05-01 23:00:00 -0400") or RFC 2822 ("Fri, 01 May 2020
# 23:00:00 -0400"). The offset must follow a time with seconds: "12:00-13:00" is a span.
_DATA_STAMP = re.compile(
    r"(?:\d{4}-\d\d-\d\d[T ]|\b\d{1,2} [A-Z][a-z]{2} \d{4} )\d\d:\d\d:\d\d(?:\.\d+)?"
    r" ?([+-])(\d\d):?(\d\d)\b"
)
# The seconds and the offset alone: a pattern that opens with a character, which the regex
# engine skips to, reads a megabyte of script in about a millisecond, sixty times faster than
# :data:`_DATA_STAMP`; only where it matches is the date before it looked at.
_SECONDS_OFFSET = re.compile(r":\d\d(?:\.\d+)? ?[+-]\d\d:?\d\d\b")
# How far before the seconds a timestamp starts ("01 May 2020 23:00", "2020-05-01T23:00").
_STAMP_REACH = 24
_SCRIPT_TEXTS = etree.XPath("//script/text()", smart_strings=False)


def _data_stamps(tree: HtmlElement) -> Iterator[re.Match[str]]:
    """The timestamps with their offsets that the page's scripts write (:data:`_DATA_STAMP`),
    in page order (a generator: a caller may stop at the first it needs)."""
    for text in _SCRIPT_TEXTS(tree):
        for near in _SECONDS_OFFSET.finditer(text):
            match = _DATA_STAMP.search(text, max(0, near.start() - _STAMP_REACH), near.end())
            if match is not None:
                yield match


def _data_moments(tree: HtmlElement) -> list[Stamp]:
    """The moments the page's scripts write with their offsets (:func:`_data_stamps`), read:
    what a time of day shown beside a day is checked against (:func:`_offset_that_day`,
    :func:`_data_earlier_that_day`)."""
    read = (parse_timestamp(match[0]) for match in _data_stamps(tree))
    return [stamp for stamp in read if stamp is not None and stamp.aware]


def _data_earlier_that_day(moments: Iterable[Stamp], timed: Stamp) -> bool:
    """Whether the page's scripts write a moment (``moments``: :func:`_data_moments`) of the
    stamp's day (in its zone) before it, to the minute.

    A template may show the story's last change as its only time, unlabelled, where its data
    states the first publication too (published 12:36 and modified 15:44 in the data, "05. Juni
    2025 15:44 Uhr" under the headline): a shown time later than a moment the page's own data
    gives for that day may be the update's, and is not taken. The moment may be another item's
    (a related story of the morning): then the time is missed, which is better than wrong.
    """
    zone = timed.zone or UTC
    day = timed.value.astimezone(zone).date()
    for stamp in moments:
        moment = stamp.value.replace(second=0, microsecond=0)
        if moment < timed.value and moment.astimezone(zone).date() == day:
            return True
    return False


def _offset_that_day(zone: timezone, day: date, stamps: Iterable[Stamp]) -> timezone | None:
    """``zone`` if one of ``stamps`` (the page's candidates and the moments its scripts write)
    states that offset for a moment within a day of ``day``, else None.

    An offset is not a zone: a site on summer and winter time writes +02:00 in July and +01:00
    in January, and a page's scripts may state only the moment it was served or last changed.
    A shown wall time takes an offset the page does not name only where that offset is stated
    for the same days, so a time is missed rather than an hour wrong.
    """
    offset = zone.utcoffset(None)
    for stamp in stamps:
        if (
            stamp.zone is not None
            and stamp.zone.utcoffset(None) == offset
            and abs((stamp.value.date() - day).days) <= 1
        ):
            return zone
    return None


def _data_zone(tree: HtmlElement) -> timezone | None:
    """The one offset other than UTC that the timestamps of the page's scripts write, if they
    all write the same (times in UTC, "Z" or "+00:00", say nothing of the site's zone).

    A CMS writes the times of its own data (a schedule, the story's record, related items) in
    the site's zone; a page that declares its publication only in UTC names no day of its own,
    and the day its readers were given is the moment in that zone (02:54Z on a New York
    station's page is the evening before); a wall time stated without any offset ("입력
    2025.05.15 20:00", a ``<time>`` without one) becomes UTC in it. Two offsets (a summer and a
    winter time, another site's embed) leave it unknown. Read only where such a time needs it.
    """
    found: set[tuple[str, str, str]] = set()
    for match in _data_stamps(tree):
        if match[2] == "00" and match[3] == "00":
            continue
        found.add((match[1], match[2], match[3]))
        if len(found) > 1:
            return None
    if not found:
        return None
    sign, hours, minutes = found.pop()
    offset = timedelta(hours=int(hours), minutes=int(minutes))
    if offset > _LONGEST_OFFSET:
        return None
    return timezone(-offset if sign == "-" else offset)


# No zone is further from UTC than this (UTC+14, Line Islands).
_LONGEST_OFFSET = timedelta(hours=14)


def resolve_dates(
    facts: PageFacts,
    tree: HtmlElement,
    entity: dict[str, Any] | None,
    headline: HtmlElement | None,
    heading: HtmlElement | None,
    title: str | None,
    extracted: str | None,
    listed: str | None,
    fetched_at: datetime | None,
    script: Callable[[], str | None] | None = None,
    authors: Sequence[str] = (),
) -> Dates:
    """The publication and modification dates of one page, from every candidate it offers.

    ``headline`` is the <h1> that shows ``title``, ``heading`` the heading that shows it, the
    <h1> or a lower one (:func:`headline.heading_of_title`); ``extracted`` is trafilatura's
    date, ``listed`` the feed's or sitemap's; ``fetched_at`` bounds plausible dates;
    ``script`` reads the moment the story's record in the page's script data states
    (:mod:`pipelines.text.scriptdata`); ``authors`` are the story's authors as the resolver
    keeps them, whose byline may show the time of a day found without it.
    """
    meta = Dates()
    page = entity or webpage_entity(facts)
    around = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    times_in = partial(_times_in, facts=facts, around=around)
    micro = _microdata_dates(tree)
    strong_raw = [
        ("jsonld", entity_text(page, "datePublished") or liveblog.declared_start(page)),
        ("meta", facts.first(*_PUBLISHED_META)),
        ("microdata", micro["datePublished"]),
    ]
    medium_raw = [
        ("meta", facts.first(*_OTHER_DATE_META)),
        *(("time", v) for v in nearest(headline, times_in, 4)[:1]),
    ]
    if script is not None and not any(value for _, value in strong_raw):
        # Nothing declared: the story's record in the page's script data, beside the <time>
        # under the headline (a disagreement of the two is a conflict like any other).
        medium_raw.append(("script", script()))
    weak_raw = [("extractor", extracted)]
    modified_raw = [
        ("jsonld", entity_text(page, "dateModified")),
        ("meta", facts.first(*_MODIFIED_META)),
        ("microdata", micro["dateModified"]),
    ]
    hint = parse_timestamp(listed, "listing")
    groups = [_stamps(strong_raw), _stamps(medium_raw), _stamps(weak_raw), _stamps(modified_raw)]
    url_stamp = date_from_url(facts.url)
    url_month = month_from_url(facts.url)
    # Published candidates only: a published and a modified time that happen to be whole hours
    # apart would otherwise pass for one moment written in two zones.
    published_side = [s for g in groups[:3] for s in g]
    paired = paired_zone(published_side, published_side)
    every = [*published_side, *groups[3]]
    zones = [paired] if paired else [s.zone for s in every if s.zone is not None]
    data_zone = cache(partial(_data_zone, tree))
    if not zones and any(not s.aware and s.precision != "day" for s in every):
        # Wall times and no offset stated beside them: the zone the page's data writes, if one
        # (:func:`_data_zone`); without it they keep their day only.
        zones = [zone] if (zone := data_zone()) is not None else []
    strong, medium, weak, modified = (
        [s for s in apply_zone(g, zones) if plausible(s, fetched_at)] for g in groups
    )
    # htmldate, asked for a date anywhere, falls back to the copyright year as 1 January: a bare
    # 1 January from the extractor alone is that guess more often than a story's day.
    weak = [s for s in weak if not (s.precision == "day" and new_year(s))]
    if hint is not None and not plausible(hint, fetched_at):
        hint = None
    page_side = _without_updates(strong, modified) or medium
    # Beside a declared day, a candidate of the second rank on that day gives the time the page
    # states elsewhere (2020-03-23 in JSON-LD, 17:10 in a ``parsely-pub-date`` tag or the
    # ``<time>`` under the headline), unless it is the stated modification time.
    precise = [s for s in medium if not _an_update(s, modified)] if page_side is not medium else []
    choice = choose(
        page_side,
        [*precise, *weak, *([url_stamp] if url_stamp else [])],
        tolerance=PAGE_TOLERANCE,
    )
    stamp = choice.stamp
    shown = [s for s in medium if s.origin == "time"]
    if (
        stamp is not None
        and strong
        and new_year(stamp)
        and shown
        and gap(stamp, shown[0]) > PAGE_TOLERANCE
    ):
        # 1 January is what a CMS fills in when nobody set the date; beside a different date
        # shown under the headline it is no evidence of the story's day. The shown date is the
        # page's when its declared modification names the same day (the one date the CMS set):
        # its day is kept, not a time read in a zone the page does not state.
        stamp = None
        choice = Choice(None, conflict=True)
        written = next(s for s in groups[1] if s.origin == "time")  # as the page wrote it
        if any(written.local_day in possible_days(m) for m in modified):
            stamp = Stamp(datetime.fromisoformat(written.local_day), "day", "time")
            choice = Choice(stamp)
    if choice.conflict:
        _refuse(meta, "conflict", *page_side)
    if stamp is None and not choice.conflict:
        if weak:
            stamp = choose(weak, [url_stamp] if url_stamp else [], tolerance=PAGE_TOLERANCE).stamp
        elif url_stamp is not None and plausible(url_stamp, fetched_at):
            stamp = url_stamp

    guessed: Stamp | None = None  # a guess dropped for want of support

    @cache
    def pieces_after() -> tuple[str, ...]:
        """The text after the headline, read once for the rules that look for a date line."""
        return tuple(_pieces_after(heading, title, facts))

    @cache
    def date_line_pieces() -> tuple[str, ...]:
        """The pieces the date line that dates a page with nothing else is read from: after
        the heading that shows the title, else after the story's <h1> where the title chosen
        words the story otherwise (:func:`_pieces_after_the_h1`)."""
        return pieces_after() or _pieces_after_the_h1(heading, title, facts)

    @cache
    def dateline_days() -> set[str]:
        """The first date after the headline, read once: two rules may ask."""
        return _dateline_days(pieces_after())

    @cache
    def days_shown() -> set[str]:
        """The days written beside the headline (looked for only when a rule needs them, and
        read once: up to four rules ask, and the text around a headline can be a whole page)."""
        return _days_near(heading, facts)

    @cache
    def page_text() -> str:
        """The page's shown text, read only where a guess's support is a date of numbers that
        reads two ways (a few pages in a hundred)."""
        body = tree.find("body")
        return " ".join(_SHOWN_TEXT(body if body is not None else tree))

    @cache
    def story_texts() -> tuple[str, ...]:
        """The page's text less the other items, walked only when a rule reads it, and once:
        the labelled lines and the author's byline are both read from it."""
        return _story_texts(tree)

    @cache
    def labelled() -> Labelled:
        return _labelled(story_texts())

    @cache
    def story_labels() -> Labelled:
        """The labelled date lines of the story's part of the page (:func:`_story_part`)."""
        part = _story_part(heading)
        return Labelled() if part is None else labelled_dates(visible_texts(part, _elsewhere))

    # Days the page writes away from its headline, read only when a rule needs them; a day the
    # page labels as its publication last (it walks the page's text). A day labelled as an
    # update is no evidence for a publication.
    elsewhere_on_page: tuple[Callable[[], set[str]], ...] = (
        lambda: _meta_days(facts),
        lambda: _address_days(facts),
        lambda: _time_day(tree),
        lambda: _byline_days(tree),
        lambda: _published_ago_day(tree, fetched_at),
        lambda: set(labelled().published),
        lambda: _attribute_days(tree),
        lambda: _agency_days(pieces_after(), {guess.value.year for guess in weak}),
    )
    # A full date in the URL is written once, when the story is first published.
    if (
        stamp is not None
        and stamp.origin != "url"
        and url_stamp is not None
        and (gap(stamp, url_stamp) > PAGE_TOLERANCE or days_apart(stamp, url_stamp))
    ):
        disagreeing = stamp
        stamp = (
            _url_over_a_guess(stamp, url_stamp, days_shown)
            if plausible(url_stamp, fetched_at)
            else None
        )
        if stamp is None:
            _refuse(meta, "conflict", disagreeing, url_stamp)

    # A month folder (/2011/12/slug) says less (a story may be re-published under its old URL),
    # enough to reject a date the page does not declare (the extractor's guess from a teaser or
    # a sidebar); the extractor's guess needs support even inside the month.
    if (
        stamp is not None
        and stamp.origin not in _DECLARED
        and stamp.origin != "url"
        and (
            (
                url_month is not None
                and not in_month(stamp, url_month)
                and not _republished(stamp, url_month, _line_under_headline(pieces_after()))
            )
            or (
                stamp.origin == "extractor"
                and not _supported(
                    stamp,
                    url_stamp,
                    url_month,
                    hint,
                    (
                        days_shown,
                        dateline_days,
                        *elsewhere_on_page,
                    ),
                    slug_day(facts.url),
                    lambda found, days: written_with_slashes(found, days, page_text()),
                    days_shown,
                )
            )
        )
    ):
        guessed, stamp = stamp, None
        if url_stamp is not None and plausible(url_stamp, fetched_at):
            # The guess names the day beside the URL's (a time read in another zone, a
            # teaser's day): the URL's date, written once when the story was published, is
            # the page's own, as it is where the extractor guesses nothing.
            stamp = url_stamp
    if (
        stamp is not None
        and stamp.precision == "day"
        and stamp.origin != "url"
        and stamp.day in _edition_near(heading)
    ):
        # A day without a time that is the print edition's, shown beside the headline: a
        # newspaper's site dates its stories with their edition (a ``date`` meta tag, the day
        # the extractor reads), and the story went online before it, often the evening before.
        guessed, stamp = stamp, None
    if stamp is not None and _after_its_entries(stamp, page):
        _refuse(meta, "conflict", stamp)
        stamp = None
    if (
        stamp is not None
        and stamp.origin in _DECLARED
        and modified
        and _shows_only_the_update(stamp, modified[0], days_shown)
        and not liveblog.is_live_blog(page, tree)
    ):
        _refuse(meta, "conflict", stamp)
        stamp = None
    if (
        stamp is not None
        and stamp.origin in _DECLARED
        and url_stamp is None
        and (hint is None or gap(stamp, hint) > PAGE_TOLERANCE)
    ):
        declared = stamp
        if _shows_earlier(
            declared, shown, lambda: _agency_days(pieces_after(), {declared.value.year})
        ) and not liveblog.is_live_blog(page, tree):
            # The page's declared publication falls after the date it shows as the story's: the
            # two disagree, and neither a full date in the URL nor the listing vouches for
            # the declared one (a URL date that disagrees with it is a conflict already).
            _refuse(meta, "conflict", stamp)
            stamp = None
    if (
        stamp is not None
        and stamp.origin != "url"
        and url_stamp is None
        and url_month is None
        and hint is None
        and _shows_an_earlier_day(stamp, _date_line_days(pieces_after()))
        and not _supported(stamp, None, None, None, (days_shown, *elsewhere_on_page))
    ):
        # The page's date line names an earlier day and nothing independent of the winner's
        # source vouches for it: not the URL's date or month, the listing (any of them vouches
        # enough, and is looked at first: it costs nothing), the days beside the headline, a
        # publication meta tag of another name, the page's <time>s, its byline's date. Two
        # sources of the page disagree, and neither can be chosen.
        _refuse(meta, "conflict", stamp)
        stamp = None
    if (
        stamp is not None
        and stamp.origin != "label"
        and (
            _contradicts(stamp, _labelled_under(pieces_after()).published)
            or (
                stamp.origin != "url"
                and url_stamp is None
                and _line_contradicts(stamp, _line_under_headline(pieces_after()))
            )
            or (
                not _dated_at_the_top(stamp, url_month, shown, dateline_days)
                and _contradicts(stamp, story_labels().published)
            )
        )
        and not liveblog.is_live_blog(page, tree)
    ):
        # The page contradicts the winner, and nothing tells which is right: a missing date is
        # better than a wrong one. The winner may be metadata of another copy or version (a
        # syndicated or re-published story keeps the original's, or the copy's own; a modified
        # time declared as the publication), a CMS default, another item's date. Three ways:
        # - the page labels its publication under the headline ("Veröffentlicht am 2. August
        #   2018") and the winner falls on none of those days;
        # - the date line right under the headline, what the page tells its readers, names a
        #   day before the winner's, even where the URL's month, the listing or other dates of
        #   the page agree with the winner (the rule above asks for that support from the
        #   looser first date line); the line may be another day too (an event's), which
        #   nothing tells either. A full date in the URL the winner agrees with (any other is
        #   a conflict already) vouches for it;
        # - a line labelling the publication away from the headline, in the story's part of
        #   the page (above the headline, "First published …" at the story's end), names none
        #   of the winner's days; read only where nothing at the top of the story shows the
        #   winner's day.
        # A live blog's entries under its headline are dated with their own days, not the
        # blog's start.
        _refuse(meta, "conflict", stamp)
        stamp = None
    if stamp is None and "published" not in meta.conflicts:
        # Nothing declared, or only a guess nothing supports: the date line the page labels as
        # its publication ("Veröffentlicht am 2. August 2018", "입력 2026.01.29 18:40") is the
        # page's own statement to its readers, in its zone (a wall time becomes UTC only where
        # the page states its offset elsewhere). Inside the URL's month, if the URL has one.
        label = labelled().stamp
        if (
            label is not None
            and plausible(label, fetched_at)
            and (url_month is None or in_month(label, url_month))
        ):
            if not zones and not label.aware and label.precision != "day":
                zones = [zone] if (zone := data_zone()) is not None else []
            stamp = apply_zone([label], zones)[0]
    if stamp is None and url_month is not None and "published" not in meta.conflicts:
        # The page's own day beside its headline, inside the URL's month: two sources agree.
        stamp = _shown_in_month(days_shown(), url_month)
    if stamp is None and "published" not in meta.conflicts:
        # Nothing declared, no labelled line, or only a guess nothing supports: the date line
        # right under the headline is the page's own statement to its readers (inside the
        # URL's month, if the URL has one).
        line = _line_under_headline(date_line_pieces())
        if (
            line is not None
            and plausible(line, fetched_at)
            and (url_month is None or in_month(line, url_month))
        ):
            stamp = line
    if stamp is None and "published" not in meta.conflicts:
        # No line right under the headline: the date line further down, below the standfirst
        # and the authors, before the body.
        line = None if _links_away(heading, facts) else _date_lines_between(date_line_pieces())
        if (
            line is not None
            and plausible(line, fetched_at)
            and (url_month is None or in_month(line, url_month))
        ):
            stamp = line
    if (
        stamp is None
        and "published" not in meta.conflicts
        and heading is not None
        and shows_title(heading, title)
        and not _links_away(heading, facts)
    ):
        # No date line under the headline: the one right above it, inside its own block.
        line = _line_above_headline(heading, pieces_after())
        if (
            line is not None
            and plausible(line, fetched_at)
            and (url_month is None or in_month(line, url_month))
        ):
            stamp = line
    if stamp is not None and stamp.origin in _TOP_OF_THE_PAGE and liveblog.ticker(tree) is not None:
        # A live ticker shows its newest entry beside the headline (in a <time>, a date line,
        # the day the extractor reads there), not when it started; without declared data, a
        # label or the URL, nothing on it tells its start.
        guessed, stamp = stamp, None
    if hint is not None and "published" not in meta.conflicts:
        if stamp is None:
            stamp = hint
        elif gap(stamp, hint) > HINT_TOLERANCE:
            _refuse(meta, "conflict", stamp, hint)
            stamp = None
        elif (
            hint.aware
            and hint.precision != "day"
            and (stamp.precision == "day" or not stamp.aware or stamp.origin not in _DECLARED)
        ):
            # The listing states the time deliberately; it beats a day, and a <time> element or
            # the extractor's guess (often an update), not the page's own declared metadata.
            stamp = hint
    if stamp is None and guessed is not None and "published" not in meta.conflicts:
        _refuse(meta, "weak", guessed)
    if stamp is not None and stamp.origin in _DECLARED_OR_DATA and stamp.precision != "day":
        # The declared instant against the time the page shows its readers beside that day.
        checked = _against_the_shown_time(
            stamp,
            _shown_clock(
                stamp.local_day,
                pieces_after,
                (heading, title, facts),
                partial(_shown_times, stamp.local_day, headline, facts, around),
                lambda: labelled().stamp,
            ),
            modified,
        )
        if checked is not stamp:
            # Counted, so that an operator sees how often a source's declared time is not the
            # one its pages show: taken over by the shown time, or left for the day alone.
            meta.skipped.append(
                "published_time_unshown" if checked.precision == "day" else "published_time_shown"
            )
        stamp = checked
    if stamp is not None and stamp.precision == "day" and "published" not in meta.conflicts:
        # The day found without its time: the time the date line beside the headline shows
        # with that day, in the zone it names, else the one the page's dates or data state (a
        # wall time in no known zone is no instant: the day stays).
        # Where no date line after the headline shows the time: the story's meta box beside the
        # body, the labelled publication line ("Giriş: 03.07.2024 - 18:24" in a box beside the
        # headline's), the date line right above the headline; read in a zone stated for it,
        # else, as the date line's, in the zone of the page's language (below).
        clock = _clock_beside_the_day(
            stamp.day, pieces_after, (heading, title, facts), lambda: labelled().stamp
        ) or _clock_of_the_byline(stamp.day, story_texts, authors)
        # An offset of zero the candidates state is UTC, not the site's zone (the wall time of
        # a German page is no UTC time).
        single = zones[0] if zones and all(z == zones[0] for z in zones) else None
        moments = cache(partial(_data_moments, tree))
        if clock is not None:
            zone = clock.zone or (single if single and single.utcoffset(None) else None)
            zone = zone or data_zone()
            if zone is not None and not _may_mean(clock, zone.utcoffset(None)):
                zone = None
            if zone is not None and zone is not clock.zone:
                zone = _offset_that_day(zone, stamp.value.date(), chain(every, moments()))
            if zone is not None:
                timed = _with_its_clock(stamp, clock, zone)
                if plausible(timed, fetched_at) and not _data_earlier_that_day(moments(), timed):
                    stamp = timed
        if stamp.precision == "day":
            # No zone stated for it: the instant a <time> beside the headline states and its
            # text confirms, else the wall time shown, in the zone of the page's language (or
            # the offset its data states that day).
            shown_at = _as_the_page_shows_it(
                stamp,
                clock,
                _shown_times(stamp.day, headline, facts, around),
                _wall_zone(tree, facts.url, stamp.value.date(), data_zone, every, moments),
                lambda: chain(every, moments()),
            )
            stated = None
            if shown_at is None:
                # No wall time in a known zone: the instant an element beside the headline
                # states in an attribute and its text shows as its date line, in the offset
                # stated, where the date line's own time (if read) is that instant's.
                stated = _stated_beside_the_headline(stamp, headline, facts, around)
                if clock is None or (
                    stated is not None and _reads(clock, stamp.value.date(), stated.value)
                ):
                    shown_at = stated
            if (
                shown_at is not None
                and plausible(shown_at, fetched_at)
                and not _data_earlier_that_day(moments(), shown_at)
            ):
                stamp = shown_at
                if shown_at is stated:
                    # Counted: a time no line, <time> or zone of the page gave, read from an
                    # attribute beside the day (news/meta/published_time_stated).
                    meta.skipped.append("published_time_stated")
    if stamp is not None:
        meta.published = stamp.iso()
        meta.published_precision = "day" if not stamp.aware else stamp.precision
        meta.origin["published"] = stamp.origin
        days = [s for s in (*strong, *medium, url_stamp) if s is not None and s.precision == "day"]
        meta.published_local_day = _local_day(stamp, zones, days, data_zone)
    if modified:
        changed = modified[0]
        if stamp is not None and changed.bounds()[1] < stamp.bounds()[0]:
            meta.conflicts.append("modified")
        else:
            meta.modified = changed.iso()
            meta.origin["modified"] = changed.origin
    return meta
