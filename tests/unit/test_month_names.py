"""Month names and time markers of more languages in a date line: each is read where a day's
number and a year stand beside it, and a word of another language or a name that looks like an
abbreviation, a copyright year or a month a language gives another number is not."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from pipelines.text.dates import MONTH_NAMES, Clock, clock_beside, shown_days, written_date


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("23 Març 2020", "2020-03-23"),  # ca
        ("5 d'abril de 2020", "2020-04-05"),  # ca, the month after "d'"
        ("1 d’agost de 2021", "2021-08-01"),  # ca, a typographic apostrophe
        ("10. marts 2020 kl. 20:00", "2020-03-10"),  # da
        ("3. mars 2020", "2020-03-03"),  # nb, sv
        ("12 augusti 2020", "2020-08-12"),  # sv
        ("4. brezna 2020", "2020-03-04"),  # cs without diacritics
        ("15. októbra 2020", "2020-10-15"),  # sk
        ("15. oktobra 2020", "2020-10-15"),  # sk without diacritics, sl, sr
        ("7 iulie 2020", "2020-07-07"),  # ro
        ("5. ožujka 2020.", "2020-03-05"),  # hr
        ("9. studenoga 2020.", "2020-11-09"),  # hr
        ("21. septembar 2020.", "2020-09-21"),  # sr (Latin)
        ("2. junija 2020", "2020-06-02"),  # sl
        ("23. maaliskuuta 2020", "2020-03-23"),  # fi
        ("23 Ağustos 2020", "2020-08-23"),  # tr
        ("23 Agustos 2020", "2020-08-23"),  # tr without diacritics
        ("12 ΜΑΡΤΙΟΥ 2020", "2020-03-12"),  # el in capitals, without accents
        ("12 Μαρ 2020", "2020-03-12"),  # el abbreviation
        ("29 януари 2020", "2020-01-29"),  # bg
        ("29. јануар 2020.", "2020-01-29"),  # sr (Cyrillic)
        ("3 октомври 2020", "2020-10-03"),  # mk
        ("29. jaanuar 2020", "2020-01-29"),  # et
        ("29 בינואר 2020", "2020-01-29"),  # he, with the "in" before the month
        ("5 מרץ 2024", "2024-03-05"),  # he
        ("2026년 1월 29일", "2026-01-29"),  # ko
        ("입력 2026년 1월 29일 18:40", "2026-01-29"),  # ko, after its label
    ],
)
def test_a_month_of_another_language_is_read(line: str, day: str) -> None:
    assert shown_days(line) == {day}
    stamp = written_date(line)
    assert stamp is not None and stamp.day == day


def test_hungarian_names_are_read_in_their_year_first_form() -> None:
    assert {"március", "szept", "augusztus"} <= MONTH_NAMES
    assert shown_days("2020. március 23.") == {"2020-03-23"}
    stamp = written_date("2020. szept. 5.")
    assert stamp is not None and stamp.day == "2020-09-05"


@pytest.mark.parametrize(
    "line",
    [
        "won 3 set 2019",  # "set": the Catalan abbreviation is an English word
        "am 5 des 2020",  # "des": a French and German word
        "AirPods Gen 2 2021",  # "gen": the Catalan abbreviation is a generation
        "Ian 5, 2020",  # "ian": the Romanian abbreviation is a name
        "Marc 5, 2020",  # "marc": Catalan "març" without its cedilla is a name
        "Marta 12, 2020",  # "marta": the Serbian March is a name
        "Kasim 3, 2020",  # "kasim": the Turkish November without its dot is a name
        "© 2020 Ajuntament de Barcelona",  # a copyright year
        "Copyright 2019-2020 Sanoma",
        "2026년 1월",  # a month without its day
        "2020년 29일",  # a year and a day without the month
    ],
)
def test_no_day_is_read_from_a_collision_or_a_copyright_line(line: str) -> None:
    assert shown_days(line) == set()
    assert written_date(line) is None


def test_the_croatian_october_stays_the_polish_november() -> None:
    assert shown_days("5 listopada 2020") == {"2020-11-05"}


@pytest.mark.parametrize(
    ("line", "day", "clock"),
    [
        ("10. marts 2020 kl. 20:00", "2020-03-10", Clock(20, 0, None)),
        ("23. maaliskuuta 2020 klo 14.05", "2020-03-23", Clock(14, 5, None)),
        ("7 iulie 2020, ora 09:30", "2020-07-07", Clock(9, 30, None)),
        ("23 Ağustos 2020 saat 18:45", "2020-08-23", Clock(18, 45, None)),
        ("5. ožujka 2020. u 14:00", "2020-03-05", Clock(14, 0, None)),
        ("15. októbra 2020 v 11:20", "2020-10-15", Clock(11, 20, None)),
        ("3 maja 2013 o godz. 11:51", "2013-05-03", Clock(11, 51, None)),
        ("3 maja 2013 godz. 11:51", "2013-05-03", Clock(11, 51, None)),
        (
            "Thứ năm, 2/11/2023, 19:20 (GMT+7)",
            "2023-11-02",
            Clock(19, 20, timezone(timedelta(hours=7))),
        ),
    ],
)
def test_the_time_after_a_marker_is_read(line: str, day: str, clock: Clock) -> None:
    assert clock_beside(line, day) == clock


@pytest.mark.parametrize(
    "line",
    [
        "10. marts 2020 kl.",  # a marker and no time
        "5. ožujka 2020. u 2020. godini",  # a year, no time
        "05.03.2024.14:00",  # a dot glued to what follows is no year's end
    ],
)
def test_no_time_is_read_without_one_after_the_marker(line: str) -> None:
    days = shown_days(line)
    assert days
    assert all(clock_beside(line, day) is None for day in days)
