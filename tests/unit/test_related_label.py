"""A related list's label that the line rules keep (:func:`pipelines.text.relatedlabel.
related_labels`): "More on …:" over the site's links, and a read-also label glued to its
linked headline, in the issue's languages."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.relatedlabel import related_labels
from tests.support.prose import (
    P1,
    P2,
    P3,
    assert_dropped_over_body,
    assert_kept_over_body,
    story_html,
)

PAGE = "https://example.org/news/storm-on-the-coast"
# A list of two of the site's other stories, each item one link.
SITE_LIST = (
    "<ul><li><a href='/news/ferry-orders-boats'>Ferry company orders two new boats</a></li>"
    "<li><a href='https://www.example.org/news/sea-wall'>Repairs to the sea wall start in May"
    "</a></li></ul>"
)


def _taken(middle: str, line: str, url: str = PAGE) -> list[str]:
    """What the rule reads as a label on the story with ``middle`` (whose text is ``line``)."""
    tree = parse_html(story_html(middle))
    assert tree is not None
    elements = templates.block_elements(tree, [P1, line, P2, P3])
    return related_labels(elements, [P1, line, P2, P3], url)


# A topic's label closed by a colon, as sites of the eight languages write it, two in German
# and in English.
COLON_LABELS = {
    "de": "Mehr zu Konny und seiner Familie:",
    "de-2": "Weitere Artikel zum Hochwasser:",
    "en": "More on the mayor and his family:",
    "en-2": "More stories about the storm:",
    "fr": "Plus sur la réforme des retraites :",
    "es": "Más sobre el juicio:",
    "it": "Altri articoli su Venezia:",
    "pt": "Mais sobre a greve:",
    "nl": "Meer over de verkiezingen:",
    "pl": "Więcej o wyborach:",
}


@pytest.mark.parametrize("language", sorted(COLON_LABELS))
def test_a_colon_label_over_the_sites_links_goes(language: str) -> None:
    label = COLON_LABELS[language]
    assert _taken(f"<p><strong><em>{label}</em></strong></p>{SITE_LIST}", label) == [label]


def test_a_colon_label_over_one_linked_headline_goes() -> None:
    label = "More on the storm:"
    linked = "<p><a href='/news/ferry-orders-boats'>Ferry company orders two new boats</a></p>"
    assert _taken(f"<p>{label}</p>{linked}", label) == [label]


def test_a_colon_label_alone_in_its_box_over_the_links_goes() -> None:
    # The label's paragraph fills a box of its own; the list follows the box.
    label = "Mehr zu Konny und seiner Familie:"
    assert _taken(f"<div><p><b>{label}</b></p></div><!-- teaser -->{SITE_LIST}", label) == [label]


@pytest.mark.parametrize(
    "after",
    [
        "",  # nothing shown after it: the extraction may have left the story's own list out
        "<ul><li>Ferry company orders two new boats</li><li>The sea wall holds</li></ul>",
        "<ul><li><a href='https://other.example.net/ferry'>Ferry orders boats</a></li></ul>",
        "<ul><li>The ferry company, <a href='/news/ferry'>as reported</a>, orders boats</li></ul>",
        "<ul><li><a href='#ferry'>The ferry company orders two new boats</a></li></ul>",
        f"<p>{P1}</p>",
    ],
)
def test_a_colon_label_over_anything_but_the_sites_links_stays(after: str) -> None:
    label = "More on the storm and the ferry:"
    assert _taken(f"<p>{label}</p>{after}", label) == []


@pytest.mark.parametrize(
    "line",
    [
        # Sentences that open with the same words.
        "Mehr zu den Hintergründen erfahren Sie von der Sprecherin.",
        "More on that later: the council met on Tuesday",
        "More on the storm. The council said this:",
        # A label of other words, and a paragraph's length.
        "The council listed the repairs:",
        "Mehr zu " + " ".join(["den"] * 14) + ":",
    ],
)
def test_a_sentence_or_another_line_over_the_sites_links_stays(line: str) -> None:
    assert _taken(f"<p>{line}</p>{SITE_LIST}", line) == []


# A read-also label glued to its linked headline, as the extraction reads it.
GLUED = [
    ("Lesen Sie auch", "Der Bürgermeister tritt nach zehn Jahren zurück"),
    ("Read more", "How the storm hit the coast on Monday"),
    ("Auch interessant:", "Der Hafen bleibt bis Freitag geschlossen"),
    ("À lire aussi", "Le maire annonce sa démission surprise"),
    ("Lea también", "El puerto cierra por el temporal"),
    ("Leggi anche", "Il traghetto resta fermo in porto"),
    ("Leia também", "O porto fecha por causa da tempestade"),
    ("Lees ook", "De veerboot blijft in de haven liggen"),
    ("Czytaj też", "Burmistrz zapowiada remont falochronu przed zimą"),
]


def _glued(label: str, headline: str, href: str = "/news/another-story") -> str:
    return f"<p><strong>{label}</strong><a href='{href}'>{headline}</a></p>"


@pytest.mark.parametrize(("label", "headline"), GLUED)
def test_a_read_also_label_glued_to_its_linked_headline_goes(label: str, headline: str) -> None:
    line = label + headline
    assert _taken(_glued(label, headline), line) == [line]


@pytest.mark.parametrize(
    "href",
    [
        "https://other.example.net/story",  # another site: a source the reporter cites
        "#ferries",  # an anchor on the page
        "/news/storm-on-the-coast",  # the page itself
        "/reports/storm.pdf",  # a document
    ],
)
def test_a_glued_label_linking_no_other_page_of_the_site_stays(href: str) -> None:
    line = "Read moreHow the storm hit the coast on Monday"
    assert _taken(_glued("Read more", "How the storm hit the coast on Monday", href), line) == []


def test_a_glued_label_before_a_linked_sentence_or_a_short_link_stays() -> None:
    sentence = "How the storm hit the coast on Monday."
    assert _taken(_glued("Read more", sentence), "Read more" + sentence) == []
    assert _taken(_glued("Read more", "Storm"), "Read moreStorm") == []


def test_a_link_after_other_words_stays() -> None:
    # Prose that links another story of the site: its opening words are no label.
    markup = _glued("The council said", "How the storm hit the coast on Monday")
    assert _taken(markup, "The council saidHow the storm hit the coast on Monday") == []


def test_the_text_pipeline_drops_a_colon_label_and_counts_it() -> None:
    label = "More on the storm and the ferry:"
    html = story_html(f"<p><strong><em>{label}</em></strong></p>{SITE_LIST}")
    assert_dropped_over_body(html, label, "related_label")


def test_the_text_pipeline_drops_a_glued_label_and_counts_it() -> None:
    html = story_html(_glued("Lesen Sie auch", "Der Bürgermeister tritt nach zehn Jahren zurück"))
    line = "Lesen Sie auchDer Bürgermeister tritt nach zehn Jahren zurück"
    assert_dropped_over_body(html, line, "related_label")


def test_the_text_pipeline_keeps_a_sentence_that_opens_with_the_label() -> None:
    line = "More on the storm and the ferry follows in the evening edition, the editor said."
    assert_kept_over_body(story_html(f"<p>{line}</p>{SITE_LIST}"), line, "related_label")


def test_a_colon_label_over_a_list_the_text_keeps_stays() -> None:
    # The story's own list of the site's pages ("More on the candidates:" over their profiles),
    # kept in the text: its label introduces it and stays with it.
    label = "More on the mayor and his family:"
    items = ["- Ferry company orders two new boats", "- Repairs to the sea wall start in May"]
    blocks = [P1, label, *items, P2, P3]
    tree = parse_html(story_html(f"<p>{label}</p>{SITE_LIST}"))
    assert tree is not None
    elements = templates.block_elements(tree, blocks)
    assert elements.get(items[0]) is not None
    assert related_labels(elements, blocks, PAGE) == []
