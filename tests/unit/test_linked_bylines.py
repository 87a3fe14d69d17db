"""Bylines read from where their links lead, the evidence that survives lost class names: a
writer's address in the author box, an in-page link to the author's note, a staff member's
page. Hand-made pages, each form with the credits it must not be taken from (a related card's
author, a commenter, a photo credit, a quotation, a newsletter's signature, the team's page
in the footer)."""

from __future__ import annotations

from pipelines.text.bylinelines import credit_in_text
from tests.unit.test_visible_bylines import authors_of

HEADLINE = "<h1>Minister resigns after long dispute over the budget</h1>"
STORY = "<p>" + "The minister stepped down on Tuesday after weeks of dispute. " * 4 + "</p>"


def page(credit: str, after: str = "") -> str:
    return f"<div><div>{HEADLINE}<div>{credit}</div></div>{STORY}{after}</div>"


def test_an_author_box_whose_only_link_is_the_writers_address() -> None:
    box = (
        '<div><a href="mailto:jane.doe@news.example" title="Send e-mail">Jane Doe'
        "<span> – Journalist</span></a><span>Journalist</span></div>"
        '<div><a href="mailto:%6a%72%6f%65@news.example">John Roe</a></div>'
    )
    assert authors_of(page(box)) == ["Jane Doe", "John Roe"]


def test_an_address_that_does_not_spell_the_name_is_no_credit() -> None:
    # The newsroom's address behind a name, the address as the link's text, a tip line.
    assert authors_of(page('<a href="mailto:tips@news.example">Jane Doe</a>')) == []
    shown = '<a href="mailto:jane.doe@news.example">jane.doe@news.example</a>'
    assert authors_of(page(shown)) == []
    assert authors_of(page('<a href="mailto:jane.doe@news.example">Email the author</a>')) == []


def test_a_contact_named_in_a_sentence_is_no_author() -> None:
    line = (
        'Wer mitmachen will, meldet sich bitte bei <a href="mailto:jane.doe@news.example">'
        "Jane Doe</a>!"
    )
    assert authors_of(page(f"<p>{line}</p>")) == []


def test_a_newsletter_signature_and_a_commenter_are_no_authors() -> None:
    signup = (
        '<div><form><input type="email"><button>Sign up</button></form>'
        '<a href="mailto:jane.doe@news.example">Jane Doe</a></div>'
    )
    comments = (
        '<div class="comments"><div><a href="mailto:max.muster@mail.example">Max Muster'
        "</a></div><p>I disagree.</p></div>"
    )
    assert authors_of(page("", after=signup + comments)) == []


def test_in_page_links_to_the_authors_notes() -> None:
    credit = (
        '<span>By</span><ul><li><a href="#author-0">Jane Doe</a><sup><a href="#Aff0">1</a>'
        '</sup>, </li><li><a href="#author-1">John Roe</a></li></ul>'
    )
    assert authors_of(page(credit)) == ["Jane Doe", "John Roe"]


def test_an_in_page_link_in_a_related_card_or_a_quotation_is_not_the_articles() -> None:
    card = (
        '<div><a href="/politik/story-2.html"><h3>Budget talks collapse in the night</h3></a>'
        '<span><a href="#author-0">Jane Doe</a></span></div>'
    )
    quote = '<blockquote>"We stay." <a href="#author-1">John Roe</a></blockquote>'
    assert authors_of(page("", after=card + quote)) == []
    assert authors_of(page(quote)) == []


def test_a_staff_members_page_and_the_editorial_teams() -> None:
    assert authors_of(page('Von <a href="/redaktion/jane-doe">Jane Doe</a>')) == ["Jane Doe"]
    assert authors_of(page('By <a href="/staff/john-roe/">John Roe</a>')) == ["John Roe"]


def test_a_staff_photo_credit_and_the_team_page_in_the_footer_are_no_authors() -> None:
    photo = '<figure><img src="a.jpg"><p>Foto: <a href="/staff/jane-doe">Jane Doe</a></p></figure>'
    footer = (
        '<footer><a href="/redaktion/">Redaktion</a> <a href="/staff/john-roe">John Roe</a>'
        "</footer>"
    )
    assert authors_of(page(photo, after=footer)) == []
    assert authors_of(page('<p>Foto: <a href="/staff/jane-doe">Jane Doe</a></p>')) == []


WIRE_STORY = "The talks went on into the night.\n" * 3


def test_the_wire_credit_paragraph_before_the_comments_the_extractor_kept() -> None:
    comments = "Comments\n" + "Readers may post comments after signing in to their account.\n" * 12
    text = f"{WIRE_STORY}(Reporting by Jane Doe; Editing by John Roe)\n{comments}"
    assert credit_in_text(text) == ["Jane Doe"]


def test_several_wire_credits_or_one_inside_a_sentence_name_no_reporter() -> None:
    filler = "More readers' comments follow below this line of the page.\n" * 10
    two = (
        f"{WIRE_STORY}(Reporting by Jane Doe; Editing by John Roe)\n"
        f"{WIRE_STORY}(Reporting by Max Muster)\n{filler}"
    )
    assert credit_in_text(two) == []
    quoted = f'{WIRE_STORY}He said the notes ("Reporting by Jane Doe") were lost.\n{filler}'
    assert credit_in_text(quoted) == []
