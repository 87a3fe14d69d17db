"""The labelled date line reader: a date the page labels as its publication, in many languages."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pipelines.text.dates import Clock, label_parts, labelled_dates
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)


def _stamp_of(*pieces: str) -> tuple[str, str | None] | None:
    """The publication a page's pieces label, as (day, HH:MM or None)."""
    stamp = labelled_dates(pieces).stamp
    if stamp is None:
        return None
    time = stamp.value.strftime("%H:%M") if stamp.precision == "minute" else None
    return stamp.day, time


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        # Germanic
        ("Veröffentlicht am 2. August 2018, 14:05 Uhr", "2018-08-02", "14:05"),
        ("Erschienen am 30.04.2024", "2024-04-30", None),
        ("Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27", "07:39"),
        ("Gepubliceerd op 5 maart 2024", "2024-03-05", None),
        ("Publicerad 28.5.2020 17:43", "2020-05-28", "17:43"),
        ("Publisert 05.08.2024, kl. 13.05", "2024-08-05", "13:05"),
        ("Udgivet 05.03.2024", "2024-03-05", None),
        # English (a time with am/pm keeps the day: its zone is unknown anyway)
        ("Published Jun 05, 2026 • 3 minute read", "2026-06-05", None),
        ("Posted on March 2, 2020", "2020-03-02", None),
        ("| PUBLISHED: April 24, 2020 at 9:11 a.m.", "2020-04-24", None),
        ("First Published: September 24, 2020, 21:13", "2020-09-24", "21:13"),
        # Romance
        ("Publié le 02/11/2023 à 14h49", "2023-11-02", "14:49"),
        ("Publié le jeudi 2 novembre 2023", "2023-11-02", None),
        ("Publicado el 17 de febrero de 2020", "2020-02-17", None),
        ("Pubblicato il 6 dicembre 2020 alle 10:43", "2020-12-06", "10:43"),
        ("Publicado em 05/03/2024 às 10:00", "2024-03-05", "10:00"),
        # Slavic
        ("Opublikowano: 7 sierpnia 2020 o 12:30", "2020-08-07", "12:30"),
        ("Zveřejněno 5. března 2024", "2024-03-05", None),
        ("Опубликовано 5 марта 2024, 10:15", "2024-03-05", "10:15"),
        # Turkish
        ("Yayınlanma: 30.04.2024 - 16:49", "2024-04-30", "16:49"),
        ("Giriş: 03.07.2024 - 18:24", "2024-07-03", "18:24"),
        # Korean, Japanese, Chinese
        ("입력 2026.01.29 18:40", "2026-01-29", "18:40"),
        ("公開日：2026年1月29日 18:40", "2026-01-29", "18:40"),
        ("发布时间：2026-01-29 18:40", "2026-01-29", "18:40"),
    ],
)
def test_a_labelled_publication_line_is_read(line: str, day: str, time: str | None) -> None:
    assert _stamp_of(line) == (day, time)


def test_a_label_and_its_date_may_be_set_in_pieces_of_their_own() -> None:
    assert _stamp_of("Veröffentlicht am", "2. August 2018", "14:05") == ("2018-08-02", "14:05")
    assert _stamp_of("입력", "2026.01.29 18:40", "수정", "2026.01.29 18:49") == (
        "2026-01-29",
        "18:40",
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Aktualisiert am 06. Mär. 2023", "2023-03-06"),
        ("Stand: 05.03.2024 14:30 Uhr", "2024-03-05"),
        ("Updated 9:53 am PDT, Tuesday, September 1, 2020", "2020-09-01"),
        ("Last updated: June 1, 2020", "2020-06-01"),
        ("Mis à jour le 02/11/2023 à 15h57", "2023-11-02"),
        ("Actualizado: 15 oct 2024 - 17:38 CEST", "2024-10-15"),
        ("Aggiornato il 6 dicembre 2020", "2020-12-06"),
        ("Aktualizacja: 7 sierpnia 2020", "2020-08-07"),
        ("Oppdatert 05.08.2024, kl. 13.52", "2024-08-05"),
        ("Son Güncelleme: 30.11.2020 18:14", "2020-11-30"),
        ("Обновлено 5 марта 2024", "2024-03-05"),
        ("수정 2025.05.15 20:57", "2025-05-15"),
        ("更新日：2026年1月29日", "2026-01-29"),
    ],
)
def test_an_update_label_is_never_the_publication(line: str, day: str) -> None:
    read = labelled_dates([line])
    assert read.stamp is None
    assert read.published == frozenset()
    assert day in read.updated


@pytest.mark.parametrize(
    "line",
    [
        "Die Studie wurde am 5. März 2024 veröffentlicht.",
        "une tribune publiée par Les Echos (26/11/2019)",
        "BfArM aktualisiert Liste 06.11.2023",
        "Erschienen in der Ausgabe vom 18.05.2026, Seite 9",
        "Posted by Jane Doe on March 3, 2020",
        "Published in the journal Nature, the study of 5 March 2024 found that most of the"
        " reefs had recovered",
        "这篇文章于2026年1月29日发布",
        # "Giriş" is the entry (the publication) only as a label before its date
        "Üye Girişi 03.07.2024",  # a member's login, not the label
        "Sezonun giriş maçı 03.07.2024 günü oynanacak",
    ],
)
def test_a_date_in_running_text_does_not_count(line: str) -> None:
    assert labelled_dates([line]) == labelled_dates([])


def test_a_label_opens_the_line_after_a_templates_separators() -> None:
    assert [(p.kind, p.text) for p in label_parts("| UPDATED: 11:50, Thu, Jul 18, 2024")] == [
        ("updated", "Jul 18, 2024")
    ]
    assert label_parts("Headline: Minister resigns, published 5 March 2024") == []


def test_one_line_of_a_publication_and_its_update() -> None:
    both = labelled_dates(["Publicado: 06/05/2020 · 10:07 Actualizado: 07/05/2020 · 11:17"])
    assert both.stamp is not None and (both.stamp.day, both.stamp.precision) == (
        "2020-05-06",
        "minute",
    )
    assert both.published == {"2020-05-06"} and both.updated == {"2020-05-07"}
    # Updated before it was published: the line is no evidence of either.
    assert labelled_dates(["Published March 5, 2024 Updated March 1, 2024"]) == labelled_dates([])


def test_lines_of_several_days_are_a_list_of_posts() -> None:
    posts = labelled_dates(["Posted on March 3, 2020", "Text.", "Posted on March 1, 2020"])
    assert posts.stamp is None and posts.published == frozenset()
    again = labelled_dates(["Posted on March 3, 2020", "Text.", "Posted: 03.03.2020"])
    assert again.stamp is not None and again.stamp.day == "2020-03-03"


def test_a_slashed_date_reads_month_first_only_under_an_english_label() -> None:
    english = labelled_dates(["Published 11/08/2023"])
    assert english.stamp is None
    assert english.published == {"2023-11-08", "2023-08-11"}
    assert _stamp_of("Publié le 11/08/2023") == ("2023-08-11", None)


# -- in the resolver ----------------------------------------------------------------------

HEADLINE = "<h1>Minister resigns after the budget vote</h1>"
# Longer than the reach of the date line read after the headline.
LONG = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"


def resolve(
    body: str,
    head: str = "",
    extracted: Extracted | None = None,
    hints: dict[str, str] | None = None,
) -> PageMetadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return resolve_metadata(
        tree,
        "https://news.example/politik/story-1.html",
        fetched_at=FETCHED,
        extracted=extracted,
        hints=hints,
    )


def test_a_page_with_nothing_else_takes_its_labelled_publication() -> None:
    meta = resolve(f"<article>{HEADLINE}<p>Veröffentlicht am 2. August 2018</p>{LONG}</article>")
    assert (meta.published, meta.published_precision) == ("2018-08-02T00:00:00+00:00", "day")
    assert meta.origin["published"] == "label"


def test_a_hidden_date_line_is_no_publication() -> None:
    for hiding in ("hidden", 'style="display:none"'):
        line = f"<div {hiding}>Erstellt am 22.05.2014</div>"
        assert resolve(f"<article>{HEADLINE}{LONG}{line}</article>").published is None
    shown = resolve(f"<article>{HEADLINE}{LONG}<div>Erstellt am 22.05.2014</div></article>")
    assert shown.published == "2014-05-22T00:00:00+00:00"


def test_the_labelled_wall_time_takes_the_zone_the_page_states() -> None:
    head = '<meta property="article:modified_time" content="2026-01-29T18:49:00+09:00">'
    meta = resolve(f"<article>{HEADLINE}<p>입력 2026.01.29 18:40</p>{LONG}</article>", head)
    assert (meta.published, meta.published_precision) == ("2026-01-29T09:40:00+00:00", "minute")
    # Without an offset anywhere on the page, the day alone.
    bare = resolve(f"<article>{HEADLINE}<p>입력 2026.01.29 18:40</p>{LONG}</article>")
    assert (bare.published, bare.published_precision) == ("2026-01-29T00:00:00+00:00", "day")


def test_an_update_or_a_sentence_gives_no_publication() -> None:
    updated = resolve(f"<article>{HEADLINE}<p>Aktualisiert am 06.03.2023</p>{LONG}</article>")
    assert updated.published is None
    told = resolve(f"<article>{HEADLINE}<p>Die Regierung hat am 5. März 2024 beschlossen.</p>")
    assert told.published is None


def _far_from_the_headline(line: str) -> str:
    """The headline nested deeper than the search for days beside it climbs, the line after
    more text than the date line is looked for in: only the labelled reader finds it."""
    return f"<div>{'<div>' * 6}{HEADLINE}{'</div>' * 6}{LONG}<p>{line}</p></div>"


def test_a_labelled_publication_supports_the_extractors_guess() -> None:
    guess = Extracted(text="Body.", date="2020-07-15")
    labelled = resolve(_far_from_the_headline("Veröffentlicht am 15.07.2020"), extracted=guess)
    assert (labelled.published, labelled.origin["published"]) == (
        "2020-07-15T00:00:00+00:00",
        "extractor",
    )
    assert labelled.weak == []
    # The same day without its label, or labelled as an update, is no support.
    for line in ("15.07.2020", "Aktualisiert am 15.07.2020"):
        meta = resolve(_far_from_the_headline(line), extracted=guess)
        assert (meta.published, meta.weak) == (None, ["published"])


def test_a_labelled_publication_beats_a_guess_it_contradicts() -> None:
    guess = Extracted(text="Body.", date="2020-07-11")
    meta = resolve(_far_from_the_headline("Veröffentlicht am 15.07.2020"), extracted=guess)
    assert (meta.published, meta.origin["published"]) == ("2020-07-15T00:00:00+00:00", "label")


def _declared(day: str) -> str:
    return f'<meta property="article:published_time" content="{day}T08:00:00+00:00">'


def test_a_declared_date_the_labelled_line_under_the_headline_contradicts_is_not_stored() -> None:
    body = f"<article>{HEADLINE}<p>Veröffentlicht am 12. März 2020</p>{LONG}</article>"
    meta = resolve(body, _declared("2020-01-05"))
    assert (meta.published, meta.conflicts) == (None, ["published"])
    # The listing's date is no way out of the page's own contradiction.
    listed = resolve(body, _declared("2020-01-05"), hints={"published": "2020-01-05T08:00:00Z"})
    assert (listed.published, listed.conflicts) == (None, ["published"])


@pytest.mark.parametrize(
    ("declared", "line"),
    [
        ("2020-03-12", "Veröffentlicht am 12. März 2020"),
        # The page's own day after a late evening in UTC, and a day's slack beside it.
        ("2020-03-11", "Veröffentlicht am 12. März 2020"),
        ("2020-03-13", "Veröffentlicht am 12. März 2020"),
        # An English slashed date reads both ways: either reading agrees.
        ("2020-11-08", "Published 08/11/2020"),
        ("2020-08-11", "Published 08/11/2020"),
    ],
)
def test_a_declared_date_the_label_agrees_with_is_kept(declared: str, line: str) -> None:
    meta = resolve(f"<article>{HEADLINE}<p>{line}</p>{LONG}</article>", _declared(declared))
    assert meta.published == f"{declared}T08:00:00+00:00"
    assert meta.conflicts == []


def test_a_label_of_another_item_under_the_headline_contradicts_nothing() -> None:
    # A teaser beside the story, an update line, the same label far from the headline.
    for line in (
        "<aside><p>Veröffentlicht am 12. März 2020</p></aside>",
        "<p>Aktualisiert am 12. März 2020</p>",
    ):
        meta = resolve(f"<article>{HEADLINE}{line}{LONG}</article>", _declared("2020-01-05"))
        assert meta.published == "2020-01-05T08:00:00+00:00", line
    far = _far_from_the_headline("Veröffentlicht am 12. März 2020")
    assert resolve(far, _declared("2020-01-05")).published == "2020-01-05T08:00:00+00:00"


def test_a_live_blogs_entry_under_its_headline_does_not_contradict_its_start() -> None:
    blog = json.dumps(
        {
            "@type": "LiveBlogPosting",
            "headline": "Minister resigns after the budget vote",
            "datePublished": "2020-01-05T08:00:00+00:00",
        }
    )
    head = f'<script type="application/ld+json">{blog}</script>'
    body = f"<article>{HEADLINE}<p>Veröffentlicht am 12. März 2020</p>{LONG}</article>"
    assert resolve(body, head).published == "2020-01-05T08:00:00+00:00"


def test_a_labelled_day_keeps_the_clock_its_line_shows_in_twelve_hours() -> None:
    # The stamp holds a 24-hour wall time only; a 12-hour time and the zone's name (IST: India,
    # Ireland's summer or Israel) come as the line's clock.
    read = labelled_dates(["First Published: March 5, 2024, 9:13 PM IST"])
    assert read.stamp is not None and read.stamp.precision == "day"
    assert read.clock == Clock(
        21, 13, None, (timedelta(hours=5, minutes=30), timedelta(hours=1), timedelta(hours=2))
    )


def test_no_clock_beside_a_labelled_time_of_its_stamp_or_an_updates() -> None:
    # The 24-hour time is the stamp's own; an update's clock is never the publication's.
    assert labelled_dates(["Veröffentlicht am 05.03.2024 um 14:35 Uhr"]).clock is None
    assert labelled_dates(["Updated: March 5, 2024, 9:13 PM IST"]).clock is None
    assert labelled_dates(["Published: March 5, 2024"]).clock is None


def _time(datetime_attr: str, text: str) -> str:
    return f'<div class="time"><time datetime="{datetime_attr}">{text}</time></div>'


def test_a_time_whose_text_labels_another_publication_day_gives_the_texts_day() -> None:
    # One element, two statements: the attribute (the story's last change) and the day its
    # readers are told. Before: a conflict, nothing stored.
    line = _time("2019-07-03T10:18:46Z", "Publié le 29 juin 2019")
    meta = resolve(f"<article>{HEADLINE}{line}{LONG}</article>")
    assert (meta.published, meta.published_precision) == ("2019-06-29T00:00:00+00:00", "day")
    assert meta.origin["published"] == "label"
    assert meta.conflicts == []
    assert "published_time_relabelled" in meta.skipped  # counted: news/meta/...


@pytest.mark.parametrize(
    ("head", "text"),
    [
        # Declared data beside it: the page's two statements disagree, as before.
        (_declared("2019-07-03"), "Publié le 29 juin 2019"),
        # The text labels the update: it tells nothing of the publication.
        ("", "Mis à jour le 29 juin 2019"),
    ],
)
def test_a_times_text_overrules_its_attribute_only_where_nothing_is_declared(
    head: str, text: str
) -> None:
    line = _time("2019-07-03T10:18:46Z", text)
    meta = resolve(f"<article>{HEADLINE}{line}{LONG}</article>", head)
    assert meta.published != "2019-06-29T00:00:00+00:00"
    assert "published_time_relabelled" not in meta.skipped


def test_a_times_text_that_agrees_or_labels_nothing_leaves_its_attribute() -> None:
    line = _time("2019-06-29T10:18:46Z", "Publié le 29 juin 2019")
    agrees = resolve(f"<article>{HEADLINE}{line}{LONG}</article>")
    assert agrees.published == "2019-06-29T10:18:46+00:00"
    assert agrees.origin["published"] == "time"
    unlabelled = resolve(
        f"<article>{HEADLINE}{_time('2019-07-03T10:18:46Z', '29 juin 2019')}</article>"
    )
    assert unlabelled.published != "2019-06-29T00:00:00+00:00"
    assert "published_time_relabelled" not in agrees.skipped + unlabelled.skipped


def test_a_listing_that_agrees_with_a_times_attribute_keeps_it_from_its_text() -> None:
    # The feed's date vouches for the attribute: two statements of the page, one of them backed.
    line = _time("2019-07-03T10:18:46Z", "Publié le 29 juin 2019")
    body = f"<article>{HEADLINE}{line}{LONG}</article>"
    meta = resolve(body, hints={"published": "2019-07-03T10:00:00Z"})
    assert meta.published != "2019-06-29T00:00:00+00:00"
    assert "published_time_relabelled" not in meta.skipped
