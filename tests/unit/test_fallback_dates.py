"""The date resolver on pages that declare no date (no JSON-LD, meta or microdata): the rules
that keep a teaser's, an embedded post's, an update's or a misread URL's date from being stored
as the story's, and the ones that find the story's day from what the page shows instead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.clock import Stamp
from pipelines.text.dates import (
    agency_dateline,
    days_apart,
    edition_days,
    labelled_update,
    month_from_url,
    names_an_update,
    published_ago,
    shown_days,
    slug_day,
    weekday_reading,
)
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/politik/story-1.html"
HEADLINE = "<h1>Minister resigns after the budget vote</h1>"
# Longer than the reach of the date line read after the headline.
BODY = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"


def resolve(body: str, url: str = URL, guess: str | None = None, head: str = "") -> PageMetadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    extracted = Extracted("text", date=guess) if guess else None
    return resolve_metadata(tree, url, fetched_at=FETCHED, extracted=extracted)


# -- reading the URL -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("https://x.example/de/news/2022-08/erzbischof-ehrt-pater.html", (2022, 8)),
        ("https://x.example/2011/12/slug", (2011, 12)),
        ("https://x.example/news/2022-08-14/slug", None),  # a full date
        ("https://x.example/news/2022-8/slug", None),  # not a month folder's form
        ("https://x.example/news/story-2022-08", None),  # not a folder
    ],
)
def test_a_year_month_segment_is_a_month_folder(url: str, month: tuple[int, int] | None) -> None:
    assert month_from_url(url) == month


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://blog.example/2023/10/3-fragen-an-tina/", "2023-10-03"),
        ("https://blog.example/2023/10/12-dinge/", "2023-10-12"),
        ("https://blog.example/2023/10/fragen-an-tina/", None),
        ("https://blog.example/2023/10/2023-review/", None),  # a year, no day
        ("https://blog.example/2023/10/31/slug/", None),  # a full date: the URL's own
        ("https://blog.example/2023/02/30-tage/", None),  # no such day
    ],
)
def test_the_day_a_month_folder_and_its_slugs_number_make(url: str, day: str | None) -> None:
    assert slug_day(url) == day


def _day(text: str) -> Stamp:
    return Stamp(datetime.fromisoformat(text), "day")


def test_two_days_more_than_one_apart() -> None:
    assert days_apart(_day("2024-10-14"), _day("2024-10-16"))
    assert not days_apart(_day("2024-10-15"), _day("2024-10-16"))
    timed = Stamp(datetime(2024, 10, 14, 23, 0, tzinfo=UTC), "minute")
    assert not days_apart(timed, _day("2024-10-16"))  # a time: gap() judges it


# -- a <time> labelled as the update ----------------------------------------------------------


@pytest.mark.parametrize(
    ("piece", "update"),
    [
        ("Actualizado el 25/05/2025 21:57 h", True),
        ("| UPDATED: 11:50, Thu, Jul 18, 2024", True),
        ("Zuletzt aktualisiert: 05.03.2024", True),
        ("Publicado el 25/05/2025", False),
        ("BfArM aktualisiert die Liste", False),  # a sentence, not a label
        ("5. März 2024, 21:57", False),
    ],
)
def test_a_piece_labelled_as_an_update(piece: str, update: bool) -> None:
    assert labelled_update(piece) is update


STAMPED = "2024-03-05T21:57:44+01:00"


@pytest.mark.parametrize(
    "line",
    [
        f'<p><time datetime="{STAMPED}">Actualizado el 05/03/2024 21:57 h</time></p>',
        f'<p><span>Updated:</span> <time datetime="{STAMPED}">5 March 2024, 21:57</time></p>',
        # The label set apart from its <time> by a separator or an empty icon.
        f'<p><span>Updated</span><span>|</span><time datetime="{STAMPED}">5 March 2024</time></p>',
        f'<p><span>Aktualisiert</span><i></i> <time datetime="{STAMPED}">05.03.2024</time></p>',
    ],
)
def test_a_time_labelled_as_the_update_gives_no_publication_time(line: str) -> None:
    meta = resolve(f"<article><div>{HEADLINE}{line}</div>{BODY}</article>")
    assert meta.published is None or meta.published.endswith("T00:00:00+00:00")
    assert meta.origin.get("published") != "time"


def test_an_unlabelled_time_under_the_headline_gives_the_publication_time() -> None:
    line = f'<p><span>By Jane Doe</span> <time datetime="{STAMPED}">5 March 2024</time></p>'
    meta = resolve(f"<article><div>{HEADLINE}{line}</div>{BODY}</article>")
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T20:57:44+00:00", "time")


# -- the days beside the headline, less other items' ------------------------------------------

GUESS = "2018-03-27"


def _beside(part: str) -> str:
    # Above the headline: the first date after it is another rule's evidence.
    return f"<div><div>{part}{HEADLINE}<p>Lisa Trautmann</p></div></div>{BODY}"


@pytest.mark.parametrize(
    "part",
    [
        # an embedded post quoted in the story
        '<blockquote class="instagram-media"><p><time>Mär 27, 2018 um 12:08 PDT</time></p>'
        "</blockquote>",
        # a teaser's card
        '<article class="teaser"><a href="/other">Another story <span>27.03.2018</span></a>'
        "</article>",
    ],
)
def test_another_items_day_beside_the_headline_does_not_support_a_guess(part: str) -> None:
    meta = resolve(_beside(part), guess=GUESS)
    assert meta.published is None
    assert meta.weak == ["published"]


@pytest.mark.parametrize(
    "part",
    [
        "<p>27.03.2018</p>",
        # the story's meta line set in an aside or a footer of its own
        '<aside class="article-aside">von APA Dienstag 27. März 2018 15:44 Uhr</aside>',
        '<footer class="entry-meta">27.03.18 - 10:11 | Stefan Eiselin</footer>',
        # the story's text in an <article> beside the headline: long, not a card
        f"<article><a href='/x'>Photo</a> 27.03.2018 {BODY}</article>",
    ],
)
def test_the_storys_own_day_beside_the_headline_supports_a_guess(part: str) -> None:
    meta = resolve(_beside(part), guess=GUESS)
    assert (meta.published, meta.origin["published"]) == ("2018-03-27T00:00:00+00:00", "extractor")


def test_a_day_only_quoted_posts_write_is_no_reason_to_look_further_up() -> None:
    # Further up, a sidebar writes the guess's day: no evidence for the story.
    quoted = '<blockquote class="twitter-tweet"><p>September 27, 2020</p></blockquote>'
    body = (
        f"<div><p>Latest: October 5, 2020</p><div><div>{quoted}{HEADLINE}</div></div></div>{BODY}"
    )
    meta = resolve(body, guess="2020-10-05")
    assert meta.published is None


# -- how long ago a story was published, read against the fetch time -------------------------


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("Published: 5 hours ago", {"2024-03-06"}),  # fetched at 12:00 UTC: 06:00 to 07:00
        ("Veröffentlicht vor 3 Stunden", {"2024-03-06"}),
        ("Publicado hace 20 minutos", {"2024-03-06"}),
        ("Publié il y a 4 heures", {"2024-03-06"}),
        ("Published: 12 hours ago", {"2024-03-05", "2024-03-06"}),  # 23:00 to 00:00
        ("Published: 14 hours ago", {"2024-03-05"}),
        ("Last Updated: 5 hours ago", set()),  # an update's
        ("5 hours ago", set()),  # no label: a comment's as often
        ("Published: 2 days ago", set()),  # a day's span names no day to check against
        ("Published: 05.03.2024", set()),  # a date, read by the other rules
    ],
)
def test_a_publication_line_that_says_how_long_ago_names_its_day(line: str, days: set[str]) -> None:
    assert published_ago(line, FETCHED) == days


@pytest.mark.parametrize(
    ("times", "guess", "published"),
    [
        ("<time>Published: 5 hours ago</time>", "2024-03-06", "2024-03-06T00:00:00+00:00"),
        ("<time>Published: 5 hours ago</time>", "2024-03-05", None),  # another day
        ("<time>5 hours ago</time>", "2024-03-06", None),  # no label
        # Two <time>s that name different days: neither is evidence.
        (
            "<time>Published: 5 hours ago</time><time>Published: 20 hours ago</time>",
            "2024-03-06",
            None,
        ),
    ],
)
def test_a_time_saying_how_long_ago_the_story_was_published_supports_a_guess_of_that_day(
    times: str, guess: str, published: str | None
) -> None:
    body = f"<div><div>{HEADLINE}</div>{BODY}<div class='meta'>{times}</div></div>"
    meta = resolve(body, guess=guess)
    assert meta.published == published


# -- a print edition's day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ausgabe vom 26.04.2024", {"2024-04-26"}),
        ("Print edition: 5 March 2024, page 3", {"2024-03-05"}),
        ("Édition du 5 mars 2024", {"2024-03-05"}),
        ("26.04.2024", set()),  # no edition named
        ("Die neue Ausgabe erscheint am 26.04.2024", set()),  # a sentence about an edition
    ],
)
def test_the_days_a_print_edition_is_dated(text: str, days: set[str]) -> None:
    assert edition_days(text) == days


def test_a_print_editions_day_does_not_support_a_guess() -> None:
    kicker = '<div class="issue"><a href="/ausgabe/2024-02-26">Ausgabe vom 26.02.2024</a></div>'
    meta = resolve(_beside(kicker), guess="2024-02-26")
    assert (meta.published, meta.weak) == (None, ["published"])
    dated = resolve(_beside("<p>Montag, 26.02.2024</p>"), guess="2024-02-26")
    assert dated.published == "2024-02-26T00:00:00+00:00"


# -- a guess read from the URL --------------------------------------------------------------


def test_a_guess_that_is_the_urls_month_and_slug_misread_needs_other_support() -> None:
    body = f"<article><div>{HEADLINE}<p>31. Oktober 2023</p></div>{BODY}</article>"
    meta = resolve(body, "https://blog.example/2023/10/3-fragen-an-tina/", "2023-10-03")
    assert (meta.published, meta.origin["published"]) == ("2023-10-31T00:00:00+00:00", "text")


def test_a_guess_inside_the_urls_month_is_kept() -> None:
    # No other day of the month beside the headline (one there would outweigh the month's
    # support: tests/unit/test_shown_dates_around_headline.py).
    body = f"<article><div>{HEADLINE}<p>Von Jane Doe</p></div>{BODY}</article>"
    meta = resolve(body, "https://blog.example/2023/10/fragen-an-tina/", "2023-10-03")
    assert meta.published == "2023-10-03T00:00:00+00:00"
    shown = body.replace("Von Jane Doe", "31. Oktober 2023")
    meta = resolve(shown, "https://blog.example/2023/10/fragen-an-tina/", "2023-10-03")
    assert meta.published == "2023-10-31T00:00:00+00:00"


def test_a_year_month_segment_rejects_a_guess_of_another_year() -> None:
    body = f"<article><div>{HEADLINE}<p>Sonntag, 14. August 2022</p></div>{BODY}</article>"
    url = "https://x.example/de/kirche/news/2022-08/erzbischof-ehrt-pater.html"
    meta = resolve(body, url, "2021-08-14")
    assert (meta.published, meta.origin["published"]) == ("2022-08-14T00:00:00+00:00", "text")


@pytest.mark.parametrize(("guess", "kept"), [("2024-02-14", False), ("2024-02-15", True)])
def test_a_guessed_day_two_days_from_the_urls_date_is_a_conflict(guess: str, kept: bool) -> None:
    body = f"<article><div>{HEADLINE}</div>{BODY}</article>"
    meta = resolve(body, "https://x.example/archives/2024/02/16/2003825372", guess)
    assert (meta.published is not None) is kept
    assert ("published" in meta.conflicts) is not kept


def test_a_guessed_day_beside_the_urls_date_gives_way_to_it() -> None:
    # One day off the URL's date and nothing else on the page writes it: the URL's day, not the
    # guess (a day read in another zone, a teaser's), is the story's.
    body = f"<article><div>{HEADLINE}</div>{BODY}</article>"
    meta = resolve(body, "https://x.example/news/us-blocks-lawsuit-20200718.html", "2020-07-19")
    assert (meta.published, meta.origin["published"]) == ("2020-07-18T00:00:00+00:00", "url")
    assert (meta.weak, meta.conflicts) == ([], [])


def test_a_guessed_day_beside_the_urls_date_is_kept_where_the_page_shows_it() -> None:
    body = f"<article><div>{HEADLINE}<p>19. Juli 2020</p></div>{BODY}</article>"
    meta = resolve(body, "https://x.example/news/us-blocks-lawsuit-20200718.html", "2020-07-19")
    assert (meta.published, meta.origin["published"]) == ("2020-07-19T00:00:00+00:00", "extractor")


# -- a live ticker ----------------------------------------------------------------------------

TICKER = "".join(
    f"<h2>{clock} Uhr: Entry {n}</h2><p>{BODY}</p>"
    for n, clock in enumerate(("11.04", "06.20", "15.32"))
)
SHOWN = '<p><time datetime="2024-03-05T09:08:27Z">05.03.2024, 10.08 Uhr</time></p>'


def test_a_tickers_time_beside_its_headline_is_not_its_start() -> None:
    meta = resolve(f"<article><div>{HEADLINE}{SHOWN}</div><div>{TICKER}</div></article>")
    assert meta.published is None


def test_an_article_with_one_timed_heading_keeps_the_time_beside_its_headline() -> None:
    body = f"<article><div>{HEADLINE}{SHOWN}</div><h2>20.15 Uhr: Anpfiff</h2>{BODY}</article>"
    meta = resolve(body)
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T09:08:27+00:00", "time")


# -- a <time> in UTC that shows the same clock ----------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "shown", "published", "precision"),
    [
        # UTC shown as the same clock: the page's zone is unknown, the day is kept
        ("2024-03-05T11:48:00Z", "11:48, Tue, Mar 5, 2024", "2024-03-05T00:00:00+00:00", "day"),
        ("2024-03-05T09:05:00+00:00", "5 March 2024 9.05", "2024-03-05T00:00:00+00:00", "day"),
        # UTC shown as another clock (the page's own zone): the time is kept
        ("2024-03-05T11:48:00Z", "12:48, Tue, Mar 5, 2024", "2024-03-05T11:48:00+00:00", "minute"),
        # an offset: the time is kept whatever the text shows
        ("2024-03-05T11:48:00+01:00", "11:48, 5 March", "2024-03-05T10:48:00+00:00", "minute"),
    ],
)
def test_a_utc_time_that_shows_the_same_clock_keeps_only_its_day(
    attribute: str, shown: str, published: str, precision: str
) -> None:
    line = f'<p><time datetime="{attribute}">{shown}</time></p>'
    meta = resolve(f"<article><div>{HEADLINE}{line}</div>{BODY}</article>")
    assert (meta.published, meta.published_precision) == (published, precision)


# -- date lines that date something else than the story ---------------------------------------

_HEAD = "<h1>Minister resigns after the budget vote</h1>"
_STANDFIRST = (
    "<p>The minister resigned hours after parliament rejected the budget on Tuesday night.</p>"
)
_BYLINE = "<div><span>Von</span> <a href='/autoren/jane-doe'>Jane Doe</a></div>"


@pytest.mark.parametrize(
    "top",
    [
        # An update, its label set apart by a separator, after the date, or as a noun.
        "<div><span>Updated</span><span>|</span><span>05.03.2024</span></div>",
        f"{_STANDFIRST}{_BYLINE}<div><span>Updated</span><span>·</span><span>05.03.2024</span></div>",
        f"{_STANDFIRST}{_BYLINE}<div><span>05.03.2024 (aktualisiert)</span></div>",
        f"{_STANDFIRST}<p>Letzte Aktualisierung</p><p>05.03.2024</p>",
        f"{_STANDFIRST}{_BYLINE}<p><span>Mis à jour</span> <span>:</span>"
        " <span>5 mars 2024</span></p>",
        # A related story's card: a link to another story of the site and its date.
        "<div><a href='/other-story.html'>Coalition talks collapse after the second round</a>"
        " <span>04.03.2024</span></div>",
        f"{_STANDFIRST}<div><b>Mehr zum Thema</b><div><a href='/other-story.html'>Coalition talks"
        " collapse after second round</a></div><div>04.03.2024</div></div>",
        # A print edition's day, its name in a piece of its own.
        f"{_STANDFIRST}<p><span>Print edition</span> <span>26 February 2024</span></p>",
        # A copyright notice.
        "<p>© 05.03.2024 Example News</p>",
        f"{_STANDFIRST}<p>Copyright 2024</p><p>05.03.2024</p>",
        # A picture's caption: the photo's day, its photographer.
        "<figure><img src='p.jpg'><figcaption>Archivbild (05.03.2024): der Minister."
        " Foto: Jane Doe</figcaption></figure>",
    ],
)
def test_a_date_line_of_an_update_a_teaser_an_edition_or_a_copyright_dates_nothing(
    top: str,
) -> None:
    meta = resolve(f"<div>{_HEAD}{top}</div>{BODY}")
    assert (meta.published, meta.conflicts) == (None, [])


@pytest.mark.parametrize(
    "top",
    [
        # The story's own date lines, as the rules above must still read them.
        "<div><span>Dienstag</span><span>|</span><span>05.03.2024</span></div>",
        f"{_STANDFIRST}{_BYLINE}<div><span>05.03.2024, 09:58 Uhr</span></div>",
        # A byline's link names an author; a share link goes to another site.
        "<div>Von <a href='/autoren/jane-doe'>Jane Doe</a> | <span>05.03.2024</span></div>",
        "<div><span>05.03.2024</span> <a href='https://social.example/share?u=x'>Share this"
        " story with your friends</a></div>",
        # A link to the story itself (a permalink) is no teaser.
        "<div><a href='https://news.example/politik/story-1.html'>Minister resigns after the"
        " budget vote</a> <span>05.03.2024</span></div>",
        # The byline set in the opening picture's caption, the author's <address> beside it.
        "<figure><img src='p.jpg'><figcaption>Von <address>Jane Doe, Redakteurin</address>"
        " <span>05.03.2024</span></figcaption></figure>",
    ],
)
def test_the_storys_own_date_line_still_dates_it(top: str) -> None:
    meta = resolve(f"<div>{_HEAD}{top}</div>{BODY}")
    # The day that dates it; a line that writes its time with "Uhr" gives that too.
    assert ((meta.published or "")[:10], meta.origin.get("published")) == ("2024-03-05", "dateline")


@pytest.mark.parametrize(
    ("piece", "update"),
    [
        ("05.03.2024 (aktualisiert)", True),
        ("10:04, 3 NOV 2023 · Updated", True),
        ("Letzte Aktualisierung: 05.03.2024", True),
        ("Last update 5 March 2024", True),
        ("Última actualización: 5 de marzo de 2024", True),
        ("Published 05.03.2024", False),
        ("05.03.2024, 09:58 Uhr", False),
    ],
)
def test_a_piece_that_names_an_update_anywhere(piece: str, update: bool) -> None:
    assert names_an_update(piece) is update


_CARD = (
    "<div><a href='/other-story.html'>Coalition talks collapse after the second round</a>"
    " <span>04.03.2024</span></div>"
)


def test_a_teasers_date_beside_the_headline_does_not_support_a_guess() -> None:
    # The extractor read the related story's date: nothing else on the page names that day.
    meta = resolve(f"<div>{_HEAD}{_CARD}</div>{BODY}", guess="2024-03-04")
    assert (meta.published, meta.weak) == (None, ["published"])


def test_an_authors_link_with_a_headlines_words_is_the_storys_byline() -> None:
    # An agency or desk credited by a link to its author page: the line is the story's.
    byline = (
        "<p>By <b><a href='/author/metric-media-news-service'>Metric Media News Service</a></b>"
        " | <a href='/stories/2024/mar'>Mar 4, 2024</a></p>"
    )
    meta = resolve(f"<div>{_HEAD}{byline}</div>{BODY}", guess="2024-03-04")
    assert (meta.published, meta.origin["published"]) == ("2024-03-04T00:00:00+00:00", "extractor")


# More days beside the headline than a date line writes: only the first date after it is left
# to support a guess.
_RESULTS = "<p>" + "Results of 01.01.2024, 02.01.2024, 03.01.2024 and 04.01.2024 as counted. " * 2


@pytest.mark.parametrize(
    ("line", "supported"),
    [
        ("<div><span>Dienstag</span><span>|</span><span>05.03.2024</span></div>", True),
        ("<div><span>Updated</span><span>|</span><span>05.03.2024</span></div>", False),
        ("<div><span>Print edition</span><span>05.03.2024</span></div>", False),
    ],
)
def test_the_first_date_after_the_headline_supports_a_guess_unless_it_dates_another_thing(
    line: str, supported: bool
) -> None:
    meta = resolve(f"<div>{_HEAD}{line}{_RESULTS}</p></div>{BODY}", guess="2024-03-05")
    assert meta.published == ("2024-03-05T00:00:00+00:00" if supported else None)


_TIME = "<time datetime='2024-03-04T10:00:00+01:00'>04.03.2024</time>"


def test_a_time_in_a_related_storys_card_dates_nothing() -> None:
    card = (
        "<div><div><a href='/other-story.html'>Coalition talks collapse after the second"
        f" round</a>{_TIME}</div></div>"
    )
    assert resolve(f"<div>{_HEAD}</div>{card}{BODY}").published is None


@pytest.mark.parametrize(
    "top",
    [
        f"<div><span>Von</span> <a href='/autor/jane'>Jane Doe</a> {_TIME}</div>",
        f"<div><span>Published</span><span>|</span>{_TIME}</div>",
        # A topic's link beside the date: fewer words than a headline.
        f"<p><span>{_TIME}</span> <a href='/stories/elections/'>Topic: Elections in Belarus"
        " 2020</a></p>",
    ],
)
def test_the_storys_own_time_still_dates_it(top: str) -> None:
    meta = resolve(f"<div>{_HEAD}{top}</div>{BODY}")
    assert (meta.published, meta.origin["published"]) == ("2024-03-04T09:00:00+00:00", "time")


# -- a date of numbers that reads two ways, and its weekday -----------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday, 05/11/2020", "2020-11-05"),  # 5 November 2020 was a Thursday
        ("Monday, 05/11/2020", "2020-05-11"),  # 11 May 2020 a Monday
        ("Saturday 02/01/2021", "2021-01-02"),
        ("Baltimore Sun | 05/10/2020", None),  # a newspaper's name, no weekday
        ("Domingo, 06/12/2020", "2020-12-06"),
        ("05/11/2020", None),  # no weekday
        ("Tuesday, 05/11/2020", None),  # neither reading is a Tuesday
        ("Monday or Thursday, 05/11/2020", None),  # two weekdays
        # Vietnamese weekdays are two words: 2 November 2023 a Thursday, 11 February a Saturday.
        ("Thứ năm, 2/11/2023, 19:20 (GMT+7)", "2023-11-02"),
        ("Thứ  bảy, 2/11/2023", "2023-02-11"),
        ("Chủ nhật, 5/11/2023", "2023-11-05"),
        ("Thứ hai, 2/11/2023", None),  # a Monday: neither reading
        ("Thứ 2/11/2023", None),  # "thứ" alone names no day
    ],
)
def test_the_weekday_beside_a_date_tells_its_reading(text: str, day: str | None) -> None:
    assert weekday_reading(text, shown_days(text)) == day


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("<p>Thursday, 05/11/2020</p>", "2020-11-05T00:00:00+00:00"),
        ("<p>05/11/2020</p>", None),  # two readings, nothing tells which
    ],
)
def test_a_slashed_date_line_under_the_headline_reads_as_its_weekday(
    line: str, published: str | None
) -> None:
    meta = resolve(f"<article><div>{HEADLINE}{line}</div>{BODY}</article>")
    assert meta.published == published


# -- a day the page writes where no reader's line shows it ----------------------------------

FEED_URL = "http://feeds.example/~r/news/~3/k8dJ5xnwYw/"


def _with_head(head: str, body: str, guess: str, url: str = FEED_URL) -> PageMetadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return resolve_metadata(tree, url, fetched_at=FETCHED, extracted=Extracted("text", date=guess))


@pytest.mark.parametrize(
    ("head", "guess", "published"),
    [
        (
            '<link rel="canonical" href="https://news.example/story/news/2020/04/02/storm/">',
            "2020-04-02",
            "2020-04-02T00:00:00+00:00",
        ),
        # The canonical link's day is another: it supports nothing.
        (
            '<link rel="canonical" href="https://news.example/story/news/2020/04/02/storm/">',
            "2020-04-06",
            None,
        ),
        (
            '<link rel="canonical" href="https://news.example/story/news/storm/">',
            "2020-04-02",
            None,
        ),
        ("", "2020-04-02", None),
    ],
)
def test_the_day_the_pages_canonical_address_writes_supports_a_guess(
    head: str, guess: str, published: str | None
) -> None:
    meta = _with_head(head, f"<div><div>{HEADLINE}</div>{BODY}</div>", guess)
    assert meta.published == published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (
            '<div aria-label="Published: 2:12 p.m. ET Apr. 2, 2020 Updated: 2:25 p.m. ET Apr. 2,'
            ' 2020"></div>',
            "2020-04-02T00:00:00+00:00",
        ),
        ('<time aria-label="Published on 2 April, 2020 02:00PM GMT">2 hrs</time>', "2020-04-02"),
        ('<span title="Veröffentlicht am 02.04.2020"></span>', "2020-04-02"),
        ('<div aria-label="Apr. 2, 2020"></div>', None),  # no label: any day's
        ('<div aria-label="Updated: Apr. 2, 2020"></div>', None),  # an update's
        ('<a href="/other" title="Published: Apr. 2, 2020">Other</a>', None),  # a teaser's
        ('<ul><li title="Published: Apr. 2, 2020">Posted</li></ul>', "2020-04-02"),
        # Posts of several days, each labelled: a list, none of them the story's.
        (
            '<p title="Published: Apr. 2, 2020"></p><p title="Published: Apr. 9, 2020"></p>'
            '<p title="Published: Apr. 16, 2020"></p>',
            None,
        ),
    ],
)
def test_a_publication_line_written_into_an_attribute_supports_a_guess_of_its_day(
    line: str, published: str | None
) -> None:
    meta = resolve(f"<div><div>{HEADLINE}</div>{BODY}<div>{line}</div></div>", guess="2020-04-02")
    assert (meta.published or "")[:10] == (published or "")[:10]
    assert meta.weak == ([] if published else ["published"])


@pytest.mark.parametrize(
    ("piece", "found"),
    [
        ("BERLIN, 3. März (dpa) - Die Regierung", (3, 3)),
        ("WASHINGTON, March 5 (Reuters) - The", (3, 5)),
        ("NEW YORK, Jan. 12 (AP) — A", (1, 12)),
        ("МОСКВА, 29 июня. /ТАСС/. Движение", (6, 29)),
        ("PARIS, 5 mars (AFP) - Le", (3, 5)),
        ("Kiel (dpo) - Finnland ist in Gefahr", None),  # no day
        ("Berlin, 12 Uhr (dpa) - Die", None),  # a time, no month
        ("In Berlin, 3 Menschen (dpa) - Drei", None),  # no month
        ("Hamburg, 3. März 2024 (dpa) -", None),  # with its year: a date of its own
        ("Die Regierung hat am 3. März (dpa) - beschlossen", None),  # no place and comma
    ],
)
def test_a_wire_dateline_without_its_year(piece: str, found: tuple[int, int] | None) -> None:
    assert agency_dateline(piece) == found


@pytest.mark.parametrize(
    ("guess", "published"),
    [("2024-03-05", "2024-03-05T00:00:00+00:00"), ("2024-03-04", None)],
)
def test_a_wire_dateline_supports_a_guess_of_its_day(guess: str, published: str | None) -> None:
    body = f"<div><div>{HEADLINE}</div><p>BERLIN, 5. März (dpa) - {BODY[3:]}</div>"
    assert resolve(body, guess=guess).published == published


# A title tag that names the story otherwise than its one <h1>: the URL's slug, an SEO headline.
_SLUG_TITLE = "<meta property='og:title' content='minister-resigns-budget-2024'>"
_SEO_TITLE = "<meta property='og:title' content='Cabinet crisis: the finance post is vacant'>"


@pytest.mark.parametrize("head", [_SLUG_TITLE, _SEO_TITLE])
def test_the_date_line_under_the_one_h1_whatever_the_title_chosen(head: str) -> None:
    # The <h1> shows a headline, the title comes from a tag that words it otherwise: the line
    # right under the <h1> is still the story's date line, and beats the extractor's guess.
    body = f"<div>{_HEAD}</div><p>05.03.2024</p>{BODY}"
    meta = resolve(body, guess="2023-11-02", head=head)
    assert meta.title != "Minister resigns after the budget vote"
    assert (meta.published, meta.origin.get("published")) == (
        "2024-03-05T00:00:00+00:00",
        "dateline",
    )


@pytest.mark.parametrize(
    "h1",
    [
        # A site's or a section's name as the page's one <h1>, a teaser's date under it.
        "<h1>Politik</h1>",
        "<h1>The Daily Example news site</h1>",
        # A headline's length, but a link to another story: a teaser's heading.
        "<h1><a href='/politik/other-story.html'>Coalition talks collapse after the second"
        " round</a></h1>",
    ],
)
def test_no_date_line_under_an_h1_that_is_no_headline(h1: str) -> None:
    body = f"<div>{h1}</div><p>05.03.2024</p>{BODY}"
    meta = resolve(body, guess="2023-11-02", head=_SLUG_TITLE)
    assert meta.published is None


def test_the_date_line_further_down_under_the_storys_h1_among_sections_h1s() -> None:
    # The story's <h1> beside two section <h1>s, a title tag written as the URL's slug; the
    # date line below the standfirst and the byline still dates it.
    body = (
        f"<div>{_HEAD}{_STANDFIRST}{_BYLINE}<div><span>05.03.2024, 09:58 Uhr</span></div></div>"
        f"{BODY}<h1>More from politics</h1><h1>Most read</h1>"
    )
    meta = resolve(body, guess="2023-11-02", head=_SLUG_TITLE)
    assert meta.title == "minister-resigns-budget-2024"
    # 09:58 "Uhr": German, Central European time (+01:00 in March).
    assert (meta.published, meta.origin.get("published")) == (
        "2024-03-05T08:58:00+00:00",
        "dateline",
    )


# -- the day the story's author's lines write, wherever they stand -----------------------------

# The author as the page's meta tag names her; no date declared anywhere.
AUTHOR = '<meta name="author" content="Jane Doe">'


@pytest.mark.parametrize(
    "end",
    [
        "<p>Dieser Artikel wurde am 05.03.2024 von <a href='/u/jd'>Jane Doe</a> geschrieben.</p>",
        "<p>Jane Doe</p><p>| 5. März 2024</p>",
        "<p>Posted by Jane Doe on March 5, 2024 | 3 comments</p>",
    ],
)
def test_the_day_the_authors_line_writes_dates_a_page_with_nothing_else(end: str) -> None:
    # Nothing beside the headline: the line naming the author at the story's end dates it.
    meta = resolve(f"{HEADLINE}{BODY}{end}", head=AUTHOR)
    assert meta.authors == ["Jane Doe"]
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T00:00:00+00:00", "byline")


def test_the_authors_line_above_the_headline_outweighs_a_guess_it_contradicts() -> None:
    # The extractor's guess (a sidebar's day) has no support; the author's line dates the page.
    body = f"<div><p>Jane Doe / 05.03.2024 / 09:30</p><p>Foto: Archiv</p></div>{HEADLINE}{BODY}"
    meta = resolve(body, head=AUTHOR, guess="2024-02-20")
    assert meta.published is not None and meta.published.startswith("2024-03-05")
    assert meta.origin["published"] == "byline"


def test_the_authors_line_supports_the_extractors_guess_of_its_day() -> None:
    meta = resolve(f"{HEADLINE}{BODY}<p>Jane Doe | 05.03.2024</p>", head=AUTHOR, guess="2024-03-05")
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T00:00:00+00:00", "extractor")
    assert meta.weak == []


@pytest.mark.parametrize(
    ("end", "url"),
    [
        # The author's other stories, each with its day: none of them is this one's.
        ("<p>Von Jane Doe am 05.03.2024</p><p>Jane Doe | 01.03.2024</p>", URL),
        # A line that names no author (an event's), an update's, a comment's by the author.
        ("<p>Von Jane Doe</p><p>Zum Thema im Rathaus der Stadt.</p><p>05.03.2024 Rat</p>", URL),
        ("<p>Jane Doe, aktualisiert am 05.03.2024</p>", URL),
        ('<p>Von Jane Doe</p><div class="comment"><p>Jane Doe am 05.03.2024</p></div>', URL),
        # A date of numbers that reads two ways without dots: no one day.
        ("<p>Jane Doe | 05/03/2024</p>", URL),
        # Outside the URL's month.
        ("<p>Jane Doe | 05.03.2024</p>", "https://news.example/2024/02/story-1.html"),
    ],
)
def test_no_day_from_a_line_that_is_not_the_authors_own(end: str, url: str) -> None:
    assert resolve(f"{HEADLINE}{BODY}{end}", url=url, head=AUTHOR).published is None
