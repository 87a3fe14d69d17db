"""Title, authors and dates of an article, resolved from the evidence of the page and its listing.

The title comes from :mod:`pipelines.text.titles` (kept as far as the heading that shows it does:
:mod:`pipelines.text.headline`), the dates from :mod:`pipelines.text.published`;
the authors are resolved here. Candidates, strongest first: the JSON-LD entity describing this
page, byline markup near the headline (:mod:`pipelines.text.authors`), meta tags, then the weaker
credits found without markup (a lead line, a credit in the text: :mod:`pipelines.text.bylinelines`;
a name by its place beside the date, a credit line's form, a Korean credit line:
:mod:`pipelines.text.shapedcredits`), the ``rel="author"`` links of the headline's ``<article>``,
a closing credit (:mod:`pipelines.text.shapedcredits` too),
the story's record in the page's script data (:mod:`pipelines.text.scriptdata`), the feed or
sitemap entry that listed the page, and trafilatura's own answer. When strong candidates
disagree the field stays empty and ``conflicts`` names it: missing is better than wrong.
``origin`` records where each field came from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol

from lxml.html import HtmlElement

from pipelines.text import authors as author_rules
from pipelines.text.bylinelines import credit_in_text, lead_byline_near
from pipelines.text.headline import (
    TAB_TITLES,
    declared_titles,
    heading_of_title,
    headline_after_kicker,
    headline_element,
    shown_title,
    story_facts,
    tab_site_part,
)
from pipelines.text.names import (
    MAX_CREDIT_NAMES,
    agree,
    capitalised_credits,
    capped_credit,
    name_parts,
    unique_names,
)
from pipelines.text.once import Once
from pipelines.text.pagetype import listing_reason
from pipelines.text.places import Places
from pipelines.text.published import resolve_dates
from pipelines.text.scriptdata import ScriptStory, script_story
from pipelines.text.shapedcredits import (
    closing_credit_near,
    korean_credit_near,
    opening_credit_near,
    position_byline_near,
)
from pipelines.text.structured import (
    PageFacts,
    entity_text,
    gather,
    host_of,
    loose,
    page_entity,
    site_names,
)
from pipelines.text.titles import choose_title
from pipelines.text.trackback import trackback_date

logger = logging.getLogger(__name__)

_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
)


# The kinds of listing whose entries give hints, as their hints name them.
_LISTING_KINDS = ("feed", "sitemap")

# The origin stored for a field whose strong candidates disagreed (left empty, counted as
# news/meta/<field>_conflict).
CONFLICT_ORIGIN = "conflict"
# The origin stored for a field whose one candidate was a guess nothing on the page supports
# (left empty, counted as news/meta/<field>_weak).
WEAK_ORIGIN = "weak"


class Found(Protocol):
    """trafilatura's answer, one candidate among others (``Extracted`` fits). Its ``text``,
    where it has one, is read for a reporters' credit ("Reporting by …")."""

    title: str | None
    author: str | None
    date: str | None


@dataclass(frozen=True)
class ListingHints:
    """What the feed or sitemap entry said about the page, and which of the two it was."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    kind: str | None = None  # "feed" or "sitemap"; None where the hints do not say

    @classmethod
    def from_mapping(cls, hints: Mapping[str, Any] | None) -> ListingHints:
        hints = hints or {}
        kind = hints.get("listing")
        if kind is None:
            # Hints stored before they named their listing: only a feed gives an author, only
            # a sitemap a lastmod.
            kind = "feed" if "author" in hints else "sitemap" if "lastmod" in hints else None
        return cls(hints.get("title"), hints.get("published"), hints.get("author"), kind)

    @property
    def origin(self) -> str:
        """The ``meta_origin`` of a field taken from these hints: the listing's kind, or
        ``listing`` where it is not known (a page stored before the hints named it)."""
        return self.kind if self.kind in _LISTING_KINDS else "listing"


@dataclass
class PageMetadata:
    """Resolved fields; dates are UTC ISO 8601 strings (``…Z``), see :mod:`pipelines.text.dates`."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_precision: str | None = None
    modified: str | None = None
    origin: dict[str, str] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    # Fields left empty because their one candidate was a guess nothing else on the page supports.
    weak: list[str] = field(default_factory=list)
    # The published candidates a conflict or a weak guess left out: (kind, origin, value).
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    # Candidates left out for lack of confirmation, e.g. ``authors_unconfirmed`` (counted as
    # news/meta/<reason>).
    skipped: list[str] = field(default_factory=list)
    published_local_day: str | None = None  # the day in the page's own zone (``published_day``)
    listing: str | None = None  # why the page is a listing, None for an article
    headlines: tuple[str, ...] = ()  # the page's own headline forms (h1, og:title, JSON-LD)

    @property
    def stored_origin(self) -> dict[str, str]:
        """The row's ``meta_origin``: ``origin``, ``conflict`` for a field left empty because its
        candidates disagreed and ``weak`` for one whose only candidate nothing supported, so
        that a user querying the table tells refused evidence from no evidence (a field with
        none of these has no entry)."""
        refused = {name: WEAK_ORIGIN for name in self.weak}
        refused.update((name, CONFLICT_ORIGIN) for name in self.conflicts)
        return {**refused, **self.origin}

    @property
    def author(self) -> str | None:
        """The display string for SQL users: names joined by ', '."""
        return ", ".join(self.authors) or None


def _author_candidates(
    facts: PageFacts,
    persons: list[str],
    headline: HtmlElement | None,
    found: Found | None,
    hints: ListingHints,
    bylines: author_rules.Bylines | None = None,
    script: Callable[[], ScriptStory] | None = None,
) -> list[tuple[str, Callable[[], list[str]]]]:
    """Author sources in order of trust, each a reader so it is read only when needed;
    ``bylines``: the headline's byline markup, when the caller asks it more (its editors);
    ``script``: the story's record in the page's script data (:func:`script_story`)."""
    if bylines is None:
        bylines = author_rules.Bylines(headline)
    return [
        ("jsonld", lambda: persons),
        ("byline", lambda: bylines.texts()),
        ("meta", lambda: [v for name in _AUTHOR_META for v in facts.meta.get(name, ())]),
        ("line", lambda: lead_byline_near(headline)),
        ("credit", lambda: credit_in_text(getattr(found, "text", None))),
        ("position", lambda: position_byline_near(headline)),
        ("opening", lambda: opening_credit_near(headline)),
        ("korean", lambda: korean_credit_near(headline)),
        ("article", lambda: author_rules.article_authors(headline)),
        ("closing", lambda: closing_credit_near(headline)),
        ("script", lambda: script().authors if script else []),
        (hints.origin, lambda: [hints.author] if hints.author else []),
        ("extractor", lambda: [found.author] if found and found.author else []),
    ]


def author_evidence(
    tree: HtmlElement, url: str, title: str | None, extracted: Found | None = None
) -> list[tuple[str, list[str]]]:
    """Every author source's raw names for one page, in order of trust, before any cleaning.

    For audits (the metadata benchmark prints them beside a page it gets wrong): the resolver
    reads only as many sources as it needs, this reads them all.
    """
    facts = gather(tree, url)
    entity = page_entity(facts)
    persons, _ = author_rules.jsonld_authors(entity, facts.entities)
    story = story_facts(facts, tree)
    anchor = heading_of_title(story, tree, headline_element(story, title), title)
    script = partial(script_story, tree, facts, (*facts.h1, title or ""))
    candidates = _author_candidates(facts, persons, anchor, extracted, ListingHints(), None, script)
    return [(origin, read()) for origin, read in candidates]


def _masthead_dropped(facts: PageFacts, story: PageFacts, tree: HtmlElement) -> bool:
    """Whether an <h1> was passed over as the site's masthead (:func:`tab_site_part`): counted
    (news/meta/h1_masthead), as it moves the title, the byline and the dates away from it.
    Asked only where :func:`story_facts` passed an <h1> over: most pages keep them all and
    are handed back their own facts."""
    if story is facts:
        return False
    kept = set(map(id, story.h1_elements))
    declared = declared_titles(facts)
    return any(
        id(h1) not in kept and tab_site_part(h1, text, facts.html_title, tree, declared)
        for text, h1 in zip(facts.h1, facts.h1_elements, strict=True)
    )


def _credited_as_editors(
    names: list[str],
    bylines: author_rules.Bylines,
    names_of: Callable[[list[str]], list[str]],
) -> bool:
    """Whether the page's credit labels every one of ``names`` as the story's editor.

    Sites that credit writer and editor side by side ("Jane Doe, Writer · John Roe, Editor")
    often fill the JSON-LD author from the CMS account that published the story, the editor's:
    when the JSON-LD names only the people the page itself calls editors, its disagreement with
    the byline's writers is no conflict, the byline names the authors.
    """
    editors = {loose(name) for name in names_of(bylines.texts(editors=True))}
    return bool(editors) and all(loose(name) in editors for name in names)


def _credit_capped(meta: PageMetadata, url: str) -> None:
    """Say once a page's credit was read only up to :data:`MAX_CREDIT_NAMES` names."""
    meta.skipped.append("authors_capped")
    logger.info(
        "%s: a credit of more than %d names, read up to the cap (news/meta/authors_capped)",
        url,
        MAX_CREDIT_NAMES,
    )


def _resolve_authors(
    facts: PageFacts,
    tree: HtmlElement,
    entity: dict[str, Any] | None,
    headline: HtmlElement | None,
    anchor: HtmlElement | None,
    found: Found | None,
    hints: ListingHints,
    sites: list[str],
    meta: PageMetadata,
    script: Callable[[], ScriptStory] | None = None,
) -> None:
    """The first source that names people, unless the visible byline names others.

    JSON-LD and meta tags are filled by the CMS, the byline is what the reader sees: when the
    chosen JSON-LD names and the byline near the headline (or the chosen byline and the meta
    tags) share no person, one of them is wrong and nothing tells which, so nothing is stored
    and ``conflicts`` names ``authors``. Organisations the JSON-LD names as authors are never
    stored nor taken from another source (``skipped``: ``authors_organisation``); a byline that
    names only editors names no author (``authors_editor_only``).
    """
    host = host_of(facts.url)
    persons, organisations = author_rules.jsonld_authors(entity, facts.entities)
    if organisations:
        # An organisation the JSON-LD credits (the outlet, an agency, a police office that
        # issued the report) is never stored, nor its name from another source: the issue
        # asks for people, as it refuses the site's name, a desk or an agency.
        meta.skipped.append("authors_organisation")
    outlets = [*sites, *organisations]
    sections = [entity_text(entity, "articleSection"), facts.first("article:section")]
    labels: author_rules.SectionLabels | None = None
    bylines = author_rules.Bylines(anchor)
    candidates = _author_candidates(facts, persons, anchor, found, hints, bylines, script)
    # What the page's cheap sources name: the evidence that reads a credit "Doe, Jane" as one
    # person (the form alone could be two people's family names).
    known, capped = capped_credit(
        [
            *persons,
            *(v for name in _AUTHOR_META for v in facts.meta.get(name, ())),
            *(a for a in (hints.author, found.author if found else None) if a),
        ]
    )
    if capped:
        _credit_capped(meta, facts.url)
    # Where the page says the story was written: the evidence that reads "Jane Doe, Berlin" as
    # a reporter and her dateline (read only when a credit names something after a name).
    places = Places(tree, getattr(found, "text", None), entity, facts.meta)
    # Each source's names, split and checked once: the byline asked beside the JSON-LD, and
    # again for its editors, often gives what a source read before gave (the same credit).
    split: dict[tuple[str, ...], list[str]] = {}

    def names_of(raw: list[str]) -> list[str]:
        nonlocal labels
        nonlocal capped
        key = tuple(raw)
        names = split.get(key)
        if names is None:
            read, cut = capped_credit(raw)
            if cut and not capped:
                capped = True
                _credit_capped(meta, facts.url)
            names = split[key] = name_parts(read, outlets, host, known, places)
        if not names:
            return []
        if labels is None:
            # Read once some source names someone: it reads every link of the page.
            labels = author_rules.SectionLabels(tree, sections)
        return unique_names(names, labels)

    for index, (origin, read) in enumerate(candidates):
        raw = read()
        names = names_of(raw)
        if not names and origin == "byline":
            # A byline set in lower case ("marcos lópez"): its names as the page writes them,
            # a given and a family name each (one word left after "by" is a user name: "by
            # admin").
            names = [
                name.lower() for name in names_of(capitalised_credits(raw)) if len(name.split()) > 1
            ]
        if not names:
            continue
        check: list[str] = []
        if origin in ("jsonld", "byline"):
            check = names_of(candidates[index + 1][1]())
            if check and not agree(names, check):
                if origin == "jsonld" and _credited_as_editors(names, bylines, names_of):
                    continue
                meta.conflicts.append("authors")
                return
            if origin == "jsonld" and not check and _credited_as_editors(names, bylines, names_of):
                # The page credits them as the story's editors and names its writers in no
                # form read here ("Jane Mary Ann Doe Writer"): the CMS account, not the author.
                continue
        if (
            origin in ("jsonld", "meta")
            and not check
            and headline is not None
            and not author_rules.shown_on_page(tree, names)
        ):
            # Named by the CMS only, shown nowhere on a page that shows its headline (a page
            # drawn by scripts shows neither): an account, not a byline.
            meta.skipped.append("authors_unshown")
            return
        if origin == "script" and not author_rules.shown_on_page(tree, names):
            # The CMS's record names them and the page shows them nowhere: an account.
            meta.skipped.append("authors_unshown")
            continue
        if origin in ("position", "opening", "closing") and any(name in places for name in names):
            # A name-shaped line beside the date that the page states as its dateline
            # ("Bad Homburg · 06.11.2023"): the place, not the writer.
            continue
        if origin == "extractor":
            # trafilatura's last resort reads any item's metadata and any byline-like text
            # (the outlet's credit on pages that name no person): stored only when the page
            # shows the same names in its own byline markup and its text reads them as names.
            names = author_rules.byline_markup_names(tree, names, headline, names_of)
            if not names:
                meta.skipped.append("authors_unconfirmed")
                return
        meta.authors = names
        meta.origin["authors"] = origin
        return
    if names_of(bylines.texts(editors=True)):
        # The byline names only the story's editors ("Editor: Jane Doe"): no writer stored.
        meta.skipped.append("authors_editor_only")


def _without_kicker(
    headline: HtmlElement | None,
    title: str | None,
    origin: str | None,
    refs: list[tuple[str, str | None]],
    facts: PageFacts,
) -> str | None:
    """The <h1>'s headline without the kicker set in it as an element of its own, where only
    the <h1> itself confirms the whole (:func:`headline_after_kicker`); a title the page
    declares as the whole <h1> keeps the kicker."""
    if origin != "h1" or headline is None or not title:
        return title
    whole = loose(headline.text_content())
    if loose(title) != whole:
        return title
    # The tab's title and trafilatura's repeat the <h1> rather than declare a headline.
    if any(loose(text) == whole for name, text in refs if text and name not in TAB_TITLES):
        return title
    return headline_after_kicker(headline, facts.html_title) or title


def resolve_metadata(
    tree: HtmlElement,
    url: str,
    *,
    fetched_at: datetime | str | None = None,
    hints: ListingHints | Mapping[str, Any] | None = None,
    extracted: Found | None = None,
    facts: PageFacts | None = None,
    listing: str | None = None,
    html: str | None = None,
) -> PageMetadata:
    """Title, authors, published and modified of one page; never raises on odd markup.

    ``tree`` is the page parsed once (trafilatura copies it before changing anything);
    ``fetched_at`` bounds plausible dates (now when not given); ``facts``: ``gather(tree,
    url)`` when the caller has it already (the worker reads them to spot a listing first);
    ``listing``: ``listing_reason(facts, tree)`` when the caller has read it (as the worker
    has, "" for none), not read again; ``html``: the page's text, for what its parsed tree
    no longer holds (the trackback description in a comment: :mod:`pipelines.text.trackback`).
    """
    if isinstance(fetched_at, str):
        fetched_at = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    if not isinstance(hints, ListingHints):
        hints = ListingHints.from_mapping(hints)
    if facts is None:
        facts = gather(tree, url)
    entity = page_entity(facts)
    sites = site_names(facts)
    host = host_of(url)
    meta = PageMetadata()
    refs = [
        ("og:title", facts.first("og:title", "twitter:title")),
        ("jsonld", entity_text(entity, "headline") or entity_text(entity, "name")),
        ("meta", facts.first("headline")),
        ("html_title", facts.html_title),
        ("extractor", extracted.title if extracted else None),
        (hints.origin, hints.title),
    ]
    # The site's or a section's name in an <h1> is neither the title nor the heading.
    story = story_facts(facts, tree)
    if _masthead_dropped(facts, story, tree):
        meta.skipped.append("h1_masthead")
    meta.title, meta.origin["title"] = choose_title(story.h1, refs, sites, host)
    if meta.title is None:
        del meta.origin["title"]
    meta.headlines = tuple(t for t in (*facts.h1, refs[0][1], refs[1][1]) if t)
    headline = headline_element(story, meta.title)
    # The heading that shows the title: what the byline, the days shown and the date line are
    # looked for beside, by both resolvers.
    heading = heading_of_title(story, tree, headline, meta.title)
    # The story's record in the page's script data, read once and only if a rule asks for it.
    read_script = Once(partial(script_story, tree, facts, (*facts.h1, meta.title or "")))
    # The authors first: their byline may show the time of a day the dates find without one.
    _resolve_authors(
        facts, tree, entity, headline, heading, extracted, hints, sites, meta, read_script
    )
    dates = resolve_dates(
        facts,
        tree,
        entity,
        headline,
        heading,
        meta.title,
        extracted.date if extracted else None,
        hints.published,
        fetched_at,
        lambda: read_script().published,
        meta.authors,
        hints.origin,
        None if html is None else partial(trackback_date, html, facts.identities),
    )
    meta.published, meta.published_precision = dates.published, dates.published_precision
    meta.published_local_day, meta.modified = dates.published_local_day, dates.modified
    meta.origin.update(dates.origin)
    meta.conflicts.extend(dates.conflicts)
    meta.weak.extend(dates.weak)
    meta.refused.extend(dates.refused)
    meta.skipped.extend(dates.skipped)
    if read_script.done:
        meta.skipped.extend(read_script().skipped)
    # The byline and the dates were looked for beside the heading the title as chosen finds;
    # the title stored is the headline that heading (or the page's text) shows.
    meta.title = shown_title(tree, heading, meta.title, meta.origin.get("title", "none"), host)
    meta.title = _without_kicker(headline, meta.title, meta.origin.get("title"), refs, facts)
    if meta.title is None:
        meta.origin.pop("title", None)
    meta.listing = listing_reason(facts, tree) if listing is None else listing or None
    return meta
