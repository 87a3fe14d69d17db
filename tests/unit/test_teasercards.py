"""Teaser cards' blurbs kept without their linked headlines are not the article's."""

from __future__ import annotations

from pipelines.text import inbody, teasercards
from pipelines.text.article import article_text
from pipelines.text.extraction import parse_html
from pipelines.text.page import PageSignals
from pipelines.text.structure import structure_reasons
from pipelines.text.templates import block_elements

PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, and the ferry will run "
    "every twenty minutes until the work is done in the spring. "
)
BLURBS = [
    "The police put the value of the drugs at almost 90,000 euros.",
    "Straw bales in the barn had caught fire; the horses were brought to safety.",
    "The former coach of the club succeeds the trainer who was let go last week.",
]


def _card(n: int, blurb: str) -> str:
    return (
        f"<div><h3><a href='/story-{n}'>A teaser headline of story number {n}</a></h3>"
        f"<div><p>{blurb}</p></div></div>"
    )


def _blurbs(body: str, blocks: list[str]) -> set[str]:
    """The card blurbs among ``blocks`` of a page whose <body> is ``body``."""
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    return teasercards.card_blurbs(block_elements(tree, blocks), blocks)


def test_a_run_of_card_blurbs_is_found() -> None:
    body = f"<div><p>{PARAGRAPH * 3}</p></div>" + "".join(_card(n, b) for n, b in enumerate(BLURBS))
    blocks = [(PARAGRAPH * 3).strip(), *BLURBS]
    assert _blurbs(body, blocks) == set(BLURBS)


def test_one_card_alone_is_not_a_list_of_teasers() -> None:
    body = f"<div><p>{PARAGRAPH * 3}</p></div>{_card(1, BLURBS[0])}"
    assert _blurbs(body, [(PARAGRAPH * 3).strip(), BLURBS[0]]) == set()


def test_one_card_set_as_a_list_item_is_a_list_of_teasers() -> None:
    # A list of one teaser among the body's paragraphs: the item holds a label, the linked
    # headline and the blurb.
    card = (
        "<ul><li><div><a href='/story-1'>5 min</a></div>"
        f"<h3><a href='/story-1'>A teaser headline of story number 1</a></h3>"
        f"<div><p>{BLURBS[0]}</p></div></li></ul>"
    )
    body = f"<div><p>{PARAGRAPH * 3}</p>{card}<p>{PARAGRAPH * 2}</p></div>"
    blocks = [(PARAGRAPH * 3).strip(), BLURBS[0], (PARAGRAPH * 2).strip()]
    assert _blurbs(body, blocks) == {BLURBS[0]}


def _pictured_card(picture: str) -> str:
    return (
        f"<div><div>{picture}</div><div><h4><a href='/video/1'>A teaser headline of the "
        f"video number 1</a></h4><p>{BLURBS[0]}</p></div></div>"
    )


def test_one_card_with_a_linked_picture_is_a_teaser() -> None:
    # A video's card among the body's paragraphs: its thumbnail links to the video.
    card = _pictured_card("<a href='/video/1'><picture><img src='v.jpg'></picture></a>")
    body = f"<div><p>{PARAGRAPH * 3}</p>{card}<p>{PARAGRAPH * 2}</p></div>"
    blocks = [(PARAGRAPH * 3).strip(), BLURBS[0], (PARAGRAPH * 2).strip()]
    assert _blurbs(body, blocks) == {BLURBS[0]}


def test_one_card_with_a_picture_that_links_nowhere_stays() -> None:
    # Negative of the above: a portrait beside a note (an author's or an interviewee's box).
    card = _pictured_card("<img src='portrait.jpg'>")
    body = f"<div><p>{PARAGRAPH * 3}</p>{card}<p>{PARAGRAPH * 2}</p></div>"
    blocks = [(PARAGRAPH * 3).strip(), BLURBS[0], (PARAGRAPH * 2).strip()]
    assert _blurbs(body, blocks) == set()


def test_body_paragraphs_under_linked_subheadings_stay() -> None:
    # The article's own sections: each paragraph shares the body's container, which holds
    # far more than one heading and one paragraph.
    body = "<div>" + "".join(
        f"<h3><a href='/s{n}'>A section heading that links somewhere {n}</a></h3><p>{b}</p>"
        for n, b in enumerate(BLURBS)
    )
    body += f"<p>{PARAGRAPH * 3}</p></div>"
    assert _blurbs(body, [*BLURBS, (PARAGRAPH * 3).strip()]) == set()


def test_a_short_linked_heading_is_a_byline_not_a_headline() -> None:
    body = "".join(
        f"<div><h4><a href='/author/{n}'>By Ann Lee</a></h4><p>{b}</p></div>"
        for n, b in enumerate(BLURBS)
    )
    assert _blurbs(body, BLURBS) == set()


def test_the_article_loses_the_blurbs_and_keeps_its_paragraphs() -> None:
    html = (
        "<html><head><title>Bridge closes</title></head><body><div><h1>Bridge closes</h1>"
        f"<div><p>{PARAGRAPH * 3}</p><p>{PARAGRAPH.replace('bridge', 'tunnel') * 3}</p></div>"
        f"<div><h2>More news</h2>{''.join(_card(n, b) for n, b in enumerate(BLURBS))}</div>"
        "</div></body></html>"
    )
    result = article_text(html, "https://example.org/bridge")
    assert result is not None
    assert "council voted on Tuesday" in result.text
    assert not any(blurb in result.text for blurb in BLURBS)


def _twice_card(n: int, blurb: str, shown: str) -> str:
    return (
        f"<div><h2>\n<span>{shown}</span>\n<a href='/story-{n}'>A teaser headline of story {n}</a>"
        f"</h2><p>{blurb}</p></div>"
    )


def test_a_headline_printed_twice_beside_its_link_is_the_cards() -> None:
    # The card shows its headline as text and again as the link: half the heading is linked.
    cards = "".join(
        _twice_card(n, b, f"A teaser headline of story {n}") for n, b in enumerate(BLURBS)
    )
    body = f"<div><p>{PARAGRAPH * 3}</p></div>{cards}"
    assert _blurbs(body, [(PARAGRAPH * 3).strip(), *BLURBS]) == set(BLURBS)


def test_a_heading_with_words_of_its_own_beside_a_link_is_not_linked() -> None:
    # "Reactions to story 1" says more than its link: a section heading, not a card's headline.
    cards = "".join(
        _twice_card(n, b, f"Reactions from the city council to the vote {n}")
        for n, b in enumerate(BLURBS)
    )
    body = f"<div><p>{PARAGRAPH * 3}</p></div>{cards}"
    assert _blurbs(body, [(PARAGRAPH * 3).strip(), *BLURBS]) == set()


def _div_card(n: int, blurb: str) -> str:
    """A card set in <div>s only: its date and blurb are no paragraphs."""
    return (
        f"<div><div><div>05/12/2020 - 1{n}:10</div></div><div><h2><a href='/story-{n}'>"
        f"A teaser headline of story number {n}</a></h2></div><div><div>{blurb} </div></div></div>"
    )


def test_cards_set_in_divs_only_are_found() -> None:
    body = "".join(_div_card(n, b) for n, b in enumerate(BLURBS)) + f"<p>{PARAGRAPH * 3}</p>"
    blocks = [x for n, b in enumerate(BLURBS) for x in (f"05/12/2020 - 1{n}:10", b)]
    blocks.append((PARAGRAPH * 3).strip())
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    # The blocks' map holds those <div>s (templates.block_elements).
    assert teasercards.card_blurbs(block_elements(tree, blocks), blocks) == set(blocks[:-1])


def test_a_div_that_only_opens_the_block_holds_no_card() -> None:
    # The <div>'s text runs on past the blurb: it is not the block's element.
    body = "".join(
        f"<div><h2><a href='/story-{n}'>A teaser headline of story number {n}</a></h2>"
        f"<div>{b} And a second sentence that the text does not hold.</div></div>"
        for n, b in enumerate(BLURBS)
    )
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    assert teasercards.card_blurbs(block_elements(tree, BLURBS), BLURBS) == set()


def test_card_blurbs_around_the_body_go_and_between_its_paragraphs_stay() -> None:
    body = [(PARAGRAPH * 3).strip(), PARAGRAPH.replace("bridge", "tunnel").strip() * 2]
    blocks = [BLURBS[0], BLURBS[1], body[0], BLURBS[2], BLURBS[1], body[1], BLURBS[0]]
    reasons = structure_reasons(blocks, PageSignals(), teaser_blurbs=set(BLURBS))
    assert reasons == ["teaser_blurb", "teaser_blurb", None, None, None, None, "teaser_blurb"]
    # Without the cards read, the same blocks are the article's.
    assert structure_reasons(blocks, PageSignals()) == [None] * len(blocks)


# --- a list of linked headlines after the body -------------------------------------------

HEADLINES = [
    "Harbour fees rise again for the fishing fleet",
    "New ferry timetable starts in the spring",
    "Council approves the repairs to the sea wall",
]


def _listed(items: list[str], tail: str = "") -> str:
    """A list whose items are ``items`` linked (each with ``tail`` after its link)."""
    return (
        "<ul>"
        + "".join(f"<li><a href='/s/{n}'>{t}</a>{tail}</li>" for n, t in enumerate(items))
        + "</ul>"
    )


def _closing(body: str, blocks: list[str]) -> set[str]:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    elements = block_elements(tree, blocks)
    return teasercards.closing_link_list(elements, blocks, inbody.body_region(elements))


STORY = f"<div><p>{PARAGRAPH * 2}</p><p>{PARAGRAPH * 3}</p></div>"
STORY_BLOCKS = [(PARAGRAPH * 2).strip(), (PARAGRAPH * 3).strip()]


def test_a_list_of_linked_headlines_after_the_body_is_dropped() -> None:
    # Each item a headline's link and its time: "Latest" in any words, or no heading at all.
    body = f"{STORY}<div><h4>Latest</h4>{_listed(HEADLINES, ' 09:45')}</div>"
    items = [f"- {h} 09:45" for h in HEADLINES]
    assert _closing(body, [*STORY_BLOCKS, "Latest", *items]) == set(items)


def test_the_articles_own_list_of_links_among_its_paragraphs_stays() -> None:
    # The same list between the body's paragraphs: the container holds the text after it.
    body = f"<div><p>{PARAGRAPH * 2}</p>{_listed(HEADLINES)}<p>{PARAGRAPH * 3}</p></div>"
    items = [f"- {h}" for h in HEADLINES]
    assert _closing(body, [STORY_BLOCKS[0], *items, STORY_BLOCKS[1]]) == set()


def test_a_list_of_prose_with_links_after_the_body_stays() -> None:
    # A closing list of notes whose links are a few words of each item: the article's own.
    said = ", the council said in its statement on Tuesday evening"
    items = "".join(f"<li><a href='/s/{n}'>{h}</a>{said}</li>" for n, h in enumerate(HEADLINES))
    body = f"{STORY}<ul>{items}</ul>"
    assert _closing(body, [*STORY_BLOCKS, *(f"- {h}{said}" for h in HEADLINES)]) == set()


def test_a_menu_and_two_linked_headlines_after_the_body_stay() -> None:
    # A menu's one-word entries are no headlines; two headlines are no list of teasers yet.
    body = f"{STORY}{_listed(['Home', 'World', 'Sport'])}{_listed(HEADLINES[:2])}"
    blocks = [*STORY_BLOCKS, "- Home", "- World", "- Sport", *(f"- {h}" for h in HEADLINES[:2])]
    assert _closing(body, blocks) == set()


def test_after_a_body_of_br_lines_the_list_is_read_after_its_last_long_block() -> None:
    # No element holds two of the body's paragraphs: the text's last long block ends it.
    lines = [(PARAGRAPH * 2).strip(), (PARAGRAPH * 3).strip()]
    body = f"<div>{'<br><br>'.join(lines)}</div>{_listed(HEADLINES)}"
    items = [f"- {h}" for h in HEADLINES]
    assert _closing(body, [*lines, *items]) == set(items)
    # A list among them is no list after the body.
    body = f"<div>{lines[0]}</div>{_listed(HEADLINES)}<div>{lines[1]}</div>"
    assert _closing(body, [lines[0], *items, lines[1]]) == set()


# A headline in a script written without spaces says in fifteen characters what a spaced one
# says in thirty: its width counts each such character twice.
CJK_HEADLINES = [
    "港の防波堤の修理が来月から始まる",
    "市議会が新しいフェリー時刻表を承認",
    "漁船団の港湾使用料が再び値上げへ",
]


def test_a_list_of_short_cjk_headlines_after_the_body_is_dropped() -> None:
    # Each item a headline's link and a "photo" label beside it.
    items = [f"- {h} 写真" for h in CJK_HEADLINES]
    assert _closing(f"{STORY}{_listed(CJK_HEADLINES, ' 写真')}", [*STORY_BLOCKS, *items]) == set(
        items
    )


def test_a_cjk_menu_after_the_body_stays() -> None:
    # A menu's entries are a word or two, in any script.
    entries = ["政治ニュース", "スポーツ情報", "今日の天気"]
    items = [f"- {e}" for e in entries]
    assert _closing(f"{STORY}{_listed(entries)}", [*STORY_BLOCKS, *items]) == set()
