import json

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from pipelines.text.extraction import declared_language, extract_article, parse_html
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
