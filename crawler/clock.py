"""The one timestamp format Newsloom writes, for its own events and for the articles' dates.

``YYYY-MM-DDTHH:MM:SS+00:00``: UTC, to the second, sortable as text and read by
``datetime.fromisoformat`` and pandas alike. An article's date keeps its precision (``day``,
``minute``, ``second``) beside it.

Time zones of article dates, decided explicitly: a time with an offset (or a zone abbreviation
that names one offset only, such as CEST or PDT) is converted to UTC. A time without an offset
(``2024-03-05T14:30:00``) has an unknown zone and cannot become UTC honestly;
the resolver applies the page's own zone when the page states one elsewhere, otherwise only the day
is kept (precision ``day``). A day is stored as midnight UTC *of the day the page states* (its
local calendar day, not shifted), so the day survives; read the precision before the time.
Midnight exactly (``T00:00:00``, with or without offset) is how CMSs write "no time": a day.
A time in a zone name of several offsets or of none ("IST", "BST", "CST" in ISO 8601) keeps its
day too (:func:`unread_zone_name`), as a feed's date does.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

# How far the zone of a naive time can put it from UTC (UTC-12 to UTC+14).
ZONE_SPAN = timedelta(hours=14)
# Dates before this are not publication dates of web news (epoch zeros, birthdays, founding years).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
# A page may be dated a little ahead of the fetch (time zones, scheduled posts), not a day more.
FUTURE_SLACK = timedelta(days=1)


def utc_iso(moment: datetime) -> str:
    """``moment`` as ISO 8601 in UTC to the second: sortable as text, read by fromisoformat."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place in the archive: give it a timezone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _system_time() -> datetime:
    return datetime.now(UTC)


# Where the current time comes from: the machine's clock. Every time Newsloom stamps or waits
# by is asked of :func:`now`, so that a test can step the clock (:func:`use_clock`), back as
# an NTP correction does, without touching the machine's.
_time_source: Callable[[], datetime] = _system_time


def now() -> datetime:
    """The current time, aware, in UTC."""
    return _time_source()


@contextmanager
def use_clock(source: Callable[[], datetime]) -> Iterator[None]:
    """Take the current time from ``source`` (aware datetimes) within the block."""
    global _time_source
    before, _time_source = _time_source, source
    try:
        yield
    finally:
        _time_source = before


def waiting(started: datetime, wait: timedelta, at: datetime) -> bool:
    """Whether a wait of ``wait`` begun at ``started`` goes on at ``at``.

    One begun after ``at`` was stamped before the clock stepped back (an NTP correction, a
    clock set right after running ahead): how long ago it began cannot be told, and it is
    over rather than drawn out by the step (a pending article's backoff, a dead link's
    recheck and a revisit lasted the step's length on top of their own)."""
    return started <= at < started + wait


def stored_moment(value: object) -> datetime | None:
    """A stored time (ISO 8601 text, as :func:`utc_iso` writes it or an older row's) as an
    aware datetime, in UTC when it names no offset; None when it is no time."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def now_iso() -> str:
    """The current time as :func:`utc_iso` writes it."""
    return utc_iso(now())


# The date's parts may be joined by dots or slashes too: "2026.01.29 18:40", "2024/03/05 10:00"
# are how East Asian and many other CMSs write a timestamp, with the time as well.
_ISO = re.compile(
    r"^\s*(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*"
    r"([A-Za-z]{1,5}|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
)
# Zone abbreviations pages write after a time ("2020-09-25T16:02:50CDT", "10:07:01 CEST"), those
# that name one offset only: CST (US Central or China), IST (India, Ireland or Israel) and BST
# (British Summer or Bangladesh) name several and leave the time unread, its day kept.
_NAMED_ZONES = {
    "Z": 0,
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 1,
    "CET": 1,
    "MEZ": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "WIB": 7,
    "WITA": 8,
    "SGT": 8,
    "MYT": 8,
    "HKT": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "EST": -5,
    "EDT": -4,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
}


@dataclass(frozen=True)
class Stamp:
    """A point in time as a page states it.

    ``value`` is aware (UTC) when the page gave an offset, naive (the page's wall time) when it
    did not; ``precision`` is ``day`` when only the day is known.
    """

    value: datetime
    precision: str
    origin: str = ""
    zone: timezone | None = None  # the offset the page wrote, if any
    # Written in a zone name of several offsets or of none ("IST"): the day it writes only.
    zone_unread: bool = False

    @property
    def aware(self) -> bool:
        return self.value.tzinfo is not None

    @property
    def day(self) -> str:
        """The calendar day the page states (its own zone), as YYYY-MM-DD."""
        return self.value.date().isoformat()

    @property
    def local_day(self) -> str:
        """The calendar day in the zone the page wrote (the UTC day when it wrote none)."""
        if self.aware and self.precision != "day" and self.zone is not None:
            return self.value.astimezone(self.zone).date().isoformat()
        return self.day

    def bounds(self) -> tuple[datetime, datetime]:
        """The UTC interval the instant lies in, given what is unknown (zone, time of day);
        held within the years a datetime has: a listing's "9999-12-31" raised OverflowError."""
        if self.precision == "day":
            start = datetime.combine(self.value.date(), datetime.min.time(), UTC)
            return _moved(start, -ZONE_SPAN), _moved(start, timedelta(days=1) + ZONE_SPAN)
        if self.aware:
            return self.value, self.value
        naive = self.value.replace(tzinfo=UTC)
        return _moved(naive, -ZONE_SPAN), _moved(naive, ZONE_SPAN)

    def iso(self) -> str:
        """The stored form (:func:`utc_iso`); a day is midnight UTC of the page's own day."""
        if self.precision == "day" or not self.aware:
            return utc_iso(datetime.combine(self.value.date(), datetime.min.time(), UTC))
        value = self.value
        if self.precision == "minute":
            value = value.replace(second=0)
        return utc_iso(value)


def _moved(moment: datetime, by: timedelta) -> datetime:
    """``moment`` (UTC) moved by ``by``, or the first or last instant a datetime holds where
    that lies past year 1 or 9999."""
    try:
        return moment + by
    except OverflowError:
        return (datetime.max if by > timedelta(0) else datetime.min).replace(tzinfo=UTC)


def named_zone(name: str) -> timezone | None:
    """The offset a zone abbreviation names ("CEST", "JST"), None for a name of several
    offsets or of none (:data:`_NAMED_ZONES`)."""
    hours = _NAMED_ZONES.get(name.upper())
    if hours is None:
        return None
    return timezone(timedelta(hours=hours)) if hours else UTC


def unread_zone_name(name: str) -> bool:
    """Whether ``name``, written after a time, is a zone name that names no one offset
    (:data:`_NAMED_ZONES`): "IST" (India, Ireland or Israel), "CST" (US Central or China),
    "BST", a military letter. Zone names are written in capitals, one letter (RFC 822's
    military zones) or three to five; other letters after a time ("14:30 Uhr", German for
    o'clock; "00:59:47ZZ", a "Z" typed twice, which a dev page's JSON-LD writes) name no zone
    and leave the text no timestamp, as before.

    Such a time keeps the day it writes, as a feed's does (crawler/discovery/feeds.py) and a
    time without any zone does: the day stored is the page's own calendar day, and the page
    wrote that day under every offset the name may mean."""
    return (
        name.isalpha()
        and name.isupper()
        and (len(name) == 1 or 3 <= len(name) <= 5)
        and named_zone(name) is None
    )


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text[0].isalpha():
        zone = named_zone(text)
        if zone is None:
            raise KeyError(text)  # a name of no known single offset
        return zone
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes >= 60:
        raise ValueError(text)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


# RFC 5322's "-0000" as the zone of a date: written apart from the time or glued to it, and
# before a comment ("(UTC)") the RFC allows after it.
_UNSAID_UTC = re.compile(r"[\d\s]-0000\s*(?:\([^()]*\)\s*)?$")


# JavaScript's Date.prototype.toString: "Tue Aug 25 2020 00:23:33 GMT-0400 (Eastern Daylight
# Time)". email.utils reads its day and time but not the offset glued to "GMT", and leaves it a
# naive wall time; the zone's name in brackets, in the reader's language, can be long.
_JS_DATE = re.compile(
    r"^\s*([A-Z][a-z]{2})\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s+GMT([+-]\d{4})(?:\s*\([^()]{0,80}\))?\s*$"
)


def _rfc2822_of_js_date(text: str) -> str:
    """``text`` in RFC 2822's form when it is JavaScript's Date string, else as it is."""
    match = _JS_DATE.match(text) if len(text) <= 160 else None
    if match is None:
        return text
    weekday, month, day, year, clock, offset = match.groups()
    return f"{weekday}, {day} {month} {year} {clock} {offset}"


def rfc822_moment(text: str) -> datetime | None:
    """``text`` read as an RFC 822 / 2822 / 5322 date (naive where it states no zone email.utils
    reads); None when it is none.

    RFC 5322's "-0000" is a time in UTC whose sender's zone is not said (RFC 3339's "-00:00",
    which :func:`parse_timestamp` reads as UTC): email.utils leaves it naive, as it leaves a zone
    name it does not know, and a naive time keeps its day only or takes the zone the page states
    elsewhere. Read here as UTC, whether written apart from the time ("10:00:00 -0000") or glued
    to it ("10:00:00-0000"): the one rule of a page's dates (:func:`parse_timestamp`) and a
    feed's (crawler/discovery/feeds.py), which read the glued form differently when each had its
    own (a feed's as UTC, a page's as a wall time). JavaScript's Date string, which scripts
    write into a page's data, is read with the offset it states."""
    text = _rfc2822_of_js_date(text).strip()
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if value.tzinfo is None and _UNSAID_UTC.search(text):
        return value.replace(tzinfo=UTC)
    return value


def parse_timestamp(text: str | None, origin: str = "") -> Stamp | None:
    """Read an ISO 8601 (also with dots or slashes in the date, or RFC 2822) timestamp; None if
    it is not one."""
    if not text:
        return None
    text = _rfc2822_of_js_date(text)
    if len(text) > 64:
        return None
    match = _ISO.match(text)
    try:
        if match:
            year, _, month, day, month8, day8, hour, minute, second, zone = match.groups()
            date = datetime(int(year), int(month or month8), int(day or day8))
            if hour is None:
                return Stamp(date, "day", origin)
            value = date.replace(hour=int(hour), minute=int(minute), second=int(second or 0))
            if zone and unread_zone_name(zone):
                return Stamp(date, "day", origin, zone_unread=True)
            tz = _offset(zone)
            if (value.hour, value.minute, value.second) == (0, 0, 0):
                return Stamp(date, "day", origin, tz)
            precision = "second" if second and int(second) else "minute"
            if tz is not None:
                return Stamp(value.replace(tzinfo=tz).astimezone(UTC), precision, origin, tz)
            return Stamp(value, precision, origin)
        if "," in text or re.search(r"[A-Za-z]{3}", text):
            moment = rfc822_moment(text)
            if moment is None:
                return None
            value = moment
            last = text.split()[-1]
            if value.tzinfo is None and last.isalpha():
                # A zone name email.utils does not know: one offset is read as in ISO 8601
                # ("CET"), a name of several or none keeps the day ("IST"). Left naive, the
                # time was given the zone the page states elsewhere, or none.
                if unread_zone_name(last):
                    day = value.replace(hour=0, minute=0, second=0)
                    return Stamp(day, "day", origin, zone_unread=True)
                if (named := named_zone(last)) is not None:
                    value = value.replace(tzinfo=named)
            if (value.hour, value.minute, value.second) == (0, 0, 0):
                return Stamp(value.replace(tzinfo=None), "day", origin)
            precision = "second" if value.second else "minute"
            if value.tzinfo is None:
                return Stamp(value, precision, origin)
            zone_of = value.utcoffset()
            tz = timezone(zone_of) if zone_of is not None else None
            return Stamp(value.astimezone(UTC), precision, origin, tz)
    except (ValueError, TypeError, IndexError, KeyError, OverflowError):
        return None
    return None


# The W3C datetime forms of fewer parts than a day that sitemaps may write: a year, a month.
_YEAR_OR_MONTH = re.compile(r"^\s*(\d{4})(?:-(\d{2}))?\s*$")


def latest(text: str | None) -> datetime | None:
    """The latest UTC instant a listing's date may mean (None when it is none): a day runs
    to its end in the zone furthest west, a month or a year (W3C datetime's "2026-11",
    "2026") to its last day's end, a time without an offset as far as a zone puts it.

    For a cutoff by age that skips nothing the date may still be within."""
    span = _YEAR_OR_MONTH.match(text or "")
    if span is None:
        stamp = parse_timestamp(text)
        return stamp.bounds()[1] if stamp is not None else None
    year, month = int(span[1]), int(span[2] or 12)
    if not 1 <= month <= 12 or year < 1:
        return None  # "0000", as sitemaps write for no date, raised ValueError
    last = datetime(year, month, calendar.monthrange(year, month)[1])
    return Stamp(last, "day").bounds()[1]


def ahead(stamp: Stamp, fetched_at: datetime | None) -> bool:
    """More than a day after the fetch (or now): a publisher's clock ahead, or a post listed
    before it is due. Not when it was published, whatever the page was fetched for."""
    limit = (fetched_at or now()) + FUTURE_SLACK
    if limit.tzinfo is None:
        limit = limit.replace(tzinfo=UTC)
    if stamp.precision == "day" or not stamp.aware:
        # Compared as calendar days: the page's day may not start after the limit's day.
        return stamp.value.date() > limit.date()
    return stamp.value > limit


def plausible(stamp: Stamp, fetched_at: datetime | None) -> bool:
    """Not before 1990, not more than a day after the fetch (or now): :func:`ahead`."""
    if ahead(stamp, fetched_at):
        return False
    if stamp.precision == "day" or not stamp.aware:
        return stamp.value.date() >= EARLIEST.date()
    return stamp.value >= EARLIEST


def normalize_published(
    text: str | None, fetched_at: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """A stored date in any earlier form, as (UTC ISO 8601, precision, the page's own day);
    (None, None, None) if unreadable or implausible for a page fetched at ``fetched_at``.

    For rows written before dates were resolved: a time without an offset keeps only its day.
    """
    stamp = parse_timestamp(text)
    if stamp is None:
        return None, None, None
    try:
        fetched = datetime.fromisoformat(fetched_at) if fetched_at else None
    except ValueError:
        fetched = None
    if not plausible(stamp, fetched):
        return None, None, None
    precision = stamp.precision if stamp.aware else "day"
    return stamp.iso(), precision, stamp.local_day
