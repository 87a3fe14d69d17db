"""The metadata stage on hostile pages: markup a real page does not hold, read without an
exception and with bounded work (docs/faults.md)."""

from __future__ import annotations

import json
from typing import Any

import lxml.html
import pytest

from pipelines.extract.jobs import PageJob
from pipelines.extract.worker import analyze_page
from pipelines.text import names
from pipelines.text.authors import byline_near
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.names import MAX_CREDIT_NAMES, capped_credit
from pipelines.text.page import article_body, read_signals
from pipelines.text.structured import MAX_LD_JSON_CHARS, MAX_LD_JSON_ENTITIES, gather

_ARTICLE = (
    "<html><body><article><h1>Storm floods the harbour of the old town</h1>{credit}"
    "<p>The storm came in at night and the harbour flooded by morning, said officials.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [(["author\x01x"], ["Jane Doe"]), (["author\x01x", "author\x01x"], [])],
)
def test_byline_id_with_a_control_character(ids: list[str], expected: list[str]) -> None:
    """A tree parsed from the raw markup keeps a control character in an id, which lxml
    refuses as an XPath variable: the id's uniqueness is still read (one byline; a repeated
    id marks a list's items, none of them the page's byline)."""
    credit = "".join(f'<div id="{ident}">Jane Doe</div>' for ident in ids)
    tree = lxml.html.fromstring(_ARTICLE.format(credit=credit))
    assert tree.find(".//div").get("id") == ids[0]
    assert byline_near(tree.find(".//h1")) == expected


def _credit(count: int) -> str:
    return ", ".join(f"Jane{index:05d} Doe" for index in range(count))


def test_a_credit_is_read_up_to_the_cap() -> None:
    """The first parts of a long credit are kept whole, the rest left out and said so."""
    read, cut = capped_credit([_credit(3), _credit(MAX_CREDIT_NAMES)])
    assert cut
    assert read[0] == _credit(3)
    assert read[1] == _credit(MAX_CREDIT_NAMES - 3)
    assert capped_credit([_credit(MAX_CREDIT_NAMES)]) == ([_credit(MAX_CREDIT_NAMES)], False)


def test_a_meta_author_of_thousands_of_names_is_read_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A meta author of 20,000 names: the names tested are bounded by the cap (each test costs
    about 0.3 ms; all of them took 6 s), the page counted as capped, no exception."""
    tested = 0
    real_is_name = names.is_name

    def counted(*args: Any, **kwargs: Any) -> bool:
        nonlocal tested
        tested += 1
        return real_is_name(*args, **kwargs)

    monkeypatch.setattr(names, "is_name", counted)
    html = (
        f'<html><head><meta name="author" content="{_credit(20_000)}"></head>'
        + _ARTICLE.format(credit="")[6:]
    )
    tree = parse_html(html)
    assert tree is not None
    meta = resolve_metadata(tree, "https://news.example/story", html=html)
    assert tested <= 20 * MAX_CREDIT_NAMES
    assert "authors_capped" in meta.skipped


def _tree(html: str) -> lxml.html.HtmlElement:
    tree = parse_html(html)
    assert tree is not None
    return tree


def _ld_json_page(entities: int) -> str:
    """An article page whose JSON-LD @graph holds ``entities`` people, the article first."""
    graph = [
        {"@type": "NewsArticle", "headline": "Storm floods the harbour of the old town"},
        *({"@type": "Person", "name": f"Jane{index:05d} Doe"} for index in range(entities - 1)),
    ]
    script = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return _ARTICLE.replace(
        "<html>", f'<html><head><script type="application/ld+json">{script}</script></head>'
    )


def test_json_ld_past_the_page_cap_is_left_unread() -> None:
    """A JSON-LD of 50,000 entities (3 MB): not parsed, no entity of it read, counted; the
    page's text still stored."""
    html = _ld_json_page(50_000)
    assert len(html) > MAX_LD_JSON_CHARS
    facts = gather(_tree(html), "https://news.example/story")
    assert facts.entities == []
    assert facts.ld_json_texts == []
    assert facts.skipped == ["ld_json_capped"]
    result = analyze_page(PageJob("https://news.example/story", html, min_text_chars=0))
    assert result.drop is None
    assert result.counts["meta/ld_json_capped"] == 1
    # trafilatura's JSON-LD reader, ours in extractor_meta, keeps to the same cap.
    assert result.counts["meta/ld_json_capped_extractor"] == 1


def test_json_ld_entities_past_the_cap_are_left_out() -> None:
    """Entities under the character cap but past the entity cap: the first kept, counted."""
    html = _ld_json_page(MAX_LD_JSON_ENTITIES + 500)
    assert len(html) < MAX_LD_JSON_CHARS
    facts = gather(_tree(html), "https://news.example/story")
    assert len(facts.entities) == MAX_LD_JSON_ENTITIES
    assert facts.entities[0]["@type"] == "NewsArticle"
    assert facts.skipped == ["ld_json_entities_capped"]


_PAYWALLED = {
    "@type": "NewsArticle",
    "headline": "Storm floods the harbour of the old town",
    "isAccessibleForFree": False,
    "articleBody": "The storm came in at night.\nThe harbour flooded by morning.",
}


def test_json_ld_is_parsed_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The entities, the paywall declaration and the articleBody read one parse of the script
    (three before: 3 MB of JSON-LD cost three parses)."""
    script = json.dumps(_PAYWALLED)
    html = _ARTICLE.replace(
        "<html>", f'<html><head><script type="application/ld+json">{script}</script></head>'
    )
    parsed: list[str] = []
    real_loads = json.loads

    def counted(text: str | bytes, **kwargs: Any) -> Any:
        if len(text) >= len(script):
            parsed.append(str(text))
        return real_loads(text, **kwargs)

    tree = _tree(html)
    monkeypatch.setattr(json, "loads", counted)
    facts = gather(tree, "https://news.example/story")
    signals = read_signals(tree, None, None, facts.ld_json_texts)
    assert article_body(signals) == [
        "The storm came in at night.",
        "The harbour flooded by morning.",
    ]
    assert signals.accessible_for_free is False
    assert facts.entities == [_PAYWALLED]
    assert parsed == [script]


@pytest.mark.parametrize(
    ("script", "free", "body"),
    [
        # A raw control character in a string: the strict reading refuses it (the declaration
        # read by its pattern), the lenient one reads the body.
        ('{"isAccessibleForFree": "false", "hasPart": {}, "articleBody": "A\x01B"}', False, True),
        # In comment markers: only the lenient reading takes them off.
        ('<!--{"isAccessibleForFree": true, "articleBody": "AB"}-->', True, True),
        # Other whitespace than JSON's inside the comment markers: neither reading parses it.
        ('<!--\xa0{"isAccessibleForFree": false, "articleBody": "AB"}-->', False, False),
        # Pretty-printed, an escaped line break in the body: both read it.
        ('{\n "isAccessibleForFree": false,\n "articleBody": "A\\nB"\n}', False, True),
    ],
)
def test_one_parse_keeps_each_readers_reading(script: str, free: bool, body: bool) -> None:
    """Each reader reads the one parse as it read its own: the paywall strictly, with its
    pattern where that fails; the articleBody leniently, with nothing where that fails."""
    html = _ARTICLE.replace(
        "<html>", f'<html><head><script type="application/ld+json">{script}</script></head>'
    )
    tree = _tree(html)
    given = read_signals(tree, None, None, gather(tree, "https://news.example/story").ld_json_texts)
    assert given.accessible_for_free is free
    assert bool(article_body(given)) is body
    assert given == read_signals(tree, None, None)
