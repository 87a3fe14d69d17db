"""Other stories' cards (a linked headline over a long blurb) are not the story's text."""

from __future__ import annotations

from pipelines.text import inbody, otherstories
from pipelines.text.article import TextOptions, article_text
from pipelines.text.extraction import parse_html
from pipelines.text.templates import block_elements

PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge for repairs, and the ferry will run "
    "every twenty minutes until the work is done in the spring, the mayor said after the vote.",
    "Engineers found cracks in two of the piers last autumn; a survey in January showed that "
    "the damage had spread further than the first inspection had suggested to the city.",
    "Shops on both banks fear losing customers, and the chamber of commerce asked the council "
    "for a parking scheme near the ferry landing before the bridge closes in March.",
]
BLURBS = [
    "It was a Saturday of anger in the capital: a march for the climate, a demonstration against "
    "the pension reform and the yellow vests all met at the same square before noon, and the "
    "police had closed the bridges to the river since dawn, our reporter writes from the crowd.",
    "Emergency wards have been on strike since the middle of March: a movement started outside "
    "the unions by young nurses and doctors, which now counts more than a hundred and fifty "
    "hospitals across the country, and our reporter spent a week in one of them in the west.",
]


def _card(n: int, blurb: str, link: str = "") -> str:
    """A card as a site writes one: its headline a link around a <strong>, its blurb beside."""
    link = link or (
        f"<a href='/reports/story-{n}'><strong>A report about the story number {n}</strong></a>"
    )
    return f"<li><article>{link}<time>24/09/2019</time><div><p>{blurb}</p></div></article></li>"


def _page(cards: str, story_open: str = "<article>", story_close: str = "</article>") -> str:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><title>Bridge closes</title></head><body><div id='content'>"
        f"{story_open}<h1>Bridge closes for repairs</h1><div>{story}</div>{story_close}</div>"
        f"<div id='aside'><h2>Latest</h2><ul>{cards}</ul></div></body></html>"
    )


def _others(html: str, blocks: list[str], ticker: bool = False) -> set[str]:
    tree = parse_html(html)
    assert tree is not None
    elements = block_elements(tree, blocks)
    headline = next(tree.iter("h1"), None)
    region = inbody.body_region(elements)
    return otherstories.other_stories(elements, blocks, region, headline, ticker=ticker)


def test_blurbs_of_other_stories_cards_are_found() -> None:
    html = _page("".join(_card(n, b) for n, b in enumerate(BLURBS)))
    assert _others(html, [*PARAGRAPHS, *BLURBS]) == set(BLURBS)


def test_the_story_without_an_article_element_keeps_its_paragraphs() -> None:
    # The story in plain <div>s: the cards are still other items, the story's blocks are not.
    html = _page("".join(_card(n, b) for n, b in enumerate(BLURBS)), "<div>", "</div>")
    assert _others(html, [*PARAGRAPHS, *BLURBS]) == set(BLURBS)


def test_the_story_in_an_article_without_the_headline_is_kept() -> None:
    # The headline above the story's <article>, each paragraph in a box of its own (no body
    # container): the text's first block tells the story's <article>.
    story = "".join(f"<div><p>{p}</p></div>" for p in PARAGRAPHS)
    html = (
        "<html><body><h1>Bridge closes for repairs</h1><article>"
        f"<a href='/section/city-news-of-today'>More news from the city today</a>{story}"
        "</article></body></html>"
    )
    assert _others(html, PARAGRAPHS) == set()


def test_readers_comments_are_not_cards() -> None:
    # A comment links its writer's site (rel external), its own anchor and a reply button.
    comments = "".join(
        "<li><article><a href='https://example.com/blog' rel='external nofollow ugc'>"
        "Jane Q. Public from the town</a>"
        f"<a href='/bridge#comment-{n}'>September 24, 2019 at 3:45 pm</a>"
        f"<div><p>{b}</p></div><a href='/bridge?replytocom={n}'>Reply to this comment now</a>"
        "</article></li>"
        for n, b in enumerate(BLURBS)
    )
    assert _others(_page(comments), [*PARAGRAPHS, *BLURBS]) == set()


def test_a_card_without_a_headline_link_or_with_a_second_story_is_left() -> None:
    # A button's short link is no headline; a box showing far more than its blurb is a story.
    short = _card(0, BLURBS[0], "<a href='/reports/story-0'>Read</a>")
    long = "<li><article><a href='/r/1'>A report about the story number 1</a>"
    long += f"<div><p>{BLURBS[1]}</p>{'<p>' + PARAGRAPHS[0] * 3 + '</p>'}</div></article></li>"
    assert _others(_page(short + long), [*PARAGRAPHS, *BLURBS]) == set()


def test_a_card_of_more_blocks_than_a_blurb_is_left() -> None:
    third = "The report goes on with a third paragraph, which no card's blurb would hold."
    card = (
        "<li><article><a href='/r/1'>A report about the story number 1</a>"
        f"<div><p>{BLURBS[0]}</p><p>{BLURBS[1]}</p><p>{third}</p></div></article></li>"
    )
    blocks = [*PARAGRAPHS, *BLURBS, third]
    assert _others(_page(card), blocks) == set()


def test_a_linked_headline_is_left_to_the_teaser_rules() -> None:
    title = "A report about the story number 1 and what the council said"
    card = f"<li><article><a href='/r/1'><strong>{title}</strong></a></article></li>"
    assert _others(_page(card), [*PARAGRAPHS, title]) == set()


def test_a_live_blog_is_left_alone() -> None:
    html = _page("".join(_card(n, b) for n, b in enumerate(BLURBS)))
    assert _others(html, [*PARAGRAPHS, *BLURBS], ticker=True) == set()


def test_the_article_loses_the_cards_blurbs_and_explains_it() -> None:
    # The story in plain <div>s: trafilatura takes the first card's blurb, before the story.
    html = _page("".join(_card(n, b) for n, b in enumerate(BLURBS)), "<div>", "</div>")
    result = article_text(html, "https://example.org/bridge", options=TextOptions(explain=True))
    assert result is not None
    assert all(p in result.text for p in PARAGRAPHS)
    assert not any(b in result.text for b in BLURBS)
    assert result.counts["text/structure/other_story"] >= 1
    assert any(
        d.reason == "other_story" and not d.kept and d.block == BLURBS[0] for d in result.decisions
    )


def test_without_article_elements_the_rule_does_nothing() -> None:
    # Older markup (or --plain-markup): the same cards as <div>s are left to the other rules.
    html = _page("".join(_card(n, b) for n, b in enumerate(BLURBS)), "<div>", "</div>")
    html = html.replace("article>", "div>")
    assert "<article" not in html
    assert _others(html, [*PARAGRAPHS, *BLURBS]) == set()


def test_a_card_whose_permalink_is_marked_bookmark_needs_no_headline_text() -> None:
    # rel="bookmark" is HTML's permalink of the <article> around the link: a picture and a
    # "See" button link the card's own story elsewhere.
    link = "<a href='/books/' rel='bookmark'><span>See</span><img src='/b.jpg'></a>"
    assert _others(_page(_card(0, BLURBS[0], link)), [*PARAGRAPHS, BLURBS[0]]) == {BLURBS[0]}
    plain = link.replace(" rel='bookmark'", "")
    assert _others(_page(_card(0, BLURBS[0], plain)), [*PARAGRAPHS, BLURBS[0]]) == set()


def test_a_dropped_cards_introduction_does_not_come_back_as_the_standfirst() -> None:
    # The card classes its blurb as an introduction, as a story's standfirst is classed: once
    # the rule drops it from the text, the lead stage must not put it back on top.
    cards = "".join(_card(n, b) for n, b in enumerate(BLURBS)).replace("li>", "div>")
    html = _page(cards, "<div>", "</div>").replace("<div><p>It", "<div class='introduction'><p>It")
    assert "class='introduction'" in html and "<li>" not in html
    result = article_text(html, "https://example.org/bridge", options=TextOptions(explain=True))
    assert result is not None
    assert BLURBS[0] not in result.text
    assert not any(d.stage == "lead" and d.block == BLURBS[0] for d in result.decisions)
