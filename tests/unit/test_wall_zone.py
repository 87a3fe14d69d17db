"""The zone of a page's wall times where it names none: that of the language (or region) it
declares, where it keeps one zone; none where the language or the country spans zones, or for a
wall time the change of summer time skips or repeats. How the resolver uses it:
tests/unit/test_shown_time.py."""

from __future__ import annotations

from datetime import date, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from lxml.html import HtmlElement

from pipelines.text.extraction import parse_html
from pipelines.text.wallzone import declared_zone, domain_country, wall_offset, zone_of_language


@pytest.mark.parametrize(
    ("tag", "zone"),
    [
        ("de", "Europe/Berlin"),
        ("de-CH", "Europe/Zurich"),
        ("DE-at", "Europe/Vienna"),
        ("en_IN", "Asia/Kolkata"),
        ("en-GB", "Europe/London"),
        ("zh-Hant-TW", "Asia/Taipei"),
        ("ja", "Asia/Tokyo"),
        ("cs", "Europe/Prague"),
    ],
)
def test_a_language_or_region_of_one_zone_names_it(tag: str, zone: str) -> None:
    assert zone_of_language(tag) == ZoneInfo(zone)


@pytest.mark.parametrize(
    "tag",
    [
        "en",  # spoken across zones
        "en-US",  # a country of several zones
        "es",
        "es-ES",  # the Canary Islands keep another hour
        "pt-BR",
        "fr",
        "ar",
        "ru",
        "zh",
        "sv",  # Finland's Swedish-language press keeps Finnish time
        "ca",  # Catalan, or Canada misspelled
        "",
        "x",
        None,
    ],
)
def test_a_language_of_several_zones_or_none_names_none(tag: str | None) -> None:
    assert zone_of_language(tag) is None


def test_the_offset_of_a_wall_time_follows_summer_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert wall_offset(berlin, date(2024, 3, 5), 14, 35) == timezone(timedelta(hours=1))
    assert wall_offset(berlin, date(2024, 9, 5), 14, 35) == timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("day", "hour"),
    [
        (date(2024, 3, 31), 2),  # skipped: the clocks go from 02:00 to 03:00
        (date(2024, 10, 27), 2),  # repeated: 02:30 comes twice
    ],
)
def test_a_wall_time_summer_time_skips_or_repeats_has_no_offset(day: date, hour: int) -> None:
    assert wall_offset(ZoneInfo("Europe/Berlin"), day, hour, 30) is None


@pytest.mark.parametrize(
    ("tag", "country", "zone"),
    [
        ("en", "GB", "Europe/London"),
        ("sv", "FI", "Europe/Helsinki"),
        ("fr", "BE", "Europe/Brussels"),
        ("nl", "NL", "Europe/Amsterdam"),
        ("en-IN", "GB", "Asia/Kolkata"),  # the tag's own region decides
    ],
)
def test_a_tag_without_region_takes_the_domains_country(tag: str, country: str, zone: str) -> None:
    assert zone_of_language(tag, country) == ZoneInfo(zone)


@pytest.mark.parametrize(
    ("tag", "country"),
    [
        ("en", "DE"),  # not a language of the country's locales
        ("en", "US"),  # a country of several zones
        ("es", "ES"),  # the Canary Islands
        ("en-US", "GB"),
    ],
)
def test_a_domains_country_names_no_zone_for_another_language(tag: str, country: str) -> None:
    assert zone_of_language(tag, country) is None


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.manchestereveningnews.co.uk/news/x", "GB"),
        ("https://yle.fi/uutiset/3-1", "FI"),
        ("https://example.com/x", None),
        ("https://news.co/x", None),  # sold as a generic name
        ("https://app.io/x", None),
        ("http://localhost:8080/x", None),
        (None, None),
    ],
)
def test_the_country_a_domain_names(url: str | None, country: str | None) -> None:
    assert domain_country(url) == country


def page(root: str, title: str = "Elektromobilität") -> HtmlElement:
    tree = parse_html(f"{root}<head><title>{title}</title></head><body><p>x</p></body></html>")
    assert tree is not None
    return tree


@pytest.mark.parametrize(
    ("root", "url", "zone"),
    [
        # No language declared: the zone of the domain's country, where it keeps one.
        ("<html>", "https://www.klimawandel-global.de/x", "Europe/Berlin"),
        ("<html>", "https://www.creativecommons.at/x", "Europe/Vienna"),
        # A declared language decides, read with the domain's country.
        ("<html lang='de'>", "https://www.example.at/x", "Europe/Vienna"),
    ],
)
def test_a_page_without_a_language_takes_its_domains_countrys_zone(
    root: str, url: str, zone: str
) -> None:
    assert declared_zone(page(root), url) == ZoneInfo(zone)


@pytest.mark.parametrize(
    ("root", "url"),
    [
        ("<html>", "https://example.com/x"),  # no country
        ("<html>", "https://news.co/x"),  # a country code sold as a generic name
        ("<html>", "https://www.example.com.br/x"),  # a country of several zones
        ("<html lang='en'>", "https://www.example.de/x"),  # English names no German zone
    ],
)
def test_no_zone_without_a_country_of_one_zone(root: str, url: str) -> None:
    assert declared_zone(page(root), url) is None
