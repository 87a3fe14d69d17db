"""Why a page's publication date is not right: the metadata benchmark's ``--why`` diagnostic.

For every page whose stored ``published`` is missing or wrong, the resolver's reason and the
evidence the page holds: which kinds of date candidate it offers (:data:`ORIGINS`, each read by
the library's own readers, wherever on the page it stands) and which of them write the truth's
day. A refusal whose truth is within reach (a candidate of some origin writes that day) is what a
rule could win back; a page where no origin writes it is out of reach of any rule on what the
page declares. Counted per half, reason and origin, never named per page, so that the held-out
half can be read without designing a rule on it.

The reasons, first that applies: ``listing`` (the page is taken for a listing and would be
dropped whatever its date), ``conflict`` (candidates disagreed, or the page shows only its
update), ``weak`` (the one candidate was the extractor's guess, nothing supported it),
``dropped`` (no refusal, and the page holds dated evidence: the resolver reads it nowhere it
looks, or finds it implausible), ``no candidate`` (none of the origins writes a day at all) and,
for a date stored, ``wrong from <origin>``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree
from lxml.html import HtmlElement

from benchmarks.guess_places import place_of_day
from crawler.clock import Stamp, parse_timestamp, plausible
from pipelines.text.datechecks import (
    address_days,
    attribute_days,
    byline_days,
    labelled_in,
    texts_of_the_story,
)
from pipelines.text.dateowner import TIMES
from pipelines.text.dates import date_from_url, possible_days, tidy_timestamp
from pipelines.text.extraction import extract_from_tree, parse_html
from pipelines.text.metadata import PageMetadata
from pipelines.text.scriptdata import script_story
from pipelines.text.structured import PageFacts, entity_text, gather, page_entity
from pipelines.text.timeofday import data_days, data_publications
from tests.support.metadev import Case

# The candidate origins looked for, in the order they are printed.
ORIGINS = (
    "jsonld",  # datePublished of the entity describing this page
    "jsonld-other",  # datePublished of any other entity (a related item, a list's)
    "meta",  # a meta tag of a publication-like name
    "microdata",  # itemprop datePublished
    "modified",  # a declared modification (JSON-LD dateModified, modified meta tags)
    "time",  # any <time> or datetime attribute, anywhere on the page
    "script",  # the story's record in script data, a publish-like key in script data
    "url",  # a full date in the URL or in the canonical address
    "extractor",  # trafilatura's own answer
    "byline",  # the date on a byline's line
    "label",  # a line labelled as the publication
    "attribute",  # an aria-label or title labelling the publication
)

# Meta tags of a name that states a publication (``article:published_time``, ``dc.date``,
# ``pubdate``, ``sailthru.date``), not a change.
_PUBLICATION_NAME = re.compile(r"publi|creat|upload|issued|release|date", re.IGNORECASE)
_CHANGE_NAME = re.compile(r"modif|updat|expir|edit|revis", re.IGNORECASE)
_MICRODATA = etree.XPath("//*[@itemprop='datePublished']")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified")


@dataclass(frozen=True)
class Why:
    """One page's answer: the reason, the origins it holds and those writing the truth's day,
    where the page writes that day (:func:`guess_places.place_of_day`)."""

    reason: str
    present: frozenset[str]
    truthful: frozenset[str]
    place: str


def _stamp_days(values: list[str | None], fetched_at: datetime | None) -> set[str]:
    """The days the timestamps ``values`` may fall on, plausible ones only."""
    days: set[str] = set()
    for value in values:
        stamp = parse_timestamp(tidy_timestamp(value), "probe") if value else None
        if stamp is not None and plausible(stamp, fetched_at):
            days |= possible_days(stamp) | {stamp.local_day}
    return days


def _published_name(name: str) -> bool:
    return bool(_PUBLICATION_NAME.search(name)) and not _CHANGE_NAME.search(name)


def _other_entities(facts: PageFacts, own: object) -> list[str | None]:
    return [entity_text(e, "datePublished") for e in facts.entities if e is not own]


def _probes(
    tree: HtmlElement, facts: PageFacts, case: Case, extracted: str | None
) -> dict[str, Callable[[], set[str]]]:
    """Each origin's days on the page, read when asked."""
    entity = page_entity(facts)
    at = case.fetched_at

    def script() -> set[str]:
        story = script_story(tree, facts, facts.h1).published
        moments = [s.iso() for s in data_publications(tree)]
        return _stamp_days([story, *moments], at) | data_days(tree)

    def url() -> set[str]:
        stamp: Stamp | None = date_from_url(case.url)
        return ({stamp.day} if stamp is not None else set()) | address_days(facts)

    return {
        "jsonld": lambda: _stamp_days([entity_text(entity, "datePublished")], at),
        "jsonld-other": lambda: _stamp_days(_other_entities(facts, entity), at),
        "meta": lambda: _stamp_days(
            [v for name, values in facts.meta.items() if _published_name(name) for v in values],
            at,
        ),
        "microdata": lambda: _stamp_days(
            [e.get("datetime") or e.get("content") or e.text_content() for e in _MICRODATA(tree)],
            at,
        ),
        "modified": lambda: _stamp_days(
            [entity_text(entity, "dateModified"), facts.first(*_MODIFIED_META)], at
        ),
        "time": lambda: _stamp_days([e.get("datetime") for e in TIMES(tree)], at),
        "script": script,
        "url": url,
        "extractor": lambda: _stamp_days([extracted], at),
        "byline": lambda: byline_days(tree),
        "label": lambda: set(labelled_in(texts_of_the_story(tree)).published),
        "attribute": lambda: attribute_days(tree),
    }


def _wanted(case: Case) -> set[str]:
    """The truth's day, and its UTC day where the truth states its offset."""
    if case.date is None:
        return set()
    want = datetime.fromisoformat(case.date)
    days = {want.date().isoformat()}
    if want.tzinfo is not None:
        days.add(want.astimezone(UTC).date().isoformat())
    return days


def _reason(meta: PageMetadata, verdict: str, present: frozenset[str]) -> str:
    if verdict == "wrong":
        return f"wrong from {meta.origin.get('published', '?')}"
    if meta.listing:
        return "listing"
    if "published" in meta.conflicts:
        return "conflict"
    if "published" in meta.weak:
        return "weak"
    return "dropped" if present else "no candidate"


def why(case: Case, meta: PageMetadata | None, verdict: str) -> Why:
    """Why ``case`` got the ``published`` ``verdict`` ("missing" or "wrong") from ``meta``."""
    tree = parse_html(case.html)
    if tree is None or meta is None:
        return Why("unparsed", frozenset(), frozenset(), "nowhere")
    extracted = extract_from_tree(tree, case.html, case.url)
    facts = gather(tree, case.url)
    days = {
        origin: look()
        for origin, look in _probes(
            tree, facts, case, extracted.date if extracted else None
        ).items()
    }
    wanted = _wanted(case)
    present = frozenset(origin for origin, found in days.items() if found)
    truthful = frozenset(origin for origin, found in days.items() if found & wanted)
    place = place_of_day(tree, min(wanted)) if wanted else "no truth's day"
    return Why(_reason(meta, verdict, present), present, truthful, place)


@dataclass
class WhyTally:
    """The counts of one half: pages per reason, and per reason each origin present / truthful."""

    reasons: Counter[str]
    present: Counter[tuple[str, str]]
    truthful: Counter[tuple[str, str]]
    within_reach: Counter[str]
    places: Counter[tuple[str, str]]

    @classmethod
    def empty(cls) -> WhyTally:
        return cls(Counter(), Counter(), Counter(), Counter(), Counter())

    def add(self, found: Why) -> None:
        self.reasons[found.reason] += 1
        self.present.update((found.reason, origin) for origin in found.present)
        self.truthful.update((found.reason, origin) for origin in found.truthful)
        self.within_reach[found.reason] += bool(found.truthful)
        self.places[(found.reason, found.place)] += 1

    def lines(self) -> list[str]:
        """One line per reason (pages, how many a candidate writes the truth's day on), one per
        reason of its origins (present / writing the truth's day) and one of where the page
        writes the truth's day."""
        out: list[str] = []
        for reason, n in sorted(self.reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            reach = self.within_reach[reason]
            out.append(f"    {reason}: {n} pages, truth's day in a candidate on {reach}")
            cells = [
                f"{origin} {self.present[(reason, origin)]}/{self.truthful[(reason, origin)]}"
                for origin in ORIGINS
                if self.present[(reason, origin)]
            ]
            out.append("      origins (present/truth's day): " + (", ".join(cells) or "none"))
            places = sorted((p, k) for (r, p), k in self.places.items() if r == reason)
            out.append("      truth's day written: " + ", ".join(f"{p} {k}" for p, k in places))
        return out
