"""When a story was published and last modified: the date resolver.

Candidates, strongest first: the JSON-LD entity describing this page, Open Graph / ``article:*``
meta tags, microdata, Dublin Core and other date meta tags, a ``<time>`` element near the
headline (and, where nothing is declared, the story's record in the page's script data:
:mod:`pipelines.text.scriptdata`, and the blog engine's trackback description of the page:
:mod:`pipelines.text.trackback`), the feed or sitemap entry that listed the page, a date in the
URL, trafilatura's own answer, and the date line the page labels as its publication.
Consistency checks (:mod:`pipelines.text.dates`) throw out impossible dates; when strong
candidates disagree the date stays empty and ``conflicts`` names it: a missing date is better
than a wrong one. Of a declared publication and a publication meta tag of another name that
disagree, the one whose day the page's first date line after the headline shows, and not the
other's, is taken (:func:`datechecks.shown_of_the_two`, ``meta_origin`` ``shown``).
trafilatura's date alone, which nothing independent supports, leaves it empty too (``weak``).

The extractor's guess needs support the page gives independently of it
(:func:`datechecks.supported`: the URL, the listing, a day shown beside the headline or first after
it, the page's other dates). A full date in the URL beats a guess where the page shows that day
beside its headline (:func:`datechecks.url_over_a_guess`). A date is refused (a conflict) where the
page shows its readers an earlier day and nothing independent vouches for the date
(:func:`datechecks.shows_earlier`, :func:`datechecks.shows_an_earlier_day`), where a line labelled
as the publication names none of its days (:func:`datechecks.contradicts`) or the date line under
the headline an earlier one (:func:`datechecks.line_contradicts`), except on a live blog, whose
entries carry days of their own, and except where nothing is declared and the ``<time>`` under the
headline labels in its own text another publication day than its attribute states: its text's
day is taken (:func:`_labelled_by_its_time`); a day without a time that is the print edition's is
dropped (:func:`datechecks.edition_near`).

Where nothing declared is left, the page's own lines are read, in order: the line it labels as its
publication, the day beside the headline inside the URL's month, the date line right under the
headline, one further down before the body, one right above it in its own block, the one day the
lines that name the story's author write wherever they stand (:func:`timeofday.day_of_the_byline`,
which supports the extractor's guess of that day too), the day an attribute beside the headline
writes as a Unix time for a script to show (:mod:`pipelines.text.epochs`), last the one day the
page's script data writes without a time under a publication key (:func:`timeofday.data_days`,
``meta_origin`` ``script_day``). A day found without its
time takes the time shown beside it by a date line, the story's meta box, the labelled line, the
date line right above the headline or the story's author's byline wherever it stands
(:func:`timeofday.clock_of_the_byline`), in a zone the page states for that day; else the instant a
``<time>`` beside the headline states, or the wall time shown in the zone of the page's language and
its domain's country (:mod:`pipelines.text.wallzone`), else in the offset the page's data states
that day (:func:`timeofday.wall_zone`); else the instant an attribute of the date line beside the
headline states where its text shows that instant's day and clock
(:func:`timeofday._stated_and_shown`). A time in no known zone is not read: the day stays. A
reader's comment's ``<time>`` dates nothing (:func:`dateowner._in_a_comment`), nor does its day
beside the headline support a guess where no class marks the comment
(:func:`dateowner._after_a_commenter`). A declared instant is checked against the time the page
shows beside its day (:func:`timeofday.against_the_shown_time`): a time shown in a zone the page
names is taken over another declared moment (an update declared as the publication, a wall time
declared in UTC), a wall time no zone reconciles with the declared one leaves the day alone.

Its parts are modules of their own, each named for its job: whose a date on the page is, the story's
or another item's (:mod:`pipelines.text.dateowner`); the date lines in the story's text
(:mod:`pipelines.text.datelines`); the time of day and its zone (:mod:`pipelines.text.timeofday`);
the page's other days and the checks that hold a candidate against them
(:mod:`pipelines.text.datechecks`). This module gathers the candidates by origin and decides."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import partial
from itertools import chain
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import Stamp, ahead, parse_timestamp, plausible
from pipelines.text import liveblog
from pipelines.text.datechecks import (
    PAGE_TOLERANCE,
    address_days,
    attribute_days,
    byline_days,
    contradicts,
    dated_at_the_top,
    edition_near,
    labelled_in,
    labelled_under,
    line_contradicts,
    meta_days,
    published_ago_day,
    republished,
    shown_in_month,
    shown_of_the_two,
    shows_an_earlier_day,
    shows_earlier,
    shows_only_the_update,
    story_part,
    supported,
    texts_of_the_story,
    time_day,
    url_over_a_guess,
)
from pipelines.text.datelines import (
    agency_days,
    date_line_days,
    date_lines_between,
    days_of_the_dateline,
    line_above_headline,
    line_under_headline,
    links_away,
    other_reading,
    pieces_after_the_h1,
)
from pipelines.text.dateowner import (
    SHOWN_TEXT,
    TimesNear,
    days_near,
    elsewhere,
    pieces_below,
)
from pipelines.text.dates import (
    Choice,
    Clock,
    Labelled,
    apply_zone,
    choose,
    date_from_url,
    days_apart,
    gap,
    in_month,
    labelled_dates,
    month_from_url,
    new_year,
    paired_zone,
    possible_days,
    shown_days,
    slug_day,
    tidy_timestamp,
    written_date,
    written_with_slashes,
)
from pipelines.text.epochs import epoch_beside_the_headline
from pipelines.text.headline import shows_title
from pipelines.text.once import Once
from pipelines.text.structured import (
    PageFacts,
    collapse,
    entity_text,
    visible_texts,
    webpage_entity,
)
from pipelines.text.timeofday import (
    against_the_shown_time,
    as_the_page_shows_it,
    clock_beside_the_day,
    clock_of_the_byline,
    data_days,
    data_earlier_that_day,
    data_moments,
    data_names_it,
    data_publications,
    day_of_the_byline,
    labels_it,
    local_day,
    may_mean,
    offset_that_day,
    reads,
    shown_clock,
    shown_times,
    stated_beside_the_headline,
    wall_zone,
    with_its_clock,
    zone_of_the_data,
)

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


# Origins of dates the page declares as metadata (beside them a listing's time is not preferred).
_DECLARED = frozenset({"jsonld", "meta", "microdata"})


# The declared origins, the story's record in the page's script data and the blog engine's
# trackback description of the page.
_DECLARED_OR_DATA = _DECLARED | {"script", "trackback"}


# Origins of dates read at the top of the page, beside the headline, without a label, and the
# author's line's, which a live ticker sets on its newest entry as well.
_TOP_OF_THE_PAGE = frozenset({"time", "extractor", "text", "dateline", "byline", "epoch"})


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
    # Declared times left out for the time the page shows, times read from an attribute
    # beside the day, and dates only a trackback description gave (counted as
    # news/meta/<reason>).
    skipped: list[str] = field(default_factory=list)


def _refuse(meta: Dates, kind: str, *stamps: Stamp | None) -> None:
    """Leave the published date empty for ``kind`` ("conflict" or "weak"), noting the
    candidates it refuses."""
    (meta.conflicts if kind == "conflict" else meta.weak).append("published")
    meta.refused.extend((kind, s.origin, s.iso()) for s in stamps if s is not None)


# Reached through the attributes: a test on every element of the page costs four times as much.
_MICRODATA_DATES = etree.XPath(
    "//@itemprop[. = 'datePublished' or . = 'dateModified']/parent::*[not(self::meta)]"
)


def _microdata_dates(tree: HtmlElement) -> dict[str, str | None]:
    """itemprop datePublished / dateModified, each when the page states exactly one value
    (several: teasers carry their own, none of them is the page's).

    The value is the element's ``datetime`` or ``content``, else a timestamp its ``title``
    writes, else its text. The title is microformats' abbr pattern, which blog templates write
    with the itemprop on the same element: ``<abbr class="published" itemprop="datePublished"
    title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>``, the moment for machines in the title,
    the clock alone for readers; the text gave no date, and the page none where nothing else
    dated it. A title that is no timestamp (a tooltip's words) leaves the text its value."""
    values: dict[str, set[str]] = {"datePublished": set(), "dateModified": set()}
    for element in _MICRODATA_DATES(tree):
        title = element.get("title")
        value = (
            element.get("datetime")
            or element.get("content")
            or (title if parse_timestamp(tidy_timestamp(title)) is not None else None)
            or collapse(element.text_content())
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


def _after_its_entries(stamp: Stamp, page: dict[str, Any] | None) -> bool:
    """Whether a declared live blog would have started after one of its own entries: then its
    ``datePublished`` is an update (some CMSs stamp the blog with its newest entry), not the
    start. Not a live blog, or one that lists no entries: False."""
    entries = _stamps([("jsonld", text) for text in liveblog.entry_times(page)])
    start = stamp.bounds()[0]
    return any(start > entry.bounds()[1] + PAGE_TOLERANCE for entry in entries)


def _labelled_by_its_time(times: TimesNear, stamp: Stamp) -> Stamp | None:
    """The day the ``<time>`` under the headline that gave ``stamp`` labels as the publication in
    its own text, where that text names none of ``stamp``'s days; else None.

    One element, two statements: its ``datetime`` for machines, its text for its readers. Where
    the text labels the publication ("Publié le 29 juin 2019") and the attribute falls on none
    of its days, the readers were told the text's day; a text that labels nothing, or labels
    the update, tells nothing of the attribute.
    """
    found = times.nearest(4)[:1]
    if not found:
        return None
    labelled = labelled_dates([collapse(found[0].text_content())])
    if labelled.stamp is None or not contradicts(stamp, labelled.published):
        return None
    return labelled.stamp


@dataclass
class _Resolution:
    """One page's dates being resolved: the candidates by rank, the page's evidence (each read
    at most once, and only when a rule asks) and the decision so far.

    Each rule of :func:`resolve_dates` is a method that reads these and changes ``stamp`` (the
    publication decided so far), ``guessed`` (a guess dropped for want of support) or ``meta``
    (the answer, its conflicts and counts); a maintainer changing one rule sees here all it may
    touch."""

    facts: PageFacts
    tree: HtmlElement
    headline: HtmlElement | None
    heading: HtmlElement | None
    title: str | None
    fetched_at: datetime | None
    authors: Sequence[str]
    # The JSON-LD entity describing this page, else the page's WebPage entity.
    page: dict[str, Any] | None

    def __post_init__(self) -> None:
        facts, tree, headline = self.facts, self.tree, self.headline
        self.meta = Dates()
        self.around = frozenset(headline.iterancestors()) if headline is not None else frozenset()
        self.times = TimesNear(headline, facts, self.around)
        self.data_zone = Once(partial(zone_of_the_data, tree))
        # The days the page's script data writes under a publication key, read at most once: the
        # last date of a page with no other, and the local day of a UTC moment.
        self.script_days = Once(partial(data_days, tree))
        self.pieces_after = Once(self._pieces_after)
        self.dateline_days = Once(self._dateline_days)
        self.days_shown = Once(self._days_shown)
        self.date_line_pieces = Once(self._date_line_pieces)
        self.page_text = Once(self._page_text)
        self.story_texts = Once(self._story_texts)
        self.labelled = Once(self._labelled)
        self.story_labels = Once(self._story_labels)
        self.authors_day = Once(self._authors_day)
        self.url_stamp: Stamp | None = None
        self.url_month = month_from_url(facts.url)
        self.hint: Stamp | None = None
        # The candidates as the page wrote them (strong, medium, weak, modified), then with the
        # page's zone applied and the implausible left out.
        self.written: list[list[Stamp]] = []
        self.strong: list[Stamp] = []
        self.medium: list[Stamp] = []
        self.weak: list[Stamp] = []
        self.modified: list[Stamp] = []
        self.shown: list[Stamp] = []
        self.every: list[Stamp] = []
        self.zones: list[timezone] = []
        self.page_side: list[Stamp] = []
        self.choice = Choice(None)
        self.stamp: Stamp | None = None
        self.guessed: Stamp | None = None
        # The declared publication the page's date line chose between two that disagree, if any.
        self.shown_declared: Stamp | None = None

    # The page's evidence, each read once (see ``__init__``).

    def _pieces_after(self) -> tuple[str, ...]:
        """The text after the headline, read once for the rules that look for a date line."""
        return tuple(pieces_below(self.heading, self.title, self.facts))

    def _dateline_days(self) -> set[str]:
        """The first date after the headline, read once: two rules may ask."""
        return days_of_the_dateline(self.pieces_after())

    def _days_shown(self) -> set[str]:
        """The days written beside the headline (looked for only when a rule needs them, and
        read once: up to four rules ask, and the text around a headline can be a whole page)."""
        return days_near(self.heading, self.facts)

    def _date_line_pieces(self) -> tuple[str, ...]:
        """The pieces the date line that dates a page with nothing else is read from: after
        the heading that shows the title, else after the story's <h1> where the title chosen
        words the story otherwise (:func:`pieces_after_the_h1`)."""
        return self.pieces_after() or pieces_after_the_h1(self.heading, self.title, self.facts)

    def _page_text(self) -> str:
        """The page's shown text, read only where a guess's support is a date of numbers that
        reads two ways (a few pages in a hundred)."""
        body = self.tree.find("body")
        return " ".join(SHOWN_TEXT(body if body is not None else self.tree))

    def _story_texts(self) -> tuple[str, ...]:
        """The page's text less the other items, walked only when a rule reads it, and once:
        the labelled lines and the author's byline are both read from it."""
        return texts_of_the_story(self.tree)

    def _labelled(self) -> Labelled:
        """The lines of the story's text that label a date (its publication, its update)."""
        return labelled_in(self.story_texts())

    def _story_labels(self) -> Labelled:
        """The labelled date lines of the story's part of the page (:func:`story_part`)."""
        part = story_part(self.heading)
        return Labelled() if part is None else labelled_dates(visible_texts(part, elsewhere))

    def _authors_day(self) -> str | None:
        """The day the lines naming the story's author write, wherever they stand (read once:
        support for a guess and a date of its own where nothing else dates the page)."""
        return day_of_the_byline(self.story_texts, self.authors)

    def elsewhere_on_page(self) -> tuple[Callable[[], set[str]], ...]:
        """Days the page writes away from its headline, read only when a rule needs them; a day
        the page labels as its publication and the day its author's lines write last (they walk
        the page's text). A day labelled as an update is no evidence for a publication."""
        tree, facts = self.tree, self.facts
        return (
            lambda: meta_days(facts),
            lambda: address_days(facts),
            lambda: time_day(tree),
            lambda: byline_days(tree),
            lambda: published_ago_day(tree, self.fetched_at),
            lambda: set(self.labelled().published),
            lambda: attribute_days(tree),
            lambda: agency_days(self.pieces_after(), {guess.value.year for guess in self.weak}),
            lambda: {day} if (day := self.authors_day()) else set(),
        )

    def may_date_it(self, line: Stamp) -> bool:
        """Whether a day the page's lines write may date it: plausible, and inside the URL's
        month if the URL has one."""
        return plausible(line, self.fetched_at) and (
            self.url_month is None or in_month(line, self.url_month)
        )

    def the_storys_headline(self) -> bool:
        """Whether the heading shows the title and links nowhere else: the story's headline, not
        a site's logo that the first teaser follows."""
        return (
            self.heading is not None
            and shows_title(self.heading, self.title)
            and not links_away(self.heading, self.facts)
        )

    def undecided(self) -> bool:
        """Whether nothing dates the page yet and no rule refused its candidates: a fallback
        may still read a date the page writes."""
        return self.stamp is None and "published" not in self.meta.conflicts

    def refuse(self, *stamps: Stamp | None) -> None:
        """Leave the publication empty as a conflict of ``stamps`` (:func:`_refuse`)."""
        _refuse(self.meta, "conflict", *stamps)
        self.stamp = None

    # The candidates.

    def gather(
        self,
        extracted: str | None,
        listed: str | None,
        listed_by: str,
        script: Callable[[], str | None],
        trackback: Callable[[], str | None] | None,
    ) -> None:
        """Read every candidate by rank: declared (JSON-LD, publication meta tags, microdata),
        the second rank (other date meta tags, the ``<time>`` under the headline, and where
        nothing is declared the script data's and the trackback's moment), the extractor's
        guess, the declared modification; the listing's date and the URL's."""
        facts, page = self.facts, self.page
        micro = _microdata_dates(self.tree)
        strong_raw = [
            ("jsonld", entity_text(page, "datePublished") or liveblog.declared_start(page)),
            ("meta", facts.first(*_PUBLISHED_META)),
            ("microdata", micro["datePublished"]),
        ]
        medium_raw = [
            ("meta", facts.first(*_OTHER_DATE_META)),
            *(("time", v) for v in self.times.first_shown(4)),
        ]
        if not any(value for _, value in strong_raw):
            # Nothing declared: the story's record in the page's script data, beside the <time>
            # under the headline (a disagreement of the two is a conflict like any other).
            medium_raw.append(("script", script()))
        if trackback is not None and not any(value for _, value in strong_raw):
            # Nothing declared in JSON-LD, meta tags or microdata: the moment the blog engine's
            # trackback description of this page states (:mod:`pipelines.text.trackback`).
            medium_raw.append(("trackback", trackback()))
        weak_raw = [("extractor", extracted)]
        modified_raw = [
            ("jsonld", entity_text(page, "dateModified")),
            ("meta", facts.first(*_MODIFIED_META)),
            ("microdata", micro["dateModified"]),
        ]
        self.hint = parse_timestamp(listed, listed_by)
        self.written = [
            _stamps(strong_raw),
            _stamps(medium_raw),
            _stamps(weak_raw),
            _stamps(modified_raw),
        ]
        url_stamp = date_from_url(facts.url)
        if url_stamp is not None and not plausible(url_stamp, self.fetched_at):
            # A day after the fetch is no publication day, wherever it is read: the URL's alone
            # (no other candidate) was chosen as the only weak one, unchecked.
            url_stamp = None
        self.url_stamp = url_stamp

    def zone_and_check(self) -> None:
        """Apply the zone the page states to its wall times, and leave out the implausible
        candidates (after the fetch, htmldate's 1 January), counting what is left out."""
        groups, fetched_at, hint = self.written, self.fetched_at, self.hint
        # Published candidates only: a published and a modified time that happen to be whole
        # hours apart would otherwise pass for one moment written in two zones.
        published_side = [s for g in groups[:3] for s in g]
        paired = paired_zone(published_side, published_side)
        self.every = [*published_side, *groups[3]]
        zones = [paired] if paired else [s.zone for s in self.every if s.zone is not None]
        if not zones and any(not s.aware and s.precision != "day" for s in self.every):
            # Wall times and no offset stated beside them: the zone the page's data writes, if
            # one (:func:`zone_of_the_data`); without it they keep their day only.
            zones = [zone] if (zone := self.data_zone()) is not None else []
        self.zones = zones
        zoned = [apply_zone(g, zones) for g in groups]
        listed_and_stated = [*chain(*zoned[:3]), *([hint] if hint is not None else [])]
        if any(s.zone_unread for s in listed_and_stated):
            # A time in a zone name of several offsets or of none ("IST", "CST"): its day is
            # kept, not a time in one of the zones it may mean (news/meta/published_zone_unread).
            self.meta.skipped.append("published_zone_unread")
        if any(ahead(s, fetched_at) for s in listed_and_stated):
            # A publication more than a day after the fetch is no publication: a publisher's
            # clock ahead, or a post listed before it is due. Left out like any implausible
            # date, and counted, where it went unsaid (news/meta/published_future).
            self.meta.skipped.append("published_future")
        self.strong, self.medium, weak, self.modified = (
            [s for s in g if plausible(s, fetched_at)] for g in zoned
        )
        # htmldate, asked for a date anywhere, falls back to the copyright year as 1 January: a
        # bare 1 January from the extractor alone is that guess more often than a story's day.
        self.weak = [s for s in weak if not (s.precision == "day" and new_year(s))]
        if hint is not None and not plausible(hint, fetched_at):
            self.hint = None
        self.shown = [s for s in self.medium if s.origin == "time"]

    # The declared dates.

    def choose_the_declared(self) -> None:
        """The declared publication (less a declared update), else the second rank; agreeing
        candidates of lower ranks refine it, disagreeing ones of its own rank are a conflict."""
        medium, modified = self.medium, self.modified
        self.page_side = page_side = _without_updates(self.strong, modified) or medium
        # Beside a declared day, a candidate of the second rank on that day gives the time the
        # page states elsewhere (2020-03-23 in JSON-LD, 17:10 in a ``parsely-pub-date`` tag or
        # the ``<time>`` under the headline), unless it is the stated modification time.
        precise = (
            [s for s in medium if not _an_update(s, modified)] if page_side is not medium else []
        )
        self.choice = choose(
            page_side,
            [*precise, *self.weak, *([self.url_stamp] if self.url_stamp else [])],
            tolerance=PAGE_TOLERANCE,
        )
        self.stamp = self.choice.stamp

    def drop_a_default_new_year(self) -> None:
        """1 January is what a CMS fills in when nobody set the date; beside a different date
        shown under the headline it is no evidence of the story's day. The shown date is the
        page's when its declared modification names the same day (the one date the CMS set):
        its day is kept, not a time read in a zone the page does not state."""
        stamp, shown = self.stamp, self.shown
        if not (
            stamp is not None
            and self.strong
            and new_year(stamp)
            and shown
            and gap(stamp, shown[0]) > PAGE_TOLERANCE
        ):
            return
        self.stamp = None
        self.choice = Choice(None, conflict=True)
        written = next(s for s in self.written[1] if s.origin == "time")  # as the page wrote it
        if any(written.local_day in possible_days(m) for m in self.modified):
            self.stamp = Stamp(datetime.fromisoformat(written.local_day), "day", "time")
            self.choice = Choice(self.stamp)

    def settle_two_declared_publications(self) -> None:
        """A conflict of the chosen rank is refused. A publication meta tag of another name
        (``date``, ``dc.date``, ``pubdate``) that names another day than the declared
        publication: two publication dates the page declares disagree. Often the tag is the day
        the story was put out again (its stated modification), the declared publication its
        first version's; which of the two its readers were given, nothing declared tells. The
        page's first date line after the headline does, where it writes one of the two days and
        nothing beside the headline writes the other's: two sources independent of each other,
        a tag for machines and a line for readers, agree (:func:`datechecks.shown_of_the_two`).
        Else a conflict."""
        stamp = self.stamp
        if self.choice.conflict:
            _refuse(self.meta, "conflict", *self.page_side)
        elif (
            stamp is not None
            and self.page_side is not self.medium
            and (named := next((s for s in self.medium if s.origin == "meta"), None)) is not None
            and gap(stamp, named) > PAGE_TOLERANCE
        ):
            self.shown_declared = shown_of_the_two(
                stamp, named, self.dateline_days(), self.days_shown()
            )
            if self.shown_declared is not None:
                self.stamp = self.shown_declared
            else:
                self.refuse(stamp, named)
                self.choice = Choice(None, conflict=True)

    def fall_back_on_the_guess(self) -> None:
        """Nothing declared and no conflict: the extractor's guess (agreeing with the URL's
        date, if any), else the URL's date."""
        if self.stamp is not None or self.choice.conflict:
            return
        url_stamp = self.url_stamp
        if self.weak:
            self.stamp = choose(
                self.weak, [url_stamp] if url_stamp else [], tolerance=PAGE_TOLERANCE
            ).stamp
        elif url_stamp is not None and plausible(url_stamp, self.fetched_at):
            self.stamp = url_stamp

    def take_the_times_own_label(self) -> None:
        """Nothing declared, and the <time> under the headline labels as the publication, in
        the text its readers see, another day than its attribute states ("<time
        datetime='2019-07-03T10:18:46Z'>Publié le 29 juin 2019</time>"): the attribute is a
        machine's moment (a later change's, a cache's), the text the page's statement of its
        day. Only where nothing else vouches for the attribute: no meta tag, script data,
        listing or URL beside it."""
        stamp = self.stamp
        if (
            stamp is not None
            and stamp.origin == "time"
            and not self.strong
            and all(s.origin == "time" for s in self.medium)
            and not any(
                other is not None and gap(stamp, other) <= PAGE_TOLERANCE
                for other in (self.hint, self.url_stamp)
            )
            and (own := _labelled_by_its_time(self.times, stamp)) is not None
            and self.may_date_it(own)
        ):
            self.stamp = own
            self.meta.skipped.append("published_time_relabelled")

    # The checks against the URL, the page's lines and its other dates.

    def hold_to_the_url_date(self) -> None:
        """A full date in the URL is written once, when the story is first published: a winner
        on another day gives way to it, or is a conflict (:func:`datechecks.url_over_a_guess`)."""
        stamp, url_stamp = self.stamp, self.url_stamp
        if (
            stamp is not None
            and stamp.origin != "url"
            and url_stamp is not None
            and (gap(stamp, url_stamp) > PAGE_TOLERANCE or days_apart(stamp, url_stamp))
        ):
            self.stamp = (
                url_over_a_guess(stamp, url_stamp, self.days_shown)
                if plausible(url_stamp, self.fetched_at)
                else None
            )
            if self.stamp is None:
                _refuse(self.meta, "conflict", stamp, url_stamp)

    def hold_a_guess_to_its_support(self) -> None:
        """A month folder (/2011/12/slug) says less (a story may be re-published under its old
        URL), enough to reject a date the page does not declare (the extractor's guess from a
        teaser or a sidebar); the extractor's guess needs support even inside the month."""
        stamp, url_stamp, url_month = self.stamp, self.url_stamp, self.url_month
        if (
            stamp is not None
            and stamp.origin not in _DECLARED
            and stamp.origin != "url"
            and (
                (
                    url_month is not None
                    and not in_month(stamp, url_month)
                    and not republished(stamp, url_month, line_under_headline(self.pieces_after()))
                )
                or (
                    stamp.origin == "extractor"
                    and not supported(
                        stamp,
                        url_stamp,
                        url_month,
                        self.hint,
                        (
                            self.days_shown,
                            self.dateline_days,
                            *self.elsewhere_on_page(),
                        ),
                        slug_day(self.facts.url),
                        lambda found, days: written_with_slashes(found, days, self.page_text()),
                        self.days_shown,
                    )
                )
            )
        ):
            self.guessed, self.stamp = stamp, None
            if url_stamp is not None and plausible(url_stamp, self.fetched_at):
                # The guess names the day beside the URL's (a time read in another zone, a
                # teaser's day): the URL's date, written once when the story was published, is
                # the page's own, as it is where the extractor guesses nothing.
                self.stamp = url_stamp

    def drop_the_edition_day(self) -> None:
        """A day without a time that is the print edition's, shown beside the headline: a
        newspaper's site dates its stories with their edition (a ``date`` meta tag, the day
        the extractor reads), and the story went online before it, often the evening before."""
        stamp = self.stamp
        if (
            stamp is not None
            and stamp.precision == "day"
            and stamp.origin != "url"
            and stamp.day in edition_near(self.heading)
        ):
            self.guessed, self.stamp = stamp, None

    def refuse_an_update(self) -> None:
        """A declared live blog that would have started after one of its own entries (its
        ``datePublished`` is its newest entry's), and a declared publication the page shows only
        as its update (:func:`datechecks.shows_only_the_update`), are conflicts."""
        if self.stamp is not None and _after_its_entries(self.stamp, self.page):
            self.refuse(self.stamp)
        stamp = self.stamp
        if (
            stamp is not None
            and stamp.origin in _DECLARED
            and self.modified
            and shows_only_the_update(stamp, self.modified[0], self.days_shown)
            and not liveblog.is_live_blog(self.page, self.tree)
        ):
            self.refuse(stamp)

    def refuse_a_later_declaration(self) -> None:
        """The page's declared publication falls after the date it shows as the story's: the
        two disagree, and neither a full date in the URL nor the listing vouches for the
        declared one (a URL date that disagrees with it is a conflict already)."""
        declared = self.stamp
        if (
            declared is not None
            and declared.origin in _DECLARED
            and self.url_stamp is None
            and (self.hint is None or gap(declared, self.hint) > PAGE_TOLERANCE)
            and shows_earlier(
                declared,
                self.shown,
                lambda: agency_days(self.pieces_after(), {declared.value.year}),
            )
            and not liveblog.is_live_blog(self.page, self.tree)
        ):
            self.refuse(declared)

    def refuse_against_an_earlier_line(self) -> None:
        """The page's date line names an earlier day and nothing independent of the winner's
        source vouches for it: not the URL's date or month, the listing (any of them vouches
        enough, and is looked at first: it costs nothing), the days beside the headline, a
        publication meta tag of another name, the page's <time>s, its byline's date. Two
        sources of the page disagree, and neither can be chosen."""
        stamp = self.stamp
        if (
            stamp is not None
            and stamp.origin != "url"
            and self.url_stamp is None
            and self.url_month is None
            and self.hint is None
            and shows_an_earlier_day(stamp, date_line_days(self.pieces_after()))
            and not supported(stamp, None, None, None, (self.days_shown, *self.elsewhere_on_page()))
        ):
            self.refuse(stamp)

    def refuse_against_the_labels(self) -> None:
        """The page contradicts the winner, and nothing tells which is right: a missing date is
        better than a wrong one. The winner may be metadata of another copy or version (a
        syndicated or re-published story keeps the original's, or the copy's own; a modified
        time declared as the publication), a CMS default, another item's date. Three ways:

        - the page labels its publication under the headline ("Veröffentlicht am 2. August
          2018") and the winner falls on none of those days;
        - the date line right under the headline, what the page tells its readers, names a
          day before the winner's, even where the URL's month, the listing or other dates of
          the page agree with the winner (the rule above asks for that support from the
          looser first date line); the line may be another day too (an event's), which
          nothing tells either. A full date in the URL the winner agrees with (any other is
          a conflict already) vouches for it;
        - a line labelling the publication away from the headline, in the story's part of
          the page (above the headline, "First published …" at the story's end), names none
          of the winner's days; read only where nothing at the top of the story shows the
          winner's day.

        A live blog's entries under its headline are dated with their own days, not the
        blog's start."""
        stamp, pieces_after = self.stamp, self.pieces_after
        if (
            stamp is not None
            and stamp.origin != "label"
            and (
                contradicts(stamp, labelled_under(pieces_after()).published)
                or (
                    stamp.origin != "url"
                    and self.url_stamp is None
                    and line_contradicts(stamp, line_under_headline(pieces_after()))
                )
                or (
                    not dated_at_the_top(stamp, self.url_month, self.shown, self.dateline_days)
                    and contradicts(stamp, self.story_labels().published)
                )
            )
            and not liveblog.is_live_blog(self.page, self.tree)
        ):
            self.refuse(stamp)

    # Where nothing declared is left: the page's own lines, in order.

    def read_the_labelled_line(self) -> None:
        """Nothing declared, or only a guess nothing supports: the date line the page labels as
        its publication ("Veröffentlicht am 2. August 2018", "입력 2026.01.29 18:40") is the
        page's own statement to its readers, in its zone (a wall time becomes UTC only where
        the page states its offset elsewhere). Inside the URL's month, if the URL has one."""
        if not self.undecided():
            return
        label = self.labelled().stamp
        if label is not None and self.may_date_it(label):
            if not self.zones and not label.aware and label.precision != "day":
                self.zones = [zone] if (zone := self.data_zone()) is not None else []
            self.stamp = apply_zone([label], self.zones)[0]

    def read_the_day_beside_the_headline(self) -> None:
        """The page's own day beside its headline, inside the URL's month: two sources agree."""
        if (
            self.stamp is None
            and self.url_month is not None
            and "published" not in self.meta.conflicts
        ):
            self.stamp = shown_in_month(self.days_shown(), self.url_month)

    def read_the_line_under_the_headline(self) -> None:
        """Nothing declared, no labelled line, or only a guess nothing supports: the date line
        right under the headline is the page's own statement to its readers (inside the URL's
        month, if the URL has one); else the date line further down, below the standfirst and
        the authors, before the body."""
        if self.undecided():
            line = line_under_headline(self.date_line_pieces())
            if line is not None and self.may_date_it(line):
                self.stamp = line
        if self.undecided():
            line = (
                None
                if links_away(self.heading, self.facts)
                else date_lines_between(self.date_line_pieces())
            )
            if line is not None and self.may_date_it(line):
                self.stamp = line

    def read_the_line_above_the_headline(self) -> None:
        """No date line under the headline: the one right above it, inside its own block."""
        if self.undecided() and self.heading is not None and self.the_storys_headline():
            line = line_above_headline(self.heading, self.pieces_after())
            if line is not None and self.may_date_it(line):
                self.stamp = line

    def read_the_authors_day(self) -> None:
        """No date line beside the headline: the one day the lines that name the story's author
        write, wherever the theme sets them (above the headline, at the story's end), in markup
        that marks no byline. Only under a headline that is the story's (a site's name linking
        home heads a listing, whose first teaser's byline is no story's), after which the text
        up to where a date line may stand writes no other day (two lines of different days date
        nothing); inside the URL's month, if the URL has one."""
        if (
            self.undecided()
            and self.the_storys_headline()
            and (day := self.authors_day())
            and not shown_days(" ".join(self.pieces_after())) - {day, other_reading(day)}
        ):
            line = Stamp(datetime.fromisoformat(day), "day", "byline")
            if self.may_date_it(line):
                self.stamp = line

    def read_the_epoch_beside_the_headline(self) -> None:
        """No date line the page writes out: the day an attribute beside the headline writes as
        a Unix time, for a script to show as the date line (:mod:`pipelines.text.epochs`)."""
        if self.undecided() and self.heading is not None and self.the_storys_headline():
            moment = epoch_beside_the_headline(self.heading)
            if moment is not None and self.may_date_it(moment):
                self.stamp = moment

    def read_the_script_day(self) -> None:
        """Nothing the page writes out or declares dates it: the one day its script data writes
        without a time under a key naming the story's publication or creation
        (``"datePublished":"2020-08-16"``, ``"content_date_published":"2023-10-31"``), which a
        CMS writes for its analytics as its editors saw the day. On the half of the dev pages
        the rules are tuned on, where such data writes one day it was the truth's on 24 pages
        of 25 (the other: the declared publication of a page whose truth is its shown update).
        Several days (a list's records) date nothing; only under the story's headline."""
        if (
            self.undecided()
            and self.the_storys_headline()
            and len(found := self.script_days()) == 1
        ):
            line = Stamp(datetime.fromisoformat(next(iter(found))), "day", "script_day")
            if self.may_date_it(line):
                self.stamp = line

    def drop_a_tickers_newest(self) -> None:
        """A live ticker shows its newest entry beside the headline (in a <time>, a date line,
        the day the extractor reads there), not when it started; without declared data, a
        label or the URL, nothing on it tells its start."""
        stamp = self.stamp
        if (
            stamp is not None
            and stamp.origin in _TOP_OF_THE_PAGE
            and liveblog.ticker(self.tree) is not None
        ):
            self.guessed, self.stamp = stamp, None

    def hold_to_the_listing(self) -> None:
        """The feed's or sitemap's date: it dates a page nothing else dates, is a conflict with
        a winner more than :data:`HINT_TOLERANCE` away, and its time beats a day, a ``<time>``
        or the extractor's guess (often an update), not the page's own declared moment. Then a
        guess dropped for want of support, with nothing in its place, is refused as weak."""
        hint, stamp = self.hint, self.stamp
        if hint is not None and "published" not in self.meta.conflicts:
            if stamp is None:
                self.stamp = hint
            elif gap(stamp, hint) > HINT_TOLERANCE:
                self.refuse(stamp, hint)
            elif (
                hint.aware
                and hint.precision != "day"
                and (stamp.precision == "day" or not stamp.aware or stamp.origin not in _DECLARED)
            ):
                # The listing states the time deliberately.
                self.stamp = hint
        if (
            self.stamp is None
            and self.guessed is not None
            and "published" not in self.meta.conflicts
        ):
            _refuse(self.meta, "weak", self.guessed)

    # The time of day.

    def check_the_declared_time(self) -> None:
        """The declared instant against the time the page shows its readers beside that day
        (:func:`timeofday.against_the_shown_time`)."""
        stamp = self.stamp
        if stamp is None or stamp.origin not in _DECLARED_OR_DATA or stamp.precision == "day":
            return
        checked = against_the_shown_time(
            stamp,
            shown_clock(
                stamp.local_day,
                self.pieces_after,
                (self.heading, self.title, self.facts),
                partial(shown_times, stamp.local_day, self.times),
                self.labelled,
            ),
            self.modified,
        )
        if checked is not stamp:
            # Counted, so that an operator sees how often a source's declared time is not the
            # one its pages show: taken over by the shown time, or left for the day alone.
            self.meta.skipped.append(
                "published_time_unshown" if checked.precision == "day" else "published_time_shown"
            )
        self.stamp = checked

    def time_the_day(self) -> None:
        """The day found without its time: the time the date line beside the headline shows
        with that day, in the zone it names, else the one the page's dates or data state (a
        wall time in no known zone is no instant: the day stays). Where no date line after the
        headline shows the time: the story's meta box beside the body, the labelled publication
        line ("Giriş: 03.07.2024 - 18:24" in a box beside the headline's), the date line right
        above the headline; read in a zone stated for it, else, as the date line's, in the zone
        of the page's language (:meth:`time_as_shown`)."""
        stamp = self.stamp
        if stamp is None or stamp.precision != "day" or "published" in self.meta.conflicts:
            return
        its_day = stamp.day
        clock = clock_beside_the_day(
            its_day, self.pieces_after, (self.heading, self.title, self.facts), self.labelled
        ) or clock_of_the_byline(its_day, self.story_texts, self.authors)
        moments = Once(partial(data_moments, self.tree))
        if clock is not None:
            self.time_in_a_stated_zone(stamp, clock, moments)
        if self.stamp is not None and self.stamp.precision == "day":
            self.time_as_shown(self.stamp, its_day, clock, moments)

    def earlier_in_the_data(
        self, timed: Stamp, its_day: str, clock: Clock | None, moments: Callable[[], list[Stamp]]
    ) -> bool:
        """Whether the page's data writes an earlier moment of the timed day and neither it
        names the timed minute a publication nor the page labels the shown time as its
        publication; where one of them does, counted (news/meta/published_time_data_named,
        news/meta/published_time_labelled)."""
        if not data_earlier_that_day(moments(), timed):
            return False
        if data_names_it(data_publications(self.tree), timed):
            self.meta.skipped.append("published_time_data_named")
            return False
        modified = self.modified
        if (
            clock is not None
            and not (modified and modified[0].bounds()[1] < timed.bounds()[0])
            and labels_it(clock, its_day, self.labelled())
        ):
            # Not where the page declares its change before that time: a publication after the
            # page's own last change is no publication (a zone misread).
            self.meta.skipped.append("published_time_labelled")
            return False
        return True

    def time_in_a_stated_zone(
        self, stamp: Stamp, clock: Clock, moments: Callable[[], list[Stamp]]
    ) -> None:
        """The clock shown beside the day, in the zone it names, else the one zone the
        candidates state (an offset of zero they state is UTC, not the site's zone: the wall
        time of a German page is no UTC time), else the zone the page's data writes."""
        zones = self.zones
        single = zones[0] if zones and all(z == zones[0] for z in zones) else None
        zone = clock.zone or (single if single and single.utcoffset(None) else None)
        zone = zone or self.data_zone()
        if zone is not None and not may_mean(clock, zone.utcoffset(None)):
            zone = None
        if zone is not None and zone is not clock.zone:
            zone = offset_that_day(zone, stamp.value.date(), chain(self.every, moments()))
        if zone is not None:
            timed = with_its_clock(stamp, clock, zone)
            if plausible(timed, self.fetched_at) and not self.earlier_in_the_data(
                timed, stamp.day, clock, moments
            ):
                self.stamp = timed

    def time_as_shown(
        self,
        stamp: Stamp,
        its_day: str,
        clock: Clock | None,
        moments: Callable[[], list[Stamp]],
    ) -> None:
        """No zone stated for it: the instant a <time> beside the headline states and its text
        confirms, else the wall time shown, in the zone of the page's language (or the offset
        its data states that day; where they state none, the zone of the language the time's
        own word is in: "14:05 Uhr"). Else the instant an element beside the headline states in
        an attribute and its text shows as its date line, in the offset stated, where the date
        line's own time (if read) is that instant's."""
        every = self.every
        shown_at = as_the_page_shows_it(
            stamp,
            clock,
            shown_times(stamp.day, self.times),
            wall_zone(
                self.tree,
                self.facts.url,
                stamp.value.date(),
                self.data_zone,
                every,
                moments,
                clock.language if clock is not None else None,
            ),
            lambda: chain(every, moments()),
        )
        stated = None
        if shown_at is None:
            stated = stated_beside_the_headline(stamp, self.headline, self.facts, self.around)
            if clock is None or (
                stated is not None and reads(clock, stamp.value.date(), stated.value)
            ):
                shown_at = stated
        if (
            shown_at is not None
            and plausible(shown_at, self.fetched_at)
            and not self.earlier_in_the_data(shown_at, its_day, clock, moments)
        ):
            self.stamp = shown_at
            if shown_at is stated:
                # Counted: a time no line, <time> or zone of the page gave, read from an
                # attribute beside the day (news/meta/published_time_stated).
                self.meta.skipped.append("published_time_stated")

    # The answer.

    def record(self) -> Dates:
        """Write the decision into ``meta``: the publication, its precision, origin and local
        day, and the declared modification unless it falls before the publication."""
        meta, stamp = self.meta, self.stamp
        if stamp is not None:
            meta.published = stamp.iso()
            meta.published_precision = "day" if not stamp.aware else stamp.precision
            origin = (
                "shown"
                if self.shown_declared is not None and stamp.origin == self.shown_declared.origin
                else stamp.origin
            )
            meta.origin["published"] = origin
            if origin in ("trackback", "epoch", "shown", "script_day"):
                # Counted (news/meta/published_trackback, news/meta/published_epoch,
                # news/meta/published_shown, news/meta/published_script_day): how many pages
                # only a blog engine's trackback description, only a Unix time beside the
                # headline, only the day script data writes under a publication key, or the
                # date line that chose between two declared publications, dated.
                meta.skipped.append(f"published_{origin}")
            days = [
                s
                for s in (*self.strong, *self.medium, self.url_stamp)
                if s is not None and s.precision == "day"
            ]
            # The page's own day of the moment; where only the day its data writes gives it,
            # counted (news/meta/published_day_data).
            meta.published_local_day = local_day(
                stamp, self.zones, days, self.data_zone, self.script_days, meta.skipped
            )
        if self.modified:
            changed = self.modified[0]
            if stamp is not None and changed.bounds()[1] < stamp.bounds()[0]:
                meta.conflicts.append("modified")
            else:
                meta.modified = changed.iso()
                meta.origin["modified"] = changed.origin
        return meta


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
    script: Callable[[], str | None],
    authors: Sequence[str],
    listed_by: str,
    trackback: Callable[[], str | None] | None,
) -> Dates:
    """The publication and modification dates of one page, from every candidate it offers.

    ``headline`` is the <h1> that shows ``title``, ``heading`` the heading that shows it, the
    <h1> or a lower one (:func:`headline.heading_of_title`); ``extracted`` is trafilatura's
    date, ``listed`` the feed's or sitemap's; ``fetched_at`` bounds plausible dates;
    ``script`` reads the moment the story's record in the page's script data states
    (:mod:`pipelines.text.scriptdata`); ``authors`` are the story's authors as the resolver
    keeps them, whose byline may show the time of a day found without it; ``listed_by`` is
    the origin of ``listed`` (``feed``, ``sitemap``, or ``listing`` where unknown);
    ``trackback`` reads the moment the blog engine's trackback description of the page states
    (:mod:`pipelines.text.trackback`), asked only where nothing is declared.

    The rules run in this order, each a method of :class:`_Resolution` that says why it exists.
    """
    r = _Resolution(
        facts, tree, headline, heading, title, fetched_at, authors, entity or webpage_entity(facts)
    )
    r.gather(extracted, listed, listed_by, script, trackback)
    r.zone_and_check()
    r.choose_the_declared()
    r.drop_a_default_new_year()
    r.settle_two_declared_publications()
    r.fall_back_on_the_guess()
    r.take_the_times_own_label()
    r.hold_to_the_url_date()
    r.hold_a_guess_to_its_support()
    r.drop_the_edition_day()
    r.refuse_an_update()
    r.refuse_a_later_declaration()
    r.refuse_against_an_earlier_line()
    r.refuse_against_the_labels()
    r.read_the_labelled_line()
    r.read_the_day_beside_the_headline()
    r.read_the_line_under_the_headline()
    r.read_the_line_above_the_headline()
    r.read_the_authors_day()
    r.read_the_epoch_beside_the_headline()
    r.read_the_script_day()
    r.drop_a_tickers_newest()
    r.hold_to_the_listing()
    r.check_the_declared_time()
    r.time_the_day()
    return r.record()
