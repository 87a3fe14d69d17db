"""Credits a page sets apart from a byline under the headline: a writer's card that gives the
role on a line of its own. Hand-made pages, each rule with a case it must not fire on."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from pipelines.text.authors import byline_near
from pipelines.text.extraction import parse_html

TITLE = "Stadtrat beschließt neuen Haushalt für das kommende Jahr"
STORY = "".join(
    f"<p>{sentence * 3}</p>"
    for sentence in (
        "Der Stadtrat hat am Montag nach langer Debatte einen neuen Haushalt beschlossen. ",
        "Die Opposition kritisierte die Pläne scharf und kündigte weiteren Widerstand an. ",
        "Die Verwaltung will die ersten Projekte noch im Frühjahr ausschreiben lassen. ",
    )
)


def _page(header: str = "", end: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>{TITLE}</title></head><body><div><div><h1>{TITLE}</h1>{header}"
        f"</div><div>{STORY}{end}</div>{after}</div></body></html>"
    )


def _headline(html: str) -> HtmlElement | None:
    tree = parse_html(html)
    assert tree is not None
    return tree.find(".//h1")


@pytest.mark.parametrize(
    ("lines", "credit"),
    [
        # The writer's role on the card's last line: the name before it is the credit.
        ("<h6>Isna Rifka Sri Rahayu</h6><h6>Penulis</h6>", ["Isna Rifka Sri Rahayu"]),
        # A last line that is no role stays in the name.
        ("<h6>Jane</h6><h6>Doe</h6>", ["Jane Doe"]),
    ],
)
def test_a_writers_card_with_the_role_on_a_line_of_its_own(lines: str, credit: list[str]) -> None:
    card = (
        f'<a href="https://people.example/profile/2484/jane.doe"><div><div>{lines}</div></div></a>'
    )
    assert byline_near(_headline(_page(header=f"<div>{card}</div>"))) == credit
