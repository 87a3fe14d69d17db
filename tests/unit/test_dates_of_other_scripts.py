"""Dates written with the digits of other scripts (Arabic, Persian, full-width), with the month
names of more languages, and after Arabic and Persian labels and weekdays: the date readers see
the day, and a page that declares no date is dated by the line under its headline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.text.dates import ascii_digits, labelled_dates, shown_days, written_date
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/ar/story-1.html"
HEADLINE = "<h1>استقالة الوزير بعد التصويت على الميزانية في البرلمان</h1>"
# Longer than the reach of the date line read after the headline.
SENTENCE = "غادر الوزير منصبه بعد ليلة طويلة من المحادثات في البرلمان حول الميزانية. "
BODY = f"<p>{SENTENCE * 12}</p>"


def resolve(line: str, guess: str | None = None) -> PageMetadata:
    tree = parse_html(f"<html><head></head><body>{HEADLINE}<p>{line}</p>{BODY}</body></html>")
    assert tree is not None
    extracted = Extracted("text", date=guess) if guess else None
    return resolve_metadata(tree, URL, fetched_at=FETCHED, extracted=extracted)


def test_digits_of_other_scripts_are_read_as_ascii_one_for_one() -> None:
    text = "٥ مارس ٢٠٢٤ ۱۴۰۲/۱۲/۱۵ ２０２４年 ২০২৪ २०२४"
    folded = ascii_digits(text)
    assert folded == "5 مارس 2024 1402/12/15 2024年 2024 2024"
    assert len(folded) == len(text)
    assert ascii_digits("05.03.2024") == "05.03.2024"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Arabic, Persian and full-width digits, in forms read before with ASCII digits.
        ("٥ مارس ٢٠٢٤", "2024-03-05"),
        ("٢٠٢٤-٠٣-٠٥", "2024-03-05"),
        ("２０２４年３月５日", "2024-03-05"),
        # The Gregorian months as Persian names them; Albanian; Armenian.
        ("۵ مارس ۲۰۲۴", "2024-03-05"),
        ("۲۶ اکتبر ۲۰۲۳", "2023-10-26"),
        ("26 tetor 2023", "2023-10-26"),
        ("5 nëntor 2023", "2023-11-05"),
        ("26 հոկտեմբերի 2023", "2023-10-26"),
        # The Syriac month names of the Levant and Iraq, alone, two words for four of them, and
        # with the Egyptian name beside them either way round (Jordan, Syria, Lebanon, Palestine).
        ("24 نيسان 2020", "2020-04-24"),
        ("24 نيسان / أبريل 2020", "2020-04-24"),
        ("24 أبريل/نيسان 2020", "2020-04-24"),
        ("٣ تشرين الأول ٢٠١٩", "2019-10-03"),
        ("3 تشرين الثاني 2019", "2019-11-03"),
        ("1 كانون الثاني / يناير 2021", "2021-01-01"),
        ("15 آب 2020", "2020-08-15"),
        # Written with the shadda and the other marks some templates keep.
        ("5 أيّار / مايو 2020", "2020-05-05"),
        ("7 تمّوز 2020", "2020-07-07"),
        ("31 كانون الأوّل 2020", "2020-12-31"),
    ],
)
def test_a_date_of_another_script_or_language_is_read(text: str, day: str) -> None:
    assert shown_days(text) == {day}
    written = written_date(text)
    assert written is not None and written.day == day


@pytest.mark.parametrize(
    "text",
    [
        # A lunar Hijri date as Arabic pages write it: no Gregorian year.
        "١٤٤١/١١/٢١",
        "21 ذو القعدة 1441",
        # A Solar Hijri one (Iran's calendar), not read.
        "۱۵ اسفند ۱۴۰۲",
        # A Levantine month beside the Egyptian name of another: no day.
        "24 نيسان / مايو 2020",
        # The first word of a two-word month alone names none.
        "3 تشرين 2019",
        "1 كانون 2021",
    ],
)
def test_no_day_from_a_date_of_another_calendar_or_of_no_one_month(text: str) -> None:
    assert shown_days(text) == set()
    assert written_date(text) is None


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("نشر في: ٥ مارس ٢٠٢٤", {"2024-03-05"}, set()),
        ("تاریخ انتشار: ۵ مارس ۲۰۲۴ - ۱۴:۳۰", {"2024-03-05"}, set()),
        ("آخر تحديث: ٦ مارس ٢٠٢٤", set(), {"2024-03-06"}),
        ("آخرین به\u200cروزرسانی: ۶ مارس ۲۰۲۴", set(), {"2024-03-06"}),
    ],
)
def test_arabic_and_persian_labels_tell_a_publication_from_an_update(
    line: str, published: set[str], updated: set[str]
) -> None:
    found = labelled_dates([line])
    assert (found.published, found.updated) == (published, updated)


@pytest.mark.parametrize(
    "line",
    ["٥ مارس ٢٠٢٤", "الثلاثاء ٥ مارس ٢٠٢٤", "سه\u200cشنبه ۵ مارس ۲۰۲۴", "نشر في: ٥ مارس ٢٠٢٤"],
)
def test_the_date_line_under_the_headline_dates_a_page_in_its_own_script(line: str) -> None:
    meta = resolve(line)
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert meta.origin.get("published") in ("dateline", "label")


def test_a_date_line_in_arabic_digits_outweighs_a_guess_of_another_day() -> None:
    meta = resolve("٥ مارس ٢٠٢٤", guess="2024-02-20")
    assert (meta.published, meta.origin.get("published")) == (
        "2024-03-05T00:00:00+00:00",
        "dateline",
    )


def test_a_date_line_in_arabic_digits_supports_the_extractors_guess_of_its_day() -> None:
    meta = resolve("٥ مارس ٢٠٢٤", guess="2024-03-05")
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert meta.weak == []


LEVANTINE_LINE = "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً"


def test_the_levantine_publication_label_dates_the_page() -> None:
    found = labelled_dates([LEVANTINE_LINE])
    assert found.published == {"2020-04-24"}
    # 09:22 in the evening: not the morning's time.
    assert found.stamp is not None and found.stamp.day == "2020-04-24"
    assert found.stamp.precision == "day" or found.stamp.value.hour == 21


def test_a_levantine_date_line_dates_a_page_and_supports_the_guess_of_its_day() -> None:
    alone = resolve(LEVANTINE_LINE)
    guessed = resolve(LEVANTINE_LINE, guess="2020-04-24")
    for meta in (alone, guessed):
        assert meta.published is not None and meta.published.startswith("2020-04-24")
        assert meta.weak == []
    assert alone.origin.get("published") == "label"
