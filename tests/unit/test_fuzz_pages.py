"""Property-based tests: mutated real pages through the worker's whole page analysis.

``analyze_page`` runs thousands of lines of rules (listing check, text pipeline, metadata
resolver); an exception there costs the crawl the whole page (the pipeline drops it as
``news/extract/error``). The pages mutated here are the committed golden pages of
tests/fixtures/text whose publisher falls in the text benchmark's tuning half (half A), so the
module runs offline and never reads a held-out page. Mutations follow the page's structure:
elements dropped, copied and moved, the markup cut off anywhere, and the markup the metadata
rules read (JSON-LD, bylines, date lines, ``<time>``, meta tags) injected with odd values of
every type. Each result must still be a usable answer, not merely "no exception".

The budget is fixed (``max_examples``; about 10 s on a two-core machine), so CI time stays
bounded; a longer local hunt raises ``max_examples``.
"""

from __future__ import annotations

import copy
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from html import escape
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement, fragments_fromstring
from scrapy.http import HtmlResponse

from crawler.responses import page_text
from crawler.storage.pagecodec import unpack_page
from pipelines.extract.jobs import PageJob, PageResult
from pipelines.extract.worker import analyze_page
from pipelines.text import dates, names, titles
from pipelines.text.authors import jsonld_authors
from pipelines.text.bylinelines import credit_in_text
from pipelines.text.cleaning import clean_with_counts
from pipelines.text.extraction import parse_html
from tests.conftest import FIXTURES
from tests.support.metadev import text_half_of

PAGE_FUZZ = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TEXT_FUZZ = settings(max_examples=300, deadline=None, database=None)
FETCHED_AT = "2026-01-01T00:00:00+00:00"
DROPS = {None, "no_text", "listing", "too_short"}
PRECISIONS = {None, "day", "minute", "second"}
BODY = " ".join(
    f"Der Rat hat im Jahr {2000 + i} den Haushalt Nummer {i} beschlossen." for i in range(8)
)


def _half_a_pages() -> list[tuple[str, str]]:
    cases = json.loads((FIXTURES / "text" / "cases.json").read_text(encoding="utf-8"))
    pages = []
    for name, case in sorted(cases.items()):
        host = (urlsplit(case["url"]).hostname or "").removeprefix("www.")
        if host and text_half_of(host) == "A":
            raw = (FIXTURES / "text" / f"{name}.gz").read_bytes()
            pages.append((case["url"], gzip.decompress(raw).decode("utf-8")))
    return pages


PAGES = _half_a_pages()

# Values of every type where the rules expect a string, a name or a date.
ODD_CHARS = ["\u200b", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00ad", "\u0301", "\u3000", "🙂"]
ODD_DATES = [
    "2024-05-01T10:00:00+24:00",
    "2024-05-01T10:00:00-99:00",
    "99999-12-31T00:00:00Z",
    "+10000-01-01",
    "-0001-01-01",
    "2020-13-45T25:61:61Z",
    "2024-02-30",
    "0000-00-00",
    "1700000000",
    "२०२४-०५-०१",
    "2024-05-01T10:00:00.123456789Z",
    "\u200f2024-05-01",
    "",
]
ODD_LINES = [
    "Von Max Müller",
    "By Jane Doe and John Roe",
    "Par Marie Curie",
    "Autor: " + "x" * 500,
    "Von ",
    " \r",
    "1. Mai 2024, 10:00 Uhr",
    "Published: 2024-05-01 | Updated: 2023-01-01",
    "Stand: 99.99.9999 99:99",
    "May 1, 2024 10:00 AM ET",
    "Doe, Jane",
]
json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(ODD_DATES + ODD_LINES + ["NewsArticle", "Person", "LiveBlogPosting"]),
)
JSON_KEYS = [
    "@type",
    "@id",
    "@graph",
    "name",
    "headline",
    "author",
    "creator",
    "datePublished",
    "dateModified",
    "url",
    "mainEntityOfPage",
    "publisher",
    "isAccessibleForFree",
    "liveBlogUpdate",
    "coverageStartTime",
    "itemListElement",
]
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(JSON_KEYS), inner, max_size=6)
    ),
    max_leaves=20,
)
odd_strings = st.lists(
    st.one_of(st.text(max_size=12), st.sampled_from(ODD_CHARS + ODD_LINES + ["w" * 500])),
    max_size=6,
).map("".join)


@st.composite
def injections(draw: st.DrawFn) -> str:
    """One piece of markup of the kind the metadata rules read, with odd content."""
    kind = draw(st.sampled_from(["jsonld", "byline", "dateline", "time", "meta", "h1", "links"]))
    text = escape(draw(odd_strings))
    if kind == "jsonld":
        entity = draw(json_values)
        if draw(st.booleans()):
            entity = {
                "@type": "NewsArticle",
                "headline": "x",
                **draw(st.dictionaries(st.sampled_from(JSON_KEYS), json_values, max_size=5)),
            }
        body = json.dumps(entity).replace("</", "<\\/")
        if draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))]
        return f'<script type="application/ld+json">{body}</script>'
    if kind == "byline":
        return f'<p class="byline author">{text}</p>'
    if kind == "dateline":
        return f'<p class="date">{text}</p>'
    if kind == "time":
        stamp = escape(draw(st.sampled_from(ODD_DATES)), quote=True)
        return f'<time datetime="{stamp}">{text}</time>'
    if kind == "meta":
        stamp = escape(draw(st.sampled_from(ODD_DATES)), quote=True)
        return (
            f'<meta property="article:published_time" content="{stamp}">'
            f'<meta name="author" content="{escape(text, quote=True)}">'
        )
    if kind == "h1":
        return f"<h1>{text}</h1>"
    return "".join(
        f'<a href="/x/{i}">{text} {i}</a>' for i in range(draw(st.sampled_from([50, 2000])))
    )


@st.composite
def mutated_pages(draw: st.DrawFn) -> tuple[str, str]:
    """A half-A page with some of its elements dropped, copied or moved, odd markup injected
    and possibly its end cut off."""
    url, html = draw(st.sampled_from(PAGES))
    tree = parse_html(html)
    assert tree is not None
    elements = [e for e in tree.iter() if isinstance(e.tag, str) and e.getparent() is not None]
    for _ in range(draw(st.integers(0, 8))):
        element = elements[draw(st.integers(0, len(elements) - 1))]
        parent = element.getparent()
        if parent is None:
            continue
        op = draw(st.sampled_from(["drop", "copy", "move"]))
        if op == "drop":
            parent.remove(element)
        elif op == "copy":
            parent.insert(parent.index(element), copy.deepcopy(element))
        else:
            target = elements[draw(st.integers(0, len(elements) - 1))]
            place = target.getparent()
            if place is None or target is element or element in target.iterancestors():
                continue
            parent.remove(element)
            place.insert(place.index(target), element)
    for _ in range(draw(st.integers(0, 3))):
        place = tree.find(".//body") if draw(st.booleans()) else tree.find(".//head")
        if place is None:
            continue
        position = draw(st.integers(0, len(place)))
        pieces = [p for p in fragments_fromstring(draw(injections())) if not isinstance(p, str)]
        for piece in reversed(pieces):
            place.insert(position, piece)
    page = etree.tostring(tree, encoding="unicode", method="html")
    if draw(st.integers(0, 4)) == 0:
        page = page[: draw(st.integers(0, len(page)))]
    return url, page


def _script_code(html: str) -> list[str]:
    """The first 60 characters of each longer script of the page (JSON-LD aside)."""
    tree = parse_html(html)
    if tree is None:
        return []
    out = []
    for script in tree.iter("script"):
        code = " ".join((script.text or "").split())
        if len(code) >= 60 and "ld+json" not in (script.get("type") or ""):
            out.append(code[:60])
    return out


def _check(result: object, html: str) -> None:
    """The properties every page analysis keeps, whatever the page."""
    assert isinstance(result, PageResult)
    assert result.drop in DROPS
    assert all(isinstance(n, int) for n in result.counts.values())
    if result.drop is not None:
        return
    fields = result.fields
    text = fields["text"]
    assert isinstance(text, str)
    flat = " ".join(text.split())
    for code in _script_code(html):
        assert code not in flat
    for key in ("published", "modified"):
        if fields[key] is not None:
            assert datetime.fromisoformat(fields[key]).tzinfo is not None
    if fields["published"] is not None:
        assert datetime.fromisoformat(fields["published"]) <= datetime.fromisoformat(
            "2026-01-02T00:00:00+00:00"
        )
    assert fields["published_precision"] in PRECISIONS
    assert (fields["published_precision"] is None) == (fields["published"] is None)
    authors = fields["authors"]
    assert isinstance(authors, list) and all(isinstance(a, str) and a.strip() for a in authors)
    assert fields["title"] is None or isinstance(fields["title"], str)
    assert isinstance(fields["meta_origin"], dict)


def test_the_seed_pages_are_there() -> None:
    assert len(PAGES) >= 4


@PAGE_FUZZ
@given(mutated_pages())
def test_mutated_pages_get_an_answer(page: tuple[str, str]) -> None:
    url, html = page
    result = analyze_page(PageJob(url=url, html=html, fetched_at=FETCHED_AT, min_text_chars=0))
    _check(result, html)


@PAGE_FUZZ
@given(st.lists(injections(), min_size=1, max_size=4), odd_strings)
def test_odd_metadata_on_a_small_article_gets_an_answer(pieces: list[str], line: str) -> None:
    html = (
        f"<html><head><title>{escape(line)} | Site</title></head><body><article>"
        f"<h1>Haushalt beschlossen</h1>{''.join(pieces)}<p>{BODY}</p>"
        "<script>var tracker = function () { return window.location.href + document.title; };"
        "</script></article></body></html>"
    )
    url = "https://news.example/2024/05/01/haushalt.html"
    result = analyze_page(PageJob(url=url, html=html, fetched_at=FETCHED_AT, min_text_chars=0))
    _check(result, html)


def _article_with_head(head: str) -> PageResult:
    """The analysis of a small article page with ``head`` in its <head>."""
    html = (
        f"<html><head>{head}</head><body><article><h1>Haushalt</h1><p>{BODY}</p></article>"
        "</body></html>"
    )
    job = PageJob(url="https://news.example/haushalt.html", html=html, fetched_at=FETCHED_AT)
    job.min_text_chars = 0
    return analyze_page(job)


@pytest.mark.parametrize("stamp", ["2024-05-01T10:00:00+24:00", "2024-05-01T10:00:00-30:00"])
def test_an_offset_of_a_day_or_more_costs_the_date_not_the_page(stamp: str) -> None:
    # htmldate raised on it (Python's datetime holds offsets under a day), and the worker
    # lost the whole page to news/extract/error.
    result = _article_with_head(f'<meta property="article:published_time" content="{stamp}">')
    assert result.drop is None
    assert result.fields["text"] == BODY
    assert result.fields["published"] is None
    assert result.counts.get("meta/unreadable_dates") == 1


def test_a_page_with_lone_surrogates_keeps_its_text() -> None:
    # A page decoded with an escape codec its server declared holds lone surrogates:
    # resiliparse's parse raised on them and the page was lost (news/extract/error); the
    # stored copy could not be encoded either. They are read as U+FFFD.
    html = (
        "<html><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>"
        f"<p>Vorab \ud800 ein Satz.</p><p>{BODY}</p></article></body></html>"
    )
    job = PageJob(
        url="https://news.example/haushalt.html",
        html=html,
        fetched_at=FETCHED_AT,
        min_text_chars=0,
        keep_html=True,
    )
    result = analyze_page(job)
    assert result.drop is None
    assert result.fields["text"] == f"Vorab \ufffd ein Satz.\n{BODY}"
    assert unpack_page(result.fields["html_gz"]) == html.replace("\ud800", "\ufffd")


def test_a_page_its_server_declares_in_an_escape_codec_keeps_its_text() -> None:
    # Scrapy decodes a body with the charset its headers declare, Python's escape codecs too
    # (live pages and WARC records alike): "\\ud800" in the bytes became a lone surrogate in
    # the page's text. crawler/responses.py page_text now reads such a charset as undeclared,
    # so the text is what a browser shows; a lone surrogate that reaches the analysis by
    # another way is read as U+FFFD (extraction.read_page).
    body = (
        "<html><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>"
        f"<p>Vorab \\ud800 ein Satz.</p><p>{BODY}</p></article></body></html>"
    ).encode("ascii")
    headers = {"Content-Type": "text/html; charset=unicode-escape"}
    url = "https://news.example/haushalt.html"
    html = page_text(HtmlResponse(url, body=body, headers=headers)).text
    assert "Vorab \\ud800 ein Satz." in html
    result = analyze_page(PageJob(url=url, html=html, fetched_at=FETCHED_AT, min_text_chars=0))
    assert result.drop is None
    assert result.fields["text"] == f"Vorab \\ud800 ein Satz.\n{BODY}"
    html = html.replace("\\ud800", "\ud800")
    result = analyze_page(PageJob(url=url, html=html, fetched_at=FETCHED_AT, min_text_chars=0))
    assert result.drop is None
    assert result.fields["text"] == f"Vorab \ufffd ein Satz.\n{BODY}"


def test_a_json_escaped_lone_surrogate_is_no_stored_text() -> None:
    # json.loads makes a lone surrogate of the escape "\\udc00": as an author's name it was
    # asked for in an XPath variable, which raised (news/extract/error), and stored it made
    # SQLite refuse the row and the store lose its whole batch.
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Haushalt",'
        ' "author": {"@type": "Person", "name": "Jane \\udc00Doe"},'
        ' "keywords": ["Kurz \\ud83d\\ude00", "gesagt \\ud800"]}</script>'
    )
    for shown, authors in [("", []), ("<p>Jane \ufffdDoe</p>", ["Jane \ufffdDoe"])]:
        html = (
            f"<html><head>{script}</head><body><article><h1>Haushalt</h1>{shown}"
            f"<p>{BODY}</p></article></body></html>"
        )
        url = "https://news.example/haushalt.html"
        result = analyze_page(PageJob(url=url, html=html, fetched_at=FETCHED_AT, min_text_chars=0))
        assert result.drop is None
        assert result.fields["authors"] == authors
        assert result.fields["title"] == "Haushalt"


@pytest.mark.parametrize(
    ("block", "entity"),
    [
        (
            '{"@type": "Person", "n\\udc00": ["a\\ud800", [{"b": "\\uDBFF"}]],'
            ' "c": "\\ud83d\\ude00"}',
            {"@type": "Person", "n\ufffd": ["a\ufffd", [{"b": "\ufffd"}]], "c": "\U0001f600"},
        ),
        # Broken JSON: the whole values before the fault, made well formed the same way.
        ('{"@type": "Person", "name": "a\\ud800"} }', {"@type": "Person", "name": "a\ufffd"}),
        # No escape of a surrogate: read as written.
        (
            '{"@type": "Person", "name": "\\u00e9 \\\\ud800"}',
            {"@type": "Person", "name": "é \\ud800"},
        ),
    ],
)
def test_json_ld_strings_are_well_formed(block: str, entity: dict[str, object]) -> None:
    from pipelines.text.structured import gather

    html = f'<html><head><script type="application/ld+json">{block}</script></head><body></body>'
    tree = parse_html(html + "</html>")
    assert tree is not None
    assert gather(tree, "https://news.example/a.html").entities == [entity]


@TEXT_FUZZ
@given(odd_strings)
def test_date_readers_take_any_text(text: str) -> None:
    for day in dates.shown_days(text):
        datetime.fromisoformat(day)
    stamp = dates.written_date(text)
    assert stamp is None or isinstance(stamp.value, datetime)
    dates.labelled_dates([text, text[::-1]])
    dates.tidy_timestamp(text)
    found = dates.date_from_url(f"https://news.example/{text}")
    assert found is None or isinstance(found.value, datetime)


@TEXT_FUZZ
@given(st.lists(odd_strings, max_size=4), st.lists(odd_strings, max_size=2))
def test_name_rules_take_any_text(raw: list[str], sites: list[str]) -> None:
    found = names.clean_names(raw, sites, "news.example")
    assert all(isinstance(n, str) and n.strip() for n in found)
    assert len(found) == len(set(found))
    for value in raw:
        names.is_name(value, sites)
    assert all(isinstance(n, str) for n in credit_in_text(" ".join(raw)))


@TEXT_FUZZ
@given(odd_strings, st.lists(odd_strings, max_size=2), st.lists(odd_strings, max_size=3))
def test_title_rules_take_any_text(title: str, sites: list[str], h1s: list[str]) -> None:
    stripped = titles.strip_site_name(title, sites, "news.example")
    assert stripped is None or stripped.strip()
    chosen, origin = titles.choose_title(h1s, [("og:title", title)], sites, "news.example")
    assert chosen is None or isinstance(chosen, str)
    assert isinstance(origin, str)


@TEXT_FUZZ
@given(json_values, st.lists(json_values, max_size=3))
def test_jsonld_authors_take_any_json(entity: object, nodes: list[object]) -> None:
    entity = entity if isinstance(entity, dict) else {"author": entity}
    persons, outlets = jsonld_authors(entity, [n for n in nodes if isinstance(n, dict)])
    assert all(isinstance(n, str) for n in persons + outlets)


@TEXT_FUZZ
@given(st.lists(odd_strings, max_size=10), odd_strings)
def test_cleaning_keeps_a_subset_of_the_lines(lines: list[str], title: str) -> None:
    text, counts = clean_with_counts("\n".join(lines), title=title)
    assert all(n > 0 for n in counts.values())
    assert clean_with_counts(text, title=title)[0] == text


def test_a_blank_string_is_no_name() -> None:
    # is_name read the first word of a string of spaces and raised IndexError.
    assert names.is_name(" \r") is False
    assert names.is_name("\u3000\u3000") is False
    assert names.is_name("Jane Doe") is True


def test_an_element_of_many_byline_lines_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # lead_byline_near read a line's element once per lead word in it: 800 "Von …" lines in
    # one paragraph took 9 s (time squared in the element's length). Counted, not timed: each
    # element's text is read once however many lead words it holds.
    from pipelines.text import bylinelines
    from pipelines.text.bylinelines import lead_byline_near

    reads: list[str] = []
    read_line = bylinelines._line_credit

    def counted(element: HtmlElement) -> str:
        reads.append(element.tag)
        return read_line(element)

    monkeypatch.setattr(bylinelines, "_line_credit", counted)

    def near(inner: str) -> list[str]:
        html = f"<html><body><article><h1>Haushalt</h1><p>{inner}</p><p>Text.</p></article>"
        tree = parse_html(html + "</body></html>")
        assert tree is not None
        return lead_byline_near(tree.find(".//h1"))

    assert near("Von Anna Muster<br>von Bernd Beispiel") == ["Von Anna Muster, von Bernd Beispiel"]
    assert near("Anna Muster<br>Bernd Beispiel") == []
    reads.clear()
    assert near("<br>".join(["Von Anna Muster", "1.5.2024"] * 800)) == []
    assert len(reads) <= 3  # the paragraph once per ancestor level tried, not once per "Von"


# What lead_byline_near asked of every line's element before: the heading before it.
_PRECEDING_HEADING = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]"
)


@pytest.mark.parametrize(
    "html",
    [
        "<h1>T</h1><p>Von A</p><div><h2><a href='/x'>Other</a></h2><p>Von B</p></div><p>Von C</p>",
        # A line inside its heading, headings inside headings, a heading in a later branch.
        "<h2>Sub <span>Von A <b>B</b></span></h2><h3><h4>in</h4> Von C</h3><div><p>x</p></div>",
        "<div><p>Von A</p></div><section><h1>late</h1></section>",
        "<p>no heading at all</p><table><tr><td>Von A</td><td>Von B</td></tr></table>",
    ],
)
def test_headings_before_finds_what_the_preceding_axis_finds(html: str) -> None:
    from pipelines.text.bylinelines import _headings_before

    tree = parse_html(f"<html><head><title>t</title></head><body>{html}</body></html>")
    assert tree is not None
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    found = _headings_before(tree.iter(), elements)
    for element in elements:
        expected = _PRECEDING_HEADING(element)
        assert found[element] is (expected[0] if expected else None), element.tag


def test_a_table_of_byline_cells_walks_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # lead_byline_near asked an XPath over the preceding elements for each line's element: a
    # table of 100 x 100 "Von A B" cells took about a minute (time squared in the cell count)
    # and the page was lost to the worker's time limit. Counted, not timed: the page's
    # elements are walked once for all the cells.
    from pipelines.text import bylinelines
    from pipelines.text.bylinelines import lead_byline_near

    walked: list[int] = []
    find = bylinelines._headings_before

    def counted(
        elements: Iterable[HtmlElement], wanted: list[HtmlElement]
    ) -> dict[HtmlElement, HtmlElement | None]:
        walked.append(0)

        def each() -> Iterator[HtmlElement]:
            for element in elements:
                walked[-1] += 1
                yield element

        return find(each(), wanted)

    monkeypatch.setattr(bylinelines, "_headings_before", counted)
    rows = "".join("<tr>" + "<td>Von A B</td>" * 100 + "</tr>" for _ in range(100))
    html = (
        "<html><body><article><h1>Haushalt</h1><h2><a href='/other'>Teaser</a></h2>"
        f"<p>Von C D</p><table>{rows}</table></article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == []  # every line under the linked heading
    assert len(walked) == 1
    assert walked[0] <= sum(1 for _ in tree.iter())
    walked.clear()
    tree = parse_html(html.replace("<a href='/other'>Teaser</a>", "Unterzeile"))
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == ["Von C D"] + ["Von A B"] * 10_000
    assert len(walked) == 1


def test_a_long_list_of_byline_lines_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether a line sits in a list of authors' pages was asked of its list once per line:
    # 6,000 "<li>Von …</li>" items read the list 6,000 times (about 1 s, time squared in its
    # length). Counted, not timed: the links' addresses read stay linear in the items.
    from pipelines.text import authors
    from pipelines.text.bylinelines import lead_byline_near

    class Counted:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern
            self.calls = 0

        def search(self, text: str) -> re.Match[str] | None:
            self.calls += 1
            return self.pattern.search(text)

    counted = Counted(authors.AUTHOR_PATHS)
    monkeypatch.setattr(authors, "AUTHOR_PATHS", counted)
    items = "".join(f'<li>Von Anna Muster <a href="/x/{i}">Mehr</a></li>' for i in range(2000))
    html = f"<html><body><article><h1>Haushalt</h1><ul>{items}</ul></article></body></html>"
    tree = parse_html(html)
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == ["Von Anna Muster Mehr"] * 2000
    assert counted.calls <= 3 * 2000
    # A list of four authors' pages is still the site's list of its writers, not a byline.
    names = ["Anna", "Bernd", "Clara", "Dora"]
    items = "".join(f'<li>Von <a href="/autoren/{n}">{n} Muster</a></li>' for n in names)
    tree = parse_html(f"<html><body><article><h1>Haushalt</h1><ul>{items}</ul></article></body>")
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == []
    tree = parse_html(
        f"<html><body><article><h1>Haushalt</h1><ul>{items}</ul><p>Von Eva Muster</p></article>"
    )
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == ["Von Eva Muster"]


@pytest.mark.parametrize("nesting", ["[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000])
def test_json_ld_nested_deeper_than_the_stack_is_skipped(nesting: str) -> None:
    # json.loads raised RecursionError, not ValueError, and the page was lost to
    # news/extract/error; the block is now unreadable like any broken JSON-LD.
    result = _article_with_head(
        f'<script type="application/ld+json">{nesting}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Haushalt",'
        ' "datePublished": "2024-05-01T10:00:00+02:00"}</script>'
    )
    assert result.drop is None
    assert result.fields["text"] == BODY
    assert result.fields["published"] == "2024-05-01T08:00:00+00:00"
    # trafilatura's JSON-LD reader raised on the block: counted for the crawl's stats.
    assert result.counts.get("meta/unreadable_jsonld") == 1
    assert "meta/unreadable_jsonld" not in _article_with_head("").counts


def test_byline_lines_in_capitals_read_the_page_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A byline line in capitals is read only when the page writes its names in the usual case
    # elsewhere. Asked with an XPath over the page per line, a table of 3,600 "BY JANE DOE"
    # cells took 7 s (time squared in its size; 10,000 would pass the worker's limit). Counted,
    # not timed: the page's shown text is read once for all the lines.
    from pipelines.text import bylinelines
    from pipelines.text.bylinelines import lead_byline_near

    reads: list[int] = []
    texts = bylinelines._SHOWN_TEXTS

    def counted(tree: Any) -> Any:
        reads.append(1)
        return texts(tree)

    monkeypatch.setattr(bylinelines, "_SHOWN_TEXTS", counted)
    rows = "".join("<tr>" + "<td>BY JANE DOE</td>" * 60 + "</tr>" for _ in range(60))
    html = (
        "<html><body><article><h1>Haushalt</h1><h2>Unterzeile</h2>"
        f"<p>Jane Doe reports.</p><table>{rows}</table></article></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == ["BY JANE DOE"] * 3_600
    assert len(reads) == 1
    # Without the name written in the usual case the lines give nothing, still on one read.
    reads.clear()
    tree = parse_html(html.replace("Jane Doe reports.", "Someone reports."))
    assert tree is not None
    assert lead_byline_near(tree.find(".//h1")) == []
    assert len(reads) == 1
