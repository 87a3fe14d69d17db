"""The page's furniture after the body's container, read from structure alone."""

from __future__ import annotations

from pipelines.text import bodyend, templates
from pipelines.text.extraction import parse_html

P1 = (
    "Heavy rain on Monday night left the harbour road under water, and the ferry to the "
    "islands stayed in port until the tide turned."
)
P2 = (
    "Council workers cleared the drains on Tuesday; the mayor promised that the repairs to "
    "the sea wall would start before the autumn storms."
)
P3 = "The harbour master said the quay would reopen once the water had gone down again."
SITE = "News from the coast: politics, business, culture and sport, every day."
RIGHTS = "2012 - 2024 © by Coast News Ltd."
COMMENT = (
    "I live by the harbour and the water came up to our door twice this year already; the "
    "council has known about the drains for a decade and did nothing until the press came, "
    "which says a lot about who they listen to."
)
# A menu of the site's sections after the article: 8 links, 160 characters of link text.
MENU = "".join(
    f"<li><a href='/{n}'>{n.title()} and more news</a></li>"
    for n in ("politics", "business", "culture", "sport", "travel", "science", "health", "opinion")
)


def _page(after: str) -> str:
    return (
        "<html><body><div><h1>Storm floods the harbour</h1>"
        f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{after}</div></body></html>"
    )


def _after_body(html: str, blocks: list[str]) -> set[str]:
    tree = parse_html(html)
    assert tree is not None
    return bodyend.after_body(templates.block_elements(tree, blocks), blocks)


def test_the_site_footer_after_a_menu_is_dropped() -> None:
    html = _page(f"<ul>{MENU}</ul><div><p>{SITE}</p><p>{RIGHTS}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE, RIGHTS]) == {SITE, RIGHTS}


def test_text_after_the_body_without_links_between_stays() -> None:
    # An "about us" page goes on in boxes of its own; a photo credit is no menu.
    html = _page(f"<div><p>{'Photo: Jane Doe, Coast News. ' * 6}</p></div><div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == set()


def test_a_short_stretch_of_links_is_no_menu() -> None:
    html = _page(f"<a href='/share'>Share</a><div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == set()


def test_a_thread_of_comments_after_the_menu_stays_whole() -> None:
    html = _page(f"<ul>{MENU}</ul><div><p>{COMMENT}</p><p>{RIGHTS}</p></div>")
    assert _after_body(html, [P1, P2, P3, COMMENT, RIGHTS]) == set()


def test_the_body_in_its_container_is_never_dropped() -> None:
    # The menu sits between the second and third paragraph, inside the container.
    html = (
        "<html><body><div><div>"
        f"<p>{P1}</p><p>{P2}</p><ul>{MENU}</ul><p>{P3}</p>"
        "</div></div></body></html>"
    )
    assert _after_body(html, [P1, P2, P3]) == set()


def test_no_container_no_cut() -> None:
    html = f"<html><body><p>{P1}</p><ul>{MENU}</ul><div><p>{SITE}</p></div></body></html>"
    assert _after_body(html, [P1, SITE]) == set()


def test_script_text_between_is_not_the_page_text() -> None:
    # Counted as text, the script would leave the menu's links a fifth of the stretch.
    script = "<script>" + "var menu = 'politics business culture sport';" * 12 + "</script>"
    links = "".join(f"<a href='/{n}'>Section {n}: the news of today</a>" for n in "abcde")
    html = _page(f"{links}{script}<div><p>{SITE}</p></div>")
    assert _after_body(html, [P1, P2, P3, SITE]) == {SITE}


def test_between_counts_text_and_link_text() -> None:
    html = (
        "<html><body><div><p id='a'>one</p>tail <span>x <a>link</a></span>"
        "<div>lead <b>in</b><p id='b'>two</p></div></div></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    first, second = tree.get_element_by_id("a"), tree.get_element_by_id("b")
    # "tail" + "x link" + "lead" + "in": 4 + 6 + 4 + 2 characters, 4 of them a link's.
    assert bodyend._between(first, second) == (16, 4)
