"""trafilatura's XPaths with each regular-expression test skipped where its attribute is absent.

trafilatura finds boilerplate, bodies, bylines and comments with XPaths that test class and id
attributes by EXSLT regular expressions (``re:test(@class, '...')``). lxml runs each such test
in Python, for every element the XPath reaches, also for the elements that have no such
attribute: the test is then asked about the empty string. None of trafilatura's expressions
matches the empty string, so ``((@class) and re:test(@class, '...'))`` selects the same
elements, and libxml2 answers the attribute test in C: the prune of the page's boilerplate
(``OVERALL_DISCARD_XPATH``, a third of whose elements are paragraphs and spans without a class
or id) costs about a third less.

:func:`guard_trafilatura` replaces the expressions in trafilatura's own lists, in place: its
functions look them up there on every call. A test whose expression could match the empty
string keeps its form (then an absent attribute may match).
"""

from __future__ import annotations

import importlib
import re

import trafilatura.xpaths
from lxml.etree import XPath

# One EXSLT test of one attribute or of the first of several (``@id|@class``), with its pattern
# and optional flags: trafilatura's expressions quote both with apostrophes. One guarded
# already is left as it is.
_TEST = re.compile(r"(?<!\) and )re:test\((@[\w-]+(?:\|@[\w-]+)*), '([^']*)'(?:, '([a-z]*)')?\)")
# trafilatura.xpaths' lists whose expressions hold such tests.
_LISTS = (
    "AUTHOR_DISCARD_XPATHS",
    "AUTHOR_XPATHS",
    "BODY_XPATH",
    "CATEGORIES_XPATHS",
    "COMMENTS_DISCARD_XPATH",
    "COMMENTS_XPATH",
    "OVERALL_DISCARD_XPATH",
    "PRECISION_DISCARD_XPATH",
    "RAW_TREE_PRUNE_XPATH",
    "REMOVE_COMMENTS_AND_LISTS_XPATH",
    "REMOVE_COMMENTS_XPATH",
    "TAGS_XPATHS",
    "TITLE_XPATHS",
)
# The expression of trafilatura's baseline cleaning (html2txt, the recall escalation's measure
# of the page, and the rescues), read from trafilatura.baseline's own name for it on each call.
# (trafilatura's package names its function ``baseline`` as the module is named.)
_BASELINE = importlib.import_module("trafilatura.baseline")
_BASELINE_CLEAN = "BASIC_CLEAN_XPATH"


def _guard(test: re.Match[str]) -> str:
    """The test preceded by its attributes' presence, where an absent one cannot match."""
    attributes, pattern, flags = test.group(1), test.group(2), test.group(3) or ""
    if re.search(pattern, "", re.I if "i" in flags else 0):
        return test.group(0)
    return f"(({' or '.join(attributes.split('|'))}) and {test.group(0)})"


def guarded_path(path: str) -> str:
    """``path`` with each of its regular-expression tests guarded (:func:`_guard`)."""
    return _TEST.sub(_guard, path)


def guarded(xpath: XPath) -> XPath:
    """``xpath`` compiled again from :func:`guarded_path`, with trafilatura's namespace for
    the tests; ``xpath`` itself where nothing is guarded."""
    path = guarded_path(xpath.path)
    if path == xpath.path:
        return xpath
    return XPath(path, namespaces={"re": trafilatura.xpaths.REGEXP_NS})


# The paths of each list as trafilatura writes them, kept when they are replaced.
_WRITTEN: dict[str, list[str]] = {}


def guard_trafilatura() -> None:
    """Put :func:`guarded` expressions in place of trafilatura's own (again: no change)."""
    for name in _LISTS:
        expressions = getattr(trafilatura.xpaths, name)
        _WRITTEN.setdefault(name, [xpath.path for xpath in expressions])
        expressions[:] = [guarded(xpath) for xpath in expressions]
    clean = getattr(_BASELINE, _BASELINE_CLEAN)
    _WRITTEN.setdefault(_BASELINE_CLEAN, [clean.path])
    setattr(_BASELINE, _BASELINE_CLEAN, guarded(clean))


def written_paths(name: str) -> list[str]:
    """The paths of ``trafilatura.xpaths.<name>`` (or of the baseline's cleaning) as
    trafilatura writes them: what a check that trafilatura's expressions are still those a rule
    here was written for reads."""
    return _WRITTEN.get(name) or [xpath.path for xpath in getattr(trafilatura.xpaths, name)]
