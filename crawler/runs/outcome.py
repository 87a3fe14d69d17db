"""What a run's exit code and a source's outcome are, decided from closing stats alone.

Scrapy exits 0 whenever the reactor stopped cleanly, even when no feed answered. Cron and the
operator need the outcome instead; these pure functions decide it, for ``crawl``,
``crawlall`` and the run records alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crawler.plural import plural

from .counts import drop_counts

# The exit-code contract (README, "Operations").
EXIT_OK = 0
EXIT_FAILED = 1  # could not run, crashed, or no source succeeded
EXIT_USAGE = 2  # Scrapy's own code for a usage error
EXIT_PARTIAL = 3  # partly failed: some sources (or a WARC ingest's files) failed, not all
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds this database; try again later
EXIT_STOPPED = 130  # stopped by Ctrl-C or SIGTERM (128 + SIGINT); what was saved stays saved

# Any component can fail its source by counting a stat under this prefix
# (e.g. news/fatal/store_failed), whatever the finish reason says.
FATAL_PREFIX = "news/fatal/"
# The store stayed locked by another program past the busy timeout: the finish reason of a
# crawl the store pipeline stopped for it, and the fatal stat (news/fatal/db_locked) of a
# write it met at the crawl's close. A temporary failure: what was not stored stays pending.
DB_LOCKED = "db_locked"
# Set at a crawl's close (crawler/extensions/pending.py): 1 when the store holds an article
# of its source, 0 when it holds none (a first run, or no run ever stored one); not set for
# a temporary database (`scrapy explain`), whose runs are judged by no article they kept.
HAS_ARTICLES = "news/source/has_articles"
# Articles a run kept: stored, or found stored already, unchanged (crawler/runs/summary.py).
_KEPT = (
    "item_scraped_count",
    "news/store/new",
    "news/store/updated",
    "news/revisit/not_modified",
    "news/site/not_modified",
    "news/store/unchanged",
    "news/store/alias",
    "news/store/older",
)


@dataclass(frozen=True)
class LeftForLater:
    """A bound of a run that leaves part of a source for the next runs, which read the rest:
    the stat that counts what it left, its noun, and its flag in ``scrapy runs --json``."""

    stat: str
    noun: str
    flag: str


# Named in the run's summary and in `scrapy runs`: a source cut by one of them said "ok"
# alone, as if it had been read whole.
LEFT_FOR_LATER = (
    LeftForLater("news/sitemap/children_deferred", "sitemap", "sitemaps_left"),
    LeftForLater("news/listing/capped_entries", "article", "articles_left"),
)


def left_for_later(count: Callable[[str], int]) -> list[tuple[LeftForLater, int]]:
    """The bounds that left something of a source for the next runs, with how much, given
    ``count`` (a stat's count in the run's stats)."""
    return [(bound, left) for bound in LEFT_FOR_LATER if (left := count(bound.stat))]


@dataclass(frozen=True)
class SourceOutcome:
    source: str
    ok: bool
    reason: str  # "ok", or why the source failed, in words for the operator
    # What of a source that succeeded still failed, in words (a WARC ingest that read some of
    # its files and not others); its run exits EXIT_PARTIAL. None: nothing failed.
    partly: str | None = None
    # True when it failed only because the store was locked by another program: a temporary
    # failure, which a later run repairs (a run whose failures are all such exits 75).
    locked: bool = False

    @property
    def failure(self) -> str | None:
        """Why the source failed, or None when it succeeded (as run records store it)."""
        return None if self.ok else self.reason


def source_outcome(source: str, stats: Mapping[str, Any] | None) -> SourceOutcome:
    """A source succeeded when its crawl finished normally and at least one entry URL answered.

    One dead feed of three is an error worth counting, not a failed source; all of them dead
    is. ``stats`` is None when the crawler never started (bad arguments, a crash at start).
    """
    if stats is None:
        return SourceOutcome(source, False, "did not start")
    finish_reason = stats.get("finish_reason")
    if finish_reason is None and "start_time" in stats:
        # Started but never closed: a second Ctrl-C stopped the reactor under it.
        return SourceOutcome(source, False, "stopped before it could close")
    if finish_reason == "shutdown":
        return SourceOutcome(source, False, "stopped by Ctrl-C or SIGTERM")
    fatal = sorted(k.removeprefix(FATAL_PREFIX) for k in stats if k.startswith(FATAL_PREFIX))
    if finish_reason == DB_LOCKED or fatal == [DB_LOCKED]:
        return SourceOutcome(source, False, locked_reason(), locked=True)
    # A source stopped by its time budget did its share; what it left is pending, not lost.
    if finish_reason not in ("finished", "time_budget"):
        return SourceOutcome(source, False, f"finish reason {finish_reason or 'unknown'}")
    if fatal:
        return SourceOutcome(source, False, f"fatal: {', '.join(fatal)}")
    if stats.get("log_count/CRITICAL", 0):
        return SourceOutcome(source, False, "critical error logged")
    # WARC input: files given but none readable, as when every entry URL is dead.
    unreadable = int(stats.get("news/warc/files/unreadable", 0) or 0)
    if unreadable and not (
        stats.get("news/warc/records", 0) or stats.get("news/warc/files/already_done", 0)
    ):
        return SourceOutcome(source, False, "none of the WARC files could be read")
    requested = stats.get("news/entry/requested", 0)
    if requested and not stats.get("news/entry/ok", 0):
        first = stats.get("news/entry/error")  # crawler/spiders/listings.py: the first one's why
        why = f" (first: {first})" if first else ""
        return SourceOutcome(source, False, f"none of {requested} entry URL(s) answered{why}")
    # Its listings answered, but every article page it asked for failed (a site that blocks
    # or breaks its articles and not its feed): nothing reached the pipelines. One failed
    # article among stored ones is pending work, not a failed source; all of them is.
    failed = stats.get("news/article/failed", 0)
    if failed and not (stats.get("item_scraped_count", 0) or stats.get("item_dropped_count", 0)):
        first = stats.get("news/article/error")  # crawler/extensions/pending.py
        why = f" (first: {first})" if first else ""
        return SourceOutcome(
            source, False, f"all {failed} article page(s) it asked for failed{why}"
        )
    none_kept = _none_kept(stats)
    if none_kept and not stats[HAS_ARTICLES]:
        # A first run whose every article was gone, a login page, refused or too short: it
        # said "ok" and exit 0, and only `scrapy runs` flagged it, runs later.
        return SourceOutcome(source, False, f"{none_kept}; nothing stored of the source yet")
    if unreadable:
        # Some files read, some not: the readable ones are ingested, but the run did not do
        # what it was asked, as a crawl with one failed source of several (exit 3, not 0).
        return SourceOutcome(source, True, "ok", unreadable_files(stats))
    if none_kept and not _only_judged(stats):
        # A source that stored articles before: its site may have removed the few new ones,
        # so the source has not failed, but the run kept nothing it found (exit 3).
        return SourceOutcome(source, True, "ok", none_kept)
    return SourceOutcome(source, True, "ok")


def _none_kept(stats: Mapping[str, Any]) -> str | None:
    """ "4 of 4 articles failed: http_404 4" when the run fetched articles and kept none of
    them (none stored, none found stored already): each was dropped, failed or left
    unfinished. None when it kept one, or had no article to fetch (a listing naming no new
    article is no failure)."""
    if HAS_ARTICLES not in stats or not stats.get("news/entry/requested", 0):
        # No listing or named page asked for (a reprocess, a WARC ingest), or a run of
        # `scrapy explain`, whose database goes at its end.
        return None
    if any(stats.get(key, 0) for key in _KEPT):
        return None
    if stats.get("news/listing/too_old", 0):
        # Entries left alone as older than the source's max_age_days: not all the articles
        # its listings named failed, some were not wanted.
        return None
    fates = drop_counts(stats)
    failed = int(stats.get("news/article/failed", 0) or 0)
    if failed:
        fates["error"] = fates.get("error", 0) + failed
    given_up = int(stats.get("news/pending/given_up", 0) or 0)
    unfinished = int(stats.get("news/pending/added", 0) or 0) - given_up - failed
    if unfinished > 0:
        fates["unfinished"] = unfinished
    total = sum(fates.values())
    if not total:
        return None
    reasons = sorted(fates.items(), key=lambda item: (-item[1], item[0]))
    return f"{total} of {plural(total, 'article')} failed: " + ", ".join(
        f"{reason} {n}" for reason, n in reasons
    )


# Drops and skips that judge what a page holds (no text, too short, a listing page, a language
# the source does not want, a binary or oversized body), where the others say the page could
# not be had (an HTTP error, a refusal, an unfinished analysis).
_JUDGED = frozenset(
    {"empty", "no_text", "too_short", "listing", "unexpected_language", "binary", "too_large"}
)


def _only_judged(stats: Mapping[str, Any]) -> bool:
    """Whether every page a run dropped was dropped for what it holds. A later run of a source
    whose one new page is a video or a section front did its job: an exit 3 for it was an alarm
    each time the site published one, as a cron job sees it. A first run keeping nothing fails
    whatever the reasons: the user has not one article of the source."""
    if stats.get("news/article/failed", 0) or stats.get("news/pending/added", 0):
        return False
    return set(drop_counts(stats)) <= _JUDGED


def locked_reason() -> str:
    """Why a source failed when the store stayed locked (:data:`DB_LOCKED`), in words."""
    return (
        "the store was locked by another program past the busy timeout; what was not stored "
        "stays pending, try again later"
    )


# The names of the WARC files an ingest could not read (crawler/warc/ingest.py keeps the
# first few of them; news/warc/files/unreadable counts them all).
UNREADABLE_NAMES = "news/warc/files/unreadable_names"
# How many of them the summary names.
_NAMED = 3


def unreadable_files(stats: Mapping[str, Any]) -> str:
    """Which files a partly failed ingest could not read ("2 WARC files unreadable: a.warc.gz,
    b.warc.gz"): the count alone sent the operator to the log to find out what to mend."""
    total = int(stats.get("news/warc/files/unreadable", 0) or 0)
    names = [str(n) for n in stats.get(UNREADABLE_NAMES) or ()][:_NAMED]
    what = f"{plural(total, 'WARC file')} unreadable"
    if not names:
        return what
    more = f" and {total - len(names)} more" if total > len(names) else ""
    return f"{what}: {', '.join(names)}{more}"


def stopped(stats: Mapping[str, Any] | None, forced: bool = False) -> bool:
    """The crawl was stopped by a signal: gracefully (first Ctrl-C: Scrapy's finish reason
    "shutdown") or, when ``forced`` (a second Ctrl-C was received), before it closed."""
    if not stats or "start_time" not in stats:
        return False
    reason = stats.get("finish_reason")
    return reason == "shutdown" or (forced and reason is None)


def run_exit_code(outcomes: Iterable[SourceOutcome], interrupted: bool = False) -> int:
    """0 when every source succeeded, 3 when some did (or one succeeded only in part: a WARC
    file of several unreadable), 1 when none did (or none ran); 75 when every source that
    failed failed only because the store was locked by another program (temporary, as the
    run lock is: the next run does what this one could not); 130 when the run was stopped
    by a signal, whatever the sources had done by then."""
    if interrupted:
        return EXIT_STOPPED
    outcomes = list(outcomes)
    results = [o.ok for o in outcomes]
    if results and all(results):
        return EXIT_PARTIAL if any(o.partly for o in outcomes) else EXIT_OK
    failed = [o for o in outcomes if not o.ok]
    if failed and all(o.locked for o in failed):
        return EXIT_LOCKED
    if any(results):
        return EXIT_PARTIAL
    return EXIT_FAILED


def describe_exit(code: int) -> str:
    return {
        EXIT_OK: "success",
        EXIT_FAILED: "run failed",
        EXIT_USAGE: "usage error",
        EXIT_PARTIAL: "partly failed",
        EXIT_LOCKED: "locked",
        EXIT_STOPPED: "stopped",
    }.get(code, "unknown")
