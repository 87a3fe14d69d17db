"""The metadata benchmark's audit of refused date guesses: where a page writes a guess's day."""

import pytest
from lxml.html import HtmlElement

from benchmarks.guess_places import other_days, place_of_day
from pipelines.text.extraction import parse_html


def _tree(body: str, head: str = "") -> HtmlElement:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return tree


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # The story's own line under its headline.
        ("<h1>Rain</h1><p>Published 3 May 2021</p><p>It rained.</p>", "below the h1"),
        # A site's header writing today's date above the story's headline.
        ("<div>Monday, 3 May 2021</div><h1>Rain</h1><p>It rained.</p>", "above the h1"),
        # A teaser's date inside its link, a list of posts.
        (
            '<h1>News</h1><ul><li><a href="/a">3 May 2021: Rain</a></li></ul>',
            "other item",
        ),
        ("<h1>Rain</h1><aside><p>3 May 2021</p></aside>", "other item"),
        # A form's default value: only an attribute writes the day.
        ('<h1>Trip</h1><form><input value="03.05.2021"></form>', "attribute"),
        ('<h1>Rain</h1><span data-created="2021-05-03T10:00:00Z"></span>', "attribute"),
        # Script data only.
        ('<h1>Rain</h1><script>var x = {"createTime": "2021-05-03T03:02:36"};</script>', "script"),
        ('<h1>Rain</h1><script>window.d = {"published": "2021/05/03 10:00"};</script>', "script"),
        # The text after a script is shown; the script's own is not.
        ("<h1>Rain</h1><script>var a = 1;</script>3 May 2021", "below the h1"),
        # Written nowhere: an address is no date the page writes.
        ('<h1>Rain</h1><a href="/2021/05/03/rain">more</a>', "nowhere"),
        ('<h1>Rain</h1><img src="/2021-05-03/x.jpg">', "nowhere"),
    ],
)
def test_place_of_day(body: str, place: str) -> None:
    assert place_of_day(_tree(body), "2021-05-03") == place


def test_story_line_wins_over_a_teaser_with_the_same_day() -> None:
    body = '<h1>Rain</h1><ul><li><a href="/b">3 May 2021</a></li></ul><p>Posted on 3 May 2021</p>'
    assert place_of_day(_tree(body), "2021-05-03") == "below the h1"


def test_another_day_is_not_the_day() -> None:
    body = "<h1>Rain</h1><p>4 May 2021</p>"
    assert place_of_day(_tree(body), "2021-05-03") == "nowhere"


def test_page_without_h1_counts_below() -> None:
    assert place_of_day(_tree("<p>3 May 2021</p>"), "2021-05-03") == "below the h1"


@pytest.mark.parametrize(
    ("body", "others"),
    [
        ("<h1>Rain</h1><p>3 May 2021</p>", "none"),
        ("<h1>Rain</h1><p>3 May 2021</p><p>1 May 2021</p>", "1-3"),
        (
            "<h1>Rain</h1>" + "".join(f"<p>{d} May 2021</p>" for d in (3, 4, 5, 6, 7)),
            "4+",
        ),
        # Script data is no day the page shows.
        ('<h1>Rain</h1><p>3 May 2021</p><script>x = "2020-01-01";</script>', "none"),
    ],
)
def test_other_days(body: str, others: str) -> None:
    assert other_days(_tree(body), "2021-05-03") == others
