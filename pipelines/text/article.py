"""The article text of one page: trafilatura, a second opinion, markup, rules, lead, paywall.

One pure function, :func:`article_text`, run per page in the worker. The page is parsed once
(:func:`pipelines.text.extraction.read_page`); that tree serves trafilatura and the markup reads of
:mod:`pipelines.text.page`. Between the extraction and the rules that decide about its blocks,
the metadata is resolved (:func:`pipelines.text.metadata.resolve_metadata`, from the extraction's
fields, never from the text the rules leave): the rules that read the author's name (a credit
line, an author's box, a closing biography) read the names the row stores, not trafilatura's
author string, which is often empty where the markup names nothing (trafilatura's names only
where the resolver stores none: :func:`_rule_names`). Stages, each a component that can be
switched off to measure what it contributes (``benchmarks/text_quality.py`` prints every
ablation):

``fast``       trafilatura without its baseline comparison, re-run in full only when the second
               opinion doubts its text (:func:`pipelines.text.consensus.uncertain`) or the text
               is mostly the page's links (:func:`pipelines.text.page.holds_navigation`); needs
               ``consensus``, without which trafilatura always runs in full. A doubted fast
               text that the full one holds none of is kept beside it, where the second
               opinion holds both (:mod:`pipelines.text.fastkept`)
``fragments``  pieces of one line of the page that the extraction set as lines of their own
               (a ``<div>``'s text cut at its inline markup), joined again where the page glues
               them without a space (:mod:`pipelines.text.fragments`)
``jsonld``     the page's JSON-LD ``articleBody`` in place of an extracted text that holds less
               than half of it (a body rendered by script: the HTML shows a caption or a teaser)
``templates``  blocks learned as the source's template, by DOM fingerprint
               (:mod:`pipelines.text.templates`); also yields this page's fingerprints to count
``consensus``  paragraphs trafilatura skipped inside the article, from resiliparse, aligned by
               runs of tokens (:mod:`pipelines.text.consensus`)
``liveblog``   a live ticker's entry and day headings and key points that trafilatura dropped
               between its paragraphs (:mod:`pipelines.text.liveblog`)
``inbody``     unlinked list items and short paragraphs of the body trafilatura dropped between
               its paragraphs (:mod:`pipelines.text.inbody`)
``firstline``  the first line of a ``<br>``-broken block, which trafilatura drops while keeping
               the next ones (:mod:`pipelines.text.firstline`)
``structure``  captions, bylines, a label over a linked headline (:mod:`pipelines.text.structure`),
               teaser cards' blurbs (:mod:`pipelines.text.teasercards`), the boxes a heading
               labels as furniture ("Über den Autor", "Related") and tag lines
               (:mod:`pipelines.text.labelled`), the site's header over the headline
               (:mod:`pipelines.text.masthead`), the boxes the markup marks as furniture
               by what they are (:mod:`pipelines.text.marked`), the boxes titled by a
               heading among the body's paragraphs (:mod:`pipelines.text.sidebox`), other
               stories' cards with long blurbs (:mod:`pipelines.text.otherstories`), the
               site's furniture after the body's container (:mod:`pipelines.text.bodyend`);
               after ``cleaning``, the rest of a small box whose offer it dropped
               (:mod:`pipelines.text.offerbox`), the story's date line the line rules left
               among the text's opening blocks (:mod:`pipelines.text.openingdate`) and its
               credit line there (:mod:`pipelines.text.openingcredit`), the
               site's links and other stories' cards the text ends on
               (:mod:`pipelines.text.linkedend`), a lone linked
               headline between its paragraphs (:mod:`pipelines.text.linkedpara`), a related
               list's label the line rules keep ("More on …:" over the site's links, a
               read-also label glued to its linked headline: :mod:`pipelines.text.relatedlabel`),
               the title of a rail of other stories' links the text left out there
               (:mod:`pipelines.text.railheading`), the short lines it ends on set wholly in
               bold or italic (:mod:`pipelines.text.emphasisend`), the author's first-person
               note it ends on (:mod:`pipelines.text.selfbio`) and the headings the text ends
               on (the titles of boxes left out)
``cleaning``   the line rules of :mod:`pipelines.text.cleaning` (marker families, title copies,
               per-source patterns, learned lines)
``lead``       the standfirst the page shows, when trafilatura left it out: the block that renders
               the description, else the one classed as the lead, else the prose block beside
               the headline (:class:`pipelines.text.page.PageSignals`); over it, the line the
               page sets right after its headline (:mod:`pipelines.text.subtitle`)
``paywall``    the ``paywalled`` flag (:mod:`pipelines.text.paywall`)

Every block decision is recorded (``decisions``), so one page can be explained block by block.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from lxml.html import HtmlElement

from pipelines.text import (
    authorbox,
    bodyend,
    consensus,
    emphasisend,
    fastkept,
    firstline,
    fragments,
    inbody,
    labelled,
    linkedend,
    linkedpara,
    liveblog,
    marked,
    masthead,
    offerbox,
    openingcredit,
    openingdate,
    otherstories,
    railheading,
    relatedlabel,
    selfbio,
    sidebox,
    subtitle,
    teasercards,
    templates,
)
from pipelines.text.cleaning import drop_reasons, line_reasons
from pipelines.text.extraction import Extracted, at_parser_depth, extract_article, read_page
from pipelines.text.metadata import ListingHints, PageMetadata, resolve_metadata
from pipelines.text.page import (
    PageSignals,
    article_body,
    before_more_links,
    beside_pictures,
    flat,
    holds_navigation,
    labels_before,
    loose_key,
    read_signals,
    under_author_name,
)
from pipelines.text.paywall import paywall_status
from pipelines.text.structure import (
    closing_copyright,
    closing_headings,
    closing_imprint,
    dangling_labels,
    glued_rights,
    glued_teasers,
    link_list_headings,
    pull_quotes,
    structure_reasons,
)
from pipelines.text.structured import PageFacts, gather, host_of, page_entity, site_names
from pipelines.text.titles import strip_site_name

COMPONENTS = (
    "fast",
    "fragments",
    "jsonld",
    "templates",
    "consensus",
    "liveblog",
    "inbody",
    "firstline",
    "structure",
    "cleaning",
    "lead",
    "paywall",
)
# A lead is "already there" when this share of its four-token runs is in the text. At 0.5 a
# standfirst that the first paragraph paraphrases counted as present (dev half A).
_LEAD_PRESENT_SHARE = 0.8
# A lead only partly found (share under 1) counts as there when its runs are in this many
# opening blocks (a kicker or a dateline may come first). On dev half A the paraphrase of the
# comment above sat in the second block; the one partial match further down (fifth block) was a
# quote pulled for the standfirst, which the body repeats with its attribution cut in.
_LEAD_OPENING_BLOCKS = 3
# The declared articleBody replaces the extracted text when the text has less than this share of
# its characters. On the dev sets the extracted text of every other page with an articleBody
# held at least 0.7 of it (more where the page adds subheadings or boxes the body lacks).
_SCRIPT_BODY_SHARE = 0.5


@dataclass(frozen=True)
class TextOptions:
    """``disabled``: components (names from ``COMPONENTS``) to switch off. ``explain``: also
    record every kept block (stage ``result``), so that a page can be explained in full."""

    disabled: frozenset[str] = frozenset()
    explain: bool = False
    # Record the blocks the structure and line rules are given (``ArticleText.candidates``):
    # the offline block model of benchmarks/block_model.py reads them as the rules do.
    candidates: bool = False

    def on(self, component: str) -> bool:
        return component not in self.disabled


@dataclass(frozen=True)
class Decision:
    """What happened to one block: ``kept`` or dropped, by which stage, and why."""

    block: str
    kept: bool
    stage: str
    reason: str


@dataclass(frozen=True)
class Candidates:
    """The blocks the structure and line rules are given, in order, with each one's element
    (where one holds it) and the second opinion's paragraphs: what a model of blocks would
    read beside the rules (``benchmarks/block_model.py``)."""

    blocks: list[str]
    elements: dict[str, HtmlElement]
    second: list[str]


@dataclass
class ArticleText:
    """The cleaned text with the extraction's metadata and what was decided on the way.

    ``metadata``: the page's title, authors and dates as the resolver reads them from the
    page and the extraction (the rules read its authors); the page is read as an article
    (``metadata.listing`` is None: whether it is a listing is asked before any text work).
    ``raw`` is trafilatura's text before any decision (learned boilerplate counts lines of it);
    ``template_keys`` are the page's block fingerprints worth counting for its source.
    ``counts`` are stat increments: ``clean/<family>``, ``text/<component>/<reason>``.
    """

    text: str
    raw: str
    extracted: Extracted
    tree: HtmlElement | None = None  # the one parse of the page, for the metadata rules
    metadata: PageMetadata = field(default_factory=PageMetadata)
    paywalled: bool = False
    paywall_reasons: tuple[str, ...] = ()
    counts: Counter[str] = field(default_factory=Counter)
    decisions: list[Decision] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    template_keys: dict[str, str] = field(default_factory=dict)
    candidates: Candidates | None = None  # only with TextOptions.candidates


class _Clock:
    """CPU time per stage (process time: a worker waiting for a core must not look slow)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


def _lead(
    signals: PageSignals,
    text: str,
    title: str | None,
    counts: Counter[str] | None = None,
    cards: Collection[str] = (),
    day: str | None = None,
) -> str | None:
    """The standfirst to put before ``text``: shown by the page, missing from the text.

    A candidate equal to the headline is the headline (some pages put it in the description),
    and one that the line rules of cleaning drop is furniture: a page may set its newsletter
    pitch in the box classed as the lead, or use it as its description (counted as
    ``text/lead/boilerplate`` in ``counts``). One of ``cards`` (blocks the structure rules
    dropped as other stories' blurbs, :mod:`pipelines.text.otherstories`) is another story's
    introduction, classed as such in its card, not this story's standfirst (counted as
    ``text/lead/other_story``). One that is short, no sentence and writes ``day`` (the page's
    publication day, as :func:`pipelines.text.openingdate.opening_date_lines` reads it) is the
    story's date line, which a template may set where a standfirst stands (right under the
    headline) and which the structure rules drop from the text as such: no standfirst (counted
    as ``text/lead/date_line``). On the tuning sets this kept one must-drop date
    line ("تم نشره الجمعة 24 نيسان / أبريل 2020 ...") out of the text and lost no lead.
    """
    title_key = loose_key(title or "")
    card_keys = {loose_key(card) for card in cards}
    for candidate in (
        signals.lead_by_description,
        signals.lead_by_class,
        signals.lead_by_position,
    ):
        if not candidate or (title_key and loose_key(candidate) == title_key):
            continue
        if card_keys and loose_key(candidate) in card_keys:
            if counts is not None:
                counts["text/lead/other_story"] += 1
            continue
        if any(reason is not None for _, reason in drop_reasons(candidate)):
            if counts is not None:
                counts["text/lead/boilerplate"] += 1
            continue
        if openingdate.opening_date_lines([candidate], day):
            if counts is not None:
                counts["text/lead/date_line"] += 1
            continue
        if not _in_words(candidate, text) and not _lead_present(candidate, text):
            return candidate
    return None


# The meta tags that declare a page's description, as trafilatura prefers them.
_DESCRIPTION_METAS = ("description", "og:description", "twitter:description")


def _description(extracted: Extracted, facts: PageFacts) -> str | None:
    """The page's description, whose rendering under the headline is its standfirst
    (:func:`pipelines.text.page.read_signals`): trafilatura's, else the one the page's meta
    tags or its article's JSON-LD declare.

    trafilatura reads only the meta tags in the ``<head>``. A head that holds an element only
    a body may hold (an ``<iframe>``, a ``<noscript>`` with a picture) ends there for the
    parser, and the meta tags after it are parsed into the ``<body>``, where it never looks;
    the page still shows its description. Round 62, dev half A: a datesB/tune page, its
    standfirst in a ``<section>`` classed as the lead, loses it under ``--plain-markup tags``
    (a ``<div>`` there), the description being the only other sign of it."""
    if extracted.description:
        return extracted.description
    declared = facts.first(*_DESCRIPTION_METAS)
    if declared:
        return declared
    entity = page_entity(facts)
    value = entity.get("description") if entity is not None else None
    return value if isinstance(value, str) and value.strip() else None


def _lead_present(lead: str, text: str) -> bool:
    """Whether ``text`` already holds ``lead`` in other words: most of its runs of tokens, and
    all of them or in the text's opening blocks. A standfirst that trafilatura kept, or that the
    first paragraph paraphrases, is there at the top; a pulled quote set as the standfirst
    ("I have been complicit ... and I will never ...") is quoted again further down with its
    attribution cut in ("..., they said, and I will never ..."), and that quote is not the
    lead the page shows above the article."""
    share = consensus.shared_share(lead, text)
    if share < _LEAD_PRESENT_SHARE:
        return False
    if share == 1.0:
        return True
    opening = "\n".join(_blocks(text)[:_LEAD_OPENING_BLOCKS])
    return consensus.shared_share(lead, opening) >= _LEAD_PRESENT_SHARE


def _restore(
    blocks: Sequence[str],
    found: Sequence[consensus.Insertion],
    stage: str,
    reason: str,
    decisions: list[Decision],
    counts: Counter[str],
    counter: str = "restored",
) -> list[str]:
    """``blocks`` with what a recall stage found put back: each block a kept decision of that
    stage, all of them counted as ``text/<stage>/<counter>``."""
    decisions.extend(Decision(i.text, True, stage, reason) for i in found)
    counts[f"text/{stage}/{counter}"] += len(found)
    return consensus.apply_insertions(blocks, found)


def _in_words(part: str, whole: str) -> bool:
    """Whether ``part`` occurs in ``whole`` between whitespace (or the ends): then its tokens are
    a run of ``whole``'s and every one of its runs of tokens is in ``whole``, which settles
    :func:`consensus.shared_share` at 1.0 without tokenizing the whole text (on most pages the
    standfirst is the first paragraph)."""
    at = whole.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or whole[at - 1].isspace()) and (end == len(whole) or whole[end].isspace()):
            return True
        at = whole.find(part, at + 1)
    return False


def _blocks(text: str) -> list[str]:
    """The extracted text's paragraphs, whitespace-collapsed, empty ones left out."""
    return [block for block in map(flat, text.strip().splitlines()) if block]


def _rule_names(meta: PageMetadata, extracted: Extracted) -> list[str]:
    """The author's names the rules read: those the resolver stores; where it stores none,
    trafilatura's author (its names joined with "; "). The resolver leaves a field empty
    when its evidence is weak or disagrees (trafilatura's guess that no byline markup
    confirms, a byline that contradicts the JSON-LD): missing is better than wrong in the
    row, but a rule only drops a line that the name is, opens or heads, a weaker claim, and
    on dev half A without class names the guess still told a closing biography.

    Measured on dev half A against trafilatura's names, page by page: as they are no text of
    the text benchmark changes (one credit line more goes on a dates/ page outside its
    labels), under ``--plain-markup tags`` one (a byline line), under ``classes`` eight:
    four credit or byline lines and three closing biographies go (datesA/labelled leak
    63.3 -> 62.4 %), and an event page loses its name in its facts list, which the resolver
    stores as the author (a name-shaped line beside the date)."""
    if meta.authors:
        return list(meta.authors)
    return [n for name in (extracted.author or "").split(";") if (n := name.strip())]


def declared_body(blocks: Sequence[str], signals: PageSignals) -> list[str]:
    """The page's JSON-LD ``articleBody`` as paragraphs when ``blocks`` (the extracted text)
    hold less than half of its characters: the body is rendered by script and the HTML shows
    a caption or a teaser. Empty otherwise (trafilatura's text, with its structure, is better).
    """
    chars = sum(map(len, blocks))
    # The script's length bounds the body's: most pages are settled without parsing it.
    if not signals.body_scripts or chars >= _SCRIPT_BODY_SHARE * max(
        map(len, signals.body_scripts)
    ):
        return []
    declared = article_body(signals)
    return declared if chars < _SCRIPT_BODY_SHARE * sum(map(len, declared)) else []


def _first_named(*named: Mapping[str, str]) -> dict[str, str]:
    """{block: the reason of the first of ``named`` that names it}, merged once: a block's
    reason is then one lookup, where a ``ChainMap`` of the sixteen rules' blocks asked each of
    them in turn for every block the text keeps."""
    first: dict[str, str] = {}
    for reasons in reversed(named):
        first.update(reasons)
    return first


def _drop_structure(
    blocks: list[str],
    dropped: Collection[str],
    rule: str,
    counts: Counter[str],
    decisions: list[Decision],
    *,
    from_end: bool = False,
) -> list[str]:
    """``blocks`` without what the structure rule ``rule`` dropped, counted and recorded: the
    one way each rule of that stage reports, so that ``scrapy explain`` and the stats name them
    all alike. ``from_end``: the rule dropped the text's last blocks, cut off by position (a
    twin of one earlier in the text stays)."""
    if not dropped:
        return blocks
    counts[f"text/structure/{rule}"] += len(dropped)
    decisions.extend(Decision(block, False, "structure", rule) for block in dropped)
    if from_end:
        return blocks[: len(blocks) - len(dropped)]
    return [block for block in blocks if block not in dropped]


def _extraction(
    html: str,
    url: str,
    tree: HtmlElement,
    options: TextOptions,
    counts: Counter[str],
    decisions: list[Decision],
    clock: _Clock,
) -> tuple[Extracted, list[str], bool] | None:
    """trafilatura's article (fast where it may be, in full where the fast one finds nothing or
    the second opinion doubts it), resiliparse's paragraphs as that second opinion, and whether
    the text is still the fast one; None where nothing is found."""
    fast = options.on("fast") and options.on("consensus")
    extracted = extract_article(html, url, tree=tree, fast=fast)
    clock.lap("extract")
    if fast and extracted is None:
        # Nothing found fast: the full extraction decides, before any second opinion is paid
        # for (resiliparse is only ever run on pages where trafilatura found text).
        counts["text/fast/full_extraction"] += 1
        fast = False
        extracted = extract_article(html, url, tree=tree)
        clock.lap("extract")
    if extracted is None:
        return None
    second: list[str] = []
    if options.on("consensus") and at_parser_depth(tree):
        # resiliparse reads the page's whole nesting, at a cost growing with its square (a
        # 222 KB page of 20,000 nested <div>: 2.6 s, 552 KB of 50,000: 17 s); trafilatura read
        # it cut at the parser's depth. No second opinion: its text is trafilatura's alone.
        counts["text/consensus/too_deep"] += 1
    elif options.on("consensus"):
        second = consensus.second_opinion(html)
        clock.lap("consensus")
    if fast and consensus.uncertain(extracted.text, second):
        counts["text/fast/full_extraction"] += 1
        # The full extraction may still find nothing; the fast text is better than none.
        full = extract_article(html, url, tree=tree) or extracted
        # Where it found another part of the main content, holding none of the fast text,
        # the two are kept together (:mod:`pipelines.text.fastkept`).
        together = fastkept.kept_together(extracted.text, full.text, second)
        if together is not None:
            counts["text/fast/kept_with_full"] += 1
            decisions.extend(
                Decision(b, True, "fast", "kept_with_full") for b in _blocks(extracted.text)
            )
            full = replace(full, text=together)
        extracted = full
        fast = False
        clock.lap("extract")
    return extracted, second, fast


@dataclass
class _Work:
    """One page's text being made: the page, its extraction and the signals read of it, the
    blocks so far, and every decision and count on the way.

    Each step of :func:`article_text` is a method that reads these and changes ``blocks`` (and
    what it says it sets), so that a maintainer changing one step sees all it may touch."""

    html: str
    url: str
    tree: HtmlElement
    options: TextOptions
    clock: _Clock
    extracted: Extracted
    # resiliparse's paragraphs: the second opinion on what the article holds.
    second: list[str]
    # Whether ``extracted`` is still the fast extraction's.
    fast: bool
    facts: PageFacts
    counts: Counter[str]
    decisions: list[Decision]

    def __post_init__(self) -> None:
        # The tab title less the site's name: the headline's own words, where the title the
        # extraction read adds a kicker the page's heading leaves out.
        self.sites = site_names(self.facts)
        tab_title = strip_site_name(self.facts.html_title, self.sites, host_of(self.url)) or ""
        self.signals = read_signals(
            self.tree,
            _description(self.extracted, self.facts),
            self.extracted.title,
            self.facts.ld_json_texts,
            tab_title,
        )
        self.clock.lap("signals")
        self.blocks: list[str] = []
        self.meta = PageMetadata()
        self.authors: list[str] = []
        self.raw = ""
        self.template_keys: dict[str, str] = {}
        # The blocks a learned template removed: the second opinion must not bring them back.
        self.removed: set[str] = set()
        # Each block's element, read in one walk over the page for the fingerprints and for the
        # body container of ``inbody``.
        self.elements: dict[str, HtmlElement] = {}
        # A live ticker's container, read once: its entries are restored, and the rule for other
        # stories' cards leaves a ticker alone (each entry may be an <article>).
        self.live: HtmlElement | None = None
        self.title: str | None = None
        self.candidates: Candidates | None = None
        # Other stories' blurbs the structure rules drop: no candidate for the standfirst either.
        self.others: set[str] = set()
        self.wall_lines = 0
        # The lines cleaning drops with their family, for the boxes they mark.
        self.cleaned: list[tuple[str, str]] = []
        # The text before the line rules, where the boxes of the lines they drop are looked for.
        self.uncleaned: list[str] = []
        self.text = ""

    def on(self, component: str) -> bool:
        """Whether the component ``component`` runs (:meth:`TextOptions.on`)."""
        return self.options.on(component)

    def drop(self, dropped: Collection[str], rule: str, *, from_end: bool = False) -> None:
        """Take out of ``blocks`` what the structure rule ``rule`` dropped, counted and recorded
        (:func:`_drop_structure`)."""
        self.blocks = _drop_structure(
            self.blocks, dropped, rule, self.counts, self.decisions, from_end=from_end
        )

    def restore(
        self, found: Sequence[consensus.Insertion], stage: str, reason: str, counter: str
    ) -> None:
        """Put back into ``blocks`` what the stage ``stage`` found missing (:func:`_restore`)."""
        self.blocks = _restore(
            self.blocks, found, stage, reason, self.decisions, self.counts, counter
        )

    def settle_the_extraction(self) -> None:
        """The extraction's blocks, less a section's link the headline opens with; where the fast
        text took the page's menus and link lists, the full extraction's instead."""
        signals, counts = self.signals, self.counts
        if signals.headline_kicker is not None:
            # The headline's heading opens with a section's link: read as the headline without
            # it, so the rules that read what follows the headline see the page's own.
            counts["text/headline/kicker_link"] += 1
            self.decisions.append(
                Decision(signals.headline_kicker, False, "headline", "kicker link")
            )
        self.blocks = _blocks(self.extracted.text)
        if self.fast and holds_navigation(self.blocks, signals.links):
            # The fast text took the page's menus and link lists (its markup names no boxes):
            # the full extraction compares it with trafilatura's baselines, which weigh link
            # density. The metadata, and so the signals, are the same in both.
            counts["text/fast/full_extraction"] += 1
            counts["text/fast/navigation"] += 1
            self.extracted = extract_article(self.html, self.url, tree=self.tree) or self.extracted
            self.clock.lap("extract")
            self.blocks = _blocks(self.extracted.text)

    def resolve_the_metadata(
        self, fetched_at: datetime | str | None, hints: ListingHints | None
    ) -> None:
        """The extraction is final here: the resolver reads it (and the page), not the text that
        the rules below leave, and the rules read the authors it resolves."""
        self.meta = resolve_metadata(
            self.tree,
            self.url,
            fetched_at=fetched_at,
            hints=hints,
            extracted=self.extracted,
            facts=self.facts,
            listing="",
            html=self.html,
        )
        self.authors = _rule_names(self.meta, self.extracted)
        self.clock.lap("metadata")
        self.raw = self.extracted.text.strip()

    def take_the_declared_body(self) -> None:
        """The page's JSON-LD ``articleBody`` replaces the blocks where they hold too little of
        it: the body is rendered by script (:func:`declared_body`)."""
        if not (self.on("jsonld") and self.signals.body_scripts):
            return
        declared = declared_body(self.blocks, self.signals)
        if declared:
            self.counts["text/jsonld/article_body"] += 1
            self.decisions.extend(
                Decision(b, False, "jsonld", "replaced_by_body") for b in self.blocks
            )
            self.blocks = declared
        self.clock.lap("jsonld")

    def rejoin_and_match_templates(self, learned: Collection[str]) -> None:
        """Each block's element; the pieces of one line glued back (before every rule that
        reads the blocks: they read the page's lines); each block's template fingerprint, and
        the blocks the source has learned as its template removed."""
        tree, counts, decisions = self.tree, self.counts, self.decisions
        self.elements = (
            templates.block_elements(tree, self.blocks)
            if self.on("templates") or self.on("inbody") or self.on("fragments")
            else {}
        )
        if self.on("templates"):
            self.clock.lap("templates")  # the walk above, which the fingerprints share
        if self.on("fragments"):
            # The pieces are blocks no element holds, so ``elements`` narrows the search.
            joins = fragments.glued_pieces(self.blocks, self.elements, self.html, tree)
            if joins:
                counts["text/fragments/rejoined"] += len(joins)
                decisions.extend(Decision(j.line, True, "fragments", "rejoined") for j in joins)
                self.blocks = fragments.rejoin(self.blocks, joins)
                self.elements = templates.block_elements(tree, self.blocks)
            self.clock.lap("fragments")
        if self.on("templates"):
            # Every block's key only where the source has learned a template to remove.
            applies = any(k.startswith(templates.PREFIX) for k in learned)
            keys = templates.block_fingerprints(tree, self.blocks, self.elements, every=applies)
            self.template_keys = templates.countable(self.blocks, keys)
            if applies:
                kept = []
                for block, key in zip(self.blocks, keys, strict=True):
                    if key is not None and key in learned:
                        self.removed.add(block)
                        counts["text/templates/learned_block"] += 1
                        decisions.append(Decision(block, False, "templates", "learned_block"))
                    else:
                        kept.append(block)
                self.blocks = kept
            self.clock.lap("templates")

    def restore_the_second_opinions(self) -> None:
        """The second opinion's paragraphs inside the article that the extraction skipped; a
        template block the second opinion also has must not come back as "skipped text"."""
        if self.on("consensus"):
            found = consensus.insertions(
                self.blocks, self.second, self.signals.links | self.removed
            )
            self.restore(found, "consensus", "inside_article", "inserted")
            self.clock.lap("consensus")

    def restore_ticker_entries(self) -> None:
        """A live ticker's entries the extraction left out, before structure and cleaning: what
        is restored passes the same rules. The ticker's container is read once: the rule for
        other stories' cards leaves a ticker alone (each entry may be an <article>)."""
        if self.on("liveblog") or self.on("structure"):
            self.live = liveblog.ticker(self.tree)
        if not self.on("liveblog"):
            return
        if self.live is not None:
            restored = liveblog.missing_entries(self.blocks, self.live, self.signals.links)
            self.counts["text/liveblog/ticker"] += 1
            self.restore(restored, "liveblog", "ticker_entry", "restored")
        self.clock.lap("liveblog")

    def restore_in_body_items(self) -> None:
        """After the ticker's entries (landmarks here too), before structure and cleaning: the
        items between paragraphs, the headed lists closing the body (after its last paragraph,
        not between two blocks) and the key points a story opens with, right before its body."""
        if not self.on("inbody"):
            return
        links = self.signals.links
        restored = inbody.missing_items(self.blocks, self.elements, links)
        if restored:
            self.restore(restored, "inbody", "between_paragraphs", "restored")
        lists = inbody.closing_lists(self.blocks, self.elements, links)
        if lists:
            self.restore(lists, "inbody", "closing_list", "closing_list")
        points = inbody.opening_points(self.blocks, self.elements, links)
        if points:
            self.restore(points, "inbody", "opening_points", "opening_points")
        self.clock.lap("inbody")

    def restore_first_lines(self) -> None:
        """A paragraph's first line the extraction cut at a <br>, before structure and cleaning:
        what is restored passes the same rules."""
        if not self.on("firstline"):
            return
        restored = firstline.missing_first_lines(self.blocks, self.tree, self.signals.links)
        if restored:
            self.restore(restored, "firstline", "before_br", "restored")
        self.clock.lap("firstline")

    def hand_over_to_the_rules(self, title_hint: str | None) -> None:
        """The title the rules read (the extraction's, else the caller's hint), and where asked
        (``TextOptions.candidates``) the blocks they are given, for a model of blocks."""
        self.title = self.extracted.title or title_hint
        if self.options.candidates:
            self.candidates = Candidates(list(self.blocks), dict(self.elements), self.second)

    def drop_other_boxes(self) -> None:
        """The structure rules, on the blocks as the extraction placed them: glued teasers and
        rights lines leave their paragraphs, then each block another item's box holds (a card's
        blurb, a caption, a site's header, another story, an author's box...) is dropped with
        the first reason that names it, last what follows the body's end."""
        if not self.on("structure"):
            return
        blocks, signals, elements = self.blocks, self.signals, self.elements
        counts, decisions, tree, authors = self.counts, self.decisions, self.tree, self.authors
        # First: a read-also capsule glued to a paragraph's opening leaves the paragraph,
        # which the rules below read as any other.
        for block, (teaser, rest) in glued_teasers(blocks, signals).items():
            blocks = [rest if b == block else b for b in blocks]
            counts["text/structure/glued_teaser"] += 1
            decisions.append(Decision(teaser, False, "structure", "glued_teaser"))
        # And the rights line glued to a paragraph's end leaves the paragraph.
        for block, (rest, rights) in glued_rights(blocks).items():
            blocks = [rest if b == block else b for b in blocks]
            counts["text/structure/glued_rights"] += 1
            decisions.append(Decision(rights, False, "structure", "glued_rights"))
        kept = []
        labels = labels_before(elements, blocks)
        names = set(authors)
        notes = under_author_name(elements, blocks, names)
        # The element holding the body, read once for the rules that place blocks by it.
        region = inbody.body_region(elements)
        bio_notes = authorbox.author_box_notes(elements, blocks, names, region)
        cards = before_more_links(elements, blocks)
        blurbs = teasercards.card_blurbs(elements, blocks)
        headlines = teasercards.closing_link_list(elements, blocks, region)
        pictured = beside_pictures(elements, blocks)
        footer = closing_copyright(blocks)
        imprint = closing_imprint(blocks)
        header = masthead.before_headline(tree, elements, blocks, signals.headline, region)
        repeated = pull_quotes(elements, blocks)
        titled = link_list_headings(elements, blocks)
        dangling = dangling_labels(elements, blocks)
        furniture = labelled.furniture_blocks(tree, elements, blocks)
        tags = labelled.tag_lines(elements, blocks, signals.links)
        link_lines = labelled.label_link_lines(elements, blocks)
        boxed = marked.marked_blocks(tree, elements, blocks, signals.headline)
        sided = sidebox.side_boxes(elements, blocks)
        self.others = otherstories.other_stories(
            elements, blocks, region, signals.headline, ticker=self.live is not None
        )
        # The rules beside structure_reasons, in the order they name a block it leaves.
        named = _first_named(
            dict.fromkeys(blurbs, "card_blurb"),
            dict.fromkeys(pictured, "picture_caption"),
            dict.fromkeys(footer, "closing_copyright"),
            dict.fromkeys(imprint, "closing_imprint"),
            dict.fromkeys(header, "site_header"),
            {block: f"{kind}_box" for block, kind in furniture.items()},
            dict.fromkeys(tags, "tag_line"),
            dict.fromkeys(link_lines, "link_line"),
            {block: f"{kind}_box" for block, kind in boxed.items()},
            dict.fromkeys(sided, "side_box"),
            dict.fromkeys(self.others, "other_story"),
            dict.fromkeys(bio_notes, "author_box_note"),
            dict.fromkeys(repeated, "pull_quote"),
            dict.fromkeys(titled, "link_list_heading"),
            dict.fromkeys(dangling, "dangling_label"),
            dict.fromkeys(headlines, "closing_link_list"),
        )
        for block, reason in zip(
            blocks,
            structure_reasons(
                blocks,
                signals,
                # Joined as trafilatura joins several authors, which the rules split.
                "; ".join(authors) or None,
                self.title,
                labels,
                notes,
                cards,
                url=self.url,
                teaser_blurbs=blurbs,
            ),
            strict=True,
        ):
            if reason is None:
                reason = named.get(block)
            if reason is None:
                kept.append(block)
            else:
                counts[f"text/structure/{reason}"] += 1
                decisions.append(Decision(block, False, "structure", reason))
        # Last: where the body ends is read from the blocks the rules above keep (a run of
        # teaser cards' blurbs after the body is no paragraph of it).
        ending = bodyend.after_body(elements, kept, region)
        self.blocks = _drop_structure(kept, ending, "after_body", counts, decisions)
        self.clock.lap("structure")

    def clean_lines(
        self, strip_patterns: Sequence[str | re.Pattern[str]], learned: Collection[str]
    ) -> None:
        """The line rules (:func:`cleaning.line_reasons`): each line a family of boilerplate
        names is dropped, and counted under ``clean/<family>``; the paywall's lines counted for
        the paywall's verdict."""
        self.uncleaned = self.blocks
        if not self.on("cleaning"):
            return
        kept = []
        # The blocks are whitespace-collapsed lines already (flat), so cleaning takes them
        # as they are.
        for line, reason in line_reasons(
            self.blocks, title=self.title, extra_patterns=strip_patterns, learned=learned
        ):
            if not line:
                continue
            if reason is None:
                kept.append(line)
                continue
            self.counts[f"clean/{reason}"] += 1
            self.cleaned.append((line, reason))
            self.wall_lines += reason == "paywall"
            self.decisions.append(Decision(line, False, "cleaning", reason))
        self.blocks = kept
        self.clock.lap("cleaning")

    def drop_what_cleaning_left(self) -> None:
        """The structure rules that read what the line rules left: an offer's box, the story's
        own date and credit lines, the site's linked headlines, labels and links around and
        under the story, sign-offs, an author's note on themselves, a closing heading."""
        if not self.on("structure"):
            return
        tree, elements, url, authors = self.tree, self.elements, self.url, self.authors
        # After the line rules: the rest of a small box whose offer they dropped goes with it.
        self.drop(
            offerbox.offer_box_blocks(elements, self.blocks, self.cleaned, self.uncleaned),
            "offer_box",
        )
        # The story's date line the line rules left (their words are a few languages'): the
        # day it writes. A live ticker's entries open with their days: none is the story's.
        live = self.live
        dated = (
            openingdate.opening_date_lines(self.blocks, self.meta.published_local_day)
            if live is None
            else []
        )
        self.drop(dated, "opening_date_line")
        # The story's credit line the line rules left: the author's or the site's name the
        # metadata gives, then a role, an outlet, a date.
        credits = (
            openingcredit.opening_credit_lines(self.blocks, authors, self.sites)
            if live is None
            else []
        )
        self.drop(credits, "opening_credit_line")
        # A lone linked headline of the site's between the story's paragraphs: a read-also
        # without its label.
        self.drop(
            linkedpara.linked_paragraphs(tree, elements, self.blocks, url), "linked_paragraph"
        )
        # A related list's label the line rules keep: "More on …:" over the site's links, a
        # read-also label glued to its linked headline.
        self.drop(relatedlabel.related_labels(elements, self.blocks, url), "related_label")
        # The heading of a rail of other stories' links among the story's paragraphs: after
        # the rules above, which may drop the rail's blocks the extraction kept.
        self.drop(railheading.rail_headings(tree, elements, self.blocks, url), "rail_heading")
        # The site's links under the story (a section's, a shop's, a footer's row): before
        # the headings, which may title them.
        tail = linkedend.closing_links(tree, elements, self.blocks, url, authors)
        self.drop(tail, "linked_end", from_end=True)
        # Other stories' cards under the story (a linked headline over a blurb linked to the
        # same page), and the site's links over them.
        card_tail = linkedend.closing_cards(tree, elements, self.blocks, url)
        if card_tail:
            # Another story's blurb is no candidate for the standfirst either.
            self.others = self.others | set(card_tail)
            self.drop(card_tail, "linked_card", from_end=True)
            tail = linkedend.closing_links(tree, elements, self.blocks, url, authors)
            self.drop(tail, "linked_end", from_end=True)
        # The lines set apart in bold or italic under the story (a sign-off, a credit, a
        # related list's label): after the site's links, which may follow them.
        self.drop(
            emphasisend.closing_emphasis(elements, self.blocks), "emphasis_end", from_end=True
        )
        # The author's note about themselves in the first person under the story ("I am a
        # freelance writer in ..."), and its short form over it: after the sign-offs and
        # links, which may follow it.
        self.drop(selfbio.self_bio_blocks(self.blocks), "self_bio")
        # The line rules may also drop what a heading titled: a heading the text ends on
        # titles nothing of it.
        signals = self.signals
        walled = signals.wall_markup or signals.accessible_for_free is False
        closing = closing_headings(tree, elements, self.blocks, walled)
        self.drop(closing, "closing_heading", from_end=True)
        self.clock.lap("structure")

    def add_the_lead(self) -> None:
        """The standfirst the extraction left out over the text (:func:`_lead`), then the
        headline's subtitle over both. After the rules, which read the blocks as the extraction
        placed them (a subtitle may repeat the picture's alt text, which marks a caption among
        them; a line of body length at the top would make the labels under it lines between
        paragraphs); the subtitle passes the line rules of cleaning, as a lead does."""
        self.text = "\n".join(self.blocks)
        if not self.on("lead"):
            return
        signals, counts, decisions, text = self.signals, self.counts, self.decisions, self.text
        lead = _lead(signals, text, self.title, counts, self.others, self.meta.published_local_day)
        if lead is not None:
            text = f"{lead}\n{text}"
            counts["text/lead/added"] += 1
            reason = "standfirst"
            if lead == signals.lead_by_class:
                # Which element the page classes its standfirst in (<p>, <section>, <h3>, ...).
                counts[f"text/lead/class/{signals.lead_class_tag}"] += 1
                reason = f"standfirst: <{signals.lead_class_tag}> classed as the lead"
            decisions.append(Decision(lead, True, "lead", reason))
        dek = subtitle.missing_subtitle(
            signals.headline, text.splitlines(), self.authors, self.title
        )
        if dek is not None and not any(reason for _, reason in drop_reasons(dek)):
            text = f"{dek}\n{text}" if text else dek
            counts["text/lead/subtitle"] += 1
            reason = "subtitle"
            if any(c.isdigit() for c in dek):
                # A sentence that cites figures (subtitle._sentence_with_figures).
                counts["text/lead/subtitle/figures"] += 1
                reason = "subtitle: a sentence with figures"
            decisions.append(Decision(dek, True, "lead", reason))
        self.text = text
        self.clock.lap("lead")

    def result(self) -> ArticleText:
        """The text with what was decided on the way, and the paywall's verdict on it."""
        text, signals, counts = self.text, self.signals, self.counts
        if self.options.explain:
            self.decisions.extend(Decision(b, True, "result", "kept") for b in text.splitlines())
        result = ArticleText(
            text,
            self.raw,
            self.extracted,
            tree=self.tree,
            metadata=self.meta,
            counts=counts,
            decisions=self.decisions,
            template_keys=self.template_keys,
            candidates=self.candidates,
        )
        if self.on("paywall"):
            wall = paywall_status(
                accessible_for_free=signals.accessible_for_free,
                wall_lines=self.wall_lines,
                wall_markup=signals.wall_markup,
                text=text,
            )
            result.paywalled, result.paywall_reasons = wall.paywalled, wall.reasons
            if wall.paywalled:
                counts["text/paywall/paywalled"] += 1
            self.clock.lap("paywall")
        result.seconds = self.clock.seconds
        return result


def article_text(
    html: str,
    url: str,
    *,
    title_hint: str | None = None,
    strip_patterns: Sequence[str | re.Pattern[str]] = (),
    learned: Collection[str] = (),
    options: TextOptions = TextOptions(),
    tree: HtmlElement | None = None,
    facts: PageFacts | None = None,
    fetched_at: datetime | str | None = None,
    hints: ListingHints | None = None,
) -> ArticleText | None:
    """The article of ``html`` (decoded text) at ``url``, or None when it holds none.

    ``tree``: ``html`` already parsed by :func:`read_page`, when the caller read the page
    before (the worker checks for a listing first), with ``html`` the text it gave; parsed
    here otherwise. ``facts``: ``gather(tree, url)`` where the caller has it; gathered here
    otherwise. ``fetched_at`` and ``hints`` (the listing's entry) go to the metadata resolver.

    The steps run in this order, each a method of :class:`_Work` that says why it exists.
    """
    clock = _Clock()
    if not isinstance(html, str):
        raise TypeError("article_text takes decoded text, not bytes")
    if tree is None:
        html, tree = read_page(html)
        clock.lap("parse")
    if tree is None:
        return None
    counts: Counter[str] = Counter()
    decisions: list[Decision] = []
    found = _extraction(html, url, tree, options, counts, decisions, clock)
    if found is None:
        return None
    extracted, second, fast = found
    if facts is None:
        facts = gather(tree, url)
        clock.lap("metadata")
    work = _Work(html, url, tree, options, clock, extracted, second, fast, facts, counts, decisions)
    work.settle_the_extraction()
    work.resolve_the_metadata(fetched_at, hints)
    work.take_the_declared_body()
    work.rejoin_and_match_templates(learned)
    work.restore_the_second_opinions()
    work.restore_ticker_entries()
    work.restore_in_body_items()
    work.restore_first_lines()
    work.hand_over_to_the_rules(title_hint)
    work.drop_other_boxes()
    work.clean_lines(strip_patterns, learned)
    work.drop_what_cleaning_left()
    work.add_the_lead()
    return work.result()
