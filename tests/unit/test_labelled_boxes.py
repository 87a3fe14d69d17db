"""Boxes a heading labels as page furniture, read without class names or sectioning tags."""

from __future__ import annotations

import pytest

from pipelines.text import labelled, templates
from pipelines.text.article import TextOptions, article_text
from pipelines.text.cleaning import heading_label
from pipelines.text.extraction import parse_html
from tests.support.prose import P1, P2

BIO = (
    "Jane Doe studied geography in Leeds and has written about the weather of the coast "
    "for twenty years, first for a local paper."
)
LATER = "Since 2019 she has been writing for this site."


def _page(after: str, before: str = "") -> str:
    return f"<html><body>{before}<div><div><p>{P1}</p><p>{P2}</p></div>{after}</div></body></html>"


def _furniture(html: str, blocks: list[str]) -> dict[str, str]:
    tree = parse_html(html)
    assert tree is not None
    return labelled.furniture_blocks(tree, templates.block_elements(tree, blocks), blocks)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Über den Autor", "author"),
        ("About the author", "author"),
        ("Related", "teaser"),
        ("Related — 有關", "teaser"),
        ("Lire aussi", "teaser"),
        ("Aller plus loin", "further"),
        ("Per saperne di più", "further"),
        ("Support us", "support"),
        ("Share this:", "share"),
        ("Newsletter", "newsletter"),
        ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "paywall"),
        # Readers' comments may be text a page wants kept; the counter is cleaning's.
        ("3 Kommentare", None),
        ("Die Geschichte", None),
        ("Aller plus loin dans la forêt", None),
    ],
)
def test_heading_labels(heading: str, kind: str | None) -> None:
    assert heading_label(heading) == kind


def test_a_heading_asked_again_gets_the_answer_kept() -> None:
    heading_label.cache_clear()
    assert heading_label("Über den Autor") == "author"
    assert heading_label("Die Geschichte") is None
    assert heading_label("Über den Autor") == "author"
    assert heading_label("Die Geschichte") is None
    info = heading_label.cache_info()
    assert (info.hits, info.misses) == (2, 2)
    assert info.maxsize is not None


def test_the_box_a_label_titles_after_the_article_is_furniture() -> None:
    html = _page("<div><h3>Über den Autor</h3><h4>Jane Doe</h4><p>" + BIO + "</p></div>")
    blocks = [P1, P2, "Über den Autor", BIO]
    assert _furniture(html, blocks) == {"Über den Autor": "author", BIO: "author"}


def test_a_line_of_a_br_broken_biography_is_matched_by_its_text() -> None:
    html = _page(f"<div><h3>About the author</h3><p>{BIO}<br>{LATER}</p></div>")
    blocks = [P1, P2, BIO, LATER]
    assert _furniture(html, blocks) == {BIO: "author", LATER: "author"}


def test_a_related_headline_the_article_also_shows_stays() -> None:
    linked = "Flood defences on the coast will be raised by two metres"
    html = _page(
        f"<div><h2>Related</h2><ul><li><a href='/a'>{linked}</a></li>"
        "<li><a href='/b'>Four towns count the cost of the storm</a></li></ul></div>",
        before="",
    ).replace(f"<p>{P2}</p>", f"<p>{P2}</p><p><a href='/a'>{linked}</a></p>")
    blocks = [P1, P2, linked, "Four towns count the cost of the storm"]
    assert _furniture(html, blocks) == {"Four towns count the cost of the storm": "teaser"}


def test_a_label_in_the_article_container_bounds_nothing() -> None:
    # The box around the label also holds the first paragraph: it is the article.
    html = f"<html><body><div><p>{P1}</p><h3>Related</h3><p>{P2}</p></div></body></html>"
    assert _furniture(html, [P1, P2]) == {}


def test_a_label_before_the_article_is_not_read() -> None:
    # A kicker over the headline, its box holding the standfirst.
    stand = "Why the coast must prepare for more storms like this one, and soon."
    html = _page("", before=f"<div><h3>Share this</h3><p>{stand}</p></div>")
    assert _furniture(html, [stand, P1, P2]) == {}


PITCH = "Read the day's stories from the coast, delivered to your inbox."


def test_a_newsletter_box_above_the_article_is_furniture() -> None:
    # Set between the headline and the body: no kicker says "Subscribe to our newsletter".
    html = _page("", before=f"<div><h3>Subscribe to our newsletter</h3><p>{PITCH}</p></div>")
    blocks = [PITCH, P1, P2]
    assert _furniture(html, blocks) == {PITCH: "newsletter"}


def test_a_newsletter_label_in_the_story_header_above_the_article_is_not_read() -> None:
    # The box holds the headline: it is the story's header, whatever its label.
    html = _page(
        "",
        before=f"<div><h1>The storm</h1><h3>Newsletter</h3><p>{PITCH}</p></div>",
    )
    assert _furniture(html, [PITCH, P1, P2]) == {}


def test_a_newsletter_label_above_prose_is_not_read() -> None:
    # A paragraph of prose under the label is the article's (the text's first body paragraph
    # given as P1, the one the order of the labels is read against).
    prose = P2 + " " + P2
    html = _page("", before=f"<div><h3>Newsletter</h3><p>{prose}</p></div>")
    assert _furniture(html, [P1, P2, prose]) == {}


def test_a_large_labelled_box_is_a_column_and_is_not_read() -> None:
    long = " ".join([P2] * 25)
    html = _page(f"<div><h3>Related</h3><p>{long}</p></div>")
    assert _furniture(html, [P1, P2, long]) == {}


WALL = "This content is reserved for subscribers"
PERKS = [
    "Enjoy the latest local, national and international news.",
    "Unlimited online access to Coast News with one account.",
    "Daily puzzles and the crossword.",
]


def _wall(label: str, lines: list[str]) -> str:
    items = "".join(f"<li>{line}</li>" for line in lines[1:])
    return _page(f"<div><div>{label}</div><p>{lines[0]}</p><ul>{items}</ul></div>")


LYRICS = ["The tide comes in", "the boats come home", "and the lamps are lit along the quay"]
THANKS = "Donations help us keep every page free. Thank you for your support!"


def _short_lines_page(box: str) -> str:
    verses = "<br>".join(LYRICS)
    return f"<html><body><div><p>{verses}</p></div>{box}</body></html>"


def test_a_donation_box_beside_a_text_of_short_lines_is_furniture() -> None:
    # A song's lyrics: no block of a body's length to read the labels against.
    html = _short_lines_page(f"<div><h2>Support us</h2><div>{THANKS}</div></div>")
    assert _furniture(html, [*LYRICS, THANKS]) == {THANKS: "support"}


def test_only_the_offers_read_above_a_body_count_beside_short_lines() -> None:
    # "Related" over a box counts only after a body; without one it titles nothing, nor does
    # a wall's label set in a <div> rather than a heading.
    related = f"<div><h2>Related</h2><div>{THANKS}</div></div>"
    assert _furniture(_short_lines_page(related), [*LYRICS, THANKS]) == {}
    wall = f"<div><div>{WALL}</div><div>{THANKS}</div></div>"
    assert _furniture(_short_lines_page(wall), [*LYRICS, WALL, THANKS]) == {}


def test_a_wall_label_set_in_a_div_titles_the_box_it_opens() -> None:
    # No heading: the label is the first text of its box, and the box holds short lines.
    blocks = [P1, P2, WALL, *PERKS]
    assert _furniture(_wall(WALL, PERKS), blocks) == dict.fromkeys([WALL, *PERKS], "paywall")


def test_a_wall_label_in_a_paragraph_titles_its_box() -> None:
    html = _wall(WALL, PERKS).replace(f"<div>{WALL}</div>", f"<p>{WALL}</p>")
    blocks = [P1, P2, WALL, *PERKS]
    assert _furniture(html, blocks) == dict.fromkeys([WALL, *PERKS], "paywall")


def test_a_wall_label_the_text_left_out_titles_its_box_from_the_line_under_it() -> None:
    # The extraction dropped the label and kept the pitch's lines: read before the first.
    blocks = [P1, P2, *PERKS]
    assert _furniture(_wall(WALL, PERKS), blocks) == dict.fromkeys(PERKS, "paywall")


def test_a_left_out_line_that_is_no_label_titles_nothing() -> None:
    blocks = [P1, P2, *PERKS]
    assert _furniture(_wall("Three offers this week", PERKS), blocks) == {}


def test_a_left_out_label_over_prose_titles_nothing() -> None:
    rest = P2.replace("harbour", "quay") + " " + P1
    html = _page(f"<div><div>{WALL}</div><p>{rest}</p></div>")
    assert _furniture(html, [P1, P2, rest]) == {}


def test_a_label_that_does_not_open_its_box_titles_nothing() -> None:
    lead = "Three offers for readers on the coast this week."
    html = _page(f"<div><p>{lead}</p><div>{WALL}</div><p>{PERKS[0]}</p></div>")
    assert _furniture(html, [P1, P2, lead, WALL, PERKS[0]]) == {}


def test_a_label_that_is_no_heading_over_prose_titles_nothing() -> None:
    # A wall set inside the article's container, over the rest of the body: prose stays.
    rest = P2.replace("harbour", "quay") + " " + P1
    html = _page(f"<div><div>{WALL}</div><p>{rest}</p></div>")
    assert _furniture(html, [P1, P2, WALL, rest]) == {}


def test_a_read_also_label_that_is_no_heading_is_left_to_cleaning() -> None:
    html = _page("<div><p>Related</p><p>Four towns count the cost of the storm</p></div>")
    assert _furniture(html, [P1, P2, "Related", "Four towns count the cost of the storm"]) == {}


def test_the_first_body_paragraph_an_element_holds_bounds_the_labels() -> None:
    # The text's first long block, a caption in a <span>, has no element of its own.
    caption = "The harbour of the town under water on Monday night, seen from the sea wall."
    html = _wall(WALL, PERKS).replace("<div><div><p>", f"<div><span>{caption}</span><div><p>")
    blocks = [caption, P1, P2, WALL, *PERKS]
    assert _furniture(html, blocks) == dict.fromkeys([WALL, *PERKS], "paywall")


def test_article_text_drops_the_labelled_box_without_class_names() -> None:
    html = (
        "<html><head><title>Storm floods four towns</title></head><body><div>"
        "<h1>Storm floods four towns</h1>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P1.replace('Monday', 'Tuesday')}</p></div>"
        f"<div><h3>About the author</h3><p>{BIO}</p></div>"
        "</div></body></html>"
    )
    result = article_text(html, "https://example.org/storm", options=TextOptions())
    assert result is not None
    assert P1 in result.text and BIO not in result.text
    assert result.counts["text/structure/author_box"] >= 1


TAGS = "Harbour, Storms, Sea wall"


def _tag_lines(inner: str, blocks: list[str]) -> set[str]:
    html = f"<html><body><div><p>{P1}</p><p>{inner}</p><p>{P2}</p></div></body></html>"
    tree = parse_html(html)
    assert tree is not None
    links = {"Harbour", "Storms", "Sea wall"}
    return labelled.tag_lines(templates.block_elements(tree, blocks), blocks, links)


def test_a_line_of_links_the_page_marks_as_tags_is_the_tag_list() -> None:
    inner = (
        "<a href='/tag/harbour' rel='tag'>Harbour</a>, <a href='/tag/storms' rel='tag'>Storms"
        "</a>, <a href='/tag/sea-wall' rel='category tag'>Sea wall</a>"
    )
    assert _tag_lines(inner, [P1, TAGS, P2]) == {TAGS}


def test_linked_words_without_the_tag_relation_stay() -> None:
    inner = (
        "<a href='/harbour'>Harbour</a>, <a href='/storms' rel='tag'>Storms</a>, "
        "<a href='/sea-wall' rel='tag'>Sea wall</a>"
    )
    assert _tag_lines(inner, [P1, TAGS, P2]) == set()


def test_a_sentence_around_tag_links_stays() -> None:
    inner = "See <a href='/tag/harbour' rel='tag'>Harbour</a>, <a rel='tag'>Storms</a> too"
    block = "See Harbour, Storms too"
    assert _tag_lines(inner, [P1, block, P2]) == set()


def _link_lines(inner: str, block: str) -> set[str]:
    html = f"<html><body><div><p>{P1}</p><p>{inner}</p><p>{P2}</p></div></body></html>"
    tree = parse_html(html)
    assert tree is not None
    blocks = [P1, block, P2]
    return labelled.label_link_lines(templates.block_elements(tree, blocks), blocks)


@pytest.mark.parametrize(
    ("inner", "block"),
    [
        (
            "Search author on:<a href='/a'>PubMed</a> <a href='/b'>Google Scholar</a>",
            "Search author on:PubMed Google Scholar",
        ),
        (
            "Themen: <a href='/t/klima'>Klima</a>, <a href='/t/energie'>Energie</a>",
            "Themen: Klima, Energie",
        ),
        ("Partager : <a href='/f'>Facebook</a> | <a href='/x'>X</a>", "Partager : Facebook | X"),
    ],
)
def test_a_label_and_nothing_but_links_is_a_line_of_links(inner: str, block: str) -> None:
    assert _link_lines(inner, block) == {block}


@pytest.mark.parametrize(
    ("inner", "block"),
    [
        # Words of the line's own between the links; one link only; a linked label; no label.
        (
            "Read the report: <a href='/a'>Harbour</a> and the <a href='/b'>Storms</a> study",
            "Read the report: Harbour and the Storms study",
        ),
        ("Quelle: <a href='/a'>Umweltbundesamt</a>", "Quelle: Umweltbundesamt"),
        (
            "<a href='/t'>Themen:</a> <a href='/a'>Klima</a> <a href='/b'>Energie</a>",
            "Themen: Klima Energie",
        ),
        ("<a href='/a'>Klima</a>, <a href='/b'>Energie</a>", "Klima, Energie"),
    ],
)
def test_a_line_with_words_of_its_own_or_a_single_link_stays(inner: str, block: str) -> None:
    assert _link_lines(inner, block) == set()
