"""The page's navigation left as blocks around the body, and a linked headline in capitals
between its paragraphs (:func:`pipelines.text.structure.structure_reasons`)."""

from __future__ import annotations

from lxml.html import fromstring

from pipelines.text.page import PageSignals, read_signals
from pipelines.text.structure import structure_reasons

P1 = (
    "The ferry to the islands will run every hour from May, the port authority said on "
    "Monday after a winter in which storms cancelled a third of the crossings."
)
P2 = (
    "Islanders welcomed the timetable but asked for a later last boat, which the operator "
    "said it would consider once the new vessel has been delivered in the summer."
)
HEADLINE = "Ferry to run every hour from May"


def _signals(links: list[str]) -> PageSignals:
    anchors = "".join(f"<a href='/{i}'>{text}</a>" for i, text in enumerate(links))
    html = (
        f"<html><body><nav>{anchors}</nav><article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p>"
        "</article></body></html>"
    )
    return read_signals(fromstring(html), None)


def test_a_run_of_short_links_over_or_under_the_body_is_navigation() -> None:
    crumbs = ["Home", "Region", "Islands"]
    signals = _signals(crumbs)
    assert structure_reasons([*crumbs, P1, P2], signals)[:3] == ["link_run"] * 3
    assert structure_reasons([P1, P2, *crumbs], signals)[2:] == ["link_run"] * 3
    # As list items, the trail ending on the page's headline (not linked), cut short.
    items = [f"- {c}" for c in crumbs] + ["- Ferry to run every hour .."]
    assert structure_reasons([*items, P1, P2], signals)[:3] == ["link_run"] * 3


def test_short_links_that_are_the_pages_own_stay() -> None:
    signals = _signals(["Home", "Region", "Harbour Road 12"])
    # One link alone over the body: an address or a pointer.
    assert structure_reasons(["Harbour Road 12", P1, P2], signals)[0] is None
    # Between the body paragraphs: the article's own list of names.
    assert structure_reasons([P1, "Home", "Region", P2], signals)[1:3] == [None, None]
    # Some items of a list whose other items are no links: a product's or an event's facts.
    items = ["- Home", "- Region", "- Sunny all day"]
    assert structure_reasons([*items, P1, P2], signals)[:3] == [None, None, None]
    # No body paragraph: a list of links is all the page holds.
    assert structure_reasons(["Home", "Region"], signals) == [None, None]


def test_a_linked_headline_in_capitals_between_the_paragraphs_is_a_teaser() -> None:
    pointer = "STORM DAMAGE TO THE OLD PIER WILL COST MILLIONS, MAYOR SAYS"
    signals = _signals([pointer, "Ferry timetable for the summer season"])
    reasons = structure_reasons([P1, pointer, P2], signals)
    assert reasons == [None, "linked_teaser", None]


def test_capitals_that_are_no_linked_headline_stay() -> None:
    subheading = "WHAT THE NEW TIMETABLE MEANS FOR ISLANDERS"
    signals = _signals(["NEW YORK CITY FC", "Ferry timetable for the summer season"])
    # Capitals not linked: the article's own subheading.
    assert structure_reasons([P1, subheading, P2], signals) == [None, None, None]
    # A linked headline in lower case between the paragraphs: the article's own link.
    assert structure_reasons([P1, "Ferry timetable for the summer season", P2], signals)[1] is None
    # A short linked name in capitals.
    assert structure_reasons([P1, "NEW YORK CITY FC", P2], signals)[1] is None
