"""Bylines on pages in older markup (no <nav>, <footer>, <aside>, <figure>; class names that say
nothing): the credits of the site, of menus, of pictures and of teaser cards that such pages set
in plain <div>s and lists must not pass for the story's authors. Hand-made pages, each rule
with a case it must not fire on."""

from __future__ import annotations

import json

from pipelines.text.authors import section_labels
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.names import name_parts
from pipelines.text.shapedcredits import position_byline_near

URL = "https://news.example/politik/story-1.html"
LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Minister resigns",
    "url": URL,
}


def resolve_page(body: str, ld: object | None = None) -> tuple[list[str], list[str]]:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    tree = parse_html(f"<html><head>{script}</head><body>{body}</body></html>")
    assert tree is not None
    meta = resolve_metadata(tree, URL, fetched_at="2024-03-06T00:00:00Z")
    return meta.authors, meta.conflicts


MENU = "".join(
    f'<li><a href="/{word.lower()}/">{word}</a></li>'
    for word in ("Politik", "Wirtschaft", "Sport", "Kultur", "Internacional")
)


def test_a_menu_in_a_plain_list_gives_section_labels() -> None:
    tree = parse_html(f"<html><body><div><ul>{MENU}</ul></div><h1>Story</h1></body></html>")
    assert tree is not None
    assert {"politik", "internacional"} <= section_labels(tree)
    # Each link in a wrapper of its own, as menus of tabs set them.
    wrapped = MENU.replace("<li>", "<li><div>").replace("</li>", "</div></li>")
    tree = parse_html(f"<html><body><ul>{wrapped}</ul><h1>Story</h1></body></html>")
    assert tree is not None
    assert {"politik", "internacional"} <= section_labels(tree)


def test_a_short_list_or_a_list_of_more_than_links_gives_no_labels() -> None:
    # Four links (a breadcrumb, a credit of co-authors) are no menu; nor items with more text
    # or more links.
    four = "".join(f'<li><a href="/p/{n}">Jane Doe{n}</a></li>' for n in "abcd")
    two = "".join(f'<li><a href="/p/{n}">Jane Doe{n}</a> <a href="/x">x</a></li>' for n in "vwxyz")
    credit = "".join(f'<li>Von <a href="/p/{n}">Jane Doe{n}</a></li>' for n in "abcde")
    tree = parse_html(
        f"<html><body><ul>{four}</ul><ul>{credit}</ul><ul>{two}</ul><h1>Story</h1></body></html>"
    )
    assert tree is not None
    assert not {"jane doea", "jane doee", "jane doez"} & section_labels(tree)


def test_a_section_link_in_a_byline_box_is_no_author_when_a_menu_lists_it() -> None:
    body = (
        f"<div><ul>{MENU}</ul></div>"
        '<div class="author"><a href="/internacional/">Internacional</a></div>'
        "<h1>Minister resigns</h1><p>Text of the story.</p>"
    )
    assert resolve_page(body) == ([], [])


def test_an_authors_link_in_a_side_menu_is_no_byline() -> None:
    side = MENU + '<li><a href="/author/rex-roe">Rex Roe</a></li>'
    body = f"<h1>Minister resigns</h1><p>Text of the story.</p><div><ul>{side}</ul></div>"
    assert resolve_page(body) == ([], [])
    # The same link in a credit of its own, beside the headline, is the byline.
    body = '<h1>Minister resigns</h1><div><a href="/author/rex-roe">Rex Roe</a></div><p>Text.</p>'
    assert resolve_page(body)[0] == ["Rex Roe"]


def test_a_powered_by_credit_is_no_byline() -> None:
    body = (
        "<div><h1>Minister resigns</h1><p>Text of the story.</p></div>"
        '<div><span class="powered-by-cms">Powered by '
        '<a href="https://cms.example/" class="powered-by-link">Example CMS VIP</a></span></div>'
    )
    assert resolve_page(body) == ([], [])
    # "Written by" before the same markup is the story's credit.
    body = body.replace("Powered by", "Written by").replace("Example CMS VIP", "Jane Doe")
    assert resolve_page(body)[0] == ["Jane Doe"]


def test_a_russian_picture_credit_names_no_writer() -> None:
    assert name_parts(["Фото: Алексей Смирнов"]) == []
    assert name_parts(["Фото: Алексей Смирнов / Текст: Дмитрий Иванов"]) == ["Дмитрий Иванов"]
    assert name_parts(["Дмитрий Иванов"]) == ["Дмитрий Иванов"]


def test_indonesian_job_titles_after_a_name() -> None:
    assert name_parts(["Jane Doe Penulis"]) == ["Jane Doe"]
    assert name_parts(["Jane Doe Wartawan"]) == ["Jane Doe"]


def test_a_name_in_a_teaser_card_is_not_credited_by_its_place() -> None:
    card = (
        '<a href="/other-story.html"><div><img src="x.jpg"></div><div><h3>Another story</h3>'
        "<span>Daniel Roe</span><span>16/06/2020</span></div></a>"
    )
    tree = parse_html(f"<html><body><div><h1>Minister resigns</h1>{card}</div></body></html>")
    assert tree is not None
    assert position_byline_near(tree.find(".//h1")) == []
    # The same lines outside a link, beside the headline, are the story's credit.
    plain = "<div><span>Daniel Roe</span><span>16/06/2020</span></div>"
    tree = parse_html(f"<html><body><div><h1>Minister resigns</h1>{plain}</div></body></html>")
    assert tree is not None
    assert position_byline_near(tree.find(".//h1")) == ["Daniel Roe"]


def test_a_credit_as_the_last_item_of_the_date_line() -> None:
    line = "<div><div>Do 25.04.24 | 14:07 Uhr | Von <span>Eva Muster-Roe </span></div></div>"
    assert resolve_page(f"<div><h1>Minister resigns</h1>{line}<p>Text.</p></div>")[0] == [
        "Eva Muster-Roe"
    ]
    # An item that opens with "Von" but is no credit of names: nothing.
    line = "<div><div>Do 25.04.24 | Von Montag bis Freitag</div></div>"
    assert resolve_page(f"<div><h1>Minister resigns</h1>{line}<p>Text.</p></div>")[0] == []


def test_a_label_alone_takes_the_name_from_the_next_element() -> None:
    credit = '<div><p> Автор: </p><p><a href="/ru/jane">Олеся Иванова</a></p></div>'
    body = f"<div><h1>Minister resigns</h1>{credit}<p>Text.</p></div>"
    assert resolve_page(body)[0] == ["Олеся Иванова"]
    # The next element is a sentence, not a name: nothing.
    credit = "<div><p>Автор:</p><p>сегодня в городе прошел большой праздник</p></div>"
    assert resolve_page(f"<div><h1>Minister resigns</h1>{credit}<p>Text.</p></div>")[0] == []


def test_a_link_to_a_writers_page_is_the_byline() -> None:
    body = (
        '<div><h1>Minister resigns</h1><div><h5><a href="/writer/jane-doe">Jane Doe</a></h5>'
        "</div><p>Text.</p></div>"
    )
    assert resolve_page(body)[0] == ["Jane Doe"]
    # A link to a page about writing is no author's page.
    body = body.replace("/writer/jane-doe", "/writing-tips")
    assert resolve_page(body)[0] == []


def test_a_byline_line_in_deeper_wrappers_than_the_headline() -> None:
    headline = "<div><div><div><div><h1>Minister resigns</h1></div></div></div>"
    line = "<div><div><div><div><span>by Jane Doe, The Daily Planet</span></div></div></div></div>"
    body = f"<div>{headline}{line}</div><p>Text.</p></div>"
    assert resolve_page(body)[0] == ["Jane Doe"]
    # Under another item's linked heading it stays that item's line, however far it is.
    teaser = line.replace("<span>", '<h3><a href="/other.html">Other story</a></h3><span>')
    assert resolve_page(f"<div>{headline}{teaser}</div><p>Text.</p></div>")[0] == []


def test_a_lone_by_before_a_link_with_the_name() -> None:
    credit = '<div><span>By</span> <a href="https://news.example/jane-doe-123">Jane Doe</a></div>'
    assert resolve_page(f"<div><h1>Minister resigns</h1>{credit}<p>Text.</p></div>")[0] == [
        "Jane Doe"
    ]
    # A nearer line that names someone is the credit, the label's next element is not read.
    nearer = '<p>By Jane Doe</p><div><span>By</span> <a href="/team">NEWSDESK TEAM</a></div>'
    assert resolve_page(f"<div><h1>Minister resigns</h1>{nearer}<p>Text.</p></div>")[0] == [
        "Jane Doe"
    ]
