"""Source templates: block fingerprints by DOM place, learned across a source's pages."""

from __future__ import annotations

import pytest
from sqlite_utils import Database
from trafilatura import load_html

from pipelines.extract.worker import PageJob, analyze_page
from pipelines.index.boilerplate import LineStats
from pipelines.text.templates import PREFIX, block_elements, block_fingerprints, countable

# Long (over 200 characters), so line counting alone never learns it.
DISCLAIMER = (
    "Die Redaktion übernimmt keine Gewähr für die Richtigkeit der Angaben Dritter. Alle "
    "Beiträge werden vor der Veröffentlichung geprüft; Hinweise auf Fehler nehmen wir gern "
    "entgegen, Korrekturen veröffentlichen wir an dieser Stelle mit Datum und Uhrzeit."
)
TOPICS = ("Hafen", "Schule", "Brücke", "Bahnhof", "Rathaus", "Stadion", "Museum", "Klinik")


def _page(i: int, *, quote_disclaimer: bool = False) -> str:
    topic = TOPICS[i % len(TOPICS)]
    paragraphs = [
        f"Der Stadtrat hat am Dienstag über das neue {topic} Nummer {i} beraten und nach langer "
        f"Debatte beschlossen, die Planung für das Vorhaben {i * 7} fortzusetzen.",
        f"Anwohner hatten seit Jahren auf eine Entscheidung gewartet; die Kosten für {topic} "
        f"liegen nach Angaben der Verwaltung bei {i + 3} Millionen Euro, sagte die Sprecherin.",
        f"Die Arbeiten sollen im Frühjahr beginnen und etwa {i % 4 + 1} Jahre dauern, teilte "
        f"die Stadt mit; ein Bürgerforum zum {topic} ist für den Herbst geplant.",
    ]
    if quote_disclaimer:
        paragraphs.insert(1, DISCLAIMER)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{topic} {i}</title></head><body><article><h1>{topic} {i}</h1>"
        f'<div class="article-body">{body}<div class="box"><p>{DISCLAIMER}</p></div></div>'
        "</article></body></html>"
    )


def test_fingerprints_depend_on_text_and_place() -> None:
    blocks = ["Erster Absatz mit Text.", DISCLAIMER, "Nicht auf der Seite."]
    html = f'<html><body><p>{blocks[0]}</p><div class="x"><p>{DISCLAIMER}</p></div></body></html>'
    keys = block_fingerprints(load_html(html), blocks)
    assert keys[0] and keys[1] and keys[0].startswith(PREFIX) and keys[2] is None
    moved = html.replace('class="x"', 'class="y"')
    assert block_fingerprints(load_html(moved), blocks)[1] != keys[1]
    renumbered = block_fingerprints(load_html(html.replace("Erster", "Erster")), blocks)
    assert renumbered[0] == keys[0]
    assert set(countable(blocks, keys)) == {keys[0], keys[1]}


def test_without_every_only_the_counted_blocks_get_keys() -> None:
    # Three long paragraphs at each edge, one long in the middle, a short one beside it.
    paragraphs = [f"{DISCLAIMER} {n}" for n in range(7)]
    blocks = [*paragraphs[:3], paragraphs[3], "Kurz.", *paragraphs[4:]]
    html = "<html><body>" + "".join(f"<p>{b}</p>" for b in blocks) + "</body></html>"
    tree = load_html(html)
    every = block_fingerprints(tree, blocks)
    counted = block_fingerprints(tree, blocks, every=False)
    assert all(every)
    assert counted[3] is None
    assert [k for i, k in enumerate(counted) if i != 3] == [
        k for i, k in enumerate(every) if i != 3
    ]
    assert countable(blocks, counted) == countable(blocks, every)


def test_a_template_block_is_learned_and_then_removed(db: Database) -> None:
    stats = LineStats(db, min_articles=4, min_share=0.5)
    for i in range(5):
        result = analyze_page(PageJob(f"https://e.org/{i}", _page(i), min_text_chars=0))
        assert result.drop is None and DISCLAIMER in result.fields["text"]
        stats.record_lines("quelle", result.line_keys)
    learned = frozenset(stats.learned_for("quelle"))
    assert any(key.startswith(PREFIX) for key in learned)
    after = analyze_page(PageJob("https://e.org/new", _page(99), min_text_chars=0, learned=learned))
    assert after.drop is None
    assert DISCLAIMER not in after.fields["text"]
    assert after.counts["text/templates/learned_block"] == 1
    assert "Der Stadtrat hat am Dienstag" in after.fields["text"]
    # The same text inside the article body sits elsewhere in the DOM: it is not the template.
    quoted = analyze_page(
        PageJob(
            "https://e.org/q", _page(7, quote_disclaimer=True), min_text_chars=0, learned=learned
        )
    )
    assert quoted.fields["text"].count(DISCLAIMER) == 1


# A paragraph set as a <div>: its own text beside an inline link.
DIV_PARAGRAPH = (
    "Der Hafenmeister sagte, die neuen Liegeplätze würden im Mai fertig; die Pläne liegen im "
    "Rathaus aus."
)


def test_a_div_paragraph_maps_to_the_innermost_div_holding_its_text() -> None:
    tree = load_html(
        "<html><body><div class='body'><div class='wrap'><div>Der Hafenmeister sagte, die neuen "
        "Liegeplätze würden im Mai fertig; die Pläne liegen im <a href='/r'>Rathaus</a> aus."
        "</div></div></div></body></html>"
    )
    element = block_elements(tree, [DIV_PARAGRAPH])[DIV_PARAGRAPH]
    assert element.tag == "div" and element.get("class") is None


@pytest.mark.parametrize(
    "html",
    [
        # A paragraph element holds the block: the div around it (same text) is not its element.
        f"<div>Note<div><p>{DIV_PARAGRAPH}</p></div></div>",
        f"<div><p>{DIV_PARAGRAPH}</p></div>",
    ],
)
def test_a_block_a_paragraph_holds_keeps_the_paragraph(html: str) -> None:
    tree = load_html(f"<html><body>{html}</body></html>")
    assert block_elements(tree, [DIV_PARAGRAPH])[DIV_PARAGRAPH].tag == "p"


def test_a_div_holding_more_than_the_block_is_not_its_element() -> None:
    # A box with the block and a label of its own: no element's text is the block.
    tree = load_html(f"<html><body><div>Anzeige <span>{DIV_PARAGRAPH}</span></div></body></html>")
    assert block_elements(tree, [DIV_PARAGRAPH]) == {}


def test_list_items_and_table_rows_map_to_their_li_and_tr() -> None:
    # trafilatura writes an item "- text" and a row "| cell | cell |": marks no element holds.
    tree = load_html(
        "<html><body><ul><li><a href='/a'>Neue Fähre</a> für den Hafen</li></ul>"
        "<table><caption>Fahrplan</caption><tr><th>Linie</th><td>Abfahrt</td></tr>"
        "<tr><td>F1</td><td>8:15 | 9:15</td></tr></table></body></html>"
    )
    blocks = [
        "- Neue Fähre für den Hafen",
        "| Fahrplan | |",
        "| Linie | Abfahrt |",
        "| F1 | 8:15 \\| 9:15 |",
        "|---|---|",
    ]
    elements = block_elements(tree, blocks)
    assert {block: element.tag for block, element in elements.items()} == {
        "- Neue Fähre für den Hafen": "li",
        "| Fahrplan | |": "caption",
        "| Linie | Abfahrt |": "tr",
        "| F1 | 8:15 \\| 9:15 |": "tr",
    }


def test_an_item_keeps_the_element_that_holds_its_text_with_the_mark() -> None:
    # A paragraph that opens with a dash (a quotation) is found by the first walk: its
    # mapping stays, and an item whose text differs from the block maps to nothing.
    tree = load_html(
        "<html><body><p>- Wir fahren weiter, sagte der Kapitän.</p>"
        "<ul><li>Wir fahren weiter, sagte der Kapitän.</li><li>Fähre und Bus</li></ul>"
        "</body></html>"
    )
    blocks = ["- Wir fahren weiter, sagte der Kapitän.", "- Fähre, Bus"]
    elements = block_elements(tree, blocks)
    assert {block: element.tag for block, element in elements.items()} == {
        "- Wir fahren weiter, sagte der Kapitän.": "p"
    }


ORIGIN = "Ein trockener Rotwein aus Kalifornien mit Noten von Kirsche, Pflaume und etwas Vanille."


def test_a_repeated_item_maps_to_its_copy_after_the_block_before_it() -> None:
    # "USA" is an entry of the shop's country menu and the wine's origin under its paragraph.
    tree = load_html(
        "<html><body><ul class='countries'><li>Frankreich</li><li>USA</li></ul>"
        f"<div><p>{ORIGIN}</p><ul class='facts'><li>trocken</li><li>USA</li></ul></div>"
        "</body></html>"
    )
    elements = block_elements(tree, [ORIGIN, "- trocken", "- USA"])
    assert elements["- USA"].getparent().get("class") == "facts"


def test_a_repeated_item_first_in_the_text_maps_to_the_first_copy() -> None:
    # Nothing before it in the text to order it by: the page's first copy, as for any block.
    tree = load_html(
        "<html><body><ul class='countries'><li>USA</li></ul>"
        f"<div><p>{ORIGIN}</p><ul class='facts'><li>USA</li></ul></div></body></html>"
    )
    elements = block_elements(tree, ["- USA", ORIGIN])
    assert elements["- USA"].getparent().get("class") == "countries"
