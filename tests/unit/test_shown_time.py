"""The time of day a page shows beside the day the resolver found without one: read from the date
line after the headline, in the zone the line names (or names beside its update's time of the same
day; a US region's "ET" is its time of that day) or the one the page's data states, else from the
line labelled as the publication, else from the date line right above the headline; a ``<time>``
whose text reads its UTC ``datetime`` in the site's zone is that instant; a wall time the page
states no zone for is read in the zone of the language it declares (else the one its title's kana or
Hangul tell; a tag without a region with its domain's country), where that language keeps one
(tests/unit/test_wall_zone.py), unless the page states another offset that day; the labelled
publication line's or the meta box's time is read the same way; a ``<time>``'s wall time in a
language of several zones is read in the one offset the page's data states that day; the date line's
attribute that states an instant whose day and clock its text shows gives that instant. A season's
zone name on a day of the other season is a wall time of two offsets; a separator between a date
line's parts counts as none of them; the story's author's byline gives the time of the day wherever
it stands. Never from an update's line, another item, a sentence of the body, a span of an event's
hours or a copyright line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml.html import HtmlElement

from pipelines.text import dateowner, published, timeofday
from pipelines.text.dateowner import time_elements
from pipelines.text.dates import Clock, clock_beside, zone_named_that_day
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.structured import PageFacts

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/politik/story-1.html"
HEADLINE = "<h1>Minister resigns after the budget vote</h1>"
BODY = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"
# What a CMS's scripts write about the story: its moment, in the site's zone (+01:00).
DATA = '<script>var story = {"published": "2024-03-05T14:35:00+01:00"};</script>'
CET = timezone(timedelta(hours=1))


def resolve(
    body: str, head: str = DATA, guess: str | None = None, lang: str | None = None
) -> PageMetadata:
    root = f'<html lang="{lang}">' if lang else "<html>"
    tree = parse_html(f"{root}<head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    extracted = Extracted(text="Body.", date=guess) if guess else None
    return resolve_metadata(tree, URL, fetched_at=FETCHED, extracted=extracted)


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("05.03.2024 um 14:35 von Jane Doe", Clock(14, 35, None)),
        ("5. März 2024, 14:35 Uhr", Clock(14, 35, None)),
        ("05/03/2024 à 14h35", Clock(14, 35, None)),
        ("5 de marzo de 2024 14:35 h Actualizado el 05/03/2024 18:02", Clock(14, 35, None)),
        ("Tuesday, 5 Mar 2024 2:35 PM MEZ", Clock(14, 35, CET)),
        ("March 5 2024, 2:35 p.m.", Clock(14, 35, None)),
        ("5/3/2024, 19:20 (GMT+7)", Clock(19, 20, timezone(timedelta(hours=7)))),
        ("14:35 CET, March 5, 2024", Clock(14, 35, CET)),
        ("14:35, Tue, Mar 5, 2024 | UPDATED: 15:02, Tue, Mar 5, 2024", Clock(14, 35, None)),
        ("05.03.2024 - 14:35 Son Güncelleme: 05.03.2024 - 15:02", Clock(14, 35, None)),
        ("5 March 2024 • 2:35pm", Clock(14, 35, None)),
        # A US region's zone is its winter or summer time of that day.
        ("Published 2:35 p.m. ET March 5, 2024", Clock(14, 35, timezone(timedelta(hours=-5)))),
        ("March 5, 2024 at 2:35 p.m. PT", Clock(14, 35, timezone(timedelta(hours=-8)))),
        # Arabic's halves of the day: evening and morning, the word or its initial.
        ("الثلاثاء 5 مارس 2024 02:35 مساءً", Clock(14, 35, None)),
        ("5 آذار 2024 02:35 م", Clock(14, 35, None)),
        ("5 آذار 2024 11:35 صباحاً", Clock(11, 35, None)),
    ],
)
def test_a_time_beside_the_date_is_read_with_its_zone(line: str, clock: Clock) -> None:
    assert clock_beside(line, "2024-03-05") == clock


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 14:35, Tue, Mar 5, 2024",  # an update's time
        "Aktualisiert am 05.03.2024 um 14:35 Uhr",
        "05.03.2024, 14:35 (aktualisiert)",  # an update named after the time, no date of its own
        "Mittwoch, 5. März 2024, 14:35 Uhr bis 15:45 Uhr, Köln",  # an event's hours
        "05.03.2024, 14:35-15:45",
        "05.03.2024, 00:00",  # a template's "no time"
        "14.30 pm, 05.03.2024",  # no hour of the afternoon
        "06.03.2024 um 14:35",  # another day than the one found
        "Konzert 14:35 Uhr Stadthalle, 05.03.2024",  # a word not a weekday between them
    ],
)
def test_no_time_is_read_where_the_line_gives_none_of_the_story(line: str) -> None:
    assert clock_beside(line, "2024-03-05") is None


def test_a_zone_name_of_several_zones_gives_a_wall_time_of_its_offsets() -> None:
    # US Central, China or Cuba: read only in one of those the page states.
    clock = clock_beside("Published 2:35 p.m. CST March 5, 2024", "2024-03-05")
    assert clock == Clock(
        14, 35, None, (timedelta(hours=-6), timedelta(hours=8), timedelta(hours=-5))
    )


def test_a_zone_is_read_in_capitals_only() -> None:
    # "est" is a word of French, Latin, Catalan: the time is read, in no zone.
    assert clock_beside("05.03.2024 14:35 est", "2024-03-05") == Clock(14, 35, None)


def test_the_date_lines_time_is_kept_in_the_zone_of_the_pages_data() -> None:
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}")
    assert meta.published == "2024-03-05T13:35:00+00:00"
    assert meta.published_precision == "minute"


def test_a_zone_the_line_names_beats_the_data() -> None:
    meta = resolve(f"{HEADLINE}<p>5 March 2024 14:35 GMT</p>{BODY}", head="")
    assert meta.published == "2024-03-05T14:35:00+00:00"


def test_a_wall_time_in_no_known_zone_keeps_the_day() -> None:
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35</p>{BODY}", head="")
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert meta.published_precision == "day"


def test_an_offset_the_data_states_for_another_season_gives_no_time() -> None:
    # The scripts state only a moment of September (+02:00, summer time); the story's day is
    # in March, when the site's clocks may read +01:00: the day stays, no time an hour off.
    summer = '<script>var site = {"built": "2023-09-10T10:00:00+02:00"};</script>'
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}", head=summer)
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert meta.published_precision == "day"


def test_a_shown_time_after_an_earlier_moment_of_the_data_may_be_the_update() -> None:
    earlier = '<script>var s = {"first": "2024-03-05T09:10:00+01:00"};</script>'
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}", head=earlier)
    assert meta.published == "2024-03-05T00:00:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "Veröffentlicht am 05.03.2024, 14:35 Uhr",
        "Published March 5, 2024 2:35pm",
        "Publié le 05/03/2024 à 14h35",
    ],
)
def test_a_shown_time_labelled_as_the_publication_is_not_the_update(line: str) -> None:
    # The scripts' earlier moment of the day is a draft's or a first save's: the page says the
    # time it shows is the publication's.
    earlier = '<script>var s = {"first": "2024-03-05T09:10:00+01:00"};</script>'
    meta = resolve(f"{HEADLINE}<p>{line}</p>{BODY}", head=earlier, guess="2024-03-05")
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:35:00+00:00", "minute")
    assert "published_time_labelled" in meta.skipped  # counted: news/meta/published_time_labelled


def test_a_labelled_time_after_the_declared_change_is_not_taken() -> None:
    earlier = (
        '<script>var s = {"first": "2024-03-05T09:10:00+01:00"};</script>'
        '<meta property="article:modified_time" content="2024-03-05T12:00:00+01:00">'
    )
    line = "Published March 5, 2024 2:35pm"
    meta = resolve(f"{HEADLINE}<p>{line}</p>{BODY}", head=earlier, guess="2024-03-05")
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert "published_time_labelled" not in meta.skipped


def test_a_publication_label_of_another_time_leaves_the_shown_time_an_update() -> None:
    earlier = '<script>var s = {"first": "2024-03-05T09:10:00+01:00"};</script>'
    body = (
        f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}"
        "<p>Veröffentlicht am 05.03.2024 um 09:10 Uhr</p>"
    )
    meta = resolve(body, head=earlier, guess="2024-03-05")
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert "published_time_labelled" not in meta.skipped


def test_an_event_time_in_the_body_is_not_the_storys() -> None:
    body = (
        f"{HEADLINE}<p>5. März 2024</p>"
        "<p>Am 05.03.2024 um 19:30 Uhr beginnt das Konzert in der Halle, sagte sie.</p>"
        f"{BODY}"
    )
    assert resolve(body).published == "2024-03-05T00:00:00+00:00"


def test_a_comments_or_a_teasers_time_dates_nothing() -> None:
    body = (
        f"{HEADLINE}<p>5. März 2024</p>"
        '<div class="comments"><p>Jane, 05.03.2024 18:02</p></div>'
        "<aside><p>05.03.2024, 17:00 Another story of the day</p></aside>"
        f"{BODY}"
    )
    assert resolve(body).published == "2024-03-05T00:00:00+00:00"


def test_an_update_line_gives_no_time() -> None:
    body = f"{HEADLINE}<p>5. März 2024</p><p>Aktualisiert: 05.03.2024, 16:00 Uhr</p>{BODY}"
    assert resolve(body).published == "2024-03-05T00:00:00+00:00"


def test_a_copyright_line_gives_no_time() -> None:
    body = f"{HEADLINE}<p>© 05.03.2024 14:35 Example News</p>{BODY}"
    meta = resolve(body, head="")
    assert meta.published is None or meta.published_precision == "day"


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("5 mar 2024 - 14:35 Actualizado: 5 mar 2024 - 17:38 CET", CET),
        (
            "05.03.2024 - 14:35 Son Güncelleme: 05.03.2024 - 15:02 (GMT+3)",
            timezone(timedelta(hours=3)),
        ),
        ("5 March 2024 2:35 PM | Updated 5 March 2024 6:02 PM UTC", UTC),
        # US Eastern time of that day (winter: -05:00).
        (
            "5 March 2024 2:35 PM | Updated 5 March 2024 6:02 PM ET",
            timezone(timedelta(hours=-5)),
        ),
    ],
)
def test_the_zone_named_beside_the_updates_time_of_that_day(line: str, zone: timezone) -> None:
    assert zone_named_that_day(line, "2024-03-05") == zone


@pytest.mark.parametrize(
    "line",
    [
        "05.03.2024 - 14:35 Aktualisiert: 06.03.2024 - 09:00 CET",  # the update a day later
        "5 March 2024 2:35 PM | Updated 5 March 2024 6:02 PM CST",  # US Central or China
        "5 mar 2024 - 14:35 Actualizado: 5 mar 2024 - 17:38",  # no zone at all
        "5 mar 2024 - 14:35 CET",  # the first time's own zone: read by clock_beside
        # The zone follows an event's time, not the time right after the date
        "5 mar 2024 - 14:35 Konzert am 05.03.2024 Stadthalle, Einlass 19:00 CET",
    ],
)
def test_no_zone_where_the_line_names_none_for_that_day(line: str) -> None:
    assert zone_named_that_day(line, "2024-03-05") is None


@pytest.mark.parametrize(
    ("update", "published"),
    [
        ("5 mar 2024 - 17:38", "2024-03-05T13:35:00+00:00"),
        # The zone named for an update of another day: the day alone.
        ("6 mar 2024 - 09:38", "2024-03-05T00:00:00+00:00"),
    ],
)
def test_the_date_lines_time_takes_the_zone_its_update_names_that_day(
    update: str, published: str
) -> None:
    body = f"{HEADLINE}<p>5 mar 2024 - 14:35</p><p>Actualizado:</p><p>{update}</p><p>CET</p>{BODY}"
    assert resolve(body, head="").published == published


def _no_heading_shows_the_title(line: str, more: str = "") -> str:
    """A page whose only heading names the site: no date line after a headline is read."""
    return f"<div><h2>Example News</h2></div><div><p>{line}</p>{more}{BODY}</div>"


def test_the_labelled_publications_time_in_the_zone_of_the_pages_data() -> None:
    meta = resolve(_no_heading_shows_the_title("입력 2024.03.05 14:35"), guess="2024-03-05")
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:35:00+00:00", "minute")


@pytest.mark.parametrize("lang", [None, "en", "es"])
def test_the_labelled_time_without_a_stated_zone_keeps_the_day(lang: str | None) -> None:
    meta = resolve(_no_heading_shows_the_title("입력 2024.03.05 14:35"), "", "2024-03-05", lang)
    assert (meta.published, meta.published_precision) == ("2024-03-05T00:00:00+00:00", "day")


@pytest.mark.parametrize(
    ("line", "lang", "published"),
    [
        ("입력 2024.03.05 14:35", "ko", "2024-03-05T05:35:00+00:00"),
        ("Giriş: 05.03.2024 - 14:35", "tr", "2024-03-05T11:35:00+00:00"),
        ("Veröffentlicht am 05.03.2024 um 14:35 Uhr", "de", "2024-03-05T13:35:00+00:00"),
    ],
)
def test_the_labelled_time_is_read_in_the_zone_of_the_pages_language(
    line: str, lang: str, published: str
) -> None:
    meta = resolve(_no_heading_shows_the_title(line), "", "2024-03-05", lang)
    assert (meta.published, meta.published_precision) == (published, "minute")


@pytest.mark.parametrize(
    ("line", "more"),
    [
        ("Aktualisiert am 05.03.2024 um 14:35 Uhr", ""),  # an update's line
        # A comment's and a teaser's line, set apart from the story
        ("", '<div class="comments"><p>Veröffentlicht am 05.03.2024 um 18:02</p></div>'),
        ("", "<aside><p>Veröffentlicht am 05.03.2024 um 17:00</p></aside>"),
        # An event's time in a sentence, and a masthead's today-date above everything
        ("Am 05.03.2024 um 19:30 Uhr beginnt das Konzert in der Halle, sagte sie.", ""),
        ("Dienstag, 05.03.2024 14:35", ""),
    ],
)
def test_no_labelled_time_where_no_line_labels_the_publication_of_that_day(
    line: str, more: str
) -> None:
    meta = resolve(_no_heading_shows_the_title(line, more), guess="2024-03-05")
    assert meta.published_precision != "minute"


# A publication day the page declares without its time, beside the CMS's data (+01:00).
DAY_ONLY = '<meta name="publish-date" content="2024-03-05">'


@pytest.mark.parametrize(
    ("aside", "published"),
    [
        # The story's meta box beside the body: its time, in the zone of the page's data
        ("<aside>05.03.2024 um 14:35 von Jane Doe</aside>", "2024-03-05T13:35:00+00:00"),
        # A teaser: it links to its story
        (
            '<aside><a href="/other">Another story</a> 05.03.2024 um 17:00</aside>',
            "2024-03-05T00:00:00+00:00",
        ),
        # A box of facts, longer than a date line: an event's time
        (
            "<aside>Die Sitzung des Ausschusses beginnt am 05.03.2024 um 17:00 Uhr im Saal 3"
            " des Rathauses, Eintritt frei.</aside>",
            "2024-03-05T00:00:00+00:00",
        ),
    ],
)
def test_the_time_in_the_storys_meta_box_beside_the_body(aside: str, published: str) -> None:
    meta = resolve(f"{HEADLINE}{aside}{BODY}", head=DATA + DAY_ONLY)
    assert meta.published == published


def test_the_meta_boxs_time_without_a_stated_zone_keeps_the_day() -> None:
    meta = resolve(f"{HEADLINE}<aside>05.03.2024 um 14:35 von Jane Doe</aside>{BODY}", DAY_ONLY)
    assert (meta.published, meta.published_precision) == ("2024-03-05T00:00:00+00:00", "day")


def test_the_meta_boxs_time_in_the_zone_of_the_pages_language() -> None:
    body = f"{HEADLINE}<aside>05.03.2024 um 14:35 von Jane Doe</aside>{BODY}"
    meta = resolve(body, DAY_ONLY, lang="de")
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:35:00+00:00", "minute")


def test_the_update_label_before_its_own_time_leaves_the_publications_time() -> None:
    line = "2023/9/5 21:17（最終更新 9/5 22:40）"
    assert clock_beside(line, "2023-09-05") == Clock(21, 17, None)


def test_an_update_label_after_the_time_with_nothing_of_its_own_still_gives_none() -> None:
    assert clock_beside("05.09.2023, 14:35 (aktualisiert)", "2023-09-05") is None


SUMMER_LINE = "<p>05.09.2023, 14:35 Uhr</p>"
# The same line without the word that names its language ("Uhr": German, one zone).
BARE_SUMMER_LINE = "<p>05.09.2023, 14:35</p>"


@pytest.mark.parametrize(
    ("lang", "published"),
    [
        ("de", "2023-09-05T12:35:00+00:00"),  # summer time: +02:00
        ("de-CH", "2023-09-05T12:35:00+00:00"),
        ("ja", "2023-09-05T05:35:00+00:00"),
    ],
)
def test_the_date_lines_wall_time_is_read_in_the_zone_of_the_pages_language(
    lang: str, published: str
) -> None:
    meta = resolve(f"{HEADLINE}{SUMMER_LINE}{BODY}", head="", lang=lang)
    assert (meta.published, meta.published_precision) == (published, "minute")


def test_a_winter_day_takes_the_winter_offset() -> None:
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}", head="", lang="de")
    assert meta.published == "2024-03-05T13:35:00+00:00"


@pytest.mark.parametrize("lang", ["en", "es", "pt-BR", None])
@pytest.mark.parametrize(
    "line",
    [
        BARE_SUMMER_LINE,
        # "h" and "hrs" after the time are written in many languages, of many zones.
        "<p>05.09.2023, 14:35 h</p>",
        "<p>05.09.2023, 14:35 hrs</p>",
    ],
)
def test_a_wall_time_in_a_language_of_several_zones_keeps_the_day(
    lang: str | None, line: str
) -> None:
    meta = resolve(f"{HEADLINE}{line}{BODY}", head="", lang=lang)
    assert (meta.published, meta.published_precision) == ("2023-09-05T00:00:00+00:00", "day")


@pytest.mark.parametrize(
    "headline",
    [
        "首相が辞任へ、予算案否決で",  # kana: Japanese
        "총리, 예산안 부결 뒤 사임하기로",  # Hangul: Korean
    ],
)
def test_a_page_of_no_language_takes_the_zone_its_titles_letters_tell(headline: str) -> None:
    meta = resolve(f"<h1>{headline}</h1>{SUMMER_LINE}{BODY}", head=f"<title>{headline}</title>")
    assert (meta.published, meta.published_precision) == ("2023-09-05T05:35:00+00:00", "minute")


@pytest.mark.parametrize(
    ("headline", "lang"),
    [
        ("总理在预算案被否决后宣布辞职", None),  # Chinese characters alone: several zones
        ("Minister resigns after the budget vote", None),
        ("首相が辞任へ、予算案否決で", "en"),  # the declared language decides
    ],
)
def test_a_title_tells_no_zone_of_its_own_or_against_the_declared_language(
    headline: str, lang: str | None
) -> None:
    body = f"<h1>{headline}</h1>{BARE_SUMMER_LINE}{BODY}"
    meta = resolve(body, head=f"<title>{headline}</title>", lang=lang)
    assert (meta.published, meta.published_precision) == ("2023-09-05T00:00:00+00:00", "day")


def test_the_zone_the_pages_data_states_beats_the_languages() -> None:
    data = '<script>var s = {"served": "2023-09-05T18:00:00+03:00"};</script>'
    meta = resolve(f"{HEADLINE}{SUMMER_LINE}{BODY}", head=data, lang="de")
    assert meta.published == "2023-09-05T11:35:00+00:00"


def test_an_offset_the_page_states_that_day_other_than_the_languages_gives_no_time() -> None:
    # A German-language site that keeps another zone: its data writes +03:00 that day (and an
    # embed's +04:00, so that no one zone of the data is read).
    data = (
        '<script>var s = {"served": "2023-09-05T18:00:00+03:00",'
        ' "embed": "2023-08-01T10:00:00+04:00"};</script>'
    )
    meta = resolve(f"{HEADLINE}{SUMMER_LINE}{BODY}", head=data, lang="de")
    assert (meta.published, meta.published_precision) == ("2023-09-05T00:00:00+00:00", "day")


# The headline set in a breadcrumb's list, the date line beside the lead picture further down:
# the <time> is farther from the headline than the candidates are looked for.
def _far(time: str) -> str:
    return (
        "<article><div><nav><div><ul><li>"
        f"{HEADLINE}</li></ul></div></nav><div><div><div>{time}</div></div></div>"
        f"{BODY}</div></article>"
    )


def test_a_utc_datetime_its_text_shows_in_the_sites_zone_is_the_instant() -> None:
    time = '<time datetime="2023-09-05T12:35:07.000Z">05.09.2023, 14:35 Uhr</time>'
    meta = resolve(_far(time), head="", guess="2023-09-05")
    assert (meta.published, meta.published_precision) == ("2023-09-05T12:35:07+00:00", "second")


def test_each_ancestor_of_the_headline_is_searched_for_time_elements_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ``time`` candidate (four levels up) and the clock the page shows (six) read the same
    ancestors: each is searched once, and the instant is still found."""
    searched: list[HtmlElement] = []

    def counted(
        scope: HtmlElement,
        facts: PageFacts | None = None,
        around: frozenset[HtmlElement] = frozenset(),
    ) -> list[HtmlElement]:
        searched.append(scope)
        return time_elements(scope, facts, around)

    for module in (dateowner, published, timeofday):
        if hasattr(module, "time_elements"):
            monkeypatch.setattr(module, "time_elements", counted)
    time = '<time datetime="2023-09-05T12:35:07.000Z">05.09.2023, 14:35 Uhr</time>'
    meta = resolve(_far(time), head="", guess="2023-09-05")
    assert (meta.published, meta.published_precision) == ("2023-09-05T12:35:07+00:00", "second")
    assert len(searched) == 5  # up to the <time>'s ancestor, five levels above the headline
    assert len(set(searched)) == len(searched)


@pytest.mark.parametrize(
    "time",
    [
        # The same clock in both: a page that shows UTC, or labels its wall time as UTC
        '<time datetime="2023-09-05T14:35:00Z">05.09.2023, 14:35</time>',
        # A stated offset the text is not read in
        '<time datetime="2023-09-05T14:35:00+02:00">05.09.2023, 15:35</time>',
        # Two times that disagree: which is the story's, nothing tells
        '<time datetime="2023-09-05T12:35:00Z">05.09.2023, 14:35 Uhr</time>'
        '<time datetime="2023-09-05T15:10:00Z">05.09.2023, 17:10 Uhr</time>',
        # An update's time
        'Aktualisiert: <time datetime="2023-09-05T12:35:00Z">05.09.2023, 14:35 Uhr</time>',
    ],
)
def test_no_instant_where_the_time_element_does_not_confirm_one(time: str) -> None:
    meta = resolve(_far(time), head="", guess="2023-09-05")
    assert meta.published == "2023-09-05T00:00:00+00:00"


@pytest.mark.parametrize(
    ("time", "lang", "published"),
    [
        # A wall time in the datetime, its clock alone shown
        ('<time datetime="2023-09-05 14:35:00">14:35</time>', "cs", "2023-09-05T12:35:00+00:00"),
        ('<time datetime="2023-09-05 14:35:00">14:35</time>', "en", "2023-09-05T00:00:00+00:00"),
        # The shown clock is not the datetime's
        ('<time datetime="2023-09-05 14:35:00">15:10</time>', "cs", "2023-09-05T00:00:00+00:00"),
    ],
)
def test_a_time_elements_wall_time_in_the_zone_of_the_pages_language(
    time: str, lang: str, published: str
) -> None:
    meta = resolve(f"{HEADLINE}<div>{time}</div>{BODY}", "", "2023-09-05", lang)
    assert meta.published == published


def test_a_time_elements_clock_alone_is_of_no_day() -> None:
    meta = resolve(f"{HEADLINE}<div><time>14:35</time></div>{BODY}", "", "2023-09-05", "cs")
    assert meta.published_precision != "minute"


def test_a_us_regions_zone_follows_its_summer_time() -> None:
    summer = clock_beside("Sept. 8, 2020 at 9:22 a.m. ET", "2020-09-08")
    assert summer == Clock(9, 22, timezone(timedelta(hours=-4)))


def test_the_date_lines_time_right_above_the_headline() -> None:
    meta = resolve(f"<div><p>05.03.2024, 14:35 Uhr</p>{HEADLINE}</div>{BODY}")
    assert meta.published == "2024-03-05T13:35:00+00:00"


def test_no_time_above_the_headline_from_an_update_or_an_event() -> None:
    update = resolve(
        f"<div><p>Aktualisiert: 05.03.2024, 14:35</p>{HEADLINE}</div>{BODY}", guess="2024-03-05"
    )
    assert update.published is None or update.published_precision == "day"
    event = resolve(
        f"<div><p>Dienstag, 5. März 2024, 14:35 Uhr bis 16:00 Uhr</p>{HEADLINE}</div>{BODY}"
    )
    assert event.published == "2024-03-05T00:00:00+00:00"


def resolve_at(body: str, url: str, lang: str) -> PageMetadata:
    tree = parse_html(f'<html lang="{lang}"><head></head><body>{body}</body></html>')
    assert tree is not None
    return resolve_metadata(tree, url, fetched_at=FETCHED, extracted=None)


def test_an_english_page_of_a_british_domain_shows_british_time() -> None:
    body = f"{HEADLINE}<p>14:35, 5 MAR 2024</p>{BODY}"
    meta = resolve_at(body, "https://www.news.example.co.uk/story-1", "en")
    assert meta.published == "2024-03-05T14:35:00+00:00"
    summer = resolve_at(
        body.replace("5 MAR 2024", "5 SEP 2023"), "https://www.news.example.co.uk/story-1", "en"
    )
    assert summer.published == "2023-09-05T13:35:00+00:00"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.com/story-1",  # a generic domain
        "https://news.co/story-1",  # a country code sold as a generic name
        "https://news.example.de/story-1",  # English is not a language of Germany's locales
    ],
)
def test_an_english_page_elsewhere_keeps_the_day(url: str) -> None:
    meta = resolve_at(f"{HEADLINE}<p>14:35, 5 MAR 2024</p>{BODY}", url, "en")
    assert meta.published == "2024-03-05T00:00:00+00:00"


def test_a_time_shown_as_utc_stands_and_a_wall_time_written_as_utc_keeps_its_day() -> None:
    utc = '<time datetime="Tue, 05 Mar 2024 14:35:00 GMT">2024-03-05 14:35:00 UTC</time>'
    meta = resolve(f"{HEADLINE}<p>{utc}</p>{BODY}", head="")
    assert meta.published == "2024-03-05T14:35:00+00:00"
    wall = '<time datetime="Tue, 05 Mar 2024 14:35:00 GMT">5 de março de 2024, 14:35</time>'
    meta = resolve(f"{HEADLINE}<p>{wall}</p>{BODY}", head="", lang="pt")
    assert meta.published == "2024-03-05T00:00:00+00:00"


# -- the instant an attribute of the date line states and its text shows ----------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Brazil keeps several zones: the page's language names none, its date line's own
        # attribute states the offset of the time it shows.
        (
            '<p class="when" data-publish="2024-02-20T14:35:05-03:00">20/02/2024 14h35</p>',
            "2024-02-20T17:35:05+00:00",
        ),
        # A weekday between the date and the time, which no date line form reads.
        (
            '<div class="date" content="2024-02-20T14:35:00+03:00">20 Şubat 2024 Salı 14:35</div>',
            "2024-02-20T11:35:00+00:00",
        ),
        # The 12-hour clock.
        (
            '<span data-ts="2024-02-20T14:35:00-05:00">February 20, 2024 2:35 p.m.</span>',
            "2024-02-20T19:35:00+00:00",
        ),
    ],
)
def test_the_instant_the_date_lines_attribute_states_and_its_text_shows(
    line: str, published: str
) -> None:
    meta = resolve(f"{HEADLINE}{line}{BODY}", head="", guess="2024-02-20", lang="pt-BR")
    assert meta.published == published
    assert meta.published_precision != "day"
    assert "published_time_stated" in meta.skipped  # counted: news/meta/published_time_stated


@pytest.mark.parametrize(
    "line",
    [
        # An offset of zero whose clock the text shows: UTC, or a wall time labelled as UTC.
        '<p data-publish="2024-02-20T14:35:05Z">20/02/2024 14h35</p>',
        '<p data-publish="2024-02-20T14:35:05+00:00">20/02/2024 14h35</p>',
        # The text shows another time than the attribute's: two moments, neither confirmed.
        '<p data-publish="2024-02-20T14:35:05-03:00">20/02/2024 16h10</p>',
        # The text shows no time: the attribute alone is the CMS's, not the reader's.
        '<p data-publish="2024-02-20T14:35:05-03:00">20/02/2024</p>',
        # An update's line.
        '<p data-modified="2024-02-20T14:35:05-03:00">Atualizado em 20/02/2024 14h35</p>',
        # Two lines beside the headline that state two moments of the day: a list.
        '<p data-publish="2024-02-20T14:35:05-03:00">20/02/2024 14h35</p>'
        '<p data-publish="2024-02-20T09:10:00-03:00">20/02/2024 09h10</p>',
        # A teaser of another story of the day in a list.
        '<ul><li><a href="/other-story">Governo anuncia novo plano para a economia do país</a>'
        ' <span data-publish="2024-02-20T14:35:05-03:00">20/02/2024 14h35</span></li></ul>',
    ],
)
def test_no_instant_from_an_attribute_the_line_does_not_show(line: str) -> None:
    meta = resolve(f"{HEADLINE}{line}{BODY}", head="", guess="2024-02-20", lang="pt-BR")
    assert meta.published_precision in (None, "day")


def test_the_attributes_instant_must_be_the_time_the_date_line_shows() -> None:
    # The date line under the headline shows 16:10, a line with an attribute 14:35: the page
    # shows two times of the day, and neither is taken.
    body = (
        f"{HEADLINE}<p>20/02/2024 16h10</p>"
        f'<div><p data-publish="2024-02-20T14:35:05-03:00">20/02/2024 14h35</p></div>{BODY}'
    )
    meta = resolve(body, head="", guess="2024-02-20", lang="pt-BR")
    assert meta.published_precision == "day"


# -- a season's zone name on a day of the other season ------------------------------------------


@pytest.mark.parametrize(
    ("line", "day", "offsets"),
    [
        # "EST" while New York keeps summer time: Eastern time that day, or the named offset.
        ("November 2, 2023 11:08 a.m. EST", "2023-11-02", (-5, -4)),
        ("January 5, 2024 9:10 PDT", "2024-01-05", (-7, -8)),
        ("5. Juli 2024, 14:35 MEZ", "2024-07-05", (1, 2)),
        ("5 July 2024 14:35 AEDT", "2024-07-05", (11, 10)),
    ],
)
def test_a_seasons_zone_name_out_of_season_is_a_wall_time_of_two_offsets(
    line: str, day: str, offsets: tuple[int, int]
) -> None:
    clock = clock_beside(line, day)
    assert clock is not None and clock.zone is None
    assert clock.offsets == tuple(timedelta(hours=h) for h in offsets)


@pytest.mark.parametrize(
    ("line", "day", "hours"),
    [
        ("November 9, 2023 3:02am EST", "2023-11-09", -5),
        ("July 5, 2024 2:35 p.m. EDT", "2024-07-05", -4),
        ("5. Juli 2024, 14:35 MESZ", "2024-07-05", 2),
        ("5 July 2024 14:35 JST", "2024-07-05", 9),  # a zone of no summer time
    ],
)
def test_a_seasons_zone_name_in_its_season_is_its_offset(line: str, day: str, hours: int) -> None:
    clock = clock_beside(line, day)
    assert clock is not None and clock.zone == timezone(timedelta(hours=hours))


def test_a_winter_name_on_a_summer_day_leaves_a_declared_time_it_does_not_read() -> None:
    # 11:08 "EST" on 2 November 2023 is 15:08 or 16:08 UTC; the declared 15:24 is neither:
    # the day stays (before, the shown time read as -05:00 replaced it, an hour wrong if the
    # template meant Eastern time).
    head = '<meta property="article:published_time" content="2023-11-02T15:24:31Z">'
    body = f"{HEADLINE}<p>02 Nov, 2023 11:08 a.m. EST</p>{BODY}"
    meta = resolve(body, head=head, lang="es")
    assert meta.published == "2023-11-02T00:00:00+00:00"
    assert meta.published_precision == "day"


def test_a_winter_name_on_a_summer_day_keeps_a_declared_time_it_reads() -> None:
    head = '<meta property="article:published_time" content="2023-11-02T15:08:40Z">'
    body = f"{HEADLINE}<p>02 Nov, 2023 11:08 a.m. EST</p>{BODY}"
    assert resolve(body, head=head, lang="es").published == "2023-11-02T15:08:40+00:00"


# -- a <time>'s wall time in the offset the page's data states that day -------------------------


def test_a_shown_wall_time_in_the_offset_the_data_states_that_day() -> None:
    # English names no zone; the CMS's data writes the site's offset on that day.
    data = '<script>var s = {"first": "2020-04-24T09:06:21-07:00"};</script>'
    body = f'{HEADLINE}<p>By Jane Doe <time datetime="2020-04-24">9:06</time></p>{BODY}'
    meta = resolve(body, head=data, lang="en-US")
    assert meta.published == "2020-04-24T16:06:00+00:00"


@pytest.mark.parametrize(
    "data",
    [
        # An offset stated only for a moment of another season.
        '<script>var s = {"built": "2020-01-10T09:06:21-08:00"};</script>',
        # Two offsets: the site's and an embed's.
        '<script>var s = {"a": "2020-04-24T09:06:21-07:00", "b": "2020-04-24T12:00:00-04:00"};'
        "</script>",
        # No offset at all.
        "",
    ],
)
def test_no_shown_wall_time_without_an_offset_the_data_states_that_day(data: str) -> None:
    body = f'{HEADLINE}<p>By Jane Doe <time datetime="2020-04-24">9:06</time></p>{BODY}'
    meta = resolve(body, head=data, lang="en-US")
    assert meta.published == "2020-04-24T00:00:00+00:00"


# -- a date line whose parts a separator parts ---------------------------------------------------


def test_the_publications_time_before_a_separated_update_label() -> None:
    body = (
        f"{HEADLINE}<div><span>Published <time>November 9, 2023 3:02am EST</time></span>"
        "<span><span>|</span> Updated <time>November 9, 2023 3:18am EST</time></span></div>"
        f"{BODY}"
    )
    meta = resolve(body, head="", guess="2023-11-09", lang="en")
    assert meta.published == "2023-11-09T08:02:00+00:00"


def test_an_update_label_after_a_separator_with_nothing_of_its_own_gives_no_time() -> None:
    body = (
        f"{HEADLINE}<div><span>05.03.2024, 14:35 Uhr</span><span>|</span>"
        f"<span>aktualisiert</span></div><p>Von Jane Doe</p>{BODY}"
    )
    meta = resolve(body, lang="de")
    assert meta.published == "2024-03-05T00:00:00+00:00"


# -- the time the story's author's byline shows beside the day, wherever it stands -------------

# The day without its time, and the author, as the page declares them.
DECLARED = (
    '<meta property="article:published_time" content="2024-03-05">'
    '<meta name="author" content="Jane Doe">'
)


@pytest.mark.parametrize(
    ("end", "published"),
    [
        ("<p>Von Jane Doe am 05.03.2024, 14:35 | 0 Kommentare</p>", "13:35"),
        ("<p>Jane Doe</p><p>| 05.03.2024 um 14:35</p>", "13:35"),
        (
            "<p>Dieser Artikel wurde am 05.03.2024 um 14:35 von <a href='/autor/jane-doe'>Jane"
            " Doe</a> geschrieben.</p>",
            "13:35",
        ),
        # None from the day's time on a line that names no author (an event's, a teaser's).
        (
            "<p>Von Jane Doe</p><p>Mehr zum Thema im Ratsinformationssystem der Stadt.</p>"
            "<p>05.03.2024, 14:35 Stadtrat tagt im Rathaus</p>",
            "00:00",
        ),
        # Nor from two bylines of the author on the day (her other story's too).
        (
            "<p>Von Jane Doe am 05.03.2024, 14:35</p>"
            "<div><p>Von Jane Doe am 05.03.2024, 09:10</p></div>",
            "00:00",
        ),
        # Nor from an update's line, or one of another day.
        ("<p>Jane Doe, aktualisiert am 05.03.2024, 16:00</p>", "00:00"),
        ("<p>Von Jane Doe am 04.03.2024, 14:35</p>", "00:00"),
        # Nor from a comment of the author's under the story, or a teaser of her other story.
        (
            '<p>Von Jane Doe</p><div class="comment"><p>Jane Doe am 05.03.2024, 18:20</p></div>',
            "00:00",
        ),
        (
            "<p>Von Jane Doe</p><ul><li><a href='/other'>Stadtrat beschließt den neuen Haushalt"
            " für das kommende Jahr</a> Von Jane Doe am 05.03.2024, 09:10</li></ul>",
            "00:00",
        ),
    ],
)
def test_the_time_the_authors_byline_shows_beside_the_day(end: str, published: str) -> None:
    meta = resolve(f"{HEADLINE}{BODY}{end}", head=DECLARED, lang="de")
    assert meta.authors == ["Jane Doe"]
    assert meta.published == f"2024-03-05T{published}:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "March 5, 2024 / 2:35 PM / Updated 2 minutes ago",
        "05.03.2024, 14:35 Uhr · aktualisiert vor 3 Stunden",
        "5 de marzo de 2024 14:35 | Actualizado hace 2 horas",
    ],
)
def test_an_update_of_how_long_ago_leaves_the_publications_time(line: str) -> None:
    # The update names a later moment of its own: the time before it is the publication's.
    assert clock_beside(line, "2024-03-05") == Clock(14, 35, None)


def test_an_update_named_after_the_time_with_nothing_of_its_own_still_gives_none() -> None:
    assert clock_beside("March 5, 2024 / 2:35 PM / Updated", "2024-03-05") is None


def test_the_time_above_the_headline_beside_a_relative_update() -> None:
    line = "<p>05.03.2024, 14:35 Uhr / aktualisiert vor 3 Stunden</p>"
    meta = resolve(f"<div>{line}{HEADLINE}</div>{BODY}", guess="2024-03-05", lang="de")
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:35:00+00:00", "minute")


@pytest.mark.parametrize("href", ["#", "javascript:void(0)", " #share"])
def test_a_share_button_above_the_headline_does_not_hide_its_date_line(href: str) -> None:
    # The button is a link to no other page: the date line before it is the story's.
    box = f'<div><span>05.03.2024, 14:35 Uhr</span><a href="{href}">Teilen</a></div>'
    meta = resolve(f"<div>{box}{HEADLINE}</div>{BODY}", guess="2024-03-05", lang="de")
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:35:00+00:00", "minute")


def test_a_link_to_another_page_above_the_headline_ends_the_search() -> None:
    box = '<div><span>05.03.2024, 14:35 Uhr</span><a href="/politik/">Politik</a></div>'
    meta = resolve(f"<div>{box}{HEADLINE}</div>{BODY}", guess="2024-03-05", lang="de")
    assert meta.published_precision != "minute"


# The story's own record, which names the shown minute its publication, among the data of
# other items of that morning.
_RECORD = (
    '<script>var items = [{"datePublished": "2024-03-05T09:10:00+01:00"},'
    ' {"{key}": "2024-03-05T14:35:31+01:00"}];</script>'
)


@pytest.mark.parametrize("key", ["datePublished", "publish_date", "firstPublishedAt"])
def test_a_shown_time_the_data_names_a_publication_stands_beside_earlier_items(key: str) -> None:
    head = _RECORD.replace("{key}", key)
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}", head=head)
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:35:00+00:00", "minute")


@pytest.mark.parametrize("key", ["dateModified", "updated", "lastSaved"])
def test_a_shown_time_the_data_names_otherwise_still_gives_way(key: str) -> None:
    head = _RECORD.replace("{key}", key)
    meta = resolve(f"{HEADLINE}<p>05.03.2024, 14:35 Uhr</p>{BODY}", head=head)
    assert (meta.published, meta.published_precision) == ("2024-03-05T00:00:00+00:00", "day")


@pytest.mark.parametrize("lang", [None, "en-US"])
def test_a_time_written_with_uhr_is_read_in_central_european_time(lang: str | None) -> None:
    # A German line names its language by the word after the time where the page declares
    # none, or its template's default of several zones.
    summer = resolve(f"{HEADLINE}<p>05.09.2023 - 14:35 Uhr</p>{BODY}", head="", lang=lang)
    assert (summer.published, summer.published_precision) == ("2023-09-05T12:35:00+00:00", "minute")
    winter = resolve(f"{HEADLINE}<p>05.03.2024 - 14:35 Uhr</p>{BODY}", head="", lang=lang)
    assert winter.published == "2024-03-05T13:35:00+00:00"


def test_the_zone_a_page_states_that_day_beats_the_word_after_the_time() -> None:
    # The site's data write another offset that day: its CMS keeps that zone, whatever word
    # its template writes after the time.
    data = '<script>var s = {"served": "2023-09-05T18:00:00+03:00"};</script>'
    meta = resolve(f"{HEADLINE}<p>05.09.2023 - 14:35 Uhr</p>{BODY}", head=data, lang="en-US")
    assert meta.published == "2023-09-05T11:35:00+00:00"


def test_the_clocks_word_tells_its_language_and_is_no_part_of_the_time() -> None:
    german = clock_beside("05.09.2023 - 14:35 Uhr", "2023-09-05")
    assert german is not None and german.language == "de"
    bare = clock_beside("05.09.2023 - 14:35", "2023-09-05")
    assert bare is not None and bare.language is None
    assert german == bare


# -- the story's own <footer>: its meta line under the standfirst --------------------------------

STANDFIRST = "<p>A short summary of the minister's night in parliament and what follows.</p>"


def test_the_time_in_the_footer_of_the_storys_article() -> None:
    # HTML's footer of the article that holds the headline: who wrote it and when.
    footer = (
        "<footer><p><span>05.03.24 - 14:35 |</span> <a href='/autor/jd'>Jane Doe</a></p></footer>"
    )
    body = f"<article><header>{HEADLINE}</header>{STANDFIRST}{footer}{BODY}</article>"
    meta = resolve(body, head="", guess="2024-03-05", lang="de")
    assert meta.published == "2024-03-05T13:35:00+00:00"


def test_no_time_from_the_pages_footer_or_a_teasers() -> None:
    # The page's footer stands outside the story's article; a teaser's footer is its own card's.
    # The day is declared, without its time.
    day = '<meta property="article:published_time" content="2024-03-05">'
    line = "<footer><p>05.03.2024 - 14:35</p></footer>"
    teaser = f"<article><h2>Another story</h2>{line}</article>"
    # A footer of links and notices inside the one <article> a page is set in: no meta line.
    notices = "<p>Imprint, privacy, contact, careers, advertising and terms of use</p>"
    long = f"<footer><p>05.03.2024 - 14:35</p>{notices}</footer>"
    for body in (
        f"<article>{HEADLINE}{STANDFIRST}</article>{line}{BODY}",
        f"<article>{HEADLINE}{STANDFIRST}{teaser}{BODY}</article>",
        f"<article>{HEADLINE}{STANDFIRST}{long}{BODY}</article>",
    ):
        meta = resolve(body, head=day, lang="de")
        assert meta.published == "2024-03-05T00:00:00+00:00"
    # Set in the story's own footer, the same line gives the time.
    mine = resolve(f"<article>{HEADLINE}{STANDFIRST}{line}{BODY}</article>", head=day, lang="de")
    assert mine.published == "2024-03-05T13:35:00+00:00"
