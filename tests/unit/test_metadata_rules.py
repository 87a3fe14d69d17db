"""Unit tests of each metadata rule: JSON-LD entity choice, dates, titles, authors, listings."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pytest

from crawler.clock import parse_timestamp, plausible
from pipelines.text import dateowner, published
from pipelines.text.authors import SectionLabels, jsonld_authors, section_labels
from pipelines.text.dates import (
    apply_zone,
    choose,
    date_from_url,
    month_from_url,
    paired_zone,
    shown_days,
    tidy_timestamp,
    written_date,
    written_with_slashes,
)
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.headline import headline_after_kicker, home_names
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.names import agree, clean_names
from pipelines.text.page import flat
from pipelines.text.pagetype import listing_reason
from pipelines.text.structured import (
    PageFacts,
    gather,
    host_label,
    page_entity,
    site_names,
    text_after,
)
from pipelines.text.titles import choose_title, names_site, strip_site_name

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
DEMO_SITE = Path(__file__).resolve().parents[2] / "crawler" / "demo" / "site"


def page(head: str = "", body: str = "", ld: object | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return f"<html><head>{head}{script}</head><body>{body}</body></html>"


def resolve(
    html: str, url: str = "https://news.example/politik/story-1.html", **kw: object
) -> PageMetadata:
    tree = parse_html(html)
    assert tree is not None
    return resolve_metadata(tree, url, fetched_at=FETCHED, **kw)  # type: ignore[arg-type]


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2024-03-05T14:30:00+01:00", "2024-03-05T13:30:00+00:00", "minute"),
        ("2024-03-05T14:30:15.123Z", "2024-03-05T14:30:15+00:00", "second"),
        ("2024-03-05T14:30:00+0100", "2024-03-05T13:30:00+00:00", "minute"),
        ("2024-03-05 14:30:00 -0500", "2024-03-05T19:30:00+00:00", "minute"),
        ("2024-03-05", "2024-03-05T00:00:00+00:00", "day"),
        # Midnight is how CMSs write "no time": the day the page states is kept, not shifted.
        ("2024-03-05T00:00:00+02:00", "2024-03-05T00:00:00+00:00", "day"),
        ("Tue, 05 Mar 2024 14:30:00 +0100", "2024-03-05T13:30:00+00:00", "minute"),
        ("2024/03/05", "2024-03-05T00:00:00+00:00", "day"),
        # Dots or slashes between the date's parts, with a time and a zone as ISO writes them.
        ("2026.01.29 18:40 +09:00", "2026-01-29T09:40:00+00:00", "minute"),
        ("2024/03/05 14:30:15Z", "2024-03-05T14:30:15+00:00", "second"),
        ("20240305", "2024-03-05T00:00:00+00:00", "day"),
        ("2020-9-24", "2020-09-24T00:00:00+00:00", "day"),
        # A zone abbreviation of one offset is read as that offset.
        ("2020-09-25T16:02:50CDT", "2020-09-25T21:02:50+00:00", "second"),
        ("2020-05-06 10:07:01.000000 CEST", "2020-05-06T08:07:01+00:00", "second"),
        ("2024-03-05 14:30 GMT", "2024-03-05T14:30:00+00:00", "minute"),
    ],
)
def test_timestamps_become_one_utc_format(text: str, iso: str, precision: str) -> None:
    stamp = parse_timestamp(text)
    assert stamp is not None
    assert stamp.iso() == iso
    assert stamp.precision == precision
    assert datetime.fromisoformat(stamp.iso()).tzinfo is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "2024-13-45",
        "12:30",
        "2024-03-05T25:00",
        "x" * 80,
        "202411",
        # Abbreviations of several zones (US Central or China; India, Ireland or Israel) keep
        # their day (tests/unit/test_zone_names.py); a word that is no zone name gives none.
        "2024-03-05 14:30 Uhr",
    ],
)
def test_what_is_not_a_timestamp_gives_none(text: str) -> None:
    assert parse_timestamp(text) is None


def test_stored_dates_parse_as_timestamps_and_sort_as_text() -> None:
    values = [
        parse_timestamp(t).iso()  # type: ignore[union-attr]
        for t in ("2024-03-05T23:30:00-05:00", "2024-03-06T01:00:00+01:00", "2024-03-05")
    ]
    # Arrow's ISO 8601 reader (what pandas and Parquet tools read through); pandas itself is
    # not a dependency: sqlite-utils imports it when present, +90 MB in every crawl process.
    parsed = pa.array(values).cast(pa.timestamp("s", tz="UTC")).to_pylist()
    assert [d.isoformat() for d in parsed] == values
    assert sorted(range(3), key=lambda i: parsed[i]) == sorted(range(3), key=lambda i: values[i])
    pd = pytest.importorskip("pandas")
    assert list(pd.to_datetime(pd.Series(values)).sort_values().index) == sorted(
        range(3), key=lambda i: values[i]
    )


def test_a_naive_time_keeps_only_its_day_unless_the_page_states_its_zone() -> None:
    naive = parse_timestamp("2024-03-05T23:30:00")
    assert naive is not None and not naive.aware
    (alone,) = apply_zone([naive], [])
    assert alone.precision == "day" and alone.iso() == "2024-03-05T00:00:00+00:00"
    zoned = parse_timestamp("2024-03-06T08:00:00+01:00")
    assert zoned is not None and zoned.zone is not None
    (borrowed,) = apply_zone([naive], [zoned.zone])
    assert borrowed.iso() == "2024-03-05T22:30:00+00:00"


def test_implausible_dates_are_rejected() -> None:
    assert not plausible(parse_timestamp("1989-12-31"), FETCHED)  # type: ignore[arg-type]
    assert not plausible(parse_timestamp("2024-03-08T12:00:00+00:00"), FETCHED)  # type: ignore[arg-type]
    assert plausible(parse_timestamp("2024-03-07T06:00:00+00:00"), FETCHED)  # type: ignore[arg-type]
    assert plausible(parse_timestamp("2024-03-07"), FETCHED)  # type: ignore[arg-type]


def test_strong_candidates_that_disagree_give_nothing() -> None:
    from datetime import timedelta

    a = parse_timestamp("2024-03-01T10:00:00+00:00", "jsonld")
    b = parse_timestamp("2024-03-04T10:00:00+00:00", "meta")
    assert a is not None and b is not None
    assert choose([a, b], [], tolerance=timedelta(hours=24)).conflict
    assert choose([a, b], [], tolerance=timedelta(hours=24)).stamp is None
    day = parse_timestamp("2024-03-01", "url")
    assert day is not None
    # A day and the exact time agree: the time is kept, the origin of the first is reported.
    chosen = choose([day], [a], tolerance=timedelta(hours=24)).stamp
    assert chosen is not None and chosen.precision == "minute"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://x.example/2024/03/05/story", "2024-03-05"),
        ("https://x.example/2017/7/12/story", "2017-07-12"),
        ("https://x.example/news/20240305/story.html", "2024-03-05"),
        ("https://x.example/2024/03/story", None),
        ("https://x.example/articles/2025/03/10-pendler-betroffen.html", None),
        ("https://x.example/politik/bericht-2024-03-05-landtag", "2024-03-05"),
        ("https://x.example/story?date=2024/03/05", None),
        # Eight digits the slug's separators set apart are its day; an ID's digits run on.
        ("https://x.example/detail/1/3/307_3_r_20231102_1698920402044235", "2023-11-02"),
        ("https://x.example/news/us-blocks-lawsuit-20200718.html", "2020-07-18"),
        ("https://x.example/md/permits-hearing-20200817-hntmbtcnhfg-story.html", "2020-08-17"),
        ("https://x.example/news/item-202007181234.html", None),
        ("https://x.example/news/item-x20200718-story.html", None),
        ("https://x.example/news/item-20201318-story.html", None),
    ],
)
def test_date_in_url(url: str, day: str | None) -> None:
    stamp = date_from_url(url)
    assert (stamp.day if stamp else None) == day


# -- JSON-LD entity -----------------------------------------------------------------------


def facts_for(html: str, url: str = "https://news.example/a/story.html") -> PageFacts:
    tree = parse_html(html)
    assert tree is not None
    return gather(tree, url)


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # The head's <title>, not an icon's later in the page.
        ("<title>Budget agreed</title>", "<svg><title>Menu</title></svg>", "Budget agreed"),
        # Without one in the head, the first the page holds.
        ("", "<svg><title>Menu</title></svg><svg><title>Search</title></svg>", "Menu"),
    ],
)
def test_the_pages_title_is_its_first_title_element(head: str, body: str, title: str) -> None:
    facts = facts_for(f"<html><head>{head}</head><body>{body}<h1>Budget</h1></body></html>")
    assert facts.html_title == title


def test_the_page_is_gathered_in_one_walk_each_kind_in_its_order() -> None:
    # Meta tags, JSON-LD and <h1>s interleaved in the page: each kind keeps its document order.
    html = (
        "<html><head><meta name='author' content='Jane Doe'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "One"}</script>'
        "<link rel='canonical' href='/a/canonical.html'></head><body><h1>First</h1>"
        "<meta name='author' content='John Roe'>"
        '<script type="application/ld+json">{"@type": "Person", "name": "Ann"}</script>'
        "<script>var x = 1;</script><h1>Second</h1></body></html>"
    )
    facts = facts_for(html)
    assert facts.meta["author"] == ["Jane Doe", "John Roe"]
    assert [e["@type"] for e in facts.entities] == ["NewsArticle", "Person"]
    assert facts.h1 == ["First", "Second"]
    assert "news.example/a/canonical.html" in facts.identities


def test_page_entity_is_the_one_naming_this_page_in_a_graph() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example News", "url": "https://news.example/"},
            {
                "@type": "NewsArticle",
                "headline": "Other",
                "url": "https://news.example/b/other.html",
            },
            {
                "@type": "NewsArticle",
                "headline": "This story",
                "mainEntityOfPage": {"@id": "https://www.news.example/a/story.html/"},
            },
        ],
    }
    entity = page_entity(facts_for(page(ld=ld)))
    assert entity is not None and entity["headline"] == "This story"


def test_main_entity_of_page_with_a_placeholder_id_names_the_page_by_its_url() -> None:
    ld = [
        {
            "@type": "NewsArticle",
            "headline": "Related",
            "mainEntityOfPage": {"@id": "https://news.example/b/other.html"},
        },
        {
            "@type": "NewsArticle",
            "headline": "Different words than the page shows",
            "mainEntityOfPage": {
                "@type": "WebPage",
                "@id": "https://placeholder.example/article",
                "url": "https://news.example/a/story.html",
            },
        },
    ]
    entity = page_entity(facts_for(page(ld=ld)))
    assert entity is not None and entity["headline"].startswith("Different")


def test_list_items_and_related_stories_are_never_the_page_entity() -> None:
    ld = [
        {
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "NewsArticle", "headline": "Teaser", "datePublished": "2020-01-01"}
            ],
        },
        {"@type": "NewsArticle", "headline": "Related", "url": "https://news.example/rel.html"},
    ]
    assert page_entity(facts_for(page(ld=ld))) is None


def test_an_entity_without_url_counts_when_its_headline_is_the_pages() -> None:
    ld = [
        {"@type": "NewsArticle", "headline": "A teaser somewhere else on the page"},
        {"@type": "NewsArticle", "headline": "Minister resigns after budget vote"},
    ]
    html = page(ld=ld, body="<h1>Minister resigns after budget vote</h1>")
    entity = page_entity(facts_for(html))
    assert entity is not None and entity["headline"].startswith("Minister")


def test_the_page_entity_is_read_once_and_not_carried_to_other_headings() -> None:
    ld = [
        {"@type": "NewsArticle", "headline": "A teaser somewhere else on the page"},
        {"@type": "NewsArticle", "headline": "Minister resigns after budget vote"},
    ]
    facts = facts_for(page(ld=ld, body="<h1>Minister resigns after budget vote</h1>"))
    first = page_entity(facts)
    assert first is not None and page_entity(facts) is first
    # Facts with other <h1>s (headline.story_facts) read it afresh: here none matches.
    other = replace(facts, h1=["Sport"], h1_elements=facts.h1_elements)
    assert page_entity(other) is None and page_entity(facts) is first


def test_the_resolver_takes_the_callers_listing_verdict() -> None:
    html = page(
        head='<meta property="og:type" content="website">',
        body="<h1>Front</h1>"
        + "".join(f'<a href="/s{i}">Story number {i} of today</a>' for i in range(9)),
    )
    url = "https://news.example/"
    assert (
        resolve(html, url).listing
        == listing_reason(facts_for(html, url), parse_html(html))
        == "og:website"
    )
    assert resolve(html, url, listing="").listing is None
    assert resolve(html, url, listing="og:website").listing == "og:website"


def test_a_webpages_main_entity_is_the_page_entity() -> None:
    ld = {
        "@type": "WebPage",
        "url": "https://news.example/a/story.html",
        "mainEntity": {"@type": "ScholarlyArticle", "headline": "Main", "author": []},
    }
    entity = page_entity(facts_for(page(ld=ld)))
    assert entity is not None and entity["headline"] == "Main"


def test_site_names_come_from_og_and_publisher() -> None:
    ld = {
        "@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": "Beispiel Zeitung"},
    }
    html = page('<meta property="og:site_name" content="Beispiel">', ld=ld)
    assert site_names(facts_for(html)) == ["Beispiel", "Beispiel Zeitung"]


@pytest.mark.parametrize(
    ("host", "label"),
    [("www.dailymail.co.uk", "dailymail"), ("ntv.com.tr", "ntv"), ("news.example.org", "example")],
)
def test_host_label(host: str, label: str) -> None:
    assert host_label(host) == label


# -- titles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "sites", "host", "expected"),
    [
        ("Zinsen steigen | Börsen-Zeitung", ["Börsen-Zeitung"], "", "Zinsen steigen"),
        ("Vláda padla – Seznam Zprávy", ["Seznam Zprávy"], "", "Vláda padla"),
        (
            "Nennen wir ihn doch Golf – DiePresse.com",
            ["Die Presse"],
            "",
            "Nennen wir ihn doch Golf",
        ),
        ("SPIEGEL: Was jetzt?", [], "spiegel.de", "Was jetzt?"),
        ("Strong storms - The Washington Post", ["Washington Post"], "", "Strong storms"),
        ("정치 뉴스 제목｜한국일보", ["한국일보"], "", "정치 뉴스 제목"),
        # A kicker is not a site name; "could" must not match the ".co" of the host.
        ("Kultur: Ein Abend in Rom", ["Beispiel"], "", "Kultur: Ein Abend in Rom"),
        ("Your bill could be worth - here's how", [], "dailymail.co.uk", None),
    ],
)
def test_strip_site_name(title: str, sites: list[str], host: str, expected: str | None) -> None:
    assert strip_site_name(title, sites, host) == (expected or title)


def test_the_h1_wins_when_another_source_confirms_it() -> None:
    title, origin = choose_title(
        ["Logo", "Minister resigns after vote"],
        [("og:title", "Minister resigns after vote | Example")],
        ["Example"],
    )
    assert (title, origin) == ("Minister resigns after vote", "h1")


def test_a_kicker_in_the_h1_is_dropped_when_the_sharing_title_lacks_it() -> None:
    title, _ = choose_title(
        ["Eskalation: Minister resigns after the vote"],
        [("og:title", "Minister resigns after the vote")],
    )
    assert title == "Minister resigns after the vote"


def test_a_kicker_in_the_h1_is_dropped_when_the_sharing_title_has_another() -> None:
    title, origin = choose_title(
        ["Eskalation im Nahen Osten - «Die Zurückhaltung hat mit den USA zu tun»"],
        [("og:title", "Angriff auf Israel: «Die Zurückhaltung hat mit den USA zu tun»")],
    )
    assert (title, origin) == ("«Die Zurückhaltung hat mit den USA zu tun»", "h1")
    # A short shared end ("Live") is no headline.
    title, _ = choose_title(["Wahl in Berlin - Live"], [("og:title", "Ergebnisse: Live")])
    assert title == "Wahl in Berlin - Live"


def test_a_title_that_swallowed_the_page_is_no_title() -> None:
    # Found by fuzzing: a <title> whose closing tag was lost holds the rest of the page, and
    # each of its separators was read with what follows it (8.6 s on a 907 KB page; 2.6 s here).
    lost = "Minister resigns after the budget vote | Example</title><p>" + " | Text" * 20_000
    began = time.process_time()
    title = choose_title(["Minister resigns after the budget vote"], [("html_title", lost)])
    assert time.process_time() - began < 0.5
    assert title == ("Minister resigns after the budget vote", "h1")


def test_a_declared_headline_beats_the_same_title_with_a_section_suffix() -> None:
    refs = [
        ("og:title", "Minister resigns after budget vote-Politik | Example"),
        ("meta", "Minister resigns after budget vote"),
    ]
    assert choose_title([], refs, ["Example"]) == ("Minister resigns after budget vote", "meta")
    # Only a declared headline: the browser tab's shorter title is not preferred.
    tab = [refs[0], ("html_title", "Minister resigns")]
    assert choose_title([], tab, ["Example"])[1] == "og:title"


def test_an_unconfirmed_h1_loses_to_the_sharing_title() -> None:
    title, origin = choose_title(
        ["Nachrichten"], [("og:title", "Minister resigns - Example")], ["Example"]
    )
    assert (title, origin) == ("Minister resigns", "og:title")


MOTORISTA = "Motorista capota o carro novo na saída da loja"


def test_an_h1_opening_the_tab_title_beats_the_h1_trafilatura_repeats() -> None:
    # The first <h1> (a kicker) is what trafilatura reads; the tab title opens with the second.
    refs = [
        ("html_title", f"{MOTORISTA} - 23/06/2020 - Carros"),
        ("extractor", "Roda presa"),
    ]
    assert choose_title(["Roda presa", MOTORISTA], refs) == (MOTORISTA, "h1")
    # Without the tab title, trafilatura's h1 stands.
    assert choose_title(["Roda presa", MOTORISTA], refs[1:]) == ("Roda presa", "h1")


def test_an_h1_opening_the_tab_title_before_another_headings_text_is_no_match() -> None:
    # "Translation | Headline": the rest is what another heading shows, not a site's name.
    english = "People who are scared call the doctor every day"
    shown = "Lokale Nachrichten / Menschen rufen jeden Tag beim Arzt an"
    refs = [("html_title", f"{english} | Menschen rufen jeden Tag beim Arzt an")]
    assert choose_title([english, shown], refs)[0] != english


def test_a_kicker_parted_by_a_visible_separator_stays_in_the_headline() -> None:
    body = (
        '<article><h1><span class="kicker">Bubi-Bomber wieder da</span><span class="sep">: '
        "</span><span>Thioune fordert Geduld</span></h1><p>Text.</p></article>"
    )
    assert resolve(page("", body)).title == "Bubi-Bomber wieder da: Thioune fordert Geduld"


def test_a_kicker_element_in_the_h1_is_dropped_when_the_tab_title_leaves_it_out() -> None:
    """Nothing declared: the <h1> sets a kicker and the headline as elements of their own,
    and the tab title repeats only the headline's words."""
    h1 = (
        "<h1><span>Minderheit in Syrien</span><span> - </span>"
        "<span>Drusen fordern Teilhabe an der Regierung</span></h1>"
    )
    body = f"<article>{h1}<p>Text.</p></article>"
    tab = "<title>Drusen fordern Teilhabe an der Regierung - News - Example</title>"
    meta = resolve(page(tab, body))
    assert (meta.title, meta.origin["title"]) == ("Drusen fordern Teilhabe an der Regierung", "h1")
    # The tab title before another kicker of its own still leaves the <h1>'s out.
    other = "<title>Neue Regierung: Drusen fordern Teilhabe an der Regierung | Example</title>"
    assert resolve(page(other, body)).title == "Drusen fordern Teilhabe an der Regierung"
    # A kicker parted by a separator inside its own element, nested as themes do.
    nested = (
        "<article><h1><span>Kultur <span>:</span></span>"
        "<span>Was lesen die Philippinen?</span></h1><p>Text.</p></article>"
    )
    tab = "<title>Was lesen die Philippinen? — Example</title>"
    assert resolve(page(tab, nested)).title == "Was lesen die Philippinen?"


@pytest.mark.parametrize(
    "head",
    [
        # The tab title repeats the kicker: the page shows both as its headline.
        "<title>Minderheit in Syrien: Drusen fordern Teilhabe an der Regierung | Ex</title>",
        # No tab title: nothing tells the kicker from the headline.
        "",
        # A declared title is the whole <h1>.
        '<meta property="og:title" content="Minderheit in Syrien - Drusen fordern Teilhabe an '
        'der Regierung"><title>Drusen fordern Teilhabe an der Regierung</title>',
    ],
)
def test_a_kicker_element_stays_unless_only_the_tab_title_leaves_it_out(head: str) -> None:
    h1 = (
        "<h1><span>Minderheit in Syrien</span><span> - </span>"
        "<span>Drusen fordern Teilhabe an der Regierung</span></h1>"
    )
    meta = resolve(page(head, f"<article>{h1}<p>Text.</p></article>"))
    assert meta.title == "Minderheit in Syrien - Drusen fordern Teilhabe an der Regierung"


@pytest.mark.parametrize(
    ("h1", "tab"),
    [
        # Words between the parts: one sentence set in two elements, no kicker.
        (
            "<span>Syrien:</span> heute <span>Drusen fordern Teilhabe an der Regierung</span>",
            "Drusen fordern Teilhabe an der Regierung | Example",
        ),
        # The last part is too short to be a headline, or shorter than what stands before it.
        ("<span>Drusen fordern Teilhabe an der Regierung</span><span>Live</span>", "Live | Ex"),
        (
            "<span>Minderheit in Syrien und im Libanon</span><span>Drusen fordern mehr</span>",
            "Drusen fordern mehr | Example",
        ),
        # One part only, or a last part the page hides.
        ("<span>Drusen fordern Teilhabe an der Regierung</span>", "Drusen fordern | Ex"),
        (
            "<span>Syrien</span><span hidden>Drusen fordern Teilhabe an der Regierung</span>",
            "Drusen fordern Teilhabe an der Regierung | Example",
        ),
        # The tab title shows another headline.
        (
            "<span>Syrien</span><span>Drusen fordern Teilhabe an der Regierung</span>",
            "Example - Nachrichten",
        ),
    ],
)
def test_headline_after_kicker_needs_a_kicker_and_a_tab_title_without_it(h1: str, tab: str) -> None:
    tree = parse_html(f"<html><body><h1>{h1}</h1></body></html>")
    assert tree is not None
    heading = next(tree.iter("h1"))
    assert headline_after_kicker(heading, tab) is None


def test_headline_after_kicker_parts_a_plain_kicker() -> None:
    tree = parse_html(
        "<html><body><h1><span>Syrien</span><span>Drusen fordern Teilhabe an der Regierung"
        "</span></h1></body></html>"
    )
    assert tree is not None
    tab = "Drusen fordern Teilhabe an der Regierung | Example"
    assert headline_after_kicker(next(tree.iter("h1")), tab) == (
        "Drusen fordern Teilhabe an der Regierung"
    )


def test_the_tab_title_is_cut_to_the_start_the_page_shows() -> None:
    """A tab title with its section and site names in forms no list knows: the headline is the
    part the page shows, in a paragraph as well as a heading."""
    head = "<title>Minister resigns after budget vote-Politikㅣ뉴스일보</title>"
    body = '<article><p class="big">Minister resigns after budget vote</p><p>Text.</p></article>'
    meta = resolve(page(head, body))
    assert (meta.title, meta.origin["title"]) == (
        "Minister resigns after budget vote",
        "html_title",
    )
    # Shown nowhere, the tab title with a separator tells no headline: nothing is stored.
    meta = resolve(page(head, "<article><p>Text.</p></article>"))
    assert (meta.title, "title" in meta.origin) == (None, False)


def test_a_shown_part_of_the_tab_title_needs_less_beside_it_or_the_sites_name() -> None:
    """The site's name links to the site's root; a short headline before it is kept. A shown
    teaser that is the title's short start, or the site's name, is never the headline."""
    head = "<title>Come Together - Wiener Badminton Verband</title>"
    home = '<a href="/">Wiener Badminton Verband</a>'
    body = '<h3 class="newstitle">Come Together</h3><p>Text.</p>'
    assert resolve(page(head, home + body)).title == "Come Together"
    assert resolve(page(head, body.replace("<p>", f"<p>{home}"))).title == "Come Together"
    # Shown at the title's end after a part that names no site: kicker or site, nothing tells.
    assert resolve(page(head, "<p>Wiener Badminton Verband</p>" + body)).title is None
    kicker = "<title>America: Forbes says Trump is a billionaire</title>"
    shown = "<h2>Forbes says Trump is a billionaire</h2><p>Text.</p>"
    assert resolve(page(kicker, shown)).title is None
    assert resolve(page(kicker.replace("America", "Example"), shown)).title == (
        "Forbes says Trump is a billionaire"
    )
    teaser = '<a href="/storm">Storm hits</a><p>Text.</p>'
    assert (
        resolve(page("<title>Storm hits: three dead on the coast | Ex</title>", teaser)).title
        is None
    )


def test_home_names_and_site_segments() -> None:
    html = page(
        "",
        '<a href="/"><img src="logo.png" alt="Der Bote"></a><a href="https://news.example/">'
        'Start</a><a href="https://other.example/">Other</a><a href="/politik">Politik</a>',
    )
    tree = parse_html(html)
    assert tree is not None
    assert home_names(tree, "news.example") == ["Der Bote", "Start"]
    assert names_site(" – Der Bote – news.example", ["Der Bote"], "news.example")
    assert not names_site(" – Politik – Der Bote", ["Der Bote"], "news.example")


def test_hrefs_no_url_parser_reads_are_passed_over() -> None:
    # Consent tools leave placeholders such as "http://[ccpa-preferences]" in links, and
    # urlsplit raises on brackets that hold no IPv6 address: the page must still resolve.
    bad = "http://[ccpa-preferences]"
    html = page(
        f'<link rel="canonical" href="{bad}"><meta property="og:url" content="{bad}">'
        "<title>Stadtrat beschließt neuen Haushalt</title>",
        f'<h1><a href="{bad}">Der Bote</a></h1><a href="{bad}">Einstellungen</a>'
        '<a href="/">Der Bote</a><h1>Stadtrat beschließt neuen Haushalt</h1>'
        '<p>Von <a href="/autoren/jane-doe">Jane Doe</a></p>'
        "<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.</p>",
        ld={
            "@type": "NewsArticle",
            "url": bad,
            "headline": "Stadtrat beschließt neuen Haushalt",
            "datePublished": "2024-03-05T10:00:00+01:00",
        },
    )
    tree = parse_html(html)
    assert tree is not None
    assert home_names(tree, "news.example") == ["Der Bote"]
    result = resolve(html)
    assert result.title == "Stadtrat beschließt neuen Haushalt"
    assert result.published == "2024-03-05T09:00:00+00:00"


# -- authors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Von Max Muster und Erika Mustermann"], ["Max Muster", "Erika Mustermann"]),
        (["By Jane Doe, Reporter"], ["Jane Doe"]),
        (["Max Muster", "Leitender Wirtschaftsredakteur"], ["Max Muster"]),  # a job title
        (["Erika Mustermann, Auslandskorrespondentin"], ["Erika Mustermann"]),
        (["Jane Doe", "Senior Editor"], ["Jane Doe"]),
        (["Jane Doe; John Roe", "Jane Doe"], ["Jane Doe", "John Roe"]),
        (["Ein Kommentar von Anna Beispiel"], ["Anna Beispiel"]),
        (["Elena Oberholzer (obe)"], ["Elena Oberholzer"]),
        (["홍길동 기자"], ["홍길동"]),
        (["Example News"], []),  # the site's own name
        (["Redaktion hessenschau.de"], []),  # a desk
        (["Email the author"], []),
        (["05.03.2024"], []),
        (["Reporter"], []),
        (["https://www.facebook.com/someone"], []),
        (["Jane Doe is a freelance reporter in London"], []),
        (["By"], []),
        (["Felix Schröder", "Jörg Soldwisch", "dpa"], ["Felix Schröder", "Jörg Soldwisch"]),
        (["srf/hosb", "kesm"], []),  # reporter codes
        (["松岡大地"], ["松岡大地"]),  # no letter case: not taken for a code
        (["AFP"], []),  # an agency's acronym
        (["The Associated Press"], []),  # agencies, by their kind of name
        (["Agencia Reforma"], []),
        (["Anadolu Ajansı"], []),
        (["Reuters"], []),
        (["Jane Doe, Reuters"], ["Jane Doe"]),
        (["BBC News"], []),  # an outlet's name
        (["FOCUS online"], []),
        (["Kompas Cyber Media"], []),
        (["JANE DOE"], ["JANE DOE"]),  # a name in capitals is still a name
        (["Mathias Hagen – Journalist"], ["Mathias Hagen"]),  # a role after a dash
        (["Anders Skjerdingstad – Journalist i Paris"], ["Anders Skjerdingstad"]),
        (["Jane Doe - Reporter, John Roe"], ["Jane Doe", "John Roe"]),
        (["Jean-Marie Le Pen"], ["Jean-Marie Le Pen"]),  # a hyphen inside a name stays
        (["Dolores Chang For Dailymail.Com"], ["Dolores Chang"]),  # whom she wrote for
        (["Jane Doe for The Times, John Roe"], ["Jane Doe", "John Roe"]),
        (["The Hindu Bureau"], []),
        (["Developed By Jane Doe"], []),  # the web site's credit, not the article's
        (["dpa-AFX"], []),  # an agency's acronym in one word
        (["AFP, MANILA"], []),  # an agency and its dateline
        (["Jane McDonald"], ["Jane McDonald"]),  # capitals not in a row
        (["朝日新聞編集部"], []),  # a newsroom, in a script without spaces
        (["Redakcja Example"], []),
        (["Haber Merkezi"], []),
    ],
)
def test_clean_names(raw: list[str], expected: list[str]) -> None:
    assert clean_names(raw, ["Example News"], "example-news.com") == expected


def test_the_articles_footer_byline_is_not_a_label() -> None:
    tree = parse_html(
        "<html><body><article><h1>Story</h1><footer>"
        '<a rel="author" href="/author/jane-doe/">Jane Doe</a>'
        '<a href="/about/">About us</a></footer></article></body></html>'
    )
    assert tree is not None
    labels = section_labels(tree)
    assert "jane doe" not in labels
    assert "about us" in labels


def test_a_link_to_an_authors_page_in_a_footer_is_not_a_label() -> None:
    tree = parse_html(
        "<html><body><article><h1>Story</h1></article><footer>"
        '<a href="/authors/3?from=doc" class="doc_footer__name">Jane Doe</a>'
        '<a href="https://news.example/authors/john-roe/">John Roe</a>'
        '<a href="/politik/">Politik</a></footer></body></html>'
    )
    assert tree is not None
    labels = section_labels(tree)
    assert "jane doe" not in labels
    assert "john roe" not in labels
    assert "politik" in labels
    assert clean_names(["Jane Doe", "Politik"], [], "", labels) == ["Jane Doe"]


# An article footer that credits its writer by a link to a tag page of theirs, set in byline
# markup, beside the footer's own links to the site's sections.
_FOOTER_CREDIT = (
    "<footer><div class='tags news-author'><span>Author:</span><span class='authors'>"
    "<a href='https://news.example/jane-doe_tag5676/'>Jane Doe</a></span></div>"
    "<div class='tags-list'><a href='/politik/'>Politik</a></div></footer>"
)


def test_a_link_in_an_article_footers_byline_markup_is_not_a_label() -> None:
    tree = parse_html(
        "<html><body><article><h1>Story</h1><p>Text.</p>" + _FOOTER_CREDIT + "</article>"
        "<footer class='site-footer'><a href='/about/'>About us</a></footer></body></html>"
    )
    assert tree is not None
    labels = section_labels(tree)
    assert "jane doe" not in labels
    assert "politik" in labels
    assert "about us" in labels


def test_the_author_credited_in_the_articles_footer_is_kept() -> None:
    # The JSON-LD, the footer's byline and the resolver's other sources agree on Jane Doe: the
    # footer's link to her page made her a section label and the page lost its author.
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council passes the budget",
        "datePublished": "2024-03-05T10:00:00+01:00",
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    body = (
        "<article><h1>Council passes the budget</h1>"
        "<p>The council passed the budget on Tuesday after a long debate.</p>"
        + _FOOTER_CREDIT
        + "</article>"
    )
    meta = resolve(page(body=body, ld=ld))
    assert meta.authors == ["Jane Doe"]


def test_a_section_label_is_not_an_author() -> None:
    tree = parse_html(
        page(
            body='<nav><a href="/">Start</a><a href="/x">Politik</a></nav>'
            '<a href="/news/category/29/misc">Vermischtes</a><p>Text</p>'
        )
    )
    assert tree is not None
    labels = section_labels(tree, ["Wirtschaft"])
    raw = ["Vermischtes", "Politik", "Wirtschaft", "Jane Doe"]
    assert clean_names(raw, [], "", labels) == ["Jane Doe"]


def test_section_labels_asked_one_key_at_a_time_agree_with_the_whole_set() -> None:
    tree = parse_html(
        "<html><body><nav><a href='/politik/'>Politik</a>"
        "<a rel='author' href='/x'>Jane Doe</a><a href='/y'>Jane Doe</a>"
        "<a href='/authors/john-roe/'>John Roe</a></nav>"
        "<ul><li><a href='/a'>Sport</a></li><li><a href='/writers/ann-poe/'>Ann Poe</a></li>"
        "<li><a href='/c'>Kultur</a></li><li><a href='/d'>Reise</a></li>"
        "<li><a href='/e'>Auto</a></li></ul>"
        "<footer><a href='/b'>" + "x" * 60 + "</a></footer>"
        "<a href='/tags/wetter/'>Wetter <b>heute</b></a><p>Text</p></body></html>"
    )
    assert tree is not None
    labels = SectionLabels(tree, ["Wirtschaft", None, ""])
    whole = section_labels(tree, ["Wirtschaft", None, ""])
    # Jane Doe: one of her two navigation links is no byline, so her key is a label.
    asked = ["politik", "jane doe", "john roe", "sport", "ann poe", "kultur", "x" * 60]
    asked += ["wetter heute", "wirtschaft", "", "nobody"]
    assert {key for key in asked if key in labels} == whole & set(asked)
    assert whole == {
        "politik",
        "jane doe",
        "sport",
        "kultur",
        "reise",
        "auto",
        "wetter heute",
        "wirtschaft",
    }
    # Asked again, the same answers.
    assert "jane doe" in labels
    assert "john roe" not in labels
    assert "ann poe" not in labels


@pytest.mark.parametrize("section_first", [True, False])
def test_a_section_link_makes_a_label_wherever_it_stands(section_first: bool) -> None:
    # The page is read in one walk: a section link's text is a label whether the walk meets it
    # before or after a navigation link of the same text that is a byline (rel="author").
    section = "<a href='/category/politik/'>Politik</a>"
    navigation = (
        "<nav><a rel='author' href='/x'>Politik</a><a rel='author' href='/y'>Jo Doe</a></nav>"
    )
    body = section + navigation if section_first else navigation + section
    tree = parse_html(f"<html><body>{body}<p>Text</p></body></html>")
    assert tree is not None
    assert "politik" in SectionLabels(tree)
    assert "politik" in section_labels(tree)
    # The byline's own name, without a section link, is no label either way.
    assert "jo doe" not in SectionLabels(tree)
    assert "jo doe" not in section_labels(tree)


def test_jsonld_authors_separates_organisations() -> None:
    entity = {
        "author": [
            {"@type": "Person", "name": "Jane Doe"},
            {"@type": "Organization", "name": "Example News"},
            "John Roe",
        ]
    }
    assert jsonld_authors(entity) == (["Jane Doe", "John Roe"], ["Example News"])


# -- the resolver on whole pages ----------------------------------------------------------

ARTICLE_LD = {
    "@type": "NewsArticle",
    "headline": "Minister resigns after budget vote",
    "url": "https://news.example/politik/story-1.html",
    "datePublished": "2024-03-05T14:30:00+01:00",
    "dateModified": "2024-03-05T16:00:00+01:00",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "publisher": {"@type": "Organization", "name": "Example News"},
}


def test_resolver_takes_all_authors_exact_time_and_records_origins() -> None:
    html = page(
        "<title>Minister resigns after budget vote | Example News</title>",
        "<article><h1>Minister resigns after budget vote</h1><p>Jane Doe and John Roe</p>"
        "<p>Text.</p></article>",
        ARTICLE_LD,
    )
    meta = resolve(html)
    assert meta.title == "Minister resigns after budget vote"
    assert meta.authors == ["Jane Doe", "John Roe"]
    assert meta.author == "Jane Doe, John Roe"
    assert (meta.published, meta.published_precision) == ("2024-03-05T13:30:00+00:00", "minute")
    assert meta.modified == "2024-03-05T15:00:00+00:00"
    assert meta.origin == {
        "title": "h1",
        "published": "jsonld",
        "modified": "jsonld",
        "authors": "jsonld",
    }
    assert meta.conflicts == []


def test_page_and_meta_dates_far_apart_store_nothing_and_flag_a_conflict() -> None:
    head = '<meta property="article:published_time" content="2024-02-20T09:00:00+01:00">'
    meta = resolve(page(head, "<h1>Minister resigns after budget vote</h1>", ARTICLE_LD))
    assert meta.published is None
    assert "published" in meta.conflicts


def test_listing_hint_far_from_the_page_is_a_conflict_near_it_adds_the_time() -> None:
    ld = dict(ARTICLE_LD, datePublished="2024-03-05")
    html = page("", "<h1>Minister resigns after budget vote</h1>", ld)
    far = resolve(html, hints={"published": "2024-03-01T10:00:00+00:00"})
    assert far.published is None and "published" in far.conflicts
    near = resolve(html, hints={"published": "2024-03-05T13:30:00+00:00"})
    assert (near.published, near.published_precision) == ("2024-03-05T13:30:00+00:00", "minute")


def test_modified_before_published_is_dropped() -> None:
    ld = dict(ARTICLE_LD, dateModified="2024-03-01T10:00:00+00:00")
    meta = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld))
    assert meta.published == "2024-03-05T13:30:00+00:00"
    assert meta.modified is None and "modified" in meta.conflicts


def test_a_future_date_is_not_stored() -> None:
    ld = dict(ARTICLE_LD, datePublished="2024-04-05T10:00:00+00:00", dateModified=None)
    meta = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld))
    assert meta.published is None


def test_url_date_contradicting_the_page_is_a_conflict() -> None:
    url = "https://news.example/2017/07/12/story"
    ld = dict(ARTICLE_LD, url=url, datePublished="2019-06-17T18:28:00+02:00", dateModified=None)
    meta = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld), url=url)
    assert meta.published is None and meta.conflicts == ["published"]
    # Both statements are named for an audit of the refusal.
    assert meta.refused == [
        ("conflict", "jsonld", "2019-06-17T16:28:00+00:00"),
        ("conflict", "url", "2017-07-12T00:00:00+00:00"),
    ]


def test_byline_near_the_headline_not_the_teasers() -> None:
    body = (
        "<article><header><h1>Minister resigns</h1>"
        '<p class="byline">Von Max Muster und Erika Mustermann</p></header><p>Text</p></article>'
        '<aside><div class="teaser"><h2>Other</h2>'
        '<span class="author">Someone Else</span></div></aside>'
    )
    meta = resolve(page("", body))
    assert meta.authors == ["Max Muster", "Erika Mustermann"]
    assert meta.origin["authors"] == "byline"


def test_a_link_to_the_authors_page_beside_the_headline_is_the_byline() -> None:
    body = (
        "<article><h1>Minister resigns</h1>"
        '<div><p class="meta-info">von <a href="/autoren/name/max-muster">Dr. Max Muster</a></p>'
        '<p class="meta-info">20.10.2025</p></div><p>Text</p>'
        '<p>More: <a href="/politik/">Politik</a></p></article>'
    )
    meta = resolve(page('<meta name="author" content="Example News">', body))
    assert meta.authors == ["Max Muster"]
    assert meta.origin["authors"] == "byline"


def test_byline_naming_other_people_than_the_jsonld_is_a_conflict() -> None:
    body = (
        "<article><h1>Minister resigns after budget vote</h1>"
        '<p class="byline">By Max Muster</p><p>Text</p></article>'
    )
    meta = resolve(page("", body, ARTICLE_LD))
    assert meta.authors == []
    assert "authors" not in meta.origin
    assert meta.conflicts == ["authors"]


def test_byline_naming_one_of_the_jsonld_authors_agrees() -> None:
    body = (
        "<article><h1>Minister resigns after budget vote</h1>"
        '<p class="byline">By J. Doe</p><p>Text</p></article>'
    )
    meta = resolve(page("", body, ARTICLE_LD))
    assert meta.authors == ["Jane Doe", "John Roe"]
    assert meta.origin["authors"] == "jsonld"
    assert meta.conflicts == []


def test_byline_and_meta_tags_naming_different_people_is_a_conflict() -> None:
    body = '<article><h1>Minister resigns</h1><p class="byline">Von Max Muster</p></article>'
    meta = resolve(page('<meta name="author" content="Erika Mustermann">', body))
    assert meta.authors == [] and meta.conflicts == ["authors"]
    agreeing = resolve(page('<meta name="author" content="Max Muster">', body))
    assert agreeing.authors == ["Max Muster"] and agreeing.conflicts == []


def test_an_organisation_the_jsonld_credits_is_not_taken_from_the_meta_tags() -> None:
    ld = dict(ARTICLE_LD, author={"@type": "Organization", "name": "Harbour Lights"})
    head = '<meta name="author" content="Harbour Lights">'
    meta = resolve(page(head, "<h1>Minister resigns after budget vote</h1>", ld))
    assert meta.authors == []
    shown = "<h1>Minister</h1><p>Jane Doe</p>"
    person = resolve(page('<meta name="author" content="Jane Doe">', shown, ld))
    assert person.authors == ["Jane Doe"]


def test_a_teasers_byline_in_its_own_article_element_is_not_the_pages() -> None:
    body = (
        "<main><article><h1>Minister resigns</h1><p>Text</p>"
        '<section><article class="teaser"><h2>Other story</h2>'
        '<div class="byline">Von Someone Else</div></article></section></article></main>'
    )
    meta = resolve(page("", body))
    assert meta.authors == []
    own = body.replace("<p>Text</p>", '<p class="byline">Von Max Muster</p>')
    meta = resolve(page("", own))
    assert meta.authors == ["Max Muster"]


def test_the_storys_byline_in_its_article_below_a_header_outside_it_is_kept() -> None:
    body = (
        "<main><header><h1>Minister resigns</h1></header>"
        '<article><p class="byline">Von Max Muster</p><p>Text</p></article></main>'
    )
    meta = resolve(page("", body))
    assert meta.authors == ["Max Muster"]


def test_agree_is_lenient_within_a_name_and_strict_across_people() -> None:
    assert agree(["Jane Doe"], ["J. Doe"])
    assert agree(["松岡大地"], ["松岡大地記者"])
    assert not agree(["Jane Doe"], ["John Roe"])
    assert not agree(["新間"], ["Takeo Maeda", "Tatsuya Tanoue"])


# -- listings -----------------------------------------------------------------------------


def _listing(html: str, url: str = "https://news.example/politik/") -> str | None:
    tree = parse_html(html)
    assert tree is not None
    return listing_reason(gather(tree, url), tree)


def test_a_section_front_is_a_listing() -> None:
    teasers = "".join(
        f'<h2><a href="/politik/story-{i}.html">Headline number {i} about the news</a></h2>'
        for i in range(12)
    )
    html = page('<meta property="og:type" content="website">', f"<main>{teasers}</main>")
    assert _listing(html) == "og:website"


def test_a_collection_page_in_jsonld_is_a_listing() -> None:
    ld = {"@type": "CollectionPage", "url": "https://news.example/politik/"}
    assert _listing(page(ld=ld)) == "jsonld:collectionpage"


def test_an_article_with_many_related_links_is_not_a_listing() -> None:
    teasers = "".join(
        f'<h2><a href="/politik/story-{i}.html">Headline number {i} about the news</a></h2>'
        for i in range(12)
    )
    html = page(
        '<meta property="og:type" content="article">', f"<h1>Story</h1><p>Text</p>{teasers}"
    )
    assert _listing(html, "https://news.example/politik/story.html") is None


def test_a_website_typed_article_with_related_links_is_not_a_listing() -> None:
    related = "".join(
        f'<li><a href="/politik/story-{i}.html">Headline number {i} about the news</a></li>'
        for i in range(40)
    )
    text = "".join(
        f"<div>Sentence {i} of the article, which runs on for a while.</div>" for i in range(30)
    )
    html = page(
        '<meta property="og:type" content="website">', f"<h1>Story</h1>{text}<ul>{related}</ul>"
    )
    assert _listing(html, "https://news.example/politik/story.html") is None


def test_a_query_on_the_root_is_not_the_home_page() -> None:
    links = "".join(f'<a href="/?p={i}">Another post title number {i}</a>' for i in range(5))
    html = page("", f"<h1>Post</h1><p>Text</p>{links}")
    assert _listing(html, "https://blog.example/?p=959") is None
    assert _listing(html, "https://blog.example/") == "home"


def test_demo_home_page_is_a_listing_and_its_articles_are_not() -> None:
    home = (DEMO_SITE / "index.html").read_text(encoding="utf-8")
    assert _listing(home, "http://127.0.0.1:8765/") is not None
    for path in sorted(DEMO_SITE.glob("artikel-*.html")):
        html = path.read_text(encoding="utf-8")
        assert _listing(html, f"http://127.0.0.1:8765/{path.name}") is None, path.name


# -- dates: the page's own day, updates posing as publication, guesses -------------------


def _extracted(date: str) -> Extracted:
    return Extracted(text="Body.", date=date)


def test_a_one_digit_seconds_field_still_reads() -> None:
    assert tidy_timestamp("2020-12-05T23:15:0Z") == "2020-12-05T23:15:00Z"
    assert tidy_timestamp("2020-12-05T23:5Z") == "2020-12-05T23:05Z"
    assert tidy_timestamp("2020-12-05T23:15:07Z") == "2020-12-05T23:15:07Z"
    ld = dict(ARTICLE_LD, datePublished="2024-03-05T13:30:0Z", dateModified=None)
    meta = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld))
    assert meta.published == "2024-03-05T13:30:00+00:00"


def test_a_wall_time_beside_its_utc_twin_gives_the_pages_zone_and_day() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T01:09:55+00:00">'
    ld = dict(ARTICLE_LD, datePublished="2024-03-04 18:09:55", dateModified=None)
    meta = resolve(page(head, "<h1>Minister resigns after budget vote</h1>", ld))
    assert meta.published == "2024-03-05T01:09:55+00:00"
    assert meta.published_local_day == "2024-03-04"
    assert paired_zone(
        [parse_timestamp("2024-03-04 18:09:55")],  # type: ignore[list-item]
        [parse_timestamp("2024-03-05T01:09:55Z")],  # type: ignore[list-item]
    ) == timezone(-timedelta(hours=7))
    # Published and modified minutes apart are two events, not one moment in two zones.
    assert (
        paired_zone(
            [parse_timestamp("2024-03-04 18:09:55")],  # type: ignore[list-item]
            [parse_timestamp("2024-03-05T01:12:40Z")],  # type: ignore[list-item]
        )
        is None
    )


def test_a_utc_time_takes_the_day_the_url_names_when_the_moment_may_fall_on_it() -> None:
    url = "https://news.example/2024/03/04/minister-resigns"
    ld = dict(ARTICLE_LD, url=url, datePublished="2024-03-05T02:18:11Z", dateModified=None)
    meta = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld), url=url)
    assert meta.published == "2024-03-05T02:18:11+00:00"
    assert meta.published_local_day == "2024-03-04"
    # Without a day of its own, the page's day is the UTC one.
    ld.pop("url")
    plain = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld))
    assert plain.published_local_day == "2024-03-05"


def _with_data(published: str, *stamps: str) -> str:
    """A page declaring its publication as ``published``, with inline data writing ``stamps``."""
    head = f'<meta property="article:published_time" content="{published}">'
    data = ", ".join(f'{{"date": "{stamp}"}}' for stamp in stamps)
    body = f"<h1>Minister resigns after budget vote</h1><script>var schedule = [{data}];</script>"
    return page(head, body)


_IN_UTC = "2024-03-05T02:54:29.000Z"


@pytest.mark.parametrize(
    ("published", "stamps", "day"),
    [
        # One offset in the page's data, ISO or RFC 2822: the site's zone, and its day.
        (_IN_UTC, ("Mon, 04 Mar 2024 23:00:00 -0500", "2024-03-05T06:00:00-05:00"), "2024-03-04"),
        (_IN_UTC, ("2024-03-04 21:30:00 -0500",), "2024-03-04"),
        # UTC times name no zone; alone, the day stays the UTC one.
        (_IN_UTC, ("2024-03-04T21:30:00Z", "2024-03-04T21:30:00+00:00"), "2024-03-05"),
        (_IN_UTC, ("2024-03-04T21:30:00+00:00", "2024-03-04T22:30:00-05:00"), "2024-03-04"),
        # Two offsets (summer and winter time, an embed of another site): unknown.
        (_IN_UTC, ("2024-03-04T21:30:00-05:00", "2024-03-14T21:30:00-04:00"), "2024-03-05"),
        # A span of hours or a time without seconds is no timestamp.
        (_IN_UTC, ("2024-03-04 12:00-13:00", "2024-03-04T21:30-05:00"), "2024-03-05"),
        (_IN_UTC, (), "2024-03-05"),
        # The winner written in an offset of its own keeps that offset's day.
        ("2024-03-05T03:54:29+01:00", ("2024-03-04 21:30:00 -0500",), "2024-03-05"),
    ],
)
def test_a_utc_time_takes_the_day_of_the_one_zone_the_pages_data_writes(
    published: str, stamps: tuple[str, ...], day: str
) -> None:
    meta = resolve(_with_data(published, *stamps))
    assert meta.published == "2024-03-05T02:54:29+00:00"
    assert meta.published_local_day == day


@pytest.mark.parametrize(
    ("data", "day"),
    [
        # The story's day as the CMS's analytics write it, without a time: the site's own day.
        ('{"DateCreation": "2024-03-04", "DateModification": "2024-03-04"}', "2024-03-04"),
        ("{'publishDate': '2024-03-04'}", "2024-03-04"),
        # A day under a key that names no creation or publication dates nothing of the story.
        ('{"eventDate": "2024-03-04"}', "2024-03-05"),
        # A day the moment cannot fall on, two days, or a day with its time: the UTC day stays.
        ('{"publishDate": "2024-03-01"}', "2024-03-05"),
        ('{"created": "2024-03-04", "firstPublished": "2024-03-05"}', "2024-03-05"),
        ('{"publishDate": "2024-03-04T21:30"}', "2024-03-05"),
        # A list of other stories' days (a rail's data): none of them is the story's.
        (
            '{"related": [{"publishDate": "2024-03-04"}, {"publishDate": "2024-02-20"}]}',
            "2024-03-05",
        ),
    ],
)
def test_a_utc_time_takes_the_day_the_pages_data_names_its_creation_by(data: str, day: str) -> None:
    head = f'<meta property="article:published_time" content="{_IN_UTC}">'
    body = f"<h1>Minister resigns after budget vote</h1><script>var page = {data};</script>"
    meta = resolve(page(head, body))
    assert meta.published == "2024-03-05T02:54:29+00:00"
    assert meta.published_local_day == day
    assert ("published_day_data" in meta.skipped) == (day == "2024-03-04")
    # A day-only meta tag may be the UTC moment's own date, its time unread: it does not
    # outweigh the data's day. The URL's day does.
    dated = '<meta name="dc.date.created" content="2024-03-05|02h54">'
    assert resolve(page(head + dated, body)).published_local_day == day
    url = "https://news.example/2024/03/05/minister-resigns"
    assert resolve(page(head, body), url=url).published_local_day == "2024-03-05"


_WALL_TIMES = [
    '<time datetime="2024-03-05 01:00">2024.03.05 01:00</time>',
    "<p>입력 2024.03.05 01:00</p>",
]


@pytest.mark.parametrize("shown", _WALL_TIMES)
@pytest.mark.parametrize(
    ("data", "published", "precision"),
    [
        # The one zone of the page's data turns the wall time into UTC; its day stays the page's.
        ('["2024-03-01T08:00:00+09:00"]', "2024-03-04T16:00:00+00:00", "minute"),
        # Two zones, or none: the wall time cannot become UTC, only its day is kept.
        ('["2024-03-01T08:00:00+09:00", "2024-03-01T08:00:00+01:00"]', "2024-03-05", "day"),
        ('["2024-03-01T08:00:00Z"]', "2024-03-05", "day"),
    ],
)
def test_a_wall_time_takes_the_zone_the_pages_data_writes(
    shown: str, data: str, published: str, precision: str
) -> None:
    body = (
        f"<article><h1>Minister resigns after budget vote</h1>{shown}"
        f"<p>Text of the story.</p></article><script>var stamps = {data};</script>"
    )
    meta = resolve(page("", body))
    assert meta.published is not None and meta.published.startswith(published)
    assert meta.published_precision == precision
    assert meta.published_local_day == "2024-03-05"


def test_a_month_folder_rejects_the_extractors_date_not_the_declared_one() -> None:
    url = "https://blog.example/news/2011/12/some-story/"
    html = page("", "<h1>Minister resigns after budget vote</h1><p>Text.</p>")
    guessed = resolve(html, url=url, extracted=_extracted("2010-06-01"))
    # A guess the month contradicts is a weak source left out, not two strong ones disagreeing.
    assert guessed.published is None and guessed.weak == ["published"]
    assert guessed.conflicts == []
    inside = resolve(html, url=url, extracted=_extracted("2011-12-03"))
    assert inside.published == "2011-12-03T00:00:00+00:00"
    ld = dict(ARTICLE_LD, url=url, datePublished="2024-03-05T13:30:00Z", dateModified=None)
    republished = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld), url=url)
    assert republished.published == "2024-03-05T13:30:00+00:00"
    assert month_from_url("https://x.example/2011/12/05/story") is None
    assert month_from_url("https://x.example/2025/03/10-pendler") == (2025, 3)


def test_the_extractors_bare_first_of_january_is_not_stored() -> None:
    html = page(
        "",
        "<article><h1>Minister resigns after budget vote</h1><p>20.01.2022, 1.1.2022</p></article>",
    )
    assert resolve(html, extracted=_extracted("2022-01-01")).published is None
    assert resolve(html, extracted=_extracted("2022-01-20")).published == (
        "2022-01-20T00:00:00+00:00"
    )


def test_the_extractors_lone_guess_needs_support() -> None:
    bare = page("", "<article><h1>Minister resigns after budget vote</h1><p>Text.</p></article>")
    alone = resolve(bare, extracted=_extracted("2020-07-15"))
    assert alone.published is None
    assert (alone.weak, alone.conflicts) == (["published"], [])
    assert alone.refused == [("weak", "extractor", "2020-07-15T00:00:00+00:00")]
    # The day the page writes beside its headline agrees: stored, from the extractor.
    shown = page(
        "",
        "<article><header><h1>Minister resigns after budget vote</h1>"
        "<p>Posted July 15, 2020 by Jane</p></header><p>Text.</p></article>",
    )
    meta = resolve(shown, extracted=_extracted("2020-07-15"))
    assert (meta.published, meta.origin["published"]) == ("2020-07-15T00:00:00+00:00", "extractor")
    assert (meta.weak, meta.refused) == ([], [])
    # A two-digit year beside the byline supports it too.
    short = page(
        "",
        "<article><h1>Minister resigns after budget vote</h1>"
        '<p>von <a rel="author" href="/author/jd/">Jane Doe</a>, 15.7.20</p><p>Text.</p></article>',
    )
    assert resolve(short, extracted=_extracted("2020-07-15")).published == (
        "2020-07-15T00:00:00+00:00"
    )
    # A day the page shows that differs from the guess is no support; the page's own line right
    # under the headline is taken instead (test_the_line_under_the_headline_dates_the_story; with
    # a label, "Posted July 15, 2020": test_labelled_dates.py). Further down, nothing is.
    unlabelled = shown.replace("Posted July 15, 2020 by Jane", "July 15, 2020 | Jane")
    meta = resolve(unlabelled, extracted=_extracted("2020-07-11"))
    assert (meta.published, meta.origin["published"]) == ("2020-07-15T00:00:00+00:00", "dateline")
    lower = unlabelled.replace("<p>July", f"{_STORY}<p>July")
    assert resolve(lower, extracted=_extracted("2020-07-11")).published is None
    # The listing's date or the URL's date or month agreeing support it too.
    hinted = resolve(bare, extracted=_extracted("2020-07-15"), hints={"published": "2020-07-15"})
    assert hinted.published == "2020-07-15T00:00:00+00:00"
    dated = resolve(
        bare, url="https://x.example/2020/07/15/story", extracted=_extracted("2020-07-15")
    )
    assert dated.published == "2020-07-15T00:00:00+00:00"
    foldered = resolve(
        bare, url="https://x.example/2020/07/story", extracted=_extracted("2020-07-15")
    )
    assert foldered.published == "2020-07-15T00:00:00+00:00"


def test_a_declared_day_takes_the_time_a_second_rank_candidate_states_that_day() -> None:
    ld = dict(ARTICLE_LD, datePublished="2024-03-05", dateModified="2024-03-05T17:14:09Z")
    headline = "<h1>Minister resigns after budget vote</h1>"
    tagged = resolve(
        page('<meta name="parsely-pub-date" content="2024-03-05T17:10:08Z">', headline, ld)
    )
    assert (tagged.published, tagged.published_precision) == ("2024-03-05T17:10:08+00:00", "second")
    shown = resolve(
        page(
            "",
            f'<div>{headline}<time datetime="2024-03-05T18:10:08+01:00">5 March</time></div>',
            ld,
        )
    )
    assert shown.published == "2024-03-05T17:10:08+00:00"
    # The stated modification time is the update, not the story's time; another day is no time
    # of that day.
    for value in ("2024-03-05T17:14:30Z", "2024-03-07T09:00:00Z"):
        head = f'<meta name="parsely-pub-date" content="{value}">'
        day = resolve(page(head, headline, ld))
        assert (day.published, day.published_precision) == ("2024-03-05T00:00:00+00:00", "day")


def test_the_date_on_the_bylines_line_supports_the_guess_where_no_heading_is_found() -> None:
    # The <title> and the <h1> hold the site's name only: no heading is known as the headline,
    # but the byline's line writes the day beside the author's link.
    def site(byline: str) -> str:
        return page(
            "<title>Example Site</title>",
            '<h1><a href="/">Example Site</a></h1><div><h2>Coalition talks begin</h2></div>'
            f"<div>{byline}</div><p>Text.</p>",
        )

    line = '<p>von <a rel="author" href="/author/jd/">Jane Doe</a>, 15.7.20</p>'
    meta = resolve(site(line), extracted=_extracted("2020-07-15"))
    assert (meta.published, meta.origin["published"]) == ("2020-07-15T00:00:00+00:00", "extractor")
    classed = '<div class="post-byline">By Jane Doe | July 15, 2020</div>'
    assert resolve(site(classed), extracted=_extracted("2020-07-15")).published == (
        "2020-07-15T00:00:00+00:00"
    )
    # Another day on the byline's line, a commenter's line, a teaser's byline in a list, or
    # bylines that write several dates support nothing.
    assert resolve(site(line), extracted=_extracted("2020-07-16")).published is None
    comment = '<p><span class="comment-author">Max</span> 15.07.2020</p>'
    assert resolve(site(comment), extracted=_extracted("2020-07-15")).published is None
    teaser = '<ul><li><p><a rel="author" href="/a/">Jane Doe</a>, 15.7.20</p></li></ul>'
    assert resolve(site(teaser), extracted=_extracted("2020-07-15")).published is None
    several = "".join(
        f'<p><a rel="author" href="/a/">Jane Doe</a>, {d}.07.2020</p>' for d in (13, 14, 15)
    )
    assert resolve(site(several), extracted=_extracted("2020-07-15")).published is None


# A story's body: longer than the text a date line follows the headline by.
_STORY = "<p>" + "The minister left the cabinet after the vote on the budget. " * 12 + "</p>"


def test_a_day_only_the_whole_body_shows_is_not_beside_the_headline() -> None:
    html = page("", f"<h1>Minister resigns after budget vote</h1>{_STORY}<p>20.01.2022</p>")
    assert resolve(html, extracted=_extracted("2022-01-20")).published is None
    inside = html.replace("<h1>", "<div><h1>").replace(f"</h1>{_STORY}", f"</h1>{_STORY}</div>")
    assert resolve(inside, extracted=_extracted("2022-01-20")).published is None  # still apart
    beside = html.replace("<h1>", "<div><h1>").replace(
        "<p>20.01.2022</p>", "<p>20.01.2022</p></div>"
    )
    assert resolve(beside, extracted=_extracted("2022-01-20")).published == (
        "2022-01-20T00:00:00+00:00"
    )


def test_the_text_after_an_element_is_read_in_page_order_without_what_nobody_sees() -> None:
    tree = parse_html(
        "<div><div><h1>Headline</h1>tail<p>one <b>two</b> three</p><!-- note -->"
        "<script>var x;</script>after script<aside>teaser</aside>after aside</div>"
        "<p>next</p></div>"
    )
    assert tree is not None
    heading = tree.find(".//h1")
    assert heading is not None
    assert list(text_after(heading)) == [
        *("tail", "one ", "two", " three", "after script", "teaser", "after aside", "next")
    ]
    # A left-out element goes with its tail, the rest of its line.
    assert "".join(text_after(heading, lambda e: e.tag == "aside")) == (
        "tailone two threeafter scriptnext"
    )


def test_an_item_marked_as_a_comment_by_its_class_or_its_id_is_elsewhere() -> None:
    # Either attribute marks a reader's comment, in any case; a story's paragraph classed
    # otherwise, or whose words only meet across the two attributes, is the story's.
    tree = parse_html(
        '<div><p class="Post-Comment">a</p><p id="COMMENTS-1">b</p>'
        '<p class="lead" id="intro">c</p><p class="com" id="ment">d</p><p>e</p></div>'
    )
    assert tree is not None
    marked = [dateowner.elsewhere(p) for p in tree.iter("p")]
    assert marked == [True, True, False, False, False]


def test_the_text_after_an_element_leaves_out_what_its_markup_hides() -> None:
    tree = parse_html(
        "<div><h1>Headline</h1><div hidden>Erstellt am 22.05.2014</div>tail"
        '<p style="color: red; display : NONE !important">none</p>'
        '<span style="visibility:hidden">blank</span>'
        '<p hidden="until-found">found</p><p class="hidden">classed</p>'
        '<p style="display:block">shown</p></div>'
    )
    assert tree is not None
    heading = tree.find(".//h1")
    assert list(text_after(heading)) == ["tail", "found", "classed", "shown"]
    # A hidden element's tail is its parent's text; a left-out one goes with its tail.
    assert list(text_after(heading, lambda e: e.get("hidden") is not None)) == ["classed", "shown"]


def test_the_first_date_after_the_headline_supports_the_guess() -> None:
    # The part of the page around the headline writes many days (comments below the story), so
    # no day is "beside" it; the date line between headline and body is the first one after it,
    # here in the story's meta list (author, date, comments).
    comments = "".join(
        f'<div class="comment-box"><small>August {d}, 2019</small><p>Agreed.</p></div>'
        for d in (6, 7, 8, 9)
    )

    def story(meta_line: str) -> str:
        return page(
            "",
            "<div><div><h1>Minister resigns after budget vote</h1></div>"
            f"<div><p>A standfirst of the story.</p><ul>{meta_line}</ul></div>"
            f"<p>On July 31, 2019, the vote took place.</p>{_STORY}{comments}</div>",
        )

    dated = story('<li><a href="/experts/jd">Jane Doe</a></li><li><div>August 06, 2019</div></li>')
    meta = resolve(dated, extracted=_extracted("2019-08-06"))
    assert (meta.published, meta.origin["published"]) == ("2019-08-06T00:00:00+00:00", "extractor")
    # A guess of another day, the day the body cites, is not supported by it: the date line
    # below the standfirst dates the story instead.
    other = resolve(dated, extracted=_extracted("2019-07-31"))
    assert (other.published, other.origin["published"]) == ("2019-08-06T00:00:00+00:00", "dateline")
    # A list item that links somewhere is a teaser: its date is another story's.
    teaser = story('<li><a href="/other-story">Budget talks, August 06, 2019</a></li>')
    assert resolve(teaser, extracted=_extracted("2019-08-06")).published is None


def _under_the_headline(line: str, rest: str = "") -> str:
    return page(
        "",
        f"<article><div><h1>Minister resigns after budget vote</h1>{line}</div>{rest}{_STORY}"
        "</article>",
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("<div><span>By Jane Doe</span> | <span>27.06.2018 09:54</span></div>", "2018-06-27"),
        ("<p>Datum: 22.12.2012, Rubrik: USA</p>", "2012-12-22"),
        ("<p>Samstag 05.03.2024</p>", "2024-03-05"),  # dots: the day first
        (
            "<p><a href='/2020/07/12/story'><span>2020年07月12日</span></a> | Sport</p>",
            "2020-07-12",
        ),
    ],
)
def test_the_line_under_the_headline_dates_the_story(line: str, day: str) -> None:
    # Nothing declared, no label: the first line under the headline is the story's date, over
    # an extractor's guess nothing supports (the day a site's header shows as "today").
    for extracted in (None, _extracted("2021-02-03")):
        meta = resolve(_under_the_headline(line), extracted=extracted)
        assert (meta.published, meta.published_precision) == (f"{day}T00:00:00+00:00", "day")
        assert (meta.origin["published"], meta.weak, meta.conflicts) == ("dateline", [], [])


def test_the_line_under_the_headline_gives_its_time_in_the_zone_it_names() -> None:
    # The day as above; the time beside it, with its offset, makes it an instant (a wall time
    # in no zone, "27.06.2018 09:54" above, leaves the day).
    line = "<p>News24<br>13 Jan 2020, 22:11 GMT+10</p>"
    for extracted in (None, _extracted("2021-02-03")):
        meta = resolve(_under_the_headline(line), extracted=extracted)
        assert (meta.published, meta.published_precision) == ("2020-01-13T12:11:00+00:00", "minute")
        assert (meta.origin["published"], meta.weak, meta.conflicts) == ("dateline", [], [])


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        # A teaser's date in a list of links, a related item, a comment, the footer: left out.
        ("<ul><li><a href='/other'>Budget talks</a> 06.08.2019</li></ul>", ""),
        ("<aside><p>Related: 06.08.2019</p></aside>", ""),
        ("<div class='comment'><b>Max</b> 06.08.2019</div>", ""),
        # A teaser's footer, in its own <article> (the story's own footer is its meta line:
        # tests/unit/test_shown_time.py).
        ("<article><h2>Budget talks</h2><footer>06.08.2019</footer></article>", ""),
        # A sentence that tells of a day, a line labelled as an update.
        ("<p>Die Regierung hat am 6. August 2019 beschlossen.</p>", ""),
        ("<p>Aktualisiert am 06.08.2019</p>", ""),
        # Two days on the line, or other days before the body (results, teasers without links).
        ("<p>06.08.2019, 07.08.2019</p>", ""),
        ("<p>06.08.2019</p>", "<ul><li>07.08.2019 result</li><li>08.08.2019 result</li></ul>"),
        # A date that reads two ways and is not written with dots.
        ("<p>06/08/2019</p>", ""),
        # A word before the date that says what it is of: not the story's day.
        ("<p>Deadline: 06.08.2019</p>", ""),
        ("<p>Event: August 6, 2019, Berlin</p>", ""),
        ("<p>Expires 06.08.2019</p>", ""),
        ("<p>Kickoff 06.08.2019</p>", ""),
    ],
)
def test_a_date_that_is_not_the_line_under_the_headline_dates_nothing(line: str, rest: str) -> None:
    assert resolve(_under_the_headline(line, rest)).published is None


def test_the_line_under_the_headline_gives_way_to_the_pages_other_evidence() -> None:
    line = "<p>13 Jan 2020</p>"
    # Outside the URL's month it is not taken; the page's declared date is kept over it.
    month = resolve(_under_the_headline(line), url="https://x.example/2020/02/story")
    assert month.published is None
    declared = page(
        '<meta property="article:published_time" content="2020-01-12T22:00:00+00:00">',
        f"<article><div><h1>Minister resigns after budget vote</h1>{line}</div>{_STORY}</article>",
    )
    assert resolve(declared).origin["published"] == "meta"


def test_the_first_date_after_a_heading_that_is_not_the_headline_supports_nothing() -> None:
    # The lone <h1> names the section; the date after it is the first teaser's.
    html = page(
        "<title>Minister resigns after budget vote</title>",
        "<h1>Latest news</h1><div><h2>Harbour reopens</h2><p>20.01.2022</p></div>",
    )
    assert resolve(html, extracted=_extracted("2022-01-20")).published is None
    # A commenter's line (the date after the name the comment mark holds) is the comment's.
    comment = page(
        "",
        "<div><h1>Minister resigns after budget vote</h1></div>"
        '<div><p><span class="comment-author">Max</span> 20.01.2022</p></div>',
    )
    assert resolve(comment, extracted=_extracted("2022-01-20")).published is None


def test_a_guess_beside_a_headline_among_many_dates_is_not_supported() -> None:
    # Race results, archive links, photo dates: a text listing many days supports none of them.
    days = " ".join(f"<li>2020/7/{d} result</li>" for d in range(10, 16))
    html = page(
        "",
        f"<div><h1>Minister resigns after budget vote</h1><ul>{days}</ul></div><p>Text.</p>",
    )
    assert resolve(html, extracted=_extracted("2020-07-12")).published is None


def test_the_day_shown_beside_the_headline_inside_the_url_month_is_the_pages() -> None:
    url = "https://blog.example/news/2011/12/some-story/"
    html = page(
        "",
        "<div><h1>Minister resigns after budget vote</h1><p>Sa, 03.12.2011 - 10:15</p></div>"
        "<p>Text.</p>",
    )
    meta = resolve(html, url=url, extracted=_extracted("2010-06-01"))
    assert (meta.published, meta.origin["published"]) == ("2011-12-03T00:00:00+00:00", "text")
    assert meta.weak == []  # the guess was dropped, the field is not empty
    # Outside the URL's month the shown day is not taken.
    other = url.replace("2011/12", "2011/11")
    assert resolve(html, url=other).published is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Am 5. März 2024 um 10 Uhr", {"2024-03-05"}),
        ("2020年07月12日 | 2015/7/21撮影", {"2020-07-12", "2015-07-21"}),
        ("03/05/2024", {"2024-03-05", "2024-05-03"}),
        ("Posted March 5th, 2024", {"2024-03-05"}),
        ("Published 3rd Nov 2023, 08:08 GMT", {"2023-11-03"}),
        ("Wed 29th April, 2020", {"2020-04-29"}),
        ("الأربعاء، 07 أكتوبر 2020", {"2020-10-07"}),
        ("31.02.2024 or 12 Monkeys 1995 or 2024-13-01", set()),
        # A two-digit year, day or month first.
        ("von Jane Doe, 8.5.12", {"2012-05-08", "2012-08-05"}),
        ("Posted 23/07/98", {"1998-07-23"}),
        # Version numbers and addresses are no dates.
        ("Version 10.5.12.3, 192.168.1.20", set()),
        # Day, month and year in separate elements: the text glues them ("12<br>Mai<br>2019").
        ("12Mai2019", {"2019-05-12"}),
        ("Mar 52024", {"2024-03-05"}),  # "Mar 5<br>2024"
        # A time glued to the year ("2020<br>10:43"): the year ends where the time starts, and
        # "20" + "2010:43" is no day with an hour for a year.
        ("12 luglio 202010:43", {"2020-07-12"}),
        ("July 12, 202010:43", {"2020-07-12"}),
        ("luglio 20 2010:43", set()),
        # Hyphens, the year last: day or month first, as the other dates of numbers.
        ("Dzisiaj, 02-11-2023 13:29", {"2023-11-02", "2023-02-11"}),
        ("25-12-2023", {"2023-12-25"}),
        # A longer run of hyphened numbers is an ISBN or a telephone number.
        ("ISBN 978-3-12-2024, Tel. 0-12-2023-55", set()),
    ],
)
def test_days_shown_in_text(text: str, days: set[str]) -> None:
    assert shown_days(text) == days


def test_days_shown_stop_past_the_limit() -> None:
    text = "13.03.2024, 2024-03-02, 3. März 2024, March 4, 2024 and 2024-03-05"
    every = {"2024-03-13", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05"}
    assert shown_days(text) == every
    some = shown_days(text, limit=3)
    # One day past the limit says "more than three", without reading the rest.
    assert len(some) == 4 and some <= every
    # Up to the limit, the answer is all of them.
    assert shown_days(text, limit=5) == every
    assert shown_days("2024-03-02 and 2024-03-05", limit=3) == {"2024-03-02", "2024-03-05"}


def test_a_scripts_day_beside_the_headline_supports_no_guess() -> None:
    # An ad's campaign dates in a script next to the headline: no reader sees them.
    body = (
        "<div><h1>Minister resigns after budget vote</h1>{}"
        "<p>The minister resigned after the budget vote in parliament.</p></div>"
    )
    script = "<script>var start = new Date('2018-06-08T00:00:00+0800');</script>"
    meta = resolve(page("", body.format(script)), extracted=_extracted("2018-06-08"))
    assert meta.published is None and meta.weak == ["published"]
    # The same day shown as text there supports it.
    shown = resolve(page("", body.format("<p>08.06.2018</p>")), extracted=_extracted("2018-06-08"))
    assert (shown.published, shown.origin["published"]) == (
        "2018-06-08T00:00:00+00:00",
        "extractor",
    )


def test_a_slashed_date_that_reads_two_ways_supports_neither_reading() -> None:
    body = (
        "<div><h1>Minister resigns after budget vote</h1><span>Posted by Jane Doe,</span>"
        "<span>06{}01{}2020</span></div><p>The minister resigned after the budget vote.</p>{}"
    )
    # "06/01/2020" is 6 January or 1 June: the extractor's pick of one is not supported by it.
    slashed = resolve(page("", body.format("/", "/", "")), extracted=_extracted("2020-01-06"))
    assert slashed.published is None and slashed.weak == ["published"]
    # Dots are written day first: the same date supports 6 January.
    dots = resolve(page("", body.format(".", ".", "")), extracted=_extracted("2020-01-06"))
    assert dots.published == "2020-01-06T00:00:00+00:00"
    # Where the page writes the guessed day another way too, the slashed date supports it.
    words = "<p>Last seen in print on June 1, 2020.</p>"
    both = resolve(page("", body.format("/", "/", words)), extracted=_extracted("2020-06-01"))
    assert (both.published, both.origin["published"]) == ("2020-06-01T00:00:00+00:00", "extractor")


def test_a_slashed_date_beside_other_days_supports_neither_reading() -> None:
    # Beside the headline a date of numbers with slashes and a caption's day of another form:
    # the part writes three days, and the extractor's pick of one reading is still no more
    # than that pick.
    body = (
        "<div><h1>Actors strike ends with a deal</h1><span>11/8/2023 10:46 PM</span>"
        "<p>Actors rally outside the studio, Friday, Nov. 3, 2023, in Los Angeles.</p></div>"
        "<p>The actors' union reached a tentative deal with the studios.</p>"
    )
    guess = resolve(page("", body), extracted=_extracted("2023-08-11"))
    assert guess.published is None and guess.weak == ["published"]
    # The guessed reading written another way too (the caption's "Nov. 8, 2023"): supported.
    words = body.replace("Friday, Nov. 3", "Wednesday, Nov. 8")
    kept = resolve(page("", words), extracted=_extracted("2023-11-08"))
    assert (kept.published, kept.origin["published"]) == ("2023-11-08T00:00:00+00:00", "extractor")


@pytest.mark.parametrize(
    ("days", "guessed", "text", "expected"),
    [
        ({"2020-01-06", "2020-06-01"}, {"2020-01-06"}, "Posted 06/01/2020", True),
        ({"2020-01-06", "2020-06-01"}, {"2020-01-06"}, "Posted 06.01.2020", False),
        ({"2020-01-06", "2020-06-01"}, {"2020-06-01"}, "06/01/2020 · June 1, 2020", False),
        # Another slashed date than the two days: not theirs.
        ({"2020-01-06", "2020-06-01"}, {"2020-01-06"}, "07/01/2020", False),
    ],
)
def test_written_with_slashes(days: set[str], guessed: set[str], text: str, expected: bool) -> None:
    assert written_with_slashes(days, guessed, text) is expected


def test_a_datetime_on_any_element_beside_the_headline_is_a_time() -> None:
    # Older markup (or <time> rewritten as <span>) keeps the machine-readable moment.
    body = (
        "<div><h1>Minister resigns after budget vote</h1>{}</div>"
        "<p>The minister resigned after the budget vote in parliament.</p>"
    )
    span = '<span datetime="2024-03-05T10:15:00+01:00">5. März 2024, 10:15</span>'
    meta = resolve(page("", body.format(span)))
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T09:15:00+00:00", "time")
    # An edit's <ins datetime> dates the change, not the story.
    edit = '<ins datetime="2024-03-05T10:15:00+01:00">corrected</ins>'
    assert resolve(page("", body.format(edit))).published is None


def test_a_date_in_a_teasers_card_beside_the_headline_is_not_the_storys() -> None:
    # A rail of latest news without <aside>: each card's time over its linked heading.
    card = (
        '<div><div><span datetime="2024-03-05T17:35:25+01:00">17:35</span>'
        '<h2><a href="https://news.example/other-story.html">Other story</a></h2></div></div>'
    )
    body = (
        "<div><h1>Minister resigns after budget vote</h1>{}</div>"
        "<p>The minister resigned after the budget vote in parliament.</p>"
    )
    assert resolve(page("", body.format(card))).published is None
    # Without the linked heading the time is the story's.
    own = '<div><div><span datetime="2024-03-05T17:35:25+01:00">17:35</span></div></div>'
    assert resolve(page("", body.format(own))).published == "2024-03-05T16:35:25+00:00"


def test_the_date_line_below_the_standfirst_and_authors_is_the_storys() -> None:
    # No declared data, no <time>, no class names: the date stands under the authors, further
    # down than the first pieces after the headline.
    body = (
        "<div><h1>Minister resigns after budget vote</h1><div>Budget</div>"
        "<div>The minister resigned hours after parliament rejected the budget.</div>"
        "<div><span>Von</span> <a href='/a/jane'>Jane Doe</a><span>, Redakteur</span>"
        "<span>{}</span></div></div>"
        "<p>The minister resigned after the budget vote in parliament, her party said.</p>"
    )
    meta = resolve(page("", body.format("05.03.2024, 09:58 Uhr")))
    # "Uhr" writes the time in German, of Central European time (+01:00 in March).
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T08:58:00+00:00", "dateline")
    # After a standfirst: not the line right under the headline, the date line all the same.
    standfirst = _under_the_headline(
        "<p>The minister left the cabinet on the evening of the vote on the budget.</p>"
        "<p>06.08.2019</p>"
    )
    assert resolve(standfirst).published == "2019-08-06T00:00:00+00:00"
    # A site's logo as the <h1> is followed by the first teaser, not by a date line.
    logo = page(
        "<title>Example Site</title>",
        '<h1><a href="/">Example Site</a></h1><div><h2>Coalition talks begin</h2></div>'
        "<p>The parties met for the first time.</p><p>By Jane Doe</p><p>05.03.2024</p>"
        "<p>Text.</p>",
    )
    assert resolve(logo).published is None
    # The same page under a headline of its own.
    own = logo.replace('<h1><a href="/">Example Site</a></h1>', "<h1>Example Site</h1>")
    assert resolve(own).published == "2024-03-05T00:00:00+00:00"
    # An ordinal day reads too, with the time beside it in the zone the line names.
    english = resolve(page("", body.format("Published 3rd Mar 2024, 08:08 GMT")))
    assert english.published == "2024-03-03T08:08:00+00:00"
    # A date that ends the sentence of the piece before it ("… im Radio am") is no date line.
    radio = body.replace("<span>, Redakteur</span>", "<span>Thema im Radio am</span>")
    assert resolve(page("", radio.format("04.03.2024 um 17:00 Uhr"))).published is None
    # A line labelled as an update dates no publication, in its piece or the one before.
    updated = body.replace("<span>, Redakteur</span>", "<span>Updated</span>")
    assert resolve(page("", updated.format("08:47, 3 MAR 2024"))).published is None
    # Two date lines naming different days: neither is taken.
    two = body.format("05.03.2024, 09:58 Uhr</span><span>Foto: Jane Roe</span><span>01.03.2024")
    assert resolve(page("", two)).published is None
    # Nor where the other day finishes a sentence.
    sentence = body.format("05.03.2024, 09:58 Uhr</span><span>Foto: dpa</span><span>01.03.2024")
    assert resolve(page("", sentence)).published is None


def test_days_beside_the_headline_are_read_once_per_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Declared and modified on different days (the update rule asks for the days beside the
    # headline), and a date line under the headline earlier than the declared day (the
    # earlier-day rule asks again): the text around the headline is read once.
    ld = {
        "@type": "NewsArticle",
        "headline": "Council agrees budget for the year",
        "datePublished": "2024-03-03T10:00:00Z",
        "dateModified": "2024-03-06T10:00:00Z",
    }
    html = page(
        body="<article><h1>Council agrees budget for the year</h1><p>1. März 2024</p>"
        "<p>The council agreed the budget after a long debate in the town hall.</p></article>",
        ld=ld,
    )
    calls: list[object] = []
    near = published.days_near

    def counted(heading: object, facts: object) -> set[str]:
        calls.append(heading)
        return near(heading, facts)  # type: ignore[arg-type]

    monkeypatch.setattr(published, "days_near", counted)
    tree = parse_html(html)
    assert tree is not None
    meta = resolve_metadata(tree, "https://example.org/council-budget", fetched_at=FETCHED)
    assert meta.published is None and "published" in meta.conflicts
    assert len(calls) == 1


def test_a_published_meta_equal_to_the_modified_time_is_the_update() -> None:
    head = '<meta property="article:published_time" content="2024-03-04T21:17:43Z">'
    ld = dict(
        ARTICLE_LD,
        datePublished="2024-03-01T22:25:10Z",
        dateModified="2024-03-04T21:17:43Z",
    )
    meta = resolve(page(head, "<h1>Minister resigns after budget vote</h1>", ld))
    assert meta.published == "2024-03-01T22:25:10+00:00"
    assert meta.conflicts == []


def test_an_embedded_posts_time_is_not_the_storys() -> None:
    body = (
        "<article><h1>Minister resigns after budget vote</h1><div><blockquote>"
        '<p><time datetime="2024-02-16T23:02:32+00:00">Feb 16</time></p></blockquote>'
        "<p>Text.</p></div></article>"
    )
    meta = resolve(page("", body))
    assert meta.published is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("06 Dicembre 2020", "2020-12-06"),
        ("| 17 de Febrero 2020", "2020-02-17"),
        ("5. März 2024", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("Mar. 5th 2024", "2024-03-05"),
        ("15.06.2020, 12.11 Uhr", "2020-06-15"),
        ("Feb 16", None),  # no year
        ("31 February 2024", None),
        ("12 Monkeys 1995", None),
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"),
        ("06. 01. 2026, 14:59 Uhr", "2026-01-06"),
        # Slashes: read where the day cannot be a month, in either order.
        ("26/11/2020 20:02", "2020-11-26"),
        ("11/26/2020", "2020-11-26"),
        ("Publié le 02/11/2023 à 15h57", None),
        ("31/02/2020", None),
        # Year first, after a label: Korean, Japanese and Chinese pages, ISO-minded CMSs.
        ("입력 2026.01.29 18:40", "2026-01-29"),
        ("Published 2024/03/05", "2024-03-05"),
        ("2024年3月5日 10時", "2024-03-05"),
        ("2024.13.05", None),
        ("2020-01-10T00:59:47ZZ", None),  # a broken machine timestamp, not a written day
        ("2024-03/05", None),
        # Hyphens, the year last: day first, as dots.
        ("Dzisiaj, 02-11-2023 13:29", "2023-11-02"),
        ("25-12-2023", "2023-12-25"),
        ("ISBN 978-3-12-2024", None),
    ],
)
def test_dates_written_for_readers(text: str, day: str | None) -> None:
    stamp = written_date(text)
    assert (stamp.day if stamp else None) == day
    assert stamp is None or stamp.precision == "day"


def test_a_written_day_in_microdata_names_the_pages_day_beside_a_utc_time() -> None:
    head = '<meta property="article:published_time" content="2024-03-04T23:15:00Z">'
    body = (
        "<article><h1>Minister resigns after budget vote</h1>"
        '<p itemprop="datePublished">05 Marzo 2024</p><p>Text.</p></article>'
    )
    meta = resolve(page(head, body))
    assert meta.published == "2024-03-04T23:15:00+00:00"
    assert meta.published_local_day == "2024-03-05"


def _blog_post(published: str, modified: str = "") -> str:
    """A blog post whose template writes its moments in microformats' abbr pattern, the
    itemprop on the element: the moment in ``title``, the clock alone in the text."""
    return page(
        "",
        '<div class="post hentry"><h3 class="post-title entry-title">A walk along the dunes</h3>'
        "<p>We walked along the dunes until the tide turned and the light went.</p>"
        f'<div class="post-footer">Posted at <abbr class="published" itemprop="datePublished" '
        f'title="{published}">9:05 PM</abbr>{modified}</div></div>',
    )


@pytest.mark.parametrize(
    ("published", "stored"),
    [
        # The moment in the title: its UTC instant, the page's own day beside it.
        ("2019-05-14T21:05:00-07:00", ("2019-05-15T04:05:00+00:00", "2019-05-14", "microdata")),
        ("2019-05-14T21:05:00+02:00", ("2019-05-14T19:05:00+00:00", "2019-05-14", "microdata")),
        # A title of words, no timestamp: the text is the value, a clock that dates nothing.
        ("Permanent link to this post", (None, None, None)),
    ],
)
def test_a_microdata_date_in_an_abbrs_title_dates_the_page(
    published: str, stored: tuple[str | None, str | None, str | None]
) -> None:
    """A blog template's ``<abbr itemprop="datePublished" title="…">9:05 PM</abbr>``: the
    title is the moment (microformats' abbr pattern); its text, the clock alone, gave no date
    and the page none."""
    meta = resolve(_blog_post(published), "https://blog.example/2019/")
    assert (meta.published, meta.published_local_day, meta.origin.get("published")) == stored


def test_two_microdata_dates_in_titles_date_nothing() -> None:
    """Two posts' moments on one page (an archive's): neither is the page's."""
    second = (
        '<abbr class="published" itemprop="datePublished" title="2019-05-02T08:00:00-07:00">'
        "8:00 AM</abbr>"
    )
    meta = resolve(_blog_post("2019-05-14T21:05:00-07:00", second), "https://blog.example/2019/")
    assert meta.published is None


def test_a_time_element_without_datetime_is_read_from_its_text() -> None:
    body = (
        "<article><header><h1>Minister resigns after budget vote</h1>"
        "<time>15.02.2024, 12.11 Uhr</time></header><p>Text.</p></article>"
    )
    meta = resolve(page("", body))
    # "Uhr" writes the time in German, of Central European time (+01:00 in February).
    assert (meta.published, meta.origin.get("published")) == ("2024-02-15T11:11:00+00:00", "time")


def test_a_timestamp_with_dots_is_read_with_its_time() -> None:
    # A naive wall time: its day is kept where the page states no zone, the time where it does.
    stamp = parse_timestamp("2026.01.29 18:40")
    assert stamp is not None and (stamp.precision, stamp.day) == ("minute", "2026-01-29")
    body = (
        "<article><header><h1>Minister resigns after budget vote</h1>"
        "<time>2024.02.15 12:11</time></header><p>Text.</p></article>"
    )
    meta = resolve(page("", body))
    assert (meta.published, meta.origin.get("published")) == ("2024-02-15T00:00:00+00:00", "time")
    zoned = resolve(
        page('<meta property="article:modified_time" content="2024-02-15T14:00:00+09:00">', body)
    )
    assert (zoned.published, zoned.published_precision) == ("2024-02-15T03:11:00+00:00", "minute")
    labelled = body.replace("<time>2024.02.15 12:11</time>", "<time>입력 2024.02.15 12:11</time>")
    assert resolve(page("", labelled)).published == "2024-02-15T00:00:00+00:00"


def test_a_modified_time_whole_hours_after_publication_gives_no_zone() -> None:
    ld = dict(ARTICLE_LD, datePublished="2024-03-05 14:30:00", dateModified="2024-03-05T16:30:00Z")
    meta = resolve(page("", "<h1>Minister resigns after budget vote</h1>", ld))
    # Not taken for the same moment as the update: the stated zone (UTC) applies.
    assert meta.published == "2024-03-05T14:30:00+00:00"


def _shown(when: str) -> str:
    return (
        "<article><header><h1>Minister resigns after budget vote</h1>"
        f'<time datetime="{when}">shown</time></header><p>Text.</p></article>'
    )


def test_a_declared_first_of_january_against_the_shown_date_is_a_conflict() -> None:
    ld = dict(ARTICLE_LD, datePublished="2021-01-01T11:00:00.000Z", dateModified=None)
    placeholder = resolve(page("", _shown("2023-04-01 12:00"), ld))
    assert placeholder.published is None and placeholder.conflicts == ["published"]
    # The declared modification on the shown day confirms the shown date: its day is kept.
    set_once = dict(ld, dateModified="2023-04-01T10:00:00.000Z")
    shown = resolve(page("", _shown("2023-04-01 12:00"), set_once))
    assert (shown.published, shown.published_precision) == ("2023-04-01T00:00:00+00:00", "day")
    assert (shown.origin["published"], shown.conflicts) == ("time", [])
    # A modification on another day does not.
    later = dict(ld, dateModified="2023-05-02T10:00:00.000Z")
    assert resolve(page("", _shown("2023-04-01 12:00"), later)).published is None
    # The same shown date confirming the 1 January keeps it.
    confirmed = resolve(page("", _shown("2021-01-01 12:00"), ld))
    assert confirmed.published == "2021-01-01T11:00:00+00:00"
    assert confirmed.conflicts == []
    # Any other declared day keeps winning over a different shown date (a live blog's update).
    ordinary = dict(ld, datePublished="2023-10-07T09:53:36+02:00")
    live = resolve(page("", _shown("2024-07-18T09:08:27Z"), ordinary))
    assert live.published == "2023-10-07T07:53:36+00:00"
    assert live.origin["published"] == "jsonld"


def test_the_day_beside_a_headline_with_a_suffix_of_its_own_supports_the_guess() -> None:
    # The title has " | Chroniques", the <h1> a " Subscribers" badge: it starts like the title.
    html = page(
        "<title>Minister resigns after budget vote | Chroniques</title>",
        "<h1>Site</h1><article><header><h1>Minister resigns after budget vote "
        "<span>Subscribers</span></h1><p>28 juin 2019</p></header><p>Text.</p></article>",
    )
    meta = resolve(html, extracted=_extracted("2019-06-28"))
    assert meta.published == "2019-06-28T00:00:00+00:00"


@pytest.mark.parametrize(
    ("head", "body", "day", "other_day", "twice"),
    [
        # A heading that starts like the title.
        (
            "<title>Minister resigns after budget vote - News</title>",
            "<div class='post'><h2>Minister resigns after budget vote</h2><p>23.01.2019</p></div>"
            "<p>Text.</p><footer>2018-12-01</footer>",
            "2019-01-23",
            "2018-12-01",
            # Two headings that start like the title: neither is taken.
            ("<p>Text.</p>", "<h3>Minister resigns after budget vote again</h3>"),
        ),
        # The <h1>s name the section and the footer; the headline is a short <h3> equal to the
        # title.
        (
            "<title>Come Together - Example Club</title>"
            '<meta property="og:site_name" content="Example Club">',
            "<h1>News</h1><div><h3>Come Together</h3><span>06.05.2018</span><p>Text.</p></div>"
            "<h1>Footer</h1><p>2017-01-15</p>",
            "2018-05-06",
            "2017-01-15",
            # Two headings equal to the title: neither is the headline.
            ("<h1>Footer</h1>", "<h3>Come Together</h3>"),
        ),
    ],
)
def test_the_day_beside_a_lower_heading_like_the_title_supports_the_guess(
    head: str, body: str, day: str, other_day: str, twice: tuple[str, str]
) -> None:
    html = page(head, body)
    meta = resolve(html, extracted=_extracted(day))
    assert (meta.published, meta.origin["published"]) == (f"{day}T00:00:00+00:00", "extractor")
    # A day apart from the heading (a footer's) is no support. The day on the line under the
    # heading is taken instead where no other day follows it before the body; the "footer" of
    # the second page is a section of text, its day near enough to leave the line unsure.
    apart = resolve(html, extracted=_extracted(other_day))
    line = f"{day}T00:00:00+00:00" if "<footer>" in body else None
    assert apart.published == line
    assert resolve(html.replace(*twice), extracted=_extracted(day)).published is None


def test_the_day_beside_a_heading_the_title_opens_with_supports_the_guess() -> None:
    # No <h1>; the title is the headline plus the blog's name, the <h2> the headline alone and
    # too short to share the title's first 20 characters. A sidebar repeats the headline.
    html = page(
        "<title>FALL IN LOVE WITH GREY \u2013 Shop \u2013 Blog</title>",
        "<div class='post'><div class='meta'><a href='/2017/08/08/'>08/08/2017</a></div>"
        "<h2><a href='/fall'>FALL IN LOVE WITH GREY</a></h2><p>Text.</p></div>"
        "<div class='sidebar'><div><h4><a href='/fall'>FALL IN LOVE WITH GREY</a></h4>"
        "</div></div><footer><p>2016-01-15</p></footer>",
    )
    meta = resolve(html, extracted=_extracted("2017-08-08"))
    assert (meta.published, meta.origin["published"]) == ("2017-08-08T00:00:00+00:00", "extractor")
    # A day away from that heading (the footer's) is no support.
    assert resolve(html, extracted=_extracted("2016-01-15")).published is None
    # Another heading that starts with the same words: which one is the headline is unknown.
    longer = html.replace("<p>Text.</p>", "<p>Text.</p><h3>FALL IN LOVE WITH GREY again</h3>")
    assert resolve(longer, extracted=_extracted("2017-08-08")).published is None
    # A heading that is the title's start without a separator after it is another text.
    cut = html.replace("GREY \u2013 Shop", "GREYHOUNDS \u2013 Shop")
    assert resolve(cut, extracted=_extracted("2017-08-08")).published is None


def test_a_publication_meta_tag_of_another_name_supports_the_guess() -> None:
    body = "<p>Text.</p>"
    uploaded = page('<meta property="photos:uploaded" content="2013-02-16T04:36:36-05:00">', body)
    meta = resolve(uploaded, extracted=_extracted("2013-02-16"))
    assert (meta.published, meta.origin["published"]) == ("2013-02-16T00:00:00+00:00", "extractor")
    # The day is read in the tag's own zone: 04:36 at -05:00 is 16 February there.
    late = uploaded.replace("04:36:36-05:00", "23:30:00-05:00")
    assert resolve(late, extracted=_extracted("2013-02-16")).published is not None
    # A time written in UTC names no day of the page's own zone: no support.
    utc = uploaded.replace("04:36:36-05:00", "02:54:29Z")
    assert resolve(utc, extracted=_extracted("2013-02-16")).published is None
    # A tag about a change or an expiry is no evidence of publication.
    for name in ("photos:updated", "content:expires", "coverageEndTime"):
        other = page(f'<meta name="{name}" content="2013-02-16T04:36:36-05:00">', body)
        assert resolve(other, extracted=_extracted("2013-02-16")).published is None, name


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Unica.md, 20 septembrie 2020 16:20", "2020-09-20"),
        ("5 марта 2024 г.", "2024-03-05"),
        ("5. března 2024", "2024-03-05"),
        ("5 marca 2024", "2024-03-05"),
        ("5 Mart 2024", "2024-03-05"),
        ("5 maart 2024", "2024-03-05"),
        ("Aktualisiert am 06. Mär. 2023", "2023-03-06"),
        ("5 Μαρτίου 2024", "2024-03-05"),
    ],
)
def test_month_names_of_more_languages(text: str, day: str) -> None:
    assert shown_days(text) == {day}
    stamp = written_date(text)
    assert stamp is not None and stamp.day == day


def test_a_jsonld_block_with_a_stray_brace_after_its_object_is_read() -> None:
    ld = json.dumps(ARTICLE_LD)
    stray = (
        "<html><head>"
        f'<script type="application/ld+json">{ld}\n}}</script>'
        "</head><body><h1>Minister resigns after budget vote</h1></body></html>"
    )
    meta = resolve(stray)
    assert (meta.published, meta.origin["published"]) == ("2024-03-05T13:30:00+00:00", "jsonld")
    # Objects one after another without a list around them are each read.
    site = json.dumps({"@type": "WebSite", "name": "Example News"})
    listed = stray.replace(f"{ld}\n}}", f"{site},\n{ld}")
    assert resolve(listed).published == "2024-03-05T13:30:00+00:00"
    # A block broken inside its first object gives nothing.
    broken = stray.replace(f"{ld}\n}}", ld.replace('"headline"', "headline"))
    assert resolve(broken).published is None


def test_time_elements_that_all_write_the_guessed_day_support_it() -> None:
    # A forum thread: the post's <time> in a permalink, a reply's of the same day.
    post = (
        "<h1>What? Where did it go?</h1><ul><li><a href='/threads/1/'>"
        "<time datetime='2020-03-18T12:22:42-0400'>1 minute ago</time></a></li></ul>"
        "<p>Text.</p><a href='/threads/1/post-2'><time datetime='{reply}'>now</time></a>"
    )
    same = page("", post.format(reply="2020-03-18T12:40:00-0400"))
    meta = resolve(same, extracted=_extracted("2020-03-18"))
    assert (meta.published, meta.origin["published"]) == ("2020-03-18T00:00:00+00:00", "extractor")
    # <time> elements of several days (teasers, replies of later days) support none of them.
    other = page("", post.format(reply="2020-03-19T08:00:00-0400"))
    assert resolve(other, extracted=_extracted("2020-03-18")).published is None
    # A time written in UTC leaves the page's own day unknown.
    utc = page("", post.format(reply="2020-03-18T16:40:00Z"))
    assert resolve(utc, extracted=_extracted("2020-03-18")).published is None


def test_a_page_showing_only_its_declared_update_day_is_a_conflict() -> None:
    ld = dict(ARTICLE_LD, datePublished="2024-03-01T09:48:24Z", dateModified="2024-03-04T09:22:36Z")

    def body(text: str) -> str:
        return (
            "<article><header><h1>Minister resigns after budget vote</h1>"
            f"<p>{text} By Jane Doe</p></header><p>Text.</p></article>"
        )

    # The page shows the update's day as its date: which one is the story's is unknown.
    for text in ("Monday, 4 March 2024", "Aktualisiert am 04. Mär. 2024"):
        meta = resolve(page("", body(text), ld))
        assert (meta.published, meta.conflicts) == (None, ["published"]), text
    # Showing the publication day (or both days, or none) keeps the declared date.
    for text in ("1 March 2024", "1 March 2024, updated 4 March 2024", "Jane Doe"):
        meta = resolve(page("", body(text), ld))
        assert meta.published == "2024-03-01T09:48:24+00:00", text
        assert meta.conflicts == [], text
    # Without a declared modification a shown day of its own is no update (an embedded item's).
    undeclared = dict(ld, dateModified=None)
    meta = resolve(page("", body("Monday, 4 March 2024"), undeclared))
    assert meta.published == "2024-03-01T09:48:24+00:00"


def test_soft_hyphens_and_zero_width_characters_do_not_split_words() -> None:
    """A headline hyphenated for narrow screens ("Verfassungs&shy;beschwerde") is one word on
    screen and in the body text; read as a space it would be stored split in two."""
    html = page(
        '<meta property="og:title" content="Verfassungsbeschwerde eingelegt">',
        "<article><h1>Verfassungs&shy;beschwerde ein\u200bgelegt</h1><p>Text.</p></article>",
    )
    assert resolve(html).title == "Verfassungsbeschwerde eingelegt"
    assert flat("Sema\u00adglutid \ufeffwirkt\u2060 gut") == "Semaglutid wirkt gut"


def test_a_title_escaped_twice_is_decoded() -> None:
    """A template that escapes an already escaped title leaves "&#039;" in the parsed text: it
    is decoded before it is stored or compared with the page's headings."""
    head = "<title>Officials won&amp;#039;t say &amp;quot;when&amp;quot; | Example News</title>"
    meta = resolve(page(head, "<article><p>Text.</p></article>"))
    assert (meta.title, meta.origin["title"]) == ('Officials won\'t say "when"', "html_title")
    twice = "<h1>Officials won&amp;#039;t say &amp;quot;when&amp;quot;</h1>"
    meta = resolve(page(head, f"<article>{twice}<p>Text.</p></article>"))
    assert (meta.title, meta.origin["title"]) == ('Officials won\'t say "when"', "h1")
    assert strip_site_name("Q&amp;A: R&D; AT&T &copy; 2024") == "Q&A: R&D; AT&T © 2024"


def test_a_day_after_a_line_break_is_read_apart_from_the_text_before_it() -> None:
    """ "News24<br>5 March 2024" is two lines on screen; read as "News245 March 2024" the day is
    lost. Here the page shows only its update beside the headline, so the date stays NULL."""
    ld = {
        "@type": "NewsArticle",
        "headline": "Dam repairs finished ahead of the spring floods",
        "datePublished": "2024-03-01T09:00:00+01:00",
        "dateModified": "2024-03-05T10:00:00+01:00",
    }
    body = (
        "<article><h1>Dam repairs finished ahead of the spring floods</h1>"
        "<p>News24<br>5 March 2024</p><p>Text.</p></article>"
    )
    meta = resolve(page("", body, ld))
    assert meta.published is None
    assert "published" in meta.conflicts


def test_a_date_line_earlier_than_the_winner_with_nothing_for_the_winner_is_a_conflict() -> None:
    """A story is not published after the first date it shows under its headline: a declared
    date later than that line, which nothing else on the page vouches for, is an update or
    another item's date, and the page's two sources cannot be told apart."""
    ld = dict(ARTICLE_LD, datePublished="2024-03-05T14:30:00+01:00", dateModified=None)

    def body(line: str) -> str:
        return (
            "<article><header><h1>Minister resigns after budget vote</h1>"
            f"<p>By Jane Doe</p><p>{line}</p></header><p>Text.</p></article>"
        )

    meta = resolve(page("", body("2 March 2024, 22:11 GMT+10"), ld))
    assert (meta.published, meta.conflicts) == (None, ["published"])
    # A line of the same day, a later one (the update a page shows) or no line keep the date.
    for line in ("5 March 2024", "Updated 6 March 2024", ""):
        meta = resolve(page("", body(line), ld))
        assert meta.published == "2024-03-05T13:30:00+00:00", line
        assert meta.conflicts == [], line
    # A day written in a sentence (a caption, the standfirst) is no date line.
    caption = (
        "FILE PHOTO: The minister speaks to reporters outside parliament in the capital on"
        " 2 March 2024."
    )
    assert resolve(page("", body(caption), ld)).published == "2024-03-05T13:30:00+00:00"
    # Independent evidence for the winner keeps it: the URL's date, or the winner's day shown
    # beside the headline too (a broadcast note of the day before, then the story's own date).
    dated_url = "https://news.example/2024/03/05/story-1.html"
    meta = resolve(page("", body("2 March 2024"), dict(ld, url=dated_url)), url=dated_url)
    assert meta.published == "2024-03-05T13:30:00+00:00"
    both = body("On air 4 March 2024</p><p>Posted 5 March 2024")
    assert resolve(page("", both, ld)).published == "2024-03-05T13:30:00+00:00"


def test_a_date_of_numbers_with_hyphens_beside_the_headline_supports_the_guess_of_its_day() -> None:
    """A Polish portal's date line over the headline, "Dzisiaj, 02-11-2023 13:29" ("Today, …"):
    hyphens, the year last, are read as a date of numbers, day first as dots are, and the
    extractor's guess of that day is the page's. A day the line does not write stays unsupported.
    """
    body = (
        "<div><span>Jan Kowalski</span><span>Dzisiaj, 02-11-2023 13:29</span>"
        "<h1>Tusk ujawni kulisy rozmów o rządzie</h1></div><p>Politycy opozycji są coraz mocniej"
        " poirytowani faktem, że muszą codziennie komentować doniesienia.</p>"
    )
    meta = resolve(page("", body), extracted=_extracted("2023-11-02"))
    assert (meta.published, meta.origin.get("published")) == (
        "2023-11-02T00:00:00+00:00",
        "extractor",
    )
    other = resolve(page("", body), extracted=_extracted("2023-10-30"))
    assert (other.published, other.weak) == (None, ["published"])


_BUDGET = "<p>" + "The council passed the budget for schools and roads on Monday. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # Found by fuzzing: a JSON-LD author holding an escaped control character, shown
        # nowhere, was looked for on the page as an XPath variable, which lxml refuses
        # ("All strings must be XML compatible"): a ValueError out of the extraction.
        ("", ""),
        # The same through a meta tag's character reference, which the parser keeps.
        ('<meta name="author" content="Anna&#3; Berg">', ""),
        # Shown on the page, the name and the headline were kept with the character, which no
        # XML export can write.
        ("", "<figure><figcaption>Photo: Anna Berg</figcaption></figure>"),
    ],
)
def test_a_control_character_in_a_name_or_headline_is_no_part_of_it(head: str, body: str) -> None:
    ld = None if head else {"@type": "NewsArticle", "author": {"name": "Anna\u0002 Berg"}}
    html = page(
        f"<title>Budget&#1; passed</title>{head}",
        f"<article><h1>Budget&#1; passed</h1>{_BUDGET}{body}</article>",
        ld,
    )
    meta = resolve(html)
    assert meta.title == "Budget passed"
    assert meta.authors == (["Anna Berg"] if body else [])
