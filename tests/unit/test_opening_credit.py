"""The story's credit line among the text's opening blocks: found by the name it opens with."""

from __future__ import annotations

import json
import re

import pytest

from pipelines.text import openingcredit
from pipelines.text.openingcredit import opening_credit_lines
from tests.support.prose import P1, P2, P3, TITLE, assert_dropped_over_body, assert_kept_over_body

AUTHORS = ["Jane Doe"]
SITES = ["The Harbour Courier"]


@pytest.mark.parametrize(
    "line",
    [
        # The author's name and a role, an outlet, a day and a count, in several languages.
        "Jane Doe, Senior Correspondent",
        "JANE DOE | Harbour Courier",
        "Jane Doe / Redaktion Lokales",
        "Jane Doe · Corresponsal en Madrid",
        "Jane Doe - Giornalista",
        "Jane Doe 3. Juni 2024 0 Kommentare",
        "Jane Doe (AP)",
        # The site's own name or its initials and its credit word.
        "The Harbour Courier | Rédaction",
        "H.C. Report",
        "THC News Desk",
        "HC",
    ],
)
def test_a_short_line_before_the_body_opening_with_a_name_is_the_credit(line: str) -> None:
    assert opening_credit_lines([line, P1, P2, P3], AUTHORS, SITES) == [line]


def test_every_credit_of_the_opening_is_found_past_other_short_lines() -> None:
    kicker, credit = "Lokales", "Jane Doe, Reporterin"
    assert opening_credit_lines([kicker, credit, P1, P2], AUTHORS, SITES) == [credit]


@pytest.mark.parametrize(
    "line",
    [
        # Another person whose name begins as the author's does.
        "Jane Doe-Smith, Senior Correspondent",
        "Jane Doerr | Harbour Courier",
        # A kicker or a headline opening with the site's or the author's name, no row.
        "The Harbour Courier turns 100",
        "Jane Doe wins the regatta",
        # Initials of no site name, and initials followed by a headline's words.
        "EU Report",
        "HC wins the regatta again",
        # A short sentence.
        "Jane Doe, 45, won the race.",
    ],
)
def test_lines_that_only_begin_like_a_credit_stay(line: str) -> None:
    assert opening_credit_lines([line, P1, P2, P3], AUTHORS, SITES) == []


def test_a_credit_after_the_first_paragraph_or_too_long_is_not_read() -> None:
    credit = "Jane Doe, Senior Correspondent"
    assert opening_credit_lines([P1, credit, P2], AUTHORS, SITES) == []
    long_row = "Jane Doe | " + "Harbour Courier, " * 5
    assert opening_credit_lines([long_row, P1, P2], AUTHORS, SITES) == []


def test_without_names_nothing_is_a_credit() -> None:
    assert opening_credit_lines(["Jane Doe, Senior Correspondent", P1, P2], [], []) == []


@pytest.mark.parametrize(
    ("blocks", "compiled"),
    [
        # The text opens on prose: no block could be a credit, no name's pattern is compiled.
        ([P1, P2, P3], []),
        # A short line opens it: each name long enough is looked for.
        (["Lokales", P1, P2], ["Jane Doe", "The Harbour Courier"]),
    ],
)
def test_names_are_compiled_only_where_a_short_line_opens_the_text(
    monkeypatch: pytest.MonkeyPatch, blocks: list[str], compiled: list[str]
) -> None:
    calls: list[str] = []

    def counting(name: str) -> re.Pattern[str]:
        calls.append(name)
        return name_re(name)

    name_re = openingcredit._name_re
    monkeypatch.setattr(openingcredit, "_name_re", counting)
    assert opening_credit_lines(blocks, AUTHORS, SITES) == []
    assert sorted(calls) == compiled


def _page(under_headline: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    return (
        "<html><head><title>Storm on the coast</title>"
        '<meta property="og:site_name" content="The Harbour Courier">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        "</head><body><div>"
        f"<h1>{TITLE}</h1>"
        f"<div><p>{under_headline}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize("line", ["Jane Doe, Harbour Correspondent", "H.C. Report"])
def test_article_text_drops_the_credit_line_and_says_why(line: str) -> None:
    assert_dropped_over_body(_page(line), line, "opening_credit_line")


def test_article_text_keeps_a_kicker_opening_with_the_sites_name() -> None:
    line = "The Harbour Courier turns 100"
    assert_kept_over_body(_page(line), line, "opening_credit_line")
