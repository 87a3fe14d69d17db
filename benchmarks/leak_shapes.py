"""What kind of thing the text benchmark's misses are, by structure: counts, never text.

``python -m benchmarks.text_quality --leak-shapes`` (see its docstring) hands every miss of the
new pipeline here: a must-drop snippet its text holds (``leaked``), a must-keep snippet it lacks
(``lost``), a labelled lead, or metadev's first paragraph, it lacks (``no lead``); and beside
them every must-keep snippet and lead its text holds (``kept``), whose count of a shape says
whether a rule that took the shape would take text the pages need. Each is classified by where
it sits, never by its words, and only counts are printed, so that the held-out sets can be read
in aggregate without anyone reading one of their pages ("for a leak" below: for a snippet the
stored text holds, leaked or kept; "for a miss": lost, or no lead):

``ancestor``   the nearest ancestor, of the innermost element whose text holds the snippet, among
               the tags that say what a box is (:data:`MARKED`; ``h`` for ``h1``-``h6``, ``list``
               for ``li``/``ul``/``ol``); ``none`` when no such tag holds it, ``script`` when only
               a script or style does, ``not in markup`` when no element's text holds it (split by
               markup, or only in an attribute)
``marked``     every kind of :data:`MARKED` among its ancestors (a snippet counts once per kind)
``container``  whether that element is inside the body container of trafilatura's text (the
               element with most of its paragraphs as children, :func:`pipelines.text.inbody.body`,
               the nearest reading of the element the extraction chose), ``holds it`` when the
               element holds the container, ``no container`` when the text has no such element
``links``      the share of link text in its block (the element, or its nearest block-level
               ancestor): ``none``, ``some`` (under half) or ``mostly``
``place``      for a leak, where it sits in the stored text: ``first block``, ``last 3 blocks``,
               ``between`` (any other block) or ``spans blocks``; for a miss, the same in
               trafilatura's text before any rule, or ``not in extraction``
``line``       for a leak, whether it is its stored line (``whole line``, nine tenths of it or
               more) or a ``part of line`` (glued to other text); ``n/a`` for a miss
``line/block`` for a leak, its stored line against its block's text (see ``links``): ``same``
               (within a tenth), ``line longer`` (the extraction joined the block to other
               text), ``block longer`` (the page's block holds more than the line)
``source``     for a leak, what put it in the text: ``extraction`` (trafilatura's text before
               any rule) or the stage of the pipeline that added its block (``consensus``,
               ``inbody``, ``lead``...: :class:`pipelines.text.article.Decision`)
``full stop``  for a leak, whether its stored line ends as a sentence does (``.``, ``!``, ``?``,
               ``…``, a closing quote or bracket after one): a teaser's headline, a label, a
               credit does not
``block tag``  the tag of its block (see ``links``)
``emphasis``   whether its element sits wholly in ``b``/``strong``/``em``/``i`` inside its block
``class word`` the first furniture word (:data:`CLASS_WORDS`) in the class or id of the element
               or its ancestors, nearest first: a box's name says what it is on many sites
``words``      its length in words: 1-3, 4-10, 11-30, 31+
``repeated``   whether the page shows its text more than once (outside scripts)
``language``   the page's language (detected from the text, the declared one as fallback)

``shape`` counts the four first dimensions together, commonest first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from lxml import etree

from pipelines.text import inbody, templates
from pipelines.text.page import flat as block_flat

KINDS = ("leaked", "kept", "lost", "no lead")
# The kinds whose snippet the stored text holds: their place is read there, not in the extraction.
_IN_TEXT = frozenset({"leaked", "kept"})
_MISSES = ("leaked", "lost", "no lead")
# Tags whose name says what a box is, each with the name it is counted under.
MARKED = {
    "a": "a",
    "figure": "figure",
    "figcaption": "figcaption",
    "aside": "aside",
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "li": "list",
    "ul": "list",
    "ol": "list",
    **{f"h{n}": "h" for n in range(1, 7)},
    "blockquote": "blockquote",
    "table": "table",
    "form": "form",
    "button": "button",
    "time": "time",
    "address": "address",
}
# The elements a link share is read over: a paragraph-like block or a box.
_BLOCKS = frozenset(
    {"p", "div", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "section"}
    | {"article", "aside", "header", "footer", "nav", "ul", "ol", "table", "form", "figure"}
    | {f"h{n}" for n in range(1, 7)}
)
_HIDDEN = frozenset({"script", "style", "noscript", "template"})
_STRING = etree.XPath("string()", smart_strings=False)
# The text nodes outside scripts and styles, in the page's order (a script's tail is shown).
_SHOWN_TEXT = etree.XPath(
    "//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]",
    smart_strings=False,
)
# A block is mostly links from this share of its text on (the rules' LINKED_ITEM_SHARE).
_MOSTLY_LINKS = 0.5
_LAST_BLOCKS = 3
DIMENSIONS = (
    "ancestor",
    "marked",
    "container",
    "links",
    "place",
    "line",
    "line/block",
    "source",
    "full stop",
    "block tag",
    "emphasis",
    "class word",
    "words",
    "repeated",
    "language",
)
# Words that name a box of furniture in a class or id, in the generic English most markup uses.
CLASS_WORDS = (
    "related",
    "recommend",
    "promo",
    "teaser",
    "ad",
    "ads",
    "advert",
    "newsletter",
    "subscribe",
    "paywall",
    "share",
    "social",
    "comment",
    "comments",
    "caption",
    "credit",
    "copyright",
    "tags",
    "tag",
    "author",
    "bio",
    "byline",
    "meta",
    "widget",
    "embed",
    "card",
    "footer",
    "header",
    "sidebar",
    "nav",
    "menu",
    "breadcrumb",
    "note",
    "info",
    "box",
)
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_EMPHASIS = frozenset({"b", "strong", "em", "i"})
_WHOLE_LINE = 0.9
# A sentence's end: its mark, then closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")

Normalize = Callable[[str], str]


@dataclass(frozen=True)
class Page:
    """What the classification reads of one page: its parse, the stored text, trafilatura's
    text before any rule, the page's language, and the benchmark's text normalization."""

    tree: etree._Element | None
    text: str
    raw: str
    language: str
    norm: Normalize
    # (block, stage) of every block a stage of the pipeline added to trafilatura's text.
    added: Sequence[tuple[str, str]] = ()

    @cached_property
    def shown(self) -> str:
        """The page's text outside scripts and styles, read once for all its snippets."""
        if self.tree is None:
            return ""
        return self.norm("".join(_SHOWN_TEXT(self.tree)))

    @cached_property
    def container(self) -> etree._Element | None:
        """The body container of trafilatura's text (see the module docstring)."""
        if self.tree is None:
            return None
        blocks = [block for block in map(block_flat, self.raw.splitlines()) if block]
        return inbody.body(templates.block_elements(self.tree, blocks))


def _text(element: etree._Element, norm: Normalize) -> str:
    return norm(str(_STRING(element)))


def _children(element: etree._Element) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str)]


def holder(tree: etree._Element, snippet: str, norm: Normalize) -> etree._Element | None:
    """The innermost element whose text holds ``snippet`` (normalized), or None."""
    node = tree.find("body")
    node = tree if node is None else node
    if snippet not in _text(node, norm):
        return None
    while True:
        inner = next((c for c in _children(node) if snippet in _text(c, norm)), None)
        if inner is None:
            return node
        node = inner


def _ancestors(element: etree._Element) -> list[etree._Element]:
    """``element`` and its ancestors, nearest first."""
    return [element, *element.iterancestors()]


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _link_share(element: etree._Element, norm: Normalize) -> str:
    if any(_tag(e) == "a" for e in _ancestors(element)):
        return "mostly"
    block = next((e for e in _ancestors(element) if _tag(e) in _BLOCKS), element)
    shown = len(_text(block, norm))
    linked = sum(len(_text(a, norm)) for a in block.iter("a"))
    if not shown or not linked:
        return "none"
    return "mostly" if linked / shown >= _MOSTLY_LINKS else "some"


def _place(snippet: str, text: str, norm: Normalize, where: str) -> str:
    blocks = [norm(line) for line in text.splitlines() if line.strip()]
    index = next((i for i, block in enumerate(blocks) if snippet in block), None)
    if index is None:
        return f"spans blocks ({where})" if snippet in norm(text) else "not in extraction"
    if index == 0:
        return f"first block ({where})"
    if index >= len(blocks) - _LAST_BLOCKS:
        return f"last 3 blocks ({where})"
    return f"between ({where})"


def _stored_line(snippet: str, text: str, norm: Normalize) -> str | None:
    return next((norm(x) for x in text.splitlines() if snippet in norm(x)), None)


def _line_block(line: str | None, block: str) -> str:
    if line is None:
        return "spans lines"
    if abs(len(line) - len(block)) <= (1 - _WHOLE_LINE) * max(len(line), len(block)):
        return "same"
    return "line longer" if len(line) > len(block) else "block longer"


def _line(snippet: str, text: str, norm: Normalize) -> str:
    line = _stored_line(snippet, text, norm)
    if line is None:
        return "spans lines"
    return "whole line" if len(snippet) >= _WHOLE_LINE * len(line) else "part of line"


def _class_word(chain: Sequence[etree._Element]) -> str:
    words = set(CLASS_WORDS)
    for element in chain:
        if _tag(element) == "body":
            break
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        found = next((w for w in _CLASS_SPLIT.split(names) if w in words), None)
        if found:
            return found
    return "none"


def _emphasis(chain: Sequence[etree._Element]) -> str:
    for element in chain:
        if _tag(element) in _EMPHASIS:
            return "yes"
        if _tag(element) in _BLOCKS:
            return "no"
    return "no"


def _source(snippet: str, page: Page) -> str:
    if snippet in page.norm(page.raw):
        return "extraction"
    return next((stage for block, stage in page.added if snippet in page.norm(block)), "?")


def _full_stop(line: str | None) -> str:
    if line is None:
        return "spans lines"
    return "yes" if _SENTENCE_END.search(line) else "no"


def _words(snippet: str) -> str:
    n = len(snippet.split())
    return "1-3" if n <= 3 else "4-10" if n <= 10 else "11-30" if n <= 30 else "31+"


def classify(snippet: str, kind: str, page: Page) -> dict[str, object]:
    """{dimension: value} for one snippet of a page (``kind``: one of :data:`KINDS`);
    ``marked`` is a set."""
    if kind not in KINDS:
        raise ValueError(f"{kind!r} is not one of {', '.join(KINDS)}")
    probe = page.norm(snippet)
    stored = kind in _IN_TEXT
    where = "stored" if stored else "extraction"
    out: dict[str, object] = {
        "place": _place(probe, page.text if stored else page.raw, page.norm, where),
        "line": _line(probe, page.text, page.norm) if stored else "n/a",
        "source": _source(probe, page) if stored else "n/a",
        "full stop": _full_stop(_stored_line(probe, page.text, page.norm)) if stored else "n/a",
        "words": _words(probe),
        "language": page.language or "?",
    }
    element = holder(page.tree, probe, page.norm) if page.tree is not None else None
    if element is None or page.tree is None:
        out.update(ancestor="not in markup", marked=set(), container="n/a", links="n/a")
        out.update({"repeated": "n/a", "block tag": "n/a", "emphasis": "n/a", "class word": "n/a"})
        out["line/block"] = "n/a"
        return out
    chain = _ancestors(element)
    if any(_tag(e) in _HIDDEN for e in chain):
        out.update(ancestor="script", marked=set(), container="n/a", links="n/a")
        out.update({"repeated": "n/a", "block tag": "n/a", "emphasis": "n/a", "class word": "n/a"})
        out["line/block"] = "n/a"
        return out
    kinds = [MARKED[_tag(e)] for e in chain if _tag(e) in MARKED]
    out["ancestor"] = kinds[0] if kinds else "none"
    out["marked"] = set(kinds)
    container = page.container
    if container is None:
        out["container"] = "no container"
    elif container in chain:
        out["container"] = "inside"
    elif element in container.iterancestors():
        out["container"] = "holds it"
    else:
        out["container"] = "outside"
    out["links"] = _link_share(element, page.norm)
    block = next((e for e in chain if _tag(e) in _BLOCKS), element)
    out["block tag"] = _tag(block)
    out["line/block"] = (
        _line_block(_stored_line(probe, page.text, page.norm), _text(block, page.norm))
        if stored
        else "n/a"
    )
    out["emphasis"] = _emphasis(chain)
    out["class word"] = _class_word(chain)
    out["repeated"] = "yes" if page.shown.count(probe) > 1 else "no"
    return out


def _commonest_first(counter: Counter[tuple[str, str]], value: str) -> tuple[int, int, str]:
    """The order of a table's rows: most misses first, then most kept, then by name."""
    return -sum(counter[value, kind] for kind in _MISSES), -counter[value, "kept"], value


class Shapes:
    """Counts of each dimension's values per kind of miss, for one set of pages."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        self.shapes: Counter[tuple[str, str]] = Counter()
        self.totals: Counter[str] = Counter()

    def add(self, kind: str, shape: dict[str, object]) -> None:
        self.totals[kind] += 1
        for dimension in DIMENSIONS:
            value = shape[dimension]
            values = (sorted(value) or ["none"]) if isinstance(value, set) else [str(value)]
            for one in values:
                self.counts[dimension][(one, kind)] += 1
        key = " | ".join(str(shape[d]) for d in ("ancestor", "container", "links", "place"))
        self.shapes[(key, kind)] += 1

    def merge(self, other: Shapes) -> None:
        for dimension, counter in other.counts.items():
            self.counts[dimension].update(counter)
        self.shapes.update(other.shapes)
        self.totals.update(other.totals)

    def lines(self, top: int = 8) -> list[str]:
        """The table: one row per dimension and value, one column per kind of miss."""
        head = f"  {'':<11}{'value':<34}" + "".join(f"{k:>9}" for k in KINDS)
        out = [head, f"  {'total':<45}" + "".join(f"{self.totals[k]:>9}" for k in KINDS)]
        for dimension in DIMENSIONS:
            counter = self.counts.get(dimension, Counter())
            values = sorted({v for v, _ in counter}, key=lambda v: _commonest_first(counter, v))
            for value in values:
                cells = "".join(f"{counter[value, k]:>9}" for k in KINDS)
                out.append(f"  {dimension:<11}{value[:33]:<34}{cells}")
        out.append("  shape (ancestor | container | links | place), commonest first:")
        keys = sorted({s for s, _ in self.shapes}, key=lambda s: _commonest_first(self.shapes, s))
        for key in keys[:top]:
            cells = "".join(f"{self.shapes[key, k]:>9}" for k in KINDS)
            out.append(f"    {key[:76]:<76}{cells}")
        return out


def page_shapes(
    page: Page,
    leaked: Sequence[str],
    lost: Sequence[str],
    no_lead: Sequence[str],
    kept: Sequence[str] = (),
) -> list[tuple[str, dict[str, object]]]:
    """(kind, shape) for every miss of one page, and for every ``kept`` snippet (must-keep
    snippets and leads the text holds: how common each shape is in what a page needs)."""
    misses = [("leaked", s) for s in leaked] + [("lost", s) for s in lost]
    misses += [("no lead", s) for s in no_lead] + [("kept", s) for s in kept]
    return [(kind, classify(s, kind, page)) for kind, s in misses]
