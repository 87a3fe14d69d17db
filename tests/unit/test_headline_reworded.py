"""The story's heading where no heading shows the tab title as it stands: a kicker set before
the headline in the title only, or a title worded otherwise than the one story-sized <h1>; and
the headings those rules must pass over: a related story's, a site banner, a section's name, a
cookie dialog's, a teaser's link."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml.html import HtmlElement

from pipelines.text.extraction import parse_html
from pipelines.text.headline import heading_of_title, headline_element, story_facts
from pipelines.text.metadata import resolve_metadata
from pipelines.text.structured import gather

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/ausgaben/2019-4/artikel/forbes.html"
BODY = "<p>" + "Publishing magnate Steve Forbes talks about the presidency and money. " * 6 + "</p>"
KICKED = "America: Steve Forbes: Trump is indeed a billionaire."
HEADLINE = "Steve Forbes: Trump is indeed a billionaire."
REWORDED = "Ways to meet people while traveling, from apps to social media tips | Travel Desk"
SHOWN = "Want to make friends while traveling solo? Social media can help."


def page(body: str, title: str) -> HtmlElement:
    tree = parse_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    assert tree is not None
    return tree


def heading(tree: HtmlElement, title: str) -> HtmlElement | None:
    story = story_facts(gather(tree, URL), tree)
    return heading_of_title(story, tree, headline_element(story, title), title)


def text(element: HtmlElement | None) -> str | None:
    return None if element is None else element.text_content()


# -- a kicker the title sets before the headline -----------------------------------------------


def test_a_heading_closing_the_title_after_a_kicker_is_the_headline() -> None:
    tree = page(f"<div>America</div><h2>{HEADLINE}</h2>{BODY}", KICKED)
    found = heading(tree, KICKED)
    assert found is not None and found.tag == "h2" and text(found) == HEADLINE


def test_the_byline_beside_that_heading_is_read() -> None:
    byline = "<div><h5>23.01.2019</h5><div>By Urs Gehriger and Florian Schwab</div></div>"
    tree = page(f"<div>America</div><h2>{HEADLINE}</h2>{byline}{BODY}", KICKED)
    meta = resolve_metadata(tree, URL, fetched_at=FETCHED)
    assert meta.authors == ["Urs Gehriger", "Florian Schwab"]


def test_a_teaser_heading_closing_the_title_is_no_headline() -> None:
    tree = page(f'<a href="/other"><h3>{HEADLINE}</h3></a>{BODY}', KICKED)
    assert heading(tree, KICKED) is None


def test_a_section_banner_closing_a_longer_title_is_no_headline() -> None:
    # What the title sets before the heading's text is longer: the heading is the title's suffix.
    title = "Die Bilanz der Landesregierung nach dem ersten Jahr: Wirtschaft und Politik"
    tree = page(f"<h2>Wirtschaft und Politik</h2>{BODY}", title)
    assert heading(tree, title) is None


def test_two_headings_closing_the_title_leave_it_unknown() -> None:
    title = "Live: Steve Forbes: Trump is indeed a billionaire."
    body = f"<h2>{HEADLINE}</h2><h3>Trump is indeed a billionaire.</h3>{BODY}"
    assert heading(page(body, title), title) is None


# -- the one story-sized <h1> under a title worded otherwise -----------------------------------


def test_the_one_story_sized_h1_sharing_the_titles_words_is_the_headline() -> None:
    body = f"<h1>{SHOWN}</h1>{BODY}<h1>Related roundups</h1><h1>Related roundups</h1>"
    found = heading(page(body, REWORDED), REWORDED)
    assert found is not None and text(found) == SHOWN


def test_a_title_in_an_unspaced_script_is_compared_by_its_pieces() -> None:
    title = "減税は24年6月 首相会見で表明|au Webポータル経済・ITニュース"
    shown = "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに"
    tree = page(f"<h1>経済・IT</h1><h1>{shown}</h1>{BODY}", title)
    assert text(heading(tree, title)) == shown


def test_a_related_storys_h1_before_the_story_is_no_headline() -> None:
    related = "The best beaches in Portugal for a summer holiday with the family"
    body = f"<h1>Travel Desk</h1><h1>{related}</h1>{BODY}"
    assert heading(page(body, REWORDED), REWORDED) is None


def test_a_cookie_dialogs_heading_is_no_headline() -> None:
    cookie = "We value your privacy and the choices you make about cookies"
    body = f"<h1>{cookie}</h1><h1>{SHOWN}</h1>{BODY}"
    assert heading(page(body, REWORDED), REWORDED) is None
    banner = f"<h1>{cookie}</h1><h1>Travel Desk</h1>{BODY}"
    assert heading(page(banner, REWORDED), REWORDED) is None


def test_a_section_title_alone_is_no_headline() -> None:
    body = f"<h1>Travel</h1><h1>Latest stories</h1><h2>{SHOWN}</h2>{BODY}"
    assert heading(page(body, REWORDED), REWORDED) is None


def test_a_linked_or_listed_story_h1_is_no_headline() -> None:
    linked = f'<h1>Travel</h1><a href="/friends"><h1>{SHOWN}</h1></a>{BODY}'
    listed = f"<h1>Travel</h1><ul><li><h1>{SHOWN}</h1></li></ul>{BODY}"
    assert heading(page(linked, REWORDED), REWORDED) is None
    assert heading(page(listed, REWORDED), REWORDED) is None
