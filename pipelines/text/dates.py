"""Choosing a page's dates: plausibility, the page's zone, agreement and conflict of candidates.

Timestamps are read and written by :mod:`crawler.clock` (one stored format, its time-zone rules);
here the candidates a page and its listing give are checked against each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone

from crawler.clock import ZONE_SPAN, Stamp

# Dates before this are not publication dates of web news (epoch zeros, birthdays, founding years).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
# A page may be dated a little ahead of the fetch (time zones, scheduled posts), not a day more.
FUTURE_SLACK = timedelta(days=1)

# A full date as a path segment: /2024/03/05/, /2017/7/12/, -2024-03-05-, /20240305/. A slash
# date must end its segment: "/2025/03/10-pendler-betroffen" is a month folder and a number.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|\.html?|$)|"
    r"[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|"
    r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)


# A month folder without a day: "/2011/12/slug", "/2017/07/". Not followed by a day segment.
_URL_MONTH = re.compile(
    r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(?!(?:0?[1-9]|[12]\d|3[01])(?:/|\.html?|$))"
)
# Seconds or minutes written with one digit ("23:15:0Z"): a CMS formatting slip, same instant.
_SHORT_FIELD = re.compile(r"(T\d{2}:\d{2}:)(\d)(?=\D|$)|(T\d{2}:)(\d)(?=\D|$)")
# A naive wall time and an aware instant this far apart at most can be one moment in two zones.
_ZONE_STEP = timedelta(minutes=15)


# Month names as pages write them for readers ("06 Dicembre 2020", "17 de Febrero 2020", "March
# 5, 2024", "5. März 2024", "20 septembrie 2020", "5 марта 2024"): English, German, French,
# Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Indonesian, Romanian,
# Turkish, Polish and Czech (in the genitive their dates use), Russian, Ukrainian, Greek and
# Arabic (as Egypt and the Gulf write it), with the abbreviations pages print.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner janvier janv enero ene gennaio janeiro januari ianuarie ocak"
        " stycznia ledna января січня ιανουαρίου يناير",
        "february feb februar février fevrier févr fevr febrero febbraio fevereiro februari"
        " februarie şubat lutego února февраля лютого φεβρουαρίου فبراير",
        "march mar märz maerz mär mrz mars marzo março maart maret martie mart marca března"
        " марта березня μαρτίου مارس",
        "april apr avril avr abril abr aprile aprilie nisan kwietnia dubna апреля квітня"
        " απριλίου أبريل إبريل ابريل",
        "may mai mayo maggio maio mei maj mayıs maja května мая травня μαΐου مايو",
        "june jun juni juin junio giugno junho iunie haziran czerwca června июня червня"
        " ιουνίου يونيو يونية",
        "july jul juli juillet juil julio luglio julho iulie temmuz lipca července июля липня"
        " ιουλίου يوليو يولية",
        "august aug août aout agosto ago augustus agustus augusti ağustos sierpnia srpna"
        " августа серпня αυγούστου أغسطس اغسطس",
        "september sep sept septembre septiembre setiembre settembre setembro septembrie eylül"
        " września září сентября вересня σεπτεμβρίου سبتمبر",
        "october oct oktober okt octobre octubre ottobre outubro octombrie ekim października"
        " října октября жовтня οκτωβρίου أكتوبر اكتوبر",
        "november nov novembre noviembre novembro noiembrie kasım listopada listopadu ноября"
        " листопада νοεμβρίου نوفمبر",
        "december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro"
        " desember decembrie aralık grudnia prosince декабря грудня δεκεμβρίου ديسمبر",
    ),
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))
_WRITTEN = (
    # 입력 2026.01.29 18:40, Published 2024/03/05, 2024年3月5日: year first, after a label. Not
    # before "T": a machine timestamp the ISO reader refused ("…T00:59:47ZZ") is no day of its own.
    (
        re.compile(
            r"(?<!\d)((?:19|20)\d\d)\s*([-/.年])\s*(\d{1,2})\s*(?:\2|月)\s*(\d{1,2})(?![\dT])"
        ),
        (4, 3, 1),
    ),
    # 6 Dicembre 2020, 17 de Febrero de 2020, 5. März 2024
    (
        re.compile(r"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})\b"),
        (1, 2, 3),
    ),
    # March 5, 2024; Mar. 5th 2024
    (re.compile(r"\b([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), (2, 1, 3)),
    # 05.03.2024, 06. 01. 2026 (day first, as pages that write dots do)
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"), (1, 2, 3)),
)
# 26/11/2020 or 11/26/2020: day or month first, read only where one of them cannot be a month.
_SLASHED_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\b")


def written_date(text: str | None, origin: str = "") -> Stamp | None:
    """A date written out for readers, as a day; None when there is none or it is ambiguous."""
    if not text or len(text) > 80:
        return None
    for pattern, (d, m, y) in _WRITTEN:
        match = pattern.search(text)
        if not match:
            continue
        month_text = match[m]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.casefold())
        if month is None:
            continue
        try:
            return Stamp(datetime(int(match[y]), month, int(match[d])), "day", origin)
        except ValueError:
            return None
    match = _SLASHED_DAY.search(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        if (first > 12) == (second > 12):
            return None  # both could be the month (or neither)
        day, month = (first, second) if first > 12 else (second, first)
        try:
            return Stamp(datetime(year, month, day), "day", origin)
        except ValueError:
            return None
    return None


# Where a written year ends: not before another digit, unless a time follows glued to it
# ("12 luglio 202010:43", text nodes joined without a space), and not before ":" and a digit,
# which makes the "year" the hour of such a time ("luglio 20" + "2010:43" is no day).
_YEAR_END = r"(?:(?=\d{1,2}:\d\d)|(?!\d|:\d))"
# Dates as pages write them in running text, every reading kept: a day a page shows is checked
# against a candidate, so an ambiguous "03/05/2024" may stand for either day. A month is any
# word looked up in _MONTHS afterwards: an alternation of all the names, tried at every word of a
# page's text, cost several times more than the rest of the search.
_SHOWN = (
    # 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日
    (
        re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"),
        "ymd",
    ),
    # 05.03.2024, 5/3/2024 (day or month first)
    (
        re.compile(
            r"(?<!\d)(?<!\d\.)(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*((?:19|20)\d\d)" + _YEAR_END
        ),
        "dmy",
    ),
    # 5. März 2024, 17 de Febrero de 2020; "12<br>Mai<br>2019" reads "12Mai2019" as text
    (
        re.compile(
            r"(?<!\d)(\d{1,2})\.?\s*(?:de\s+)?([^\W\d_]{3,})\.?,?\s*(?:de\s+)?((?:19|20)\d\d)"
            + _YEAR_END
        ),
        "dMy",
    ),
    # March 5, 2024; "Mar<br>5<br>2024"
    (
        re.compile(
            r"\b([^\W\d_]{3,})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*((?:19|20)\d\d)" + _YEAR_END
        ),
        "Mdy",
    ),
    # 8.5.12, 08/05/12: a two-digit year, in a byline ("Jane Doe, 8.5.12")
    (re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d\d)(?![\d./])"), "dmyy"),
)


_FULL_YEAR = re.compile(r"(?:19|20)\d\d")


def shown_days(text: str) -> set[str]:
    """Every calendar day (YYYY-MM-DD) a text writes out, in each reading its form allows."""
    days: set[str] = set()
    # All forms but the two-digit year's write a year of four digits: a text without one (most
    # of the short pieces a page's date line is looked for in) is not searched for them.
    full_year = _FULL_YEAR.search(text) is not None
    for pattern, form in _SHOWN:
        if not full_year and form != "dmyy":
            continue
        for match in pattern.finditer(text):
            if form == "dmyy":
                a, _, b, short = match.groups()
                # Two digits of a year a news page was written in: 1990 to 2089.
                c = f"{19 if int(short) >= 90 else 20}{short}"
            else:
                a, b, c = match.groups()
            if form in ("dmy", "dmyy"):
                readings = [(c, b, a), (c, a, b)]
            elif form == "ymd":
                readings = [(a, b, c)]
            elif form == "dMy":
                readings = [(c, _MONTHS.get(b.casefold(), 0), a)]
            else:
                readings = [(c, _MONTHS.get(a.casefold(), 0), b)]
            for year, month, day in readings:
                try:
                    days.add(datetime(int(year), int(month), int(day)).date().isoformat())
                except ValueError:
                    continue
    return days


def tidy_timestamp(text: str | None) -> str | None:
    """Pad a one-digit seconds or minutes field so the ISO reader accepts it."""
    if not text:
        return text
    return _SHORT_FIELD.sub(lambda m: f"{m[1] or m[3]}0{m[2] or m[4]}", text)


def month_from_url(url: str) -> tuple[int, int] | None:
    """A year/month folder in the URL path without a day (``/2011/12/slug``)."""
    match = _URL_MONTH.search(url.split("?", 1)[0])
    if not match or date_from_url(url) is not None:
        return None
    return int(match[1]), int(match[2])


def in_month(stamp: Stamp, month: tuple[int, int]) -> bool:
    """Whether the stamp may fall in the month, on any day its unknown zone allows."""
    return any(day[:7] == f"{month[0]:04d}-{month[1]:02d}" for day in possible_days(stamp))


def new_year(stamp: Stamp) -> bool:
    """Whether the page may mean 1 January: a CMS's default when no date was set."""
    return any(day[5:] == "01-01" for day in possible_days(stamp))


def possible_days(stamp: Stamp) -> set[str]:
    """The calendar days a page may have written this stamp as (its zone unknown)."""
    if stamp.precision == "day" or not stamp.aware:
        return {stamp.day}
    return _local_days(stamp)


def paired_zone(naive: Iterable[Stamp], aware: Iterable[Stamp]) -> timezone | None:
    """The page's zone when it writes one moment twice, once as wall time and once with an offset.

    CMSs often put UTC in ``article:published_time`` and the local wall time in JSON-LD or a
    ``<time>`` element: the same seconds (or minutes), a whole number of quarter hours apart, within
    the span of real zones. Two different events (published and modified) almost never line up so.
    """
    aware = [s for s in aware if s.aware and s.precision != "day"]
    for local in naive:
        if local.aware or local.precision == "day":
            continue
        for other in aware:
            if local.precision != other.precision:
                continue
            delta = local.value - other.value.replace(tzinfo=None)
            if delta == timedelta(0) or abs(delta) > ZONE_SPAN or delta % _ZONE_STEP:
                continue
            return timezone(delta)
    return None


def gap(a: Stamp, b: Stamp) -> timedelta:
    """How far apart two stamps are at least, given what each leaves unknown (0 if they overlap)."""
    a0, a1 = a.bounds()
    b0, b1 = b.bounds()
    if a1 < b0:
        return b0 - a1
    if b1 < a0:
        return a0 - b1
    return timedelta(0)


def date_from_url(url: str) -> Stamp | None:
    """A full date in the URL path (``/2024/03/05/``, ``/20240305/``, ``-2024-03-05-``)."""
    match = _URL_DATE.search(url.split("?", 1)[0])
    if not match:
        return None
    year, month, day = (g for g in match.groups() if g is not None)
    try:
        return Stamp(datetime(int(year), int(month), int(day)), "day", "url")
    except ValueError:
        return None


def apply_zone(stamps: Iterable[Stamp], zones: Sequence[timezone]) -> list[Stamp]:
    """Give naive times the page's zone when all offsets the page states agree; else keep a day."""
    single = zones[0] if zones and all(z == zones[0] for z in zones) else None
    out: list[Stamp] = []
    for stamp in stamps:
        if stamp.aware or stamp.precision == "day":
            out.append(stamp)
        elif single is not None:
            out.append(replace(stamp, value=stamp.value.replace(tzinfo=single).astimezone(UTC)))
        else:
            # Unknown zone: the wall time cannot be turned into UTC; the day stays.
            out.append(
                replace(
                    stamp, precision="day", value=stamp.value.replace(hour=0, minute=0, second=0)
                )
            )
    return out


def plausible(stamp: Stamp, fetched_at: datetime | None) -> bool:
    """Not before 1990, not more than a day after the fetch (or now)."""
    limit = (fetched_at or datetime.now(UTC)) + FUTURE_SLACK
    if limit.tzinfo is None:
        limit = limit.replace(tzinfo=UTC)
    if stamp.precision == "day" or not stamp.aware:
        # Compared as calendar days: the page's day may not start after the limit's day.
        return EARLIEST.date() <= stamp.value.date() <= limit.date()
    return EARLIEST <= stamp.value <= limit


@dataclass(frozen=True)
class Choice:
    """The chosen stamp (or None) and whether strong candidates disagreed."""

    stamp: Stamp | None
    conflict: bool = False


def _most_precise(chosen: Stamp, others: Iterable[Stamp], tolerance: timedelta) -> Stamp:
    """The agreeing candidate that states the most (an aware time beats a day)."""
    rank = {"day": 0, "minute": 1, "second": 2}
    best = chosen
    for other in others:
        if other.precision == "day" or not other.aware:
            continue
        if gap(best, other) > tolerance:
            continue
        if best.precision == "day" and best.day not in _local_days(other):
            continue
        if (
            not best.aware
            or best.precision == "day"
            or rank[other.precision] > rank[best.precision]
        ):
            if (
                best.aware
                and best.precision != "day"
                and abs(other.value - best.value) > timedelta(minutes=1)
            ):
                continue
            best = replace(other, origin=best.origin if best.precision != "day" else other.origin)
    return best


def _local_days(stamp: Stamp) -> set[str]:
    """Days an aware instant may be written as by the page (its zone unknown to us here)."""
    value = stamp.value
    return {(value + timedelta(hours=h)).date().isoformat() for h in (-12, 0, 14)}


def choose(
    strong: Sequence[Stamp],
    weak: Sequence[Stamp],
    *,
    tolerance: timedelta,
) -> Choice:
    """The first strong stamp unless strong stamps disagree (then nothing); else the first weak.

    Agreeing candidates may add precision: a day from one source and the exact time from another
    give the time.
    """
    if strong:
        first = strong[0]
        for other in strong[1:]:
            if gap(first, other) > tolerance:
                return Choice(None, conflict=True)
        return Choice(_most_precise(first, [*strong[1:], *weak], tolerance))
    if weak:
        return Choice(_most_precise(weak[0], weak[1:], tolerance))
    return Choice(None)
