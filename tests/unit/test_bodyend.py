"""The page's furniture after the body's container, read from structure alone."""

from __future__ import annotations

import pytest

from pipelines.text import bodyend, inbody, templates
from pipelines.text.extraction import parse_html
from tests.support.prose import P1, P2

P3 = "The harbour master said the quay would reopen once the water had gone down again."
LAST = "The ferry is expected to sail again on Thursday morning, the harbour master said."
SIGNATURE = "Jane Doe, Coast News"
CORRECTION = (
    "Correction: an earlier version of this article said the ferry stayed in port on "
    "Tuesday; the storm was on Monday night."
)
SITE = "News from the coast: politics, business, culture and sport, every day."
RIGHTS = "2012 - 2024 © by Coast News Ltd."
COMMENT = (
    "I live by the harbour and the water came up to our door twice this year already; the "
    "council has known about the drains for a decade and did nothing until the press came, "
    "which says a lot about who they listen to."
)
# A menu of the site's sections: 8 links, 160 characters of link text.
MENU = "".join(
    f"<li><a href='/{n}'>{n.title()} and more news</a></li>"
    for n in ("politics", "business", "culture", "sport", "travel", "science", "health", "opinion")
)
# A box of related articles: linked headlines.
RELATED = "".join(
    f"<div><a href='/r{n}'>Flood warning number {n} for the northern coast this week</a></div>"
    for n in range(4)
)


def _frame(
    in_article: str = "",
    in_page: str = "",
    body: tuple[str, ...] = (P1, P2, P3),
    container: str = "",
    footer: str = "",
) -> str:
    """A page with a header, the article's box (headline, the body's container, then
    ``in_article``) in the main column, then ``in_page`` in the page's frame. ``container``
    and ``footer``: attributes of the body's container and of the frame's last box."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        "<html><body><div><div><a href='/'>Coast News</a></div>"
        f"<div><div><h1>Storm floods the harbour</h1><div{container}>{paragraphs}</div>"
        f"{in_article}</div></div><div{footer}>{in_page}</div></div></body></html>"
    )


def _after_body(html: str, blocks: list[str]) -> set[str]:
    tree = parse_html(html)
    assert tree is not None
    elements = templates.block_elements(tree, blocks)
    return bodyend.after_body(elements, blocks, inbody.body_region(elements))


# --- the furniture it cuts, in markup that names nothing ---------------------------------


def test_the_site_footer_after_a_menu_is_dropped() -> None:
    html = _frame(in_page=f"<ul>{MENU}</ul><div><p>{SITE}</p><p>{RIGHTS}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE, RIGHTS]) == {SITE, RIGHTS}


@pytest.mark.parametrize(
    "furniture",
    [
        # a share row's labels
        ["Share this article", "Facebook", "Email"],
        # a tag list
        ["Tags: storm, harbour, ferry, council"],
        # a newsletter box
        ["Get the coast in your inbox every morning.", "Sign up"],
        # a related headline the extraction kept
        ["Flood warning for the northern coast this week"],
    ],
)
def test_furniture_in_the_page_frame_after_links_is_dropped(furniture: list[str]) -> None:
    boxes = "".join(f"<div><p>{line}</p></div>" for line in furniture)
    html = _frame(in_page=f"{RELATED}<div>{boxes}</div>")
    assert _after_body(html, [P1, P2, P3, *furniture]) == set(furniture)


def test_a_sentence_in_the_page_frame_is_no_article() -> None:
    # The site's description reads as a sentence, but stands far from the body.
    html = _frame(in_page=f"<ul>{MENU}</ul><div><div><p>{SITE}</p></div></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == {SITE}


def test_script_text_between_is_not_the_page_text() -> None:
    # Counted as text, the script would leave the menu's links a fifth of the stretch.
    script = "<script>" + "var menu = 'politics business culture sport';" * 12 + "</script>"
    links = "".join(f"<a href='/{n}'>Section {n}: the news of today</a>" for n in "abcde")
    html = _frame(in_page=f"{links}{script}<div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == {SITE}


# A donation pitch set as the lines of one paragraph broken with <br>: no element holds a line.
PITCH = (
    "We are proud to bring our readers on the coast independent news for free, online and "
    "in print.",
    "If you are able to, please support Coast News with a contribution, however small.",
)


def test_the_lines_of_a_br_broken_pitch_after_links_are_dropped() -> None:
    # Without the <p> that holds its lines, the first block with an element of its own is
    # the address, and the stretch before it counts the pitch as text the extraction left out.
    html = _frame(in_page=f"{RELATED}<div><p>{PITCH[0]}<br>{PITCH[1]}</p><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, *PITCH, SITE]) == {*PITCH, SITE}


def test_br_broken_lines_without_links_before_them_stay() -> None:
    # The same lines right after the body, the links below them: the article going on.
    html = _frame(in_page=f"<div><p>{PITCH[0]}<br>{PITCH[1]}</p></div>{RELATED}<p>{SITE}</p>")
    assert _after_body(html, [P1, P2, P3, *PITCH]) == set()


def _cards(count: int) -> str:
    """``count`` teaser cards: a linked headline over a blurb and a date the card does not link
    (about 190 characters a card, a quarter of them the headline's link)."""
    return "".join(
        f"<div><h3><a href='/story/{n}'>Harbour fees rise for the {n}th time</a></h3>"
        f"<p>The council wants more money from the fishing fleet, and the skippers say they "
        f"cannot pay it this year.</p><span>0{n}.11.2023</span></div>"
        for n in range(1, count + 1)
    )


def test_furniture_after_teaser_cards_with_blurbs_is_dropped() -> None:
    # Ten cards: little of their text is linked, but a link every 190 characters is a list.
    html = _frame(in_page=f"<div>{_cards(10)}</div><div><p>{SITE}</p><p>{RIGHTS}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE, RIGHTS]) == {SITE, RIGHTS}


def test_a_few_cards_with_blurbs_are_no_list_of_links() -> None:
    # Negative of the above: a story's own box of three related stories, with their blurbs,
    # then the article's last words outside its container.
    html = _frame(in_page=f"<div>{_cards(3)}</div><div><p>{SIGNATURE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SIGNATURE]) == set()


def test_prose_with_a_link_here_and_there_is_no_list_of_links() -> None:
    # Negative: ten links, but one in 300 characters of text, the page's own prose.
    prose = "".join(f"<p>{P1} {P2} See <a href='/doc/{n}'>the report</a>.</p>" for n in range(10))
    html = _frame(in_page=f"<div>{prose}</div><div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == set()


# --- the article's own ending after a box of links: kept -----------------------------------


def test_the_last_paragraph_and_signature_after_related_links_stay() -> None:
    html = _frame(
        in_article=f"{RELATED}<div><p>{LAST}</p><p>{SIGNATURE}</p></div>",
        in_page=f"<ul>{MENU}</ul><div><p>{SITE}</p><p>{RIGHTS}</p></div>",
    )
    # The footer still goes: it follows a second stretch of links, in the page's frame.
    assert _after_body(html, [P1, P2, P3, LAST, SIGNATURE, SITE, RIGHTS]) == {SITE, RIGHTS}


def test_a_lone_signature_after_links_stays() -> None:
    html = _frame(in_article=f"<ul>{MENU}</ul><p>{SIGNATURE}</p>")
    assert _after_body(html, [P1, P2, P3, SIGNATURE]) == set()


def test_a_correction_note_after_links_stays() -> None:
    html = _frame(in_article=f"{RELATED}<div><div><div><p>{CORRECTION}</p></div></div></div>")
    assert _after_body(html, [P1, P2, P3, CORRECTION]) == set()


DE = (
    "Der Stadtrat hat am Dienstag über den neuen Radweg an der Elbe beraten, und die Mehrheit "
    "hat sich für den Bau im kommenden Jahr ausgesprochen.",
    "Die Kosten von drei Millionen Euro sollen zur Hälfte vom Land getragen werden, wie der "
    "Bürgermeister nach der Sitzung sagte.",
    "Die Anwohner hatten sich seit Jahren für den Radweg eingesetzt.",
)
DE_LAST = (
    "Der Bau soll im Frühjahr beginnen und bis zum Herbst fertig sein, sagte der Bürgermeister."
)
FR = (
    "Le conseil municipal a voté mardi la rénovation de la piscine du quartier nord, fermée "
    "depuis deux ans pour des raisons de sécurité.",
    "Les travaux coûteront quatre millions d'euros, dont la moitié sera prise en charge par "
    "la région, a précisé le maire.",
    "Les habitants attendaient cette décision depuis longtemps.",
)
FR_LAST = "Les travaux doivent commencer au printemps et la piscine rouvrira à la fin de l'année."
ES = (
    "El ayuntamiento aprobó el martes la reforma del mercado central, cerrado desde el "
    "invierno por problemas en el tejado.",
    "La obra costará dos millones de euros y la mitad la pagará la comunidad, según explicó "
    "la alcaldesa tras el pleno.",
    "Los comerciantes esperaban esta decisión desde hace meses.",
)
ES_LAST = "Las obras empezarán en primavera y el mercado volverá a abrir a finales del año."
JA = (
    "市議会は火曜日、北地区の図書館の改修を決めた。建物は二年前から安全上の理由で閉鎖されている。",
    "改修費は四億円で、その半分を県が負担すると市長は火曜日の会見で述べた。市民からは早い再開を望む声が多い。",
    "図書館の利用者は閉鎖の前には一日に千人を超えており、近くの学校の生徒も多く利用していた。",
)
JA_LAST = "工事は春に始まり、図書館は年末に再開する予定だと市長は述べた。"


@pytest.mark.parametrize(
    ("body", "last"),
    [(DE, DE_LAST), (FR, FR_LAST), (ES, ES_LAST), (JA, JA_LAST), ((P1, P2, P3), LAST)],
)
def test_the_articles_last_sentence_deep_in_its_box_after_links_stays(
    body: tuple[str, ...], last: str
) -> None:
    # Three levels under the article's box: kept because it reads as the body's language.
    html = _frame(
        in_article=f"{RELATED}<div><div><div><p>{last}</p></div></div></div>",
        in_page=f"<ul>{MENU}</ul><div><p>{RIGHTS}</p></div>",
        body=body,
    )
    assert _after_body(html, [*body, last, RIGHTS]) == {RIGHTS}


def test_a_sentence_of_another_language_deep_in_the_articles_box_is_no_ending() -> None:
    html = _frame(in_article=f"{RELATED}<div><div><div><p>{DE_LAST}</p></div></div></div>")
    assert _after_body(html, [P1, P2, P3, DE_LAST]) == {DE_LAST}


def test_a_label_deep_in_the_articles_box_after_links_is_no_sentence() -> None:
    # Negative of the above: no sentence, three levels down, so it is furniture.
    html = _frame(in_article=f"{RELATED}<div><div><div><p>{SIGNATURE}</p></div></div></div>")
    assert _after_body(html, [P1, P2, P3, SIGNATURE]) == {SIGNATURE}


# --- what stops the cut -------------------------------------------------------------------


def test_text_after_the_body_without_links_between_stays() -> None:
    # An "about us" page goes on in boxes of its own; a photo credit is no menu.
    credit = "Photo: Jane Doe, Coast News. " * 6
    html = _frame(in_page=f"<div><p>{credit}</p></div><div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == set()


def test_a_short_stretch_of_links_is_no_menu() -> None:
    html = _frame(in_page=f"<a href='/share'>Share</a><div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == set()


def test_a_thread_of_comments_after_the_menu_stays_whole() -> None:
    html = _frame(in_page=f"<ul>{MENU}</ul><div><p>{COMMENT}</p><p>{RIGHTS}</p></div>")
    assert _after_body(html, [P1, P2, P3, COMMENT, RIGHTS]) == set()


# The site's own prose in a box of the page's frame: one paragraph of body length.
POLICY = (
    "Coast News is committed to a lively but civil forum for discussion and encourages all "
    "readers to share their views on our articles. Comments may take up to an hour to appear "
    "on the site, and we ask you to keep them relevant and respectful."
)


def test_one_box_of_the_sites_prose_after_menus_and_teasers_is_dropped() -> None:
    # A comment policy beyond the related headlines and the menu (over 300 characters of
    # left-out text, most of it links), with the copyright under it.
    html = _frame(in_page=f"{RELATED}<ul>{MENU}</ul><div><p>{POLICY}</p><p>{RIGHTS}</p></div>")
    assert _after_body(html, [P1, P2, P3, POLICY, RIGHTS]) == {POLICY, RIGHTS}


def test_a_paragraph_after_an_embeds_few_links_stays() -> None:
    # Negative of the above: the article's next paragraph beyond an embedded post (its
    # handle and a link, under 300 characters), set outside the body's container.
    embed = (
        "<div><div><a href='/p/1'>View this post on Instagram</a> The quay this morning, "
        "under water for the second time this year. <a href='/t/storm'>#storm</a> A post "
        "shared by <a href='/coastnews'>Coast News (@coastnews)</a> on Jun 3, 2024</div></div>"
    )
    html = _frame(in_page=f"{embed}<div><div><p>{POLICY}</p></div></div>")
    assert _after_body(html, [P1, P2, P3, POLICY]) == set()


def test_two_paragraphs_after_menus_and_teasers_stay() -> None:
    # Two paragraphs of body length: a thread of comments, kept whole, however far away.
    html = _frame(in_page=f"{RELATED}<ul>{MENU}</ul><div><p>{COMMENT}</p><p>{POLICY}</p></div>")
    assert _after_body(html, [P1, P2, P3, COMMENT, POLICY]) == set()


# A short menu: five links, 110 characters, under PROSE_GAP_MIN_CHARS of left-out text.
SHORT_MENU = "".join(
    f"<a href='/{n}'>{n.title()} and more news</a>"
    for n in ("politics", "business", "culture", "opinion", "science")
)
LICENCE = "Original reporting may be shared for non-commercial use, except where noted."
# The footer's last line: the publisher's address, then its legal links, each "~" apart.
LEGAL = ("Privacy Policy", "Terms of Service", "Do Not Sell My Personal Information", "Cookies")
LEGAL_LINE = "Coast News ~ 1 Harbour Road, Seaport ~ " + " ~ ".join(LEGAL * 2)


def test_a_line_long_only_by_its_links_is_no_prose() -> None:
    # Over PROSE_MIN_CHARS with its links, a tenth of that without them: the footer's line,
    # which would count as a paragraph of prose after a short stretch and keep the footer.
    links = " ~ ".join(f"<a href='/legal/{n}'>{text}</a>" for n, text in enumerate(LEGAL * 2))
    footer = f"<div><p>{LICENCE}<br>Coast News ~ 1 Harbour Road, Seaport ~ {links}</p></div>"
    html = _frame(in_page=f"<div>{SHORT_MENU}</div>{footer}")
    assert len(LEGAL_LINE) >= bodyend.PROSE_MIN_CHARS
    assert _after_body(html, [P1, P2, P3, LICENCE, LEGAL_LINE]) == {LICENCE, LEGAL_LINE}


def test_a_comment_with_a_linked_name_after_a_short_menu_stays() -> None:
    # Negative of the above: a reader's paragraph beyond the same menu, its name linked, is
    # prose all the same (an embed's next paragraph, a lone comment: left alone).
    line = f"Mary Ashdown: {COMMENT}"
    html = _frame(
        in_page=f"<div>{SHORT_MENU}</div><div><p><a href='/u/1'>Mary Ashdown</a>: "
        f"{COMMENT}</p></div>"
    )
    assert _after_body(html, [P1, P2, P3, line]) == set()


def test_the_body_in_its_container_is_never_dropped() -> None:
    # The menu sits between the second and third paragraph, inside the container.
    html = (
        "<html><body><div><div>"
        f"<p>{P1}</p><p>{P2}</p><ul>{MENU}</ul><p>{P3}</p>"
        "</div></div></body></html>"
    )
    assert _after_body(html, [P1, P2, P3]) == set()


def test_a_body_of_boxed_paragraphs_is_a_container_too() -> None:
    # A page built of components: each paragraph in a <div> of its own, the boxes the body.
    boxed = "".join(f"<div><p>{p}</p></div>" for p in (P1, P2, P3))
    html = (
        f"<html><body><div><div><h1>Storm floods the harbour</h1><div>{boxed}</div></div>"
        f"<div><ul>{MENU}</ul><div><p>{SITE}</p><p>{RIGHTS}</p></div></div></div></body></html>"
    )
    assert _after_body(html, [P1, P2, P3, SITE, RIGHTS]) == {SITE, RIGHTS}


def test_no_container_no_cut() -> None:
    html = f"<html><body><p>{P1}</p><ul>{MENU}</ul><div><p>{SITE}</p></div></body></html>"
    assert _after_body(html, [P1, SITE]) == set()


# --- scope: only where the markup names nothing ---------------------------------------------


@pytest.mark.parametrize(
    ("container", "footer", "cut"),
    [
        ("", "", True),
        # made-up names: the class rules read nothing there
        (" class='css-1x2y3z'", " class='sc-aXb _3kd9f'", True),
        (" id='e1abc2d0'", " class='jsx-2871234567'", True),
        # names a rule can read: the class rules decide
        (" class='entry-content'", "", False),
        ("", " class='site-footer'", False),
        ("", " id='colophon'", False),
        (" class='css-1x2y3z'", " class='sc-aXb footer'", False),
    ],
)
def test_the_cut_acts_only_where_nothing_is_named(container: str, footer: str, cut: bool) -> None:
    html = _frame(
        in_page=f"<ul>{MENU}</ul><div><p>{SITE}</p></div>", container=container, footer=footer
    )
    assert _after_body(html, [P1, P2, P3, SITE]) == ({SITE} if cut else set())


def test_a_name_between_the_block_and_the_frame_counts() -> None:
    # The block's own box carries no name, the box around it does.
    html = _frame(in_page=f"<ul>{MENU}</ul><div class='newsletter'><div><p>{SITE}</p></div></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == set()


@pytest.mark.parametrize(
    "token", ["css-1x2y3z", "sc-aXb", "_3kd9f", "jsx-2871234567", "e1abc2d0", "kQNbcS", "mt-4"]
)
def test_made_up_class_names(token: str) -> None:
    assert bodyend.machine_made(token)


@pytest.mark.parametrize(
    "token",
    ["entry-content", "articleBody", "post-1234", "col-md-6", "footer", "__next", "статья"],
)
def test_readable_class_names(token: str) -> None:
    assert not bodyend.machine_made(token)


@pytest.mark.parametrize(
    ("after", "counts"),
    [
        # "tail" + "x link" + "lead" + "in": 4 + 6 + 4 + 2 characters, 4 of them a link's, in
        # one link.
        ("tail <span>x <a>link</a></span><div>lead <b>in</b><p id='b'>two</p></div>", (16, 4, 1)),
        # A picture's link and a blank one hold no text: only "Read" is counted as a link.
        (
            "<a href='/x'><img src='x.png'></a><a href='/y'> </a><span><a>Read</a></span>"
            "<p id='b'>two</p>",
            (4, 4, 1),
        ),
    ],
)
def test_between_counts_text_link_text_and_links(after: str, counts: tuple[int, int, int]) -> None:
    tree = parse_html(f"<html><body><div><p id='a'>one</p>{after}</div></body></html>")
    assert tree is not None
    first, second = tree.get_element_by_id("a"), tree.get_element_by_id("b")
    assert bodyend._between(first, second) == counts
