"""A related-story list inside the body: list items that are each the linked headline of
another page of the same site (:func:`pipelines.text.structure.structure_reasons`)."""

from __future__ import annotations

from lxml.html import fromstring

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.page import PageSignals, read_signals
from pipelines.text.structure import link_list_headings, structure_reasons

URL = "https://www.harbour-times.example/city/tram-line-extended"
P1 = (
    "The tram line will reach the harbour district by the end of next year, the council "
    "decided after a long debate in which the opposition asked for a cheaper bus lane."
)
P2 = (
    "Shop owners along the route fear two years of building work, while the port authority "
    "welcomed the decision as a chance to bring more visitors to the old docks."
)
HEADLINES = [
    "Bus route to the harbour cut after budget row",
    "Why the tram costs twice as much as planned",
]


def _signals(items: str) -> PageSignals:
    html = f"<html><body><article><p>{P1}</p><ul>{items}</ul><p>{P2}</p></article></body></html>"
    return read_signals(fromstring(html), None)


def _linked(hrefs: list[str], texts: list[str] = HEADLINES) -> str:
    return "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in zip(hrefs, texts, strict=True))


def _reasons(signals: PageSignals, items: list[str], before: str = P1) -> list[str | None]:
    blocks = [before, *(f"- {item}" for item in items), P2]
    return structure_reasons(blocks, signals, url=URL)[1:-1]


def test_linked_headlines_of_the_same_site_inside_the_body_are_a_related_list() -> None:
    hrefs = ["/city/bus-route-cut", "https://harbour-times.example/city/tram-costs"]
    assert _reasons(_signals(_linked(hrefs)), HEADLINES) == ["related_list"] * 2
    # A kicker of a few words before each link, and an ad slot between the stories.
    kicked = "".join(
        f"<li><span>City</span> <a href='/{i}/story'>{t}</a></li>"
        for i, t in [(1, HEADLINES[0]), (2, HEADLINES[1])]
    )
    items = [f"City {HEADLINES[0]}", "Advertisement", f"City {HEADLINES[1]}"]
    reasons = _reasons(_signals(kicked + "<li>Advertisement</li>"), items)
    assert reasons == ["related_list", None, "related_list"]


def test_a_list_of_links_that_is_the_articles_own_stays() -> None:
    same = ["/city/bus-route-cut", "/city/tram-costs"]
    # Sources on other sites, documents, the page's own sections (a table of contents).
    for hrefs in (
        ["https://other-paper.example/bus", "https://agency.example/tram"],
        ["/files/bus-route-report.pdf", "/files/tram-budget.xlsx"],
        ["#bus", "#tram"],
        [URL, URL + "#tram"],
    ):
        assert _reasons(_signals(_linked(hrefs)), HEADLINES) == [None, None], hrefs
    signals = _signals(_linked(same))
    # Introduced by the article's own sentence with a colon.
    assert _reasons(signals, HEADLINES, before="The council published two studies:") == [None] * 2
    # A single linked item, and no page address to compare with.
    assert _reasons(signals, HEADLINES[:1]) == [None]
    blocks = [P1, *(f"- {h}" for h in HEADLINES), P2]
    assert structure_reasons(blocks, signals) == [None] * 4
    # Items that are names, not headlines; an item with prose around its link.
    names = ["Harbour", "Old Town"]
    assert _reasons(_signals(_linked(same, names)), names) == [None, None]
    prose = f"<li>Read <a href='/city/tram-costs'>{HEADLINES[1]}</a> here.</li>"
    items = [HEADLINES[0], f"Read {HEADLINES[1]} here."]
    assert _reasons(_signals(_linked(same[:1], HEADLINES[:1]) + prose), items) == [None, None]


def test_a_long_list_of_the_sites_headlines_is_a_roundup_and_stays() -> None:
    texts = [f"Tram line story number {n} of the series" for n in range(7)]
    hrefs = [f"/city/tram-{n}" for n in range(7)]
    assert _reasons(_signals(_linked(hrefs, texts)), texts) == [None] * 7
    assert _reasons(_signals(_linked(hrefs[:6], texts[:6])), texts[:6]) == ["related_list"] * 6


def test_a_heading_over_a_list_of_links_the_text_left_out_is_the_lists_title() -> None:
    heading = "Exclusive background for you"
    html = (
        f"<html><body><article><p>{P1}</p><h3>{heading}</h3><ul>{_linked(['/a', '/b'])}</ul>"
        f"<h3>Shops fear the works</h3><p>{P2}</p></article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    blocks = [P1, heading, "Shops fear the works", P2]
    assert link_list_headings(templates.block_elements(tree, blocks), blocks) == {heading}
    # The text keeps the list's items: the heading titles the article's own list.
    kept = [P1, heading, *(f"- {h}" for h in HEADLINES), "Shops fear the works", P2]
    assert link_list_headings(templates.block_elements(tree, kept), kept) == set()


def test_a_run_of_linked_items_with_counts_is_a_blogs_category_list() -> None:
    names = ["Concerts", "Market days", "Town wall"]
    signals = read_signals(
        parse_html(
            "<html><body><ul>"
            + "".join(
                f"<li><a href='/category/{n}'>{n}</a> ({k})</li>" for k, n in enumerate(names)
            )
            + "</ul></body></html>"
        ),
        None,
    )
    counted = [f"- {name} ({k})" for k, name in enumerate(names)]
    assert structure_reasons([P1, P2, *counted], signals)[2:] == ["counted_links"] * 3
    # Two of them are no run; the same words without their links are the article's counts.
    assert structure_reasons([P1, P2, *counted[:2]], signals)[2:] == [None, None]
    plain = [f"- {city} ({k})" for k, city in enumerate(["Berlin", "Hamburg", "Munich"], 12)]
    assert structure_reasons([P1, *plain, P2], signals)[1:4] == [None] * 3


def _closing(signals: PageSignals, items: list[str], before: str = P2) -> list[str | None]:
    """The reasons of list items that close the text, after the body's last paragraph."""
    blocks = [P1, before, *(f"- {item}" for item in items)]
    return structure_reasons(blocks, signals, url=URL)[2:]


def test_linked_headlines_that_close_the_text_are_a_related_list_on_any_site() -> None:
    # A sister site's stories, or a shop's products, after the last paragraph.
    others = ["https://sister-paper.example/2024/bus-route-cut", "https://shop.example/p/B01"]
    signals = _signals(_linked(others))
    assert _closing(signals, HEADLINES) == ["related_list"] * 2
    # Under a label the line rules drop as an advertisement's ("Werbung:", "Anzeige:").
    assert _closing(signals, HEADLINES, before="Anzeige:") == ["related_list"] * 2


def test_a_closing_list_of_links_that_is_the_articles_own_stays() -> None:
    others = ["https://other-paper.example/bus", "https://agency.example/tram"]
    # Introduced by the article's own sentence with a colon; documents; the page's sections.
    signals = _signals(_linked(others))
    assert _closing(signals, HEADLINES, before="The council published two studies:") == [
        None,
        None,
    ]
    for hrefs in (["/files/bus.pdf", "https://agency.example/tram.xlsx"], ["#bus", "#tram"]):
        assert _closing(_signals(_linked(hrefs)), HEADLINES) == [None, None], hrefs
    # Between the paragraphs, another site's pages are the article's sources.
    assert _reasons(signals, HEADLINES) == [None, None]
