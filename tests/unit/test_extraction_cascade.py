"""pipelines/text/extraction.py runs trafilatura's cascade itself and finds the same text.

``_extract_text`` replaces ``trafilatura.bare_extraction`` for our options so that the recall
escalation can ask a cheap bound on the page's text before running html2txt. Checked on the
committed real pages and on pages made to escalate: the text is the one bare_extraction gives,
fast and in full, and the bound is never below html2txt's length. A trafilatura upgrade that
changes its cascade fails here.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from trafilatura.baseline import html2txt
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH

from pipelines.text import extraction
from pipelines.text.extraction import (
    _extract_text,
    _kept_text_bound,
    _options,
    _page_text_bound,
    _pruned,
    parse_html,
)
from tests.conftest import FIXTURES, SITE

PAGES = sorted((FIXTURES / "text").glob("*.html.gz")) + sorted((SITE / "articles").glob("*.html"))

# A short text in a page of much more: trafilatura's recall escalation runs on it.
_LINKS = "".join(
    f"<div class='teaser'><a href='/n/{i}'>Headline number {i} of the day's other news"
    f"</a><span>Some words about story {i} that a front page shows</span></div>"
    for i in range(120)
)
ESCALATING = (
    "<html><head><title>Short</title></head><body><div class='wrap'>"
    "<article><p>Only one short paragraph of an article, long enough to keep but not more "
    "than a few words of the page around it, which is mostly links.</p></article>"
    f"<div class='more'>{_LINKS}</div><script>var x = '{'y' * 5000}';</script>"
    "</div></body></html>"
)


# Pages that trafilatura's raw-tree prune changes: follow-up articles of an infinite scroll,
# share buttons.
_STORY = "<p>" + " ".join(
    f"Sentence {i} of the story, which goes on for a while." for i in range(30)
)
PRUNED = {
    "infinite-scroll": (
        f"<html><body><div class='post'><h1>Story</h1>{_STORY}</p></div>"
        f"<div class='infinite-scroll'><h2>Next story</h2>{_STORY} More.</p></div></body></html>"
    ),
    "mvp-post-add": (
        f"<html><body><div id='main'><h1>Story</h1>{_STORY}</p></div>"
        f"<div id='mvp-post-add-box'><h1>Other</h1>{_STORY} Other.</p></div></body></html>"
    ),
    "share-buttons": (
        f"<html><body><article><h1>Story</h1>{_STORY}</p><section class='x "
        "elementor-share-buttons'><p>Share this story on every network there is</p>"
        "</section></article></body></html>"
    ),
}


# Pruned pages read again after the extraction, which spent the pruned copy: one escalates,
# one is rescued by the baseline (a text under trafilatura's minimum size).
_COMMENTS = "<div class='comments'><p>A reader's comment on the story.</p></div>"
PRUNED_AND_READ_AGAIN = {
    "escalating-pruned": ESCALATING.replace("</article>", f"</article>{_COMMENTS}"),
    "rescued-pruned": (
        "<html><body><div><p>Too short a text.</p><span>Loose words beside it, of a page "
        "that marks no paragraph, which the baseline still reads as text.</span></div>"
        f"{_COMMENTS}<div class='infinite-scroll'><p>Next.</p></div></body></html>"
    ),
}


def _read(path: Path) -> str:
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", "replace")


def _cases() -> list[tuple[str, str]]:
    return [
        *((p.name, _read(p)) for p in PAGES),
        ("escalating", ESCALATING),
        *PRUNED.items(),
        *PRUNED_AND_READ_AGAIN.items(),
    ]


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "full"])
@pytest.mark.parametrize("case", _cases(), ids=lambda c: c[0])
def test_same_text_as_bare_extraction(case: tuple[str, str], fast: bool) -> None:
    name, html = case
    tree = parse_html(html)
    assert tree is not None
    before = etree.tostring(tree)
    options = _options(fast, metadata=False)
    options.url = options.source = f"https://{name}/article"
    ours = _extract_text(tree, options)
    assert etree.tostring(tree) == before
    doc = trafilatura.bare_extraction(tree, options=options)
    theirs = doc.text if isinstance(doc, trafilatura.settings.Document) else None
    assert (ours or None) == (theirs or None)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c[0])
def test_bound_is_never_below_the_page_text(case: tuple[str, str]) -> None:
    tree = parse_html(case[1])
    assert tree is not None
    assert _page_text_bound(tree) >= len(html2txt(tree))


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c[0])
def test_the_kept_text_bound_is_never_below_the_page_text(case: tuple[str, str]) -> None:
    tree = parse_html(case[1])
    assert tree is not None
    bound = _kept_text_bound(tree)
    assert bound >= len(html2txt(tree))
    assert bound >= len(html2txt(_pruned(tree)))


# A short article beside a long script, a hidden footer of words and indented markup: the
# first bound counts the footer and every space, the second leaves the footer out and counts
# one space a word, and settles the escalation test without html2txt.
_INDENT = "\n" + " " * 40
SETTLED_BY_WORDS = (
    "<html><body><div class='wrap'><article><p>Only one short paragraph of an article, long "
    "enough to keep but not more than a few words of the page around it.</p></article>"
    + "".join(
        f"{_INDENT}<div class='x'>{_INDENT}<span>word{i}</span>{_INDENT}</div>" for i in range(40)
    )
    + f"<footer>{' '.join(['footer'] * 400)}</footer>"
    "<script>var a = 1;</script></div></body></html>"
)


def _escalation_calls(html: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def counted_text(tree: etree._Element) -> str:
        calls.append("html2txt")
        return html2txt(tree)

    monkeypatch.setattr(extraction, "html2txt", counted_text)
    tree = parse_html(html)
    assert tree is not None
    options = _options(True, metadata=False)
    options.url = options.source = "https://example.org/article"
    _extract_text(tree, options)
    return calls


def test_the_kept_text_bound_settles_what_the_first_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tree = parse_html(SETTLED_BY_WORDS)
    assert tree is not None
    text = _extract_text(tree, _options(True, metadata=False))
    assert text is not None
    # The first bound leaves it open, the second settles it (the text covers a fifth of it).
    assert len(text) < 0.2 * _page_text_bound(tree)
    assert len(text) >= 0.2 * _kept_text_bound(tree)
    assert _escalation_calls(SETTLED_BY_WORDS, monkeypatch) == []


def test_a_page_of_more_words_still_asks_html2txt(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _escalation_calls(ESCALATING, monkeypatch) == ["html2txt"]


def test_a_body_inside_a_cleaned_element_gets_the_first_bound() -> None:
    tree = parse_html(SETTLED_BY_WORDS)
    assert tree is not None
    body = tree.find(".//body")
    assert body is not None
    aside = etree.SubElement(tree, "aside")
    aside.append(body)
    assert _kept_text_bound(tree) == _page_text_bound(tree)


def test_the_sample_takes_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """On some pages that could escalate the bound alone settles it; the escalating page
    needs html2txt."""
    calls: list[str] = []

    def counted_bound(tree: etree._Element) -> int:
        calls.append("bound")
        return _page_text_bound(tree)

    def counted_text(tree: etree._Element) -> str:
        calls.append("html2txt")
        return html2txt(tree)

    monkeypatch.setattr(extraction, "_page_text_bound", counted_bound)
    monkeypatch.setattr(extraction, "html2txt", counted_text)
    options = _options(True, metadata=False)
    settled = 0
    for name, html in _cases():
        tree = parse_html(html)
        assert tree is not None
        options.url = options.source = f"https://{name}/article"
        calls.clear()
        _extract_text(tree, options)
        if name == "escalating":
            assert calls == ["bound", "html2txt"]
        settled += calls == ["bound"]
    assert settled >= 5, settled


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "full"])
@pytest.mark.parametrize("name", sorted(PRUNED_AND_READ_AGAIN))
def test_a_spent_pruned_copy_is_pruned_again_where_it_is_read(
    name: str, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    pruned: list[bool] = []
    prune = extraction._pruned

    def counted(tree: etree._Element) -> etree._Element:
        page = prune(tree)
        pruned.append(page is not tree)
        return page

    monkeypatch.setattr(extraction, "_pruned", counted)
    tree = parse_html(PRUNED_AND_READ_AGAIN[name])
    assert tree is not None
    options = _options(fast, metadata=False)
    options.url = options.source = f"https://{name}/article"
    _extract_text(tree, options)
    # The first copy went to the extraction; the rescue or the escalation read a second.
    assert pruned == [True, True]


@pytest.mark.parametrize("name", sorted(PRUNED))
def test_raw_prune_hint_finds_what_the_prune_removes(name: str) -> None:
    tree = parse_html(PRUNED[name])
    assert tree is not None
    assert any(expression(tree) for expression in RAW_TREE_PRUNE_XPATH)
    assert extraction._RAW_PRUNE_HINT(tree)


def test_raw_prune_is_the_one_the_hint_was_written_for() -> None:
    """The hint's substrings cover these expressions; an upgrade that changes them fails."""
    paths = [" ".join(expression.path.split()) for expression in RAW_TREE_PRUNE_XPATH]
    assert paths == [
        ".//*[self::div or self::section or self::aside][ "
        "re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll') or "
        "re:test(@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')][ "
        "not(.//h1) or re:test(@id, 'mvp-post-add-(?:box|wrap)') or "
        "re:test(@class, 'mvp-post-add-(?:box|wrap)')]",
        ".//*[self::div or self::section or self::aside]"
        "[contains(@class, 'elementor-share-buttons')]",
    ]
