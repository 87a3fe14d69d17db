import importlib

import pytest
import trafilatura.xpaths
from lxml.etree import XPath
from lxml.html import fromstring

from pipelines.text import extraction
from pipelines.text.xpathguard import guard_trafilatura, guarded, guarded_path, written_paths

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


def test_trafilaturas_lists_hold_the_guarded_expressions_once() -> None:
    # Importing extraction guarded them; guarding again changes nothing.
    assert extraction.guard_trafilatura is guard_trafilatura
    before = list(trafilatura.xpaths.OVERALL_DISCARD_XPATH)
    guard_trafilatura()
    assert before == trafilatura.xpaths.OVERALL_DISCARD_XPATH
    for xpath in before:
        assert xpath.path.count("and re:test(") == xpath.path.count("re:test(")
    assert all(guarded(x) is x for x in trafilatura.xpaths.BODY_XPATH)
    # As trafilatura writes them, for the checks that its expressions did not change.
    written = written_paths("OVERALL_DISCARD_XPATH")
    assert all("and re:test(" not in path for path in written)
    assert [guarded_path(path) for path in written] == [x.path for x in before]


def test_the_baseline_cleaning_removes_what_trafilaturas_removes() -> None:
    baseline = importlib.import_module("trafilatura.baseline")
    (written,) = written_paths("BASIC_CLEAN_XPATH")
    assert "and re:test(" not in written
    assert baseline.BASIC_CLEAN_XPATH.path == guarded_path(written)
    page = fromstring(
        "<html><body><p>Story.</p><div class='Cookie-Banner'>We use cookies.</div>"
        "<div id='onetrust-consent'>Accept</div><div class='cookies-not-set'><p>Body.</p></div>"
        "<div id='x'>Kept.</div><div class='site-footer'>Footer.</div></body></html>"
    )
    found = baseline.BASIC_CLEAN_XPATH(page)
    assert found == XPath(written, namespaces=_NS)(page)
    assert [e.text for e in found] == ["We use cookies.", "Accept", "Footer."]
