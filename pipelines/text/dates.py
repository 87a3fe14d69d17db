"""Choosing a page's dates: the page's zone, agreement and conflict of candidates.

Timestamps are read and written by :mod:`crawler.clock` (one stored format, its time-zone rules);
here the candidates a page and its listing give are checked against each other. The dates a page
writes in its text and its URL are read here too (the days a line shows and how a date of numbers
reads, labelled lines, the time beside a day, a wire dateline) for the resolver's rules
(:mod:`pipelines.text.published`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from crawler.clock import ZONE_SPAN, Stamp, named_zone
from pipelines.text.wallzone import wall_offset

# A full date as a path segment: /2024/03/05/, /2017/7/12/, -2024-03-05-, /20240305/. A slash
# date must end its segment: "/2025/03/10-pendler-betroffen" is a month folder and a number.
# Eight digits are a date also as a part of the slug that separators set apart
# ("…-hearing-20200817-hntmb…-story.html", "307_3_r_20231102_1698…", "…-egypt-20200718.html"):
# a CMS that writes the day into the slug writes it so; an ID's digits run on.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|\.html?|$)|"
    r"[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|"
    r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)


# A month folder without a day: "/2011/12/slug", "/2017/07/", or one segment "/2022-08/". Not
# followed by a day segment.
_URL_MONTH = re.compile(
    r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(?!(?:0?[1-9]|[12]\d|3[01])(?:/|\.html?|$))|"
    r"/((?:19|20)\d{2})-(0[1-9]|1[0-2])/"
)
# A month folder whose slug opens with a number that could be a day ("/2023/10/3-fragen-an"):
# read as a date by a guesser that looks for dates in URLs, it names a day the URL does not.
_URL_MONTH_NUMBER = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(\d{1,2})(?=[^\d/.])")
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
# More languages, in the forms their dates write (the genitive or partitive after a day's
# number, "10. marts 2020", "23 de març de 2020", "5. ožujka 2020", "23. maaliskuuta 2020"):
# Catalan, Danish, Slovak, Slovenian, Serbian and Croatian (Latin script), Finnish, Hungarian,
# and the forms without diacritics or accents that pages and capitals ("ΜΑΡΤΙΟΥ") write of
# those above. An abbreviation that is a word of another language ("set", "des", "noi", "gen":
# "AirPods Gen 2 2021") or a form that is a given name ("Ian", "Marc", "Marta", "Kasim",
# "Julius") is left out: a number, it and a year can be a phrase, and a credit's name followed
# by a number ("Jane Doe, Marta 2") would read as a date (:mod:`pipelines.text.names`); the two
# March forms are read only after a day (:data:`_MONTHS_AFTER_A_DAY`). The Croatian October,
# "listopada", is the Polish November and stays that. Hungarian dates put the year first
# ("2020. március 23.", "2020. márc. 23."), read by :data:`_YEAR_FIRST`. Then Bulgarian,
# Macedonian and Serbian in Cyrillic ("29 януари 2020", "29. јануар 2020."), Estonian ("29.
# jaanuar 2020") and Hebrew, alone and with the "in" it writes before a month ("29 בינואר 2020").
for _number, _names in enumerate(
    (
        "gener januára januara januarja tammikuuta tammikuu január ιανουαριου ιαν"
        " януари јануари јануар јануара jaanuar ינואר בינואר",
        "febrer febr februára februara februarja veljače veljace helmikuuta helmikuu február"
        " subat unora φεβρουαριου φεβ февруари фебруари фебруар фебруара veebruar פברואר"
        " בפברואר",
        "març marts marec ožujka ozujka maaliskuuta maaliskuu március márc brezna μαρτιου μαρ"
        " март märts מרץ במרץ",
        "apríla aprila travnja huhtikuuta huhtikuu április ápr aprilis απριλιου απρ април"
        " априла aprill אפריל באפריל",
        "maig mája svibnja toukokuuta toukokuu május máj majus mayis kvetna μαιου μαΐ μαι"
        " май мај маја מאי במאי",
        "juny júna juna junij junija lipnja kesäkuuta kesakuuta kesäkuu június jún cervna"
        " ιουνιου ιουν юни јуни јун јуна juuni יוני ביוני",
        "juliol júla jula julij julija srpnja heinäkuuta heinakuuta heinäkuu július"
        " júl cervence ιουλιου ιουλ юли јули јул јула juuli יולי ביולי",
        "agost augusta avgust avgusta kolovoza elokuuta elokuu augusztus agustos αυγουστου αυγ"
        " август אוגוסט באוגוסט",
        "setembre septembra septembar rujna syyskuuta syyskuu szeptember szept eylul zari"
        " σεπτεμβριου σεπ септември септембар септембра ספטמבר בספטמבר",
        "októbra oktobra oktobar lokakuuta lokakuu október rijna οκτωβριου οκτ октомври"
        " октобар октобра oktoober אוקטובר באוקטובר",
        "novembra novembar studenoga studenog marraskuuta marraskuu νοεμβριου νοε ноември"
        " новембар новембра נובמבר בנובמבר",
        "desembre decembra decembar prosinca joulukuuta joulukuu aralik δεκεμβριου δεκ"
        " декември децембар децембра detsember דצמבר בדצמבר",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)
# Albanian ("26 tetor 2020"), Armenian in the nominative and in the genitive its dates write
# ("26 հոկտեմբերի 2020"), and the Gregorian months as Persian writes them ("۲۱ ژوئیه ۲۰۲۰").
# Albanian's March and May are the French and Polish words above, Persian's March the Arabic
# one; its May, "مه", is too short a word to be read as a month.
for _number, _names in enumerate(
    (
        "janar հունվար հունվարի ژانویه",
        "shkurt փետրվար փետրվարի فوریه",
        "մարտ մարտի",
        "prill ապրիլ ապրիլի آوریل",
        "մայիս մայիսի",
        "qershor հունիս հունիսի ژوئن",
        "korrik հուլիս հուլիսի ژوئیه جولای",
        "gusht օգոստոս օգոստոսի اوت آگوست",
        "shtator սեպտեմբեր սեպտեմբերի سپتامبر",
        "tetor հոկտեմբեր հոկտեմբերի اکتبر",
        "nëntor nentor նոյեմբեր նոյեմբերի نوامبر",
        "dhjetor դեկտեմբեր դեկտեմբերի دسامبر",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)
# The month names and abbreviations above, for readers that tell a written date from words.
MONTH_NAMES = frozenset(_MONTHS)


# The Syriac month names Arabic writes in the Levant and Iraq ("24 نيسان 2020"), four of them in
# two words ("3 تشرين الأول 2019"), which pages of Jordan, Syria, Lebanon or Palestine write beside
# the Egyptian name either way round ("24 نيسان / أبريل 2020", "24 أبريل/نيسان 2020"). Read by a
# form of their own (:data:`_LEVANTINE_DATE`): a name of two words or of two letters ("آب",
# August) fits none of the other forms, whose month is one word of three letters or more. Their
# letters may carry the marks some templates keep (the shadda of "أيّار"), an alef its hamza or
# not, a final yeh its dots or not ("الثانى"). "كانون" and "تشرين" alone name two months each:
# no day.
_LEVANTINE_MONTHS = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
}
# Arabic's vowel marks, shadda and sukun (not word characters: they would part a name's letters).
_ARABIC_MARKS = "[\u064b-\u0652]*"
# The letters a name is written with in more than one way: each alef, a final yeh.
_ARABIC_VARIANTS = {"ا": "اأإآ", "أ": "اأإآ", "إ": "اأإآ", "آ": "اأإآ", "ي": "يى"}
_ARABIC_PLAIN = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})


def _arabic_name(name: str) -> str:
    """A pattern for the name as pages write it: with marks after any letter, each of its
    letters in any of its forms, one space or more between its words."""
    parts = []
    for letter in name:
        if letter == " ":
            parts.append(r"\s+")
        else:
            parts.append(f"[{_ARABIC_VARIANTS.get(letter, letter)}]{_ARABIC_MARKS}")
    return "".join(parts)


_LEVANTINE_NUMBERS = {
    name.translate(_ARABIC_PLAIN): number for name, number in _LEVANTINE_MONTHS.items()
}
# A day, the Levantine month (the Egyptian name before or after it, behind a slash) and the year.
_LEVANTINE_DATE = (
    r"(?<!\d)(?P<day>\d{1,2})\s*(?:(?P<before>[^\W\d_]{3,})\s*/\s*)?(?P<month>"
    + "|".join(_arabic_name(n) for n in sorted(_LEVANTINE_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])(?:\s*/\s*(?P<after>[^\W\d_]{3,}))?\s*[،,]?\s*(?P<year>(?:19|20)\d\d)"
)


# An Arabic letter: a text without one (most texts: ASCII ones are told at once) writes no
# Levantine month, and is not searched for one (the search costs as much as each other form's).
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def _arabic(text: str) -> bool:
    return not text.isascii() and _ARABIC_LETTER.search(text) is not None


def _levantine_month(match: re.Match[str]) -> int | None:
    """The month a :data:`_LEVANTINE_DATE` match names; None where the name written beside it
    names another month."""
    name = re.sub(_ARABIC_MARKS, "", " ".join(match["month"].split()))
    number = _LEVANTINE_NUMBERS.get(name.translate(_ARABIC_PLAIN))
    for other in (match["before"], match["after"]):
        if other is not None and _MONTHS.get(other.casefold()) != number:
            return None
    return number


def _other_digits() -> re.Pattern[str]:
    """The decimal digits of the scripts other than ASCII in Unicode's first plane, as one
    character class of their runs of ten.

    A class of ranges is read with a bitmap, several times faster than ASCII digits excluded
    from Unicode's digits by a lookahead, on the long texts around a headline that dates are
    searched in; the digits of the other planes (mathematical, historic scripts) date no news
    page.
    """
    runs: list[list[int]] = []
    for code in range(0x80, 0x10000):
        if unicodedata.category(chr(code)) != "Nd":
            continue
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in runs) + "]")


# Digits of other scripts, as Arabic (٠-٩), Persian (۰-۹), Hindi (०-९), Bengali (০-৯) or
# Japanese full-width (０-９) pages write their dates: the patterns here spell a year's first
# digits in ASCII ("(?:19|20)\d\d"), so such a date is read after its digits are turned into
# ASCII ones, one character for one (a match's positions hold in the text as written).
_OTHER_DIGIT = _other_digits()


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match[0]))


def ascii_digits(text: str) -> str:
    """The text with every decimal digit of another script written as its ASCII digit."""
    return text if text.isascii() else _OTHER_DIGIT.sub(_ascii_digit, text)


# March as Serbian ("23. marta 2020") and Catalan without its cedilla ("23 de marc de 2020") write
# it: given names too ("Jane Doe, Marta 2"), so read only after a day's number and the dot or the
# "de" those languages set between them, never before a day.
_MONTHS_AFTER_A_DAY = {"marta": 3, "marc": 3}
_DAY_TO_MONTH = re.compile(r"\.|\bde\b", re.IGNORECASE)


def _month_after_day(name: str, between: str) -> int | None:
    """The month a word names after a day's number (``between``: the text that parts them),
    with the names only that form makes a month (:data:`_MONTHS_AFTER_A_DAY`)."""
    month = _MONTHS.get(name.casefold())
    if month is None and _DAY_TO_MONTH.search(between):
        month = _MONTHS_AFTER_A_DAY.get(name.casefold())
    return month


# A date of numbers parted by hyphens, the year last: "02-11-2023". Written day first, as the
# Netherlands, Denmark, Poland, Portugal, India or Chile write it (and htmldate reads it); a US page
# writes its dates of numbers with slashes. Not inside a longer run of hyphened numbers (an ISBN,
# a telephone number: "978-3-12-2024").
_HYPHENED = r"(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?!-\d)"


# A year, its dot, a month's name and a day with its dot: "2020. március 23.", "2020. márc.
# 23." (Hungarian). Both dots are required: "… in 2020. May 5 …" is two sentences.
_YEAR_FIRST = r"(?<![\d.])((?:19|20)\d\d)\.\s*([^\W\d_]{3,})\.?\s*(\d{1,2})\.(?!\d)"
_WRITTEN = (
    # 입력 2026.01.29 18:40, Published 2024/03/05, 2024年3月5日, 2024년 3월 5일: year first, after a
    # label. Not before "T": a machine timestamp the ISO reader refused ("…T00:59:47ZZ") is no
    # day of its own.
    (
        re.compile(
            r"(?<!\d)((?:19|20)\d\d)\s*([-/.年년])\s*(\d{1,2})\s*(?:\2|[月월])\s*(\d{1,2})(?![\dT])"
        ),
        (4, 3, 1),
    ),
    # 6 Dicembre 2020, 17 de Febrero de 2020, 5. März 2024, 3rd Nov 2023
    (
        re.compile(
            r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+|d['’])?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})\b"
        ),
        (1, 2, 3),
    ),
    # March 5, 2024; Mar. 5th 2024
    (re.compile(r"\b([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), (2, 1, 3)),
    # 2020. március 23.: Hungarian puts the year first, a dot after it and after the day.
    (re.compile(_YEAR_FIRST), (3, 2, 1)),
    # 05.03.2024, 06. 01. 2026 (day first, as pages that write dots do)
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"), (1, 2, 3)),
    # 02-11-2023: day first too (:data:`_HYPHENED`)
    (re.compile(_HYPHENED + r"(?!\d)"), (1, 2, 3)),
)
# 24 نيسان / أبريل 2020: a Levantine month (:data:`_LEVANTINE_MONTHS`).
_WRITTEN_LEVANTINE = re.compile(_LEVANTINE_DATE + r"(?!\d)")
# A wire story's dateline opening its first paragraph: the place, a comma, the day and month
# without a year, and the agency in brackets or slashes or a dash before the text ("BERLIN, 3.
# März (dpa) -", "WASHINGTON, March 5 (Reuters) -", "МОСКВА, 29 июня. /ТАСС/.", "PARIS, 5 mars
# (AFP) -"). The place is words without digits or commas; the month a name of :data:`_MONTHS`.
_AGENCY_DATELINE = re.compile(
    r"[^\W\d_][^,\d()]{0,40},\s*(?:(?P<day>\d{1,2})\.?\s*(?P<month>[^\W\d_]{3,})"
    r"|(?P<month_first>[^\W\d_]{3,})\.?\s*(?P<day_after>\d{1,2})(?!\d))\.?\s*(?:\(|/|[-–—]\s)"
)


def agency_dateline(piece: str) -> tuple[int, int] | None:
    """The month and day a wire story's dateline opening ``piece`` writes
    (:data:`_AGENCY_DATELINE`), or None where the piece opens otherwise.

    Agencies date a story in its first line without the year ("BERLIN, 3. März (dpa) -"), and
    papers print the line as it came; the day is the one the story was filed, in the place's
    own zone.
    """
    match = _AGENCY_DATELINE.match(ascii_digits(piece))
    if match is None:
        return None
    if match["day"] is not None:
        month = _month_after_day(match["month"], "")
        day = int(match["day"])
    else:
        month = _MONTHS.get(match["month_first"].casefold())
        day = int(match["day_after"])
    if month is None or not 1 <= day <= 31:
        return None
    return month, day


# 26/11/2020 or 11/26/2020: day or month first, read only where one of them cannot be a month.
_SLASHED_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\b")


def written_date(text: str | None, origin: str = "") -> Stamp | None:
    """A date written out for readers, as a day; None when there is none or it is ambiguous."""
    if not text or len(text) > 80:
        return None
    text = ascii_digits(text)
    for pattern, (d, m, y) in _WRITTEN:
        match = pattern.search(text)
        if not match:
            continue
        month_text = match[m]
        month = (
            int(month_text)
            if month_text.isdigit()
            else _month_after_day(month_text, text[match.end(d) : match.start(m)])
        )
        if month is None:
            continue
        try:
            return Stamp(datetime(int(match[y]), month, int(match[d])), "day", origin)
        except ValueError:
            return None
    match = _WRITTEN_LEVANTINE.search(text) if _arabic(text) else None
    if match:
        month = _levantine_month(match)
        try:
            return Stamp(datetime(int(match["year"]), month or 0, int(match["day"])), "day", origin)
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
    # 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 2024년 3월 5일 (Korean)
    (
        re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})(?!\d)"),
        "ymd",
    ),
    # 05.03.2024, 5/3/2024 (day or month first)
    (
        re.compile(
            r"(?<!\d)(?<!\d\.)(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*((?:19|20)\d\d)" + _YEAR_END
        ),
        "dmy",
    ),
    # 02-11-2023 (:data:`_HYPHENED`; day or month first, as the others of numbers)
    (re.compile(_HYPHENED + _YEAR_END), "dmy"),
    # 5. März 2024, 17 de Febrero de 2020, 29th April, 2020; "12<br>Mai<br>2019" reads
    # "12Mai2019" as text
    (
        re.compile(
            r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:de\s+|d['’])?([^\W\d_]{3,})\.?,?\s*(?:de\s+)?((?:19|20)\d\d)"
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
    # 2020. március 23. (Hungarian: the year first)
    (re.compile(_YEAR_FIRST), "yMd"),
    # 8.5.12, 08/05/12: a two-digit year, in a byline ("Jane Doe, 8.5.12")
    (re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d\d)(?![\d./])"), "dmyy"),
    # 24 نيسان / أبريل 2020: a Levantine month (:data:`_LEVANTINE_MONTHS`)
    (re.compile(_LEVANTINE_DATE + _YEAR_END), "dLy"),
)


_FULL_YEAR = re.compile(r"(?:19|20)\d\d")


def shown_days(text: str, limit: int | None = None) -> set[str]:
    """Every calendar day (YYYY-MM-DD) a text writes out, in each reading its form allows.

    ``limit``: the caller needs no more than this many days; the search stops at the first day
    past it (``limit + 1`` days are returned, some of them, not all). A caller that gives no
    evidence for a text writing more days than ``limit`` gets its answer without reading the
    rest of a long text (the part of a page around its headline can be all of a 0.5 MB page).
    """
    days: set[str] = set()
    text = ascii_digits(text)
    # All forms but the two-digit year's write a year of four digits: a text without one (most
    # of the short pieces a page's date line is looked for in) is not searched for them.
    full_year = _FULL_YEAR.search(text) is not None
    for pattern, form in _SHOWN:
        if (not full_year and form != "dmyy") or (form == "dLy" and not _arabic(text)):
            continue
        for match in pattern.finditer(text):
            if form == "dLy":
                a, b, c = match["year"], str(_levantine_month(match) or 0), match["day"]
            elif form == "dmyy":
                a, _, b, short = match.groups()
                # Two digits of a year a news page was written in: 1990 to 2089.
                c = f"{19 if int(short) >= 90 else 20}{short}"
            else:
                a, b, c = match.groups()
            if form in ("dmy", "dmyy"):
                readings = [(c, b, a), (c, a, b)]
            elif form in ("ymd", "dLy"):
                readings = [(a, b, c)]
            elif form == "dMy":
                between = text[match.end(1) : match.start(2)]
                readings = [(c, _month_after_day(b, between) or 0, a)]
            elif form == "yMd":
                readings = [(a, _MONTHS.get(b.casefold(), 0), c)]
            else:
                readings = [(c, _MONTHS.get(a.casefold(), 0), b)]
            for year, month, day in readings:
                try:
                    days.add(datetime(int(year), int(month), int(day)).date().isoformat())
                except ValueError:
                    continue
            if limit is not None and len(days) > limit:
                return days
    return days


# A date of numbers parted by slashes: "06/01/2020", "6 / 1 / 2020".
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])")


def written_with_slashes(days: set[str], guessed: set[str], text: str) -> bool:
    """Whether the text writes the two ``days`` as one date of numbers parted by slashes, and
    none of the ``guessed`` days in another form.

    Slashes are how both the US (month first) and Britain, India or Australia (day first) write
    a date of numbers, on pages of every language: "06/01/2020" names either day, and nothing in
    the date tells which. A guess at one of them is supported by such a date only where the page
    writes that day another way too ("June 1, 2020"). Dots are written day first.
    """
    for match in _SLASHED_DATE.finditer(text):
        first, second, year = match.groups()
        readings = set()
        for day, month in ((first, second), (second, first)):
            try:
                readings.add(datetime(int(year), int(month), int(day)).date().isoformat())
            except ValueError:
                continue
        if readings == days:
            return not guessed & shown_days(_SLASHED_DATE.sub(" ", text))
    return False


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
    year, month = (g for g in match.groups() if g is not None)
    return int(year), int(month)


def slug_day(url: str) -> str | None:
    """The day a month folder and the number opening its slug would make (``/2023/10/3-fragen``
    reads 2023-10-03), when the URL has no full date: a date guessed from such a URL is the URL
    misread, no day the page names."""
    match = _URL_MONTH_NUMBER.search(url.split("?", 1)[0])
    if not match or date_from_url(url) is not None:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3])).date().isoformat()
    except ValueError:
        return None


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


def days_apart(a: Stamp, b: Stamp) -> bool:
    """Whether two dates of a day each name calendar days more than one day apart.

    :func:`gap` lets each day span every zone, so two days two apart still overlap; but a page
    names its day in one zone, and a day read from a time in another zone moves by one at most.
    """
    if a.precision != "day" or b.precision != "day":
        return False
    return abs((a.value.date() - b.value.date()).days) > 1


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


def _words(*lines: str) -> list[str]:
    return [word for line in lines for word in line.split()]


# Labels news and blog templates print before the story's date, in the languages of the pages
# Newsloom reads. A label names what the date is: the first publication or a later change.
_PUBLISHED_LABELS = _words(
    "veröffentlicht erschienen publiziert erstellt published posted publié publiée publicado",
    "publicada publicat pubblicato pubblicata gepubliceerd geplaatst opublikowano publikováno",
    "zveřejněno publicerad publiceret udgivet publisert julkaistu közzétéve megjelent",
    "giriş yayınlanma yayınlandı опубликовано опубліковано objavljeno diterbitkan dipublikasikan",
    "δημοσιεύθηκε δημοσίευση 기사입력 입력 등록 公開日時 公開日 公開 発行日 発行 掲載日 掲載",
    "配信日時 配信 投稿日 投稿 发布时间 发布日期 发布于 发布 發佈時間 發布時間 發佈 發布",
    "发表于 發表於",
)
# Persian and Arabic, whose labels are phrases: "تاریخ انتشار" (date of publication), "نشر في"
# (published on), "تم نشره" (it was published), "تم النشر" (publication done).
_PUBLISHED_LABELS.extend(
    [
        "تاریخ انتشار",
        "زمان انتشار",
        "انتشار",
        "تاريخ النشر",
        "نشر في",
        "نشر",
        "نُشر",
        "تم نشره",
        "تم النشر",
    ]
)
_UPDATED_LABELS = [
    "mise à jour",
    "mis à jour",
    *_words(
        "aktualisiert aktualisierung geändert updated update modified modifié modifiée",
        "modification actualizado actualizada actualización atualizado atualizada atualização",
        "aggiornato aggiornata aggiornamento bijgewerkt gewijzigd wijziging aktualizacja",
        "zaktualizowano aktualizováno uppdaterad opdateret oppdatert päivitetty frissítve",
        "güncellenme güncelleme обновлено оновлено ažurirano diperbarui ενημερώθηκε ενημέρωση",
        "최종수정 수정 업데이트 最終更新 最后更新 更新日時 更新日 更新时间 更新時間 更新",
    ),
    # Persian writes "update" with a zero-width non-joiner, gone where the text was collapsed.
    "آخرین به\u200cروزرسانی",
    "آخرین بهروزرسانی",
    "به\u200cروزرسانی",
    "بهروزرسانی",
    "بروزرسانی",
    "آخر تحديث",
    "تاريخ التحديث",
    "تحديث",
]
# A qualifier some templates put before the label ("Last updated", "First published", "Son
# güncelleme", "Zuletzt aktualisiert"), and the German "Stand:" (as of), which dates the
# version shown, an update, and is a label only with its colon ("Stand" is a word too).
_QUALIFIER = (
    r"(?:(?:last|first|originally|zuletzt|erstmals|letzte|son|dernière|última|ultima|ultimo"
    r"|laatste|ostatnia)\s+)?"
)


def _alternation(words: Iterable[str]) -> str:
    """The words as a regex alternation, longest first (a label that starts another is tried
    after it: "公開日" before "公開")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Each weekday's number (Monday 0), for the reading of a date of numbers its weekday confirms;
# Sunday's given names ("Domingo", "Domenica") too, beside a date. No abbreviations: "Sun" and
# "Sat" name newspapers and words as well ("Baltimore Sun | 05/11/2020").
_WEEKDAY_NUMBERS = {
    name: number
    for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lunes martes miércoles jueves viernes sábado domingo",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "måndag tisdag onsdag torsdag fredag lördag söndag",
        "mandag tirsdag onsdag torsdag fredag lørdag søndag",
        "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    )
    for number, name in enumerate(names.split())
} | {"sonnabend": 5}
# Vietnamese weekdays, two words each ("Thứ năm, 2/11/2023": Thursday), for the reading of a
# date of numbers only (:func:`weekday_reading`): Vietnamese pages write a date of numbers with
# slashes, which reads two ways, and its weekday before it. Kept out of :data:`WEEKDAYS`, whose
# words are read one at a time and by their first letters ("thứ" alone is no weekday).
_WEEKDAYS_OF_A_READING = (
    _WEEKDAY_NUMBERS
    | {
        f"thứ {name}": number
        for number, name in enumerate(["hai", "ba", "tư", "năm", "sáu", "bảy"])
    }
    | {"chủ nhật": 6}
)
# A word, or a Vietnamese weekday's two.
_WEEKDAY_WORD = re.compile(r"(?:thứ|chủ)\s+[^\W\d_]+|[^\W\d_]+")
# Sunday in Spanish, Portuguese and Italian, which are given names too: opening a date line, a
# comma and its date right after it, it is the day's name ("Domingo, Diciembre 6, 2020 -
# 07:32"); a name there would have its family name beside it.
_SUNDAYS = frozenset(["domingo", "domenica"])
# Arabic and Persian weekdays, as a date line writes them before its date ("الثلاثاء ٥ مارس
# ٢٠٢٤", "سه‌شنبه ۵ مارس ۲۰۲۴"): Persian joins "سه" (three) or "پنج" (five) to "شنبه" with a
# zero-width non-joiner, which parts words where it is kept and is gone where the text was
# collapsed, so both forms are here. Only to pass over before a date, not for a reading's
# weekday (:data:`_WEEKDAY_NUMBERS`).
_WEEKDAYS_BEFORE_A_DATE = frozenset(
    _words(
        "الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت",
        "یکشنبه يكشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه شنبه",
    )
)
# Weekdays, as a date line writes them before the date ("Samstag 05.03.2024") and as a byline
# keeps one of a date ("Wednesday, 08 Apr 2020"), never a name: without the Sundays that are
# given names.
WEEKDAYS = (frozenset(_WEEKDAY_NUMBERS) - _SUNDAYS) | _WEEKDAYS_BEFORE_A_DATE


def weekday_reading(text: str, days: set[str]) -> str | None:
    """The one reading of a date that falls on the weekday its line names ("Thursday,
    05/11/2020": 5 November, a Thursday, not 11 May, a Monday); None where the line names no
    weekday or several, or where not exactly one of ``days`` falls on it.

    A date of numbers read day first and month first names two days; the weekday a date line
    writes beside it is the page's own statement of which."""
    named = {
        _WEEKDAYS_OF_A_READING[" ".join(word.split())]
        for word in _WEEKDAY_WORD.findall(text.casefold())
        if " ".join(word.split()) in _WEEKDAYS_OF_A_READING
    }
    if len(named) != 1:
        return None
    weekday = named.pop()
    fitting = [day for day in days if date.fromisoformat(day).weekday() == weekday]
    return fitting[0] if len(fitting) == 1 else None


_LABEL = re.compile(
    rf"(?<!\w){_QUALIFIER}(?:(?P<published>{_alternation(_PUBLISHED_LABELS)})"
    rf"|(?P<updated>{_alternation(_UPDATED_LABELS)}|stand(?=\s*:)))(?!\w)",
    re.IGNORECASE,
)
# What may stand before a line's label: separators a template puts between the items of its
# meta line ("| UPDATED: …", "· Publié le …", "+++ Aktualisiert: …").
_LINE_START = re.compile(r"[\s|·•/+*–—-]*")
# Between a label and its date: punctuation, a time written first ("Published: 15:56 BST, 27
# April 2024"), short words ("am", "le", "on", "kl.") and one longer word that is a weekday,
# which stands just before the date or before a comma ("Actualizado Jueves, 2 noviembre", "Publié
# le jeudi 2 novembre"). Any other word of four letters or more makes the date part of a phrase
# ("Erschienen in der Ausgabe vom 18.05.", "Posted by Jane Doe on …"): not the story's date.
_GAP_LIMIT = 30
_LONG_WORD = re.compile(r"[^\W\d_]{4,}(?P<mark>[,:،])?")
# Arabic's halves of the day after a time ("09:22 مساءً", "9:22 ص"): morning, "صباحاً" or its
# initial, and evening, "مساءً" or its initial; the first letter tells which.
_ARABIC_HALF = r"(?:صباحا|مساء|[صم])[\u064b-\u0652]*(?![^\W\d_])"
_ARABIC_HALVES = {"ص": "a", "م": "p"}
# What stands between a date and the time after it: the "日" that ends "2026年1月29日 18:40", the
# dot that ends a year in Croatian, Serbian or Hungarian ("5.3.2020. u 14:00"), a separator.
_DATE_TO_TIME = r"[日일]?(?:\.(?=\s))?\s*(?:[,·•|/–—-]\s*)?"
# The words that introduce a time after its date: "um", "at", "à", "a las", "às", "alle", "kl.",
# "klo", "ora", "saat", "o", "u", "v".
_TIME_MARKERS = r"um|at|à|a las|às|alle|kl\.?|klo|ora|saat|o|u|v"
# A 24-hour time right after the date ("um 07:39 Uhr", ", 10:37", "· 10:07", "à 15h57", "kl.
# 13.05", "2026年1月29日 18:40", "5.3.2020. u 14:00"); a time with am/pm or before the date is
# left to the day (its zone is unknown anyway). :data:`_CLOCK_AFTER` reads those for the time of
# day beside a day found without one, with the same words between.
_TIME_AFTER = re.compile(
    rf"{_DATE_TO_TIME}(?:{_TIME_MARKERS})?\s*"
    r"([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\d:.]*\s*(?:[ap]\.?m\b|[ap]\.m\.|" + _ARABIC_HALF + "))",
    re.IGNORECASE,
)
# A date line is short ("Veröffentlicht am 2. August 2018, 14:05 Uhr", "By Jane Doe | March 5,
# 2024", "13 Jan 2020, 22:11 GMT+10"): a longer piece of text is a sentence (a standfirst, a
# photo caption, the body), and a day it writes is what the sentence tells about, not when the
# story appeared. It is set in a few pieces of text at most (label, date and time in elements of
# their own: "12" "Mai" "2019", "Von" "Jane Doe" "|" "5. März 2024").
DATE_LINE_CHARS = 80
DATE_LINE_PIECES = 3


@dataclass(frozen=True)
class Labelled:
    """What the page's labelled date lines write: the days labelled as the publication and as an
    update (the day a date reads, every reading of one that reads several ways: support, never
    a candidate), and the publication as one stamp when all its lines agree."""

    published: frozenset[str] = frozenset()
    updated: frozenset[str] = frozenset()
    stamp: Stamp | None = None
    # The time of day the publication's line shows beside the stamp's day where the stamp
    # holds none: a 12-hour clock or a zone's name ("First Published: September 24, 2020,
    # 9:13 PM IST"), which a stamp of the page's wall time does not carry.
    clock: Clock | None = None


@dataclass(frozen=True)
class LabelPart:
    """One label of a date line, the date it introduces as written, and the text from that
    date on (its time may follow it)."""

    kind: str  # "published" or "updated"
    label: str
    date: str
    text: str


# Labels in English, whose pages may write a slashed date month first (11/8/2023); in the other
# languages a date of numbers starts with the day ("Publié le 02/11/2023").
_ENGLISH_LABELS = frozenset({"published", "posted", "updated", "modified"})


def _first_date(text: str) -> re.Match[str] | None:
    """The earliest date :data:`_SHOWN` finds in the text (its digits in ASCII)."""
    text = ascii_digits(text)
    found = [m for pattern, _ in _SHOWN if (m := pattern.search(text)) is not None]
    return min(found, key=lambda m: m.start(), default=None)


def plain_gap(gap: str, *, words: int = 1, marks: str = ",") -> bool:
    """Whether the text before a date (after its label, or opening its piece of text) holds
    nothing but the date's trimmings: punctuation, short words, and at most ``words`` longer
    ones, each followed by one of ``marks`` or standing right before the date (a weekday)."""
    if len(gap) > _GAP_LIMIT:
        return False
    found = list(_LONG_WORD.finditer(gap))
    tail = gap.rstrip()
    return len(found) <= words and all(
        (w["mark"] is not None and w["mark"] in marks) or w.end() == len(tail) for w in found
    )


# A print edition named before its day ("Ausgabe vom 26.04.2024", "Print edition: 5 March
# 2024", "Édition du 5 mars 2024"): the day the paper is dated, which a story of the evening
# before carries too.
_EDITION = re.compile(
    r"(?<!\w)(?:ausgabe|edition|édition|edición|edizione|edição|editie|wydanie)"
    r"(?:\s+(?:vom|von|of|du|del|de|della|do|da|van|z))?\s*[:,]?\s*",
    re.IGNORECASE,
)
# How far after its label an edition's date is read.
_EDITION_REACH = 30


def edition_days(text: str) -> set[str]:
    """The days a text writes right after the name of a print edition (:data:`_EDITION`).

    A newspaper's site dates its stories with the edition they appear in; the story went online
    earlier, often the evening before. Such a day is the edition's, no evidence of the story's.
    """
    days: set[str] = set()
    for label in _EDITION.finditer(text):
        piece = text[label.end() : label.end() + _EDITION_REACH]
        if opens_with_its_date(piece):
            days |= shown_days(piece)
    return days


# The word for "date" that a meta line puts before its date ("Datum: 22.12.2012", "Date: …").
_DATE_WORDS = frozenset(["date", "datum", "fecha", "data", "tarih", "дата"])


def opens_with_its_date(piece: str) -> bool:
    """Whether a piece of a date line opens with its date, or has only a weekday, the word for
    "date" or a publication label before it: "13 Jan 2020, 22:11", "Samstag 05.03.2024",
    "Datum: 22.12.2012", "Posted July 15, 2020". Any other word there says what the date is of
    ("Deadline: …", "Event: …", "Expires 06.08.2019", "Kickoff …"), which is not the story."""
    date = _first_date(piece)
    if date is None:
        return False
    gap = piece[: date.start()]
    if not plain_gap(gap, words=2, marks=",:،"):
        return False
    for word in _LONG_WORD.finditer(gap):
        folded = word.group().rstrip(",:،").casefold()
        if folded in WEEKDAYS or folded in _DATE_WORDS or folded in _SUNDAYS:
            continue
        label = _LABEL.fullmatch(folded)
        if label is None or not label["published"]:
            return False
    return True


def label_parts(line: str) -> list[LabelPart]:
    """Each label of a date line with the date it introduces, in line order; [] when the line
    does not open with a label (a sentence that uses the word: "BfArM aktualisiert …", "une
    tribune publiée par …")."""
    line = ascii_digits(line)
    start = _LINE_START.match(line)
    labels = list(_LABEL.finditer(line))
    if not labels or labels[0].start() != (start.end() if start else 0):
        return []
    parts: list[LabelPart] = []
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        text = line[label.end() : after.start() if after else len(line)]
        date = _first_date(text)
        if date is None or not plain_gap(text[: date.start()]):
            continue
        kind = "published" if label["published"] else "updated"
        word = (label["published"] or label["updated"]).casefold()
        parts.append(LabelPart(kind, word, date[0], text[date.start() :]))
    return parts


# A date of numbers, day first: "02/11/2023", "05.08.2024".
_NUMBERS = re.compile(r"(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})")


def _labelled_stamp(part: LabelPart) -> tuple[set[str], Stamp | None]:
    """The days a labelled date writes (every reading) and the date as a stamp when it reads one
    way, with its 24-hour time (a wall time: its zone is the page's)."""
    days = shown_days(part.date)
    stamp = written_date(part.date, "label")
    if stamp is None and len(days) == 1:
        stamp = Stamp(datetime.fromisoformat(next(iter(days))), "day", "label")
    numbers = _NUMBERS.fullmatch(part.date)
    if stamp is None and numbers and part.label not in _ENGLISH_LABELS:
        try:
            stamp = Stamp(
                datetime(int(numbers[3]), int(numbers[2]), int(numbers[1])), "day", "label"
            )
        except ValueError:
            return days, None
    if stamp is None:
        return days, None
    time = _TIME_AFTER.match(part.text, len(part.date))
    if time:
        value = stamp.value.replace(hour=int(time[1]), minute=int(time[2]))
        if value != stamp.value:  # 00:00 is how templates write "no time"
            stamp = Stamp(value, "minute", "label")
    return days, stamp


def _collapsed(text: str) -> str:
    return " ".join(text.split())


# How long ago a line says the story was published, in hours or minutes: "5 hours ago", "vor 3
# Stunden", "hace 2 horas", "il y a 4 heures". Days are left out: "2 days ago" names no day
# precisely enough to check one against.
_AGO = (
    re.compile(r"(?<!\d)(?P<n>\d{1,2})\s*(?P<unit>hours?|hrs?|minutes?|mins?)\s+ago\b", re.I),
    re.compile(r"\bvor\s+(?P<n>\d{1,2})\s*(?P<unit>stunden?|minuten?)\b", re.I),
    re.compile(r"\bhace\s+(?P<n>\d{1,2})\s*(?P<unit>horas?|minutos?)\b", re.I),
    re.compile(r"\bil y a\s+(?P<n>\d{1,2})\s*(?P<unit>heures?|minutes?)\b", re.I),
)


def published_ago(line: str, fetched_at: datetime) -> set[str]:
    """The days, in UTC, of the moment a publication line says the story was published, counted
    back from when the page was fetched ("Published: 5 hours ago"); empty for any other line.

    Templates that print how long ago a story appeared print it for its first hours only, and
    the page holds no other trace of it where the date is not declared: read against the fetch
    time it names the day, to the hour ("5 hours" is 5 to 6 hours back). Only a line labelled as
    the publication: an unlabelled "2 hours ago" is as often a comment's or an update's.
    """
    start = _LINE_START.match(line)
    label = _LABEL.match(line, start.end() if start else 0)
    if label is None or not label["published"]:
        return set()
    rest = ascii_digits(line[label.end() :])
    for pattern in _AGO:
        ago = pattern.search(rest)
        if ago is None or not plain_gap(rest[: ago.start()]):
            continue
        step = timedelta(hours=1) if ago["unit"][0].casefold() in "hs" else timedelta(minutes=1)
        latest = fetched_at.astimezone(UTC) - int(ago["n"]) * step
        return {(latest - step).date().isoformat(), latest.date().isoformat()}
    return set()


def labelled_update(piece: str) -> bool:
    """Whether a piece of text opens with a label that names an update ("Actualizado el …",
    "| UPDATED: 11:50 …", "Zuletzt aktualisiert …"): a date it holds is no publication."""
    start = _LINE_START.match(piece)
    label = _LABEL.match(piece, start.end() if start else 0)
    return label is not None and label["updated"] is not None


def names_an_update(piece: str) -> bool:
    """Whether a short piece of text names an update anywhere, not only at its start
    ("05.03.2024 (aktualisiert)", "10:04, 3 NOV 2023 · Updated"): a date line that says so
    dates the story's last change, never its publication. A search through the piece: for the
    few short pieces that hold a date line, not for every piece of a page."""
    return any(label["updated"] is not None for label in _LABEL.finditer(piece))


def _opens_with_label(piece: str) -> bool:
    """Whether a piece of text starts with a date label (after a template's separators).

    Tried at the piece's start only: a search through every piece of a page for any of the
    labels costs several times the rest of the reading.
    """
    start = _LINE_START.match(piece)
    return _LABEL.match(piece, start.end() if start else 0) is not None


def date_line(first: str, following: Iterable[str]) -> str:
    """``first`` with the pieces after it joined on, as far as a date line is long
    (:data:`DATE_LINE_CHARS`): a template sets its date line's parts in elements of their own
    ("05.06.2025" "um 14:46", "Published" "March 5, 2024")."""
    line = first
    for more in following:
        if len(line) + len(more) >= DATE_LINE_CHARS:
            break
        line = f"{line} {more}"
    return line


def labelled_dates(pieces: Iterable[str]) -> Labelled:
    """The page's labelled date lines ("Veröffentlicht am 2. August 2018", "입력 2026.01.29
    18:40", "Publié le 02/11/2023 à 14h49 | Mis à jour …"), read from its visible text pieces.

    News and blog templates print the story's date as a short line labelled with what it is,
    the same way on every story of a site, in every language; the label tells the publication
    from an update. A line whose publication is later than the update it shows beside it is no
    evidence. The publication's stamp is given only when all its lines write one day (lists of
    posts label many: then no day is the page's).
    """
    texts = [p for p in pieces if p and not p.isspace()]
    published: set[str] = set()
    updated: set[str] = set()
    stamps: list[Stamp] = []
    clocks: dict[Stamp, Clock] = {}
    for index, raw in enumerate(texts):
        # The label is looked for first, at the piece's start (its whitespace is a separator):
        # most pieces have none, and need no other work.
        if not _opens_with_label(raw) or len(line := _collapsed(raw)) > DATE_LINE_CHARS:
            continue
        line = date_line(line, map(_collapsed, texts[index + 1 : index + DATE_LINE_PIECES]))
        parts = label_parts(line)
        read = [(part.kind, *_labelled_stamp(part)) for part in parts]
        firsts = [s.day for kind, _, s in read if kind == "published" and s is not None]
        changes = [s.day for kind, _, s in read if kind == "updated" and s is not None]
        if firsts and changes and min(changes) < max(firsts):
            continue  # updated before it was published: the line says nothing certain
        for (kind, days, stamp), part in zip(read, parts, strict=True):
            # A date read one way (a day-first label's "05.08.2024") counts as that day only.
            (published if kind == "published" else updated).update(
                {stamp.day} if stamp is not None else days
            )
            if kind == "published" and stamp is not None:
                stamps.append(stamp)
                if stamp.precision == "day" and (clock := clock_beside(part.text, stamp.day)):
                    clocks.setdefault(stamp, clock)
    if len({s.day for s in stamps}) > 1:
        return Labelled(frozenset(), frozenset(updated))
    best = max(stamps, key=lambda s: s.precision == "minute", default=None)
    clock = clocks.get(best) if best is not None else None
    return Labelled(frozenset(published), frozenset(updated), best, clock)


# What may follow a time of day in a date line: "am"/"pm" ("4:55 PM", "3:54 p.m."), "Uhr" or
# "h" ("14:59 Uhr", "16:51 h"), and the zone: an abbreviation of one offset in capitals ("JST",
# "MEZ": :func:`crawler.clock.named_zone`) or an offset from GMT/UTC ("(GMT+7)", "UTC+01:00").
# The abbreviation is read case-sensitively: "est" or "ist" are words of other languages.
_CLOCK_END = (
    r"(?:\s*(?P<half>[ap])\.?\s?m\b\.?|\s*(?P<arabic_half>" + _ARABIC_HALF + "))?"
    r"(?:\s*(?P<word>uhr|hrs|h)\b\.?)?"
    r"(?:\s*\(?(?:(?P<utc>GMT|UTC)\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?"
    r"|(?-i:(?P<name>[A-Z]{2,5}))\b))?"
)
# The words after a time of day that only one language writes: "Uhr" is German, whose every
# press keeps Central European time (:data:`wallzone._LANGUAGE_ZONES`); "h" and "hrs" are
# written in many languages, of many zones.
_CLOCK_LANGUAGES = {"uhr": "de"}
# A time of day right after the date: "05.06.2025 um 14:46", "06. 01. 2026, 14:59 Uhr", "15 oct
# 2024 - 08:22", "22 Nov 2024 4:55 PM MYT", "2/11/2023, 19:20 (GMT+7)", "12/03/2024 à 14h35",
# "10. marts 2020 kl. 20:00", "5.3.2020. u 14:00" (:data:`_DATE_TO_TIME`, :data:`_TIME_MARKERS`,
# and the Polish "godz.", after "o" or alone: "3 maja 2013 o godz. 11:51").
_CLOCK_AFTER = re.compile(
    rf"{_DATE_TO_TIME}(?:(?:{_TIME_MARKERS})\s+)?(?:godz\.?\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?![\d:.]\d)" + _CLOCK_END,
    re.IGNORECASE,
)
# A time of day written before its date, with a weekday between them or not: "11:48, Thu, Jul
# 18, 2024", "17:41 JST, October 13, 2024", "10:04, 3 NOV 2023".
_CLOCK_BEFORE = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    + _CLOCK_END
    + r"\s*[,·|–—-]?\s*(?:(?P<weekday>[^\W\d_]{2,12})\.?,?\s*)?$",
    re.IGNORECASE,
)
# A time that opens a span ("14:45 Uhr bis 15:45 Uhr", "10:00–12:00", "9 am to 5 pm") is an
# event's hours, not the time a story was published.
_SPAN = re.compile(
    r"\s*(?:bis|to|until|till|–|—|-)\s*(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)
# How far before its date a time written first is looked for.
_CLOCK_REACH = 32


@dataclass(frozen=True)
class Clock:
    """A time of day a date line shows beside its date, and the zone it names (None: none).

    ``offsets``: where the line names a zone by an abbreviation of several ("9:13 PM IST": India,
    Ireland's summer or Israel), or a season's name on a day of the other season ("11:08 a.m.
    EST" in Eastern summer time), the offsets it may mean; the time is read only in a zone the
    page states that is one of them. Empty: a wall time of any zone, or the one ``zone`` names.
    ``language``: the language the time's own word writes it in ("17:08 Uhr": German), where
    it tells one (:data:`_CLOCK_LANGUAGES`); it is no part of the time, so two lines that show
    the same time in other words show one clock.
    """

    hour: int
    minute: int
    zone: timezone | None
    offsets: tuple[timedelta, ...] = ()
    language: str | None = field(default=None, compare=False)


# Abbreviations of several zones (:func:`crawler.clock.named_zone` names none for them) and the
# offsets each may mean: IST India, Ireland's summer, Israel; CST US Central, China, Cuba; BST
# British Summer, Bangladesh.
_SEVERAL_ZONES = {
    "IST": (timedelta(hours=5, minutes=30), timedelta(hours=1), timedelta(hours=2)),
    "CST": (timedelta(hours=-6), timedelta(hours=8), timedelta(hours=-5)),
    "BST": (timedelta(hours=1), timedelta(hours=6)),
}


# The US zones American pages name by their region alone after a time ("9:22 a.m. ET", "7:40
# p.m. ET"): one zone each, whose offset on the line's day is its summer or winter time.
_REGION_NAMES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}


# Names of a region's winter or its summer time, and a zone that keeps the region's rule for
# summer time. Templates write one of the two all year ("11:08 a.m. EST" on a day of Eastern
# summer time, "14:35 MEZ" in July), and some places of the region keep the named time all year
# (Arizona's "MST", Queensland's "AEST"): on a day of the other season the name says only that
# the time is one of the two offsets (:attr:`Clock.offsets`).
_SEASON_NAMES = {
    **dict.fromkeys(("EST", "EDT"), "America/New_York"),
    "CDT": "America/Chicago",
    **dict.fromkeys(("MST", "MDT"), "America/Denver"),
    **dict.fromkeys(("PST", "PDT"), "America/Los_Angeles"),
    **dict.fromkeys(("WET", "WEST"), "Europe/Lisbon"),
    **dict.fromkeys(("CET", "CEST", "MEZ", "MESZ"), "Europe/Berlin"),
    **dict.fromkeys(("EET", "EEST"), "Europe/Athens"),
    **dict.fromkeys(("AEST", "AEDT"), "Australia/Sydney"),
    **dict.fromkeys(("NZST", "NZDT"), "Pacific/Auckland"),
}


def _out_of_season(
    zone: timezone, name: str, day: str, hour: int, minute: int
) -> tuple[timedelta, ...] | None:
    """The offsets a season's zone name (:data:`_SEASON_NAMES`) may mean where it is written on
    a day its region keeps the other season's offset at that time: the named one and the
    region's of that day (only the named one at a time the change of season skips or
    repeats); None for a name written in its season, or of no region's season."""
    region = _SEASON_NAMES.get(name)
    if region is None:
        return None
    named = zone.utcoffset(None)
    that_day = wall_offset(ZoneInfo(region), date.fromisoformat(day), hour, minute)
    if that_day is None:
        return (named,)
    return None if that_day.utcoffset(None) == named else (named, that_day.utcoffset(None))


def _clock(match: re.Match[str], day: str) -> Clock | None:
    """The time a :data:`_CLOCK_AFTER` or :data:`_CLOCK_BEFORE` match reads on ``day``; None
    where its hour is no hour of its half of the day ("14:30 pm") or its zone is not one offset
    (a region's zone, :data:`_REGION_NAMES`, is that day's; a season's name out of season,
    :func:`_out_of_season`, is a wall time of two)."""
    hour, minute = int(match["hour"]), int(match["minute"])
    half = match["half"] or _ARABIC_HALVES.get((match["arabic_half"] or "")[:1])
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    zone = None
    if match["utc"]:
        offset = timedelta(hours=int(match["hours"]), minutes=int(match["minutes"] or 0))
        if offset > timedelta(hours=14):
            return None
        zone = timezone(-offset if match["sign"] == "-" else offset)
    elif match["name"] in _REGION_NAMES:
        zone = wall_offset(
            ZoneInfo(_REGION_NAMES[match["name"]]), date.fromisoformat(day), hour, minute
        )
        if zone is None:
            return None
    elif match["name"]:
        # A name of several zones ("CST": US Central or China, "IST": India, Ireland or
        # Israel) is a wall time, read only in one of its offsets that the page states; a name
        # of no known zone leaves the time unread.
        zone = named_zone(match["name"])
        if zone is None:
            several = _SEVERAL_ZONES.get(match["name"])
            return None if several is None else Clock(hour, minute, None, several)
        # The other season's name that day ("EST" in July): a wall time of one of two offsets.
        offsets = _out_of_season(zone, match["name"], day, hour, minute)
        if offsets is not None:
            return Clock(hour, minute, None, offsets)
    return Clock(
        hour, minute, zone, language=_CLOCK_LANGUAGES.get((match["word"] or "").casefold())
    )


def _a_weekday(word: str | None) -> bool:
    """Whether a word is a weekday or its abbreviation ("Thu", "Do", "mer")."""
    if word is None:
        return True
    folded = word.casefold()
    return folded in WEEKDAYS or (len(folded) <= 3 and any(d.startswith(folded) for d in WEEKDAYS))


# A time of day as a label's own moment writes it ("最終更新 1/14 21:17", "aktualisiert 15:10").
_A_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.]\d)")


def _dates_its_own(after: str) -> bool:
    """Whether what follows a label writes a moment of its own: a date, a time of day
    ("最終更新 1/14 21:17", a day without its year), or how long ago ("January 13, 2020 / 1:39 PM
    / Updated 2 minutes ago": the update is a later moment, the time before it the
    publication's); else the label calls the time before it an update's ("05.03.2024, 14:46
    (aktualisiert)")."""
    return (
        _first_date(after) is not None
        or _A_CLOCK.search(after) is not None
        or any(pattern.search(after) is not None for pattern in _AGO)
    )


def clock_beside(line: str, day: str) -> Clock | None:
    """The time of day a short date line shows beside its first date, when that date reads
    ``day`` (in any of its readings): right after it ("05.06.2025 um 14:46", "Friday, 22 Nov
    2024 4:55 PM MYT") or right before it ("11:48, Thu, Jul 18, 2024").

    Many templates without date metadata show the story's time only there, beside the day the
    resolver found elsewhere. A time that a label names as an update's ("Updated 11:50, …"), or
    a line that calls itself an update after its time with no date of its own following
    ("05.03.2024, 14:46 (aktualisiert)"), or that opens a span of hours ("14:45 Uhr bis 15:45
    Uhr": an event's), gives nothing; a line that shows the publication and
    then its update ("30.04.2024 - 16:48 Son Güncelleme: …", "2025/1/14 21:17（最終更新 1/14
    21:17）", the update's date without its year) gives the publication's. Midnight
    is how templates write "no time".
    """
    line = ascii_digits(line)
    date = _first_date(line)
    if date is None or day not in shown_days(date[0]):
        return None
    after = _CLOCK_AFTER.match(line, date.end())
    start = max(0, date.start() - _CLOCK_REACH)
    before = None if after else _CLOCK_BEFORE.search(line[start : date.start()])
    if before is not None and not _a_weekday(before["weekday"]):
        before = None
    found = after or before
    if found is None or (after is not None and _SPAN.match(line, after.end())):
        return None
    ends = date.end() if before else found.end()
    begins = start + found.start() if before else date.start()
    for label in _LABEL.finditer(line):
        if label["updated"] is None:
            continue
        if label.start() < begins or not _dates_its_own(line[label.end() :]):
            return None
        if label.start() < ends:
            return None
    clock = _clock(found, day)
    if clock is None or (clock.hour, clock.minute) == (0, 0):
        return None
    return clock


def zone_named_that_day(line: str, day: str) -> timezone | None:
    """The zone a date line names beside a later time of the same ``day``, where its first time
    names none ("15 oct 2024 - 08:22 Actualizado: 15 oct 2024 - 17:38 CEST").

    Templates that show the publication and the update on one line write the zone once, after
    the line's last time; both times of one day are wall times of the one site. Only the
    dates after the line's first, each read at the time right after it: a later date of
    another day (an update a day on, perhaps across a change to summer time) ends the search,
    and a name of several zones ("CST", "IST") names none.
    """
    line = ascii_digits(line)
    first = _first_date(line)
    if first is None:
        return None
    position = first.end()
    while (date := _first_date(line[position:])) is not None:
        start, end = position + date.start(), position + date.end()
        if day not in shown_days(line[start:end]):
            return None
        after = _CLOCK_AFTER.match(line, end)
        if after is not None and (after["name"] or after["utc"]):
            clock = _clock(after, day)
            return clock.zone if clock is not None else None
        position = end
    return None
