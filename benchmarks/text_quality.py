"""Article-text quality on the dev sets: trafilatura alone, Newsloom today, the text pipeline.

Five dev sets, read from ../shared (pages never fetched):

  realpages  must-keep (``with``) snippets kept, must-drop (``without``) snippets leaked, pages
             with every snippet right
  datesA     the same figures on the pages of ../shared/metadev/dates/ whose host is in half A
             of both benchmarks, with snippets we labelled ourselves (DATES_LABELS): reported as
             ``datesA/labelled``, a set rules are tuned on, never a held-out figure (see below);
             and ``datesA/fresh-tune`` and ``datesA/fresh-held``, the fresh pool (below), with a
             lead column: the labelled leads present
  datesB     the same figures on a blind set of dates/ pages of half B (``datesB/blind``, below),
             and on a tune set drawn from the rest of that pool (``datesB/tune``, below)
  metadev    token-bag F1 of lower-cased ``\\w+`` tokens against the expected body; presence of the
             first 80 characters of the first item, the first paragraph and the last item
             (``kr/HankookIlbo_2026_01_29`` is left out: its body is rendered by script)
  seeds      the five German seeds and the authored English/French pages of
             tests/support/quality_site.py: rows with residual boilerplate (target 0) and article
             lines lost

Pages are split into two halves by a stable hash of their host, so that a rule tuned on one
half can be checked on the other; rules were tuned on half A only. Seeds are one set of their
own (they existed before and are held at 0 residual boilerplate).

Systems: ``trafilatura`` (pipelines/text/extraction.py alone), ``today`` (extraction plus the
line rules of pipelines/text/cleaning.py: the two stages the worker ran before the text
pipeline, but with the current rule tables, so it moves when rules are added), ``new``
(pipelines/text/article.py), and ``new -X``: the new pipeline with component X switched off.
CPU is process time per page, per component for the new pipeline (its ``metadata``: the
resolver it runs between the extraction and the rules, as the worker does, so that the rules
read the names the worker gives them); the systems take turns page by page, so that the load of
a shared machine weighs on all of them alike.

    .venv/bin/python -m benchmarks.text_quality [--only new] [--no-ablations] [-v]
    .venv/bin/python -m benchmarks.text_quality --only new --ablate fast   # one ablation
    .venv/bin/python -m benchmarks.text_quality --record 12   # golden fixtures, see below
    .venv/bin/python -m benchmarks.text_quality --why   # half A: which component lost what
    .venv/bin/python -m benchmarks.text_quality --only new --half A --plain-markup [classes]
    .venv/bin/python -m benchmarks.text_quality --leak-shapes [--set SET]   # misses by shape

``--why`` lists, for half A only (half B is held out), every must-keep snippet and expected
body item (first 80 characters) missing from the new pipeline's text, with what lost it: the
stage and reason of the decision that dropped the block holding it, or ``extraction`` when
trafilatura's text never had it (``fast`` when the full extraction has it and the fast one
does not).

``--leak-shapes`` runs the new pipeline alone and classifies every miss of each set by its
structure (benchmarks/leak_shapes.py says how): each leaked must-drop snippet, lost must-keep
snippet and missing lead (metadev: first paragraph), and beside them every kept must-keep
snippet and present lead, so that a shape's share of what the pages need shows whether a rule
could take it. It reads where each sits in the source HTML (nearest ancestor among the tags
that say what a box is, inside or outside the body container of trafilatura's text, the link
share of its block, its block's tag, emphasis, a furniture word in a class or id), where it
sits in the stored text (first block, last three, between; in trafilatura's text for a miss;
whether a stage of the pipeline added it; whether its line ends as a sentence), its length in
words, whether the page shows it twice, and the page's language. It prints a table per set and
one per half: counts only, never a snippet's text, so that the held-out sets can be read in
aggregate without anyone reading one of their pages. ``--set`` narrows it as for the figures.

``--plain-markup`` rewrites every page before any system reads it, as a publisher who writes
older markup would have written it: HTML5's sectioning and figure elements (``article``,
``header``, ``nav``, ``aside``, ``footer``, ``figure``, ...) become ``<div>``, ``<time>`` and
``<mark>`` become ``<span>``, landmark ``role`` attributes go; ``--plain-markup classes`` also
takes out every ``class`` and ``id``. The expectations stay the same. Combine with ``--half A``
(and ``--why``, ``-v``) to study what the text pipeline leans on those names for.

``datesA/labelled``: the dates/ pages carry a date truth only. For the 96 of them whose host
both splits put in half A (``half_of`` and ``text_half_of`` of tests/support/metadev.py, the host
read from the page's URL) we read the stored text's first and last lines, as-is and under
``--plain-markup classes``, before any rule was changed for them, and wrote down per page the
lead or standfirst and a first and a last body sentence (``with``) and the boilerplate seen at
the text's edges in either mode (``without``), each checked to be in the page's shown text.
Seven pages of the pool are left out: no story in their static HTML (a script renders it) or no
story at all (a home page, a forum thread, a picture viewer, a tweet, spam).

``datesA/fresh-*``: the fresh pool of tests/support/metadev.py (``fresh_pool``: dates/ pages of
half A of the metadata split that ``datesA/labelled`` does not hold, on hosts no held-out page of
either benchmark shares), labelled by hand in FRESH_LABELS (its "note" says how) before any
system's output for them was read: a lead where the page shows one, three body sentences and the
boilerplate around the story. A page is right when every snippet is right and its lead is there.
``fresh_half_of`` splits the pool into ``fresh-tune`` and ``fresh-held``. Until round 61
``fresh-held`` counted as half B, measured only once rules were frozen; by then every set rules
were studied on was nearly all right (fresh-tune 97.5 %, datesB/tune 94.1 %, datesA/labelled
97.9 % of pages entirely right) while the held-out sets were not (fresh-held 74.2 %,
datesB/blind 68.3 %), and no unlabelled page was left to label. Since round 62 ``fresh-held``
counts as half A too (``--half A``, ``--why``): it is studied, and the held-out text sets are
``datesB/blind``, ``realpages/B`` and ``metadev/B``. ``--set`` runs one or more sets alone
(``--set datesA/fresh-held``).

``datesB/blind``: the blind pool of tests/support/metadev.py (``blind_pool``: dates/ pages whose
host is in half B of the metadata split, which no text rule was tuned on, less the hosts of a page
the text benchmark tunes on and the pages it already reads as realpages), labelled by hand in
BLIND_LABELS (its "note" says how) from the start of the pool's own order (a hash of the file
name, no page picked), before any extractor was run on them or any system's output for them was
read; the same labels as the fresh pool. It counts as half B: ``--half A`` and ``--why`` never read
it, and ``-v`` lists no miss of it, so that it stays a measure of pages nobody has studied.
Its labels may cover only the first ``BLIND_PREFIX`` pages of the pool (the prefix labelled in
round 41).

``datesB/tune``: the tune pool of tests/support/metadev.py (``tune_pool``: the blind pool after
that prefix, less the pages whose host a page of the prefix shares), labelled by hand with the
same labels in the files TUNE_LABELS matches (one per labelling, its "note" says how), each from
a stated start of the pool's order, before any system's output for those pages was read. It
counts as half A: rules are studied on it (``--half A``, ``--why``, ``-v``). It exists because
after round 47 half A's sets were nearly all right while the held-out sets were not: the rules
had run out of pages to learn from, not the pages out of faults.

``--record N`` writes N realpages that the text pipeline gets entirely right (chosen by a
stable hash of the file name, from both halves, each at most 60 KB gzipped) to
tests/fixtures/text/ with their must-keep and must-drop snippets, for the golden tests.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from w3lib.encoding import html_to_unicode

from tests.support.metadev import (
    BLIND_PREFIX,
    TEXT_LABELS,
    blind_pool,
    fresh_half_of,
    fresh_pool,
    held_out_by_both,
    text_half_of,
    tune_pool,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
# The caveat of ../shared/metadev/README.md: this page's body is not in its static HTML.
METADEV_EXCLUDED = frozenset({"kr/HankookIlbo_2026_01_29.html.gz"})
PRESENCE_CHARS = 80
_TOKEN_RE = re.compile(r"\w+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@dataclass
class Case:
    """One dev page and what is expected of its text."""

    kind: str  # realpages | datesA | fresh | blind | tune | metadev | seeds
    name: str
    url: str
    html: str
    title: str | None = None
    keep: list[str] = field(default_factory=list)  # realpages, datesA: with; seeds: article lines
    drop: list[str] = field(default_factory=list)  # realpages, datesA: without; seeds: boilerplate
    body: list[dict[str, str]] = field(default_factory=list)  # metadev
    page: object = None  # seeds: the quality_site Page
    lead: str | None = (
        None  # fresh, blind, tune: the labelled lead or standfirst, None where none is shown
    )

    @property
    def half(self) -> str:
        """A or B, from a stable hash of the host (the same on every machine and run)."""
        if self.kind == "seeds":
            return "S"
        if self.kind == "fresh":
            # Both halves of the fresh pool are studied since round 62 (the module docstring
            # says why); the names of its two sets stay, so that figures compare across rounds.
            return "A"
        if self.kind == "blind":
            return "B"  # held out whole: no rule is studied on it
        if self.kind == "tune":
            return "A"  # drawn from half B's hosts to be studied: the module docstring says why
        return text_half_of(self.host)

    @property
    def set_name(self) -> str:
        """The set the figures are added to: ``datesA/labelled`` and ``datesA/fresh-tune`` or
        ``datesA/fresh-held`` for our own labels, ``datesB/blind`` and ``datesB/tune`` for the
        blind and tune pools."""
        if self.kind == "fresh":
            return f"datesA/fresh-{fresh_half_of(self.host)}"
        if self.kind in ("blind", "tune"):
            return f"datesB/{self.kind}"
        return "datesA/labelled" if self.kind == "datesA" else f"{self.kind}/{self.half}"

    @property
    def snippets(self) -> bool:
        """Whether the page is judged by must-keep and must-drop snippets."""
        return self.kind in ("realpages", "datesA", "fresh", "blind", "tune")

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").removeprefix("www.")


def flat(text: str) -> str:
    """Whitespace collapsed, zero-width characters and soft hyphens removed (they sit inside
    words: "Sema&shy;glutid" is the word trafilatura and the pipeline write as "Semaglutid"),
    composed (NFC): a page or an expected body may write "ü" as "u" and a combining mark, and the
    two are the same text."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def load_realpages(shared: Path) -> list[Case]:
    folder = shared / "realpages"
    if not folder.is_dir():
        return []
    expectations = json.loads((folder / "expectations.json").read_text(encoding="utf-8"))
    cases = []
    for url, exp in sorted(expectations.items()):
        raw = (folder / "html" / exp["file"]).read_bytes()
        # As a crawl decodes a response without a charset header: the page's own <meta>
        # charset, else UTF-8 (two pages declare ISO-8859-1).
        html = html_to_unicode(None, raw)[1]
        cases.append(
            Case("realpages", exp["file"], url, html, keep=exp["with"], drop=exp["without"])
        )
    return cases


DATES_LABELS = TEXT_LABELS
FRESH_LABELS = DATES_LABELS.with_name("dates_a_fresh.json")
BLIND_LABELS = DATES_LABELS.with_name("dates_b_blind.json")
TUNE_LABELS = "dates_b_tune_*.json"  # in DATES_LABELS' folder, one file per labelling


def dates_page(folder: Path, name: str) -> str:
    """A dates/ page as the metadata benchmark reads it: UTF-8 first (a few are UTF-8 and
    declare windows-1252), else the page's own <meta> charset."""
    raw = gzip.decompress((folder / f"{name}.gz").read_bytes())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return html_to_unicode(None, raw)[1]


def load_dates_labelled(shared: Path) -> list[Case]:
    """The dates/ pages of half A that DATES_LABELS labels (the module docstring says how)."""
    folder = shared / "metadev" / "dates" / "pages"
    if not folder.is_dir():
        return []
    labels = json.loads(DATES_LABELS.read_text(encoding="utf-8"))
    cases = []
    for name, label in sorted(labels.items()):
        html = dates_page(folder, name)
        case = Case("datesA", name, label["url"], html, keep=label["with"], drop=label["without"])
        if case.half != "A":
            raise ValueError(f"{name}: {case.host} is not in half A")
        cases.append(case)
    return cases


def load_dates_fresh(shared: Path) -> list[Case]:
    """The pages FRESH_LABELS labels: the fresh pool (the module docstring says how)."""
    pool = fresh_pool(shared / "metadev", shared / "realpages") if _has_dates(shared) else []
    return _load_pool_labels(shared, FRESH_LABELS, "fresh", pool)


def load_dates_blind(shared: Path) -> list[Case]:
    """The pages BLIND_LABELS labels: the blind pool (the module docstring says how)."""
    pool = blind_pool(shared / "metadev", shared / "realpages") if _has_dates(shared) else []
    return _load_pool_labels(shared, BLIND_LABELS, "blind", pool[:BLIND_PREFIX])


def load_dates_tune(shared: Path) -> list[Case]:
    """The pages the TUNE_LABELS files label: the tune pool (the module docstring says how)."""
    pool = tune_pool(shared / "metadev", shared / "realpages") if _has_dates(shared) else []
    cases: list[Case] = []
    for labels_file in sorted(DATES_LABELS.parent.glob(TUNE_LABELS)):
        cases += _load_pool_labels(shared, labels_file, "tune", pool)
    names = Counter(case.name for case in cases)
    if twice := sorted(name for name, n in names.items() if n > 1):
        raise ValueError(f"labelled twice in the tune pool: {', '.join(twice)}")
    return cases


def _has_dates(shared: Path) -> bool:
    return (shared / "metadev" / "dates" / "pages").is_dir()


def _load_pool_labels(
    shared: Path, labels_file: Path, kind: str, pool: list[dict[str, str]]
) -> list[Case]:
    """The labelled pages of a pool of dates/ pages, as cases of ``kind``; a label naming a page
    outside the pool is an error, as the set would then count a page it does not hold out."""
    if not _has_dates(shared):
        return []
    folder = shared / "metadev" / "dates" / "pages"
    labels = json.loads(labels_file.read_text(encoding="utf-8"))["pages"]
    files = {row["file"] for row in pool}
    cases = []
    for name, label in sorted(labels.items()):
        if name not in files:
            raise ValueError(f"{name} is not in the {kind} pool")
        html = dates_page(folder, name)
        keep, drop = label["with"], label["without"]
        cases.append(Case(kind, name, label["url"], html, keep=keep, drop=drop, lead=label["lead"]))
    return cases


def load_metadev(shared: Path) -> list[Case]:
    folder = shared / "metadev"
    if not (folder / "truth.jsonl").is_file():
        return []
    cases = []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        if truth["file"] in METADEV_EXCLUDED:
            continue
        # The README: decode as UTF-8 rather than trusting a page's <meta> charset.
        html = gzip.decompress((folder / "pages" / truth["file"]).read_bytes()).decode(
            "utf-8", errors="replace"
        )
        cases.append(
            Case("metadev", truth["file"], truth["url"], html, truth["title"], body=truth["body"])
        )
    return cases


def load_seeds() -> list[Case]:
    from tests.support.golden import authored_texts, seed_texts
    from tests.support.quality_site import _authored_pages, _seed_pages

    pages = [*_seed_pages(seed_texts()), *_authored_pages(authored_texts())]
    return [
        Case("seeds", p.path, f"http://127.0.0.1:8765/{p.path}", p.html, p.title, page=p)
        for p in pages
    ]


# --- plain markup (``--plain-markup``) --------------------------------------------------------

# HTML5's sectioning and figure elements, which older markup writes as <div>: their names tell
# trafilatura and the markup reads of the text pipeline what a block is (navigation, a sidebar,
# the article's header, a caption).
_PLAIN_BLOCKS = frozenset(
    {
        "article",
        "aside",
        "figcaption",
        "figure",
        "footer",
        "header",
        "hgroup",
        "main",
        "nav",
        "search",
        "section",
    }
)
# HTML5's phrasing elements that older markup writes as <span>. Not <div>: an HTML parser closes
# an open <p> at a <div>, so a date inside a sentence would split its paragraph, which no page
# with spans shows.
_PLAIN_INLINE = frozenset({"mark", "time"})
# ARIA landmark roles: the same names in an attribute (<div role="navigation">), which pages
# written before HTML5 do not carry either.
_LANDMARK_ROLES = frozenset(
    {
        "article",
        "banner",
        "complementary",
        "contentinfo",
        "figure",
        "main",
        "navigation",
        "region",
        "search",
    }
)
PLAIN_MODES = ("tags", "classes")
# Comments, scripts and styles are passed over whole (a script may hold markup in a string);
# every other tag is one match, its attributes quoted or not (a quoted value may hold ">").
_MARKUP_RE = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTE_RE = re.compile(
    r"(\s+)([^\s\"'>/=]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?", re.DOTALL
)


def plain_markup(html: str, mode: str = "tags") -> str:
    """The page as a publisher without HTML5's markup would write it, the shown text the same.

    ``tags``: the sectioning and figure elements become ``<div>``, ``<time>`` and ``<mark>``
    become ``<span>``, landmark ``role`` attributes go. ``classes``: that, and every ``class``
    and ``id`` attribute goes too, as on a page whose names say nothing. Everything else is
    left byte for byte, so the difference between the runs is this markup alone.
    """
    if mode not in PLAIN_MODES:
        raise ValueError(f"plain markup mode {mode!r} is not one of {', '.join(PLAIN_MODES)}")
    named = ("class", "id") if mode == "classes" else ()

    def attribute(match: re.Match[str]) -> str:
        name = match[2].lower()
        value = (match[3] or "").strip("\"'").strip().lower()
        if name in named or (name == "role" and value in _LANDMARK_ROLES):
            # A quoted value may be followed by the next attribute without a space
            # (``class="a"data-x="b"``, which browsers read as two attributes): the space
            # taken with this one stays, or the tag's name would run into that attribute.
            following = match.string[match.end() : match.end() + 1]
            return " " if following and not following.isspace() and following not in "/>" else ""
        return match[0]

    def tag(match: re.Match[str]) -> str:
        name = match[3]
        if name is None:
            return match[0]  # a comment, script or style
        lower = name.lower()
        plain = "div" if lower in _PLAIN_BLOCKS else "span" if lower in _PLAIN_INLINE else name
        attributes = match[4]
        if not match[2] and attributes:
            attributes = _ATTRIBUTE_RE.sub(attribute, attributes)
        if plain == name and attributes == match[4]:
            return match[0]
        return f"<{match[2]}{plain}{attributes}>"

    return _MARKUP_RE.sub(tag, html)


# --- systems ---------------------------------------------------------------------------------

Timed = tuple[str, dict[str, float]]


def run_trafilatura(case: Case) -> Timed:
    from pipelines.text.extraction import extract_article

    t0 = time.process_time()
    extracted = extract_article(case.html, case.url)
    return (extracted.text if extracted else ""), {"extract": time.process_time() - t0}


def run_today(case: Case) -> Timed:
    """Extraction and cleaning exactly as analyze_page did before the text pipeline."""
    from pipelines.text.cleaning import clean_with_counts
    from pipelines.text.extraction import extract_article

    t0 = time.process_time()
    extracted = extract_article(case.html, case.url)
    t1 = time.process_time()
    if extracted is None:
        return "", {"extract": t1 - t0}
    text, _ = clean_with_counts(
        extracted.text.strip(), title=extracted.title or case.title, extra_patterns=()
    )
    return text, {"extract": t1 - t0, "clean": time.process_time() - t1}


def new_system(disabled: frozenset[str] = frozenset()) -> Callable[[Case], Timed]:
    def run(case: Case) -> Timed:
        from pipelines.text.article import TextOptions, article_text

        result = article_text(
            case.html, case.url, title_hint=case.title, options=TextOptions(disabled=disabled)
        )
        return (result.text if result else ""), (result.seconds if result else {})

    return run


# --- measures --------------------------------------------------------------------------------


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN_RE.findall(unicodedata.normalize("NFC", text).lower()))


def token_prf(got: str, want: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of ``got`` against ``want`` (bags of tokens)."""
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(g.values()), common / sum(w.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def present(item: str | None, text_flat: str) -> bool | None:
    if not item:
        return None
    return flat(item)[:PRESENCE_CHARS] in text_flat


@dataclass
class Figures:
    pages: int = 0
    keep_total: int = 0
    keep_ok: int = 0
    drop_total: int = 0
    drop_leaked: int = 0
    pages_right: int = 0
    f1_sum: float = 0.0
    precision_sum: float = 0.0
    recall_sum: float = 0.0
    first_item: list[int] = field(default_factory=lambda: [0, 0])
    first_para: list[int] = field(default_factory=lambda: [0, 0])
    last_item: list[int] = field(default_factory=lambda: [0, 0])
    lead: list[int] = field(default_factory=lambda: [0, 0])  # fresh: labelled leads present
    residual_rows: int = 0
    lost_lines: int = 0
    keep_lines: int = 0
    seconds: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, case: Case, text: str, seconds: dict[str, float]) -> None:
        self.pages += 1
        self.seconds.update(seconds)
        text_flat = flat(text)
        if case.snippets:
            right = True
            for snippet in case.keep:
                self.keep_total += 1
                ok = flat(snippet) in text_flat
                self.keep_ok += ok
                right &= ok
                if not ok:
                    self.misses.append(f"LOST   {case.name}: {snippet!r}")
            for snippet in case.drop:
                self.drop_total += 1
                leaked = flat(snippet) in text_flat
                self.drop_leaked += leaked
                right &= not leaked
                if leaked:
                    self.misses.append(f"LEAKED {case.name}: {snippet!r}")
            if case.lead:
                has_lead = flat(case.lead) in text_flat
                self.lead[0] += has_lead
                self.lead[1] += 1
                right &= has_lead
                if not has_lead:
                    self.misses.append(f"NO LEAD {case.name}: {case.lead!r}")
            self.pages_right += right
        elif case.kind == "metadev":
            want = " ".join(item["text"] for item in case.body)
            precision, recall, f1 = token_prf(text, want)
            self.precision_sum += precision
            self.recall_sum += recall
            self.f1_sum += f1
            paragraphs = [i["text"] for i in case.body if i["kind"] == "paragraph"]
            for slot, item in (
                (self.first_item, case.body[0]["text"] if case.body else None),
                (self.first_para, paragraphs[0] if paragraphs else None),
                (self.last_item, case.body[-1]["text"] if case.body else None),
            ):
                shown = present(item, text_flat)
                if shown is not None:
                    slot[0] += shown
                    slot[1] += 1
                    if not shown:
                        self.misses.append(f"ABSENT {case.name}: {flat(item or '')[:60]!r}")
        else:
            from tests.support.quality_site import missing_lines, residual_lines

            residual = residual_lines(case.page, text)  # type: ignore[arg-type]
            missing = missing_lines(case.page, text)  # type: ignore[arg-type]
            self.residual_rows += bool(residual)
            self.lost_lines += len(missing)
            self.keep_lines += len(case.page.keep)  # type: ignore[attr-defined]
            self.misses += [f"RESIDUAL {case.name}: {line!r}" for line in residual]
            self.misses += [f"MISSING  {case.name}: {line!r}" for line in missing]

    def ms(self) -> float:
        return 1000 * sum(self.seconds.values()) / self.pages if self.pages else 0.0


def _pct(a: int | float, b: int | float) -> str:
    return f"{100 * a / b:5.1f}" if b else "  n/a"


def evaluate(
    systems: dict[str, Callable[[Case], Timed]], cases: Iterable[Case]
) -> dict[str, dict[str, Figures]]:
    """Figures per system and set. Systems take turns page by page, so that a change in the
    machine's load (other processes on shared cores) weighs on all of them alike."""
    out: dict[str, dict[str, Figures]] = {name: defaultdict(Figures) for name in systems}
    for case in cases:
        for name, system in systems.items():
            text, seconds = system(case)
            figures = out[name]
            figures[case.set_name].add(case, text, seconds)
            if case.kind == "metadev" and held_out_by_both(case.host):
                figures["metadev/B both"].add(case, text, seconds)
            figures[f"{case.kind}/all"].add(case, text, seconds)
            figures["all"].add(case, text, seconds)
    return out


def print_table(results: dict[str, dict[str, Figures]]) -> None:
    header = (
        f"{'system':<22}{'set':<15}{'pages':>6}{'kept%':>7}{'leak%':>7}{'right%':>7}"
        f"{'F1':>7}{'1st%':>7}{'1stP%':>7}{'last%':>7}{'resid':>6}{'lost':>6}{'ms/pg':>7}"
        f"{'lead%':>7}"
    )
    print(header)
    print("-" * len(header))
    # "metadev/B both": the B pages the metadata benchmark holds out too (its split differs).
    sets = ["realpages/A", "realpages/B", "realpages/all", "datesA/labelled"]
    sets += ["datesA/fresh-tune", "datesA/fresh-held", "datesB/blind", "datesB/tune"]
    sets += ["metadev/A", "metadev/B"]
    sets += ["metadev/B both"]
    sets += ["metadev/all", "seeds/S"]
    for name, figures in results.items():
        for key in sets:
            f = figures.get(key)
            if f is None or not f.pages:
                continue
            row = f"{name:<22}{key:<15}{f.pages:>6}"
            if key.startswith(("realpages", "datesA", "datesB")):
                row += f"{_pct(f.keep_ok, f.keep_total):>7}{_pct(f.drop_leaked, f.drop_total):>7}"
                row += f"{_pct(f.pages_right, f.pages):>7}" + " " * 28 + " " * 12
            elif key.startswith("metadev"):
                row += " " * 21 + f"{f.f1_sum / f.pages:>7.3f}"
                for slot in (f.first_item, f.first_para, f.last_item):
                    row += f"{_pct(*slot):>7}"
                row += " " * 12
            else:
                row += " " * 49 + f"{f.residual_rows:>6}{f.lost_lines:>6}"
            row += f"{f.ms():>7.1f}"
            print(row + (f"{_pct(*f.lead):>7}" if f.lead[1] else ""))
        print()
    print("token precision / recall per page, mean (metadev)")
    for name, figures in results.items():
        cells = [
            f"{key.removeprefix('metadev/')} P {f.precision_sum / f.pages:.3f}"
            f" R {f.recall_sum / f.pages:.3f}"
            for key in ("metadev/A", "metadev/B", "metadev/all")
            if (f := figures.get(key)) is not None and f.pages
        ]
        if cells:
            print(f"  {name:<22}" + " | ".join(cells))
    print()


def print_components(name: str, figures: Figures) -> None:
    if not figures.pages:
        return
    parts = ", ".join(
        f"{stage} {1000 * s / figures.pages:.2f}" for stage, s in sorted(figures.seconds.items())
    )
    print(f"CPU ms/page of {name} by component ({figures.pages} pages): {parts}")


FIXTURES = ROOT / "tests" / "fixtures" / "text"
FIXTURE_MAX_BYTES = 60_000


def record_fixtures(cases: list[Case], n: int) -> None:
    """Write ``n`` golden pages (see the module docstring) and their expectations."""
    run = new_system()
    ranked = sorted(
        (c for c in cases if c.kind == "realpages"),
        key=lambda c: hashlib.blake2b(c.name.encode(), digest_size=4).digest(),
    )
    FIXTURES.mkdir(parents=True, exist_ok=True)
    chosen: dict[str, dict[str, object]] = {}
    for case in ranked:
        if len(chosen) >= n:
            break
        data = gzip.compress(case.html.encode("utf-8"), 9, mtime=0)
        if len(data) > FIXTURE_MAX_BYTES:
            continue
        figures = Figures()
        figures.add(case, run(case)[0], {})
        if not figures.pages_right:
            continue
        (FIXTURES / f"{case.name}.gz").write_bytes(data)
        chosen[case.name] = {"url": case.url, "with": case.keep, "without": case.drop}
    (FIXTURES / "cases.json").write_text(
        json.dumps(chosen, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(chosen)} pages to {FIXTURES.relative_to(ROOT)}")


def lost_items(case: Case) -> list[tuple[str, str]]:
    """Expected items of ``case`` missing from the new pipeline's text, each with what lost it
    (see ``--why``)."""
    from pipelines.text.article import TextOptions, article_text

    if case.half != "A":
        raise ValueError(f"{case.name}: half {case.half} is held out")
    items = case.keep if case.snippets else [i["text"] for i in case.body]
    items = [case.lead, *items] if case.lead else items
    result = article_text(case.html, case.url, title_hint=case.title)
    text, raw = (flat(result.text), flat(result.raw)) if result else ("", "")
    full: str | None = None
    out = []
    for item in items:
        probe = flat(item)[:PRESENCE_CHARS]
        if not probe or probe in text:
            continue
        dropped = [
            d for d in (result.decisions if result else []) if not d.kept and probe in flat(d.block)
        ]
        if dropped:
            why = f"{dropped[0].stage}/{dropped[0].reason}"
        elif probe in raw:
            why = "cleaning/joined"  # in trafilatura's text, but split or joined by a stage
        else:
            if full is None:
                slow = article_text(
                    case.html,
                    case.url,
                    title_hint=case.title,
                    options=TextOptions(disabled=frozenset({"fast"})),
                )
                full = flat(slow.text) if slow else ""
            why = "fast" if probe in full else "extraction"
        out.append((item, why))
    return out


# The sets whose misses ``-v`` lists: those rules are studied on. The blind set is not among
# them: nobody studies its misses.
MISS_SETS = (
    "realpages/all",
    "datesA/labelled",
    "datesA/fresh-tune",
    "datesA/fresh-held",
    "datesB/tune",
    "metadev/all",
    "seeds/S",
)


def print_misses(results: dict[str, dict[str, Figures]], verbose: int) -> None:
    """Every miss of each system in MISS_SETS (ablations only at ``-vv``)."""
    for name, figures in results.items():
        if verbose < 2 and name.startswith("new -"):
            continue
        print(f"\n== misses of {name}")
        for key in MISS_SETS:
            for miss in figures[key].misses if key in figures else []:
                print("  " + miss)


def print_why(cases: Iterable[Case]) -> None:
    reasons: Counter[str] = Counter()
    for case in cases:
        if case.half != "A":
            continue
        for item, why in lost_items(case):
            reasons[why] += 1
            print(f"{why:<28}{case.kind:<10}{case.name}: {flat(item)[:70]!r}")
    print("missing items of half A by cause:", dict(reasons.most_common()))


def plain_cases(cases: list[Case], args: argparse.Namespace) -> list[Case]:
    """``cases`` with their pages rewritten by :func:`plain_markup` when ``--plain-markup`` asks,
    before any system reads them (each compared system reads the same rewritten page)."""
    if not args.plain_markup:
        return cases
    print(f"every page rewritten first: --plain-markup {args.plain_markup}")
    return [replace(c, html=plain_markup(c.html, args.plain_markup)) for c in cases]


def chosen(cases: list[Case], args: argparse.Namespace) -> list[Case]:
    """``cases`` of the sets ``--set`` names (a set name, or its first part: ``datesA``), all
    without it."""
    if not args.set:
        return cases
    return [c for c in cases if c.set_name in args.set or c.set_name.split("/")[0] in args.set]


@dataclass
class Misses:
    """One page's snippets as Figures.add judges them: the must-drop ones the text holds, the
    must-keep ones it lacks, the lead it lacks (the labelled lead; metadev: the first expected
    paragraph's first characters), and the must-keep ones and the lead it holds."""

    leaked: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    no_lead: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def case_misses(case: Case, text: str) -> Misses:
    """The snippets of ``case`` sorted by what ``text`` does with them (see :class:`Misses`)."""
    text_flat = flat(text)
    if case.kind == "metadev":
        paragraphs = [i["text"] for i in case.body if i["kind"] == "paragraph"]
        first = flat(paragraphs[0])[:PRESENCE_CHARS] if paragraphs else ""
        if not first:
            return Misses()
        return Misses(kept=[first]) if first in text_flat else Misses(no_lead=[first])
    if not case.snippets:
        return Misses()
    out = Misses(leaked=[s for s in case.drop if flat(s) in text_flat])
    for snippet in [*case.keep, *([case.lead] if case.lead else [])]:
        in_text = flat(snippet) in text_flat
        (out.kept if in_text else out.no_lead if snippet is case.lead else out.lost).append(snippet)
    return out


def print_leak_shapes(cases: Iterable[Case]) -> None:
    """``--leak-shapes``: every miss of the new pipeline classified by structure, a table per
    set and one per half (benchmarks/leak_shapes.py); counts only, never a snippet's text."""
    from benchmarks.leak_shapes import Page, Shapes, page_shapes
    from pipelines.text.article import article_text
    from pipelines.text.language import detect_language

    per_set: dict[str, Shapes] = defaultdict(Shapes)
    for case in cases:
        result = article_text(case.html, case.url, title_hint=case.title)
        text, raw = (result.text, result.raw) if result else ("", "")
        misses = case_misses(case, text)
        if not (misses.leaked or misses.lost or misses.no_lead or misses.kept):
            continue
        declared = result.extracted.language if result else None
        language = detect_language(text or raw, fallback=declared).language or declared or "?"
        added = [(d.block, d.stage) for d in result.decisions if d.kept] if result else []
        page = Page(result.tree if result else None, text, raw, language, flat, added)
        shapes = page_shapes(page, misses.leaked, misses.lost, misses.no_lead, misses.kept)
        for kind, shape in shapes:
            for key in (case.set_name, f"half {case.half} total"):
                per_set[key].add(kind, shape)
    for name in sorted(per_set):
        print(f"\n== {name}: misses of the new pipeline by shape (counts)")
        print("\n".join(per_set[name].lines()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--only", choices=["trafilatura", "today", "new"], action="append")
    parser.add_argument("--no-ablations", action="store_true")
    parser.add_argument(
        "--ablate", action="append", metavar="COMPONENT", help="only these ablations"
    )
    parser.add_argument("--half", choices=["A", "B"], help="restrict to one half (and seeds)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="list misses")
    parser.add_argument("--record", type=int, metavar="N", help="write N golden fixtures")
    parser.add_argument("--why", action="store_true", help="half A: what lost each item")
    parser.add_argument(
        "--set",
        action="append",
        metavar="SET",
        help="only this set (datesA/fresh-tune, realpages, seeds/S...); repeat for more",
    )
    parser.add_argument(
        "--plain-markup",
        nargs="?",
        const="tags",
        choices=PLAIN_MODES,
        help="rewrite every page first: HTML5 elements as div/span (tags), also no class/id",
    )
    parser.add_argument(
        "--leak-shapes", action="store_true", help="misses by structure, counts only"
    )
    args = parser.parse_args()
    if args.record:
        record_fixtures(load_realpages(args.shared), args.record)
        return
    if args.why:
        labelled = [*load_dates_labelled(args.shared), *load_dates_fresh(args.shared)]
        labelled += load_dates_tune(args.shared)
        cases = [*load_realpages(args.shared), *labelled, *load_metadev(args.shared)]
        print_why(plain_cases(chosen(cases, args), args))
        return

    cases = [*load_realpages(args.shared), *load_dates_labelled(args.shared)]
    cases += [*load_dates_fresh(args.shared), *load_dates_blind(args.shared)]
    cases += load_dates_tune(args.shared)
    cases += [*load_metadev(args.shared), *load_seeds()]
    cases = chosen(cases, args)
    if args.half:
        cases = [c for c in cases if c.half in (args.half, "S")]
    cases = plain_cases(cases, args)
    if args.leak_shapes:
        print_leak_shapes(cases)
        return
    halves = Counter(c.set_name for c in cases)
    print("pages per set and half (tuned on half A):", dict(sorted(halves.items())))
    systems: dict[str, Callable[[Case], Timed]] = {}
    wanted = args.only or ["trafilatura", "today", "new"]
    if "trafilatura" in wanted:
        systems["trafilatura"] = run_trafilatura
    if "today" in wanted:
        systems["today"] = run_today
    if "new" in wanted:
        systems["new"] = new_system()
        if not args.no_ablations:
            from pipelines.text.article import COMPONENTS

            for component in args.ablate or COMPONENTS:
                if component not in COMPONENTS:
                    parser.error(f"--ablate: {component} is not one of {', '.join(COMPONENTS)}")
                systems[f"new -{component}"] = new_system(frozenset({component}))
    # Warm up imports and trafilatura's caches so that the first system is not charged for them.
    for system in systems.values():
        system(cases[0])
    results = evaluate(systems, cases)
    print_table(results)
    for name in ("trafilatura", "today", "new"):
        if name in results:
            print_components(name, results[name]["all"])
    if args.verbose:
        print_misses(results, args.verbose)


if __name__ == "__main__":
    main()
