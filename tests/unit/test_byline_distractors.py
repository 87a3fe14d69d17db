"""Names a page shows beside its story that credit something else: a related story's card, a
newsletter's sign-up, the readers' comments, a picture. Pages without class names (as publishers
with hashed or no class names write them) show these in the same forms as the story's credit;
each rule with the case it must not fire on, the story's own credit in the same markup."""

from __future__ import annotations

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.shapedcredits import position_byline_near

URL = "https://news.example/politik/minister-resigns.html"
STORY = (
    "<p>The minister resigned on Tuesday after weeks of dispute over the budget, which the "
    "coalition partners had refused to pass in its present form.</p>"
    "<p>Her party said it would name a successor within days. The opposition called for early "
    "elections and said the government had lost its majority.</p>"
)
DATE = "<div><span>05.03.2024, 10:00</span></div>"


def authors(near: str = "", after: str = "", byline: str = "") -> list[str]:
    page = (
        f"<html><body><div><div><h1>Minister resigns over budget row</h1>{byline}{DATE}{near}"
        f"{STORY}</div>{after}</div></body></html>"
    )
    tree = parse_html(page)
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at="2024-03-06T00:00:00Z").authors


CARD = (
    '<div><div><a href="/politik/opposition-demands-early-elections.html">Opposition demands '
    "early elections after resignation</a><div>Max Muster</div><div>04.03.2024</div></div></div>"
)


def test_a_name_and_day_beside_another_storys_linked_title_is_that_storys() -> None:
    assert authors(near=CARD) == []
    tree = parse_html(f"<html><body><div><h1>Minister resigns</h1>{CARD}</div></body></html>")
    assert tree is not None
    assert position_byline_near(tree.find(".//h1")) == []
    # The same name and day without the other story's title: the story's credit.
    own = "<div><div>Max Muster</div><div>04.03.2024</div></div>"
    assert authors(near=own) == ["Max Muster"]
    # A link that is no other story's title (a short one) makes no card.
    short = '<div><div><a href="/politik/">Politik</a><div>Max Muster</div><div>04.03.2024</div>'
    assert authors(near=short + "</div></div>") == ["Max Muster"]


SIGNUP = (
    "<div><div><h3>Sign up for the Morning Brief</h3><p>By Jane Doe</p>"
    '<form><input type="email" name="email"><button>Sign up</button></form></div></div>'
)


def test_a_newsletters_signature_beside_its_field_is_no_byline() -> None:
    assert authors(near=SIGNUP) == []
    assert authors(after=SIGNUP) == []
    # Name and day beside the field, read by their place alone: no credit either.
    boxed = (
        "<div><p>The Morning Brief</p><div>Jane Doe</div><div>05.03.2024</div>"
        '<input type="email" name="email"></div>'
    )
    assert authors(near=boxed) == []
    # The story's own line is still read beside it, the signature left out.
    assert authors(byline="<p>By John Roe</p>", near=SIGNUP) == ["John Roe"]
    # A hidden field (a form's token) asks the reader for nothing: the line is the credit.
    hidden = '<div><p>By Jane Doe</p><input type="hidden" name="token" value="1"></div>'
    assert authors(near=hidden) == ["Jane Doe"]


def test_a_line_under_the_comments_heading_is_a_commenters() -> None:
    comments = "<div><h3>2 Comments</h3><div><p>By Hans Meier</p><p>About time.</p></div></div>"
    assert authors(after=comments) == []
    assert authors(after=comments.replace("2 Comments", "Kommentare (2)")) == []
    # An opinion piece's label is no comments heading: the line under it is the credit.
    opinion = "<h2>Comment</h2><p>By Hans Meier</p>"
    assert authors(near=opinion) == ["Hans Meier"]


def test_a_commenters_profile_link_under_the_comments_heading_is_no_byline() -> None:
    link = '<a href="/profile/hans-meier">Hans Meier</a>'
    comments = f"<div><h3>Comments</h3><div>{link}<span>05.03.2024</span><p>Yes.</p></div></div>"
    assert authors(after=comments) == []
    # The same link beside the headline, under no heading of its own, is the byline.
    assert authors(near=f"<div>{link}</div>") == ["Hans Meier"]


def test_a_credit_under_a_most_read_heading_is_another_storys() -> None:
    items = "".join(
        f'<div><a href="/politik/s{n}.html">Streik bei der Bahn {n}</a><p>Von Max Muster</p></div>'
        for n in "12"
    )
    assert authors(near=f"<div><h2>Meistgelesen</h2>{items}</div>") == []
    assert authors(after=f"<div><h2>Most read</h2>{items}</div>") == []
    # Under a subtitle heading of the story, a line is its credit.
    assert authors(near="<h2>Der Streit um den Haushalt</h2><p>Von Max Muster</p>") == [
        "Max Muster"
    ]


def test_a_photographers_link_is_no_byline() -> None:
    link = '<a href="/authors/jane-doe">Jane Doe</a>'
    photo = f'<div><img src="/a.jpg"><p><span>Photo</span> by {link}</p></div>'
    assert authors(near=photo) == []
    assert authors(near=photo.replace("<span>Photo</span> by", "Foto:")) == []
    # The same link after "By" is the story's credit.
    own = f"<div><p>By {link}</p></div>"
    assert authors(near=own) == ["Jane Doe"]


KICKER_HEADING = (
    "<div><h3><span>Premiere in Eisenhüttenstadt</span><span> - </span>"
    "<span>Hotel Lunik opens its doors once more</span></h3>"
    "<div>Do 25.04.24 | 14:07 Uhr | Von <span>Eva Muster-Roe</span></div>"
    f"{STORY}</div>"
)


def test_the_byline_beside_a_heading_that_shows_the_title_after_a_kicker() -> None:
    # The page's title (og:title) is the heading's last part; no <h1>, no class names.
    head = '<meta property="og:title" content="Hotel Lunik opens its doors once more">'
    tree = parse_html(f"<html><head>{head}</head><body>{KICKER_HEADING}</body></html>")
    assert tree is not None
    assert resolve_metadata(tree, URL, fetched_at="2024-04-26T00:00:00Z").authors == [
        "Eva Muster-Roe"
    ]
    # A heading whose kicker the title repeats is not found by its last part: no heading
    # shows that title apart, and the line beside it is not read.
    head = '<meta property="og:title" content="Eisenhüttenstadt: Hotel Lunik opens its doors">'
    tree = parse_html(f"<html><head>{head}</head><body>{KICKER_HEADING}</body></html>")
    assert tree is not None
    assert resolve_metadata(tree, URL, fetched_at="2024-04-26T00:00:00Z").authors == []
