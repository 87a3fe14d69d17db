"""trafilatura's XPaths with each regular-expression test skipped where its attribute is absent.

trafilatura finds boilerplate, bodies, bylines and comments with XPaths that test class and id
attributes by EXSLT regular expressions (``re:test(@class, '...')``). lxml runs each such test
in Python, for every element the XPath reaches, also for the elements that have no such
attribute: the test is then asked about the empty string. None of trafilatura's expressions
matches the empty string, so ``((@class) and re:test(@class, '...'))`` selects the same
elements, and libxml2 answers the attribute test in C: over a whole parsed page, the two
boilerplate expressions (``OVERALL_DISCARD_XPATH``) cost about a third less (docs/performance.md).

:func:`guarded_xpaths` puts the guarded expressions in trafilatura's own lists, in place, and
in the baseline cleaning's name (``trafilatura.baseline.BASIC_CLEAN_XPATH``, html2txt's), for
the time of our extraction: trafilatura's functions look them up there on every call. A test
whose expression could match the empty string keeps its form (then an absent attribute may
match).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager

import trafilatura.xpaths
from lxml.etree import XPath

# One EXSLT test of one attribute or of the first of several (``@id|@class``), with its pattern
# and optional flags: trafilatura's expressions quote both with apostrophes.
_TEST = re.compile(r"re:test\((@[\w-]+(?:\|@[\w-]+)*), '([^']*)'(?:, '([a-z]*)')?\)")
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


# {name: (trafilatura's expressions, the guarded ones)}, built on first use.
_VERSIONS: dict[str, tuple[list[XPath], list[XPath]]] = {}


def _versions() -> dict[str, tuple[list[XPath], list[XPath]]]:
    if not _VERSIONS:
        for name in _LISTS:
            own = list(getattr(trafilatura.xpaths, name))
            _VERSIONS[name] = own, [guarded(xpath) for xpath in own]
        clean = getattr(_BASELINE, _BASELINE_CLEAN)
        _VERSIONS[_BASELINE_CLEAN] = [clean], [guarded(clean)]
    return _VERSIONS


def _use(which: int) -> None:
    """Put trafilatura's own expressions (0) or the guarded ones (1) where it reads them."""
    for name, versions in _versions().items():
        if name == _BASELINE_CLEAN:
            setattr(_BASELINE, name, versions[which][0])
        else:
            getattr(trafilatura.xpaths, name)[:] = versions[which]


@contextmanager
def guarded_xpaths() -> Iterator[None]:
    """trafilatura's functions read the guarded expressions while the block runs, and their
    own again after it (a few microseconds each way): trafilatura called elsewhere in the
    process, as the benchmarks' "trafilatura alone" baselines call it, is as it comes."""
    _use(1)
    try:
        yield
    finally:
        _use(0)
