"""Short blocks of the body put back between the paragraphs the text has."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipelines.text import gaps, inbody, page, templates
from pipelines.text.article import TextOptions, article_text
from pipelines.text.consensus import Insertion
from pipelines.text.extraction import parse_html

P1 = (
    "The storm reached the coast on Monday night and flooded the lower streets of four towns "
    "before the water went down in the morning."
)
P2 = (
    "The regional government said the damage would be assessed this week and that help for "
    "households would be paid out before the end of the month."
)
P3 = (
    "Forecasters expect calmer weather for the rest of the week, with rain only in the hills "
    "and temperatures close to the seasonal average."
)


def _page(between: str, after: str = "") -> str:
    return (
        "<html><body><article><div class='body'>"
        f"<p>{P1}</p>{between}<p>{P2}</p><p>{P3}</p>{after}"
        "</div></article></body></html>"
    )


def _missing(
    html: str, blocks: list[str] | None = None, rule: Callable[..., list[Insertion]] | None = None
) -> list[Insertion]:
    """What ``rule`` (:func:`inbody.missing_items` unless another is given) restores."""
    tree = parse_html(html)
    assert tree is not None
    blocks = blocks or [P1, P2, P3]
    elements = templates.block_elements(tree, blocks)
    return (rule or inbody.missing_items)(blocks, elements, {"More on the storm"})


def test_unlinked_list_items_between_two_paragraphs_come_back_in_order() -> None:
    html = _page("<ul><li>North Harbour: 120 homes</li><li>Old Town: 45 homes</li></ul>")
    assert _missing(html) == [
        Insertion(0, "North Harbour: 120 homes"),
        Insertion(0, "Old Town: 45 homes"),
    ]


def test_a_list_whose_links_hold_much_of_its_text_is_a_list_of_links_and_stays_out() -> None:
    html = _page(
        "<ul><li>North Harbour: 120 homes</li>"
        "<li><a href='/storm'>More on the storm</a></li></ul>"
        "<ul><li>Tags: <a href='/t/weather'>weather</a></li></ul>"
    )
    assert _missing(html) == []


def test_lists_around_the_text_or_in_boxes_stay_out() -> None:
    # After the last paragraph the text has: not between two of its blocks. In an aside or a
    # figure: a box, whatever sits around it; wrapped in an element of its own: a box too.
    html = _page(
        "<aside><ul><li>Key facts: four towns flooded</li></ul></aside>"
        "<div class='byline'><ul><li>Staff reporter</li></ul></div>"
        "<figure><ul><li>Photo: the harbour at dawn</li></ul></figure>",
        after="<ul><li>Sign up for our newsletter</li></ul>",
    )
    assert _missing(html) == []


def test_short_paragraphs_of_the_body_come_back_but_not_boxed_or_classed_ones() -> None:
    html = _page(
        "<p>North: <a href='/n'>Harbour</a>, <a href='/o'>Old Town</a></p>"
        "<p class='newsletter'>Get the morning briefing by email</p>"
        "<div class='promo'><p>Our podcast: new episode out</p></div>"
        "<p><a href='/storm'>More on the storm</a></p>"
        "<p><a href='/local'>Local</a> <a href='/hills'><img src='/h.jpg'></a>"
        "<a href='/hills'>Landslide closes the hill road</a></p>"
        # Prose is the second opinion's to restore, with its rules (pipelines/text/consensus.py).
        "<p><b>A paragraph</b> long enough to be prose is left to the second opinion, which checks "
        "that another extractor has it between the same paragraphs</p>"
    )
    assert _missing(html) == [Insertion(0, "North: Harbour, Old Town")]


def test_no_body_container_without_two_paragraphs_of_the_text_under_one_parent() -> None:
    # One paragraph of the text under a parent is any box's; its list is not the article's.
    html = (
        "<html><body><div><p>" + P1 + "</p><ul><li>North Harbour</li></ul><h2>Aftermath</h2>"
        "</div><div><p>" + P2 + "</p></div></body></html>"
    )
    assert _missing(html, [P1, "Aftermath", P2]) == []


def test_a_paragraph_the_text_has_split_at_its_line_breaks_is_not_put_in_twice() -> None:
    html = _page("<p>Wakefield Park<br>12 Lake Road</p>")
    assert _missing(html, [P1, "Wakefield Park", "12 Lake Road", P2, P3]) == []


def test_the_article_gets_back_a_link_dense_line_trafilatura_dropped() -> None:
    html = (
        "<html><head><title>Storm floods four towns</title></head><body><article>"
        "<h1>Storm floods four towns</h1><div class='body'>"
        f"<p>{P1}</p><p>Harbour: <a href='/t/a'>North</a>, <a href='/t/b'>Old Town</a></p>"
        f"<p>{P2}</p><p>{P3}</p></div></article></body></html>"
    )
    url = "https://example.org/news/storm"
    without = article_text(html, url, options=TextOptions(disabled=frozenset({"inbody"})))
    result = article_text(html, url)
    assert without is not None and result is not None
    assert "Harbour: North, Old Town" not in without.text.splitlines()
    assert result.text.splitlines()[:3] == [P1, "Harbour: North, Old Town", P2]
    assert result.counts["text/inbody/restored"] == 1


def test_a_list_item_the_text_has_in_part_is_not_put_in_twice() -> None:
    item = "The Harbour Hotel, twelve rooms flooded"
    html = _page(f"<ul><li>{item}<br>Owner: Lake Hotels Ltd</li></ul>")
    assert _missing(html, [P1, f"- {item}", P2, P3]) == []


def test_section_headings_of_the_body_come_back_between_its_paragraphs() -> None:
    # trafilatura's last resort (a page whose markup names no article container) takes the
    # page's paragraphs but not its headings.
    html = _page("<h2>What the towns ask for</h2>", after="<h3>Comments</h3>")
    assert _missing(html) == [Insertion(0, "What the towns ask for")]


@pytest.mark.parametrize(
    "heading",
    [
        "<h1>Storm floods four towns</h1>",
        "<h3><a href='/storm'>Landslide closes the hill road</a></h3>",
        "<h2><img src='/card.jpg'>Rain returns to the hills</h2>",
        "<div><h2>Key facts</h2></div>",
        "<aside><h2>Our podcast: new episode out</h2></aside>",
    ],
)
def test_linked_boxed_or_pictured_headings_and_the_headline_stay_out(heading: str) -> None:
    assert _missing(_page(heading)) == []


def test_a_list_of_prose_with_a_link_comes_back_but_not_a_list_of_links() -> None:
    html = _page(
        "<ul><li>North Harbour: 120 homes, most of them on the "
        "<a href='/quay'>quay</a></li><li>Old Town: 45 homes</li></ul>"
        "<ul><li><a href='/a'>Landslide closes the hill road</a> (video)</li>"
        "<li><a href='/b'>Rain returns to the hills</a></li></ul>"
    )
    # The first list's link holds a sixth of its text; the second's links nearly all of it.
    items = ("North Harbour: 120 homes, most of them on the quay", "Old Town: 45 homes")
    assert _missing(html) == [Insertion(0, item) for item in items]


def test_a_heading_with_an_empty_anchor_comes_back_but_not_a_linked_one() -> None:
    html = _page(
        "<h2><b>What the towns ask for</b><a href='#ask' aria-hidden='true'></a></h2>"
        "<h2>Read: <a href='/storm'>the storm in pictures</a></h2>"
    )
    assert _missing(html) == [Insertion(0, "What the towns ask for")]


def test_a_classed_or_long_heading_of_the_body_comes_back() -> None:
    # A page without <article> (or with it written as a <div>) loses its classed crossheads as
    # well; a question or a quotation set as a heading may be as long as a paragraph.
    quote = "“" + "Leading means helping the people around you do their best work, " * 2 + "”"
    html = _page(f"<h2 class='crosshead'>What the towns ask for</h2><h3>{quote}</h3>")
    assert _missing(html) == [Insertion(0, "What the towns ask for"), Insertion(0, quote)]


def _boxed(between: str) -> str:
    """A page of components: each paragraph in a box of its own, with a label beside it."""

    def box(inner: str) -> str:
        return f"<div><div>Article content</div><div>{inner}</div></div>"

    return (
        "<html><body><div class='story'>"
        f"{box(f'<p>{P1}</p>')}{between}{box(f'<p>{P2}</p>')}{box(f'<p>{P3}</p>')}"
        "</div></body></html>"
    )


def test_a_heading_in_a_box_of_its_own_between_boxed_paragraphs_comes_back() -> None:
    html = _boxed("<div><div>Article content</div><div><h3>What the towns ask for</h3></div></div>")
    assert _missing(html) == [Insertion(0, "What the towns ask for")]


@pytest.mark.parametrize(
    "between",
    [
        # A box of several blocks is a box (key facts, a teaser), not one of the body's blocks.
        "<div><h3>Key facts</h3><ul><li>Four towns flooded</li></ul></div>",
        "<div><div><h3><a href='/storm'>Landslide closes the hill road</a></h3></div></div>",
        "<div><aside><h3>Our podcast: new episode out</h3></aside></div>",
    ],
)
def test_boxes_of_several_blocks_linked_or_aside_headings_stay_out(between: str) -> None:
    assert _missing(_boxed(between)) == []


def test_a_heading_in_a_players_box_stays_out() -> None:
    # One heading in the box, but beside it the player's fallback text and buttons: no label.
    player = (
        "<div><div>This video has failed to load. Try refreshing your browser.</div>"
        "<div><h5><span>Storm damage in pictures</span><span>Back to video</span></h5>"
        "<button>Play Video</button></div></div>"
    )
    assert _missing(_boxed(player)) == []


P4 = (
    "Insurers said the first claims had already come in and that most households would be "
    "paid within a month, as after the floods of two years ago."
)
AD = "<div><div>Advertisement</div><iframe src='/ad'></iframe></div>"


def _chunked(first: str, second: str, wrap: bool = False) -> str:
    """A body cut into two chunks by an advertisement; with ``wrap``, each chunk in a box of
    its own beside an advertisement."""
    chunks = [f"<div>{first}</div>", f"<div>{second}</div>"]
    if wrap:
        chunks = [f"<div>{chunk}{AD}</div>" for chunk in chunks]
    else:
        chunks.insert(1, AD)
    return f"<html><body><div class='story'>{''.join(chunks)}</div></body></html>"


@pytest.mark.parametrize("wrap", [False, True])
def test_headings_of_every_chunk_of_a_body_cut_by_advertisements_come_back(wrap: bool) -> None:
    # The body container is the chunk with most paragraphs; the heading that opens the other
    # chunk stands between the last paragraph of the first and the first of its own.
    html = _chunked(
        f"<p>{P1}</p><h3>What the towns ask for</h3><p>{P2}</p><p>{P3}</p>",
        f"<h3>Who pays</h3><p>{P4}</p><h3>What comes next</h3><p>{P1}!</p>",
        wrap=wrap,
    )
    blocks = [P1, P2, P3, P4, f"{P1}!"]
    assert _missing(html, blocks) == [
        Insertion(0, "What the towns ask for"),
        Insertion(2, "Who pays"),
        Insertion(3, "What comes next"),
    ]


def test_a_box_beside_the_body_is_no_chunk_of_it() -> None:
    # The box beside the body holds one paragraph of the text, not two: its heading and its
    # list stay out, though they stand between two of the text's blocks.
    html = _chunked(
        f"<p>{P1}</p><p>{P2}</p>",
        f"<h3>Key facts</h3><ul><li>Four towns flooded</li></ul><p>{P3}</p>",
    ).replace("</div></body>", f"<div><p>{P4}</p></div></div></body>")
    assert _missing(html, [P1, P2, P3, P4]) == []


LAST = (
    "Officials said the road along the coast would stay closed until the engineers had checked "
    "every bridge on it."
)
SLOT = "<div><div data-slot='ad'></div></div>"


def test_the_last_paragraph_left_loose_after_an_ad_slot_comes_back_after_the_one_before() -> None:
    # The slot set into the last paragraph closes it: its rest stands loose in the container.
    html = _page("", after=f"<p>{P4} {SLOT} {LAST}</p>")
    assert _missing(html, [P1, P2, P3, P4]) == [Insertion(3, LAST)]


@pytest.mark.parametrize(
    "after",
    [
        # Not prose: a credit or a label.
        f"<p>{P4}</p>{SLOT} Photos: Jane Doe / Agency",
        # Not the container's last text: a box with text follows it.
        f"<p>{P4}</p>{SLOT} {LAST}<div>More on the storm</div>",
        # Not after a paragraph of the text: the loose text follows a box.
        f"<div>Most read</div>{SLOT} {LAST}",
        # Already in the text.
        f"<p>{P4}</p>{SLOT} {P3}",
    ],
)
def test_loose_text_that_is_no_last_paragraph_stays_out(after: str) -> None:
    blocks = [P1, P2, P3, P4] if P4 in after else [P1, P2, P3]
    assert _missing(_page("", after=after), blocks) == []


def test_a_paragraph_the_page_prints_twice_is_no_landmark_the_second_time() -> None:
    # The text keeps the repeated P1 once: what the page sets after the repeat ("Heading 2")
    # goes after P2, the block it follows in the text, not back up after the first P1.
    units = [(P1, False), ("Heading 1", True), (P2, False), (P1, False), ("Heading 2", True)]
    units.append((P3, False))
    assert gaps.missing_between([P1, P2, P3], units) == [
        Insertion(0, "Heading 1"),
        Insertion(1, "Heading 2"),
    ]


def test_two_units_the_text_joined_in_one_block_both_stay_landmarks() -> None:
    # Negative: a heading trafilatura joined to its paragraph is found in the same block as
    # the paragraph; different texts, so both are landmarks still.
    joined = f"Heading 0 {P2}"
    units = [(P1, False), ("Heading 1", True), ("Heading 0", False), (P2, False), (P3, False)]
    assert gaps.missing_between([P1, joined, P3], units) == [Insertion(0, "Heading 1")]


def test_a_heading_over_a_list_of_links_stays_out_but_not_one_over_a_list_of_prose() -> None:
    # The box's title over linked headlines, each with a kicker: trafilatura drops the links
    # and the heading with them; put back alone it would title the next section.
    links = (
        "<ul><li><strong>Warning:</strong> <a href='/a'>Landslide closes the hill road</a></li>"
        "<li><strong>Video:</strong> <a href='/b'>Rain returns to the hills</a></li></ul>"
    )
    assert _missing(_page(f"<h3>Exclusive background for you</h3><!-- box -->{links}")) == []
    prose = (
        "<ul><li>North Harbour: 120 homes, most of them on the <a href='/quay'>quay</a></li>"
        "<li>Old Town: 45 homes</li></ul>"
    )
    assert _missing(_page(f"<h3>What the towns ask for</h3>{prose}"))[0] == Insertion(
        0, "What the towns ask for"
    )


def test_titled_link_list_needs_two_items_each_mostly_links() -> None:
    def items(html: str) -> list[str]:
        tree = parse_html(f"<html><body><div>{html}</div></body></html>")
        assert tree is not None
        return [
            page.unmarked(item.text_content())
            for item in inbody.titled_link_list(next(tree.iter("h2")))
        ]

    two = "<li><a href='/a'>Landslide closes the hill road</a></li><li><a href='/b'>Rain</a></li>"
    assert items(f"<h2>Related</h2><ul>{two}</ul>") == ["Landslide closes the hill road", "Rain"]
    # One item; a paragraph between; an item of prose with a short link.
    assert items("<h2>Related</h2><ul><li><a href='/a'>Landslide</a></li></ul>") == []
    assert items(f"<h2>Related</h2><p>{P1}</p><ul>{two}</ul>") == []
    prose = "<li>North Harbour: 120 homes on the <a href='/quay'>quay</a></li>"
    assert items(f"<h2>Towns</h2><ul>{two}{prose}</ul>") == []


# A standfirst the page sets as the body's first heading, before its first paragraph.
OPENING = (
    "Four towns on the coast woke up under water. The council says the sea wall will not hold "
    "another storm like this one."
)


def _opening(first: str) -> list[Insertion]:
    html = (
        f"<html><body><div><div>{first}<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"
    )
    return _missing(html)


@pytest.mark.parametrize("tag", ["h4", "p"])
def test_prose_the_body_opens_with_comes_back_before_its_first_paragraph(tag: str) -> None:
    assert _opening(f"<{tag}>{OPENING}</{tag}>") == [Insertion(-1, OPENING)]


@pytest.mark.parametrize(
    "first",
    [
        # no prose: a kicker, a byline, a date
        "<p>Weather and climate</p>",
        "<p>By Jane Doe, Coast News, 3 June 2024</p>",
        # a link in it, a picture: a teaser card, a caption's box
        f"<p><a href='/other'>{OPENING}</a></p>",
        f"<p><img src='/sea.jpg'>{OPENING}</p>",
        # an excerpt of the body's first paragraph, which the text has
        f"<p>{P1} {P2}</p>",
    ],
    ids=["kicker", "byline", "link", "picture", "excerpt"],
)
def test_what_else_the_body_opens_with_stays_out(first: str) -> None:
    assert _opening(first) == []


def test_the_section_heading_over_the_body_s_first_paragraph_comes_back() -> None:
    assert _opening("<h3>How the water came in</h3>") == [Insertion(-1, "How the water came in")]


@pytest.mark.parametrize(
    "first",
    [
        # a link: a teaser's headline; a picture in it: a card's
        "<h3><a href='/water'>How the water came in</a></h3>",
        "<h3><img src='/w.jpg'>How the water came in</h3>",
        # something with text between it and the first paragraph: it titles that box
        "<h3>How the water came in</h3><div>Photo: Coast Agency</div>",
        # a heading over a list of links: a box's title
        "<h3>Read more</h3><ul><li><a href='/a'>Floods in the north of the county</a></li>"
        "<li><a href='/b'>Dams under review after the storm</a></li></ul>",
    ],
    ids=["link", "picture", "box-between", "link-list"],
)
def test_what_else_stands_over_the_body_s_first_paragraph_stays_out(first: str) -> None:
    assert _opening(first) == []


def test_a_standfirst_set_as_the_body_s_first_heading_comes_back_once() -> None:
    # Prose, which opening_prose restores: the heading rule does not put it in again.
    assert _opening(f"<h4>{OPENING}</h4>") == [Insertion(-1, OPENING)]


# A page that sets its paragraphs as <div> elements (text of their own beside inline links)
# and its section headings as headings between them.
HEADING = "What the towns ask for"


def _div_body(between: str) -> str:
    return (
        "<html><body><div><div>"
        f"<div>{P1}</div>{between}<div>{P2.replace('households', '<b>households</b>')}</div>"
        f"<div>{P3}</div></div></div></body></html>"
    )


def test_a_heading_between_div_paragraphs_comes_back() -> None:
    assert _missing(_div_body(f"<h3>{HEADING}</h3>")) == [Insertion(0, HEADING)]


def test_a_teaser_heading_between_div_paragraphs_stays_out() -> None:
    # A box's title is a link, as it is among <p> paragraphs.
    assert _missing(_div_body(f"<h3><a href='/towns'>{HEADING}</a></h3>")) == []


# The body's last paragraphs in a box of their own inside its container, a heading opening it.
P4 = (
    "The council will meet again on Friday to decide which streets are repaired first and how "
    "the work is paid for."
)


P5 = "Schools in the four towns stay closed until Wednesday, the education office said."


@pytest.mark.parametrize(
    "nested",
    [[P3, P4], [P3, P4, P5]],
    ids=["the-container-holds-more", "the-nested-box-holds-more"],
)
def test_a_heading_in_a_chunk_nested_in_the_container_comes_back(nested: list[str]) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in nested)
    html = (
        "<html><body><div><div>"
        f"<p>{P1}</p><p>{P2}</p><div><h3>{HEADING}</h3>{paragraphs}</div>"
        "</div></div></body></html>"
    )
    assert _missing(html, [P1, P2, *nested]) == [Insertion(1, HEADING)]


def test_a_box_nested_in_the_container_that_the_text_lacks_stays_out() -> None:
    # A teaser box inside the body: its paragraphs are not the text's, so it is no chunk.
    html = (
        "<html><body><div><div>"
        f"<p>{P1}</p><p>{P2}</p><div><h3>{HEADING}</h3><p>{P4}</p><p>{P4[::-1]}</p></div>"
        f"<p>{P3}</p></div></div></body></html>"
    )
    assert _missing(html, [P1, P2, P3]) == []


# Headed lists that close the body after its last paragraph (inbody.closing_lists).
STEPS = (
    "<h3>What residents can do</h3>"
    "<ol><li>Keep sandbags at the door</li><li>Move cars to higher ground"
    "<ol><li>The car park on Hill Street stays open</li></ol></li>"
    "<li>Call the hotline before you leave</li></ol>"
)


def _closing(html: str, blocks: list[str] | None = None) -> list[Insertion]:
    return _missing(html, blocks, inbody.closing_lists)


def test_a_headed_list_closing_the_body_comes_back_after_its_last_paragraph() -> None:
    # A nested list's items are lines of their own, as trafilatura writes them.
    box = "<div><h3>Share this</h3><a href='/s'>Mail</a></div>"
    assert _closing(_page("", after=STEPS + box)) == [
        Insertion(2, "What residents can do"),
        Insertion(2, "Keep sandbags at the door"),
        Insertion(2, "Move cars to higher ground"),
        Insertion(2, "The car park on Hill Street stays open"),
        Insertion(2, "Call the hotline before you leave"),
    ]


def test_a_short_body_whose_paragraphs_are_too_short_to_vote_gets_its_closing_list() -> None:
    # Another box's two long paragraphs win the vote of the long ones: the short ones vote too.
    lines = ["Host: the town hall, Main Square 1", "Chair: Jane Doe"]
    html = (
        f"<html><body><div><p>{lines[0]}</p><p>{lines[1]}</p>{STEPS}</div>"
        f"<div><div><p>{P1}</p><p>{P2}</p></div></div></body></html>"
    )
    found = _closing(html, [*lines, P1, P2])
    assert [i.text for i in found][:2] == ["What residents can do", "Keep sandbags at the door"]
    assert {i.after for i in found} == {1}


@pytest.mark.parametrize(
    "after",
    [
        # a heading over a list of links: a related box
        "<h3>Read more</h3><ul><li><a href='/a'>Floods in the north</a></li>"
        "<li><a href='/b'>Dams under review</a></li></ul>",
        # a list without a heading over it, or a heading over one line
        "<ul><li>Keep sandbags at the door</li><li>Call the hotline</li></ul>",
        "<h3>Contact</h3><ul><li>Press office, 12 Quay Road</li></ul>",
        # a box between the last paragraph and the heading
        "<div><a href='/s'>Share</a> <a href='/m'>Mail</a></div>" + STEPS,
        # in a box of its own, not the container's own children
        f"<div>{STEPS}</div>",
        # a linked heading
        "<h3><a href='/tips'>What residents can do</a></h3>"
        "<ul><li>Keep sandbags at the door</li><li>Call the hotline</li></ul>",
    ],
    ids=["link-list", "no-heading", "one-item", "box-before", "boxed", "linked-heading"],
)
def test_what_else_closes_the_body_stays_out(after: str) -> None:
    assert _closing(_page("", after=after)) == []


def test_a_closing_list_the_text_has_is_not_put_in_again() -> None:
    blocks = [P1, P2, P3, "- Keep sandbags at the door", "- Move cars to higher ground"]
    assert _closing(_page("", after=STEPS), blocks) == []


def test_a_plain_page_keeps_the_headed_list_that_closes_its_body() -> None:
    # No class, id or HTML5 element names the article: trafilatura's last resort takes the
    # paragraphs and leaves the heading and the list after them out.
    share = "<div><h3>Share this</h3><a href='/s'>Mail</a></div>"
    html = (
        "<html><head><title>Storm on the coast</title></head><body><div>"
        "<div><h1>Storm on the coast</h1></div>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p>{STEPS}{share}</div></div></body></html>"
    )
    url = "https://news.example/2024/06/storm"
    without = article_text(html, url, options=TextOptions(disabled=frozenset({"inbody"})))
    result = article_text(html, url)
    assert without is not None and result is not None
    assert "What residents can do" not in without.text
    lines = result.text.splitlines()
    assert lines[2:5] == [P3, "What residents can do", "Keep sandbags at the door"]
    assert lines[-1] == "Call the hotline before you leave"
    assert "Share this" not in result.text
    assert result.counts["text/inbody/closing_list"] == 5


# The key points a story opens with, before its body (inbody.opening_points).
POINTS = (
    "Four towns on the coast were flooded overnight",
    "Households will get help before the end of the month",
    "Calmer weather is expected for the rest of the week",
)
BULLETS = "<ul>" + "".join(f"<li><strong>{point}</strong></li>" for point in POINTS) + "</ul>"


def _points_page(before: str) -> str:
    """A page without class names: the headline's box with what stands before the body."""
    return (
        "<html><head><title>Storm on the coast</title></head><body><div>"
        f"<div><h2>Storm on the coast</h2>{before}</div>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"
    )


def test_the_key_points_over_the_body_come_back_before_its_first_paragraph() -> None:
    # A byline, a date and a share bar's list between them and the body are passed over; a
    # promotion set as the last item (all of it a link) is left out.
    promotion = "<li><a href='/help'>Here is how to help the flooded towns</a></li>"
    before = (
        BULLETS.replace("</ul>", promotion + "</ul>")
        + "<p>By Jane Doe, Coast News</p><p>Published: 3 June 2024</p>"
        + "<div><ul><li><a href='/mail'>e-mail</a></li><li>12 comments</li></ul></div>"
    )
    assert _missing(_points_page(before), rule=inbody.opening_points) == [
        Insertion(-1, point) for point in POINTS
    ]


@pytest.mark.parametrize(
    "before",
    [
        # a list of links: teasers, tags
        "<ul>"
        + "".join(f"<li><a href='/{i}'>{p}</a></li>" for i, p in enumerate(POINTS))
        + "</ul>",
        # short items: a share bar, a product's attributes
        "<ul><li>Share</li><li>Mail</li><li>Print</li></ul>",
        "<ul><li>sweet</li><li>Zinfandel</li><li>USA</li></ul>",
        # a gallery's captions: a picture in each item
        "<ul>"
        + "".join(f"<li><img src='/{i}.jpg'>{p}</li>" for i, p in enumerate(POINTS))
        + "</ul>",
        # one item only
        f"<ul><li>{POINTS[0]}</li></ul>",
        # a box of text between them and the body: they open something else
        BULLETS + "<div>" + "".join(f"<p>{p.upper()}</p>" for p in (P1, P2, P3)) + "</div>",
    ],
    ids=["links", "share-bar", "attributes", "captions", "one-item", "text-between"],
)
def test_what_else_stands_before_the_body_is_no_key_point(before: str) -> None:
    assert _missing(_points_page(before), rule=inbody.opening_points) == []


def test_key_points_the_text_has_are_not_put_in_again() -> None:
    blocks = [f"- {POINTS[0]}", P1, P2, P3]
    assert _missing(_points_page(BULLETS), blocks, inbody.opening_points) == []


def test_a_plain_page_keeps_the_key_points_over_its_body() -> None:
    # No class, id or HTML5 element names the article: trafilatura's last resort takes the
    # paragraphs and leaves the list before them out.
    url = "https://news.example/2024/06/storm"
    html = _points_page(BULLETS + "<p>By Jane Doe, Coast News</p>")
    without = article_text(html, url, options=TextOptions(disabled=frozenset({"inbody"})))
    result = article_text(html, url)
    assert without is not None and result is not None
    assert POINTS[0] not in without.text
    lines = result.text.splitlines()
    assert lines[lines.index(P1) - 3 : lines.index(P1)] == list(POINTS)
    assert result.counts["text/inbody/opening_points"] == 3
