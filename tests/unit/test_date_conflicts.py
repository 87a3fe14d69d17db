"""A declared date the page itself contradicts is not stored: the checks of the date resolver
that turn a wrong date into a missing one (``conflicts`` names ``published``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/politik/story-1.html"
HEADLINE = "<h1>Minister resigns after the budget vote</h1>"
# Longer than the reach of the date line read after the headline.
BODY = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"
DECLARED = '<meta property="article:published_time" content="2020-01-05T08:00:00+00:00">'
KEPT = "2020-01-05T08:00:00+00:00"


def resolve(body: str, head: str = DECLARED, url: str = URL) -> PageMetadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return resolve_metadata(tree, url, fetched_at=FETCHED)


def under_the_headline(line: str) -> str:
    return f"<article><div>{HEADLINE}{line}</div>{BODY}</article>"


# -- the date line right under the headline ------------------------------------------------

# A month folder or a publication meta tag of another name agreeing with the declared date:
# support that keeps the looser first-date-line rule from firing, not this one.
MONTH_URL = "https://x.example/2020/01/story"
OTHER_TAG = '<meta name="publication_date" content="2020-01-05T09:00:00+01:00">'


@pytest.mark.parametrize(
    "line",
    [
        "<p>30.12.2019</p>",
        "<p>Montag, 30.12.2019, 14:05 Uhr</p>",
        "<div><span>By Jane Doe</span> | <span>December 30, 2019</span></div>",
        "<p>2019年12月30日</p>",
    ],
)
@pytest.mark.parametrize(("head", "url"), [(DECLARED, MONTH_URL), (DECLARED + OTHER_TAG, URL)])
def test_a_declared_date_after_the_line_under_the_headline_is_not_stored(
    line: str, head: str, url: str
) -> None:
    meta = resolve(under_the_headline(line), head, url)
    assert (meta.published, meta.conflicts) == (None, ["published"])


@pytest.mark.parametrize(
    "line",
    [
        # The same day, or a day's slack either side (the page's own zone is unknown).
        "<p>05.01.2020</p>",
        "<p>04.01.2020</p>",
        "<p>06.01.2020</p>",
        # A later day: the updated story that shows its update, with or without its label.
        "<p>12.03.2020</p>",
        "<p>Updated: 12.03.2020</p>",
        "<p>Aktualisiert am 12. März 2020, 14:05 Uhr</p>",
        # Not the story's date: an update's label, what the date is of, a sentence.
        "<p>Aktualisiert am 30.12.2019</p>",
        "<p>Deadline: 30.12.2019</p>",
        "<p>Die Regierung hat am 30. Dezember 2019 beschlossen.</p>",
    ],
)
def test_a_line_under_the_headline_that_agrees_or_is_no_date_line_keeps_the_date(
    line: str,
) -> None:
    meta = resolve(under_the_headline(line), url=MONTH_URL)
    assert (meta.published, meta.conflicts) == (KEPT, [])


def test_a_url_date_the_declared_date_agrees_with_vouches_for_it() -> None:
    # The URL, written when the story was first published, names the declared day: the earlier
    # line is another day the story shows (an event's).
    meta = resolve(under_the_headline("<p>30.12.2019</p>"), url="https://x.example/2020/01/05/a")
    assert (meta.published, meta.conflicts) == (KEPT, [])


# A live blog declared with its start: the day of its newest entry is shown beside its headline.
LIVE_BLOG = '<script type="application/ld+json">{}</script>'.format(
    json.dumps(
        {
            "@type": "LiveBlogPosting",
            "headline": "Minister resigns after the budget vote",
            "datePublished": "2020-01-05T08:00:00+00:00",
        }
    )
)


def test_a_live_blogs_newest_day_under_its_headline_does_not_contradict_its_start() -> None:
    meta = resolve(under_the_headline("<p>30.12.2019</p>"), LIVE_BLOG, MONTH_URL)
    assert (meta.published, meta.conflicts) == (KEPT, [])


# -- a labelled publication away from the headline ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"<article>{HEADLINE}{BODY}<p>First published: 12 March 2020</p></article>",
        f"<article><p>Veröffentlicht am 12.03.2020</p>{HEADLINE}{BODY}</article>",
    ],
)
def test_a_declared_date_a_labelled_publication_away_from_the_headline_contradicts(
    body: str,
) -> None:
    meta = resolve(body)
    assert (meta.published, meta.conflicts) == (None, ["published"])


@pytest.mark.parametrize(
    "body",
    [
        # An update, the same day, another item's line (an aside, a comment).
        f"<article>{HEADLINE}{BODY}<p>Last updated: 12 March 2020</p></article>",
        f"<article>{HEADLINE}{BODY}<p>First published: 5 January 2020</p></article>",
        f"<article>{HEADLINE}{BODY}<aside><p>Published: 12 March 2020</p></aside></article>",
        f"<article>{HEADLINE}{BODY}<div class='comment'>Posted 12.03.2020</div></article>",
        # The top of the story shows the declared day: a label further down is another item's.
        f"<article><div>{HEADLINE}<p>05.01.2020</p></div>{BODY}<p>Posted 12.03.2020</p></article>",
    ],
)
def test_a_labelled_line_that_agrees_or_is_not_the_storys_keeps_the_date(body: str) -> None:
    meta = resolve(body)
    assert (meta.published, meta.conflicts) == (KEPT, [])


def test_the_labelled_line_in_the_urls_month_is_no_reason_to_walk_the_page() -> None:
    # The URL's month holds the declared day: the page's labelled lines are not read.
    url = "https://x.example/2020/01/story"
    body = f"<article>{HEADLINE}{BODY}<p>First published: 12 March 2020</p></article>"
    assert resolve(body, url=url).published == KEPT


# -- a declared date after the date the page shows as the story's -------------------------


def above_the_headline(line: str) -> str:
    """A line above the headline: out of reach of the rules that read the text under it."""
    return f"<article><header>{line}{HEADLINE}</header>{BODY}</article>"


@pytest.mark.parametrize(
    "body",
    [
        # The <time> beside the headline, a day of its own in its datetime.
        above_the_headline('<time datetime="2019-12-30T10:00:00+01:00">30 Dec</time>'),
        # The wire dateline opening the story, in the declared date's year.
        f"<article>{HEADLINE}<p>BERLIN, 2. Januar (dpa) - Der Minister trat zurück.</p>"
        f"{BODY}</article>",
    ],
)
def test_a_declared_date_after_the_date_the_page_shows_is_not_stored(body: str) -> None:
    meta = resolve(body)
    assert (meta.published, meta.conflicts) == (None, ["published"])


@pytest.mark.parametrize(
    "body",
    [
        # The same day, or a day's slack (the page's zone is unknown).
        above_the_headline('<time datetime="2020-01-04T09:00:00+01:00">4 Jan</time>'),
        # A later day: the updated story that shows its update without saying so.
        above_the_headline('<time datetime="2020-03-12T10:00:00+01:00">12 Mar</time>'),
        # The <time> agrees: the wire dateline's earlier day is another (the story filed late).
        f"<article><header><time datetime='2020-01-05T09:00:00+01:00'>5 Jan</time>{HEADLINE}"
        f"</header><p>BERLIN, 2. Januar (dpa) - Der Minister trat zurück.</p>{BODY}</article>",
        # Another item's date: a teaser's <time>, a <time> labelled as the update.
        f"<article>{HEADLINE}{BODY}</article><aside><h3><a href='/other'>Other story</a></h3>"
        '<time datetime="2019-12-30T10:00:00+01:00">30 Dec</time></aside>',
        above_the_headline(
            '<span>Aktualisiert:</span> <time datetime="2019-12-30T10:00:00+01:00">30.12.</time>'
        ),
        # A wire dateline of a day in another year than the declared one: no earlier day.
        f"<article>{HEADLINE}<p>BERLIN, 30. Dezember (dpa) - Der Minister trat zurück.</p>"
        f"{BODY}</article>",
    ],
)
def test_a_page_that_shows_the_declared_day_later_or_elsewhere_keeps_it(body: str) -> None:
    meta = resolve(body)
    assert (meta.published, meta.conflicts) == (KEPT, [])


def test_a_full_url_date_that_agrees_vouches_for_a_declared_date_after_the_shown_one() -> None:
    # The URL's date is written once, when the story first goes up: the <time> is another day.
    body = above_the_headline('<time datetime="2019-12-30T10:00:00+01:00">30 Dec</time>')
    meta = resolve(body, url="https://x.example/2020/01/05/story")
    assert (meta.published, meta.conflicts) == (KEPT, [])


def test_a_live_blogs_earlier_time_beside_its_headline_does_not_contradict_its_start() -> None:
    body = above_the_headline('<time datetime="2019-12-30T10:00:00+01:00">30 Dec</time>')
    assert resolve(body, LIVE_BLOG).published == KEPT


# -- a re-publication under the story's old address ----------------------------------------

OLD_MONTH_URL = "https://x.example/2018/04/story.html"


def timed_under_the_headline(moment: str, shown: str) -> str:
    return f'<article><div>{HEADLINE}<p><time datetime="{moment}">{shown}</time></p></div>{BODY}'


def test_a_time_and_date_line_after_the_urls_month_date_a_re_publication() -> None:
    body = timed_under_the_headline("2023-04-25T08:18:00+02:00", "25.4.23") + "</article>"
    meta = resolve(body, head="", url=OLD_MONTH_URL)
    assert meta.published == "2023-04-25T06:18:00+00:00"


@pytest.mark.parametrize(
    "body",
    [
        # Before the URL's month: no re-publication, a date of something else.
        timed_under_the_headline("2017-04-25T08:18:00+02:00", "25.4.17") + "</article>",
        # The line under the headline does not write it: one source only.
        above_the_headline('<time datetime="2023-04-25T08:18:00+02:00">vor 2 Stunden</time>'),
    ],
)
def test_a_time_outside_the_urls_month_without_both_signs_is_not_stored(body: str) -> None:
    meta = resolve(body, head="", url=OLD_MONTH_URL)
    assert meta.published is None


# -- a declared day the labelled publication under the headline names otherwise ------------

DAY_ONLY = '<meta name="dc.date" content="2020-01-05">'


@pytest.mark.parametrize(
    "line",
    ["<p>Published January 6, 2020 3:02am EST</p>", "<p>Veröffentlicht am 04.01.2020</p>"],
)
def test_a_declared_day_beside_the_labelled_publication_of_the_next_day_is_not_stored(
    line: str,
) -> None:
    # A day without a time is a calendar day as the page writes it, as is the labelled one:
    # the day before or after is another day, not the same moment in another zone.
    meta = resolve(under_the_headline(line), DAY_ONLY)
    assert (meta.published, meta.conflicts) == (None, ["published"])


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        # The labelled day itself.
        ('<meta name="dc.date" content="2020-01-06">', "2020-01-06"),
        # A moment late on the 5th in UTC is the 6th in a zone east of it: no contradiction.
        (
            '<meta property="article:published_time" content="2020-01-05T23:30:00+00:00">',
            "2020-01-05T23:30:00+00:00",
        ),
    ],
)
def test_a_declared_date_the_labelled_day_allows_is_kept(head: str, kept: str) -> None:
    meta = resolve(under_the_headline("<p>Published January 6, 2020</p>"), head)
    assert meta.published is not None and meta.published.startswith(kept)
    assert "published" not in meta.conflicts


# -- a print edition's day -----------------------------------------------------------------

EDITION_DAY = '<meta name="date" content="2020-01-06">'


def with_an_edition_line(line: str) -> str:
    return f"<article><header><div>{line}</div>{HEADLINE}</header>{BODY}</article>"


@pytest.mark.parametrize(
    "line",
    [
        '<div>Aus: <a href="/2020/01-06/index.php">Ausgabe vom 06.01.2020</a>, Seite 1</div>',
        "<p>From the print edition of January 6, 2020</p>",
    ],
)
def test_a_declared_day_that_is_the_print_editions_beside_the_headline_is_not_stored(
    line: str,
) -> None:
    # The site dates the story with the edition it appears in; it went online before.
    assert resolve(with_an_edition_line(line), EDITION_DAY).published is None


@pytest.mark.parametrize(
    ("head", "line", "kept"),
    [
        # No edition named: the day is the story's.
        (EDITION_DAY, "<p>Politik</p>", "2020-01-06"),
        # Another edition's day.
        (EDITION_DAY, "<p>Ausgabe vom 07.01.2020</p>", "2020-01-06"),
        # A moment, not a day: the page states when the story went online.
        (
            '<meta property="article:published_time" content="2020-01-06T05:00:00+00:00">',
            "<p>Ausgabe vom 06.01.2020</p>",
            "2020-01-06T05:00:00+00:00",
        ),
    ],
)
def test_a_declared_date_that_is_not_the_editions_day_is_kept(
    head: str, line: str, kept: str
) -> None:
    published = resolve(with_an_edition_line(line), head).published
    assert published is not None and published.startswith(kept)


def _declaring(published: str, date_tag: str) -> str:
    """A head whose JSON-LD declares ``published`` (modified on 2024-03-05) and whose ``date``
    meta tag writes ``date_tag``."""
    ld = {
        "@type": "NewsArticle",
        "headline": "Minister resigns after the budget vote",
        "datePublished": published,
        "dateModified": "2024-03-05T13:11:58+00:00",
    }
    return (
        f'<meta name="date" content="{date_tag}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )


def test_two_declared_publications_days_apart_are_a_conflict() -> None:
    # A story put out again: its JSON-LD keeps the first version's publication, the ``date``
    # tag names the day it went out again (its stated modification). Nothing the page shows
    # tells which one its readers were given.
    head = _declaring("2021-01-10T16:50:00+00:00", "2024-03-05T14:11:58+01:00")
    meta = resolve(f"<article>{HEADLINE}{BODY}</article>", head)
    assert meta.published is None
    assert meta.stored_origin["published"] == "conflict"


@pytest.mark.parametrize(
    "date_tag",
    [
        # The same day, written as a day or in another zone: they agree.
        "2021-01-10",
        "2021-01-10T17:50:00+01:00",
    ],
)
def test_a_date_tag_on_the_declared_day_keeps_the_declared_publication(date_tag: str) -> None:
    head = _declaring("2021-01-10T16:50:00+00:00", date_tag)
    meta = resolve(f"<article>{HEADLINE}{BODY}</article>", head)
    assert meta.published == "2021-01-10T16:50:00+00:00"
