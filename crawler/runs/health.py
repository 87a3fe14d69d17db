"""Quality signals per source and run, and the collapses the ``runs`` command flags.

A source rarely fails loudly: a redesign makes the extractor return a cookie banner, or a
feed turns empty while answering 200. Comparing each run with the source's own history
catches that without per-site thresholds.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler

# Below this many articles a share or a median says little; no collapse is flagged from it.
MIN_ARTICLES = 3
# Flag when the median text length falls under half the source's usual median: re-designs
# that break extraction typically cut it to a teaser or a banner, far below half.
LENGTH_COLLAPSE = 0.5
# Flag when the share of articles with a date falls this far below the usual share.
DATE_COLLAPSE = 0.3
# Runs of the same source a run is compared with.
HISTORY = 10
# The command of the runs that read no listing (crawler/commands/reprocess.py).
REPROCESS = "reprocess"


@dataclass
class QualityTally:
    """Counts over the articles whose rows one crawl wrote (pipelines/store.py tells the
    run recorder of each): a revisit found unchanged or a fetch older than stored is none."""

    lengths: list[int] = field(default_factory=list)
    no_date: int = 0
    no_time: int = 0
    no_author: int = 0
    paywalled: int = 0
    conflicts: int = 0

    def add(
        self,
        text: str | None,
        published: str | None,
        author: str | None,
        precision: str | None = None,
        paywalled: bool | None = None,
        conflicts: int = 0,
    ) -> None:
        """Count one article; ``precision`` is its date's (``day`` means no time of day),
        ``conflicts`` its fields left empty because the page's candidates disagreed."""
        self.lengths.append(len(text or ""))
        self.no_date += not published
        self.no_time += not published or precision in (None, "day")
        self.no_author += not author
        self.paywalled += bool(paywalled)
        self.conflicts += conflicts

    def summary(self) -> dict[str, float | int | None]:
        n = len(self.lengths)
        return {
            "scraped": n,
            "share_no_date": round(self.no_date / n, 3) if n else None,
            "share_no_time": round(self.no_time / n, 3) if n else None,
            "share_no_author": round(self.no_author / n, 3) if n else None,
            "share_paywalled": round(self.paywalled / n, 3) if n else None,
            "median_text_len": float(statistics.median(self.lengths)) if n else None,
            # Of the rows written, as the shares: news/meta/*_conflict counts every page
            # analysed, those dropped after (another language, too short) too.
            "meta_conflicts": self.conflicts,
        }


class QualityCounter:
    """A crawl's component that keeps the tally of the rows its crawl writes: the run
    recorder (crawler/extensions/run_recorder.py). Found by this class, the runner reads the
    tally without importing the extensions, which depend on the run and not the reverse."""

    quality: QualityTally


def quality_so_far(crawler: Crawler) -> dict[str, Any]:
    """The quality columns of a crawl stopped before its spider closed (a second Ctrl-C), for
    the row the runner writes in the recorder's stead: its tally of the rows written until
    then, the same columns a closed crawl's row takes; none without a recorder."""
    counter = crawler.get_extension(QualityCounter)
    return counter.quality.summary() if counter is not None else {}


def _median(values: Sequence[float | int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return float(statistics.median(present)) if present else None


def collapse_flags(current: Mapping[str, Any], previous: Sequence[Mapping[str, Any]]) -> list[str]:
    """Flags for one run_sources row against earlier rows of the same source (newest first).

    ``nothing``: the listings answered but yielded no links, or every fetched page was
    dropped, where earlier runs found some (rows carry their run's ``command``). ``length`` /
    ``dates``: median text length or date coverage collapsed against the earlier runs' median.
    """
    if current.get("outcome") == "running":
        return []
    history = [p for p in previous[:HISTORY] if p.get("outcome") == "ok"]
    flags: list[str] = []
    scraped = current.get("scraped") or 0
    links = current.get("links_found") or 0
    # A reprocess run reads stored pages and no listing: it finds no links by design, and
    # its zero would pull the source's usual count down.
    listing_runs = [p for p in history if p.get("command") != REPROCESS]
    usual_links = _median([p.get("links_found") for p in listing_runs]) or 0
    usual_scraped = _median([p.get("scraped") for p in history]) or 0
    listings_read = not current.get("listings_not_modified") and current.get("command") != REPROCESS
    # Pages that passed the pipelines: the rows written, and the re-fetches found the same,
    # which write none (a revisit's, a reprocess's) but are no page dropped.
    kept = scraped + (current.get("articles_unchanged") or 0)
    if (listings_read and links == 0 and usual_links > 0) or (
        kept == 0 and (current.get("articles_dropped") or 0) > 0 and usual_scraped > 0
    ):
        flags.append("nothing")
    if scraped >= MIN_ARTICLES:
        usual_len = _median(
            [p.get("median_text_len") for p in history if (p.get("scraped") or 0) >= MIN_ARTICLES]
        )
        length = current.get("median_text_len")
        if usual_len and length is not None and length < LENGTH_COLLAPSE * usual_len:
            flags.append("length")
        usual_no_date = _median(
            [p.get("share_no_date") for p in history if (p.get("scraped") or 0) >= MIN_ARTICLES]
        )
        no_date = current.get("share_no_date")
        if (
            usual_no_date is not None
            and no_date is not None
            and (1 - no_date) < (1 - usual_no_date) - DATE_COLLAPSE
        ):
            flags.append("dates")
    return flags
