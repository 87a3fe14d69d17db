"""The story's own date line among the text's opening blocks: found by the day it writes."""

from __future__ import annotations

import pytest

from pipelines.text.openingdate import opening_date_lines
from tests.support.prose import P1, P2, P3, TITLE, assert_dropped_over_body, assert_kept_over_body

DAY = "2024-06-03"


@pytest.mark.parametrize(
    "line",
    [
        # Labels no line rule spells, in several languages, and the row's other furniture.
        "입력 2024.06.03 09:15",
        "Montag, 3.6.2024, 09:15 > redaktion",
        "03/06/2024 - 09:15 - Quelle: Lokalpresse - Foto: J. Doe",
        "Jun 3rd, 2024 9:15 am | Comments",
        "/ lunes 3 de junio de 2024",
    ],
)
def test_a_short_line_before_the_body_writing_the_pages_day_is_the_date_line(line: str) -> None:
    assert opening_date_lines([line, P1, P2, P3], DAY) == [line]


def test_every_such_line_of_the_opening_is_found_past_other_short_lines() -> None:
    kicker, source, date = "Lokales", "Quelle: Lokalpresse", "3. Juni 2024"
    assert opening_date_lines([kicker, source, date, P1, P2], DAY) == [date]


def test_a_line_writing_another_day_stays() -> None:
    # The day of an event the story announces, set as a line of its own over the body.
    assert opening_date_lines(["Concert: June 10, 2024", P1, P2], DAY) == []


def test_a_short_sentence_writing_the_day_stays() -> None:
    sentence = "On June 3, 2024, the harbour road flooded."
    assert opening_date_lines([sentence, P1, P2], DAY) == []


def test_the_day_in_the_bodys_prose_and_after_its_first_paragraph_is_not_read() -> None:
    prose = f"{P1} The council met on 3 June 2024 to count the damage."
    below = "3 June 2024"
    assert opening_date_lines([prose, below, P2], DAY) == []
    assert opening_date_lines([P1, below, P2], DAY) == []


def test_without_the_pages_day_nothing_is_a_date_line() -> None:
    assert opening_date_lines(["입력 2024.06.03 09:15", P1, P2], None) == []


def _page(under_headline: str) -> str:
    return (
        "<html><head><title>Storm on the coast</title>"
        '<meta property="article:published_time" content="2024-06-03T09:15:00+02:00">'
        "</head><body><div>"
        f"<h1>{TITLE}</h1>"
        f"<div><p>{under_headline}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "</div></body></html>"
    )


def test_article_text_drops_the_date_line_and_says_why() -> None:
    line = "Eingestellt 03.06.2024, 09:15 · Lokales"
    assert_dropped_over_body(_page(line), line, "opening_date_line")


def test_article_text_keeps_a_line_of_another_day_under_the_headline() -> None:
    line = "Konzert am 10.06.2024, 20:00 · Stadthalle"
    assert_kept_over_body(_page(line), line, "opening_date_line")
