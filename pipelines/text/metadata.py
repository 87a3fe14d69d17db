"""Title, authors and dates of an article, resolved from the evidence of the page and its listing.

Candidates, strongest first: the JSON-LD entity describing this page, Open Graph / ``article:*``
meta tags, microdata, Dublin Core and other date meta tags, the feed or sitemap entry that listed
the page, a ``<time>`` element and byline markup near the headline, a date in the URL, and
trafilatura's own answer. Consistency checks (:mod:`pipelines.text.dates`) throw out impossible
dates; when strong candidates disagree the field stays empty and ``conflicts`` names it: a
missing date is better than a wrong one. trafilatura's date alone, which nothing independent
supports, leaves it empty too (``weak``). ``origin`` records where each field came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any, Protocol

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import Stamp, parse_timestamp
from pipelines.text import authors as author_rules
from pipelines.text import liveblog
from pipelines.text.dates import (
    Choice,
    Labelled,
    apply_zone,
    choose,
    date_from_url,
    gap,
    in_month,
    labelled_dates,
    month_from_url,
    new_year,
    paired_zone,
    plausible,
    possible_days,
    shown_days,
    tidy_timestamp,
    written_date,
)
from pipelines.text.pagetype import listing_reason
from pipelines.text.structured import (
    PageFacts,
    collapse,
    entity_text,
    gather,
    host_of,
    loose,
    nearest,
    page_entity,
    site_names,
    text_after,
    visible_texts,
    webpage_entity,
)
from pipelines.text.titles import choose_title

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
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
)


# The text nearest the headline that writes more days than this is a list (archive links, results,
# comments): no evidence for any one of them.
_SHOWN_LIMIT = 3
# How far up from the headline the day it shows is looked for.
_SHOWN_LEVELS = 6

# Origins of dates the page declares as metadata (beside them a listing's time is not preferred).
_DECLARED = frozenset({"jsonld", "meta", "microdata"})


class Found(Protocol):
    """trafilatura's answer, one candidate among others (``Extracted`` fits). Its ``text``,
    where it has one, is read for a reporters' credit ("Reporting by …")."""

    title: str | None
    author: str | None
    date: str | None


@dataclass(frozen=True)
class ListingHints:
    """What the feed or sitemap entry said about the page."""

    title: str | None = None
    published: str | None = None
    author: str | None = None

    @classmethod
    def from_mapping(cls, hints: Mapping[str, Any] | None) -> ListingHints:
        hints = hints or {}
        return cls(hints.get("title"), hints.get("published"), hints.get("author"))


@dataclass
class PageMetadata:
    """Resolved fields; dates are UTC ISO 8601 strings (``…Z``), see :mod:`pipelines.text.dates`."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_precision: str | None = None
    modified: str | None = None
    origin: dict[str, str] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    # Fields left empty because their one candidate was a guess nothing else on the page supports.
    weak: list[str] = field(default_factory=list)
    # Candidates left out for lack of confirmation, e.g. ``authors_unconfirmed`` (counted as
    # news/meta/<reason>).
    skipped: list[str] = field(default_factory=list)
    published_local_day: str | None = None  # the day in the page's own zone (``published_day``)
    listing: str | None = None  # why the page is a listing, None for an article
    headlines: tuple[str, ...] = ()  # the page's own headline forms (h1, og:title, JSON-LD)

    @property
    def author(self) -> str | None:
        """The display string for SQL users: names joined by ', '."""
        return ", ".join(self.authors) or None


def _headline_element(facts: PageFacts, title: str | None) -> HtmlElement | None:
    """The <h1> that shows the headline (for byline and <time> proximity)."""
    key = loose(title)
    for text, element in zip(facts.h1, facts.h1_elements, strict=True):
        if key and (loose(text) == key or key in loose(text)):
            return element
    return facts.h1_elements[0] if len(facts.h1_elements) == 1 else None


# A heading that starts with this much of the title (loosely) is the headline with its own suffix.
_SHARED_START = 20


def _heading_starting_like(
    facts: PageFacts, tree: HtmlElement, title: str | None
) -> HtmlElement | None:
    """The one <h1> (else <h2> or <h3>) that starts like the title where no <h1> shows it whole.

    Title and headline may each carry their own suffix ("Headline | Section" and "Headline
    Subscribers"), and some pages set their headline in a lower heading; the day the page shows
    is beside that heading all the same.
    """
    start = loose(title)[:_SHARED_START]
    if len(start) < _SHARED_START:
        return None
    found = [
        element
        for text, element in zip(facts.h1, facts.h1_elements, strict=True)
        if loose(text).startswith(start)
    ]
    if not found:
        found = [h for h in tree.iter("h2", "h3") if loose(h.text_content()).startswith(start)]
    return found[0] if len(found) == 1 else None


# A heading that equals a title this long (loosely) is the headline, short as it may be.
_SHORT_HEADLINE = 8


def _heading_equal_to(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The one <h2> … <h6> whose text is a short title, on pages whose <h1> is the site's or a
    section's name ("News") and whose headline sits in a lower heading.

    Longer titles are found by their start (:func:`_heading_starting_like`), where two
    headings starting alike leave the headline unknown.
    """
    key = loose(title)
    if not _SHORT_HEADLINE <= len(key) < _SHARED_START:
        return None
    found = [h for h in tree.iter("h2", "h3", "h4", "h5", "h6") if loose(h.text_content()) == key]
    return found[0] if len(found) == 1 else None


# What sets a site's or section's name apart after the headline in a title ("Headline – Blog").
_TITLE_SUFFIX = re.compile(r"\s*[-–—|:·•»/]\s*\S")


def _heading_opening_title(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The first <h1> … <h4> whose text is the title's start, a suffix after it.

    A title that was not stripped of its site name ("Headline – Site – Blog") is longer than
    the heading that shows the headline, so neither equality nor a shared start of
    :data:`_SHARED_START` characters finds that heading.
    """
    text = collapse(title).casefold()
    if not text:
        return None
    headings = [
        (collapse(h.text_content()).casefold(), h) for h in tree.iter("h1", "h2", "h3", "h4")
    ]
    found: dict[str, HtmlElement] = {}
    for shown, heading in headings:
        if (
            len(loose(shown)) >= _SHORT_HEADLINE
            and text.startswith(shown)
            and _TITLE_SUFFIX.match(text, len(shown))
        ):
            found.setdefault(shown, heading)
    # The same headline again further down (a sidebar's list of recent posts) is the same story;
    # headings of two lengths, or another heading that starts with the same words, leave it
    # unknown which one is the headline.
    if len(found) != 1:
        return None
    shown, heading = next(iter(found.items()))
    if any(other != shown and other.startswith(shown) for other, _ in headings):
        return None
    return heading


def _times_in(scope: HtmlElement) -> list[str]:
    # Links, asides and lists hold teasers; a blockquote holds an embedded post's date.
    return [
        t.get("datetime") or collapse(t.text_content())
        for t in scope.iter("time")
        if (t.get("datetime") or t.text)
        and not any(a.tag in ("a", "aside", "nav", "li", "blockquote") for a in t.iterancestors())
    ]


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


def _days_in_part(scope: HtmlElement) -> list[str]:
    # The whole <body> is no longer beside the headline: a footer's or sidebar's day is not.
    if scope.tag in ("body", "html"):
        return []
    # Text nodes joined with a space: a line break or a new element between a source's name and
    # its day ("News24<br>13 Jan 2020") must not glue them into one number ("News2413 Jan").
    return sorted(shown_days(" ".join(scope.itertext())))


def _days_near(headline: HtmlElement | None) -> set[str]:
    """The days written in the text closest to the headline, unless that text lists many."""
    days = nearest(headline, _days_in_part, _SHOWN_LEVELS)
    return set(days) if len(days) <= _SHOWN_LIMIT else set()


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
    """
    if element.tag in _ITEMS_ELSEWHERE:
        return True
    if element.tag == "li" and element.find(".//a") is not None:
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')}".casefold()
    return "comment" in marks


def _shows_title(heading: HtmlElement, title: str | None) -> bool:
    """Whether the heading shows the title: whole, its start, or the title's start before a
    suffix (the ways :func:`_title_heading` finds the headline)."""
    key = loose(title)
    shown = loose(heading.text_content())
    if not key or len(shown) < _SHORT_HEADLINE:
        return False
    return key in shown or key.startswith(shown) or shown.startswith(key[:_SHARED_START])


# Every written date ends with a digit: a piece of text without one completes none.
_DIGIT = re.compile(r"\d")


def _pieces_after(heading: HtmlElement | None, title: str | None) -> Iterator[str]:
    """The pieces of text a reader meets after the headline, up to where a date line may stand.

    Only after a heading that shows the title: a lone <h1> naming the site or a section is
    followed by the page's first teaser.
    """
    if heading is None or not _shows_title(heading, title):
        return
    seen = 0
    for piece in text_after(heading, _elsewhere):
        piece = collapse(piece)
        if not piece:
            continue
        yield piece
        seen += len(piece) + 1  # and the space that parts it from the piece before
        if seen > _DATELINE_REACH:
            return


def _dateline_days(pieces: Iterable[str]) -> set[str]:
    """The first date written after the headline (``pieces``: :func:`_pieces_after`), in each
    reading its form allows.

    Article templates put the date line between the headline and the body (headline, standfirst,
    byline and date, then the text), so the first date a reader meets after the headline is the
    story's, even where the part of the page around the headline writes many more (comments'
    dates, a body that cites days) and :func:`_days_near` gives nothing. Evidence for a guess
    only: alone it is another item's date too often.
    """
    text = ""
    for piece in pieces:
        text = f"{text} {piece}"
        if _DIGIT.search(piece) is None:
            continue
        days = shown_days(text)
        if days:
            return days
    return set()


# A date line is short ("By Jane Doe | March 5, 2024", "13 Jan 2020, 22:11 GMT+10"): a longer
# piece of text is a sentence (a standfirst, a photo caption, the body), and a day it writes is
# what the sentence tells about, not when the story appeared.
_DATE_LINE = 80
# How many short pieces in a row one date line may be set in ("12" "Mai" "2019", "Von" "Jane
# Doe" "|" "5. März 2024").
_LINE_PIECES = 3


def _date_line_days(pieces: Iterable[str]) -> set[str]:
    """The days of the first short line after the headline (``pieces``: :func:`_pieces_after`)
    that writes a date.

    Stricter than :func:`_dateline_days`: a date a sentence writes (a caption's "Geneva, March
    5, 2019", a standfirst recalling an event) comes before no date line, so the search stops at
    the first long piece of text that writes one; only a day set apart as a line counts, the
    way templates print the story's date between headline and body.
    """
    line: list[str] = []
    for piece in pieces:
        digits = _DIGIT.search(piece) is not None
        if len(piece) > _DATE_LINE:
            if digits and shown_days(piece):
                return set()
            line = []
            continue
        line = [*line[1 - _LINE_PIECES :], piece]
        days = shown_days(" ".join(line)) if digits else set()
        if days:
            return days
    return set()


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
    """The one day every ``<time datetime>`` of the page writes, if they all write the same.

    A forum thread or a blog post dates its post and its replies of the same day with <time>
    elements wherever the theme puts them (often inside a permalink); a page whose <time>
    elements name other days too, or a time in UTC, gives nothing.
    """
    days: set[str] = set()
    for element in tree.iter("time"):
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
            or any(a.tag in _NOT_THE_ARTICLES for a in element.iterancestors())
        ):
            continue
        text = collapse(line.text_content())
        if len(text) > _BYLINE_LINE:
            continue
        days |= shown_days(text)
        if len(days) > 2:  # "03/05/2024" reads two ways; more is more than one date
            return set()
    return days


def _labelled(tree: HtmlElement) -> Labelled:
    """The date lines the page labels ("Veröffentlicht am …", "Updated …", "입력 …"), read from
    its visible text less the items that are not the story (:func:`_elsewhere`: teasers, asides,
    comments, the footer).

    The whole page, not only beside the headline: templates put the line above the headline,
    under it or at the story's end, and some pages show no heading the title finds; the label
    is what makes a line the story's date. Read only when a rule needs it (a page without any
    other date, an extractor's guess looking for support): it walks the page's text.
    """
    body = tree.find("body")
    return labelled_dates(visible_texts(body if body is not None else tree, _elsewhere))


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

    Agreement is generous: any reading of an ambiguous labelled date, on any day the stamp's
    unknown zone allows, within :data:`PAGE_TOLERANCE`; only a day clearly apart contradicts.
    """
    days = (Stamp(datetime.fromisoformat(day), "day", "label") for day in published)
    return bool(published) and all(gap(stamp, day) > PAGE_TOLERANCE for day in days)


def _supported(
    guess: Stamp,
    url_stamp: Stamp | None,
    url_month: tuple[int, int] | None,
    hint: Stamp | None,
    shown: Iterable[Callable[[], set[str]]],
) -> bool:
    """Whether evidence independent of the extractor agrees with its guess.

    htmldate, asked for a date anywhere, returns one even when the page shows none of its own: a
    photo's date, another post's, the day of a copyright line. Alone it is wrong too often (about
    one in ten on the dev pages); the URL's date or month, the listing's date, or a day the page
    shows beside its headline or first after it, a publication meta tag of another name, the
    page's <time> elements or the date on its byline's line agreeing make it the page's. Only
    those that reached here without contradicting it are looked at (a disagreeing URL date was
    already a conflict). ``shown`` are read in order, each only when needed.
    """
    if url_stamp is not None or url_month is not None:
        return True  # a URL date or month it does not contradict
    if hint is not None and gap(guess, hint) <= PAGE_TOLERANCE:
        return True
    days = possible_days(guess)
    return any(days & look() for look in shown)


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


def _after_its_entries(stamp: Stamp, page: dict[str, Any] | None) -> bool:
    """Whether a declared live blog would have started after one of its own entries: then its
    ``datePublished`` is an update (some CMSs stamp the blog with its newest entry), not the
    start. Not a live blog, or one that lists no entries: False."""
    entries = _stamps([("jsonld", text) for text in liveblog.entry_times(page)])
    start = stamp.bounds()[0]
    return any(start > entry.bounds()[1] + PAGE_TOLERANCE for entry in entries)


def _local_day(stamp: Stamp, zones: list[timezone], days: list[Stamp]) -> str:
    """The calendar day the page itself gives the published moment (its own zone).

    Stored dates are UTC; a page dates its story in its own zone. The zone is known when the page
    states one offset other than UTC (or one wall time pairs with a UTC time); a page that writes
    only UTC still names its own day in a day-only date (URL, a date without time) that the
    moment may fall on.
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
    return stamp.local_day


def _resolve_dates(
    facts: PageFacts,
    tree: HtmlElement,
    entity: dict[str, Any] | None,
    headline: HtmlElement | None,
    found: Found | None,
    hints: ListingHints,
    fetched_at: datetime | None,
    meta: PageMetadata,
) -> None:
    page = entity or webpage_entity(facts)
    micro = _microdata_dates(tree)
    strong_raw = [
        ("jsonld", entity_text(page, "datePublished") or liveblog.declared_start(page)),
        ("meta", facts.first(*_PUBLISHED_META)),
        ("microdata", micro["datePublished"]),
    ]
    medium_raw = [
        ("meta", facts.first(*_OTHER_DATE_META)),
        *(("time", v) for v in nearest(headline, _times_in, 4)[:1]),
    ]
    weak_raw = [("extractor", found.date if found else None)]
    modified_raw = [
        ("jsonld", entity_text(page, "dateModified")),
        ("meta", facts.first(*_MODIFIED_META)),
        ("microdata", micro["dateModified"]),
    ]
    hint = parse_timestamp(hints.published, "listing")
    groups = [_stamps(strong_raw), _stamps(medium_raw), _stamps(weak_raw), _stamps(modified_raw)]
    url_stamp = date_from_url(facts.url)
    url_month = month_from_url(facts.url)
    # Published candidates only: a published and a modified time that happen to be whole hours
    # apart would otherwise pass for one moment written in two zones.
    published_side = [s for g in groups[:3] for s in g]
    paired = paired_zone(published_side, published_side)
    every = [*published_side, *groups[3]]
    zones = [paired] if paired else [s.zone for s in every if s.zone is not None]
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
        meta.conflicts.append("published")
    if stamp is None and not choice.conflict:
        if weak:
            stamp = choose(weak, [url_stamp] if url_stamp else [], tolerance=PAGE_TOLERANCE).stamp
        elif url_stamp is not None and plausible(url_stamp, fetched_at):
            stamp = url_stamp
    # A full date in the URL is written once, when the story is first published.
    if (
        stamp is not None
        and stamp.origin != "url"
        and url_stamp is not None
        and gap(stamp, url_stamp) > PAGE_TOLERANCE
    ):
        meta.conflicts.append("published")
        stamp = None

    guessed: Stamp | None = None  # a guess dropped for want of support

    @cache
    def title_heading() -> HtmlElement | None:
        return _title_heading(facts, tree, headline, meta.title)

    @cache
    def pieces_after() -> tuple[str, ...]:
        """The text after the headline, read once for the rules that look for a date line."""
        return tuple(_pieces_after(title_heading(), meta.title))

    def days_shown() -> set[str]:
        """The days written beside the headline (looked for only when a rule needs them)."""
        return _days_near(title_heading())

    @cache
    def labelled() -> Labelled:
        return _labelled(tree)

    # Days the page writes away from its headline, read only when a rule needs them; a day the
    # page labels as its publication last (it walks the page's text). A day labelled as an
    # update is no evidence for a publication.
    elsewhere_on_page: tuple[Callable[[], set[str]], ...] = (
        lambda: _meta_days(facts),
        lambda: _time_day(tree),
        lambda: _byline_days(tree),
        lambda: set(labelled().published),
    )

    # A month folder (/2011/12/slug) says less (a story may be re-published under its old URL),
    # enough to reject a date the page does not declare (the extractor's guess from a teaser or
    # a sidebar); the extractor's guess needs support even inside the month.
    if (
        stamp is not None
        and stamp.origin not in _DECLARED
        and stamp.origin != "url"
        and (
            (url_month is not None and not in_month(stamp, url_month))
            or (
                stamp.origin == "extractor"
                and not _supported(
                    stamp,
                    url_stamp,
                    url_month,
                    hint,
                    (
                        days_shown,
                        lambda: _dateline_days(pieces_after()),
                        *elsewhere_on_page,
                    ),
                )
            )
        )
    ):
        guessed, stamp = stamp, None
    if stamp is not None and _after_its_entries(stamp, page):
        meta.conflicts.append("published")
        stamp = None
    if (
        stamp is not None
        and stamp.origin in _DECLARED
        and modified
        and _shows_only_the_update(stamp, modified[0], days_shown)
        and not liveblog.is_live_blog(page, tree)
    ):
        meta.conflicts.append("published")
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
        meta.conflicts.append("published")
        stamp = None
    if (
        stamp is not None
        and stamp.origin != "label"
        and _contradicts(stamp, _labelled_under(pieces_after()).published)
        and not liveblog.is_live_blog(page, tree)
    ):
        # The page labels its publication under the headline ("Veröffentlicht am 2. August
        # 2018") and the winner falls on none of those days: metadata of another copy (a
        # syndicated or re-published story keeps the original's, or the copy's own), a CMS
        # default, another item's date. The page contradicts itself; nothing tells which is
        # right, and a missing date is better than a wrong one. A live blog's entries under its
        # headline are labelled with their own days, not the blog's start.
        meta.conflicts.append("published")
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
            stamp = apply_zone([label], zones)[0]
    if stamp is None and url_month is not None and "published" not in meta.conflicts:
        # The page's own day beside its headline, inside the URL's month: two sources agree.
        stamp = _shown_in_month(days_shown(), url_month)
    if hint is not None and "published" not in meta.conflicts:
        if stamp is None:
            stamp = hint
        elif gap(stamp, hint) > HINT_TOLERANCE:
            meta.conflicts.append("published")
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
        meta.weak.append("published")
    if stamp is not None:
        meta.published = stamp.iso()
        meta.published_precision = "day" if not stamp.aware else stamp.precision
        meta.origin["published"] = stamp.origin
        days = [s for s in (*strong, *medium, url_stamp) if s is not None and s.precision == "day"]
        meta.published_local_day = _local_day(stamp, zones, days)
    if modified:
        changed = modified[0]
        if stamp is not None and changed.bounds()[1] < stamp.bounds()[0]:
            meta.conflicts.append("modified")
        else:
            meta.modified = changed.iso()
            meta.origin["modified"] = changed.origin


def _author_candidates(
    facts: PageFacts,
    persons: list[str],
    headline: HtmlElement | None,
    found: Found | None,
    hints: ListingHints,
) -> list[tuple[str, Callable[[], list[str]]]]:
    """Author sources in order of trust, each a reader so it is read only when needed."""
    return [
        ("jsonld", lambda: persons),
        ("byline", lambda: author_rules.byline_near(headline)),
        ("meta", lambda: [v for name in _AUTHOR_META for v in facts.meta.get(name, ())]),
        ("line", lambda: author_rules.lead_byline_near(headline)),
        ("credit", lambda: author_rules.credit_in_text(getattr(found, "text", None))),
        ("listing", lambda: [hints.author] if hints.author else []),
        ("extractor", lambda: [found.author] if found and found.author else []),
    ]


def _title_heading(
    facts: PageFacts, tree: HtmlElement, headline: HtmlElement | None, title: str | None
) -> HtmlElement | None:
    """The heading the byline and the shown dates are looked for beside: the <h1> headline,
    else the lower heading that shows the title (blog and magazine themes set the post's title
    in an <h2> and keep <h1> for the site's name, or have none)."""
    if headline is not None:
        return headline
    for find in (
        lambda: _heading_starting_like(facts, tree, title),
        lambda: _heading_equal_to(tree, title),
        lambda: _heading_opening_title(tree, title),
    ):
        heading = find()
        if heading is not None:
            return heading
    return None


def author_evidence(
    tree: HtmlElement, url: str, title: str | None, extracted: Found | None = None
) -> list[tuple[str, list[str]]]:
    """Every author source's raw names for one page, in order of trust, before any cleaning.

    For audits (the metadata benchmark prints them beside a page it gets wrong): the resolver
    reads only as many sources as it needs, this reads them all.
    """
    facts = gather(tree, url)
    entity = page_entity(facts)
    persons, _ = author_rules.jsonld_authors(entity, facts.entities)
    anchor = _title_heading(facts, tree, _headline_element(facts, title), title)
    candidates = _author_candidates(facts, persons, anchor, extracted, ListingHints())
    return [(origin, read()) for origin, read in candidates]


def _credited_as_editors(
    names: list[str],
    anchor: HtmlElement | None,
    names_of: Callable[[list[str]], list[str]],
) -> bool:
    """Whether the page's credit labels every one of ``names`` as the story's editor.

    Sites that credit writer and editor side by side ("Jane Doe, Writer · John Roe, Editor")
    often fill the JSON-LD author from the CMS account that published the story, the editor's:
    when the JSON-LD names only the people the page itself calls editors, its disagreement with
    the byline's writers is no conflict, the byline names the authors.
    """
    editors = {loose(name) for name in names_of(author_rules.byline_near(anchor, editors=True))}
    return bool(editors) and all(loose(name) in editors for name in names)


def _resolve_authors(
    facts: PageFacts,
    tree: HtmlElement,
    entity: dict[str, Any] | None,
    headline: HtmlElement | None,
    found: Found | None,
    hints: ListingHints,
    sites: list[str],
    meta: PageMetadata,
) -> None:
    """The first source that names people, unless the visible byline names others.

    JSON-LD and meta tags are filled by the CMS, the byline is what the reader sees: when the
    chosen JSON-LD names and the byline near the headline (or the chosen byline and the meta
    tags) share no person, one of them is wrong and nothing tells which, so nothing is stored
    and ``conflicts`` names ``authors``. Organisations the JSON-LD names as authors are never
    taken from another source either.
    """
    host = host_of(facts.url)
    persons, organisations = author_rules.jsonld_authors(entity, facts.entities)
    outlets = [*sites, *organisations]
    sections = [entity_text(entity, "articleSection"), facts.first("article:section")]
    labels: set[str] | None = None
    anchor = _title_heading(facts, tree, headline, meta.title)
    candidates = _author_candidates(facts, persons, anchor, found, hints)
    # What the page's cheap sources name: the evidence that reads a credit "Doe, Jane" as one
    # person (the form alone could be two people's family names).
    known = [
        *persons,
        *(v for name in _AUTHOR_META for v in facts.meta.get(name, ())),
        *(a for a in (hints.author, found.author if found else None) if a),
    ]
    # Where the page says the story was written: the evidence that reads "Jane Doe, Berlin" as
    # a reporter and her dateline (read only when a credit names something after a name).
    places = author_rules.Places(tree, getattr(found, "text", None), entity, facts.meta)

    def names_of(raw: list[str]) -> list[str]:
        nonlocal labels
        names = author_rules.name_parts(raw, outlets, host, known, places)
        if not names:
            return []
        if labels is None:
            # Read once some source names someone: it reads every link of the page.
            labels = author_rules.section_labels(tree, sections)
        return author_rules.unique_names(names, labels)

    for index, (origin, read) in enumerate(candidates):
        names = names_of(read())
        if not names:
            continue
        check: list[str] = []
        if origin in ("jsonld", "byline"):
            check = names_of(candidates[index + 1][1]())
            if check and not author_rules.agree(names, check):
                if origin == "jsonld" and _credited_as_editors(names, anchor, names_of):
                    continue
                meta.conflicts.append("authors")
                return
        if (
            origin in ("jsonld", "meta")
            and not check
            and headline is not None
            and not author_rules.shown_on_page(tree, names)
        ):
            # Named by the CMS only, shown nowhere on a page that shows its headline (a page
            # drawn by scripts shows neither): an account, not a byline.
            meta.skipped.append("authors_unshown")
            return
        if origin == "extractor" and not author_rules.in_byline_markup(tree, names, headline):
            # trafilatura's last resort reads any item's metadata and any byline-like text
            # (the outlet's credit on pages that name no person): stored only when the page
            # shows the same names in its own byline markup.
            meta.skipped.append("authors_unconfirmed")
            return
        meta.authors = names
        meta.origin["authors"] = origin
        return


def resolve_metadata(
    tree: HtmlElement,
    url: str,
    *,
    fetched_at: datetime | str | None = None,
    hints: ListingHints | Mapping[str, Any] | None = None,
    extracted: Found | None = None,
    facts: PageFacts | None = None,
) -> PageMetadata:
    """Title, authors, published and modified of one page; never raises on odd markup.

    ``tree`` is the page parsed once (trafilatura copies it before changing anything);
    ``fetched_at`` bounds plausible dates (now when not given); ``facts``: ``gather(tree,
    url)`` when the caller has it already (the worker reads them to spot a listing first).
    """
    if isinstance(fetched_at, str):
        fetched_at = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    if not isinstance(hints, ListingHints):
        hints = ListingHints.from_mapping(hints)
    if facts is None:
        facts = gather(tree, url)
    entity = page_entity(facts)
    sites = site_names(facts)
    host = host_of(url)
    meta = PageMetadata()
    refs = [
        ("og:title", facts.first("og:title", "twitter:title")),
        ("jsonld", entity_text(entity, "headline") or entity_text(entity, "name")),
        ("meta", facts.first("headline")),
        ("html_title", facts.html_title),
        ("extractor", extracted.title if extracted else None),
        ("listing", hints.title),
    ]
    meta.title, meta.origin["title"] = choose_title(facts.h1, refs, sites, host)
    if meta.title is None:
        del meta.origin["title"]
    meta.headlines = tuple(t for t in (*facts.h1, refs[0][1], refs[1][1]) if t)
    headline = _headline_element(facts, meta.title)
    _resolve_dates(facts, tree, entity, headline, extracted, hints, fetched_at, meta)
    _resolve_authors(facts, tree, entity, headline, extracted, hints, sites, meta)
    meta.listing = listing_reason(facts, tree)
    return meta
