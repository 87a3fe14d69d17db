"""Unit tests of the text pipeline's components: consensus, markup signals, structure, lead,
paywall, the multilingual marker families, and the pipeline on small pages."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Sequence

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import load_html

from pipelines.extract.worker import PageJob, analyze_page
from pipelines.text import consensus, templates
from pipelines.text import page as page_module
from pipelines.text.article import COMPONENTS, TextOptions, _lead, article_text, declared_body
from pipelines.text.cleaning import drop_reasons
from pipelines.text.page import (
    PageSignals,
    article_body,
    article_headline,
    before_more_links,
    body_paragraphs,
    declared_headline,
    flat,
    holds_navigation,
    labels_before,
    read_signals,
    under_author_name,
)
from pipelines.text.paywall import paywall_status, truncated
from pipelines.text.structure import structure_reasons
from pipelines.text.structured import LdJsonText, alnum_key, gather, loose
from tests.support.codepoints import every_code_point_texts

P1 = (
    "The council voted on Tuesday to extend the tram line to the harbour district, ending a "
    "debate that had lasted for more than six years."
)
P2 = (
    "Residents of the district had asked for the extension since the old bus route was cut, "
    "and the vote was greeted with applause in the public gallery."
)
P3 = (
    "Construction is expected to start next spring and to take two years, the mayor said, "
    "adding that the budget had already been approved by the regional government."
)
MISSING = (
    "Opponents argued that the money would be better spent on cycle lanes, but their motion "
    "was defeated by a clear majority of the councillors present at the meeting."
)


# --- consensus -------------------------------------------------------------------------------


def test_align_matches_paragraphs_by_token_runs() -> None:
    primary = [P1, P2, P3]
    second = [P1, MISSING, P2.upper(), P3[:80]]
    assert consensus.align(primary, second) == [0, -1, 1, 2]


def test_align_repeated_paragraph_belongs_to_its_first_place() -> None:
    # The runs of a block both texts hold are built once and shared: a paragraph the primary
    # text repeats (a pull quote set again further down) still maps to its first place, and
    # a block of the second text that is a primary paragraph as it is maps to that paragraph.
    primary = [P1, P2, P1, P3]
    assert consensus.align(primary, [P2, P1, P3, MISSING]) == [1, 0, 3, -1]
    assert consensus.align(primary, [P1.lower(), P3[:80]]) == [0, 3]


def test_insertion_between_aligned_paragraphs_only() -> None:
    primary = [P1, P2, P3]
    found = consensus.insertions(primary, ["Menu item one of the page", P1, MISSING, P2, P3])
    assert found == [consensus.Insertion(0, MISSING)]
    assert consensus.apply_insertions(primary, found) == [P1, MISSING, P2, P3]


def test_no_insertion_around_the_article() -> None:
    # Before the first and after the last aligned paragraph is the page's furniture (only the
    # block directly above the first paragraph may be its standfirst).
    assert consensus.insertions([P1, P2], [MISSING, "Menu", P1, P2, MISSING]) == []


def test_a_standfirst_right_before_the_first_paragraph_is_inserted() -> None:
    # The lead that the page sets in its header with the headline, which trafilatura skips.
    found = consensus.insertions([P1, P2], ["Menu", MISSING, P1, P2])
    assert found == [consensus.Insertion(-1, MISSING)]
    assert consensus.apply_insertions([P1, P2], found) == [MISSING, P1, P2]
    # Not a link (a teaser), not prose without a sentence's end, not above a later paragraph.
    assert consensus.insertions([P1, P2], [MISSING, P1, P2], links={MISSING}) == []
    assert consensus.insertions([P1, P2], [MISSING.rstrip("."), P1, P2]) == []
    assert consensus.insertions([P1, P2], [MISSING, P2]) == []


def test_a_short_sentence_right_before_the_first_paragraph_is_inserted() -> None:
    note = "This post originally appeared on Grist."
    found = consensus.insertions([P1, P2], ["Menu", note, P1, P2])
    assert found == [consensus.Insertion(-1, note)]
    assert consensus.apply_insertions([P1, P2], found) == [note, P1, P2]
    # Not a label or a name, not a link, not above a gap, not above a later paragraph.
    assert consensus.insertions([P1, P2], ["Jane Doe.", P1, P2]) == []
    assert consensus.insertions([P1, P2], [note, P1, P2], links={note}) == []
    assert consensus.insertions([P1, P2], [note, "Photo", P1, P2]) == []
    assert consensus.insertions([P1, P2], [note, P2]) == []
    # A header that quotes a later paragraph (a teaser of the story's own text) above the note
    # does not hide the note.
    teaser = "Residents of the district had asked for the extension since the old bus route"
    assert consensus.insertions([P1, P2], [teaser, "Jane Doe", note, P1, P2]) == [
        consensus.Insertion(-1, note)
    ]


def test_no_insertion_of_short_blocks_links_or_gaps_with_labels() -> None:
    short = "Photo: the new tram at the depot."
    assert consensus.insertions([P1, P2], [P1, short, P2]) == []
    assert consensus.insertions([P1, P2], [P1, MISSING, P2], links={MISSING}) == []
    # After a label, the rest of the gap is furniture (a teaser box between paragraphs).
    assert consensus.insertions([P1, P2], [P1, "Related", MISSING, P2]) == []


def test_prose_before_an_embed_in_the_gap_is_inserted_what_follows_it_is_not() -> None:
    embed = "See this post on Instagram"
    second = [P1, MISSING, embed, MISSING.upper(), P2]
    assert consensus.insertions([P1, P2], second) == [consensus.Insertion(0, MISSING)]


def test_no_insertion_when_neighbours_are_out_of_order() -> None:
    assert consensus.insertions([P1, P2], [P2, MISSING, P1]) == []
    # The same paragraph found again further down (a box an endless page repeats under each
    # article) closes no gap.
    assert consensus.insertions([P1, P2], [P1, P2, MISSING, P2]) == []


def test_second_opinion_reads_main_content() -> None:
    html = f"<html><body><nav><a href='/'>Home</a></nav><article><p>{P1}</p><p>{P2}</p>"
    html += "</article></body></html>"
    blocks = consensus.second_opinion(html)
    assert P1 in blocks and P2 in blocks


# --- markup signals and structure ------------------------------------------------------------

PAGE = f"""<html><head><meta name="description" content="{P2[:60]}"></head><body>
<nav><a href="/a">Sport news of the week in one place</a></nav>
<main><article><header><h1>Tram line extended</h1>
<p class="article__lead">A standfirst that sums up the story in one sentence for readers.</p>
<p class="byline">By Jane Doe</p></header>
<p>{P1}</p><figure><img src="x.jpg"><figcaption>The tram depot at night.</figcaption></figure>
<p>{P2}</p><p>{P3}</p>
<div class="paywall-box">Subscribe</div>
<script type="application/ld+json">{{"isAccessibleForFree": false}}</script>
</article></main></body></html>"""


def test_read_signals() -> None:
    signals = read_signals(load_html(PAGE), P2[:60])
    assert "Sport news of the week in one place" in signals.links
    assert "The tram depot at night." in signals.captions
    assert "By Jane Doe" in signals.bylines
    assert signals.lead_by_class == (
        "A standfirst that sums up the story in one sentence for readers."
    )
    assert signals.lead_by_description == P2
    assert signals.wall_markup is True
    assert signals.accessible_for_free is False


def test_read_signals_takes_the_json_ld_texts_gathered_with_the_page_facts() -> None:
    page = (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Budget agreed", "isAccessibleForFree": false}'
        "</script><script type='application/LD+JSON'>{\"isAccessibleForFree\": true}</script>"
        "<script type='text/javascript'>var headline = 'Other';</script>"
        "<script type='application/ld+json'></script></head>"
        "<body><h1>Budget agreed</h1><p>The council agreed the budget.</p></body></html>"
    )
    tree = load_html(page)
    texts = gather(tree, "https://example.com/budget").ld_json_texts
    # What the signals' own XPath reads: the one script typed exactly so and not empty.
    assert texts == list(page_module._JSONLD_XP(tree))
    assert len(texts) == 1 and '"headline"' in texts[0]
    given = read_signals(tree, None, None, texts)
    assert given == read_signals(tree, None, None)
    assert given.accessible_for_free is False
    # The texts given are the ones read: none given, no declaration.
    assert read_signals(tree, None, None, []).accessible_for_free is None


def test_the_json_ld_texts_gathered_are_every_text_node_of_a_script_with_children() -> None:
    # A parser that builds elements inside a script (XHTML read as XML) splits its text: each
    # node is one text, as the XPath reads them.
    tree = load_html(
        "<html><head><script type='application/ld+json'>{\"a\": 1}</script></head>"
        "<body><p>x</p></body></html>"
    )
    assert tree is not None
    script = tree.find(".//script")
    assert script is not None
    child = etree.SubElement(script, "span")
    child.tail = '{"b": 2}'
    texts = gather(tree, "https://example.com/").ld_json_texts
    assert texts == ['{"a": 1}', '{"b": 2}'] == list(page_module._JSONLD_XP(tree))
    # Each its readings (structured.LdJsonText), not lxml's string that holds the whole page.
    assert all(type(text) is LdJsonText for text in texts)


def test_read_signals_reads_captions_alt_texts_and_headlines_in_one_walk() -> None:
    page = (
        "<html><body><h1>First <span>headline</span></h1>"
        "<figure><img alt='A tram at the depot at night' src='a.jpg'><img alt='Logo'>"
        "<figcaption>The depot <img alt='an icon inside the caption text'> at night.</figcaption>"
        "</figure><h1>Second, headline!</h1><figcaption>  </figcaption></body></html>"
    )
    signals = read_signals(load_html(page), None)
    assert signals.captions == {"The depot at night."}
    assert signals.alts == {"A tram at the depot at night", "an icon inside the caption text"}
    assert signals.headlines == {"firstheadline", "secondheadline"}


def test_read_signals_reads_the_same_with_the_class_kinds_kept() -> None:
    page_module._CLASS_KINDS.clear()
    first = read_signals(load_html(PAGE), P2[:60])
    kept = dict(page_module._CLASS_KINDS)
    assert kept and all(type(classes) is str for classes in kept)
    assert kept["paywall-box"] == "wall"
    again = read_signals(load_html(PAGE), P2[:60])
    assert again == first
    assert kept == page_module._CLASS_KINDS


def test_the_class_kinds_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "_CLASS_KINDS_MAX", 3)
    page_module._CLASS_KINDS.clear()
    read_signals(load_html(PAGE), P2[:60])
    assert 0 < len(page_module._CLASS_KINDS) <= 3


def test_rendered_description_found_across_line_breaks_and_not_by_its_words_alone() -> None:
    description = "The council agreed the budget for next year after a debate of six hours."
    # The page breaks and indents the same text: normalized, it holds the description.
    shown = "The council agreed\n      the budget for next\tyear after a debate of six hours."
    html = f"<html><body><article><h1>Budget</h1><p>{shown}</p></article></body></html>"
    assert read_signals(load_html(html), description).lead_by_description == description
    # Every word of the description's opening, in another order: no rendering of it.
    other = "The budget for next year: the council agreed after a debate of six hours."
    html = f"<html><body><article><h1>Budget</h1><p>{other}</p></article></body></html>"
    assert read_signals(load_html(html), description).lead_by_description is None


def test_description_in_a_span_beside_the_byline_is_the_lead() -> None:
    # The standfirst in a <span>, its <div> also holding the byline: the <div> is no lead, the
    # <span> that renders the whole description is (a page without class names).
    lead = "The council agreed the budget for next year after a debate of six hours."
    box = f"<div><span>{lead}</span><div><a href='/a/jane'>Jane Doe</a> 3 May 2025</div>"
    html = f"<html><body><article><h2>Budget</h2>{box}<p>{'Body text. ' * 200}</p></div>"
    signals = read_signals(load_html(html + "</article></body></html>"), lead)
    assert signals.lead_by_description == lead
    # A bold opening of a paragraph that renders more than the description is not the lead:
    # the paragraph is, the dateline before it and all.
    para = f"<p><span>Berlin.</span> <span>{lead}</span> More words of the lead here.</p>"
    html = f"<html><body><article><h1>Budget</h1>{para}</article></body></html>"
    found = read_signals(load_html(html), lead).lead_by_description
    assert found == f"Berlin. {lead} More words of the lead here."
    # A span that holds only the description's opening is not it.
    half = f"<div><span>{lead[:64]}</span> and more<div>{'Byline and box. ' * 90}</div></div>"
    html = f"<html><body><article><h1>Budget</h1>{half}</article></body></html>"
    assert read_signals(load_html(html), lead).lead_by_description is None


def test_a_pictures_caption_in_a_box_of_their_own_is_no_lead() -> None:
    # A <figure> and its <figcaption> written as <div>s: the caption repeats the description's
    # opening, with the picture's credit beside it.
    lead = "The council agreed the budget for next year after a debate of six hours."
    caption = f"<div><span>{lead}</span><span>Photo: Jane Doe</span></div>"
    figure = f"<div><div><img src='/a.jpg'></div>{caption}</div>"
    html = f"<html><body><article><h1>Budget</h1>{figure}<p>{'Body text. ' * 200}</p>"
    signals = read_signals(load_html(html + "</article></body></html>"), lead)
    assert signals.lead_by_description is None
    # The same block after a picture in a box with more in it (the article's header): a lead.
    header = f"<div><div><img src='/a.jpg'></div><div>{lead}</div><p>Jane Doe, 3 May</p></div>"
    html = f"<html><body><article><h1>Budget</h1>{header}<p>{'Body text. ' * 200}</p>"
    signals = read_signals(load_html(html + "</article></body></html>"), lead)
    assert signals.lead_by_description == lead


def test_description_inside_an_author_box_is_no_lead() -> None:
    bio = "Jane Doe writes about transport and cities for the paper since 2010."
    html = f"<html><body><article><div class='author-box'><p>{bio}</p></div></article></body>"
    assert read_signals(load_html(html + "</html>"), bio).lead_by_description is None


def test_structure_drops_caption_byline_and_labelled_linked_headline() -> None:
    signals = read_signals(load_html(PAGE), None)
    teaser = "Sport news of the week in one place"
    blocks = [P1, "The tram depot at night.", "By Jane Doe", P2, "Mehr dazu", teaser, P3]
    assert structure_reasons(blocks, signals) == [
        None,
        "caption",
        "byline",
        None,
        "linked_teaser",
        "linked_teaser",
        None,
    ]


@pytest.mark.parametrize("label", ["Nicht verpassen!", "Don't miss this!", "Mehr dazu"])
def test_structure_drops_a_linked_headline_under_a_short_call(label: str) -> None:
    # A call of a few words, with or without its exclamation mark, over a linked line.
    signals = read_signals(load_html(PAGE), None)
    teaser = "Click here: all the news of the region in one place - every day"
    signals.links.add(teaser)
    blocks = [P1, P2, label, teaser, P3]
    assert structure_reasons(blocks, signals)[2:4] == ["linked_teaser", "linked_teaser"]


@pytest.mark.parametrize(
    "pointer",
    [
        "[ Storm floods the harbour road again ]",
        "[Storm floods the harbour road again]",
        "» Storm floods the harbour road again",
    ],
)
def test_structure_drops_a_bracketed_linked_headline_between_paragraphs(pointer: str) -> None:
    signals = read_signals(load_html(PAGE), None)
    signals.links.add("Storm floods the harbour road again")
    blocks = [P1, pointer, P2, P3]
    assert structure_reasons(blocks, signals)[1] == "linked_teaser"


@pytest.mark.parametrize(
    ("block", "link"),
    [
        # the article's own subheading set as a link, no brackets: it stays
        ("Storm floods the harbour road again", "Storm floods the harbour road again"),
        # a short bracketed link names no story
        ("[Video]", "Video"),
        ("[ see the report ]", "see the report"),
        # bracketed, but no link's text: the article's own aside or a quote's gloss
        ("[ The harbour master did not answer our questions ]", "The harbour master"),
    ],
)
def test_structure_keeps_links_and_brackets_that_point_nowhere(block: str, link: str) -> None:
    # Negative of the above.
    signals = read_signals(load_html(PAGE), None)
    signals.links.add(link)
    assert structure_reasons([P1, block, P2, P3], signals) == [None] * 4


def test_structure_keeps_a_short_exclamation_over_prose() -> None:
    # Negative of the above: the line under it is no link.
    signals = read_signals(load_html(PAGE), None)
    blocks = [P1, "What a day!", P2, P3]
    assert structure_reasons(blocks, signals) == [None] * 4


@pytest.mark.parametrize(
    "credit",
    [
        "Jane Doe. Updated November 3rd, 2023",
        "Jane Doe | 3. Mai 2024, 10:12 Uhr",
        # The name's social handle before the day, with or without a separator.
        "Jane Doe (@janedoe) 2 hours ago Mon 4th May 2020 | 09:15 AM",
        "Jane Doe (@jane_doe) | 4 May 2020",
    ],
)
def test_structure_drops_the_bylines_dated_line_over_the_body(credit: str) -> None:
    signals = read_signals(load_html(PAGE), None)
    assert structure_reasons([credit, P1, P2], signals, "Jane Doe")[0] == "byline"
    # Negative: under the first paragraph, or as a sentence, it is the story's.
    assert structure_reasons([P1, credit, P2], signals, "Jane Doe")[1] is None
    sentence = "Jane Doe, 45, won the harbour race again."
    assert structure_reasons([sentence, P1, P2], signals, "Jane Doe")[0] is None


def test_structure_keeps_a_handle_line_without_the_day_over_the_body() -> None:
    # The name and handle over the story's words, no day: a line the story quotes, not a byline.
    signals = read_signals(load_html(PAGE), None)
    line = "Jane Doe (@janedoe) on the harbour: the quay must be rebuilt"
    assert structure_reasons([line, P1, P2], signals, "Jane Doe")[0] is None


def test_structure_keeps_a_single_link_after_the_body_and_short_links() -> None:
    signals = read_signals(load_html(PAGE), None)
    signals.links.update({"Register for the event here now", "Wakebeach 257"})
    blocks = [P1, P2, "Anfahrt:", "Wakebeach 257", "Register for the event here now"]
    assert structure_reasons(blocks, signals) == [None] * 5


def test_structure_drops_a_list_of_linked_headlines_after_the_body() -> None:
    signals = read_signals(load_html(PAGE), None)
    teasers = ["Five things to know about the budget", "The mayor answers your questions"]
    signals.links.update(teasers)
    assert structure_reasons([P1, P2, *teasers], signals) == [
        None,
        None,
        "linked_teaser",
        "linked_teaser",
    ]


def test_structure_reads_teaser_cards_blurbs_as_past_the_body() -> None:
    signals = read_signals(load_html(PAGE), None)
    teasers = ["Five things to know about the budget", "The mayor answers your questions"]
    signals.links.update(teasers)
    # Job offers' cards after the related headlines, each blurb of a paragraph's length.
    blurbs = [
        "A research fellow position in the harbour laboratory, funded for three years, open to "
        "candidates with a doctorate in marine biology or a related field.",
        "The port authority is hiring an engineer to lead the renewal of the old docks' quays, "
        "with a team of six and a budget agreed with the council for the next five years.",
    ]
    blocks = [P1, P2, *teasers, *blurbs]
    # Without them read as cards, the blurbs are the body's end and the headlines sit in it.
    assert structure_reasons(blocks, signals)[2:4] == [None, None]
    reasons = structure_reasons(blocks, signals, teaser_blurbs=set(blurbs))
    assert reasons[:4] == [None, None, "linked_teaser", "linked_teaser"]
    # A blurb that is not among the cards' keeps the body going past the headlines.
    reasons = structure_reasons(blocks, signals, teaser_blurbs={blurbs[0]})
    assert reasons[2:4] == [None, None]


def test_structure_drops_the_pages_headline_before_the_body_only() -> None:
    html = (
        "<html><body><article><h1><span>Transport</span>Tram line reaches the harbour</h1>"
        f"<p>{P1}</p><h2>Tram line reaches the harbour</h2><p>{P2}</p></article></body></html>"
    )
    signals = read_signals(load_html(html), None)
    # The kicker's span reads without a space in the <h1>; the extracted line has one.
    blocks = ["Transport Tram line reaches the harbour", P1, "Tram line reaches the harbour", P2]
    assert structure_reasons(blocks, signals) == ["headline", None, None, None]
    # A heading inside the body that repeats the headline's words stays.
    assert structure_reasons(blocks[1:], signals) == [None, None, None]


# --- paywall ---------------------------------------------------------------------------------


def test_paywall_from_jsonld_wall_text_or_markup_with_cut_ending() -> None:
    kwargs = {"accessible_for_free": None, "wall_lines": 0, "wall_markup": False}
    assert paywall_status(**kwargs, text=P1).paywalled is False  # type: ignore[arg-type]
    jsonld = paywall_status(**{**kwargs, "accessible_for_free": False}, text=P1)  # type: ignore[arg-type]
    assert jsonld.reasons == ("jsonld",)
    assert paywall_status(**{**kwargs, "wall_lines": 1}, text=P1).reasons == ("wall_text",)  # type: ignore[arg-type]
    markup = {**kwargs, "wall_markup": True}
    assert paywall_status(**markup, text=P1).paywalled is False  # type: ignore[arg-type]
    assert paywall_status(**markup, text=P2[:-1] + " but the mayor said that the").reasons == (  # type: ignore[arg-type]
        "markup_truncated",
    )


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (P1, False),
        ("He said it was …", True),
        ("and then the", False),
        (P1[:-1] + " and the council will vote again on the budget next week in the", True),
        ("mit dpa", False),
        ("“Yes.”", False),
    ],
)
def test_truncated(text: str, cut: bool) -> None:
    assert truncated(text) is cut


# --- marker families in eight languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Lea también: El Gobierno aprueba el presupuesto", "teaser"),
        ("VEA TAMBIÉN", "teaser"),
        ("Zum Weiterlesen:", "teaser"),
        ("Weitere Informationen hierzu", "teaser"),
        ("Leggi anche: la nuova linea del tram", "teaser"),
        ("Leia também: Câmara aprova orçamento", "teaser"),
        ("Lees ook: Gemeente breidt tramlijn uit", "teaser"),
        ("Czytaj także: Rada miasta przedłuża linię", "teaser"),
        ("Keine Kommentare", "comments"),
        ("Deja un comentario", "comments"),
        ("Lascia un commento", "comments"),
        ("Laat een reactie achter", "comments"),
        ("Brak komentarzy", "comments"),
        ("Komentarze (12)", "comments"),
        ("Du musst dich EINLOGGEN um einen Kommentar abzugeben.", "comments"),
        ("You must be logged in to post a comment.", "comments"),
        ("Vous devez vous connecter pour publier un commentaire.", "comments"),
        ("Debes iniciar sesión para publicar un comentario.", "comments"),
        ("Devi essere loggato per inviare un commento.", "comments"),
        ("Você precisa fazer login para publicar um comentário.", "comments"),
        ("Je moet ingelogd zijn om een reactie te plaatsen.", "comments"),
        ("Musisz być zalogowany, aby dodać komentarz.", "comments"),
        ("Ähnliche Artikel", "teaser"),
        ("Advertisement 1Story continues below", "ad"),
        ("Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr", "source"),
        ("Copyright: Project Syndicate, 2025", "credit"),
        (
            "Reviews and recommendations are unbiased and products are independently selected."
            " Example Media may earn an affiliate commission from purchases made through links.",
            "affiliate",
        ),
        ("Wenn Sie über diese Links kaufen, erhalten wir eine Provision.", "affiliate"),
        ("*Affiliate-Links: Für Käufe über diese Links erhalten wir Geld.", "affiliate"),
        ("Si compras a través de estos enlaces, podemos recibir una comisión.", "affiliate"),
        ("Als je via deze links koopt, ontvangen we mogelijk een kleine commissie.", "affiliate"),
        ("Aus dem Englischen von Jan Doolan", "credit"),
        ("Traduit de l'anglais par Marie Dupont", "credit"),
        ("Log in or create an account to continue", "paywall"),
        ("Enjoying our latest content?", "support"),
        (
            "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
            "support",
        ),
        ("Wir sind spendenfinanziert.", "support"),
        ("Support independent journalism: become a member today.", "support"),
        ("Soutenez notre journalisme indépendant", "support"),
        ("¿Te ha gustado este artículo? Hazte socio.", "support"),
        ("Wesprzyj niezależne dziennikarstwo", "support"),
        ("Articoli simili:", "teaser"),
        ("Podobne artykuły", "teaser"),
        ("To view the full story, please subscribe", "paywall"),
        ("Pour accéder en illimité à nos articles, abonnez-vous", "paywall"),
        ("Zapraszamy też do subskrypcji", "paywall"),
        ("Dieser Artikel ist exklusiv für Abonnenten", "paywall"),
        ("Este contenido es exclusivo para suscriptores", "paywall"),
        ("Questo articolo è riservato agli abbonati", "paywall"),
        ("Este conteúdo é exclusivo para assinantes", "paywall"),
        ("Dit artikel is alleen voor abonnees", "paywall"),
        ("Iscriviti alla nostra newsletter", "newsletter"),
        ("Schrijf je in voor onze nieuwsbrief", "newsletter"),
        ("Zapisz się do newslettera", "newsletter"),
        ("Nachdruck nur mit Genehmigung der Redaktion", "copyright"),
        ("Riproduzione riservata", "copyright"),
        ("Todos los derechos reservados", "copyright"),
        ("Wszelkie prawa zastrzeżone", "copyright"),
        ("Toute reproduction est interdite sans autorisation", "copyright"),
        ("Foto: Juan Pérez / EFE", "credit"),
        ("Zdjęcie: PAP", "credit"),
        ("Publicidad", "ad"),
        ("Pubblicità", "ad"),
        ("Condividi", "share"),
        ("More from The Nation", "teaser"),
        ("Mehr von der Redaktion", "teaser"),
        ("Bild: Keystone", "credit"),
        ("Be the first to comment", "comments"),
        ("Soyez le premier à commenter !", "comments"),
        ("Wees de eerste om te reageren", "comments"),
        ("Bądź pierwszy, który skomentuje", "comments"),
        ("Skomentuj", "comments"),
        ("Deel dit artikel", "share"),
        ("Udostępnij artykuł", "share"),
        ("Listen to this article", "widget"),
        ("Artikel anhören (3:12)", "widget"),
        ("Ascolta questo articolo", "widget"),
        ("Zur Merkliste hinzufügen", "widget"),
        ("Guardar artículo", "widget"),
        ("Was this article helpful?", "widget"),
        ("Cet article vous a-t-il été utile ?", "widget"),
        ("Czy ten artykuł był pomocny?", "widget"),
        ("Fehler gefunden?", "widget"),
        ("Segnala un errore", "widget"),
        (
            "Follow Example.co.uk on Twitter and Facebook for the latest news updates. You can"
            " now also get our articles sent straight to your device.",
            "share",
        ),
        ("Published 12:30 BST, 12 May 2024 | Updated 13:00 BST, 12 May 2024", "dateline"),
        ("Publié le 12 mai 2024 à 10h30, modifié le 12 mai 2024 à 11h00", "dateline"),
        ("Actualizado: 12/05/2024 10:30", "dateline"),
        ("Pubblicato il 12 maggio 2024 alle 10:30", "dateline"),
        ("Atualizado em 12/05/2024 10h30", "dateline"),
        ("Opublikowano: 12.05.2024, 10:30", "dateline"),
        ("Updated on Monday, May 12, 2024 at 10:30 a.m. ET", "dateline"),
        ("Du befindest dich hier: Home » Gesellschaft » „Unermüdlicher Einsatz“", "navigation"),
        ("You are here: Home / News / Politics", "navigation"),
        ("Jesteś tutaj:", "navigation"),
        ("Dit vind je misschien ook interessant", "teaser"),
        ("Altre notizie", "teaser"),
        ("Więcej wiadomości", "teaser"),
        ("Voltar ao topo", "navigation"),
        ("Powrót na górę", "navigation"),
        ("1 / 12", "gallery"),
        ("Bild 3 von 12", "gallery"),
        ("Foto 2 de 8", "gallery"),
        ("Get local news delivered to your inbox!", "newsletter"),
        ("Get a weekly roundup in your inbox instead.", "newsletter"),
        ("CLICK HERE TO GET THE FOX NEWS APP", "app"),
        ("Themenseiten zu diesem Artikel:", "tags"),
        ("Topics in this article", "tags"),
        ("View More ▸", "navigation"),
        ("Voir plus", "navigation"),
        ("Permalink: https://example.org/-gxh-9pi7o", "navigation"),
        ("Ein Fehler ist aufgetreten. Bitte überprüfen Sie Ihre Eingaben.", "form"),
        ("Something went wrong. Please try again later.", "form"),
        ("Diskutieren Sie mit dem Autor - auf Twitter oder auf Instagram!", "comments"),
        ("Join the discussion in the comments below.", "comments"),
        ("Dołącz do dyskusji", "comments"),
        ("Want to join the conversation? Please or to comment on this article.", "comments"),
        ("Loading playlists...", "embed"),
        ("Sign in to add this to Watch Later", "embed"),
        ("Wird geladen…", "embed"),
        ("We need your help to stay independent", "support"),
        ("Wir brauchen Ihre Unterstützung.", "support"),
        ("Follow our full coverage of the coronavirus pandemic here.", "contact"),
        ("Nous suivre:", "share"),
        ("Werbehinweis für Links mit Sternchen (*):", "affiliate"),
        ("Report this page", "widget"),
        ("Text: Peter Walker Fotos: Diverse", "credit"),
        ("Newer Posts", "prev_next"),
        ("Ältere Beiträge", "prev_next"),
        ("Posts (Atom)", "prev_next"),
        ("Images may be subject to copyright.", "copyright"),
        ("Veröffentlicht: | aktualisiert:", "dateline"),
        ("Updated: 9.45pm", "dateline"),
        ("Apr 02, 2020, 04:11 AM IST", "dateline"),
        ("05/12/2020 - 15:10", "dateline"),
        ("Watch QueueQueue", "embed"),
        ("The next video is starting", "embed"),
        ("Thanks. Twitter will use this to make your timeline better. UndoUndo", "embed"),
        ("i più visti della sezione", "teaser"),
        ("Meistgelesen in der Rubrik", "teaser"),
        ("- Inicie sesión o regístrese para comentar", "comments"),
        ("Log in or register to post comments", "comments"),
        ("- 4433 lecturas", "widget"),
        ("1.204 Aufrufe", "widget"),
        (
            "©Jane Doe | Alle Bilder und Inhalte sind urheberrechtlich geschützt. Bitte verwende"
            " meine Bilder nicht ohne vorherige Genehmigung, auch nicht in Auszügen.",
            "copyright",
        ),
        ("Subscribed to The Week? Register your account with the same email.", "paywall"),
        ("有料会員になると会員限定の有料記事もお読みいただけます。", "paywall"),
        ("With reports from Reforma and El Economista", "sourcing"),
        ("- With files from The Canadian Press", "sourcing"),
        ("Mit Material von dpa und AFP", "sourcing"),
        ("Mit Agenturmaterial.", "sourcing"),
        ("Con información de EFE.", "sourcing"),
        ("(Avec AFP)", "sourcing"),
        ("Com informações da Agência Brasil", "sourcing"),
        ("mit dpa", "sourcing"),
        ("(With AP and Reuters)", "sourcing"),
        ("con EFE y Reuters.", "sourcing"),
        ("(mit Agenturen)", "sourcing"),
    ],
)
def test_marker_families(line: str, family: str) -> None:
    reasons = dict(drop_reasons(f"{P1}\n{line}\n{P2}"))
    assert reasons[line] == family
    assert reasons[P1] is None and reasons[P2] is None


@pytest.mark.parametrize(
    "line",
    [
        "Relacionado con esto, el ministro anunció nuevas ayudas para los agricultores.",
        "Weitere Informationen gab die Polizei am Abend nicht bekannt, sagte der Sprecher.",
        "Reproduction of the painting was forbidden for decades, the museum's director said.",
        "Komentarze polityków były w tej sprawie bardzo podzielone, jak zwykle w kampanii.",
        "More from the minister's speech was published by the agency on Tuesday evening.",
        "Follow the money on Twitter and you find the same three donors behind every account.",
        "Ähnliche Artikel hatte die Zeitung schon im Frühjahr veröffentlicht, ohne Folgen.",
        "Musisz być zalogowany w banku, żeby zobaczyć historię, powiedział rzecznik firmy.",
        "Support for the measure fell to 40 percent in the latest poll of registered voters.",
        "The agency's commission will meet again in May to decide on the new rail timetable.",
        "Unterstützen Sie uns nicht, sagte der Bürgermeister, dann scheitert das Projekt.",
        "Be the first to comment on the plan, the mayor told the council on Monday.",
        "Listen to this article and to the debate that followed it in the city council.",
        "Fehler gefunden hat die Prüfstelle in drei der zwölf Anlagen, sagte die Sprecherin.",
        "Published in 2024, the report counts 12 cases in the city and 40 in the region.",
        "Updated: the council voted 5 to 4 on Tuesday evening after a long debate.",
        "12 of 40 members voted for the plan",
        "Altre notizie dal mondo arrivano ogni giorno in redazione, disse il direttore.",
        "Sie sind hier, weil der Rat es so beschlossen hat: sagte der Bürgermeister.",
        "Scammers get into your inbox with messages that look like a bank's, the police said.",
        "An error occurred in the count of the postal votes, the electoral commission found.",
        "Join the conversation about the budget at the town hall on Friday.",
        "Click here to get the app is the message every visitor saw, the study found.",
        "We need your help to understand why the council cut the budget, the residents wrote.",
        "Loading the ships took three days, the harbour master said on Monday evening.",
        "Read our coverage policy: we name no minors.",
        "Older posts on the forum show that the plan was known for years, the lawyer said.",
        "4433 views in one night were more than the site had in the whole of 2019.",
        "Updated: the council voted 5 to 4 at 9.45pm after a long debate.",
        "News from the section on climate reached 2 million readers, the editor said.",
        "Subscribed to the idea? Register your interest at the town hall, the mayor said.",
        "With reports from the front lines, the journalist told of hunger in the city.",
        # Credits to the paper's own reporters stay (the realpages annotations keep them).
        "Additional reporting by Jane Doe; Editing by John Smith",
        "Con información de la policía, los vecinos buscaron al niño durante horas.",
        "Mit Material von früher hat er das Haus gebaut, sagte der Architekt am Montag.",
        "Avec le temps, tout s'en va, chantait Léo Ferré à la radio.",
        "Mit Freunden",
        "With Apple",
        "新聞社の有料会員は昨年より一割減少した。",
    ],
)
def test_marker_families_leave_prose(line: str) -> None:
    assert dict(drop_reasons(f"{P1}\n{line}\n{P2}"))[line] is None


# --- the pipeline ----------------------------------------------------------------------------


def test_article_text_keeps_lead_drops_caption_and_flags_paywall() -> None:
    result = article_text(PAGE, "https://example.org/tram")
    assert result is not None
    lines = result.text.splitlines()
    assert lines[0] == "A standfirst that sums up the story in one sentence for readers."
    assert P1 in lines and P3 in lines
    assert "The tram depot at night." not in result.text
    assert result.paywalled and "jsonld" in result.paywall_reasons
    # The headline over the body is the page's <h1>: markup drops it before cleaning would.
    assert ("structure", "headline", False) in {
        (d.stage, d.reason, d.kept) for d in result.decisions
    }
    no_structure = TextOptions(disabled=frozenset({"structure"}))
    plain = article_text(PAGE, "https://example.org/tram", options=no_structure)
    assert plain is not None
    assert ("cleaning", "title", False) in {(d.stage, d.reason, d.kept) for d in plain.decisions}
    assert set(result.seconds) >= {"parse", "extract", "signals", "cleaning"}


def test_lead_is_added_only_when_missing_and_not_the_headline() -> None:
    signals = PageSignals(lead_by_description=MISSING, lead_by_class="Another standfirst here")
    assert _lead(signals, f"{P1}\n{P2}", "Tram line extended") == MISSING
    assert _lead(signals, f"{MISSING}\n{P1}", None) == "Another standfirst here"
    headline = PageSignals(lead_by_description="Tram line extended!")
    assert _lead(headline, P1, "Tram line extended") is None
    # A newsletter pitch in the description (or the box classed as the lead) is no lead.
    pitch = "Get all the stories you need to know delivered every morning to your inbox"
    counts: Counter[str] = Counter()
    assert _lead(PageSignals(lead_by_description=pitch), P1, None, counts) is None
    assert counts == {"text/lead/boilerplate": 1}


@pytest.mark.parametrize(
    "line",
    [
        "24 aprilie 2020, 21:22 | Actualitate",
        "Published Friday 24 April 2020 09:22 PM | Comments",
        "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً",
    ],
)
def test_the_storys_date_line_by_position_is_no_lead(line: str) -> None:
    # A template sets the date line right under the headline, where a standfirst stands: the
    # block by position. It writes the page's publication day and is no sentence.
    counts: Counter[str] = Counter()
    signals = PageSignals(lead_by_position=line)
    assert _lead(signals, f"{P1}\n{P2}", None, counts, day="2020-04-24") is None
    assert counts == {"text/lead/date_line": 1}
    # Another day than the page's, or no day known: the rule has nothing to go by.
    assert _lead(signals, f"{P1}\n{P2}", None, day="2020-04-25") == line
    assert _lead(signals, f"{P1}\n{P2}", None) == line
    # A standfirst that writes the day in a sentence is the lead.
    sentence = "On 24 April 2020 the council agreed the budget after a debate of six hours."
    lead = PageSignals(lead_by_position=sentence)
    assert _lead(lead, f"{P1}\n{P2}", None, day="2020-04-24") == sentence


@pytest.mark.parametrize(
    "line",
    [
        "Publicat vineri, 24 aprilie 2020, ora 21:22, în secțiunea Actualitate",
        "Pubblicato venerdì 24 aprile 2020 alle ore 21:22 nella sezione Cronaca",
        "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً",
    ],
)
def test_article_text_keeps_no_date_line_under_the_headline_as_its_lead(line: str) -> None:
    # The structure rules drop the line as the story's date line; the lead stage, which reads
    # the block after the headline as the standfirst, put it back over the text.
    html = (
        "<html><head><meta property='article:published_time' content='2020-04-24T21:22:00Z'>"
        "</head><body><article><div><h1>Tram line extended to the harbour</h1>"
        f"<div>{line}</div></div><div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "</article></body></html>"
    )
    result = article_text(html, "https://example.com/news/tram-line")
    assert result is not None
    assert line not in result.text
    assert P1 in result.text


def test_article_text_puts_the_standfirst_of_the_headers_box_of_details_over_the_text() -> None:
    # The headline's box, then a box of the header's details: the author's link, the
    # standfirst, the date and the comments' link. trafilatura starts at the body.
    headline = "Council extends the tram line to the harbour"
    standfirst = (
        "The harbour gets its tram line after six years of debate: the council extends the "
        "line to the district and the works start next spring."
    )
    html = (
        f"<html><body><div><div><h1>{headline}</h1></div><div><div><ul><li>"
        "<a href='/authors/anna-berg'>Anna Berg</a></li></ul></div><div>"
        f"<div>{standfirst}</div><div><ul><li>2 May 2025</li>"
        "<a href='#comments'>Comments (79)</a></ul></div></div></div>"
        f"<div><div class='article-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"
        "</div></body></html>"
    )
    result = article_text(html, "https://example.com/news/tram-line", title_hint=headline)
    assert result is not None
    assert result.text.splitlines()[:2] == [standfirst, P1]
    assert "Comments (79)" not in result.text and "Anna Berg" not in result.text


_SHOWN_DESCRIPTION = (
    "The harbour gets its tram line after six years of debate, and the works start next spring."
)


@pytest.mark.parametrize(
    "head",
    [
        # An element only a body holds ends the head for the parser: the meta tag after it is
        # parsed into the body, where trafilatura reads none.
        "<iframe src='https://example.com/frame'></iframe>"
        f"<meta name='description' content='{_SHOWN_DESCRIPTION}'>",
        # The article's JSON-LD alone declares it.
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Council extends the tram line", '
        f'"description": "{_SHOWN_DESCRIPTION}"}}</script>',
    ],
)
def test_article_text_finds_the_rendered_description_trafilatura_did_not_read(head: str) -> None:
    # The standfirst under the lead picture, which ends the lead by position, and left out by
    # trafilatura: only the description it renders tells it.
    html = (
        f"<html><head><title>Council extends the tram line</title>{head}</head><body><article>"
        "<div><h1>Council extends the tram line</h1></div><div><img src='tram.jpg'>"
        "<p>The new tram at the harbour stop (Photo: Anna Berg / City Archive)</p></div>"
        f"<section>{_SHOWN_DESCRIPTION}</section>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>"
    )
    result = article_text(html, "https://example.com/news/tram-line")
    assert result is not None and result.extracted.description is None
    assert result.text.splitlines()[:2] == [_SHOWN_DESCRIPTION, P1]


PULLED_QUOTE = (
    "We have waited for the new tram line through the old town for many years and we will "
    "finally ride it next spring."
)
# The body quotes it again further down, the attribution cut in: most of its runs of tokens.
QUOTED_AGAIN = (
    "We have waited for the new tram line through the old town for many years, one resident "
    "said, and we will finally ride it next spring."
)


def test_a_quote_pulled_for_the_standfirst_is_no_copy_of_it_deep_in_the_body() -> None:
    signals = PageSignals(lead_by_class=PULLED_QUOTE)
    body = f"{P1}\n{P2}\n{P3}\n{MISSING}\n{QUOTED_AGAIN}"
    assert _lead(signals, body, None) == PULLED_QUOTE


def test_a_standfirst_partly_found_in_the_opening_blocks_is_there() -> None:
    signals = PageSignals(lead_by_class=PULLED_QUOTE)
    # The same partial copy in the opening blocks: the first paragraph paraphrases the lead.
    assert _lead(signals, f"Kicker\n{QUOTED_AGAIN}\n{P1}\n{P2}", None) is None
    # A copy in full is there wherever it sits.
    assert _lead(signals, f"{P1}\n{P2}\n{P3}\n{MISSING}\nHe wrote: {PULLED_QUOTE}", None) is None


def test_editors_initials_after_the_last_paragraph_only() -> None:
    for sigla in ("(vyp/kna)", "(pm – gs)", "(red)", "(dpa/jpk)."):
        assert dict(drop_reasons(f"{P1}\n{P2}\n{sigla}"))[sigla] == "sigla"
    # A bracketed word closing a transcript, a count, and initials between paragraphs stay.
    for line in ("(laughs)", "(1/2)"):
        assert dict(drop_reasons(f"{P1}\n{P2}\n{line}"))[line] is None
    assert dict(drop_reasons(f"{P1}\n(red)\n{P2}"))["(red)"] is None


@pytest.mark.parametrize("component", COMPONENTS)
def test_every_component_can_be_switched_off(component: str) -> None:
    result = article_text(
        PAGE, "https://example.org/tram", options=TextOptions(disabled=frozenset({component}))
    )
    assert result is not None and P1 in result.text
    assert component not in result.seconds


def test_article_text_rejects_bytes_and_returns_none_for_empty_pages() -> None:
    with pytest.raises(TypeError):
        article_text(b"<html></html>", "https://example.org/")  # type: ignore[arg-type]
    assert article_text("   ", "https://example.org/") is None


# --- the worker ------------------------------------------------------------------------------


def test_analyze_page_stores_paywalled_and_explains_only_when_asked() -> None:
    quiet = analyze_page(PageJob("https://example.org/tram", PAGE, min_text_chars=0))
    assert quiet.drop is None
    assert quiet.fields["paywalled"] is True
    assert quiet.decisions == []
    assert quiet.seconds["extract"] > 0
    told = analyze_page(PageJob("https://example.org/tram", PAGE, min_text_chars=0, explain=True))
    assert ("result", "kept", True, P1) in told.decisions
    assert any(not kept for _, _, kept, _ in told.decisions)


def test_analyze_page_without_consensus_skips_the_second_opinion() -> None:
    result = analyze_page(PageJob("https://example.org/t", PAGE, min_text_chars=0, consensus=False))
    assert result.drop is None and P1 in result.fields["text"]


def test_analyze_page_redoes_a_doubtful_fast_extraction_unless_fast_is_off() -> None:
    # A text this short is one the fast extraction may have cut: the full one runs again.
    short = (
        "<html><head><title>Tram</title></head><body><article><h1>Tram</h1><p>Die Stadt Rostock"
        " baut eine neue Straßenbahnlinie zum Hafen, wie der Senat mitteilte.</p></article>"
        "</body></html>"
    )
    fast = analyze_page(PageJob("https://example.org/t", short, min_text_chars=0))
    assert fast.counts["text/fast/full_extraction"] == 1
    full = analyze_page(PageJob("https://example.org/t", short, min_text_chars=0, fast=False))
    assert "text/fast/full_extraction" not in full.counts
    assert full.fields["text"] == fast.fields["text"]


@pytest.mark.parametrize(
    ("jsonld", "free", "wall_markup"),
    [
        ('{"@type": "NewsArticle", "isAccessibleForFree": false}', False, False),
        ('{"@type": "NewsArticle", "isAccessibleForFree": "False"}', False, False),
        ('{"@graph": [{"@type": "NewsArticle", "isAccessibleForFree": true}]}', True, False),
        # Only a part walled (an e-mail box): wall markup, not a walled article.
        (
            '{"@type": "NewsArticle", "hasPart": {"@type": "WebPageElement",'
            ' "isAccessibleForFree": false, "cssSelector": ".emailwall"}}',
            None,
            True,
        ),
        ('{"isAccessibleForFree": false', False, False),  # broken JSON: the plain reading
    ],
)
def test_jsonld_accessibility(jsonld: str, free: bool | None, wall_markup: bool) -> None:
    html = f'<html><body><script type="application/ld+json">{jsonld}</script></body></html>'
    signals = read_signals(load_html(html), None)
    assert signals.accessible_for_free is free
    assert signals.wall_markup is wall_markup


def test_shared_share() -> None:
    assert consensus.shared_share(P1, f"{P2}\n{P1}") == 1.0
    assert consensus.shared_share(P1, P2) == 0.0
    assert consensus.shared_share("Kurz", "ganz Kurz hier") == 1.0


def test_structure_one_line_teasers_cards_and_author_bio() -> None:
    signals = read_signals(load_html(PAGE), None)
    card = "Five things to know 2024-10-14 The budget explained in five short points for readers"
    signals.links.update({"Five things to know about the budget", card})
    signals.cards.append(card)
    bio = "Jane Doe is a reporter covering transport and city politics for the paper."
    blocks = [
        P1,
        "READ MORE | Five things to know about the budget",
        "Five things to know Five things to know",
        "The budget explained in five short points for readers",
        P2,
        bio,
    ]
    assert structure_reasons(blocks, signals, author="Jane Doe") == [
        None,
        "linked_teaser",
        "linked_teaser",
        "linked_teaser",
        None,
        "author_bio",
    ]
    # Without the byline's name the closing paragraph is text (an interviewee's biography).
    assert structure_reasons(blocks, signals, author="Max Muster")[-1] is None


def test_author_box_note_under_the_bylines_name_is_dropped() -> None:
    box = (
        "<div><p><a href='/redaktion/jane-doe'>Jane Doe</a></p>"
        "<p>Redakteurin in der Wirtschaft.</p></div>"
    )
    interview = "<p>Jane Doe</p><p>Was hat Sie an dem Plan überrascht?</p>"
    other = "<p>Max Muster</p><p>Sprecher der Stadtwerke.</p>"
    page = f"<html><body>{box}<p>{P1}</p>{interview}{other}<p>{P2}</p></body></html>"
    blocks = [
        "Redakteurin in der Wirtschaft.",
        P1,
        "Was hat Sie an dem Plan überrascht?",
        "Sprecher der Stadtwerke.",
        P2,
    ]
    result = article_text(page, "https://example.org/a.html", title_hint="Ein Titel")
    assert result is not None
    elements = templates.block_elements(result.tree, blocks)
    notes = under_author_name(elements, blocks, {"Jane Doe"})
    # Under another name (an interviewee, a source): not the author's box.
    assert notes == {"Redakteurin in der Wirtschaft.", "Was hat Sie an dem Plan überrascht?"}
    signals = read_signals(result.tree, None)
    reasons = structure_reasons(blocks, signals, author="Jane Doe", author_notes=notes)
    # A question under the author's name is the interviewer's.
    assert reasons == ["author_box", None, None, None, None]
    assert under_author_name(elements, blocks, set()) == set()


def test_author_note_in_a_list_under_the_name_split_at_its_comma() -> None:
    # The note opens a list of its own under the name (two boxes up), and the metadata's
    # credit "Doe, Jane" came split at its comma.
    note = "Jane Doe is a freelance journalist on the coast."
    box = f"<div><span>Jane Doe</span><ol><li><p>{note}</p></li></ol></div>"
    other = f"<div><span>Max Muster</span><ol><li><p>{OTHER_NOTE}</p></li></ol></div>"
    page = f"<html><body><p>{P1}</p><p>{P2}</p>{box}{other}</body></html>"
    blocks = [P1, P2, note, OTHER_NOTE]
    result = article_text(page, "https://example.org/a.html", title_hint="Ein Titel")
    assert result is not None
    elements = templates.block_elements(result.tree, blocks)
    assert under_author_name(elements, blocks, {"Doe", "Jane"}) == {note}
    # A name of other words, or a single word of the credit, is no author's; nor a mix of the
    # words of two full names.
    assert under_author_name(elements, blocks, {"Jane"}) == set()
    assert under_author_name(elements, blocks, {"Max Doe", "Jane Roe"}) == set()


def test_a_box_whose_own_text_comes_first_is_not_read_up() -> None:
    note = "Jane Doe is a freelance journalist on the coast."
    page = (
        f"<html><body><p>{P1}</p><span>Jane Doe</span><div>Notes: <p>{note}</p></div></body></html>"
    )
    blocks = [P1, note]
    result = article_text(page, "https://example.org/a.html", title_hint="Ein Titel")
    assert result is not None
    elements = templates.block_elements(result.tree, blocks)
    assert under_author_name(elements, blocks, {"Jane Doe"}) == set()


OTHER_NOTE = "Max Muster speaks for the harbour board."


def test_lead_under_the_bylines_name_is_text() -> None:
    lead = (
        "Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas, wie das "
        "Unternehmen am Montag in einer Mitteilung bekannt gab."
    )
    assert len(lead) >= 120
    page = (
        "<html><body><p><a href='/redaktion/jane-doe'>Jane Doe</a></p>"
        f"<p>{lead}</p><p>{P1}</p><p>{P2}</p></body></html>"
    )
    blocks = [lead, P1, P2]
    result = article_text(page, "https://example.org/a.html", title_hint="Ein Titel")
    assert result is not None
    elements = templates.block_elements(result.tree, blocks)
    notes = under_author_name(elements, blocks, {"Jane Doe"})
    assert notes == {lead}
    signals = read_signals(result.tree, None)
    reasons = structure_reasons(blocks, signals, author="Jane Doe", author_notes=notes)
    # Set right under the name, but of body length: the article's first paragraph.
    assert reasons == [None, None, None]


CARD_BLURBS = [
    "Final Summer Sale: the season's best deals, before the summer is over […]",
    "Maxi dresses are no new trend but a fixed part of a good summer wardrobe […]",
]


def _cards(more: str) -> str:
    return "".join(
        f"<li><h3>Story {n}</h3><div><p>{blurb}</p></div>"
        f"<div><a href='/story-{n}.html'>{more}</a></div></li>"
        for n, blurb in enumerate(CARD_BLURBS)
    )


@pytest.mark.parametrize(
    "more",
    [
        "Mehr erfahren",
        "weiter Chemische Verbindungen",
        "Read more ›",
        # The other languages news sites are written in.
        "Läs mer",
        "Читать далее",
        "続きを読む",
        "Baca selengkapnya",
    ],
)
def test_cards_with_a_read_more_link_under_the_blurb_end_the_text(more: str) -> None:
    page = f"<html><body><p>{P1}</p><p>{P2}</p><ul>{_cards(more)}</ul></body></html>"
    blocks = [P1, P2, CARD_BLURBS[0], more, CARD_BLURBS[1], more]
    result = article_text(page, "https://example.org/a.html", title_hint="Ein Titel")
    assert result is not None
    elements = templates.block_elements(result.tree, blocks)
    cards = before_more_links(elements, blocks)
    assert cards == set(CARD_BLURBS)
    signals = read_signals(result.tree, None)
    reasons = structure_reasons(blocks, signals, card_blurbs=cards)
    assert reasons == [None, None, "teaser_blurb", "linked_teaser"] * 1 + [
        "teaser_blurb",
        "linked_teaser",
    ]
    # One card only: a paragraph and its link to the article's next page.
    assert structure_reasons(blocks[:4], signals, card_blurbs=cards) == [None] * 4
    # Cards followed by a body paragraph: a page's own sections, each closing with a link.
    reasons = structure_reasons([*blocks, P3], signals, card_blurbs=cards)
    assert reasons == [None] * 7


def test_structure_drops_a_boxs_heading_and_kicker_teasers_but_not_a_lone_pointer() -> None:
    signals = read_signals(load_html(PAGE), None)
    linked = [
        "Klingbeil greift Klöckner an",
        "DRK-Präsidentin schlägt bei Pflege Alarm",
        "Minister Wildberger: „Wir werden die KI immer haben“",
    ]
    signals.links.update(linked)
    box = [
        "Exklusive Politik-Hintergründe – für Sie recherchiert",
        f"- „Über manches irritiert“: {linked[0]}",
        f"- Warnung: {linked[1]}",
        # The kicker ends in a question mark, the link's own text holds the colon.
        f"- KI in der Schule? {linked[2]}",
    ]
    reasons = structure_reasons([P1, *box, P2, P3], signals)
    assert reasons == [None, *["linked_teaser"] * 4, None, None]
    # A subheading over one linked item: the article's own pointer stays.
    assert structure_reasons([P1, "Die Pflegereform im Überblick", box[2], P2], signals)[1] is None
    # A question that is a sentence of its own, then a link that ends the sentence: prose.
    signals.links.add("the report the council published")
    assert (
        structure_reasons([P1, "Why? Read the report the council published.", P2], signals)
        == [None] * 3
    )


def test_article_text_drops_a_box_of_kicker_teasers_between_paragraphs() -> None:
    box = (
        "<h3>Exklusive Politik-Hintergründe – für Sie recherchiert</h3><ul>"
        "<li><strong>Warnung: </strong><a href='/a1.html'>Die Pflegekassen schlagen Alarm"
        " wegen der Kosten</a></li><li><strong>KI in der Schule? </strong><a href='/a2.html'>"
        "Minister Wildberger: „Wir werden die KI immer haben“</a></li></ul>"
    )
    html = (
        "<html><head><title>Tram</title></head><body><article><h1>Tram</h1>"
        f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p><p>{MISSING}</p></article></body></html>"
    )
    result = article_text(html, "https://example.org/politik/tram.html")
    assert result is not None
    assert result.text.splitlines() == [P1, P2, P3, MISSING]
    assert result.counts["text/structure/linked_teaser"] == 3


def test_body_classes_do_not_hide_the_lead() -> None:
    lead = "The council extends the tram line to the harbour after six years of debate."
    html = f"<html><body class='single has-comments author-x'><article><p>{lead}</p>"
    signals = read_signals(load_html(html + "</article></body></html>"), lead)
    assert signals.lead_by_description == lead


def test_structure_drops_a_teaser_label_with_its_list_and_keeps_the_next_subheading() -> None:
    signals = read_signals(load_html(PAGE), None)
    teaser = "Klingbeil greift Klöckner im Bundestag an"
    signals.links.add(teaser)
    blocks = [P1, "Auch interessant", f"- Warnung: {teaser}", "Kontroversen um Klöckner", P2]
    assert structure_reasons(blocks, signals) == [
        None,
        "linked_teaser",
        "linked_teaser",
        None,
        None,
    ]
    # An ordinary subheading over a linked headline stays (only teaser labels go with it).
    blocks[1] = "Die Entscheidung im Rat"
    assert structure_reasons(blocks, signals)[1] is None


def test_structure_drops_the_blurbs_of_teaser_cards_that_end_the_text() -> None:
    signals = read_signals(load_html(PAGE), None)
    blurb = "Kevin McCarthy drew the ire of his colleagues when he brokered a spending agreement."
    cards = [
        "More from The Nation",
        "The Debate Was a Tedious Mess The Debate Was a Tedious Mess",
        "Neither emerged as the obvious number two behind the front runner.",
        "Mike Johnson’s Art of the Deal Mike Johnson’s Art of the Deal",
        blurb,
    ]
    assert structure_reasons([P1, P2, *cards], signals) == [
        None,
        None,
        "linked_teaser",
        "linked_teaser",
        "teaser_blurb",
        "linked_teaser",
        "teaser_blurb",
    ]
    # One card at the end is the article's own pointer: the closing paragraph under it stays.
    one = [P1, cards[1], blurb]
    assert structure_reasons(one, signals) == [None, "linked_teaser", None]


def test_structure_drops_cards_whose_link_sits_under_the_blurb() -> None:
    signals = read_signals(load_html(PAGE), None)
    signals.links |= {"Read the day one keynote recap", "Read the day two keynote recap"}
    blurb_one = (
        "Missed the main event? Learn more about everything that launched at the conference, "
        "from the mobile app and a redesigned notifications page to the archive programme."
    )
    blurb_two = (
        "On day two of the conference, we announced the security lab, bringing together "
        "researchers, maintainers and companies across the industry to secure open source."
    )
    cards = [
        "See what launched at the conference",
        blurb_one,
        "Read the day one keynote recap",
        "Secure the world's code, together",
        blurb_two,
        "Read the day two keynote recap",
    ]
    assert structure_reasons([P1, P2, *cards], signals) == [
        None,
        None,
        "linked_teaser",
        "teaser_blurb",
        "linked_teaser",
        "linked_teaser",
        "teaser_blurb",
        "linked_teaser",
    ]
    # One such card is the article's own closing section and its pointer: all of it stays.
    assert structure_reasons([P1, P2, *cards[3:]], signals) == [None] * 5
    # Without links under them, headings and paragraphs at the end are the article's.
    plain = [P1, cards[0], blurb_one, cards[3], blurb_two]
    assert structure_reasons(plain, signals) == [None] * 5


@pytest.mark.parametrize(
    ("block", "link", "reason"),
    [
        (
            "Was ist eine Zoonose? Unser Glossar erklärt die wichtigsten Fachbegriffe. mehr",
            "mehr",
            "teaser_blurb",
        ),
        ("The council will vote on the plan next week. Read more ›", "Read more ›", "teaser_blurb"),
        (
            "Les élus voteront le projet la semaine prochaine. Lire la suite",
            "Lire la suite",
            "teaser_blurb",
        ),
        (
            "Совет проголосует за план на следующей неделе. Читать далее",
            "Читать далее",
            "teaser_blurb",
        ),
        ("Konsey planı gelecek hafta oylayacak. Devamını oku", "Devamını oku", "teaser_blurb"),
        # The last word is a link but not a read-more link: the article's own.
        ("Das Gutachten liegt der Redaktion vor. Hier", "Hier", None),
        # A read-more phrase that is the sentence's own words, not a link.
        ("Совет проголосует, и мы будем читать далее", "Читать далее", None),
        # A read-more word that is no link, or no sentence before it: the article's own words.
        (
            "Was ist eine Zoonose? Unser Glossar erklärt die wichtigsten Fachbegriffe. mehr",
            "",
            None,
        ),
        ("Am Ende blieb von dem Plan nicht mehr", "mehr", None),
    ],
)
def test_structure_drops_a_blurb_closed_by_a_read_more_link(
    block: str, link: str, reason: str | None
) -> None:
    signals = read_signals(load_html(PAGE), None)
    if link:
        signals.links.add(link)
    assert structure_reasons([P1, block, P2], signals) == [None, reason, None]


def test_a_headline_under_a_teaser_label_the_extraction_dropped() -> None:
    teaser = "Krieg in der Ukraine: Soldaten werden an die Front geschickt, warnen die USA"
    subheading = "Hilfe im Fall eines Angriffs"
    html = (
        f"<html><body><div><p>{P1}</p><p>Lesen Sie auch:</p><!-- box --><p>{teaser}</p>"
        f"<p>{P2}</p><h3>Der Vertrag</h3><p>{subheading}</p><p>Kurz.</p>"
        f"<p>Lesen Sie auch:</p><p>{P3}</p></div></body></html>"
    )
    tree = load_html(html)
    blocks = [P1, teaser, P2, subheading, P3]
    elements = templates.block_elements(tree, blocks)
    # Only headline-sized blocks are read: P3 after the second label is a paragraph.
    labels = labels_before(elements, blocks)
    assert labels == {teaser: "Lesen Sie auch:", subheading: "Der Vertrag"}
    signals = read_signals(tree, None)
    assert structure_reasons(blocks, signals, labels=labels) == [
        None,
        "labelled_teaser",
        None,
        None,  # under an ordinary subheading: the article's own line
        None,
    ]
    # When the label is in the text over it, cleaning decides (label and headline together).
    with_label = [P1, "Lesen Sie auch:", teaser, P2]
    assert structure_reasons(with_label, signals, labels=labels)[2] is None


STANDFIRST = (
    "Members of the minority helped to bring the old government down. Now they ask for equal "
    "rights in the new one."
)


def test_class_lead_under_the_headline_without_article_markup() -> None:
    header = (
        '<div class="page"><div class="story-head"><h1>Minority asks for equal rights</h1>'
        f'<p class="standfirst">{STANDFIRST}</p></div><div class="story-body"><p>{P1}</p>'
        f"<p>{P2}</p></div></div>"
    )
    html = f"<html><body>{header}</body></html>"
    assert read_signals(load_html(html), None).lead_by_class == STANDFIRST
    # A box classed as the article's media ("has-image") that holds the headline is the
    # article, not a picture's box.
    boxed = html.replace('<div class="page">', '<div class="page has-image">')
    assert read_signals(load_html(boxed), None).lead_by_class == STANDFIRST


@pytest.mark.parametrize(
    "html",
    [
        # The site's name in an <h1> and its motto beside it; the article's <h1> comes later.
        '<html><body><div class="site-branding"><h1>example.com</h1>'
        f'<p class="site-description">{STANDFIRST}</p></div>'
        f"<div><h1>Minority asks for equal rights</h1><p>{P1}</p></div></body></html>",
        # The lead picture's box (a figure classed "lead" written as a div): its caption.
        "<html><body><div><h1>Minority asks for equal rights</h1>"
        f'<div class="fig fig--lead"><img src="a.jpg" alt="x"><span>{STANDFIRST}</span></div>'
        f"<p>{P1}</p></div></body></html>",
        # A teaser's excerpt far from the headline's box.
        "<html><body><div><div><h1>Minority asks for equal rights</h1></div><p>"
        f'{P1}</p></div><div><div><div><div><p class="teaser">{STANDFIRST}</p></div></div>'
        "</div></div></body></html>",
        # No headline above it.
        f'<html><body><div><p class="standfirst">{STANDFIRST}</p><h2>Other</h2></div>'
        "</body></html>",
    ],
)
def test_class_lead_not_under_the_headline(html: str) -> None:
    assert read_signals(load_html(html), None).lead_by_class is None


# A standfirst classed as such, in the elements pages set it in beyond <p>, <div>, <h2> and
# <span>: a <section> of its own after the picture, a subheading one level down.
_LEAD_HEADLINE = "Minority asks for equal rights"
_STANDFIRST_PL = (
    "Nowym prezesem spółki będzie inżynier z Gdańska. Pracę rozpocznie w poniedziałek, po "
    "decyzji rady nadzorczej."
)
_STANDFIRST_ES = (
    "El precio del barril cayó un 22 por ciento este martes respecto al viernes, su nivel más "
    "bajo en dieciocho años."
)


@pytest.mark.parametrize(
    ("tag", "classes", "lead"),
    [
        ("section", "article-lead", _STANDFIRST_PL),
        ("h3", "subtitle", _STANDFIRST_ES),
        ("section", "c-article__intro", STANDFIRST),
    ],
)
def test_class_lead_in_a_section_or_a_subheading(tag: str, classes: str, lead: str) -> None:
    html = (
        f"<html><body><article><header><h1>{_LEAD_HEADLINE}</h1></header>"
        f'<div class="art-image"><img src="a.jpg" alt="x"></div>'
        f'<{tag} class="{classes}">{lead}</{tag}><p>{P1}</p><p>{P2}</p></article></body></html>'
    )
    signals = read_signals(load_html(html), None)
    assert signals.lead_by_class == lead
    assert signals.lead_class_tag == tag


@pytest.mark.parametrize(
    "html",
    [
        # A <header> classed as the intro holds the headline too: no standfirst of its own.
        f'<html><body><article><header class="article-intro"><h1>{_LEAD_HEADLINE}</h1><span>'
        f"{STANDFIRST}</span></header><p>{P1}</p><p>{P2}</p></article></body></html>",
        # A picture's caption set as a subheading classed "description": the picture's box.
        f'<html><body><article><h1>{_LEAD_HEADLINE}</h1><div class="image-box"><img src="a.jpg">'
        f'<h3 class="image-description__caption">{STANDFIRST}</h3></div><p>{P1}</p></article>'
        "</body></html>",
        # A newsletter's pitch set as a subheading in the page's sidebar.
        f"<html><body><article><h1>{_LEAD_HEADLINE}</h1><p>{P1}</p></article><aside>"
        f'<h3 class="newsletter_subTitle">{STANDFIRST}</h3></aside></body></html>',
        # The top story's box ("lead-story"): headline, byline and share buttons, no standfirst.
        f'<html><body><main><section class="lead-story"><a href="/tag/x">tram</a><h1>'
        f'{_LEAD_HEADLINE}</h1><div class="byline">By the newsroom of the harbour towns</div>'
        f"</section><p>{P1}</p></main></body></html>",
        # A section classed "summary" holding several paragraphs is the body.
        f'<html><body><article><h1>{_LEAD_HEADLINE}</h1><section class="summary"><p>{STANDFIRST}'
        f"</p><p>{P1}</p></section></article></body></html>",
    ],
)
def test_no_class_lead_in_a_header_caption_sidebar_or_body_section(html: str) -> None:
    assert read_signals(load_html(html), None).lead_by_class is None


def test_article_text_sets_a_section_classed_as_the_lead_over_the_text() -> None:
    html = (
        f"<html><head><title>{_LEAD_HEADLINE}</title></head><body><article><header>"
        f'<h1>{_LEAD_HEADLINE}</h1></header><div class="art-image"><img src="a.jpg" alt="x"></div>'
        f'<section class="article-lead">{_STANDFIRST_PL}</section></article>'
        f'<div class="article-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>'
    )
    result = article_text(html, "https://example.org/prezes", options=TextOptions(explain=True))
    assert result is not None
    assert result.text.splitlines()[0] == _STANDFIRST_PL
    assert result.counts["text/lead/class/section"] == 1
    assert ("lead", "standfirst: <section> classed as the lead", True) in {
        (d.stage, d.reason, d.kept) for d in result.decisions
    }


_SLOGAN = (
    "The independent weekly of the harbour towns since 1950, with news, culture and the "
    "history of the coast"
)
_STORY = f"<div><h1>Minority asks for equal rights</h1><p>{P1}</p><p>{P2}</p></div>"


def test_a_sites_banner_before_the_headline_holds_no_lead() -> None:
    banner = f'<header><div class="row subline"><p>{_SLOGAN}</p></div></header>'
    html = f"<html><body>{banner}{_STORY}</body></html>"
    assert read_signals(load_html(html), None).lead_by_class is None
    # The headline is the page's title: the banner before it is the site's as well.
    assert (
        read_signals(load_html(html), None, "Minority asks for equal rights").lead_by_class is None
    )


@pytest.mark.parametrize(
    "html",
    [
        # The article's header, holding the headline.
        f"<header><h1>Minority asks for equal rights</h1><p class='subline'>{STANDFIRST}</p>"
        f"</header><div><p>{P1}</p><p>{P2}</p></div>",
        # The article's header under the headline.
        f"<div><h1>Minority asks for equal rights</h1></div><header><p class='subline'>"
        f"{STANDFIRST}</p></header><div><p>{P1}</p><p>{P2}</p></div>",
    ],
)
def test_the_articles_header_holds_its_lead(html: str) -> None:
    page = f"<html><body>{html}</body></html>"
    assert read_signals(load_html(page), None).lead_by_class == STANDFIRST
    assert read_signals(load_html(page), None, "Minority asks for equal rights").lead_by_class == (
        STANDFIRST
    )


def _headline_box(after_headline: str) -> str:
    return (
        "<html><body><div><div><h1>Minority asks for equal rights</h1>"
        f"{after_headline}</div><div><p>{P1}</p><p>{P2}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "after_headline",
    [
        f"<p>{STANDFIRST}</p>",
        # A kicker and a date line before it; a <span> rather than a paragraph.
        f"<div>Politics</div><time>2 May 2025</time><span>{STANDFIRST}</span>",
        # A box of the header's details: the author's link over it, the date and a link to
        # the comments under it, each in boxes of their own.
        f"<div><div><ul><li><a href='/authors/anna-berg'>Anna Berg</a></li></ul></div>"
        f"<div><div>{STANDFIRST}</div><div><ul><li>2 May 2025</li>"
        "<a href='#comments'>Comments (79)</a></ul></div></div></div>",
        # The same in a <section>, its one block wrapped in boxes.
        f"<section><div><div><p>{STANDFIRST}</p></div></div></section>",
    ],
)
def test_the_block_of_prose_after_the_headline_is_the_lead_by_position(after_headline: str) -> None:
    signals = read_signals(load_html(_headline_box(after_headline)), None)
    assert signals.lead_by_position == STANDFIRST
    assert signals.lead_by_class is None


@pytest.mark.parametrize(
    "after_headline",
    [
        # A row of fields: date, section, byline.
        "<p>Published: 2 May 2025, 15:25 | Politics | Written by Anna Berg, staff reporter</p>",
        # The lead picture with its caption; a box of several paragraphs (the body itself).
        f"<div><img src='a.jpg' alt='x'><span>{STANDFIRST}</span></div>",
        f"<div><p>{STANDFIRST}</p><p>{P3}</p></div>",
        # A teaser's link, and a list.
        f"<p><a href='/other'>{STANDFIRST}</a></p>",
        f"<ul><li>{STANDFIRST}</li></ul>",
        # Lines broken by <br>: a list of points the text may hold line by line.
        "<div>Sandbags along the old harbour wall<br>Schools stay shut until Monday</div>",
        # Farther than three blocks from the headline.
        f"<div>a</div><div>b</div><div>c</div><p>{STANDFIRST}</p>",
        # A box of details holding two longer blocks, both on the headline's subject: a box
        # of paragraphs.
        f"<div><div>Anna Berg</div><div><p>{STANDFIRST}</p></div><div>The minority's "
        "leaders said that equal rights had been promised to them for years.</div></div>",
        # A box of its own, titled by a heading (an author's box).
        f"<div><h3>About us</h3><div><p>{STANDFIRST}</p></div></div>",
        # A teaser card: a linked headline over the blurb.
        f"<div><div><a href='/other'>Minority leaders meet in the capital</a></div>"
        f"<div>{STANDFIRST}</div></div>",
        # A picture's box beside it: the picture's caption.
        f"<div><div><img src='a.jpg' alt='x'></div><div>{STANDFIRST}</div></div>",
        # Text of the box's own beside its blocks: no row of details.
        f"<div>{P3}<div>{STANDFIRST}</div></div>",
        # A block that speaks of nothing the headline names: a notice of the site's.
        f"<div><div>Anna Berg</div><div>{MISSING}</div></div>",
    ],
)
def test_no_lead_by_position(after_headline: str) -> None:
    assert read_signals(load_html(_headline_box(after_headline)), None).lead_by_position is None


# A page builder's block: its own style sheet set in its box, before the text it styles.
_BLOCK_STYLE = (
    "<style>/* block css */ .blk_7{ margin-bottom:8px !important; } "
    "@media (max-width: 767px) { .blk_7 p{ font-size:18px; } }</style>"
)


@pytest.mark.parametrize(
    ("box", "field"),
    [
        (f"<div class='block-subtitle'>{_BLOCK_STYLE}<p>{STANDFIRST}</p></div>", "lead_by_class"),
        (f"<div>{_BLOCK_STYLE}{STANDFIRST}</div>", "lead_by_position"),
    ],
)
def test_a_standfirsts_own_style_sheet_is_no_text_of_the_lead(box: str, field: str) -> None:
    signals = read_signals(load_html(_headline_box(box)), None)
    assert getattr(signals, field) == STANDFIRST


def test_a_lead_by_class_or_description_comes_before_the_one_by_position() -> None:
    html = _headline_box(f"<p>{MISSING}</p><p class='standfirst'>{STANDFIRST}</p>")
    signals = read_signals(load_html(html), None)
    assert (signals.lead_by_class, signals.lead_by_position) == (STANDFIRST, None)
    assert _lead(PageSignals(lead_by_position=STANDFIRST), P1, None) == STANDFIRST
    assert _lead(PageSignals(lead_by_position=STANDFIRST), f"{STANDFIRST}\n{P1}", None) is None


def test_the_headline_of_a_teaser_has_no_lead_by_position() -> None:
    html = _headline_box(f"<p>{STANDFIRST}</p>").replace(
        "<h1>Minority asks for equal rights</h1>",
        "<a href='/other'><h1>Minority asks for equal rights</h1></a>",
    )
    assert read_signals(load_html(html), None).lead_by_position is None


HEADLINE = "Minority asks for equal rights"
TAB_TITLE = f"{HEADLINE} | The Harbour Times"


def _parsed(html: str) -> HtmlElement:
    tree = load_html(html)
    assert tree is not None
    return tree


def _columns(title_h1: str = f"<h1>{HEADLINE}</h1>") -> str:
    """The article in one item of a list of columns, a sidebar of teasers set as <h1> in the
    next, and a caption set as an <h1> inside the body."""
    return (
        f"<html><body><ul><li><div>{title_h1}<h2><span>KICKER:</span> {STANDFIRST}</h2>"
        f"<p>{P1}</p><div><img src='a.jpg' alt='x'><h1>The council at its Tuesday session, "
        f"seen from the gallery.</h1></div><p>{P2}</p></div></li>"
        "<li><div><h1>Most read</h1><ul><li><a href='/a'><h1>Ferry prices up again</h1></a>"
        "</li><li><a href='/b'><h1>New school opens</h1></a></li></ul></div></li></ul>"
        "</body></html>"
    )


def test_the_headline_is_the_h1_that_shows_the_title_not_a_later_teaser() -> None:
    tree = _parsed(_columns())
    h1s = list(tree.iter("h1"))
    assert article_headline(h1s, tree, [TAB_TITLE]) is h1s[0]
    signals = read_signals(tree, None, TAB_TITLE)
    assert signals.lead_by_position == f"KICKER: {STANDFIRST}"
    # Without the title nothing tells the headline: the last <h1> (a teaser's link) is taken,
    # and no lead is read beside it.
    assert article_headline(h1s, tree, []) is None
    assert read_signals(tree, None).lead_by_position is None
    # A title no heading shows (the tab's own wording) leaves it as it was too.
    assert read_signals(tree, None, "Other words | The Harbour Times").lead_by_position is None


def test_a_linked_heading_is_not_the_headline() -> None:
    tree = _parsed(_columns(f"<h1><a href='/story'>{HEADLINE}</a></h1>"))
    h1s = list(tree.iter("h1"))
    assert article_headline(h1s, tree, [TAB_TITLE]) is None
    assert read_signals(tree, None, TAB_TITLE).lead_by_position is None


@pytest.mark.parametrize(
    "kicker",
    [
        # A section's name linking to its front, the separator inside the link.
        "<div class='section'><a href='/news/politics/'>Politics | </a></div>",
        # In several languages, with the separator outside the link.
        "<a href='/lokales/'>Lokales</a> <span>•</span>",
        "<span><a href='/societe/'>Société</a>:</span>",
    ],
)
def test_a_heading_that_opens_with_a_kicker_link_is_the_headline(kicker: str) -> None:
    tree = _parsed(_columns(f"<h1>{kicker} <span>{HEADLINE}</span></h1>"))
    h1s = list(tree.iter("h1"))
    assert article_headline(h1s, tree, [TAB_TITLE]) is h1s[0]
    signals = read_signals(tree, None, TAB_TITLE)
    assert signals.headline is h1s[0]
    assert signals.headline_kicker in ("Politics", "Lokales", "Société")
    assert signals.lead_by_position == f"KICKER: {STANDFIRST}"


@pytest.mark.parametrize(
    "heading",
    [
        # One link to another story, its words split over two elements.
        f"<h1><a href='/story'><span>Politics</span> {HEADLINE}</a></h1>",
        # A link after or amid the heading's own words is no kicker.
        f"<h1>{HEADLINE} <a href='/politics/'>Politics</a></h1>",
        "<h1>Minority <a href='/asks/'>asks</a> for equal rights</h1>",
        # Inside a link: a teaser's heading.
        f"<a href='/story'><h1><span>Politics</span> {HEADLINE}</h1></a>",
        # The link is the headline's words, not a section's name.
        f"<h1><a href='/story'>{HEADLINE}</a> Politics</h1>",
    ],
)
def test_a_heading_whose_link_is_more_than_a_kicker_is_no_headline(heading: str) -> None:
    tree = _parsed(_columns(heading))
    assert article_headline(list(tree.iter("h1")), tree, [TAB_TITLE]) is None
    assert read_signals(tree, None, TAB_TITLE).headline_kicker is None


def test_article_text_counts_and_explains_the_kicker_link_before_the_headline() -> None:
    html = (
        f"<html><head><title>{TAB_TITLE}</title></head><body><article><header><h1>"
        f"<a href='/news/politics/'>Politics | </a><span>{HEADLINE}</span></h1></header>"
        f"<div class='article-body'><p>{P1}</p><p>{P2}</p></div></article></body></html>"
    )
    result = article_text(html, "https://example.org/minority", options=TextOptions(explain=True))
    assert result is not None
    assert result.counts["text/headline/kicker_link"] == 1
    assert ("headline", "kicker link", False, "Politics") in {
        (d.stage, d.reason, d.kept, d.block) for d in result.decisions
    }


def _breadcrumb_and_hgroup(nav: str = "nav", hgroup: str = "hgroup", declared: bool = True) -> str:
    """A breadcrumb ending in an <h1> of the tab's title; the headline in an <hgroup> under it,
    its kicker before it, the standfirst after the group."""
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"{HEADLINE}"}}</script>'
        if declared
        else ""
    )
    return (
        f"<html><head>{script}</head><body><article><{nav}><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/politics/'>Politics</a></li><li><h1>Equal rights: the minority's demand"
        f"</h1></li></ul></{nav}><div><{hgroup}><div><span>Politics</span></div><h2>{HEADLINE}"
        f"</h2></{hgroup}><div><span>Harbour.</span> <span>{STANDFIRST}</span></div>"
        f"<p>{P1}</p><p>{P2}</p></div></article></body></html>"
    )


@pytest.mark.parametrize(("nav", "hgroup"), [("nav", "hgroup"), ("div", "div")])
def test_the_headline_under_a_breadcrumbs_h1_is_the_heading_of_the_declared_headline(
    nav: str, hgroup: str
) -> None:
    tree = _parsed(_breadcrumb_and_hgroup(nav, hgroup))
    tab = "Equal rights: the minority's demand"
    headline = article_headline(list(tree.iter("h1")), tree, [tab, HEADLINE])
    assert headline is not None and flat(headline.text or "") == HEADLINE
    signals = read_signals(tree, None, tab)
    assert signals.lead_by_position == f"Harbour. {STANDFIRST}"


def test_a_breadcrumbs_h1_is_no_headline_even_when_it_shows_the_title() -> None:
    tree = _parsed(_breadcrumb_and_hgroup(declared=False))
    tab = "Equal rights: the minority's demand"
    assert article_headline(list(tree.iter("h1")), tree, [tab]) is None
    assert read_signals(tree, None, tab).lead_by_position is None


@pytest.mark.parametrize(
    "logo",
    [
        "<h1><a href='/'>The Harbour Times</a></h1>",
        # Unlinked: it shows no title, so it is not taken for the headline either.
        "<h1>The Harbour Times</h1>",
    ],
)
def test_a_page_whose_only_h1_is_the_sites_logo(logo: str) -> None:
    motto = "News from the harbour district and the old town, every day since eighteen ninety."
    page = (
        f"<html><body><div>{logo}<p>{motto}</p></div><div><div><h2>{HEADLINE}</h2>"
        f"<p>{STANDFIRST}</p></div><div><p>{P1}</p><p>{P2}</p></div></div></body></html>"
    )
    tree = _parsed(page)
    assert read_signals(tree, None, TAB_TITLE).lead_by_position == STANDFIRST
    # The same page without a title: the motto beside the logo is no lead by position
    # when the logo is a link; nothing else tells the headline.
    if "<a " in logo:
        assert read_signals(load_html(page), None).lead_by_position is None
    # Two lower headings showing the title leave the headline unknown.
    twice = page.replace("</body>", f"<div><h2>{HEADLINE}</h2></div></body>")
    tree = _parsed(twice)
    assert article_headline(list(tree.iter("h1")), tree, [TAB_TITLE]) is None


def test_a_class_lead_under_the_headline_with_a_teasers_h1_after_it() -> None:
    html = (
        f"<html><body><div><div><h1>{HEADLINE}</h1><p class='standfirst'>{STANDFIRST}</p>"
        f"<p>{P1}</p><p>{P2}</p><div><h1>Most read</h1><p><a href='/a'>Ferry prices up again"
        "</a></p></div></div></div></body></html>"
    )
    assert read_signals(load_html(html), None, TAB_TITLE).lead_by_class == STANDFIRST
    # Without the title, the <h1> after it makes it a box elsewhere on the page, as before.
    assert read_signals(load_html(html), None).lead_by_class is None
    # Set before the headline, it is not under it.
    before = html.replace(f"<p class='standfirst'>{STANDFIRST}</p>", "").replace(
        f"<h1>{HEADLINE}</h1>", f"<p class='standfirst'>{STANDFIRST}</p><h1>{HEADLINE}</h1>"
    )
    assert read_signals(load_html(before), None, TAB_TITLE).lead_by_class is None


@pytest.mark.parametrize(
    ("script", "headline"),
    [
        ('{"@type": "NewsArticle", "headline": "Rights \\"now\\"", "name": "x"}', 'Rights "now"'),
        (
            '{"@graph": [{"@type": "WebPage"}, {"headline": "First"}, {"headline": "Second"}]}',
            "First",
        ),
        ('{"@type": "WebSite", "name": "The Harbour Times"}', None),
        ('{"headline": ["a list"]}', None),
    ],
)
def test_declared_headline(script: str, headline: str | None) -> None:
    assert declared_headline(script) == headline


def test_description_after_a_dateline_is_the_lead() -> None:
    lead = "Die Ex-Vorsitzende greift die Präsidentin an. Mit Symboldebatten schade sie dem Amt."
    html = (
        "<html><body><article><h2>Streit im Bundestag</h2><div><span>Berlin.</span> "
        f"<span>{lead}</span></div><p>{P1}</p></article></body></html>"
    )
    assert read_signals(load_html(html), lead).lead_by_description == f"Berlin. {lead}"
    # A sentence before it is not a dateline: that block is not the rendered description.
    html = html.replace("Berlin.", "Das Parlament hat am Dienstag lange gestritten.")
    assert read_signals(load_html(html), lead).lead_by_description is None


def test_description_split_by_a_link_is_the_lead() -> None:
    lead = (
        "In 2024, Harbour Advisers recorded a 40% increase in demand for flats near the tram "
        "line, mostly from families moving out of the city centre."
    )
    link = "<a href='https://example.org/'>Harbour Advisers</a>"
    rendered = lead.replace("Harbour Advisers", link)
    # A later paragraph opens like the description: its text node holds the opening in one
    # piece, but it is not the description, so the paragraph split by the link is read next.
    later = "In 2024, Harbour Advisers recorded sales of over 140 million euros in the district."
    html = (
        f"<html><body><article><h1>Trams and flats</h1><div><p>{rendered}</p></div>"
        f"<div class='article-body'><p>{P1}</p><p>{later}</p></div></article></body></html>"
    )
    assert read_signals(load_html(html), lead).lead_by_description == lead
    # Not when the paragraph is a teaser of a related-links box or a navigation list.
    for box in ("aside", "nav"):
        boxed = html.replace(f"<div><p>{rendered}</p></div>", f"<{box}><p>{rendered}</p></{box}>")
        assert read_signals(load_html(boxed), lead).lead_by_description is None
    # Nor when no paragraph renders the whole opening: only the later paragraph shares it.
    gone = html.replace(f"<div><p>{rendered}</p></div>", "")
    assert read_signals(load_html(gone), lead).lead_by_description is None


def test_uncertain_fast_extraction() -> None:
    second = [P1, P2, P3, MISSING]
    assert consensus.uncertain(P1, second)  # a quarter of the second opinion
    assert not consensus.uncertain("\n".join([P1, P2, P3]), second)
    assert consensus.uncertain("Short text.", [])  # under trafilatura's floor
    assert not consensus.uncertain(P1 + P2, [])  # no second opinion: no doubt


def test_fast_extraction_is_doubted_when_the_opinions_disagree() -> None:
    # As long as the second opinion, but sharing no run of tokens: another text was taken.
    box = " ".join(f"Teaser number {n} about the weekend markets and events." for n in range(6))
    assert len(box) >= len(P1 + P2 + P3 + MISSING) / 2
    assert consensus.uncertain(box, [P1, P2, P3, MISSING])
    # Sharing a third of the runs (one paragraph of three, plus the box) is agreement enough.
    assert not consensus.uncertain("\n".join([P1, box]), [P1, P2, P3])
    # A second opinion too short to be an article gives no reason to doubt.
    assert not consensus.uncertain(box, [P1[:120]])


def test_uncertain_answers_from_the_lines_both_opinions_hold_without_the_sets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the lines the second opinion holds as they are already share enough runs, the two
    texts' sets of runs are not built (0.14 ms a generated article): the answer is theirs."""
    built: list[int] = []
    real = consensus._shingle_set

    def counted(tokens: Sequence[str]) -> set[tuple[str, ...]]:
        built.append(len(tokens))
        return real(tokens)

    monkeypatch.setattr(consensus, "_shingle_set", counted)
    second = [P1, P2, P3, MISSING]
    assert not consensus.uncertain("\n".join([P1, P2, P3]), second)
    assert built == []
    # No line of the text is one of the second opinion's as it is: both sets decide.
    box = " ".join(f"Teaser number {n} about the weekend markets and events." for n in range(6))
    assert consensus.uncertain(box, second)
    assert len(built) == 2


def _disagree_by_the_sets(primary: str, second: list[str]) -> bool:
    """The last test of :func:`consensus.uncertain` as it read every page before the shared
    lines' answer: the two texts' sets of runs built and compared."""
    mine = consensus._shingle_set(consensus._text_tokens(primary.splitlines()))
    theirs = consensus._shingle_set(consensus._text_tokens(second))
    if not mine or not theirs:
        return False
    common = len(mine & theirs)
    share = consensus.DISAGREE_SHARE
    return common < share * len(mine) and common < share * len(theirs)


def test_uncertain_answers_as_the_two_sets_answer() -> None:
    """Texts of shared, altered, repeated and short lines in random mixes: the shared lines'
    answer never differs from the sets' (both answers and the early one all occur)."""
    rng = random.Random(51)
    words = ("the", "city", "council", "voted", "on", "budget", "roads", "and", "schools")
    outcomes: Counter[tuple[bool | str, bool]] = Counter()
    for _ in range(600):
        pool = [
            " ".join(rng.choice(words) for _ in range(rng.choice((2, 3, 5, 12, 30))))
            for _ in range(8)
        ]
        primary = [rng.choice(pool) for _ in range(rng.randint(1, 9))]
        second = [
            line if rng.random() < 0.6 else line + " " + rng.choice(words)
            for line in rng.sample(pool, rng.randint(1, 8))
        ]
        text = "\n".join(primary)
        disagree = _disagree_by_the_sets(text, second)
        early = consensus._agrees_by_shared_lines(text.splitlines(), second)
        assert not (early and disagree), (text, second)
        outcomes[early, disagree] += 1
        chars, second_chars = len(text), sum(map(len, second))
        if (
            min(chars, second_chars) >= consensus.UNCERTAIN_MIN_CHARS
            and chars >= consensus.UNCERTAIN_SHARE * second_chars
        ):
            # Past the tests of length: the runs decide.
            assert consensus.uncertain(text, second) is disagree
            outcomes["decided", disagree] += 1
    assert outcomes[True, False] and outcomes[False, False] and outcomes[False, True]
    assert outcomes["decided", True] and outcomes["decided", False]


def test_fast_extraction_is_redone_in_full_only_when_doubted() -> None:
    full = article_text(PAGE, "https://example.org/t")
    assert full is not None and "text/fast/full_extraction" not in full.counts
    short = f"<html><body><article><p>{P1}</p></article></body></html>"
    result = article_text(short, "https://example.org/t")
    assert result is not None and result.text == P1
    assert result.counts["text/fast/full_extraction"] == 1
    # Without the second opinion there is nothing to doubt with: always the full extraction.
    no_second = TextOptions(disabled=frozenset({"consensus"}))
    quiet = article_text(short, "https://example.org/t", options=no_second)
    assert quiet is not None and "text/fast/full_extraction" not in quiet.counts


def test_a_text_that_is_mostly_the_pages_links_holds_navigation() -> None:
    links = {f"Archive of month {n}" for n in range(40)}
    menu = sorted(links)
    # Twenty whole links, a third of the blocks: the page's menus were taken.
    assert holds_navigation([P1, P2, *menu[:20], *[P3] * 20], links)
    # trafilatura marks a list item "- "; its link's text has no mark.
    assert holds_navigation([P1, *(f"- {m}" for m in menu[:20])], links)
    # Not: nineteen links, however few the other blocks (a list of sources under a story).
    assert not holds_navigation(menu[:19], links)
    # Not: twenty links among seventy blocks (under 30 %), a long article's teasers.
    assert not holds_navigation([*menu[:20], *[P1] * 50], links)
    # Not: a block that only holds a link's text among others is no link.
    assert not holds_navigation([f"{m} and more" for m in menu], links)


def test_fast_extraction_is_redone_in_full_when_it_took_the_menus() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))

    def page(links: int) -> str:
        menu = "".join(
            f"<p><a href='/a/{n}'>Archive of the month number {n}</a></p>" for n in range(links)
        )
        return f"<html><body><div><h1>Tram</h1>{paragraphs}</div><div>{menu}</div></body></html>"

    result = article_text(page(40), "https://example.org/t")
    assert result is not None and result.text == "\n".join([P1, P2, P3])
    assert result.counts["text/fast/navigation"] == 1
    assert result.counts["text/fast/full_extraction"] == 1
    # Eighteen links in the fast text are not the page's menus: the structure rules take them.
    few = article_text(page(18), "https://example.org/t")
    assert few is not None and few.text == "\n".join([P1, P2, P3])
    assert "text/fast/navigation" not in few.counts


def test_a_teaser_cards_excerpt_is_no_lead() -> None:
    excerpt = "In the past five years the city has sent less than a third of the water it owes."
    card = (
        "<div class='item'><h3><a href='/water'>Water treaty talks stall again in the north</a>"
        f"</h3><div class='td-excerpt'>{excerpt}</div></div>"
    )
    html = f"<html><body><main><article><h1>Tariffs</h1><p>{P1}</p>{card}</article></main>"
    assert read_signals(load_html(html + "</body></html>"), None).lead_by_class is None
    standfirst = html.replace("<h3><a href='/water'>", "<h3>").replace("</a></h3>", "</h3>")
    signals = read_signals(load_html(standfirst + "</body></html>"), None)
    assert signals.lead_by_class == excerpt


def test_an_image_description_in_a_gallery_is_no_lead() -> None:
    caption = "The mayor, centre, opens the new tram stop at the harbour on Tuesday morning."
    gallery = (
        "<div class='gallery__item'><img src='/a.jpg'>"
        f"<div class='detail-img__description'><div>{caption}</div></div></div>"
    )
    html = f"<html><body><article class='has-image'>{gallery}<p>{P1}</p><p>{P2}</p>"
    html += "</article></body></html>"
    # Neither by its class word ("description") nor as the rendered meta description.
    signals = read_signals(load_html(html), caption)
    assert signals.lead_by_class is None and signals.lead_by_description is None
    # The article's own class ("has-image") does not make its standfirst a caption.
    standfirst = html.replace(gallery, f"<p class='article__standfirst'>{caption}</p>")
    signals = read_signals(load_html(standfirst), caption)
    assert signals.lead_by_class == caption and signals.lead_by_description == caption


def test_a_caption_sharing_the_descriptions_opening_is_no_lead() -> None:
    description = "What makes a tweet travel? We asked twelve people whose posts reached millions."
    caption = "What makes a tweet travel? (Photo: Example / someone)"
    html = f"<html><body><article><div class='meta-image'>{caption}</div><p>{P1}</p></article>"
    assert read_signals(load_html(html + "</body></html>"), description).lead_by_description is None


def test_no_second_opinion_on_a_page_without_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # resiliparse is only run where trafilatura found text (a 50,000-deep page stalls it).
    def refuse(html: str) -> list[str]:
        raise AssertionError("second opinion asked for a page without text")

    monkeypatch.setattr(consensus, "second_opinion", refuse)
    assert (
        article_text("<html><body><div><div></div></div></body></html>", "https://x.org/") is None
    )


@pytest.mark.parametrize(("depth", "asked"), [(200, True), (20_000, False)])
def test_no_second_opinion_on_a_page_nested_past_the_parsers_depth(
    monkeypatch: pytest.MonkeyPatch, depth: int, asked: bool
) -> None:
    # Found by fuzzing: resiliparse read all 20,000 levels of this 222 KB page in 2.6 s (its
    # cost grows with the square of the depth), where lxml stops at 256 levels.
    calls: list[str] = []

    def second_opinion(html: str) -> list[str]:
        calls.append(html)
        return []

    monkeypatch.setattr(consensus, "second_opinion", second_opinion)
    nested = "<div>" * depth + f"<p>{P2}</p>" + "</div>" * depth
    html = f"<html><body><article><h1>Tram</h1><p>{P1}</p>{nested}</article></body></html>"
    result = article_text(html, "https://example.org/tram")
    assert result is not None and P1 in result.text
    assert bool(calls) is asked
    assert result.counts["text/consensus/too_deep"] == (0 if asked else 1)


# --- composed text and the declared articleBody ------------------------------------------------


def test_flat_composes_decomposed_letters() -> None:
    # "geprüft" written with a combining diaeresis is the same word as the usual one.
    assert flat("gepru\u0308ft  wird") == "geprüft wird"
    assert consensus.second_opinion("<html><body><p>gepru\u0308ft</p></body></html>") == ["geprüft"]


def _script(body: str) -> str:
    return json.dumps({"@type": "NewsArticle", "headline": "Tram", "articleBody": body})


def test_declared_body_replaces_an_extraction_that_holds_a_fraction_of_it() -> None:
    # A body rendered by script: the HTML shows a caption where the article should be.
    signals = PageSignals(body_scripts=[_script(f"{P1}\n{P2}\n{P3}")])
    assert declared_body(["The tram depot at night. Photo: AP"], signals) == [P1, P2, P3]
    # The extracted text holds most of the body: trafilatura's paragraphs stay.
    assert declared_body([P1, P2], signals) == []
    assert declared_body(["Caption"], PageSignals()) == []


def test_article_text_takes_the_declared_body_of_a_script_rendered_page() -> None:
    # Long enough (over 250 characters) that trafilatura keeps it rather than reading the
    # articleBody itself, as it does for shorter texts.
    shown = (
        "The tram depot at night, seen from the harbour where the new line will end after two"
        " years of construction, with the old bus station in the background, the council"
        " building on the hill above it and the crowd that waited outside for the result of"
        " the vote on Tuesday evening (Photo: city archive, all rights with the photographer)."
    )
    body = [P1, P2, P3, MISSING, P1.replace("Tuesday", "Monday"), P2.replace("the", "a")]
    page = (
        "<html><head><title>Tram</title>"
        f'<script type="application/ld+json">{_script(chr(10).join(body))}</script></head>'
        f"<body><h1>Tram</h1><article><p>{shown}</p></article></body></html>"
    )
    result = article_text(page, "https://example.org/tram")
    assert result is not None and result.text.splitlines() == body
    assert result.counts["text/jsonld/article_body"] == 1
    assert [d.block for d in result.decisions if d.reason == "replaced_by_body"] == [shown]
    off = article_text(page, "https://example.org/tram", options=TextOptions(frozenset({"jsonld"})))
    assert off is not None and off.text == shown


def test_article_body_paragraphs_markup_and_lists_of_articles() -> None:
    assert body_paragraphs("<p>One &amp; two</p><p>Three<br>four</p>") == [
        "One & two",
        "Three",
        "four",
    ]
    one = json.dumps({"@graph": [{"@type": "NewsArticle", "articleBody": "Body."}]})
    assert article_body(PageSignals(body_scripts=[f"<!-- {one} -->"])) == ["Body."]
    two = json.dumps([{"articleBody": "First."}, {"articleBody": "Second."}])
    assert article_body(PageSignals(body_scripts=[two])) == []
    assert article_body(PageSignals(body_scripts=["{broken"])) == []


def test_author_note_at_the_end_goes_a_heading_above_the_body_stays() -> None:
    bio = "Jane Doe (*1958) directed policy planning at the ministry and teaches at Princeton."
    reasons = dict(drop_reasons(f"{P1}\n{P2}\nDie Autorin\n{bio}"))
    assert reasons["Die Autorin"] == reasons[bio] == "author_note"
    assert reasons[P2] is None
    # Followed by more of the article: an interview section, not a closing note.
    reasons = dict(drop_reasons(f"{P1}\nAbout the author\n{P2}\n{P3}\n{MISSING}"))
    assert reasons["About the author"] is None and reasons[P2] is None


def test_structure_drops_an_image_alt_repeated_as_caption_but_not_a_short_alt() -> None:
    alt = "The new tram at the harbour stop on its first run"
    html = (
        f"<html><body><article><img src='a.jpg' alt='{alt}'><img src='b.jpg' alt='Tram depot'>"
        f"<p>{P1}</p></article></body></html>"
    )
    signals = read_signals(load_html(html), None)
    assert alt in signals.alts
    blocks = [P1, alt, "Tram depot", P2]
    assert structure_reasons(blocks, signals) == [None, "image_alt", None, None]


def test_structure_drops_the_authors_name_line_and_an_embedded_posts_signature() -> None:
    signals = read_signals(load_html(PAGE), None)
    post = "The tram runs again from Monday, finally."
    signature = "— City Transport (@citytransport) 11. Juni 2018"
    blocks = ["Jane Doe", P1, post, signature, P2, "John Roe"]
    assert structure_reasons(blocks, signals, author="Jane Doe; John Roe") == [
        "byline",
        None,
        None,
        "embed_signature",
        None,
        "byline",
    ]
    # Without a byline the names stay (a list of names may be the text).
    assert structure_reasons(blocks, signals)[0] is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("von Jane Doe", "byline"),
        ("By: Jane Doe", "byline"),
        ("by Jane Doe , Coast News", "byline"),
        ("Par Jane Doe, le 15 septembre 2009", "byline"),
        # Another name, or the name inside a sentence, is no credit of the author.
        ("von John Roe", None),
        ("by the harbour, Jane Doe said", None),
    ],
)
def test_structure_drops_the_authors_credit_anywhere(line: str, reason: str | None) -> None:
    signals = read_signals(load_html(PAGE), None)
    blocks = [P1, line, P2]
    assert structure_reasons(blocks, signals, author="Jane Doe")[1] == reason


def test_structure_author_bio_after_a_role_word_but_not_after_a_sentence() -> None:
    signals = read_signals(load_html(PAGE), None)
    bio = "Korrespondent Max Muster ist bei der Zeitung für Landespolitik zuständig und berichtet."
    assert structure_reasons([P1, P2, bio], signals, author="Max Muster")[-1] == "author_bio"
    quoted = "Das sagte am Dienstag Max Muster ist nicht richtig, sagen seine Gegner im Rat dazu."
    assert structure_reasons([P1, P2, quoted], signals, author="Max Muster")[-1] is None


def test_structure_author_bio_in_the_second_half_with_a_promotion_after_it() -> None:
    # A page without class names leaves the site's promotions after the author's note.
    signals = read_signals(load_html(PAGE), None)
    bio = "Jane Doe is a reporter covering transport and city politics for the paper."
    promo = "The paper as an ePaper: the whole edition is ready for you the evening before, always."
    blocks = [P1, P2, bio, promo]
    assert structure_reasons(blocks, signals, author="Jane Doe")[2] == "author_bio"
    # A birth year between the name and the verb: "Jane Doe (*1958) war ...".
    born = "Jane Doe (*1958) war Direktorin der Planung im Ministerium und lehrt heute Politik."
    assert structure_reasons([P1, P2, born], signals, author="Jane Doe")[2] == "author_bio"


def test_structure_author_name_in_the_first_half_or_another_persons_bio_stays() -> None:
    signals = read_signals(load_html(PAGE), None)
    # Negatives: the byline's name opening the article's first paragraphs (a profile of the
    # author), and a closing paragraph about a person quoted in the story.
    lead = "Jane Doe is a reporter who spent a year on the night buses of the city for this story."
    assert structure_reasons([lead, P1, P2, P1 + " Again."], signals, author="Jane Doe")[0] is None
    quoted = "Max Muster is a transport planner at the city and led the study on the night buses."
    assert structure_reasons([P1, P2, quoted], signals, author="Jane Doe")[2] is None


def test_structure_drops_a_variant_of_the_headline_over_the_body_only() -> None:
    signals = read_signals(load_html(PAGE), None)
    title = "Landtagswahl in Thüringen: Voigt, Höcke und der Vorwurf einer Lüge - WELT"
    # The headline without its kicker (the title's site name left aside), then the lead.
    variant = "Voigt, Höcke und der Vorwurf einer Lüge"
    assert structure_reasons([variant, P1, P2], signals, title=title) == ["headline", None, None]
    # A second headline ending as the first, right after the standfirst that opens the text.
    second = "Kollaps im Osten: AfD-Chef und der Vorwurf einer Lüge"
    assert structure_reasons([P1, second, P2], signals, title=title) == [None, "headline", None]
    # Further down it is the article's own heading; a sentence is never a headline.
    assert structure_reasons([P1, P2, second, P3], signals, title=title) == [None] * 4
    sentence = "Er wies den Vorwurf einer Lüge zurück."
    assert structure_reasons([sentence, P1], signals, title=title) == [None, None]
    # Sharing fewer than four final words is no variant (a place name in a dateline).
    for block in ("Ein Vorwurf einer Lüge", "einer Lüge"):
        assert structure_reasons([block, P1], signals, title=title)[0] is None


def test_structure_drops_the_pitch_of_a_small_wall_box_but_not_the_article_inside_a_wall() -> None:
    pitch = "Access the most recent journalism from the newsroom"
    html = (
        f"<html><body><article><p>{P1}</p><div class='paywall'><p>{P2}</p><h2>The vote</h2>"
        f"<p>{P3}</p><p>{MISSING}</p><p>{P1} {P2}</p><p>{P3} {MISSING}</p></div>"
        f"<div class='app-access-wall'><ul><li>{pitch}</li><li>Log in</li></ul></div>"
        "</article></body></html>"
    )
    signals = read_signals(load_html(html), None)
    assert signals.wall_markup and any(pitch in box for box in signals.wall_boxes)
    # The long wall element holds the article: its heading stays; the small box's items go.
    blocks = [P1, P2, "The vote", P3, f"- {pitch}", "- Log in"]
    assert structure_reasons(blocks, signals) == [None] * 4 + ["wall_box"] * 2


def test_a_lead_in_the_text_between_spaces_is_present_without_counting_runs() -> None:
    from pipelines.text.article import _in_words

    text = "Erster Absatz des Artikels.\nDer Rat tagt heute. Mehr folgt."
    assert _in_words("Der Rat tagt heute.", text)
    assert _in_words("Erster Absatz des Artikels.", text)
    assert not _in_words("er Rat tagt heute.", text)  # inside a word: tokens differ
    assert not _in_words("Der Rat tagt", "Der Rat tagte heute.")
    assert _in_words("Mehr folgt.", text)
    # Found only inside a word first, then between spaces further on.
    assert _in_words("Rat", "Beirat und Rat")


def _signals_of(body: str) -> PageSignals:
    return read_signals(load_html(f"<html><body>{body}</body></html>"), None)


def test_structure_drops_a_fact_box_but_not_an_article_wrapped_in_one() -> None:
    fact = "Ukrainian refugees in the region: 89,500, of whom 17,000 have a job."
    box = f"<div class='infobox'><h3>In numbers</h3><p>{fact}</p></div>"
    signals = _signals_of(f"<article><p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p></article>")
    reasons = structure_reasons([P1, P2, "In numbers", fact, P3], signals)
    assert reasons == [None, None, "info_box", "info_box", None]
    # A page that classes its whole content column as a box: that box is the article.
    signals = _signals_of(f"<div class='article-infobox'><p>{P1}</p><p>{P2}</p></div>")
    assert structure_reasons([P1, P2], signals) == [None, None]


def test_rows_of_empty_table_cells_go_a_tables_text_stays() -> None:
    rows = ["| | | |", "| Year | Seats |", "|---|---|", "| 2021 | 40 |", "| |"]
    reasons = dict(drop_reasons("\n".join([P1, *rows, P2])))
    assert [reasons[row] for row in rows] == ["empty_cells", None, None, None, "empty_cells"]


def test_a_box_of_linked_headlines_classed_summary_is_no_lead() -> None:
    items = [
        "6:52Markets recover after the historic fall",
        "6:24Minister tried to talk the president out of tariffs",
    ]
    ticker = "".join(
        f"<li><time>{t[:4]}</time><a href='/{i}'>{t[4:]}</a></li>" for i, t in enumerate(items)
    )
    box = f"<div class='card__story-summary'><ul>{ticker}</ul><a href='/all'>More news</a></div>"
    html = f"<html><body><main><article><h1>Tram</h1>{box}<p>{P1}</p></article></main>"
    assert read_signals(load_html(html + "</body></html>"), None).lead_by_class is None
    # The same box with the article's own sentence and one link inside it is the standfirst.
    lead = "The council extends the tram line, <a href='/x'>as promised</a>, to the harbour."
    html = html.replace(box, f"<div class='card__story-summary'>{lead}</div>")
    signals = read_signals(load_html(html + "</body></html>"), None)
    assert signals.lead_by_class == (
        "The council extends the tram line, as promised, to the harbour."
    )


def _reference_loose_key(text: str) -> str:
    """What :func:`pipelines.text.page.loose_key` and :func:`pipelines.text.structured.loose`
    are: the text folded, its alphanumeric characters alone."""
    return "".join(filter(str.isalnum, text.casefold()))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe",
        "  JANE – doe!",
        "The Mayor said: “We’ll open the new road in spring.” (Photo: A_B)",
        "Der Bürgermeister sagte „Straße“ – STRASSE, İstanbul, ΣΊΣΥΦΟΣ, ǅ, ﬁnal",
        "北京，3月5日电（记者王小明）。",
        "a\udc00b\ud800",  # lone surrogates, as a JSON escape leaves them
        "",
        "...!?",
    ],
)
def test_loose_key_is_the_folded_texts_alphanumeric_characters(text: str) -> None:
    assert page_module.loose_key(text) == _reference_loose_key(text)
    # loose keeps a short text's key, and builds a long one's each time: both the same.
    assert loose(text) == _reference_loose_key(text)
    assert loose(text * 40) == _reference_loose_key(text * 40)


def test_loose_key_agrees_with_its_definition_on_every_code_point() -> None:
    # Each code point alone, in runs beside ASCII and wide characters: the key is built per
    # text (an ASCII text's bytes, another's folded bytes, then a pattern), not per character.
    for start in range(0, 0x110000, 512):
        chars = "".join(map(chr, range(start, start + 512)))
        for text in (chars, f"Ab-{chars}_9 ", chars[:256].casefold()):
            assert alnum_key(text) == _reference_loose_key(text), hex(start)
    for code in range(128):
        text = f"x{chr(code)}Y"
        assert alnum_key(text) == _reference_loose_key(text), code


def test_the_consensus_tokens_are_the_runs_of_word_characters_on_every_code_point() -> None:
    """The second opinion's tokens are made from the folded text's bytes and its wider
    characters asked once each, not by a search: the same tokens as the runs of ``\\w+``, for
    every code point (in runs of 64 beside ASCII letters, digits, "_" and punctuation), lone
    surrogates, and random texts of every width."""
    word = re.compile(r"\w+")
    texts = ["", "plain_words, and (punct)! 42", "Der „Sieg“ —\u00a0ÜBER _alles_", "\ud800x_"]
    texts += every_code_point_texts("a_-", " z9", seed=11)
    for text in texts:
        expected = tuple(word.findall(text.casefold()))
        assert consensus._tokens.__wrapped__(text) == expected, repr(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jane Doe", True),
        ("  JANE – doe!", True),
        # Long: the key of the whole still counts where the opening's key starts a key.
        ("J" + " " * 70 + "ane  Doe", True),
        ("Jane Doe" + "." * 80, True),
        # Long and starting like a key, but longer than it: no key.
        ("Jane Doe " + "wrote this paragraph about the council's budget vote. " * 3, False),
        ("The council approved the budget on Tuesday after a long debate about schools.", False),
        ("", False),
    ],
)
def test_loose_key_in_reads_the_opening_of_long_texts_first(text: str, found: bool) -> None:
    keys = {page_module.loose_key("Jane Doe"), page_module.loose_key("John Roe")}
    assert page_module.loose_key_in(text, keys) is found
    assert (page_module.loose_key(text) in keys) is found
    assert page_module.loose_key_in(text, set()) is False


@pytest.mark.parametrize("count", [0, 1, 3, 4, 5, 9])
def test_the_shingle_set_is_the_set_of_the_shingles(count: int) -> None:
    tokens = [f"w{i % 4}" for i in range(count)]
    assert consensus._shingle_set(tokens) == set(consensus._shingles(tokens))
    assert consensus._shingle_set(tokens) != {("w0", "w1", "w2", "w3", "w0")}


# The page's title as the extraction reads it (og:title) sets a kicker before the headline,
# which the page's heading leaves out; the tab title, less the site's name, is the headline.
_KICKED_PAGE = (
    "<html><body><header><p>The coast's own paper since 1877, every day</p></header>"
    "<div class='story'>{heading}<p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>"
)


def test_the_tab_title_finds_the_headline_a_kicker_in_the_title_hides() -> None:
    tree = load_html(_KICKED_PAGE.format(heading="<h1>Storm floods the old harbour</h1>"))
    title = "Weather warning: Storm floods the old harbour"
    assert read_signals(tree, None, title).headline is None
    headline = read_signals(tree, None, title, tab_title="Storm floods the old harbour").headline
    assert headline is not None and headline.tag == "h1"


@pytest.mark.parametrize(
    "heading",
    [
        # A teaser's linked heading shows the tab title: it is no headline.
        "<h1><a href='/storm'>Storm floods the old harbour</a></h1>",
        # A heading that shows another text.
        "<h1>Ferry service suspended until Thursday</h1>",
    ],
)
def test_a_tab_title_no_own_heading_shows_finds_no_headline(heading: str) -> None:
    tree = load_html(_KICKED_PAGE.format(heading=heading))
    signals = read_signals(
        tree, None, "Weather warning: Storm floods", tab_title="Storm floods the old harbour"
    )
    assert signals.headline is None


@pytest.mark.parametrize("reference", ["&#1;", "&#xFFFE;", "&#x0B;", "&#12", "&#0008;"])
def test_a_reference_to_a_character_no_xml_text_holds_costs_no_article(reference: str) -> None:
    """Found by fuzzing: the parser puts the character into the tree, where trafilatura's copy
    of the paragraph raises ("All strings must be XML compatible"). "&#1;" gave no article at
    all (dropped without a word), "&#x0B;" a ValueError out of the extraction."""
    budget = "The council passed the budget for schools and roads on Monday, after a long debate. "
    html = (
        "<html><head><title>Budget passed</title></head><body><article><h1>Budget passed</h1>"
        f"<p>{budget * 3}Its vote{reference} was close.</p><p>{budget * 2}</p>"
        "</article></body></html>"
    )
    result = article_text(html, "https://news.example/budget")
    assert result is not None
    assert "Its vote was close." in result.text
