import importlib

import pytest
import trafilatura.xpaths
from lxml.etree import XPath
from lxml.html import HtmlElement, fromstring
from trafilatura.settings import Extractor

from pipelines.text import extraction
from pipelines.text.xpathguard import guarded, guarded_path, guarded_xpaths

_NS = {"re": trafilatura.xpaths.REGEXP_NS}
# Every combination of the two attributes, a value that matches and one that does not, an empty
# value, and the order of the attributes (``@id|@class`` tests the first in the source).
_PAGE = """<html><body>
<div id="d0">plain</div>
<div id="share-box" class="x">id only matches</div>
<div id="d2" class="share-row">class only matches</div>
<div class="social">class alone</div>
<div id="">empty id</div>
<div class="">empty class</div>
<div class="cookie-note" id="main">class first</div>
<div id="main2" class="cookie-note">id first</div>
<p>no attributes</p><span>none either</span>
</body></html>"""


def _ids(xpath: XPath) -> list[str]:
    return [e.text for e in xpath(fromstring(_PAGE))]


@pytest.mark.parametrize(
    "path",
    [
        ".//div[re:test(@id, '^shar|social') or re:test(@class, 'share-|social')]",
        ".//*[re:test(@id|@class, 'cookie')]",
        ".//*[re:test(@class, 'SOCIAL', 'i')]",
        ".//*[not(re:test(@class, 'share'))]",
        ".//*[self::div or self::p or self::span][re:test(@id, 'main') or @class='x']",
    ],
)
def test_guarded_tests_select_what_trafilaturas_select(path: str) -> None:
    original = XPath(path, namespaces=_NS)
    again = guarded(original)
    assert again is not original
    assert "and re:test(" in again.path
    assert _ids(again) == _ids(original)


def test_the_guard_asks_for_each_attribute_a_test_reads() -> None:
    assert (
        guarded_path("re:test(@id|@class, 'a')") == "((@id or @class) and re:test(@id|@class, 'a'))"
    )
    assert guarded_path("re:test(@class, 'a', 'i')") == "((@class) and re:test(@class, 'a', 'i'))"


def test_a_pattern_that_matches_nothing_keeps_its_test_unguarded() -> None:
    # "x?" matches the empty string: an element without the attribute passes the test, and a
    # guard would leave it out.
    original = XPath(".//*[re:test(@class, 'x?')]", namespaces=_NS)
    assert guarded(original) is original
    assert "no attributes" in _ids(original)
    assert guarded_path("re:test(@class, '^$|news')") == "re:test(@class, '^$|news')"


def test_trafilatura_reads_the_guarded_expressions_only_inside_the_block() -> None:
    own = list(trafilatura.xpaths.OVERALL_DISCARD_XPATH)
    body = [x.path for x in trafilatura.xpaths.BODY_XPATH]
    assert all("and re:test(" not in xpath.path for xpath in own)
    with guarded_xpaths():
        inside = list(trafilatura.xpaths.OVERALL_DISCARD_XPATH)
        assert [x.path for x in inside] == [guarded_path(x.path) for x in own]
        assert [x.path for x in trafilatura.xpaths.BODY_XPATH] == list(map(guarded_path, body))
    assert own == trafilatura.xpaths.OVERALL_DISCARD_XPATH
    # Also where the block is left by an exception.
    with pytest.raises(ValueError), guarded_xpaths():
        raise ValueError
    assert own == trafilatura.xpaths.OVERALL_DISCARD_XPATH


def test_our_extraction_reads_the_guarded_expressions(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    extract = extraction._extract_text

    def spy(tree: HtmlElement, options: Extractor) -> str | None:
        seen.append(trafilatura.xpaths.OVERALL_DISCARD_XPATH[0].path)
        return extract(tree, options)

    monkeypatch.setattr(extraction, "_extract_text", spy)
    page = f"<html><body><article><p>{'A sentence of the story. ' * 20}</p></article></body></html>"
    assert extraction.extract_article(page, "https://example.org/a") is not None
    assert seen and "and re:test(" in seen[0]
    assert "and re:test(" not in trafilatura.xpaths.OVERALL_DISCARD_XPATH[0].path


def test_the_baseline_cleaning_removes_what_trafilaturas_removes() -> None:
    baseline = importlib.import_module("trafilatura.baseline")
    own = baseline.BASIC_CLEAN_XPATH
    page = fromstring(
        "<html><body><p>Story.</p><div class='Cookie-Banner'>We use cookies.</div>"
        "<div id='onetrust-consent'>Accept</div><div class='cookies-not-set'><p>Body.</p></div>"
        "<div id='x'>Kept.</div><div class='site-footer'>Footer.</div></body></html>"
    )
    with guarded_xpaths():
        assert baseline.BASIC_CLEAN_XPATH.path == guarded_path(own.path) != own.path
        found = baseline.BASIC_CLEAN_XPATH(page)
    assert baseline.BASIC_CLEAN_XPATH is own
    assert found == own(page)
    assert [e.text for e in found] == ["We use cookies.", "Accept", "Footer."]
