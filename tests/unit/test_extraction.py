import json
from copy import copy

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.baseline import baseline
from trafilatura.htmlprocessing import delete_element
from trafilatura.utils import INVALID_XML_CHARS, load_html
from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH

from pipelines.text import extraction
from pipelines.text.extraction import (
    comment_sections,
    declared_language,
    extract_article,
    parse_html,
    read_page,
)
from pipelines.text.structured import well_formed
from tests.conftest import DEMO_SITE, SITE

EXPECTED = json.loads((SITE / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_stored_pages_keep_the_article_and_drop_the_chrome(page: str) -> None:
    case = EXPECTED[page]
    html = (SITE / page).read_bytes().decode("utf-8", "replace")
    extracted = extract_article(html, case["origin"])
    assert extracted is not None
    for snippet in case["with"]:
        if snippet in case.get("extraction_misses", ()):
            continue
        assert snippet in extracted.text, snippet
    for snippet in case["without"]:
        if snippet in case.get("extraction_leaks", ()):
            continue
        assert snippet not in extracted.text, snippet
    assert extracted.title
    assert extracted.date


def test_metadata_of_a_demo_page() -> None:
    html = (DEMO_SITE / "artikel-001.html").read_text(encoding="utf-8")
    extracted = extract_article(html, "http://127.0.0.1/articles/artikel-001.html")
    assert extracted is not None
    assert extracted.title == "NATO bestätigt Präsenz nordkoreanischer Soldaten in der Region Kursk"
    assert extracted.author == "Anna Berger"
    assert extracted.sitename == "Nordkurier Demo"
    assert extracted.language == "de"
    assert extracted.date == "2024-11-01"


def test_no_article_and_bad_input() -> None:
    assert extract_article("", "http://x.example/") is None
    assert extract_article("<html><body></body></html>", "http://x.example/") is None
    nav_only = extract_article("<html><body><nav>Start</nav></body></html>", "http://x.example/")
    assert nav_only is None or len(nav_only.text.strip()) < 10
    with pytest.raises(TypeError):
        extract_article(b"<html></html>", "http://x.example/")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ('<html lang="de-DE">', "de"),
        ("<html xml:lang='en' lang=en>", "en"),
        ('<html><meta http-equiv="Content-Language" content="fr-FR">', "fr"),
        ('<html><meta property="og:locale" content="es_ES">', "es"),
        ("<html>", None),
    ],
)
def test_declared_language(head: str, lang: str | None) -> None:
    assert declared_language(head) == lang


_FORM_PAGE = (
    "<!DOCTYPE html><html><head><title>T</title></head><body><form action='/s'>"
    "<label for='q'>Search</label><input id='q' name='q'><select><option>a</option></select>"
    "<textarea>x</textarea></form><p>Some text &amp; more.</p><!-- gone --></body></html>"
)


@pytest.mark.parametrize(
    "html",
    [
        _FORM_PAGE,
        next((SITE / "articles").glob("*.html")).read_text(encoding="utf-8"),
        "<p>one fragment</p>",  # one top element: trafilatura's own checks decide
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared</p></body></html>",
        "plain text, no markup at all",
        # Parsed from UTF-8 bytes: a charset the page declares must not change how it reads.
        "<!DOCTYPE html><html><head><meta charset='iso-8859-1'><title>Grüße</title></head>"
        "<body><p>Café – “quoted” 日本語 €</p></body></html>",
        "\ufeff<!DOCTYPE html><html><head><meta http-equiv='Content-Type' "
        "content='text/html; charset=shift_jis'></head><body><p>naïve</p></body></html>",
        # What trafilatura repairs: invalid characters, an XHTML doctype, a self-closing <html/>.
        "<!DOCTYPE html><html><body><p>bell\x07 and \ufffe gone</p></body></html>",
        "<!DOCTYPE html><html><body><p>\ufffe and \uffff gone</p></body></html>",
        "<!DOCTYPE html><html><body><p>only \uffff gone</p></body></html>",
        # In a text whose widest character is wider than them, and in one of Latin-1 alone.
        "<!DOCTYPE html><html><body><p>\U0001f600 and \ufffe gone</p></body></html>",
        "<!DOCTYPE html><html><body><p>caf\xe9, no such character</p></body></html>",
        # Beside them (the same first two bytes in UTF-8), but kept: parsed from the bytes.
        "<!DOCTYPE html><html><body><p>kept \ufffd and \uff21</p></body></html>",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        "<html><head><title>x</title></head><body><p>xhtml</p></body></html>",
        "<!DOCTYPE html>\n<html lang='en'/>\n<head><title>x</title></head><body><p>y</p></body>",
    ],
)
def test_parse_html_gives_the_tree_trafilatura_parses(html: str) -> None:
    """The cheaper element lookup changes no element: same markup out, only HtmlElements."""
    ours = parse_html(html)
    theirs = load_html(html)
    if theirs is None:
        assert ours is None
        return
    assert ours is not None
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert all(type(e) is HtmlElement for e in ours.iter(etree.Element))


def test_the_bytes_test_finds_each_character_trafilatura_repairs_and_no_other() -> None:
    """The page's bytes are asked for each invalid character with a scan in C (they were
    copied a byte at a time by ``bytes.translate``): every one-byte character trafilatura's
    repair deletes is found, in a page's middle as at its ends, and no other byte is."""
    for code in range(0x80):
        deleted = INVALID_XML_CHARS.search(chr(code)) is not None
        for data in (
            bytes([code]),
            b"<p>a" + bytes([code]) + b"b</p>",
            b"x" * 5000 + bytes([code]),
        ):
            assert extraction._holds_invalid_byte(data) is deleted, code
    assert not extraction._holds_invalid_byte("<p>caf\u00e9 \u65e5\u672c</p>".encode())


@pytest.mark.parametrize("code", [*range(0x20), 0x7F])
def test_a_page_with_a_control_character_parses_as_trafilatura_parses_it(code: int) -> None:
    html = f"<!DOCTYPE html><html><body><p>a{chr(code)}b</p><p>after</p></body></html>"
    ours, theirs = parse_html(html), load_html(html)
    assert ours is not None and theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<html><body><p>lone \ud800 surrogate</p><p>after</p></body></html>",
            "lone \ufffd surrogate",
        ),
        (
            "<html><body><p>low \udc00\udc00 twice</p><p>after</p></body></html>",
            "low \ufffd\ufffd twice",
        ),
        # A pair of surrogates is the character it encodes, as a UTF-16 reader reads it.
        ("<html><body><p>pair \ud83d\ude00</p><p>after</p></body></html>", "pair \U0001f600"),
        # The repair's path (an XHTML doctype), and an XML declaration's.
        (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            "<html><head><title>x</title></head><body><p>x \ud800 y</p><p>after</p></body></html>",
            "x \ufffd y",
        ),
        (
            "<?xml version='1.0' encoding='utf-8'?><html><body><p>x \ud800 y</p><p>after</p>"
            "</body></html>",
            "x \ufffd y",
        ),
    ],
)
def test_lone_surrogates_are_read_as_replacement_characters(html: str, text: str) -> None:
    # load_html ends the page at a lone surrogate ("lone " and nothing after), and resiliparse
    # and the stored copy raise on one: the page was lost (news/extract/error).
    page, tree = read_page(html)
    assert tree is not None
    assert [p.text for p in tree.iter("p")] == [text, "after"]
    assert page == well_formed(html)
    assert "\ufffd" in page or "\U0001f600" in page
    page.encode("utf-8")


def test_well_formed_leaves_valid_text_as_it_is() -> None:
    for text in ["plain ascii", "Grüße – “quoted” 日本語 🙂 \ufffd", ""]:
        assert well_formed(text) is text


_COMMENT_PAGE = (
    "<html><head><title>t</title></head><body><article><p>text</p>"
    "<div id='comments'><p>a</p><div class='comment-body'>nested</div></div>"
    "<div id='commentary'>an essay, kept</div><section class='Comments'>s</section>"
    "<div class='x post-comments'>p</div><ul class='comment-list'><li>l</li></ul>"
    "<ol id='disqus_thread'><li>only a div or section with this id</li></ol>"
    "<div id='disqus_thread'>d</div><details id='comol'>c</details><list class='comment'>x</list>"
    "<span class='comments'>not a section</span><div class='no-comments'>kept</div>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "html",
    [_COMMENT_PAGE, *(p.read_text(encoding="utf-8") for p in sorted(SITE.glob("**/*.html")))],
)
def test_comment_sections_are_what_trafilatura_prunes(html: str) -> None:
    tree = parse_html(html)
    assert tree is not None
    (expression,) = REMOVE_COMMENTS_AND_LISTS_XPATH
    expected = expression(tree)
    found = comment_sections(tree)
    assert [id(e) for e in found] == [id(e) for e in expected]
    if html is _COMMENT_PAGE:
        assert len(found) == 8


@pytest.mark.parametrize(
    ("attribute", "unmarked"),
    [
        ("class='story'", True),
        ("class='infinite-scroll'", False),
        ("id='mvp-post-add-main'", False),
        ("class='infin&#105;te'", False),  # a reference spells a letter of one
        ("class='elementor&#x2D;share-buttons'", False),
        ("class='story &#8217;'", True),
        ("class='&#8217;&fjlig;'", False),  # the ligature after a reference that spells none
    ],
)
def test_a_source_without_raw_prune_marks_skips_the_hint(attribute: str, unmarked: bool) -> None:
    html = f"<html><head><title>t</title></head><body><div {attribute}><p>x</p></div></body></html>"
    tree = parse_html(html)
    assert tree is not None
    assert (tree in extraction._UNMARKED) is unmarked
    # Never skipped where the hint finds a mark.
    assert not (unmarked and extraction._RAW_PRUNE_HINT(tree))
    if not unmarked and "&#8217;" not in attribute:
        assert extraction._RAW_PRUNE_HINT(tree)


def test_a_source_with_the_one_named_reference_for_ascii_letters_is_searched() -> None:
    # libxml2 reads HTML5's &fjlig; as "fj": a source holding it is never taken as unmarked.
    html = "<html><head><title>t</title></head><body><div class='&fjlig;'><p>x</p></div></body>"
    tree = parse_html(html)
    assert tree is not None
    assert tree not in extraction._UNMARKED


def test_the_pruned_copy_loses_the_comment_sections_found_on_the_page() -> None:
    tree = parse_html(_COMMENT_PAGE)
    assert tree is not None
    page = extraction._pruned(tree)
    assert page is not tree
    # The same as walking the copy for them again, and the page itself keeps them all.
    again = copy(tree)
    for element in comment_sections(again):
        delete_element(element)
    assert etree.tostring(page) == etree.tostring(again)
    assert b"nested" not in etree.tostring(page) and b"an essay, kept" in etree.tostring(page)
    assert len(comment_sections(tree)) == 8


def test_a_page_of_one_fragment_loses_its_comment_section() -> None:
    # Found by fuzzing: a page of one <div> is read as that element, under an <html> and a
    # <body> the parser made up; its comment section was looked for in the copy by its place
    # under the made-up root (IndexError, the page lost).
    tree = parse_html("<div id='main'><p>Story</p><div id='comments'><p>c</p></div></div>")
    assert tree is not None and tree.tag == "div"
    assert etree.tostring(extraction._pruned(tree)) == b'<div id="main"><p>Story</p></div>'


def test_a_counterpart_is_the_element_at_the_same_place_in_the_copy() -> None:
    tree = parse_html(_COMMENT_PAGE)
    assert tree is not None
    copied = copy(tree)
    for element in tree.iter():
        twin = extraction._counterpart(element, tree, copied)
        assert twin is not element
        assert (twin.tag, twin.get("id"), twin.get("class"), twin.text) == (
            element.tag,
            element.get("id"),
            element.get("class"),
            element.text,
        )
    assert extraction._counterpart(tree, tree, copied) is copied


def test_a_page_without_comment_sections_is_not_copied() -> None:
    tree = parse_html(
        "<html><body><article><p>text</p><div id='commentary'>kept</div></article></body></html>"
    )
    assert tree is not None
    assert extraction._pruned(tree) is tree


# --- a whole <article> read as one line ---------------------------------------------------------

_STORY_PAGE = (
    "<html><head><title>Tram</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<ul class='crumbs'><li><a href='/city'>City</a></li></ul>"
    "<h1>The tram comes to the harbour</h1><div class='by'>By Jane Doe</div>"
    "<div class='when'>Published on May 2, 2024</div>"
    "<p>The council approved the new tram line on Tuesday after a debate of four hours.</p>"
    "<p>Work on the <b>harbour</b> stop starts in spring, the planning office said.</p>"
    "<div class='more'><a href='/bridge'>The bridge reopens</a></div>"
    "</article></body></html>"
)
_STORY_LINES = [
    "City",
    "The tram comes to the harbour",
    "By Jane Doe",
    "Published on May 2, 2024",
    "The council approved the new tram line on Tuesday after a debate of four hours.",
    "Work on the harbour stop starts in spring, the planning office said.",
    "The bridge reopens",
]


def test_a_whole_article_read_as_one_line_is_cut_at_its_blocks() -> None:
    tree = parse_html(_STORY_PAGE)
    assert tree is not None
    # The line trafilatura's baseline rescue gives for the page's one <article>.
    _, line, _ = baseline(tree)
    assert line == " ".join(_STORY_LINES)
    assert extraction.article_lines(tree, line) == "\n".join(_STORY_LINES)
    # Lines around it that are no article's text stay as they are.
    text = f"A line of another box.\n{line}"
    assert extraction.article_lines(tree, text) == "\n".join(
        ["A line of another box.", *_STORY_LINES]
    )


@pytest.mark.parametrize(
    "text",
    [
        # Part of the article only: trafilatura's own paragraphs, not the baseline's line.
        "The council approved the new tram line on Tuesday after a debate of four hours.",
        # More lines than the baseline gives for a page of one article.
        "\n".join(_STORY_LINES[:4]),
    ],
)
def test_a_text_that_is_not_a_whole_article_stays(text: str) -> None:
    tree = parse_html(_STORY_PAGE)
    assert tree is not None
    assert extraction.article_lines(tree, text) == text


def test_a_page_without_article_element_stays() -> None:
    tree = parse_html(_STORY_PAGE.replace("<article>", "<div>").replace("</article>", "</div>"))
    assert tree is not None
    line = " ".join(_STORY_LINES)
    assert extraction.article_lines(tree, line) == line


def test_the_cut_article_is_the_extracted_text_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    tree = parse_html(_STORY_PAGE)
    assert tree is not None
    _, line, _ = baseline(tree)
    # The cascade's answer on a page whose main extraction found too little: the rescue's line.
    monkeypatch.setattr(extraction, "_extract_text", lambda tree, options: line)
    extracted = extraction.extract_from_tree(tree, _STORY_PAGE, "https://example.org/tram")
    assert extracted is not None
    assert extracted.text == "\n".join(_STORY_LINES)
    assert extracted.counts["text/extract/article_lines"] == 1
