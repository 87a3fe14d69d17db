"""The days a page shows elsewhere, and the checks that hold a date against them.

The days its meta tags of any name write as the publication (:func:`meta_days`), of its ``<time>``
elements (:func:`time_day`), of a "published 3 hours ago" (:func:`published_ago_day`), of its
bylines, addresses and labelled attributes (:func:`byline_days`, :func:`address_days`,
:func:`attribute_days`), and the lines it labels as the publication (:func:`labelled_in`,
:func:`labelled_under`). Against them a candidate is refused or kept: contradicted by the labelled
line or the date line under the headline (:func:`contradicts`, :func:`line_contradicts`), showing an
earlier day than the page does (:func:`shows_earlier`, :func:`shows_an_earlier_day`), the
extractor's guess without independent support (:func:`supported`), a URL's full date over a guess
(:func:`url_over_a_guess`), a print edition's day (:func:`edition_near`), a re-publication
(:func:`republished`).

Apart from the resolver (:mod:`pipelines.text.published`) because each check is a question about
one candidate and the page, answered the same whichever candidate won; the resolver decides what
to do with the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import Stamp, parse_timestamp
from pipelines.text.datelines import PAGE_LEVELS, other_reading
from pipelines.text.dateowner import DIGIT, SHOWN_LEVELS, SHOWN_TEXT, TIMES, elsewhere
from pipelines.text.dates import (
    Labelled,
    date_from_url,
    edition_days,
    gap,
    in_month,
    labelled_dates,
    possible_days,
    published_ago,
    shown_days,
    tidy_timestamp,
)
from pipelines.text.structured import PageFacts, ancestors, collapse, visible_texts, within

# Two of the page's own strong dates further apart than this contradict each other.
PAGE_TOLERANCE = timedelta(hours=24)


def shows_an_earlier_day(stamp: Stamp, line: set[str]) -> bool:
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


def meta_days(facts: PageFacts) -> set[str]:
    """The days meta tags of any name write as the page's publication, each in its own zone."""
    days: set[str] = set()
    for name, values in facts.meta.items():
        if not _PUBLICATION_NAME.search(name) or _CHANGE_NAME.search(name):
            continue
        stamps = (stamp for stamp in map(_read_stamp, values) if stamp is not None)
        days.update(day for day in map(_own_day, stamps) if day)
    return days


def time_day(tree: HtmlElement) -> set[str]:
    """The one day every ``datetime`` attribute of the page writes (:data:`TIMES`), if they all
    write the same.

    A forum thread or a blog post dates its post and its replies of the same day with <time>
    elements wherever the theme puts them (often inside a permalink); a page whose <time>
    elements name other days too, or a time in UTC, gives nothing.
    """
    days: set[str] = set()
    for element in TIMES(tree):
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


def published_ago_day(tree: HtmlElement, fetched_at: datetime | None) -> set[str]:
    """The days the page's ``<time>`` elements without a ``datetime`` name by how long ago they
    say the story was published ("<time>Published: 5 hours ago</time>",
    :func:`dates.published_ago`), counted back from ``fetched_at``, where they all name the same.
    """
    if fetched_at is None:
        return set()
    found: set[frozenset[str]] = set()
    for element in TIMES(tree):
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


def byline_days(tree: HtmlElement) -> set[str]:
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


def address_days(facts: PageFacts) -> set[str]:
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


def attribute_days(tree: HtmlElement) -> set[str]:
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
        if element.tag == "a" or elsewhere(element) or within(element, _NOT_THE_ARTICLES):
            continue
        for name in ("aria-label", "title"):
            value = element.get(name)
            if value and DIGIT.search(value):
                days |= labelled_dates([value]).published
        if len(days) > _ONE_DATE_DAYS:
            return set()
    return days


def texts_of_the_story(tree: HtmlElement) -> tuple[str, ...]:
    """The page's visible text pieces less the items that are not the story
    (:func:`elsewhere`: teasers, asides, comments, the footer): what the labelled date lines
    and the author's byline are read from, walked once for both."""
    body = tree.find("body")
    return tuple(visible_texts(body if body is not None else tree, elsewhere))


def labelled_in(texts: Sequence[str]) -> Labelled:
    """The date lines the page labels ("Veröffentlicht am …", "Updated …", "입력 …"), read from
    its visible text less the items that are not the story (``texts``: :func:`texts_of_the_story`).

    The whole page, not only beside the headline: templates put the line above the headline,
    under it or at the story's end, and some pages show no heading the title finds; the label
    is what makes a line the story's date. Read only when a rule needs it (a page without any
    other date, an extractor's guess looking for support): it walks the page's text.
    """
    return labelled_dates(texts)


def labelled_under(pieces: Iterable[str]) -> Labelled:
    """The date lines labelled under the headline in ``pieces``, the text up to where the story's
    date line may stand (:func:`pieces_below`, which leaves out teasers, asides and comments).

    A labelled line that overrules declared metadata must be the story's own: the line templates
    print between the headline and the body. Further down, a labelled line may belong to an item
    the markup does not set apart (an embedded story, a list of posts), and reading the whole
    page's text (:func:`labelled_in`) costs several times the rest of the date rules; these few
    pieces are cheap enough to read on every page that has a date.
    """
    return labelled_dates(pieces)


def contradicts(stamp: Stamp, published: frozenset[str]) -> bool:
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


def line_contradicts(stamp: Stamp, line: Stamp | None) -> bool:
    """Whether the date line under the headline (:func:`line_under_headline`) names a day more
    than :data:`PAGE_TOLERANCE` before the stamp, on any day its unknown zone allows.

    Only before: a story is not published after the first date it shows its readers (see
    :func:`shows_an_earlier_day`), while a line after the stamp is the common updated story
    that shows its update without saying so.
    """
    return line is not None and line.bounds()[1] < stamp.bounds()[0] - PAGE_TOLERANCE


def dated_at_the_top(
    stamp: Stamp,
    url_month: tuple[int, int] | None,
    times: list[Stamp],
    dateline: Callable[[], set[str]],
) -> bool:
    """Whether the URL's month folder holds the stamp, the ``<time>`` beside the headline
    (``times``) agrees with it, or the first date after the headline (``dateline``, read
    only when the other two say nothing: :func:`days_of_the_dateline`) is one of the stamp's days.

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


def story_part(heading: HtmlElement | None) -> HtmlElement | None:
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


def edition_near(heading: HtmlElement | None) -> set[str]:
    """The days of a print edition written beside the headline ("Aus: Ausgabe vom 26.04.2024"),
    in the closest part around it (up to :data:`SHOWN_LEVELS`) that names an edition."""
    if heading is None:
        return set()
    for scope in ancestors(heading, SHOWN_LEVELS):
        if scope.tag in PAGE_LEVELS:
            break
        if days := edition_days(" ".join(SHOWN_TEXT(scope))):
            return days
    return set()


def supported(
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
    canonical address writes (:func:`address_days`), a publication line written into an
    attribute (:func:`attribute_days`) or the day of a wire dateline opening the story
    (:func:`agency_days`) agreeing make it the page's. Only those that reached here without
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


def shown_of_the_two(first: Stamp, second: Stamp, line: set[str], beside: set[str]) -> Stamp | None:
    """Of two declared publications that disagree, the one whose day the page shows its
    readers; else None.

    ``line`` is the first date after the headline (:func:`datelines.days_of_the_dateline`, which
    gives nothing for a line labelled as an update, a print edition or a copyright), ``beside``
    the days written beside the headline (:func:`dateowner.days_near`). The line must write one
    of the two days and not the other's, and nothing beside the headline the other's: a page
    that shows both days (a publication and an update line) tells nothing of which is which.
    """
    for this, other in ((first, second), (second, first)):
        theirs = possible_days(other)
        if line & possible_days(this) and not (line | beside) & theirs:
            return this
    return None


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
        (other := other_reading(day)) != day and other in found and slashed({day, other}, days)
        for day in days
    )


def url_over_a_guess(
    stamp: Stamp, url_stamp: Stamp, days_shown: Callable[[], set[str]]
) -> Stamp | None:
    """The URL's date where it disagrees with the extractor's guess (``stamp``) and the page
    shows the URL's day beside its headline (``days_shown``: :func:`days_near`); else None,
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


def shown_in_month(shown: set[str], month: tuple[int, int]) -> Stamp | None:
    """The one day written beside the headline that falls in the URL's month, if exactly one."""
    prefix = f"{month[0]:04d}-{month[1]:02d}-"
    days = [day for day in shown if day.startswith(prefix)]
    if len(days) != 1:
        return None
    return Stamp(datetime.fromisoformat(days[0]), "day", "text")


def shows_only_the_update(
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


def shows_earlier(stamp: Stamp, times: Sequence[Stamp], dateline: Callable[[], set[str]]) -> bool:
    """Whether what the page shows its readers as the story's date lies more than
    :data:`PAGE_TOLERANCE` before the declared ``stamp``, all of it, and none of it on the
    stamp's days.

    ``times``: the ``<time>`` beside the headline (at most one, not a teaser's and not labelled
    as an update, :func:`time_elements`); ``dateline``: the day of the wire dateline opening
    the story (:func:`agency_days`), read only where the ``<time>`` does not agree. On the
    half of the dev pages the rules are tuned on, neither fell more than a day from a declared
    date the resolver kept, in any of the benchmark's markup modes. The byline's date and a
    publication line in an attribute never did either, but reading them costs about 2 ms a page
    (both walk the whole tree), a fifth of the resolver, on every page with declared data.

    A story is not published after the date its own page shows (see
    :func:`shows_an_earlier_day`): a declared date after it is a modification written as the
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


def republished(stamp: Stamp, month: tuple[int, int], line: Stamp | None) -> bool:
    """Whether a ``<time>`` beside the headline (``stamp``) dates a re-publication under the
    story's old address: a day after the URL's month folder that the date line right under the
    headline (``line``, :func:`line_under_headline`) writes too.

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
