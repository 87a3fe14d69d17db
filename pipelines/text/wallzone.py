"""The zone a page's wall times are in where the page names none: from the language it declares.

A page that shows "06. 01. 2026, 14:59 Uhr" beside its headline and states no offset anywhere
gives its readers a local time. Where the language the page declares (``<html lang>``, else the
one its title's letters alone tell: kana, Hangul) is spoken in one zone only, with one rule for
summer time, that zone is the page's: every German-language site of Germany, Austria,
Switzerland, Luxembourg and Liechtenstein keeps Central European time, every Japanese one
Japan's. A region subtag names the country directly ("de-CH", "en-GB",
"en-IN"). Languages spoken across zones (English, Spanish, French, Portuguese, Arabic, Russian,
Indonesian, Chinese without a region, Swedish and Dutch with theirs overseas or in Finland) and
countries of several zones (the US, Canada, Brazil, Mexico, Australia, and Spain and Portugal
with their islands) name none: a wall time there stays without its instant, since a time an
hour wrong is worse than none.

A language tag without a region takes the country the page's host names by its country-code
domain, where that language is one of the country's (a locale the C library knows:
``locale.locale_alias`` holds "en_gb", "sv_fi", "fr_be", not "en_co"): an English page of a
".co.uk" site shows British time, a Swedish one of a ".fi" site Finland's. Country codes sold
as generic names (".co", ".io", ".tv", ".me", …) name no country.
"""

from __future__ import annotations

import locale
import re
from datetime import date, datetime, time, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml.html import HtmlElement

# Languages whose every sizeable press keeps one zone's time (and that zone's summer time).
_LANGUAGE_ZONES = {
    "de": "Europe/Berlin",
    "it": "Europe/Rome",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "pl": "Europe/Warsaw",
    "hu": "Europe/Budapest",
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "bs": "Europe/Sarajevo",
    "sr": "Europe/Belgrade",
    "da": "Europe/Copenhagen",
    "no": "Europe/Oslo",
    "nb": "Europe/Oslo",
    "nn": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "et": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "el": "Europe/Athens",
    "bg": "Europe/Sofia",
    "ro": "Europe/Bucharest",
    "tr": "Europe/Istanbul",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "vi": "Asia/Ho_Chi_Minh",
    "th": "Asia/Bangkok",
    "hi": "Asia/Kolkata",
}
# Countries of one zone, named by a region subtag; the region decides over the language
# ("en-GB", "de-CH", an English page of a German site labelled "de-DE").
_REGION_ZONES = {
    "DE": "Europe/Berlin",
    "AT": "Europe/Vienna",
    "CH": "Europe/Zurich",
    "LI": "Europe/Vaduz",
    "LU": "Europe/Luxembourg",
    "FR": "Europe/Paris",
    "BE": "Europe/Brussels",
    "NL": "Europe/Amsterdam",
    "IT": "Europe/Rome",
    "CZ": "Europe/Prague",
    "SK": "Europe/Bratislava",
    "PL": "Europe/Warsaw",
    "HU": "Europe/Budapest",
    "SI": "Europe/Ljubljana",
    "HR": "Europe/Zagreb",
    "BA": "Europe/Sarajevo",
    "RS": "Europe/Belgrade",
    "DK": "Europe/Copenhagen",
    "NO": "Europe/Oslo",
    "SE": "Europe/Stockholm",
    "FI": "Europe/Helsinki",
    "EE": "Europe/Tallinn",
    "LV": "Europe/Riga",
    "LT": "Europe/Vilnius",
    "GR": "Europe/Athens",
    "BG": "Europe/Sofia",
    "RO": "Europe/Bucharest",
    "TR": "Europe/Istanbul",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul",
    "TW": "Asia/Taipei",
    "HK": "Asia/Hong_Kong",
    "SG": "Asia/Singapore",
    "MY": "Asia/Kuala_Lumpur",
    "PH": "Asia/Manila",
    "VN": "Asia/Ho_Chi_Minh",
    "TH": "Asia/Bangkok",
    "IN": "Asia/Kolkata",
    "PK": "Asia/Karachi",
    "ZA": "Africa/Johannesburg",
    "NG": "Africa/Lagos",
    "KE": "Africa/Nairobi",
}
# Country-code domains sold and used as generic names, which tell nothing of the site's country.
_GENERIC_COUNTRY_CODES = frozenset(
    {"ac", "ai", "am", "cc", "co", "fm", "gg", "im", "io", "la", "ly", "me", "nu", "sh", "tk"}
    | {"to", "tv", "vc", "ws"}
)
# The domain's code where it is not the country's ISO 3166 code.
_DOMAIN_COUNTRIES = {"uk": "GB"}
# A language tag as pages write it: "de", "de-CH", "en_IN", "zh-Hant-TW".
_TAG = re.compile(r"([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}))?(?:[-_].*)?", re.IGNORECASE)


# Letters only one language of one zone writes: Japanese kana, Korean Hangul.
_SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff]")), ("ko", re.compile(r"[\uac00-\ud7a3]")))


def declared_zone(tree: HtmlElement, url: str | None = None) -> tzinfo | None:
    """The zone of the language and region the page declares on its root element, None where
    it declares one spoken (a country spanning) several zones; a tag without a region takes the
    country of the page's ``url`` where the language is spoken there (:func:`domain_country`).

    A page that declares no language and writes its <title> in kana or Hangul is Japanese or
    Korean, each kept in one zone; Chinese characters alone, or Latin letters, tell no language
    of one zone, and a page that declares another language than its title's keeps its own. A
    page that declares no language otherwise takes its domain's country's zone
    (:func:`zone_of_country`).
    """
    root = tree.getroottree().getroot()
    tag = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if tag and tag.strip():
        return zone_of_language(tag, domain_country(url))
    title = root.findtext(".//head/title") or ""
    return next(
        (zone_of_language(lang) for lang, letters in _SCRIPTS if letters.search(title)),
        None,
    ) or zone_of_country(domain_country(url))


def zone_of_country(country: str | None) -> tzinfo | None:
    """The zone of a country of one zone (:data:`_REGION_ZONES`) that a page declaring no
    language is published in (its country-code domain, :func:`domain_country`): a blog on a
    ".de" or ".at" domain without ``<html lang>`` shows its readers that country's time. A
    country of several zones, or a domain of none, names none."""
    return _zone(_REGION_ZONES.get(country) if country else None)


def domain_country(url: str | None) -> str | None:
    """The country (ISO 3166 code, upper case) a URL's country-code top-level domain names;
    None for a generic domain or a country code sold as a generic name."""
    host = (urlsplit(url).hostname or "") if url else ""
    code = host.rpartition(".")[2]
    if len(code) != 2 or not code.isalpha() or code in _GENERIC_COUNTRY_CODES:
        return None
    return _DOMAIN_COUNTRIES.get(code, code.upper())


def zone_of_language(tag: str | None, country: str | None = None) -> tzinfo | None:
    """The zone a language tag names (:data:`_REGION_ZONES`, else :data:`_LANGUAGE_ZONES`); a
    tag without a region is read with ``country`` (the site's, :func:`domain_country`) where
    the language is spoken there."""
    match = _TAG.fullmatch(tag.strip()) if tag else None
    if match is None:
        return None
    language, region = match[1].casefold(), match[3]
    if not region and country and f"{language}_{country.casefold()}" in locale.locale_alias:
        region = country
    return _zone(_REGION_ZONES.get(region.upper()) if region else _LANGUAGE_ZONES.get(language))


def _zone(name: str | None) -> tzinfo | None:
    """The zone of that name; None for no name, or where the machine has no time zone database."""
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return None


def wall_time(day: date, hour: int, minute: int) -> datetime:
    """The clock reading ``hour:minute`` of ``day``, of no zone: what a page shows its readers."""
    return datetime.combine(day, time(hour, minute))


def wall_offset(zone: tzinfo, day: date, hour: int, minute: int) -> timezone | None:
    """The offset of ``zone`` at that wall time of ``day``; None for a wall time the change to
    or from summer time skips or repeats (which of two instants it is, nothing tells)."""
    wall = wall_time(day, hour, minute)
    first = wall.replace(tzinfo=zone).utcoffset()
    second = wall.replace(tzinfo=zone, fold=1).utcoffset()
    if first is None or first != second:
        return None
    return timezone(first)
