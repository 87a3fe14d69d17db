"""The date resolver on pages that declare no date, where the story's day is shown right above
its headline or confirms the URL's date against the extractor's guess; and the dates those rules
must pass over: a masthead's "today", a teaser's, a comment's, an update's, a copyright year, an
event's in the body."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.text.dates import opens_with_its_date, shown_days
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/politik/story-1.html"
TITLE = "Minister resigns after the budget vote"
HEADLINE = f"<h1>{TITLE}</h1>"
# Longer than the reach of the date line read after the headline.
BODY = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"


def resolve(body: str, url: str = URL, guess: str | None = None, head: str = "") -> PageMetadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    extracted = Extracted("text", date=guess) if guess else None
    return resolve_metadata(tree, url, fetched_at=FETCHED, extracted=extracted)


# -- the URL's date, shown beside the headline, over the extractor's guess --------------------

DATED_URL = "https://x.example/archives/2024/02/16/2003825372"


@pytest.mark.parametrize(
    "shown",
    [
        "<p>Fri, Feb 16, 2024 page1</p>",
        "<p>By Jane Doe</p><p>17:41 JST, February 16, 2024</p>",
        # "2/16/2024" also reads as no day at all the other way round; the extractor's guess
        # came from elsewhere on the page.
        "<p>Updated 2/16/2024 10:46 PM</p>",
    ],
)
def test_the_urls_date_shown_beside_the_headline_beats_the_guess(shown: str) -> None:
    body = f"<article><div>{HEADLINE}{shown}</div>{BODY}</article>"
    meta = resolve(body, DATED_URL, "2024-02-11")
    assert (meta.published[:10] if meta.published else None, meta.origin.get("published")) == (
        "2024-02-16",
        "url",
    )
    assert meta.conflicts == []


@pytest.mark.parametrize(
    "shown",
    [
        "",  # nothing shown: the URL and the guess disagree, nothing tells which is right
        "<p>14.02.2024</p>",  # the page shows another day
        # A teaser's card with the URL's day: no evidence for the story.
        "<div><a href='/politik/other-story.html'>Coalition talks collapse after the second"
        " round</a> <span>16.02.2024</span></div>",
        # A comment's date.
        "<div class='comments'><p>Jane, 16.02.2024</p></div>",
    ],
)
def test_the_urls_date_without_the_pages_support_stays_a_conflict(shown: str) -> None:
    body = f"<article><div>{HEADLINE}{shown}</div>{BODY}</article>"
    meta = resolve(body, DATED_URL, "2024-02-11")
    assert (meta.published, meta.conflicts) == (None, ["published"])


def test_a_declared_date_against_the_urls_stays_a_conflict() -> None:
    head = '<meta property="article:published_time" content="2024-02-11T10:00:00+01:00">'
    body = f"<article><div>{HEADLINE}<p>16.02.2024</p></div>{BODY}</article>"
    meta = resolve(body, DATED_URL, head=head)
    assert (meta.published, meta.conflicts) == (None, ["published"])


# -- the date line right above the headline ---------------------------------------------------

_KIND = "<li><span>NEWS FEATURE</span></li>"


@pytest.mark.parametrize(
    "above",
    [
        f"<ul>{_KIND}<li><time datetime='2024-03-05'>05 March 2024</time></li></ul>",
        f"<ul>{_KIND}<li><span>05 March 2024</span></li></ul>",  # no <time>
        "<div><span>Dienstag, 5. März 2024</span></div>",
        "<div><p><span>05.03.2024</span> <span>|</span> <span>4 min</span></p></div>",
    ],
)
def test_the_date_line_above_the_headline_in_its_block_dates_the_story(above: str) -> None:
    body = f"<div><div>{above}{HEADLINE}<p>By Jane Doe</p></div>{BODY}</div>"
    meta = resolve(body)
    assert (meta.published, meta.origin.get("published")) == (
        "2024-03-05T00:00:00+00:00",
        "dateline",
    )


_NAV = (
    "<nav><a href='/politik'>Politik</a> <a href='/wirtschaft'>Wirtschaft</a>"
    " <a href='/sport'>Sport</a></nav>"
)
_CRUMBS = (
    "<ul class='breadcrumb'><li><a href='/kinh-doanh'>Kinh doanh</a></li>"
    "<li><a href='/kinh-doanh/vi-mo'>Vĩ mô</a></li></ul>"
)


@pytest.mark.parametrize(
    ("above", "day"),
    [
        (f"<div>{_CRUMBS}<span>Thứ năm, 2/11/2023, 19:20 (GMT+7)</span></div>", "2023-11-02"),
        (f"<div>{_CRUMBS} <span>05 March 2024</span></div>", "2024-03-05"),
        ("<p><a href='/politik'>Politik</a> | 05.03.2024</p>", "2024-03-05"),
    ],
)
def test_the_date_line_after_the_storys_breadcrumb_above_the_headline_dates_it(
    above: str, day: str
) -> None:
    body = f"<div><div>{above}{HEADLINE}<p>By Jane Doe</p></div>{BODY}</div>"
    meta = resolve(body)
    assert (meta.published[:10] if meta.published else None, meta.origin.get("published")) == (
        day,
        "dateline",
    )


@pytest.mark.parametrize(
    "above",
    [
        # The site's navigation, then the masthead's date of the day the page was served.
        f"<div>{_NAV}<span>Tuesday, 5 March 2024</span></div>",
        "<div><p>"
        + "".join(f"<a href='/s{i}'>Section {i}</a> " for i in range(5))
        + "</p><span>Tuesday, 5 March 2024</span></div>",
        # The date before the breadcrumb's links, not after them.
        f"<div><span>05 March 2024</span>{_CRUMBS}</div>",
        # A slashed date that reads two ways, no weekday telling which.
        f"<div>{_CRUMBS}<span>2/11/2023, 19:20</span></div>",
    ],
)
def test_a_date_after_the_sites_navigation_above_the_headline_dates_nothing(above: str) -> None:
    body = f"<div><div>{above}{HEADLINE}<p>By Jane Doe</p></div>{BODY}</div>"
    assert resolve(body).published is None


@pytest.mark.parametrize(
    "page",
    [
        # A masthead's date of the day the page was served, beyond the site's navigation.
        f"<header><div>Tuesday, 5 March 2024</div>{_NAV}</header><main><div>{HEADLINE}</div>"
        f"{BODY}</main>",
        f"<div><div><p>Tuesday, 5 March 2024</p>{_NAV}<div>{HEADLINE}</div></div>{BODY}</div>",
        # A masthead's date and the headline set loose in the page's <body>.
        f"<p>Tuesday, 5 March 2024</p>{HEADLINE}{BODY}",
        # A teaser above the headline: a link to another story and its date.
        "<div><div><div><a href='/politik/other-story.html'>Coalition talks collapse after the"
        f" second round</a> <span>05.03.2024</span></div>{HEADLINE}</div>{BODY}</div>",
        # A comment's date.
        f"<div><div><div class='comment-meta'>05.03.2024</div>{HEADLINE}</div>{BODY}</div>",
        # An update's line.
        f"<div><div><p>Updated 05.03.2024</p>{HEADLINE}</div>{BODY}</div>",
        f"<div><div><p>Aktualisiert</p><p>05.03.2024</p>{HEADLINE}</div>{BODY}</div>",
        # A copyright year names no day; an event's date is not the story's.
        f"<div><div><p>© 2024 Example News</p>{HEADLINE}</div>{BODY}</div>",
        f"<div><div><p>Konzert am 5. März 2024</p>{HEADLINE}</div>{BODY}</div>",
        # The text under the headline writes another day (an event's in the body).
        f"<div><div><p>05.03.2024</p>{HEADLINE}<p>Der Gipfel beginnt am 12. März 2024 in"
        f" Brüssel.</p></div>{BODY}</div>",
    ],
)
def test_dates_above_the_headline_that_are_not_the_storys_date_nothing(page: str) -> None:
    meta = resolve(page)
    assert meta.published is None


# -- date forms read -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # Hungarian: the year first, a dot after it and after the day.
        ("2020. március 23.", {"2020-03-23"}),
        ("Frissítve: 2020. márc. 23. 10:15", {"2020-03-23"}),
        # Two sentences, not a date; nor a year and a day without the day's dot.
        ("He was elected in 2020. May 5 was the day he took office.", set()),
        ("2020. március 23", set()),
        # Serbian and Catalan March after a day's number and its dot or "de" ...
        ("23. marta 2020.", {"2020-03-23"}),
        ("23 de marc de 2020", {"2020-03-23"}),
        # ... never as a given name before a number.
        ("Jane Doe, Marta 2, 2020", set()),
        ("Photo: Marc 12 2020", set()),
        ("Jean 23 Marc 2020", set()),
    ],
)
def test_dates_of_more_languages_are_read(text: str, days: set[str]) -> None:
    assert shown_days(text) == days


@pytest.mark.parametrize(
    ("piece", "opens"),
    [
        ("mandag 23. marts 2020", True),  # Danish, Norwegian weekdays
        ("lørdag, 5. marts 2024", True),
        ("Frist: 5. marts 2024", False),
    ],
)
def test_a_danish_or_norwegian_weekday_before_a_date(piece: str, opens: bool) -> None:
    assert opens_with_its_date(piece) is opens


@pytest.mark.parametrize(
    ("piece", "opens"),
    [
        ("Domingo, Diciembre 6, 2020 - 07:32", True),  # Spanish and Portuguese Sunday
        ("domenica 6 dicembre 2020", True),  # Italian
        ("Plácido Domingo, 6 Dec 2020", False),  # a given name beside its family name
        ("Concierto: 6 de diciembre de 2020", False),
    ],
)
def test_sunday_left_out_of_the_weekdays_as_a_name_still_opens_a_date_line(
    piece: str, opens: bool
) -> None:
    assert opens_with_its_date(piece) is opens


# -- a reader's comment's date, the URL's month beside another day ---------------------------

COMMENT = (
    '<div class="ce_comments"><div class="comment_default"><p class="info">'
    '<span>Nico</span> schrieb:<br><time datetime="2024-03-05T14:25:40+00:00">05.03.2024 um'
    " 14:25 Uhr</time></p><p>Cool!</p></div></div>"
)


def test_a_comments_time_dates_nothing() -> None:
    meta = resolve(f"{HEADLINE}{BODY}{COMMENT}")
    assert meta.published is None


def test_a_comments_time_is_told_by_its_wrote_line_without_classes() -> None:
    plain = COMMENT.replace(' class="ce_comments"', "").replace(' class="comment_default"', "")
    plain = plain.replace(' class="info"', "")
    assert resolve(f"{HEADLINE}{BODY}{plain}").published is None


def _classless_page(before_the_time: str) -> str:
    """A page in markup without classes: its date line above the headline, a short standfirst,
    the body and, in the same block, a line with a later <time> after ``before_the_time``."""
    return (
        f"<div><div><div><p>19.02.2024</p></div>{HEADLINE}<p>The vote came late.</p>{BODY}"
        f'<p>{before_the_time}<br><time datetime="2024-03-05T14:25:40+00:00">05.03.2024 um'
        " 14:25 Uhr</time></p><p>Cool!</p></div></div>"
    )


def test_a_comments_day_beside_the_headline_supports_no_guess_without_classes() -> None:
    # The extractor reads the comment's day; the part around the headline writes it beside the
    # story's own date line. Without support the guess gives way to that line.
    meta = resolve(_classless_page("Nico schrieb:"), guess="2024-03-05")
    assert (meta.published, meta.origin.get("published")) == (
        "2024-02-19T00:00:00+00:00",
        "dateline",
    )


def test_a_later_day_beside_the_headline_without_a_commenter_still_supports_the_guess() -> None:
    meta = resolve(_classless_page("Nico, Berlin"), guess="2024-03-05")
    assert meta.published is not None and meta.published.startswith("2024-03-05")


def test_a_time_in_the_storys_part_marked_for_comments_is_the_storys() -> None:
    story = (
        f'<article class="post comments-open">{HEADLINE}'
        '<p><time datetime="2024-03-05T14:35:00+01:00">5. März 2024, 14:35</time></p>'
        f"{BODY}</article>"
    )
    assert resolve(story).published == "2024-03-05T13:35:00+00:00"


# An opinion piece whose template names its header block for the genre ("commentary"), in BEM
# classes: the headline and its date line are parts of that block, not a reader's comment.
COMMENTARY = (
    '<div class="page"><article class="op-commentary">'
    '<div class="op-commentary__kicker">Opinion</div>'
    f'<h1 class="op-commentary__title">{TITLE}</h1>'
    '<div class="op-commentary__date">Tuesday, 5 March 2024</div></article>'
    f"{BODY}</div>"
)


def test_a_date_line_of_the_headlines_own_block_named_for_comments_is_the_storys() -> None:
    alone = resolve(COMMENTARY)
    assert (alone.published, alone.origin.get("published")) == (
        "2024-03-05T00:00:00+00:00",
        "dateline",
    )
    guessed = resolve(COMMENTARY, guess="2024-03-05")
    assert guessed.published == "2024-03-05T00:00:00+00:00"
    assert guessed.weak == []


def test_a_readers_comment_below_a_headline_in_blocks_stays_a_comment() -> None:
    # The headline is a part of its story's block; the comment's block is another one.
    page = (
        f'<div class="story"><h1 class="story__title">{TITLE}</h1>{BODY}'
        '<div class="comment__meta">Jane, 5 March 2024</div><p>Well said.</p></div>'
    )
    meta = resolve(page, guess="2024-03-05")
    assert meta.published is None
    assert meta.weak == ["published"]


MONTH_URL = "https://blog.example/2024/03/strong-and-beautiful.html"


def test_the_urls_month_supports_no_guess_beside_another_day_of_it() -> None:
    # The extractor reads a comment's day; the day the post shows is another of the URL's month.
    beside = f"<div>{HEADLINE}<p>März 02, 2024</p></div>{BODY}"
    meta = resolve(beside, url=MONTH_URL, guess="2024-03-04")
    assert meta.published == "2024-03-02T00:00:00+00:00"


def test_the_urls_month_supports_the_guess_the_page_shows() -> None:
    beside = f"<div>{HEADLINE}<p>März 04, 2024</p></div>{BODY}"
    meta = resolve(beside, url=MONTH_URL, guess="2024-03-04")
    assert meta.published == "2024-03-04T00:00:00+00:00"
