"""pipelines/text/extractor_meta.py reads what trafilatura's own metadata reader reads.

Checked on the committed real pages (tests/fixtures/text, tests/fixtures/site): every field the
crawl stores or weighs is the same as ``trafilatura.metadata.extract_metadata`` gives, and the
page's tree, shared with the other readers, is left as it was. A trafilatura upgrade that
changes its reader fails here.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.json_metadata import normalize_json
from trafilatura.metadata import (
    JSON_MINIFY,
    extract_author,
    extract_catstags,
    extract_meta_json,
    extract_metadata,
)
from trafilatura.settings import Document
from trafilatura.xpaths import AUTHOR_XPATHS

from pipelines.text.extraction import _options, parse_html
from pipelines.text.extractor_meta import (
    _cats_or_tags,
    _json_ld_metadata,
    _may_name_author,
    _minified_json,
    _normalized_json,
    page_metadata,
)
from tests.conftest import FIXTURES, SITE

# trafilatura 2.3's byline expressions, whitespace-normalised: the substrings of
# extractor_meta's author hint are read off them.
AUTHOR_XPATHS_DIGEST = "52b3a4d1177c18bb"
KEPT = ("title", "author", "url", "date", "description", "sitename", "categories", "tags", "image")
PAGES = sorted((FIXTURES / "text").glob("*.html.gz")) + sorted((SITE / "articles").glob("*.html"))


def _read(path: Path) -> str:
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", "replace")


def test_the_sample_is_there() -> None:
    assert len(PAGES) >= 20


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_same_fields_as_trafilatura_and_tree_untouched(path: Path) -> None:
    html = _read(path)
    tree = parse_html(html)
    assert tree is not None
    url = f"https://{path.name.split('.html')[0]}/article"
    params = _options().date_params
    before = etree.tostring(tree)
    ours = page_metadata(tree, url, params)
    assert etree.tostring(tree) == before
    theirs = extract_metadata(tree, url, params)
    assert {f: getattr(ours, f) for f in KEPT} == {f: getattr(theirs, f) for f in KEPT}
    assert ours.license is None


def test_site_name_fallbacks() -> None:
    page = "<html><head><title>{}</title>{}</head><body><p>x</p><p>y</p></body></html>"
    params = _options().date_params
    for title, head, want in [
        ("Story", "<meta property='og:site_name' content='@newsdesk'>", "Newsdesk"),
        ("Story | example.org", "", "example.org"),
        ("Story", "", "news.example.net"),
    ]:
        tree = parse_html(page.format(title, head))
        assert tree is not None
        got = page_metadata(tree, "https://www.news.example.net/a/1", params).sitename
        assert got == want
        assert got == extract_metadata(tree, "https://www.news.example.net/a/1", params).sitename


# Pages on which trafilatura's category and tag searches find something: links to /category/
# and /tag/ pages in a post's meta block, and a section named in the head alone.
_CATS_TAGS = {
    "links": (
        "<html><head><title>t</title></head><body><div class='post-meta'>"
        "<a href='/category/politics/'>Politics</a> <a href='/category/cities/'>Cities</a>"
        "</div><p>text</p><div class='tags'><a href='/tags/budget/'>budget</a></div>"
        "</body></html>"
    ),
    "head": (
        "<html><head><meta property='article:section' content='Local news'></head>"
        "<body><p>text</p><a href='/other/'>x</a></body></html>"
    ),
}


@pytest.mark.parametrize("kind", ["category", "tag"])
@pytest.mark.parametrize(
    "case",
    [(p.name, _read(p)) for p in PAGES] + sorted(_CATS_TAGS.items()),
    ids=lambda c: c[0],
)
def test_categories_and_tags_as_trafilatura_finds_them(case: tuple[str, str], kind: str) -> None:
    tree = parse_html(case[1])
    assert tree is not None
    assert _cats_or_tags(kind, tree) == extract_catstags(kind, tree)


def test_categories_and_tags_found_on_the_made_pages() -> None:
    links, head = (parse_html(_CATS_TAGS[name]) for name in ("links", "head"))
    assert links is not None and head is not None
    assert _cats_or_tags("category", links) == ["Politics", "Cities"]
    assert _cats_or_tags("tag", links) == ["budget"]
    assert _cats_or_tags("category", head) == ["Local news"]


@pytest.mark.parametrize(
    "markup",
    [
        "<div class='article-author'>Jane Doe</div>",
        "<span class='byline'>By Jane Doe</span>",
        "<p id='Author'>Jane Doe</p>",
        "<a rel='author' href='/j'>Jane Doe</a>",
        "<span itemprop='author name'>Jane Doe</span>",
        "<div data-testid='AuthorCard'>Jane Doe</div>",
        "<div data-component='Byline'>Jane Doe</div>",
        "<h4 class='writer'>Jane Doe</h4>",
        "<author>Jane Doe</author>",
    ],
)
def test_author_markup_is_never_ruled_out(markup: str) -> None:
    tree = parse_html(f"<html><head><title>t</title></head><body>{markup}<p>x</p></body></html>")
    assert tree is not None
    assert extract_author(tree) is not None
    assert _may_name_author(tree)


def test_a_page_without_author_markup_is_ruled_out() -> None:
    tree = parse_html(
        "<html><head><title>t</title></head><body><div class='story' id='main'>"
        "<p class='lead'>Jane Doe wrote this.</p></div></body></html>"
    )
    assert tree is not None
    assert not _may_name_author(tree)
    assert extract_author(tree) is None


def test_author_hint_covers_the_expressions_it_was_written_for() -> None:
    """The hint's substrings cover these expressions; an upgrade that changes them fails."""
    paths = "\n".join(" ".join(x.path.split()) for x in AUTHOR_XPATHS)
    assert hashlib.sha256(paths.encode()).hexdigest()[:16] == AUTHOR_XPATHS_DIGEST


# Scripts whose minifying and normalising take each way: strings kept with their spaces, a
# quote escaped inside one, a quote that opens no string (its line ends in a backslash, which
# "\\." does not read across), Unicode spaces outside strings, escapes of lone and paired
# surrogates, of a line break and of markup.
JSON_SCRIPTS = (
    '{ "headline" : "Two  words" ,\n\t"name": "A \\"quoted\\" name" }',
    '{"a": "line ends in a backslash \\\n and goes on", "b": 1 }',
    '{\u00a0"a":\u2028"b"\u3000}',
    '{"author": "Ann \\ud800Lee \\ud83d\\ude00", "x": "\\n\\t<b>bold</b> &amp; more"}',
    '"unterminated  string',
    "",
)


@pytest.mark.parametrize("script", JSON_SCRIPTS)
def test_the_json_ld_steps_give_trafilaturas_text(script: str) -> None:
    minified = JSON_MINIFY.sub(r"\1", script)
    assert _minified_json(script) == minified
    assert _normalized_json(minified) == normalize_json(minified)


def test_surrogates_are_dropped_only_where_an_escape_is_read() -> None:
    # A backslash: the escapes are read and their lone surrogates dropped.
    assert _normalized_json('"\\ud800Ann\\u0020Lee"') == '"Ann Lee"'
    # None: the text is only stripped of markup and trimmed, its characters left as they are.
    assert _normalized_json('"<i>Ann</i>  Lee"') == '"Ann Lee"'


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_the_json_ld_reader_reads_what_trafilaturas_reads(path: Path) -> None:
    tree = parse_html(_read(path))
    assert tree is not None
    ours, theirs = _json_ld_metadata(tree, Document()), extract_meta_json(tree, Document())
    # Each document holds an empty body and comments element of its own.
    fields = [f for f in Document.__slots__ if f not in ("body", "commentsbody")]
    assert [getattr(ours, f) for f in fields] == [getattr(theirs, f) for f in fields]


@pytest.mark.parametrize(
    ("declared", "title", "categories"),
    [
        ('"headline": 5', "Haushalt", []),
        ('"headline": ["Haushalt im Rat"]', "Haushalt", []),
        ('"headline": "Rat", "articleSection": [5, "Politik"]', "Rat", ["Politik"]),
    ],
)
def test_json_ld_text_of_another_json_type_is_dropped_and_counted(
    declared: str, title: str, categories: list[str]
) -> None:
    # Found by fuzzing: trafilatura's JSON-LD reader took the number or the list as the title
    # (or a section), and the headline and tag rules raised on it: the page was lost.
    script = f'{{"@context": "https://schema.org", "@type": "NewsArticle", {declared}}}'
    html = (
        f'<html><head><title>Haushalt</title><script type="application/ld+json">{script}'
        "</script></head><body><h1>Haushalt</h1><p>Der Rat stimmt ab.</p></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    counts: Counter[str] = Counter()
    doc = page_metadata(tree, "https://news.example/haushalt", {}, counts)
    assert (doc.title, doc.categories) == (title, categories)
    assert counts == Counter({"meta/unreadable_jsonld": 1})
