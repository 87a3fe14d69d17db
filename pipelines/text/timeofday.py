"""The time of day of a story's date, and the zone that time is in.

A day found without its time takes the time shown beside it (:func:`clock_beside_the_day`): by a
date line, the story's meta box, the labelled line, the date line right above the headline, or
the author's byline wherever it stands (:func:`clock_of_the_byline`, whose lines give the day of a
page nothing else dates as well: :func:`day_of_the_byline`). A ``<time>`` beside the
headline states an instant (:func:`stated_beside_the_headline`, :func:`shown_times`); a wall time
is read in the zone the page states that day, else that of its language and country
(:mod:`pipelines.text.wallzone`), else the one offset its scripts' data write
(:func:`wall_zone`, :func:`zone_of_the_data`, :func:`offset_that_day`), else, where they write
none, that of the language the time's own word is in ("14:05 Uhr"). A declared instant is held
against the time the page shows beside its day (:func:`against_the_shown_time`), and the page's
own calendar day of a moment is read in its own zone (:func:`local_day`).

Apart from the resolver (:mod:`pipelines.text.published`) because the clock and its zone are one
question, asked once a day is known, whichever candidate gave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from itertools import chain, islice

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import Stamp, parse_timestamp
from pipelines.text.datelines import (
    COPYRIGHT,
    SENTENCE_END,
    date_line_above,
    dates_another_thing,
    leaves_open,
    links_away,
    one_day,
    pieces_before,
    with_piece_before,
)
from pipelines.text.dateowner import (
    ASIDE,
    DIGIT,
    SEPARATORS,
    SHOWN_LEVELS,
    TimesNear,
    may_date_the_story,
    pieces_below,
)
from pipelines.text.dates import (
    DATE_LINE_CHARS,
    DATE_LINE_PIECES,
    Clock,
    Labelled,
    clock_beside,
    date_line,
    edition_days,
    labelled_update,
    possible_days,
    shown_days,
    tidy_timestamp,
    zone_named_that_day,
)
from pipelines.text.headline import shows_title
from pipelines.text.structured import PageFacts, collapse, nearest
from pipelines.text.wallzone import declared_zone, wall_offset, wall_time, zone_of_language


def _clock_above_headline(
    day: str, heading: HtmlElement | None, title: str | None, facts: PageFacts
) -> Clock | None:
    """The time of day the date line right above the headline (:func:`date_line_above`)
    shows beside ``day`` ("Thứ năm, 2/11/2023, 19:20 (GMT+7)", "2020. 06. 04. 11:27"), where no
    line after the headline, no meta box and no labelled line shows one; read only above a
    heading that shows the title and links nowhere, as the day of that line is
    (:func:`line_above_headline`)."""
    if heading is None or not shows_title(heading, title) or links_away(heading, facts):
        return None
    line = date_line_above(pieces_before(heading), clocked=True)
    return clock_beside(line, day) if line is not None else None


def _clock_of_the_day(day: str, pieces: tuple[str, ...]) -> Clock | None:
    """The time of day the date line after the headline (``pieces``: :func:`pieces_below`)
    shows beside ``day`` (:func:`dates.clock_beside`), where the resolver found that day
    without its time (the extractor's day, a day-only <time>, a date line's day).

    A date line is a short piece, with the pieces that follow it as far as a line is long
    ("05.06.2025" "um 14:46"; a separator between them counts as no piece:
    :func:`_line_pieces`), not labelled as an update by the piece before it. The first line
    that writes a date decides: when it writes another day, or this day without a time, the
    time is not looked for further down, where a sentence of the body may name an event's.
    """
    for index, piece, before in with_piece_before(pieces):
        if len(piece) > DATE_LINE_CHARS or DIGIT.search(piece) is None:
            continue
        line = date_line(piece, _line_pieces(pieces, index + 1))
        if not shown_days(line):
            continue
        if (
            SENTENCE_END.search(piece)
            or (before and labelled_update(before))
            or edition_days(line)
            or COPYRIGHT.search(line)
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
        if not SEPARATORS.fullmatch(piece):
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
    if heading is None or not ASIDE(heading):
        return None
    return _clock_of_the_day(day, tuple(pieces_below(heading, title, facts, boxes=True)))


def _clock_of_the_label(day: str, label: Labelled) -> Clock | None:
    """The time of day the line the page labels as its publication writes beside ``day``
    ("입력 2026.07.12 22:09", :func:`dates.labelled_dates`), where no date line after the
    headline shows one (a page where no heading shows the title, a line above the headline, a
    "First Published: September 24, 2020, 9:13 PM IST" at the story's end where the line under
    the headline shows the update's).

    A wall time, read only where the page states the zone elsewhere (the caller's test), or in
    the zone the line names; the label names the publication, so an update's or a comment's
    time is never read here, and a line of another day gives nothing.
    """
    stamp = label.stamp
    if stamp is None or stamp.aware or stamp.day != day:
        return None
    if stamp.precision == "day":
        return label.clock
    if stamp.precision != "minute":
        return None
    return Clock(stamp.value.hour, stamp.value.minute, None)


def labels_it(clock: Clock, day: str, label: Labelled) -> bool:
    """Whether the line the page labels as its publication shows ``clock`` beside ``day``
    (:func:`_clock_of_the_label`): "Published November 2, 2023 10:12am EDT", "Veröffentlicht am
    5. März 2024, 14:35 Uhr".

    The page's own word that the time it shows is the publication's, not the update's: an
    earlier moment of that day in its scripts' data (the CMS's draft, its first save) does not
    make it an update's (:func:`data_earlier_that_day`), as it may an unlabelled time.
    """
    shown = _clock_of_the_label(day, label)
    return shown is not None and (shown.hour, shown.minute) == (clock.hour, clock.minute)


def _byline_lines(texts: Callable[[], Sequence[str]], authors: Sequence[str]) -> Iterator[str]:
    """The lines of the page's text that name the story's author, wherever they stand.

    A line is the piece that names the author (with the piece before it where the name stands
    alone) and the pieces after it, as far as a date line is long (:func:`dates.date_line`,
    :func:`_line_pieces`); not in another item (``texts``: the page's visible text less the
    other items, :func:`texts_of_the_story`, read only where an author's name is long enough to
    look for), nor an update's, a copyright's or an edition's line.
    """
    names = [name.casefold() for name in authors if len(name) >= _NAME_CHARS]
    if not names:
        return
    pieces = tuple(piece for text in texts() if (piece := collapse(text)))
    for index, piece, before in with_piece_before(pieces):
        if len(piece) > DATE_LINE_CHARS or not any(name in piece.casefold() for name in names):
            continue
        # A name set apart from its line (a link to the author's page) opens no line of its
        # own: the piece before it may hold the date ("… am 3. Mai 2013 um 11:51 von" "Christian").
        alone = DIGIT.search(piece) is None and len(before) <= DATE_LINE_CHARS
        opening = f"{before} {piece}" if alone else piece
        line = date_line(opening, _to_the_stop(opening, _line_pieces(pieces, index + 1)))
        if not dates_another_thing(line):
            yield line


def _to_the_stop(opening: str, following: list[str]) -> list[str]:
    """The pieces of ``following`` that go on the line ``opening`` starts: up to the first one
    that ends a sentence or leaves one open for a date to end it (:func:`datelines.leaves_open`),
    none where the opening ends one ("… von Jane Doe geschrieben."). A date after the stop is
    the next sentence's or line's ("Von Jane Doe" "Mehr im Rathaus." "05.03.2024 Stadtrat"), or
    what the sentence tells of ("Von Jane Doe" "Thema im Radio am" "04.03.2024"); the opening
    itself may leave its sentence open for the story's date ("Posted by Jane Doe on")."""
    if SENTENCE_END.search(opening):
        return []
    for index, piece in enumerate(following):
        if SENTENCE_END.search(piece) or leaves_open(piece):
            return following[: index + 1]
    return following


def clock_of_the_byline(
    day: str, texts: Callable[[], Sequence[str]], authors: Sequence[str]
) -> Clock | None:
    """The one time of day the page's lines that name the story's author show beside ``day``,
    wherever they stand: a blog's byline at the story's end ("Von Christian am 03.05.2013, 11:51
    | 0 Meinungen", "Malte Welding | 29.07.2006 um 14:26", "Dieser Artikel wurde am 3. Mai 2013
    um 11:51 von Christian geschrieben"), which the lines read beside the headline do not reach.

    A time of the day anywhere on the page is no evidence (a teaser's, a comment's, a
    schedule's of that day: round 37's page-wide clock made held-out pages wrong); the story's
    author (``authors``: the names the resolver keeps) ties the line to the story as the day
    ties the time to it (:func:`_byline_lines`). Two different times give none.
    """
    clocks: set[Clock] = set()
    for line in _byline_lines(texts, authors):
        clock = clock_beside(line, day)
        if clock is not None:
            clocks.add(clock)
    return clocks.pop() if len(clocks) == 1 else None


def day_of_the_byline(texts: Callable[[], Sequence[str]], authors: Sequence[str]) -> str | None:
    """The one day the page's lines that name the story's author write (:func:`_byline_lines`):
    "Peter Muster / 07.11.2023 / 09:30" above the headline, "Dieser Artikel wurde am 14.
    Dezember 2015 von Heiner geschrieben" at the story's end; None where they write none, or
    more than one.

    Themes print the story's day on its author's line wherever they set it, in markup that
    names neither (older templates, hashed class names); the author the resolver keeps ties the
    line to the story, as it does the time of :func:`clock_of_the_byline`. A date of numbers that
    reads two ways names a day only where its form does (:func:`datelines.one_day`). A list of
    the author's other stories writes several days: then none is the story's.
    """
    days: set[str] = set()
    for line in _byline_lines(texts, authors):
        written = shown_days(line)
        if not written:
            continue
        day = one_day(line, written)
        if day is None:
            return None
        days.add(day)
    return days.pop() if len(days) == 1 else None


# A name shorter than this ("AP", "dpa") is found inside other words.
_NAME_CHARS = 4


def with_its_clock(stamp: Stamp, clock: Clock, zone: timezone) -> Stamp:
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


def shown_times(day: str, times: TimesNear) -> list[Shown]:
    """What the ``<time>`` elements nearest the headline show of ``day``
    (:func:`_shown_by_the_time`).

    Looked for as far up as the days beside the headline are (:data:`SHOWN_LEVELS`): some
    templates set the headline in a breadcrumb's list, the date line beside the lead picture.
    """
    found = times.nearest(SHOWN_LEVELS)
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


def stated_beside_the_headline(
    stamp: Stamp, headline: HtmlElement | None, facts: PageFacts, around: frozenset[HtmlElement]
) -> Stamp | None:
    """The day's ``stamp`` at the one instant the elements nearest the headline state and show
    of its day (:func:`_stated_and_shown`); None where none does, or where they state several
    (a list of the day's stories, each with its own moment).

    Looked for as the ``<time>`` elements are (:func:`shown_times`): as far up as the days
    beside the headline, not in another item or an update's line.
    """

    def stated(scope: HtmlElement) -> list[datetime]:
        return [
            instant
            for element in _STAMPED(scope)
            if (instant := _stated_and_shown(element, stamp.day)) is not None
            and may_date_the_story(element, facts, around)
        ]

    instants = set(nearest(headline, stated, SHOWN_LEVELS))
    return _at_the_instant(instants.pop(), stamp.origin) if len(instants) == 1 else None


def _at_the_instant(instant: datetime, origin: str) -> Stamp:
    """A stamp of an aware instant the page states, in UTC, to the second where it states
    one, in its offset."""
    precision = "second" if instant.second or instant.microsecond else "minute"
    zone = instant.tzinfo if isinstance(instant.tzinfo, timezone) else None
    return Stamp(instant.astimezone(UTC), precision, origin, zone)


def as_the_page_shows_it(
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
    if offset is None or (clock is not None and not may_mean(clock, offset.utcoffset(None))):
        return None
    for other in stated():
        if (
            other.zone is not None
            and other.zone.utcoffset(None)
            and other.zone.utcoffset(None) != offset.utcoffset(None)
            and abs((other.value.date() - day).days) <= 1
        ):
            return None
    return with_its_clock(stamp, Clock(hour, minute, None), offset)


def wall_zone(
    tree: HtmlElement,
    url: str,
    day: date,
    data_zone: Callable[[], timezone | None],
    every: Iterable[Stamp],
    moments: Callable[[], list[Stamp]],
    words: str | None,
) -> tzinfo | None:
    """The zone a wall time the page shows on ``day`` is read in, where its line names none:
    the zone of the page's language and country (:func:`wallzone.declared_zone`), else the
    one offset the page's scripts write (``data_zone``: :func:`zone_of_the_data`) where a moment of
    the page states it within a day of ``day`` (:func:`offset_that_day`: a site of a country
    of several zones, whose CMS writes its times in its own). Where the scripts write no offset
    at all: the zone of the language the time's own word is in (``words``:
    :attr:`dates.Clock.language`, "17:08 Uhr"), where that language keeps one zone
    (:func:`wallzone.zone_of_language`).

    The word after the time tells the language of a page that declares none (no ``<html
    lang>``, a generic domain) or declares its template's default ("en-US" above a German
    story); it is read last, and not where the scripts write an offset of another day: a site
    whose CMS writes "+02:00" all year (southern Africa's German press) keeps no Central
    European winter time.

    The same evidence the date line's time is read in (the caller's chain): a ``<time>`` that
    shows "April 24, 2020 at 9:06 a.m." beside data that writes "2020-04-24T09:06:21-07:00"
    is a wall time of that offset.
    """
    zone = declared_zone(tree, url)
    if zone is not None:
        return zone
    data = data_zone()
    if data is None:
        return zone_of_language(words) if words is not None else None
    return offset_that_day(data, day, chain(every, moments()))


def clock_beside_the_day(
    day: str,
    pieces: Callable[[], tuple[str, ...]],
    page: tuple[HtmlElement | None, str | None, PageFacts],
    label: Callable[[], Labelled],
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


def shown_clock(
    day: str,
    pieces: Callable[[], tuple[str, ...]],
    page: tuple[HtmlElement | None, str | None, PageFacts],
    shown: Callable[[], list[Shown]],
    label: Callable[[], Labelled],
) -> Clock | None:
    """The time of day the page shows its readers beside ``day``: the one its lines show
    (:func:`clock_beside_the_day`), else the one clock all ``<time>`` elements beside the
    headline show (``shown``: :func:`shown_times`); None where none shows one."""
    clock = clock_beside_the_day(day, pieces, page, label)
    if clock is not None:
        return clock
    clocks = {s.clock for s in shown()}
    return clocks.pop() if len(clocks) == 1 else None


# A time shown rounded to the minute may read the declared second's next minute.
_ROUNDING = (timedelta(0), timedelta(minutes=1))


# A zone's summer time: a template that names the zone's winter time all year ("11:08 EST" on a
# day of Eastern summer time) shows the instant an hour off the one it means.
_SUMMER_HOUR = timedelta(hours=1)


def reads(clock: Clock, day: date, instant: datetime) -> bool:
    """Whether ``clock`` shows ``instant`` on ``day``: in the zone it names, else in any zone
    (:func:`_zone_offset`; one of the offsets its zone's abbreviation may mean,
    :func:`may_mean`), to the minute (or the next, rounded)."""
    wall = wall_time(day, clock.hour, clock.minute)
    moment = instant.astimezone(UTC).replace(second=0, microsecond=0)
    if clock.zone is not None:
        return any(wall.replace(tzinfo=clock.zone) - moment == r for r in _ROUNDING)
    offsets = (wall - moment.replace(tzinfo=None) - r for r in _ROUNDING)
    return any(_zone_offset(o) and may_mean(clock, o) for o in offsets)


def may_mean(clock: Clock, offset: timedelta | None) -> bool:
    """Whether a wall time may be read at ``offset``: any offset, unless its line names a zone
    by an abbreviation of several (:attr:`dates.Clock.offsets`) and the offset is none of them."""
    return not clock.offsets or offset in clock.offsets


def against_the_shown_time(stamp: Stamp, clock: Clock | None, updates: Sequence[Stamp]) -> Stamp:
    """The declared instant ``stamp`` checked against the time the page shows its readers beside
    its day (``clock``: :func:`shown_clock`); ``updates`` are the declared modification times.

    The two are one moment where the shown time reads the declared instant (:func:`reads`: in
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
    if reads(clock, day, stamp.value) or any(
        u.aware and u.precision != "day" and reads(clock, day, u.value) for u in updates
    ):
        return stamp
    if clock.zone is None:
        return Stamp(datetime.combine(day, datetime.min.time()), "day", stamp.origin)
    shown = wall_time(day, clock.hour, clock.minute).replace(tzinfo=clock.zone)
    if shown - stamp.value.replace(second=0, microsecond=0) == _SUMMER_HOUR:
        return stamp
    return Stamp(shown.astimezone(UTC), "minute", stamp.origin, clock.zone)


def local_day(
    stamp: Stamp,
    zones: list[timezone],
    days: list[Stamp],
    data_zone: Callable[[], timezone | None],
    data_days: Callable[[], set[str]],
    counted: list[str],
) -> str:
    """The calendar day the page itself gives the published moment (its own zone).

    Stored dates are UTC; a page dates its story in its own zone. The zone is known when the page
    states one offset other than UTC (or one wall time pairs with a UTC time); a page that writes
    only UTC still names its own day in a day-only date (URL, a date without time) that the
    moment may fall on; without one, the zone its inline data writes (``data_zone``:
    :func:`zone_of_the_data`, read only then) gives the day; where its data writes only UTC, the
    one day its data names the story's creation or publication by, without a time, the only one
    it names so (several are a list's, other stories' days) (``data_days``:
    :func:`data_days`, read only then: ``"DateCreation": "2020-08-24"`` beside
    ``"datePublished": "2020-08-25T00:23:33Z"`` on a page of a site four hours behind UTC),
    unless the URL or a line the page shows names a day the moment may fall on. A day-only meta
    tag does not stand in its way: it may be the UTC moment's own date with a time that was not
    read (``<meta name="dc.date.created" content="2020-08-25|00h23">``). A day so taken is noted
    in ``counted`` (``published_day_data``, counted as news/meta/published_day_data).
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
        shown = {d.day for d in days if d.origin != "meta"} & possible_days(stamp)
        # The data names one day in all: several are a list's (other stories' days).
        in_data = set() if shown else data_days()
        if len(in_data) == 1 and in_data <= possible_days(stamp) and utc_day not in in_data:
            counted.append("published_day_data")
            return in_data.pop()
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


def data_moments(tree: HtmlElement) -> list[Stamp]:
    """The moments the page's scripts write with their offsets (:func:`_data_stamps`), read:
    what a time of day shown beside a day is checked against (:func:`offset_that_day`,
    :func:`data_earlier_that_day`)."""
    read = (parse_timestamp(match[0]) for match in _data_stamps(tree))
    return [stamp for stamp in read if stamp is not None and stamp.aware]


def data_earlier_that_day(moments: Iterable[Stamp], timed: Stamp) -> bool:
    """Whether the page's scripts write a moment (``moments``: :func:`data_moments`) of the
    stamp's day (in its zone) before it, to the minute.

    A template may show the story's last change as its only time, unlabelled, where its data
    states the first publication too (published 12:36 and modified 15:44 in the data, "05. Juni
    2025 15:44 Uhr" under the headline): a shown time later than a moment the page's own data
    gives for that day may be the update's, and is not taken. The moment may be another item's
    (a related story of the morning): then the time is missed, which is better than wrong,
    unless the data names the shown minute itself a publication (:func:`data_names_it`).
    """
    zone = timed.zone or UTC
    day = timed.value.astimezone(zone).date()
    for stamp in moments:
        moment = stamp.value.replace(second=0, microsecond=0)
        if moment < timed.value and moment.astimezone(zone).date() == day:
            return True
    return False


def data_names_it(publications: Iterable[Stamp], timed: Stamp) -> bool:
    """Whether the page's scripts state the timed minute as a publication (``publications``:
    :func:`data_publications`): ``"datePublished": "2020-09-02T12:45:31+0300"`` beside a
    shown "2.9.2020 klo 12.45".

    The time shown is then the story's publication, whatever else of that morning the data
    lists (related items, the page's menu of the day's stories: :func:`data_earlier_that_day`);
    an update's minute the data names by no such key, and it still gives way.
    """
    return any(_same_minute(named, timed) for named in publications)


def _same_minute(stamp: Stamp, other: Stamp) -> bool:
    """Whether two instants fall in one minute."""
    return stamp.value.replace(second=0, microsecond=0) == other.value.replace(
        second=0, microsecond=0
    )


# A key of script data that names a publication ("datePublished", "publishDate",
# "published_at", "firstPublished"), right before the timestamp it holds.
_PUBLICATION_KEY = re.compile(r"publish[a-z_]*[\\\"']*\s*[:=]\s*[\\\"']*$", re.IGNORECASE)


# How far before a timestamp its key is looked for.
_KEY_REACH = 40


def data_publications(tree: HtmlElement) -> list[Stamp]:
    """The moments the page's scripts write with their offsets under a key that names a
    publication (:data:`_PUBLICATION_KEY`: ``"datePublished":"2020-09-02T12:45:31+0300"``), read:
    what confirms a time shown beside the story's day (:func:`data_earlier_that_day`)."""
    found: list[Stamp] = []
    for match in _data_stamps(tree):
        key = match.string[max(0, match.start() - _KEY_REACH) : match.start()]
        if _PUBLICATION_KEY.search(key) is None:
            continue
        stamp = parse_timestamp(match[0])
        if stamp is not None and stamp.aware:
            found.append(stamp)
    return found


# A day without a time that script data writes as a value ("…": "2020-08-24"), and the key
# before it that names the story's creation or publication ("DateCreation", "publishDate",
# "pubdate"). The value is looked for first, from its ":" or "=": a pattern that opens with the
# key's words in any case reads a script three times slower.
_DAY_VALUE = re.compile(r"[:=]\s*[\"'](\d{4}-\d\d-\d\d)[\"']")
_DAY_KEY = re.compile(r"(?:publi|creat|pubdate)[a-z_]*[\"']?\s*$", re.IGNORECASE)


def data_days(tree: HtmlElement) -> set[str]:
    """The days without a time that the page's scripts write under a key naming the story's
    creation or publication (:data:`_DAY_VALUE`, :data:`_DAY_KEY`).

    A CMS that states its moments in UTC often writes the story's day for its analytics as the
    editors saw it, in the site's own zone: the calendar day its readers were given, where the
    UTC moment falls on the next (or the previous) one. Read only where a UTC moment needs its
    local day (:func:`local_day`), or where nothing else dates the page: its one day is then the
    story's (``meta_origin`` ``script_day``, :func:`published.resolve_dates`).
    """
    days: set[str] = set()
    for text in _SCRIPT_TEXTS(tree):
        for match in _DAY_VALUE.finditer(text):
            if _DAY_KEY.search(text, max(0, match.start() - _KEY_REACH), match.start()):
                days.add(match[1])
    return {day for day in days if _on_the_calendar(day)}


def _on_the_calendar(day: str) -> bool:
    """Whether ``day`` (YYYY-MM-DD) is a day of the calendar: a script's "2012-13-08" or
    "0000-00-00" names none, and read as the story's day it raised out of the resolver."""
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def offset_that_day(zone: timezone, day: date, stamps: Iterable[Stamp]) -> timezone | None:
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


def zone_of_the_data(tree: HtmlElement) -> timezone | None:
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
