"""Desks and editorial teams credited as the author in languages and scripts beyond the Latin
ones: the issue forbids storing a desk label, so the resolver stores nobody for them, while a
person's name in the same script and the same markup is still stored. Hand-made pages."""

from __future__ import annotations

import pytest

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.names import is_name

URL = "https://news.example/politik/story-1.html"
STORY = "<p>" + "The minister resigned on Monday after a long dispute in parliament. " * 3 + "</p>"


def authors_of(credit: str) -> list[str]:
    """The authors the resolver stores for a page whose author card holds ``credit``."""
    html = (
        "<html><head></head><body><article><h1>Minister resigns</h1>"
        f'<div class="writtenby"><a class="author" href="/author/x/">{credit}</a></div>'
        f"{STORY}</article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at="2024-03-06T00:00:00Z").authors


DESKS = [
    "ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ",  # Greek: the editorial team, in capitals
    "Σύνταξη",  # Greek: the editorial staff
    "Ειδησεογραφία",  # Greek: the news desk
    "فريق التحرير",  # Arabic: the editorial team
    "هيئة التحرير",  # Arabic: the editorial board
    "Editör Ekibi",  # Turkish: the editors' team
    "编辑团队",  # Chinese: the editorial team
    "編集チーム",  # Japanese: the editorial team
    "편집팀",  # Korean: the editorial team
]


@pytest.mark.parametrize("desk", DESKS)
def test_a_desk_in_more_languages_is_no_name(desk: str) -> None:
    assert not is_name(desk)


@pytest.mark.parametrize("desk", ["ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", "فريق التحرير", "Editör Ekibi", "편집팀"])
def test_an_author_card_naming_a_desk_stores_nobody(desk: str) -> None:
    assert authors_of(desk) == []


@pytest.mark.parametrize(
    "person", ["Μαρία Παπαδοπούλου", "محمد أحمد", "Ayşe Yılmaz", "Jana Nováková"]
)
def test_the_same_card_naming_a_person_stores_the_person(person: str) -> None:
    assert authors_of(person) == [person]
