"""Bylines of pages that declare no author in JSON-LD, meta tags or microdata: the visible
credit must carry it (where it sits in the article, how its names are written)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.names import clean_names

FETCHED = datetime(2024, 3, 6, tzinfo=UTC)
TEXT = "<p>" + "The minister resigned on Tuesday after the vote on the budget failed. " * 4 + "</p>"


def resolve(body: str) -> PageMetadata:
    tree = parse_html(
        f"<html><head><title>Minister resigns</title></head><body>{body}</body></html>"
    )
    assert tree is not None
    return resolve_metadata(tree, "https://news.example/politik/story-1.html", fetched_at=FETCHED)


# -- how a credit's names are written --------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        # A date, or the label of one, after the name.
        ("John Plunkett. Updated November 3rd, 2023", ["John Plunkett"]),
        ("Von Wenke Gürtler Aktualisiert", ["Wenke Gürtler"]),
        ("Nathanael Johnson January 10, 2020 9:00AM (UTC)", ["Nathanael Johnson"]),
        ("Jane Doe, 05.06.2025", ["Jane Doe"]),
        ("By Jane Doe May 3, 2020", ["Jane Doe"]),
        # A label alone leaves no word to pass for a name; months that are names stay.
        ("Zuletzt aktualisiert: 3.5.2020", []),
        ("Last Updated November 3", []),
        ("April Smith", ["April Smith"]),
        ("Theresa May", ["Theresa May"]),
        # Korean places before the reporter's name; two reporters stay two.
        ("순천, 광양 구현모 기자 ninek@hankookilbo.com", ["구현모"]),
        ("서울 홍길동 기자", ["홍길동"]),
        ("박준석, 김태연 기자", ["박준석", "김태연"]),
        ("박준석·김태연 기자", ["박준석", "김태연"]),
        # The wire after a full name; the wire alone is no one.
        (
            "By Orhan Coskun and Suleiman Al-Khalidi Reuters",
            ["Orhan Coskun", "Suleiman Al-Khalidi"],
        ),
        ("Thomson Reuters", []),
        ("Reuters", []),
        # The buttons of a byline bar.
        ("Share Comments", []),
    ],
)
def test_credit_forms(raw: str, names: list[str]) -> None:
    assert clean_names([raw]) == names


# -- where the byline sits -------------------------------------------------------------------


def test_a_byline_in_the_articles_footer() -> None:
    body = (
        "<article><h1>Minister resigns</h1>" + TEXT + '<footer class="entry-meta"><p>'
        '<span>07.11.23 - 10:11 |</span> <a href="/author/stefan-eiselin">Stefan Eiselin</a>'
        "</p></footer></article>"
    )
    assert resolve(body).authors == ["Stefan Eiselin"]


def test_a_byline_in_a_box_inside_the_article() -> None:
    body = (
        "<article><h1>Minister resigns</h1><div class='body'>"
        '<aside class="article__aside"><div class="byline"><span>von<br>'
        '<span class="author__name">Anne Muster</span></span></div></aside>'
        + TEXT
        + "</div></article>"
    )
    assert resolve(body).authors == ["Anne Muster"]


def test_a_related_storys_card_in_a_box_inside_the_article_is_not_the_byline() -> None:
    body = (
        "<article><h1>Minister resigns</h1><div class='body'>"
        + TEXT
        + '<aside><a href="/other-story">'
        '<div class="card"><p class="CardByline">Ellen Other</p></div></a></aside>'
        "</div></article>"
    )
    assert resolve(body).authors == []


def test_the_authors_portrait_with_an_address_credits_the_author() -> None:
    body = (
        "<article><h1>Minister resigns</h1><figure><img src='a.jpg'><figcaption><address>Von "
        '<a rel="author" href="/autoren/christian-unger/">Christian Unger</a>, Redakteur'
        "</address></figcaption></figure>" + TEXT + "</article>"
    )
    assert resolve(body).authors == ["Christian Unger"]


def test_a_pictures_credit_with_an_author_class_is_not_the_byline() -> None:
    body = (
        "<article><h1>Minister resigns</h1><figure><img src='a.jpg'><figcaption>"
        '<span class="author">Foto: Max Bildner</span></figcaption></figure>' + TEXT + "</article>"
    )
    assert resolve(body).authors == []


def test_a_co_authors_link_and_a_mail_link_are_no_teasers_title() -> None:
    body = (
        "<article><header><h1>Minister resigns</h1></header><div class='sidebar'>"
        '<div class="authors"><div class="author"><a class="author__name" '
        'href="mailto:a@example.org">Mathias Hagen – Journalist</a></div>'
        '<div class="author"><a class="author__name" href="mailto:b@example.org">'
        "Anders Skjerdingstad – Journalist i Paris</a></div></div></div>" + TEXT + "</article>"
    )
    assert resolve(body).authors == ["Mathias Hagen", "Anders Skjerdingstad"]


def test_by_as_a_word_of_a_class_marks_the_byline() -> None:
    body = (
        '<article><h1>Minister resigns</h1><div class="gnt_ar_by">Kimberly Miller and '
        "Gareth McGrath</div>" + TEXT + "</article>"
    )
    assert resolve(body).authors == ["Kimberly Miller", "Gareth McGrath"]


def test_by_inside_a_class_word_is_no_byline() -> None:
    body = '<article><h1>Minister resigns</h1><div class="baby-photo">Kimberly Miller</div>' + TEXT
    assert resolve(body + "</article>").authors == []


def test_a_members_page_on_the_platform_is_the_byline() -> None:
    body = (
        '<article><h1>Minister resigns</h1><div><a href="/@jane.doe?source=post">Jane Doe</a>'
        '<a href="/@jane.doe/minister-resigns-1a2b">Dec 9, 2019</a></div>' + TEXT + "</article>"
    )
    assert resolve(body).authors == ["Jane Doe"]


def test_a_link_to_a_members_story_is_not_the_byline() -> None:
    body = (
        '<article><h1>Minister resigns</h1><div><a href="/@jane.doe/minister-resigns-1a2b">'
        "Mary Major</a></div>" + TEXT + "</article>"
    )
    assert resolve(body).authors == []


# -- names shown by position beside the date; co-authors without a link; marks ----------------

LEAD = "<p>" + "A standfirst that says in a few words what the story will tell. " * 2 + "</p>"


def credited(body: str) -> tuple[list[str], str | None]:
    meta = resolve(body)
    return meta.authors, meta.origin.get("authors")


def test_a_name_beside_the_date_under_the_headline() -> None:
    body = (
        '<article><h1>Minister resigns</h1><div class="row"><div class="col">Hagen Ritter</div>'
        f'<div class="col">06.03.2024</div></div>{TEXT}{TEXT}</article>'
    )
    assert credited(body) == (["Hagen Ritter"], "position")


def test_a_name_beside_a_time_element_after_the_standfirst() -> None:
    body = (
        f'<article><h1>Minister resigns</h1>{LEAD}<div class="meta"><div><span>Anna-Lena'
        ' van der Berg</span></div><div><time datetime="2024-03-06">6 March 2024</time></div>'
        f"</div>{TEXT}{TEXT}</article>"
    )
    assert credited(body) == (["Anna-Lena van der Berg"], "position")


def test_two_names_beside_the_date() -> None:
    body = (
        "<article><h1>Minister resigns</h1><div><span>Jane Doe</span><span>John Roe</span>"
        f'<span class="date">Today 9:44</span></div>{TEXT}</article>'
    )
    assert credited(body) == (["Jane Doe", "John Roe"], "position")


@pytest.mark.parametrize(
    "line",
    [
        # A section or desk label beside the date: its class says so.
        '<span class="section-label">Inland Politik</span>',
        # A kicker is set above the headline, not beside the date under it.
        None,
        # A picture's credit under the picture.
        "<figure><img src='a.jpg'><figcaption><span>Jane Doe</span></figcaption></figure>",
        # A tag linked to its topic page.
        '<a href="/thema/olaf-scholz">Olaf Scholz</a>',
        # Words in capitals, a phrase, a labelled credit, the date line itself.
        "<span>LIVE UPDATES</span>",
        "<span>Lesen Sie mehr</span>",
        "<span>Foto: Jane Doe</span>",
        "<span>Updated March 6, 2024</span>",
    ],
)
def test_what_is_no_name_beside_the_date(line: str | None) -> None:
    if line is None:
        body = (
            "<article><div><span>Jane Doe</span><span>06.03.2024</span></div>"
            f"<h1>Minister resigns</h1>{TEXT}{TEXT}</article>"
        )
    else:
        body = (
            f"<article><h1>Minister resigns</h1><div>{line}<span>06.03.2024</span></div>"
            f"{TEXT}{TEXT}</article>"
        )
    assert credited(body) == ([], None)


def test_a_name_without_a_date_beside_it_is_no_credit() -> None:
    body = f"<article><h1>Minister resigns</h1><div><span>Jane Doe</span></div>{TEXT}</article>"
    assert credited(body) == ([], None)


def test_a_name_below_the_storys_first_paragraphs_is_no_credit() -> None:
    body = (
        f"<article><h1>Minister resigns</h1>{TEXT}{TEXT}<div><span>Jane Doe</span>"
        "<span>06.03.2024</span></div></article>"
    )
    assert credited(body) == ([], None)


def test_the_place_of_the_dateline_beside_the_date_is_no_name() -> None:
    body = (
        "<article><h1>Minister resigns</h1><div><span>Bad Homburg</span>"
        "<span>06.03.2024</span></div><p>BAD HOMBURG – The minister resigned on Tuesday after"
        " the vote on the budget failed, and the coalition is looking for a successor.</p>"
        f"{TEXT}</article>"
    )
    assert credited(body) == ([], None)


def test_a_list_of_names_beside_a_date_is_no_credit() -> None:
    names = "".join(f"<span>{n}</span>" for n in ("Jane Doe", "John Roe", "Erika Muster"))
    body = f"<article><h1>Minister resigns</h1><div>{names}<span>06.03.2024</span></div>{TEXT}"
    assert credited(body + "</article>") == ([], None)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The writer, then after a slash the place and the day it was filed at.
        ("<div>Jane Doe / New Delhi May 3, 2024</div>", ["Jane Doe"]),
        # A script without capitals, in the table cells of an old layout that sets the
        # headline in one too.
        (
            "<tr><td>ऐश्ली कुटिन्हो / मुंबई&nbsp;March 6, 2024</td></tr>",
            ["ऐश्ली कुटिन्हो"],
        ),
        # A dateline's place before the slash, the day alone after it.
        ("<div>New York / March 6, 2024</div>", []),
        # A section path and a day: the words after the slash are no place of a few words.
        ("<div>Inland Politik / Bundestag Haushalt Debatte Abstimmung 06.03.2024</div>", []),
        # The writer and the wire after the slash: no day, no place.
        ("<div>Jane Doe / Reuters</div>", []),
        # A phrase of a script without capitals, longer than a name; Latin words in lower case.
        ("<div>एमएफ मामले निपटाने चाहिए सेबी / मुंबई March 6, 2024</div>", []),
        ("<div>read more here / New Delhi March 6, 2024</div>", []),
        # A table of data under the headline: its cells are not the header's.
        ("<table><tr><td>Jane Doe / New Delhi March 6, 2024</td></tr></table>", []),
    ],
)
def test_a_name_before_a_slash_then_the_place_and_the_day(line: str, names: list[str]) -> None:
    if line.startswith("<tr>"):
        body = f"<table><tr><td><h1>Minister resigns</h1></td></tr>{line}</table>"
    else:
        body = f"<h1>Minister resigns</h1>{line}"
    assert credited(f"<article>{body}{TEXT}{TEXT}</article>") == (
        names,
        "position" if names else None,
    )


def test_an_affiliation_mark_after_a_name_is_no_part_of_it() -> None:
    body = (
        '<article><h1>Minister resigns</h1><ul class="authors"><li class="author">'
        '<a href="#a0">Xiaoying You</a><sup><a href="#Aff0">0</a></sup>,</li>'
        '<li class="author"><a href="#a1">Jane Doe</a><sup>1,2</sup> &amp;</li>'
        f'<li class="author"><a href="#a2">John Roe</a></li></ul>{TEXT}</article>'
    )
    assert credited(body) == (["Xiaoying You", "Jane Doe", "John Roe"], "byline")


def test_a_word_in_superscript_stays() -> None:
    body = (
        '<article><h1>Minister resigns</h1><p class="byline">By <span>Jane Doe'
        f"<sup>Jr</sup></span></p>{TEXT}</article>"
    )
    assert credited(body)[0] == ["Jane Doe Jr"]


def test_co_authors_without_a_link_beside_the_author_links() -> None:
    body = (
        '<article><h1>Minister resigns</h1><address>Von <a rel="author" href="/autoren/jd/">'
        'Jane Doe</a>, <a rel="author" href="/autoren/jr/">John Roe</a>, <span>Erika Muster'
        f"</span> und <span>Max Mustermann</span></address>{TEXT}</article>"
    )
    assert credited(body) == (["Jane Doe", "John Roe", "Erika Muster", "Max Mustermann"], "byline")


@pytest.mark.parametrize(
    "plain",
    [
        # A role, a photographer's credit, a phrase beside the author's link: the link alone.
        "<span>Foto: Max Mustermann</span>",
        "<span>Redaktion</span>",
        "<span>Mehr zum Thema</span> hier",
    ],
)
def test_what_beside_an_author_link_is_no_co_author(plain: str) -> None:
    body = (
        '<article><h1>Minister resigns</h1><address>Von <a rel="author" href="/autoren/jd/">'
        f"Jane Doe</a>, {plain}</address>{TEXT}</article>"
    )
    assert credited(body) == (["Jane Doe"], "byline")


def test_a_plain_outlet_right_after_the_author_link_is_no_co_author() -> None:
    body = (
        '<article><h1>Minister resigns</h1><address><a rel="author" href="/authors/jd/">'
        f"Jane Doe</a><span>The Daily Planet</span></address>{TEXT}</article>"
    )
    assert credited(body) == (["Jane Doe"], "byline")


# -- a credit under the headline that its form alone marks, with no date beside it -----------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Names and the outlet after a bar, with commas alone between the names there.
        ("<p>Rosalía Nieves | El Sol de San Juan</p>", ["Rosalía Nieves"]),
        (
            "<span>Jane Doe, John Roe, Max Muster | The Daily Planet</span>",
            ["Jane Doe", "John Roe", "Max Muster"],
        ),
        # A name and the wire after a comma; names joined by "and".
        ("<span>Colleen Barry, The Associated Press</span>", ["Colleen Barry"]),
        (
            "<div>Kimberly Miller and Gareth McGrath</div><div>Planet Network</div>",
            ["Kimberly Miller", "Gareth McGrath"],
        ),
    ],
)
def test_a_credit_line_by_its_form_under_the_headline(line: str, names: list[str]) -> None:
    body = f"<div><h1>Minister resigns</h1></div><div><div>{line}</div></div>{TEXT}{TEXT}"
    assert credited(body) == (names, "opening")


@pytest.mark.parametrize(
    "line",
    [
        # A name alone: a kicker, the person a portrait is about.
        "<div>Jane Doe</div>",
        # A person quoted with the office held, and a desk's label.
        "<div>Jane Doe, Finance Minister</div>",
        "<div>Redaktion: Jane Doe und John Roe</div>",
        "<div>Editor: Jane Doe | The Daily Planet</div>",
        # A date line's items after the bar; a place and the wire.
        "<div>Jane Doe | 6 March 2024</div>",
        "<div>Berlin, Germany | Reuters</div>",
        # A picture's caption, in a caption or in a small block beside the picture.
        "<figure><img src='a.jpg'><figcaption>Jane Doe and John Roe</figcaption></figure>",
        "<div><img src='a.jpg'><span>Jane Doe | Reuters</span></div>",
        # A quotation's writer, a related story's card, a most-read list.
        "<blockquote><p>We will vote again.</p><span>Jane Doe, The Associated Press</span>"
        "</blockquote>",
        "<div><a href='/politik/story-2.html'>Another story about the failed budget vote</a>"
        "<span>Jane Doe | The Daily Planet</span></div>",
        "<ol><li><a href='/politik/story-3.html'>Most read</a> <span>Jane Doe | Planet</span>"
        "</li></ol>",
        # Two credit-shaped lines: a list, not one credit.
        "<div>Jane Doe | Planet</div><div>John Roe | Planet</div>",
        # Inside a link to another page.
        "<a href='/politik/story-4.html'><span>Jane Doe and John Roe</span></a>",
    ],
)
def test_what_is_no_credit_line_by_its_form(line: str) -> None:
    body = f"<div><h1>Minister resigns</h1></div><div>{line}</div>{TEXT}{TEXT}"
    assert credited(body) == ([], None)


def test_a_credit_line_by_its_form_after_the_storys_start_is_none() -> None:
    # A reader's comment, another story's author box: below the story's first paragraph.
    body = (
        f"<div><h1>Minister resigns</h1></div>{TEXT}<div><span>Jane Doe and John Roe</span>"
        f"</div>{TEXT}<div>Kimberly Miller | The Daily Planet</div>"
    )
    assert credited(body) == ([], None)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # "par" and "por" in lower case open a byline as "von" and "by" do.
        (
            "<span>par <span><a href='/Audier-Florence.html'>Florence Audier</a></span></span>",
            ["Florence Audier"],
        ),
        ("<div>por <a href='/juana-perez.html'>Juana Pérez</a></div>", ["Juana Pérez"]),
        # Not as the tail of a picture's label, nor a sentence's words.
        ("<div><span>Photo</span> par <a href='/jean-dupont.html'>Jean Dupont</a></div>", []),
        ("<div>par ailleurs le ministre a démissionné</div>", []),
    ],
)
def test_a_lead_word_in_lower_case(line: str, names: list[str]) -> None:
    body = f"<div><h1>Minister resigns</h1>{line}</div>{TEXT}{TEXT}"
    assert credited(body)[0] == names
