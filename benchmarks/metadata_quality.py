"""Metadata quality on the dev pages of ../shared/metadev: title, authors and publication date.

Prints right / missing / wrong per field and per language for (a) what Newsloom stored before the
resolver (trafilatura's metadata as ``extract_article`` returns it) and (b) the evidence-based
resolver of ``pipelines/text/metadata.py``, plus the resolver's CPU cost per page.

The publishers are split in two halves by a stable hash of their host name: half A is the one the
rules were tuned on, half B was only measured. Figures of B are the ones that tell how the rules
generalise; both are dev-set figures (the issue's targets are about publishers outside this set).
Since round 49 the hosts of the text benchmark's tune pool (``tune_pool`` of
tests/support/metadev.py: 100 dates/ pages, 3 truth pages on the same hosts) count in half A
whatever the hash draws (``A/tune``): half A had no wrong date left to learn from.

Comparison rules: tests/support/metadev.py (those of ../shared/metadev/README.md). Rows:
``published``: right counts the page's own calendar day (``local-day``, shown apart) where the
dates/ truth is a local day and the UTC day differs; ``strict`` beside it counts the stored
UTC day only (a local-day answer is wrong there). ``authors``: the README's scoring over every
truth entry; ``authors/persons``: against the truth's person names only, on pages that name one;
``authors/outlet``: pages whose truth names only an outlet, desk, agency or code, where storing
nothing (``none``) is what the issue asks; ``as-truth`` stored the truth's entry (an agency such
as "AFP"), ``other`` something else. ``authors, issue rules``: the issue's target, which forbids
storing an outlet, desk or agency: on pages whose truth names only those, storing nothing is
right and storing anything wrong; on the others the stored names must be exactly the truth's
persons (a page crediting "Jane Doe, dpa" is right with "Jane Doe"); a Korean credit
"X 기자 외 N명" ("reporter X and N others") is X plus N unnamed names.
``authors (our labels)`` (half A only): the dates/ pages have no author truth, so those of half
A were labelled by hand from their visible bylines (persons only, [] where none is named; how:
tests/fixtures/metadata/authors_dates_a.json). Where a label is [], storing nothing is right and
storing anything wrong. These are dev-set figures of the half the rules are tuned on.
``authors (our labels, tune)``: the same for the tune pool's dates/ pages (``A/tune``), labelled
the same way before any system's answer for them was looked at (how and which pages were left
out: tests/fixtures/metadata/authors_dates_tune.json).
``authors (our labels, realpages A)``: the same for the pages of ../shared/realpages (news,
magazines, blogs, public bodies; no truth of any kind) whose host is in half A of both this split
and the text benchmark's; only those are read. Labelled by hand from their visible bylines before
any rule was written for them (persons in page order, [] where none is named; how:
tests/fixtures/metadata/authors_realpages_a.json). They are counted in half A (``A/realpages``)
and in that one row only: they have no title or date truth.
``published (our labels, realpages A)``: the same pages' publication day as each shows it to a
reader (the line by the headline, a dateline, a post's meta line), or where it shows none the
instant its markup declares; where it has neither, storing nothing is right (how:
tests/fixtures/metadata/published_realpages_a.json). ``time (our labels, realpages A)``, on the
pages that show a time beside that day: ``right`` the instant (or, where the page states no zone,
the wall time in a whole-hour offset), ``untimed`` a day alone or nothing stored, ``wrong`` another
minute or day. ``time (our labels, dates A)``: the same for the dates/ pages of half A, whose
truth has no time: the time each shows beside its day, labelled by hand (how:
tests/fixtures/metadata/times_dates_a.json).

Which truth entries are outlets, desks or agencies (``outlet_entry`` in tests/support/metadev.py)
is decided by rules on the entry and the page, never by a list of truth values: the entry equals
or contains (or is contained in) the page's ``og:site_name`` / ``application-name``, its JSON-LD
publisher's name or the host's label (``ntv.com.tr``, ``t-online``, ``DER SPIEGEL``), or the
initials of one of those (``TPN``); it holds a desk word (Redaktion, rédaction, redacción,
redazione, staff, desk, newsroom, team); one of its comma-separated parts is a wire agency (dpa,
AFP, AP, Reuters, Anadolu Ajansı, KNA, epd, SID, APA, ANSA, EFE, Yonhap, Kyodo, TASS); or it is a
lower-case code of up to ten letters (``kesm``, ``srf/hosb``).

``--strip jsonld meta microdata`` (or a bare ``--strip``: all three) takes that markup out of
every page before both systems read it: the pages then look like those of publishers who
declare less, and the figures show what the fallbacks (``<time>`` elements, bylines, the text
under the headline, the URL) find alone. The truth is the same; a field the page shows nowhere
but in the removed markup is counted missing.
``--plain-markup tags|classes`` rewrites every page as ``benchmarks.text_quality`` does (HTML5's
sectioning elements and ``<time>`` as plain ``<div>``/``<span>``; ``classes`` also drops every
class and id): the pages of publishers who write older markup or hash their class names, where
byline classes, ``<time>`` and ``<header>`` tell nothing. Both options combine.

The footer also judges each published candidate the resolver refused (a conflict's sides, a
weak guess) as if it had been stored, per refusal and origin: what a refusal costs in right
dates and what it keeps out in wrong ones (``--show published`` names them per page); and, for
the weak guesses, where the page writes the guess's day (:mod:`benchmarks.guess_places`: below
or above the ``<h1>``, in another item, only in an attribute, only in script data, nowhere
shown), so that a rule accepting some guesses can be judged on both halves without naming a
held-out page.

``--why`` (:mod:`benchmarks.date_why`) counts, per half, every page whose ``published`` is
missing or wrong by the resolver's reason (``listing``, ``conflict``, ``weak``, ``dropped``: dated
evidence the resolver does not read or finds implausible, ``no candidate``, ``wrong from
<origin>``), per reason the candidate origins the pages hold (JSON-LD, meta tags, microdata, the
declared modification, any ``<time>``, script data, the URL, the extractor, a byline's, labelled
line's or attribute's date) and how many of them write the truth's day, and where the page writes
that day: which refusals a rule could win back, and which no rule on the page's evidence can.
Counts only, no page names, so it may be run on the held-out half.

Run: ``python -m benchmarks.metadata_quality [--data ../shared/metadev] [--strip KIND ...]
[--plain-markup tags|classes] [--only A|B] [--why]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from benchmarks.date_why import WhyTally, why
from benchmarks.guess_places import other_days, place_of_day
from benchmarks.text_quality import PLAIN_MODES, plain_markup
from pipelines.text.extraction import _options, extract_from_tree, parse_html
from pipelines.text.metadata import PageMetadata, author_evidence, resolve_metadata
from tests.support.metadev import (
    DEFAULT_DATA,
    FIELDS,
    REALPAGE_LABELS,
    TUNE_AUTHOR_LABELS,
    Case,
    Found,
    held_out_by_both,
    judge_authors,
    judge_date,
    judge_issue_authors,
    judge_labelled_authors,
    judge_labelled_day,
    judge_labelled_time,
    judge_outlet_page,
    judge_title,
    load_author_labels,
    load_cases,
    load_labelled_realpages,
    load_published_labels,
    load_time_labels,
    metadata_half_of,
    metadata_tune_hosts,
    person_truth,
)


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, verdict: str) -> None:
        self.counts[verdict] += 1
        self.counts["n"] += 1


# -- markup taken away --------------------------------------------------------------------

STRIPPABLE = ("jsonld", "meta", "microdata")
_JSONLD_RE = re.compile(
    r"<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL
)
# Every <meta> that names a value (name=, property=, itemprop=); charset and http-equiv stay, so
# the page decodes as before.
_META_RE = re.compile(r"<meta\b(?=[^>]*\b(?:name|property|itemprop)\s*=)[^>]*>", re.IGNORECASE)
# ``itemscope`` goes with its value where the page writes one (``itemscope="itemscope"``): left
# behind, the value would join the tag's name ("<html=\"itemscope\" lang=\"de\">") and the
# parser would drop the attributes after it (the page's language, its classes).
_MICRODATA_RE = re.compile(
    r"\s(?:itemprop|itemtype|itemid)\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)"
    r"|\sitemscope\b(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?",
    re.IGNORECASE,
)


def strip_markup(html: str, kinds: tuple[str, ...]) -> str:
    """The page without the machine-readable markup named in ``kinds``; the rest byte for byte."""
    if "jsonld" in kinds:
        html = _JSONLD_RE.sub("", html)
    if "meta" in kinds:
        html = _META_RE.sub("", html)
    if "microdata" in kinds:
        html = _MICRODATA_RE.sub("", html)
    return html


# -- the two extractors -------------------------------------------------------------------


@dataclass
class Cost:
    """CPU seconds of one page before and after, and whether the body text stayed the same."""

    before: float = 0.0  # trafilatura on the string, as the pipeline called it before
    after: float = 0.0  # parse once, trafilatura on the tree, the resolver
    resolver: float = 0.0
    same_text: bool = True


def _same_words(before: str | None, after: str | None) -> bool:
    """The same text but for where its lines break: the pipeline cuts a whole <article> that
    trafilatura's baseline read as one line at the article's blocks again
    (``extraction.article_lines``), which changes no word."""
    if before is None or after is None:
        return before == after
    return before.split() == after.split()


def baseline(case: Case) -> tuple[Found, str | None, float]:
    """What the pipeline stored before the resolver: trafilatura's fields as they came.

    trafilatura is called on the string, as the pipeline did before it parsed pages once.
    """
    options = _options()
    options.url = options.source = case.url
    t0 = time.process_time()
    doc = trafilatura.bare_extraction(case.html, options=options)
    cost = time.process_time() - t0
    if not isinstance(doc, Document) or not doc.text:
        return Found(None, [], None), None, cost
    found = Found(doc.title or None, [doc.author] if doc.author else [], doc.date or None)
    return found, doc.text, cost


def resolver(case: Case) -> tuple[Found, PageMetadata | None, str | None, float, float]:
    """The resolver on the page's one parsed tree: found, metadata, text, CPU all / resolver."""
    t0 = time.process_time()
    tree = parse_html(case.html)
    if tree is None:
        return Found(None, [], None), None, None, time.process_time() - t0, 0.0
    extracted = extract_from_tree(tree, case.html, case.url)
    t1 = time.process_time()
    meta = resolve_metadata(
        tree, case.url, fetched_at=case.fetched_at, extracted=extracted, html=case.html
    )
    t2 = time.process_time()
    found = Found(
        meta.title,
        list(meta.authors),
        meta.published,
        meta.headlines,
        meta.published_local_day,
        meta.published_precision,
    )
    return found, meta, extracted.text if extracted else None, t2 - t0, t2 - t1


# -- report -------------------------------------------------------------------------------

# Our labels of the realpages pool, reported apart from those of the dates/ pages.
REALPAGE_FIELD = "authors (our labels, realpages A)"
# Our labels of the tune pool's dates/ pages (A/tune), reported apart from the older dates/ labels.
TUNE_FIELD = "authors (our labels, tune)"
LABELLED_AUTHOR_FIELDS = ("authors (our labels)", REALPAGE_FIELD, TUNE_FIELD)
# Our date labels: the realpages' day and time, the dates/ pages' time (half A only).
PUBLISHED_FIELD = "published (our labels, realpages A)"
REALPAGE_TIME_FIELD = "time (our labels, realpages A)"
DATES_TIME_FIELD = "time (our labels, dates A)"
LABELLED_DATE_FIELDS = (PUBLISHED_FIELD, REALPAGE_TIME_FIELD, DATES_TIME_FIELD)
VERDICTS = {
    "published": ("right", "local-day", "missing", "wrong"),
    "title": ("right", "lenient", "missing", "wrong"),
    "authors": ("right", "partial", "missing", "wrong"),
    "authors/persons": ("right", "partial", "missing", "wrong"),
    "authors/outlet": ("none", "as-truth", "other"),
    "authors, issue rules": ("right", "partial", "missing", "wrong"),
    "authors (our labels)": ("right", "partial", "missing", "wrong"),
    REALPAGE_FIELD: ("right", "partial", "missing", "wrong"),
    TUNE_FIELD: ("right", "partial", "missing", "wrong"),
    PUBLISHED_FIELD: ("right", "missing", "wrong"),
}


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def _row(label: str, tally: Tally, verdicts: tuple[str, ...]) -> str:
    n = tally.counts["n"]
    counts = Counter(tally.counts)
    cells = []
    for verdict in verdicts:
        if verdict == "local-day":
            # Right on the page's own calendar day: part of "right", its share shown beside it.
            cells.append(f"(of which local-day {_pct(counts[verdict], n)}%)")
        elif verdict == "right" and "local-day" in verdicts:
            cells.append(f"right {_pct(counts['right'] + counts['local-day'], n)}%")
        else:
            cells.append(f"{verdict} {_pct(counts[verdict], n)}%")
    if "local-day" in verdicts:
        # Strict: the stored UTC day only, a local-day answer counted wrong.
        strict_wrong = counts["wrong"] + counts["local-day"]
        cells.append(f"strict right {_pct(counts['right'], n)}% wrong {_pct(strict_wrong, n)}%")
    return f"  {label:<29} n={n:<4} {'  '.join(cells)}"


def _base(fld: str) -> str:
    """The field a row is about: "authors/persons", "authors, issue rules" are authors."""
    return fld.split("/")[0].split(",")[0].split(" (")[0]


def _date_audit(origin: str | None, conflict: bool, weak: bool) -> str:
    """Where a stored date came from, or why none was stored (to tell the kinds of misses)."""
    if origin:
        return f" from {origin}"
    if conflict:
        return " (conflict: the page's dates disagree, or it shows only its update)"
    if weak:
        return " (weak: the extractor's guess, nothing on the page supports it)"
    return " (no candidate)"


def _weak_places(case: Case, refused: list[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """Where the page writes the day of each guess refused as weak, and how many other days it
    writes (its value: :func:`guess_places.place_of_day`, :func:`guess_places.other_days`); the
    page is parsed again only where there is one."""
    weak = [value for kind, _, value in dict.fromkeys(refused) if kind == "weak"]
    tree = parse_html(case.html) if weak else None
    if tree is None:
        return {}
    return {value: (place_of_day(tree, value[:10]), other_days(tree, value[:10])) for value in weak}


def _refusals(case: Case, refused: list[tuple[str, str, str]]) -> Iterator[tuple[str, str, str]]:
    """Each published candidate the resolver refused (a conflict's, a weak guess), judged as if
    it had been stored: (kind, origin, verdict); a candidate repeated on one page counts once."""
    for kind, origin, value in dict.fromkeys(refused):
        verdict, _ = judge_date(Found(None, [], value), case)
        yield kind, origin, verdict


def score(
    cases: list[Case],
    results: dict[str, dict[str, Found]],
    labels: dict[str, list[str]],
    date_labels: dict[str, dict[str, str | None]],
    tune_labelled: frozenset[str] = frozenset(),
) -> Iterator[tuple]:
    for case in cases:
        for system, found in results.items():
            res = found[case.name]
            date_label = date_labels.get(case.name)
            if date_label is not None and case.realpage:
                yield system, case, PUBLISHED_FIELD, judge_labelled_day(res, date_label)
                day = date_label["published"]
                minute = judge_labelled_time(res, day, date_label) if day else None
                if minute:
                    yield system, case, REALPAGE_TIME_FIELD, minute
            elif date_label is not None and case.date:
                minute = judge_labelled_time(res, case.date, date_label)
                if minute:
                    yield system, case, DATES_TIME_FIELD, minute
            if case.has_date_truth:
                day, minute = judge_date(res, case)
                yield system, case, "published", day
                if minute:
                    yield system, case, "time", minute
            if case.title is not None:
                yield system, case, "title", judge_title(res, case.title)
            if case.authors is not None:
                yield system, case, "authors", judge_authors(res, case.authors)
                persons = person_truth(case)
                if persons:
                    yield system, case, "authors/persons", judge_authors(res, persons)
                else:
                    yield system, case, "authors/outlet", judge_outlet_page(res, case.authors)
                yield system, case, "authors, issue rules", judge_issue_authors(res, case)
            if case.name in labels:
                label = labels[case.name]
                labelled = (
                    REALPAGE_FIELD
                    if case.realpage
                    else TUNE_FIELD
                    if case.name in tune_labelled
                    else "authors (our labels)"
                )
                yield system, case, labelled, judge_labelled_authors(res, label)


def _evidence(case: Case, title: str | None) -> str:
    """Each author source's raw names on one page (those the resolver did not read too)."""
    tree = parse_html(case.html)
    if tree is None:
        return "-"
    extracted = extract_from_tree(tree, case.html, case.url)
    found = author_evidence(tree, case.url, title, extracted)
    return "; ".join(f"{origin} {names!r}" for origin, names in found if names) or "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--show",
        choices=(*FIELDS, "time"),
        nargs="*",
        default=(),
        help="list the pages a field is not right on (time: the timed truths kept untimed)",
    )
    parser.add_argument("--half", choices=("A", "B"), default="A", help="whose pages --show lists")
    parser.add_argument(
        "--strip",
        choices=STRIPPABLE,
        nargs="*",
        help="take this markup out of every page first (the fallbacks' figures); bare: all of it",
    )
    parser.add_argument(
        "--plain-markup",
        choices=PLAIN_MODES,
        help="rewrite every page in older markup first (classes: also without class and id)",
    )
    parser.add_argument(
        "--only", choices=("A", "B"), help="read only this half's pages (A: nothing held out shows)"
    )
    parser.add_argument(
        "--why",
        action="store_true",
        help="count per half why published is missing or wrong, and the evidence each page holds",
    )
    args = parser.parse_args(argv)
    if not (args.data / "truth.jsonl").exists():
        print(f"no dev data at {args.data}", file=sys.stderr)
        return 1
    cases = [*load_cases(args.data), *load_labelled_realpages(args.data.parent / "realpages")]
    tune_hosts = (
        metadata_tune_hosts(args.data, args.data.parent / "realpages")
        if (args.data / "dates" / "dates.jsonl").is_file()
        else frozenset()
    )

    def half_of(host: str) -> str:
        return metadata_half_of(host, tune_hosts)

    if args.only:
        cases = [c for c in cases if half_of(c.host) == args.only]
    if args.strip is not None:
        args.strip = list(args.strip or STRIPPABLE)
    if args.strip:
        kinds = tuple(args.strip)
        cases = [dataclasses.replace(c, html=strip_markup(c.html, kinds)) for c in cases]
    if args.plain_markup:
        mode = args.plain_markup
        cases = [dataclasses.replace(c, html=plain_markup(c.html, mode)) for c in cases]
    tune_labels = load_author_labels(TUNE_AUTHOR_LABELS)
    labels = {**load_author_labels(), **load_author_labels(REALPAGE_LABELS), **tune_labels}
    date_labels = {**load_time_labels(), **load_published_labels()}
    results: dict[str, dict[str, Found]] = {"before": {}, "resolver": {}}
    costs: list[Cost] = []
    conflicts: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    # Where each page's published date came from ("-": none stored), to tell per source how
    # often it is right or wrong when it decides alone.
    date_origin: dict[str, str] = {}
    # The same for authors ("conflict": sources disagreed, "-": nothing stored), judged by the
    # issue's rules: which source, deciding alone, stores outlets or wrong people.
    author_origin: dict[str, str] = {}
    skipped: Counter[str] = Counter()
    # truth.jsonl holds article pages only: each one here would be an article dropped. dates/
    # also holds a few site roots and fronts (htmldate's evaluation dates any page), shown with
    # their URL so that a reader can tell a front from an article.
    listings: dict[str, list[str]] = {"truth": [], "dates": [], "realpages": []}
    origins_of: dict[str, dict[str, str]] = {}
    conflicts_of: dict[str, list[str]] = {}
    weak_of: dict[str, list[str]] = {}
    refused_of: dict[str, list[tuple[str, str, str]]] = {}
    meta_of: dict[str, PageMetadata | None] = {}
    for case in cases:
        before, before_text, before_cpu = baseline(case)
        found, meta, text, after_cpu, resolver_cpu = resolver(case)
        results["before"][case.name] = before
        results["resolver"][case.name] = found
        costs.append(Cost(before_cpu, after_cpu, resolver_cpu, _same_words(before_text, text)))
        origins_of[case.name] = meta.origin if meta is not None else {}
        conflicts_of[case.name] = meta.conflicts if meta is not None else []
        weak_of[case.name] = meta.weak if meta is not None else []
        refused_of[case.name] = meta.refused if meta is not None else []
        meta_of[case.name] = meta
        if meta is not None:
            conflicts.update(meta.conflicts)
            weak.update(meta.weak)
            if meta.listing:
                listings[case.set_name].append(f"{case.name} ({meta.listing}) {case.url}")
            origins.update(f"{k}={v}" for k, v in meta.origin.items())
            date_origin[case.name] = meta.origin.get("published", "-")
            author_origin[case.name] = meta.origin.get(
                "authors", "conflict" if "authors" in meta.conflicts else "-"
            )
            skipped.update(meta.skipped)
    tallies: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    languages: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    misses: list[str] = []
    by_origin: dict[str, Counter[str]] = defaultdict(Counter)
    authors_by_origin: dict[str, Counter[str]] = defaultdict(Counter)
    # Per refusal kind and the refused candidate's origin, whether it would have been right.
    refusals: dict[str, Counter[str]] = defaultdict(Counter)
    # Per weak refusal, where the page writes the refused guess's day.
    weak_places: dict[str, Counter[str]] = defaultdict(Counter)
    weak_others: dict[str, Counter[str]] = defaultdict(Counter)
    # --why: per half, why published is missing or wrong and what the pages hold.
    whys: dict[str, WhyTally] = defaultdict(WhyTally.empty)
    for system, case, fld, verdict in score(
        cases, results, labels, date_labels, frozenset(tune_labels)
    ):
        half = half_of(case.host)
        set_name = case.set_name
        if system == "resolver" and fld == "published":
            by_origin[f"{half} {date_origin.get(case.name, '-')}"][verdict] += 1
            for kind, origin, verdict_of in _refusals(case, refused_of[case.name]):
                refusals[f"{half} {kind} {origin}"][verdict_of] += 1
            for value, (place, others) in _weak_places(case, refused_of[case.name]).items():
                verdict_of, _ = judge_date(Found(None, [], value), case)
                weak_places[f"{half} {place}"][verdict_of] += 1
                weak_others[f"{half} {others}"][verdict_of] += 1
            if args.why and verdict in ("missing", "wrong"):
                whys[half].add(why(case, meta_of[case.name], verdict))
        if system == "resolver" and fld == "authors, issue rules":
            authors_by_origin[f"{half} {author_origin.get(case.name, '-')}"][verdict] += 1
        keys = [half, f"{half}/{set_name}"]
        if case.host in tune_hosts:
            keys.append("A/tune")
        if set_name == "truth" and half == "B" and held_out_by_both(case.host):
            # The text benchmark splits these pages with another hash: these are the B pages
            # neither benchmark tunes on.
            keys.append("B/truth, held out by both")
        for key in keys:
            tallies[(system, key, fld)].add(verdict)
        languages[(system, case.language, fld)].add(verdict)
        if (
            _base(fld) in args.show
            and half == args.half
            and system == "resolver"
            and verdict not in ("right", "lenient", "local-day", "none")
        ):
            res = results["resolver"][case.name]
            # "time" judges the published value to the minute: shown as the published field.
            base = "published" if _base(fld) == "time" else _base(fld)
            got = {"published": res.published, "title": res.title, "authors": res.authors}[base]
            want = {"published": case.date, "title": case.title, "authors": case.authors}[base]
            if fld in LABELLED_AUTHOR_FIELDS:
                want = labels[case.name]
            if fld in LABELLED_DATE_FIELDS:
                label = date_labels[case.name]
                want = {k: label.get(k) for k in ("published", "date", "time", "offset")}
            before = results["before"][case.name]
            was = {"published": before.published, "title": before.title, "authors": before.authors}[
                base
            ]
            audit = f" from {origins_of[case.name].get(base)}" if base in ("authors",) else ""
            if base == "authors" and "authors" in conflicts_of[case.name]:
                audit += " (conflict: sources name different people)"
            if base == "published":
                audit = _date_audit(
                    origins_of[case.name].get(base),
                    "published" in conflicts_of[case.name],
                    "published" in weak_of[case.name],
                )
                audit += "".join(
                    f" [refused {kind} {origin}: {verdict_of}]"
                    for kind, origin, verdict_of in _refusals(case, refused_of[case.name])
                )
            misses.append(
                f"  {fld} {verdict:8} {case.name}: got {got!r}{audit} want {want!r}"
                f" (before {was!r})"
            )
            if base == "authors":
                misses.append(f"      candidates: {_evidence(case, res.title)}")
    n_hosts = Counter(half_of(c.host) for c in {c.host: c for c in cases}.values())
    print(f"Metadata quality on {args.data} ({len(cases)} pages)")
    if args.strip:
        print(f"markup taken out of every page first: {', '.join(args.strip)}")
    if args.plain_markup:
        print(f"every page rewritten first: --plain-markup {args.plain_markup}")
    print(
        f"halves by publisher host: A = tuned on ({n_hosts['A']} hosts), "
        f"B = held out ({n_hosts['B']} hosts); 'truth' = truth.jsonl, 'dates' = dates/"
    )
    halves = (
        "A",
        "A/truth",
        "A/dates",
        "A/realpages",
        "A/tune",
        "B",
        "B/truth",
        "B/truth, held out by both",
        "B/dates",
    )
    for key in halves:
        print(f"\n== half {key}")
        for fld in (
            "published",
            "time",
            "title",
            "authors",
            "authors/persons",
            "authors/outlet",
            "authors, issue rules",
            *LABELLED_AUTHOR_FIELDS,
            *LABELLED_DATE_FIELDS,
        ):
            verdicts = VERDICTS.get(fld, ("right", "untimed", "wrong"))
            for system in results:
                tally = tallies.get((system, key, fld))
                if tally:
                    print(_row(f"{fld} {system}", tally, verdicts))
    print("\n== per language (both halves; published right [of which local-day]/missing/wrong,")
    print("   title right+lenient/n,")
    print("   authors right/partial/missing/wrong), before -> resolver")
    for lang in sorted(
        {c.language for c in cases}, key=lambda x: (-sum(c.language == x for c in cases), x)
    ):
        cells = []
        for fld in FIELDS:
            parts = []
            for system in results:
                t = languages.get((system, lang, fld))
                if not t:
                    continue
                c = t.counts
                if fld == "title":
                    parts.append(f"{c['right'] + c['lenient']}/{c['n']}")
                elif fld == "authors":
                    parts.append(f"{c['right']}/{c['partial']}/{c['missing']}/{c['wrong']}")
                else:
                    local = f" [+{c['local-day']}]" if c["local-day"] else ""
                    right = c["right"] + c["local-day"]
                    parts.append(f"{right}/{c['missing']}/{c['wrong']}{local}")
            if parts:
                cells.append(f"{fld} {' -> '.join(parts)}")
        print(f"  {lang:<4} " + "   ".join(cells))
    ms = sorted(c.resolver * 1000 for c in costs)
    print(
        "\nresolver CPU per page (after parsing and trafilatura): "
        f"median {statistics.median(ms):.2f} ms, p90 {ms[int(len(ms) * 0.9)]:.2f} ms, "
        f"max {ms[-1]:.2f} ms"
    )
    before_ms = statistics.median(c.before * 1000 for c in costs)
    after_ms = statistics.median(c.after * 1000 for c in costs)
    before_s, after_s = sum(c.before for c in costs), sum(c.after for c in costs)
    print(
        "extraction + metadata CPU per page, before (trafilatura on the string) -> after (parse"
        f" once, trafilatura on the tree, resolver): median {before_ms:.1f} -> {after_ms:.1f} ms,"
        f" total {before_s:.1f} -> {after_s:.1f} s ({100 * (after_s / before_s - 1):+.0f} %)"
    )
    print(
        "body text identical before and after, word for word (article_lines may break its lines): "
        f"{sum(c.same_text for c in costs)} of {len(costs)} pages"
    )
    print(
        "conflicts (field set to NULL): "
        + (", ".join(f"{k} {v}" for k, v in sorted(conflicts.items())) or "none")
    )
    print(
        "weak (field set to NULL, its one candidate unsupported): "
        + (", ".join(f"{k} {v}" for k, v in sorted(weak.items())) or "none")
    )
    for set_name, what in (("truth", "article pages"), ("dates", "pages"), ("realpages", "pages")):
        n = sum(c.set_name == set_name for c in cases)
        print(
            f"{set_name}: {what} taken for listings (would be dropped): "
            f"{len(listings[set_name])} of {n}"
            + "".join(f"\n  {name}" for name in listings[set_name])
        )
    print("origins: " + ", ".join(f"{k} {v}" for k, v in sorted(origins.items())))
    print("published by winning origin (right incl. local-day / missing / wrong):")
    for key in sorted(by_origin):
        c = by_origin[key]
        print(f"  half {key:<14} {c['right'] + c['local-day']}/{c['missing']}/{c['wrong']}")
    for title, counts in (
        ("published candidates refused, by refusal and origin", refusals),
        ("weak guesses refused, by where the page writes their day", weak_places),
        ("weak guesses refused, by how many other days the page shows", weak_others),
    ):
        print(f"{title} (would be right / wrong):")
        for key in sorted(counts):
            c = counts[key]
            print(f"  half {key:<22} {c['right'] + c['local-day']}/{c['wrong']}")
    print(
        "authors left out unconfirmed: "
        + (", ".join(f"{k} {v}" for k, v in sorted(skipped.items())) or "none")
    )
    print("authors, issue rules by winning origin (right / partial / missing / wrong):")
    for key in sorted(authors_by_origin):
        c = authors_by_origin[key]
        print(f"  half {key:<14} {c['right']}/{c['partial']}/{c['missing']}/{c['wrong']}")
    if args.why:
        print(
            "\nwhy published is missing or wrong (per reason: pages; per origin: pages it is on /"
        )
        print("  pages it writes the truth's day on; where the page writes the truth's day):")
        for half in sorted(whys):
            print(f"  half {half}")
            print("\n".join(whys[half].lines()))
    if misses:
        print(f"\n{', '.join(args.show)}: pages not right (half {args.half})")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
