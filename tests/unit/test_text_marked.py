"""Boxes the markup marks as furniture by what they are: templates, dialogs, microdata, sign-ups,
collapsed boxes."""

from __future__ import annotations

import pytest

from pipelines.text import marked, templates
from pipelines.text.article import article_text
from pipelines.text.extraction import parse_html
from tests.support.prose import P1, P2, P3, TITLE, URL, storm_page

OFFER = "Every Sunday: the week's stories from the coast, in one letter."
PRIVACY = "By signing up you agree to our privacy policy."


def _marked(html: str, blocks: list[str]) -> dict[str, str]:
    tree = parse_html(html)
    assert tree is not None
    return marked.marked_blocks(tree, templates.block_elements(tree, blocks), blocks)


def _page(box: str, after: str = "") -> str:
    return f"<html><body><div><p>{P1}</p>{box}<p>{P2}</p></div>{after}</body></html>"


def _signup(field: str = "<input type='email' name='email'>") -> str:
    return (
        f"<div><h3>The Sunday letter</h3><p>{OFFER}</p><form>{field}</form><p>{PRIVACY}</p></div>"
    )


def test_the_box_around_an_email_field_is_a_signup() -> None:
    blocks = [P1, OFFER, PRIVACY, P2]
    assert _marked(_page(_signup()), blocks) == {OFFER: "signup", PRIVACY: "signup"}


def test_an_email_field_typed_in_capitals_is_one_too() -> None:
    blocks = [P1, OFFER, P2]
    assert _marked(_page(_signup("<input TYPE='EMAIL'>")), blocks) == {OFFER: "signup"}


@pytest.mark.parametrize(
    "field",
    [
        # Older forms type the field "text" and say what it takes in its hint or its name.
        "<input type='text' name='adr' placeholder='Votre adresse e-mail'>",
        "<input name='newsletter_mail'>",
        "<input type='text' name='f1' autocomplete='section-letter email'>",
        "<input type='text' name='f1' inputmode='email'>",
    ],
)
def test_a_text_field_that_takes_an_email_address_is_a_signup(field: str) -> None:
    blocks = [P1, OFFER, P2]
    assert _marked(_page(_signup(field)), blocks) == {OFFER: "signup"}


@pytest.mark.parametrize(
    "field",
    [
        "<input type='text' name='q'>",
        "<input type='text' name='q' placeholder='Search the archive'>",
        # A box ticked to be told by mail of replies takes no address.
        "<input type='checkbox' name='emailConfirm' value='true'>",
        "<input type='hidden' name='mail_list' value='sunday'>",
    ],
)
def test_a_form_without_an_email_field_is_no_signup(field: str) -> None:
    # A search or a poll: its text may be the article's question.
    blocks = [P1, OFFER, P2]
    assert _marked(_page(_signup(field)), blocks) == {}


def test_a_signup_box_grown_into_prose_bounds_nothing() -> None:
    # The field's box holds a paragraph of prose: it is the article's column, not the offer.
    prose = P1 + " " + P2
    html = (
        f"<html><body><div><p>{P1}</p></div><div><p>{prose}</p>"
        "<form><input type='email'></form></div></body></html>"
    )
    assert _marked(html, [P1, prose]) == {}


# A court report in one-sentence paragraphs, each shorter than a body paragraph.
COURT = (
    "A man who admitted taking two bicycles from a shed in Harbour Lane was fined on Monday.",
    "He told the court he had meant to return them the next morning, his solicitor said.",
)


def _short_story(headline: str) -> tuple[str, list[str]]:
    """A short story and a sign-up in one column, the site's footer after it: the column holds
    less than a sign-up's bound of text, and less than half of the page's."""
    html = (
        f"<html><body><div><div>{headline}<div><p>{COURT[0]}</p></div>"
        f"<div><p>{COURT[1]}</p></div></div><div>{_signup()}</div></div>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    return html, [*COURT, OFFER, PRIVACY, P1, P2, P3]


def test_a_signup_box_stops_below_the_headline() -> None:
    # Without the headline's bound the box grows over the story's short paragraphs.
    html, blocks = _short_story(f"<h1>{TITLE}</h1>")
    tree = parse_html(html)
    assert tree is not None
    elements = templates.block_elements(tree, blocks)
    found = marked.marked_blocks(tree, elements, blocks, next(tree.iter("h1")))
    assert found == {OFFER: "signup", PRIVACY: "signup"}


def test_a_signup_box_beside_the_headline_is_still_one() -> None:
    # The offer set in the article's header, right under the headline: its own box.
    html = (
        f"<html><body><div><div><h1>{TITLE}</h1>{_signup()}</div>"
        f"<p>{P1}</p><p>{P2}</p></div></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    blocks = [OFFER, PRIVACY, P1, P2]
    elements = templates.block_elements(tree, blocks)
    found = marked.marked_blocks(tree, elements, blocks, next(tree.iter("h1")))
    assert found == {OFFER: "signup", PRIVACY: "signup"}


@pytest.mark.parametrize(
    ("box", "kind"),
    [
        ("<template><div><p>{}</p></div></template>", "unrendered"),
        ("<div role='dialog'><p>{}</p></div>", "dialog"),
        ("<div aria-modal='true'><div><p>{}</p></div></div>", "dialog"),
        # A modal named by its class or id, where the page leaves out the role.
        ("<section class='kgmModal -hide'><div><p>{}</p></div></section>", "dialog"),
        ("<div class='c-modal fade'><p>{}</p></div>", "dialog"),
        ("<div id='newsletter-popup'><p>{}</p></div>", "dialog"),
        ("<div class='modal-dialog'><p>{}</p></div>", "dialog"),
        ("<div itemscope itemtype='https://schema.org/WPFooter'><p>{}</p></div>", "site_element"),
        # A person's card: the author's, or the note on someone the story quotes.
        ("<div itemscope itemtype='http://schema.org/Person'><div><p>{}</p></div></div>", "person"),
        ("<div itemscope itemtype='https://schema.org/Person/'><p>{}</p></div>", "person"),
        # The site's menus, whatever element holds them.
        ("<ul role='menubar'><li><p>{}</p></li></ul>", "menu"),
        ("<div role='menu'><p>{}</p></div>", "menu"),
        (
            "<ul itemtype='http://schema.org/SiteNavigationElement'><li><p>{}</p></li></ul>",
            "site_element",
        ),
        # Shown only when the reader opens them: a closed <details>, the panel of a toggle
        # titled by a heading (a comment between the two changes nothing).
        ("<details><summary>Facts</summary><p>{}</p></details>", "collapsed"),
        (
            "<div><div role='button' tabindex='0'><h2>Facts</h2><span>Open box</span></div>"
            "<!-- panel --><div><div><p>{}</p></div></div></div>",
            "collapsed",
        ),
        (
            "<div><button aria-expanded='false'><h3>Facts</h3></button><div><p>{}</p></div></div>",
            "collapsed",
        ),
    ],
)
def test_a_marked_box_is_furniture(box: str, kind: str) -> None:
    blocks = [P1, OFFER, P2]
    assert _marked(_page(box.format(OFFER)), blocks) == {OFFER: kind}


@pytest.mark.parametrize(
    "name",
    ["modal-open", "modal-trigger", "js-modal-link", "has-popup", "multimodal", "modalities"],
)
def test_names_of_what_opens_a_modal_are_no_marks(name: str) -> None:
    box = f"<div class='{name}'><p>{OFFER}</p></div>"
    assert _marked(_page(box), [P1, OFFER, P2]) == {}


def test_other_microdata_and_roles_are_no_marks() -> None:
    box = (
        "<div itemscope itemtype='https://schema.org/NewsArticle'><p>{}</p></div>"
        "<div role='note'><p>{}</p></div>"
        "<div itemscope itemtype='https://schema.org/PersonalBlog'><p>{}</p></div>"
    )
    blocks = [P1, OFFER, PRIVACY, P2, SEA]
    assert _marked(_page(box.format(OFFER, PRIVACY, SEA)), blocks) == {}


SEA = "The sea wall was built in 1911 and last repaired in 1987."


@pytest.mark.parametrize(
    "label",
    [
        "Hauptnavigation",
        "Main menu",
        "Nutzermenü",
        "Breadcrumb",
        "Fil d'Ariane",
        "newsletter promotion",
        "Article related content",
        # A furniture label a heading would carry.
        "Mehr zum Thema",
        "Teilen",
    ],
)
def test_a_region_named_as_furniture_is_furniture(label: str) -> None:
    box = f'<div aria-label="{label}"><div><p>{OFFER}</p></div></div>'
    assert _marked(_page(box), [P1, OFFER, P2]) == {OFFER: "region"}


@pytest.mark.parametrize(
    "box",
    [
        # The article's regions, named for the reader.
        "<div aria-label='Beginning of Article'><p>{}</p></div>",
        "<div aria-label='Inhalt'><p>{}</p></div>",
        # Readers' comments may be text a page wants kept.
        "<div aria-label='Kommentare'><p>{}</p></div>",
        # A control's label names its action, not a region.
        "<a href='/nav' aria-label='Open the navigation'><span>{}</span></a>",
        # A sentence is no region's name, whatever words it holds.
        "<div aria-label='How the menu of the harbour café changed over the last fifty years'>"
        "<p>{}</p></div>",
    ],
)
def test_other_region_names_are_no_marks(box: str) -> None:
    assert _marked(_page(box.format(OFFER)), [P1, OFFER, P2]) == {}


@pytest.mark.parametrize(
    "box",
    [
        # Open: the reader sees the box's text.
        "<details open><summary>Facts</summary><p>{}</p></details>",
        "<div><div role='button' aria-expanded='true'><h2>Facts</h2></div><div><p>{}</p></div>"
        "</div>",
        # A toggle without a heading may open the rest of the story ("Read more").
        "<div><button>Read more</button><div><p>{}</p></div></div>",
        "<div><div role='button'><span>Read more</span></div><div><p>{}</p></div></div>",
        # A heading that is no toggle's.
        "<div><div><h2>Facts</h2></div><div><p>{}</p></div></div>",
    ],
)
def test_what_the_reader_sees_without_opening_it_is_no_collapsed_box(box: str) -> None:
    blocks = [P1, OFFER, P2]
    assert _marked(_page(box.format(OFFER)), blocks) == {}


def test_the_toggles_heading_goes_with_its_panel() -> None:
    heading = "The harbour in figures"
    box = f"<div><div role='button'><h2>{heading}</h2></div><div><p>{OFFER}</p></div></div>"
    blocks = [P1, heading, OFFER, P2]
    assert _marked(_page(box), blocks) == {heading: "collapsed", OFFER: "collapsed"}
    # Without a panel after it the toggle hides nothing: a heading set in a button.
    alone = f"<div><p>{OFFER}</p><div role='button'><h2>{heading}</h2></div></div>"
    assert _marked(_page(alone), blocks) == {}


def test_a_text_the_page_also_shows_outside_the_box_stays() -> None:
    # A modal that repeats a line of the article: the article's copy comes later.
    html = _page(f"<template><p>{OFFER}</p></template>", after=f"<div><p>{OFFER}</p></div>")
    assert _marked(html, [P1, OFFER, P2]) == {}


def test_a_text_several_boxes_repeat_is_theirs() -> None:
    html = _page(f"<template><p>{OFFER}</p></template><div role='dialog'><p>{OFFER}</p></div>")
    assert _marked(html, [P1, OFFER, P2]) == {OFFER: "unrendered"}


def test_a_box_holding_most_of_the_text_is_the_article() -> None:
    # A story opened as a modal: the dialog is its container.
    html = (
        f"<html><body><div role='dialog'><p>{P1}</p><p>{OFFER}</p><p>{P2}</p></div></body></html>"
    )
    assert _marked(html, [P1, OFFER, P2]) == {}


@pytest.mark.parametrize(
    ("box", "hidden", "reason"),
    [
        (_signup(), OFFER, "signup_box"),
        (
            "<div><div role='button' tabindex='0'><h2>The harbour in figures</h2>"
            "<span>Open the box</span></div><div><div><p>The harbour wall was built in 1911. "
            f"{OFFER}</p></div></div></div>",
            f"The harbour wall was built in 1911. {OFFER}",
            "collapsed_box",
        ),
    ],
    ids=["signup", "collapsed"],
)
def test_article_text_drops_the_box_without_class_names(box: str, hidden: str, reason: str) -> None:
    result = article_text(storm_page(box, f"{P1} end"), URL, title_hint=TITLE)
    assert result is not None
    assert f"{P1} end" in result.text
    assert hidden not in result.text
    assert result.counts[f"text/structure/{reason}"] >= 1
