"""Bylines read from what the page shows when it declares nothing (no JSON-LD, no meta tags, no
classes): the credit's labels, a lead word on a line of its own, a credit line that goes on with
the time, an agency's code after the name, a credit beside the date with the outlet after it.
Hand-made pages, each rule with a case it must not fire on."""

from __future__ import annotations

import pytest

from pipelines.text.bylinelines import lead_byline_near
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.shapedcredits import position_byline_near

URL = "https://news.example/politik/story-1.html"
STORY = "<p>" + "The minister resigned on Monday after a long dispute in parliament. " * 3 + "</p>"


def authors_of(body: str) -> list[str]:
    tree = parse_html(f"<html><head></head><body>{body}</body></html>")
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at="2024-03-06T00:00:00Z").authors


def lines_of(body: str) -> list[str]:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    return lead_byline_near(tree.find(".//h1"))


def placed_of(body: str) -> list[str]:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    return position_byline_near(tree.find(".//h1"))


def test_by_with_a_colon_and_the_labels_of_more_languages() -> None:
    for line, name in (
        ("Von: <span>JÖRG MUSTER</span>", "JÖRG MUSTER"),
        ("Piše: P. Horvat", "P. Horvat"),
        ("Penulis: Budi Santoso", "Budi Santoso"),
        ("Recueilli par Jean DUPONT.", "Jean DUPONT"),
        # Indonesian "by" and labels of the reporter, the Greek "writes", the Arabic "by the
        # pen of" with and without a colon.
        ("Oleh Budi Santoso", "Budi Santoso"),
        ("Wartawan: Siti Rahma", "Siti Rahma"),
        ("Reporter: Budi Santoso | Editor: Ani Lestari", "Budi Santoso"),
        ("Γράφει: Μαρία Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
        ("بقلم محمد أحمد", "محمد أحمد"),
        ("بقلم: محمد أحمد", "محمد أحمد"),
    ):
        body = f"<div><h1>Minister resigns</h1><div><span>{line}</span></div>{STORY}</div>"
        assert authors_of(body) == [name], line


@pytest.mark.parametrize(
    "line",
    [
        # "Oleh" opening a sentence ("Oleh karena itu": therefore), inside one, in lower case.
        "Oleh karena itu pemerintah",
        "Dilaporkan oleh Budi Santoso kemarin",
        "oleh Budi Santoso",
        # The Indonesian desk after the reporter's label.
        "Reporter: Redaksi",
        "Oleh Tim Redaksi",
    ],
)
def test_what_the_labels_of_more_languages_do_not_credit(line: str) -> None:
    body = f"<div><h1>Minister resigns</h1><div><span>{line}</span></div>{STORY}</div>"
    assert authors_of(body) == []


def test_a_label_word_inside_a_sentence_opens_no_line() -> None:
    # "Von:" must open the element's text; a sentence that holds it names nobody.
    body = (
        "<div><h1>Minister resigns</h1><div><span>Antwort von: Jane Doe und anderen "
        f"Lesern, die uns schrieben</span></div>{STORY}</div>"
    )
    assert authors_of(body) == []


def test_a_lower_case_lead_word_that_opens_its_element() -> None:
    assert lines_of(
        "<div><h1>Story</h1><div>von <a href='https://x.example/h'>Heiner</a></div>"
    ) == ["von Heiner"]
    # The word on a line of its own above the name: one credit, not "von, Jane Doe".
    body = "<div><h1>Story</h1><div><span>von<br> <span>Anne-Marie Muster</span></span></div></div>"
    assert lines_of(body) == ["von Anne-Marie Muster"]


def test_a_lower_case_lead_word_after_a_label_is_a_pictures_credit() -> None:
    # "<span>Photo</span> by <a>…</a>": the word is the label's tail, not the opening of a line.
    body = "<div><h1>Story</h1><div><span>Photo</span> by <a href='/x'>Jane Doe</a></div></div>"
    assert lines_of(body) == []


def test_a_credit_line_goes_on_with_its_time_after_a_dash() -> None:
    body = (
        "<div><h1>Story</h1><div> Par <span>E. DUPONT</span> - <span> 05:01 - Temps de "
        f"lecture : 2 min</span></div>{STORY}</div>"
    )
    assert lines_of(body) == ["Par E. DUPONT"]
    assert authors_of(body) == ["E. DUPONT"]
    # A hyphen inside a name is no dash before a time.
    assert lines_of("<div><h1>Story</h1><p>Von Anne-Marie Muster-Roe</p></div>") == [
        "Von Anne-Marie Muster-Roe"
    ]
    # A dash before words, not a time: the line stays whole and is no credit of names.
    body = "<div><h1>Story</h1><p>By Jane Doe - read our guide for more</p></div>"
    assert lines_of(body) == []


def test_an_agencys_code_after_the_name() -> None:
    body = f"<div><h1>Story</h1><div><span>Von Britta Muster, dpa</span></div>{STORY}</div>"
    assert authors_of(body) == ["Britta Muster"]
    # Lower-case words that are no code after a comma keep the line a sentence.
    assert lines_of("<div><h1>Story</h1><p>By Jane Doe, who was there</p></div>") == []


def test_a_tag_cloud_heading_does_not_hide_the_credit_after_it() -> None:
    body = (
        f"<div><h1>Minister resigns</h1>{STORY}<h5><a href='/tag/politik'>Politik</a> "
        "<a href='/tag/wahl'>Wahl</a></h5><div>Penulis: Budi Santoso</div></div>"
    )
    assert authors_of(body) == ["Budi Santoso"]
    # A heading that links to another story: the line under it is that story's.
    body = (
        f"<div><h1>Minister resigns</h1>{STORY}<h5><a href='/politik/other-story-2.html'>"
        "Another minister stays</a></h5><div>Penulis: Budi Santoso</div></div>"
    )
    assert authors_of(body) == []


def test_a_credit_beside_the_date_with_the_outlet_after_it() -> None:
    date = "<span>Updated <span>\n\t\t 9:53 am PDT, Tuesday, September 1, 2020 \n\t\t</span></span>"
    for credit, names in (
        ("Gary B. Roe, Ap Sports Writer", ["Gary B. Roe"]),
        ("Jane Doe | The Daily Planet", ["Jane Doe"]),
        ("Jane Doe, John Roe and Max Muster", ["Jane Doe", "John Roe", "Max Muster"]),
    ):
        body = f"<div><div><h1>Minister resigns</h1><p>{credit}</p>{date}</div>{STORY}</div>"
        assert placed_of(body) == [credit]
        assert authors_of(body) == names, credit


def test_a_date_after_an_icon_in_its_element_is_the_date_beside_the_credit() -> None:
    icon = '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"></path></svg>'
    for date, names in (
        (f"<span>{icon}June 19, 2019</span>", ["Jane Doe"]),
        # The icon's element holds no day: no date beside the name.
        (f"<span>{icon}Comments</span>", []),
    ):
        header = f"<h1>Minister resigns</h1><div>{date}</div><p>Jane Doe</p>"
        assert placed_of(f"<div><div>{header}</div>{STORY}</div>") == names, date


def test_no_credit_by_place_without_a_date_or_in_a_sentence() -> None:
    # Without the date beside it a line of names is a kicker or a list, not a credit.
    names = "<p>Jane Doe, John Roe and Max Muster</p>"
    body = f"<div><div><h1>Minister resigns</h1>{names}</div>{STORY}</div>"
    assert placed_of(body) == []
    # A line with lower-case words is a phrase, not names.
    date = "<span>September 1, 2020</span>"
    body = f"<div><div><h1>Minister resigns</h1><p>Jane Doe and the others</p>{date}</div></div>"
    assert placed_of(body) == []
    # Places parted by a comma, or a place and the date after a bar: a dateline, not a
    # credit; more names than a credit holds: a list.
    for line in (
        "New York, United States",
        "New York | September 1, 2020",
        "Ann Lee, Bob Ray, Cid Moe, Dan Poe and Eve Roe",
    ):
        body = f"<div><div><h1>Minister resigns</h1><p>{line}</p>{date}</div></div>"
        assert placed_of(body) == [], line


def test_a_name_and_the_day_it_went_up_on_one_line_under_the_headline() -> None:
    # "Name. Updated <day>" as a line of its own, no class, no <time>: the credit by its form.
    for line, names in (
        ("John Plunkett. Updated November 3rd, 2023", ["John Plunkett"]),
        ("Jane Doe | Published 03.05.2024, 10:12", ["Jane Doe"]),
        ("Jane Doe und Max Muster – aktualisiert am 3. Mai 2024", ["Jane Doe", "Max Muster"]),
    ):
        body = f"<div><h1>Minister resigns</h1><p>{line}</p>{STORY}</div>"
        assert authors_of(body) == names, line
    # The story's text opens with that line: a credit, not a dateline's place ("Berlin. ").
    body = f"<article><h1>Minister resigns</h1><p>John Plunkett. Updated May 3, 2023</p>{STORY}"
    assert authors_of(body + "</article>") == ["John Plunkett"]


def test_no_credit_from_a_dated_line_without_a_label_or_a_name() -> None:
    for line in (
        "New York, May 3, 2023",  # a dateline's place and day: no label says "credit"
        "New York - May 3, 2023",
        "Last updated May 3, 2023",  # the label alone
        "Weather warning. Updated May 3, 2023",  # a phrase before the label
        "Jane Doe. Updated recently",  # no day after the label
    ):
        body = f"<div><h1>Minister resigns</h1><p>{line}</p>{STORY}</div>"
        assert placed_of(body) == [], line
    # Inside a caption, a list or a link to another story: that item's line.
    for wrap in (
        "<figure><figcaption>{}</figcaption></figure>",
        "<ul><li>{}</li></ul>",
        "<a href='/other-story.html'><span>{}</span></a>",
    ):
        line = wrap.format("Jane Doe. Updated May 3, 2023")
        body = f"<div><h1>Minister resigns</h1>{line}{STORY}</div>"
        assert placed_of(body) == [], wrap


def test_a_link_to_a_reporters_page_is_a_byline() -> None:
    body = (
        "<div><h1>Minister resigns</h1><div><a href='//news.example/reporter/jdoe/'>Jane Doe</a>"
        f" <a href='/topics/politics/'>Politics</a></div>{STORY}</div>"
    )
    assert authors_of(body) == ["Jane Doe"]
    # Arabic and Hindi papers link their writers' pages under "/Editors/" and "/editor/".
    body = (
        "<div><h1>Minister resigns</h1><div><a href='/Editors/EditorNews/689/1/jane-doe'>"
        f"<h5>Jane Doe</h5></a></div>{STORY}</div>"
    )
    assert authors_of(body) == ["Jane Doe"]
    # A columnist's, a contributor's and a writer's page as Turkish and Indonesian sites path
    # them; the list of all columnists is none.
    for path in ("/columnists/jane-doe", "/contributor/jane-doe/", "/yazarlar/jane-doe/"):
        body = (
            f"<div><h1>Minister resigns</h1><div><a href='{path}'>Jane Doe</a></div>{STORY}</div>"
        )
        assert authors_of(body) == ["Jane Doe"], path
    body = f"<div><h1>Minister resigns</h1><div><a href='/penulis/'>Jane Doe</a></div>{STORY}</div>"
    assert authors_of(body) == []
    # A page of reports is no reporter's page, nor a list of the editors' picks an editor's.
    body = (
        "<div><h1>Minister resigns</h1><div><a href='/editors-picks/'>Picked Stories</a>"
        f"</div>{STORY}</div>"
    )
    assert authors_of(body) == []
    body = (
        "<div><h1>Minister resigns</h1><div><a href='/reports/annual-2024/'>Annual Report</a>"
        f"</div>{STORY}</div>"
    )
    assert authors_of(body) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Labels and phrases of more languages that open a credit line.
        ("Yazan: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Teksti: Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
        ("Szerző: Kovács János", ["Kovács János"]),
        ("Autoři: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("Ein Kommentar von Anna Muster", ["Anna Muster"]),
        ("Eine Analyse von Anna Muster", ["Anna Muster"]),
        ("Verfasst von Anna Muster", ["Anna Muster"]),
        # The same words inside a sentence name nobody: only a line they open is a credit.
        ("Yazan: bugün açıklama yapan bakan istifa etti ve başkentten ayrıldı", []),
        ("Ein Kommentar von gestern hat die Debatte im Parlament erneut entfacht", []),
        ("Leserbrief zu: Ein Kommentar von Anna Muster", []),
        # The wire copy a story draws on is no author; alone, it credits no person.
        ("Von Anna Muster mit Material von dpa", ["Anna Muster"]),
        ("Von Anna Muster, mit Material der Nachrichtenagenturen", ["Anna Muster"]),
        ("By Jane Doe and John Roe, with files from Reuters", ["Jane Doe", "John Roe"]),
        ("Von Anna Muster mit Agenturmaterial", ["Anna Muster"]),
        ("Mit Material von dpa", []),
    ],
)
def test_credit_lines_of_more_languages_and_wire_copy(line: str, names: list[str]) -> None:
    body = f"<div><h1>Minister resigns</h1><div><span>{line}</span></div>{STORY}</div>"
    assert authors_of(body) == names


def _article_with_sidebar(sidebar: str, holder: str = "article") -> str:
    """A story whose only credit is a box of ``rel="author"`` links far from its headline."""
    deep = "<div><div><div><div><div><div>{}</div></div></div></div></div></div>"
    header = deep.format("<h1>Storm breaks records across the country</h1>")
    box = f"<div><section>{sidebar}</section></div>"
    return f"<{holder}>{header}<div>{STORY}</div>{box}</{holder}>"


def test_the_rel_author_links_of_the_headlines_article_are_its_authors() -> None:
    box = (
        "<h3>Authors</h3><ol>"
        "<li><a rel='author' href='/profiles/jane-doe-1'><span>Jane Doe</span></a>"
        "<p>Professor of Climate Science</p></li>"
        "<li><a rel='author' href='/profiles/john-roe-2'><span>John Roe</span></a></li></ol>"
    )
    assert authors_of(_article_with_sidebar(box)) == ["Jane Doe", "John Roe"]


def test_rel_author_links_of_another_story_or_a_list_of_writers_are_not_its_authors() -> None:
    # A nested <article>: another story's card inside the page's article.
    card = (
        "<article><a href='/other-story'>Another story about the weather</a>"
        "<a rel='author' href='/profiles/max-muster'>Max Muster</a></article>"
    )
    assert authors_of(_article_with_sidebar(card)) == []
    # More names than one story's credit: the site's columnists.
    writers = "".join(
        f"<p><a rel='author' href='/profiles/w{i}'>{name}</a></p>"
        for i, name in enumerate(("Ann Lee", "Bob Ray", "Cid Moe", "Dan Poe", "Eve Roe"))
    )
    assert authors_of(_article_with_sidebar(writers)) == []
    # A headline in no <article>: HTML makes a link in none the author of the page itself,
    # unless the page's links stand apart (the story's and other stories' cards).
    box = "<a rel='author' href='/profiles/jane-doe'>Jane Doe</a>"
    assert authors_of(_article_with_sidebar(box, holder="div")) == ["Jane Doe"]
    apart = f"{box}<div>{STORY * 3}</div><a rel='author' href='/profiles/max-muster'>Max Muster</a>"
    assert authors_of(_article_with_sidebar(apart, holder="div")) == []
