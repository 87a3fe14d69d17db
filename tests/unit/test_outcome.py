"""A source's outcome and the run's exit code, from closing stats alone."""

from __future__ import annotations

import pytest

from crawler.runs.outcome import (
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_STOPPED,
    HAS_ARTICLES,
    UNREADABLE_NAMES,
    describe_exit,
    run_exit_code,
    source_outcome,
    stopped,
)

FINISHED = {"finish_reason": "finished", "news/entry/requested": 2, "news/entry/ok": 1}


@pytest.mark.parametrize(
    ("stats", "ok", "reason"),
    [
        (FINISHED, True, "ok"),
        (None, False, "did not start"),
        ({**FINISHED, "finish_reason": "shutdown"}, False, "stopped by Ctrl-C or SIGTERM"),
        ({"start_time": 1, "news/store/new": 3}, False, "stopped before it could close"),
        (
            {**FINISHED, "finish_reason": "closespider_timeout"},
            False,
            "finish reason closespider_timeout",
        ),
        ({**FINISHED, "news/entry/ok": 0}, False, "none of 2 entry URL(s) answered"),
        (
            {**FINISHED, "news/entry/ok": 0, "news/entry/error": "HTTP 404 from http://e.org/f"},
            False,
            "none of 2 entry URL(s) answered (first: HTTP 404 from http://e.org/f)",
        ),
        ({**FINISHED, "news/fatal/store_failed": 1}, False, "fatal: store_failed"),
        ({**FINISHED, "log_count/CRITICAL": 1}, False, "critical error logged"),
        ({**FINISHED, "log_count/ERROR": 5}, True, "ok"),  # errors alone do not fail a source
        (
            {**FINISHED, "news/article/failed": 3, "news/article/error": "HTTP 503"},
            False,
            "all 3 article page(s) it asked for failed (first: HTTP 503)",
        ),
        # Some articles failed, others reached the pipelines (stored or dropped for a reason):
        # the failed ones are pending work, not a failed source.
        ({**FINISHED, "news/article/failed": 3, "item_scraped_count": 1}, True, "ok"),
        ({**FINISHED, "news/article/failed": 3, "item_dropped_count": 2}, True, "ok"),
    ],
)
def test_source_outcome(stats: dict[str, object], ok: bool, reason: str) -> None:
    outcome = source_outcome("s", stats)
    assert (outcome.ok, outcome.reason) == (ok, reason)


FIRST_RUN = {**FINISHED, HAS_ARTICLES: 0}
LATER_RUN = {**FINISHED, HAS_ARTICLES: 1}


@pytest.mark.parametrize(
    ("stats", "ok", "reason", "partly"),
    [
        # A first run whose every article was gone, a login page (too short) or refused.
        (
            {**FIRST_RUN, "news/skip/http_404": 12},
            False,
            "12 of 12 articles failed: http_404 12; nothing stored of the source yet",
            None,
        ),
        (
            {**FIRST_RUN, "item_dropped_count": 1, "news/drop/too_short": 1,
             "news/pending/added": 3},
            False,
            "4 of 4 articles failed: unfinished 3, too_short 1; nothing stored of the source yet",
            None,
        ),
        # A listing naming no article, or one article kept: no failure.
        (FIRST_RUN, True, "ok", None),
        ({**FIRST_RUN, "news/skip/http_404": 3, "item_scraped_count": 1}, True, "ok", None),
        # The source stored articles before: the run kept none of its new ones (exit 3).
        (
            {**LATER_RUN, "news/skip/http_404": 2},
            True,
            "ok",
            "2 of 2 articles failed: http_404 2",
        ),
        # Every new page dropped for what it holds (a video page, a section front): the run did
        # its job, no alarm; one of them not had (a 404) among them still is one.
        (
            {**LATER_RUN, "item_dropped_count": 2, "news/drop/too_short": 1,
             "news/drop/listing": 1},
            True,
            "ok",
            None,
        ),
        (
            {**LATER_RUN, "item_dropped_count": 1, "news/drop/too_short": 1,
             "news/skip/http_404": 1},
            True,
            "ok",
            "2 of 2 articles failed: http_404 1, too_short 1",
        ),
        # A first run keeping none fails whatever the reasons: not one article of the source.
        (
            {**FIRST_RUN, "item_dropped_count": 1, "news/drop/listing": 1},
            False,
            "1 of 1 article failed: listing 1; nothing stored of the source yet",
            None,
        ),
        # One of them found stored already, unchanged: kept, no alarm.
        ({**LATER_RUN, "news/skip/http_404": 2, "news/store/unchanged": 1}, True, "ok", None),
        (LATER_RUN, True, "ok", None),
        # A run of `scrapy explain` (a temporary database: not judged so).
        ({**FINISHED, "news/skip/http_404": 2}, True, "ok", None),
        # Entries left alone as too old: not every article the listing named failed.
        ({**FIRST_RUN, "news/skip/http_404": 1, "news/listing/too_old": 4}, True, "ok", None),
        # No listing or named page asked for (a reprocess, here): none of this applies.
        ({"finish_reason": "finished", "news/drop/too_short": 2, "item_dropped_count": 2,
          HAS_ARTICLES: 0}, True, "ok", None),
    ],
)  # fmt: skip
def test_a_run_that_kept_none_of_its_articles(
    stats: dict[str, int], ok: bool, reason: str, partly: str | None
) -> None:
    """A first run of a source whose every article failed said "ok", exit 0; only `scrapy
    runs` flagged it, runs later. It fails now, naming the reasons with their counts; a later
    run keeping none of its new articles is partly failed, and a listing with no new
    article is neither."""
    outcome = source_outcome("s", stats)
    assert (outcome.ok, outcome.reason, outcome.partly) == (ok, reason, partly)
    code = run_exit_code([outcome])
    assert code == (EXIT_FAILED if not ok else EXIT_PARTIAL if partly else EXIT_OK)


def test_run_exit_code() -> None:
    good, bad = source_outcome("a", FINISHED), source_outcome("b", None)
    assert run_exit_code([good, good]) == EXIT_OK
    assert run_exit_code([good, bad]) == EXIT_PARTIAL
    assert run_exit_code([bad]) == EXIT_FAILED
    assert run_exit_code([]) == EXIT_FAILED


def test_stopped_runs_exit_130_whatever_the_sources_did() -> None:
    good = source_outcome("a", FINISHED)
    assert run_exit_code([good], interrupted=True) == EXIT_STOPPED
    assert stopped({"start_time": 1, "finish_reason": "shutdown"})
    assert stopped({"start_time": 1}, forced=True)  # a second Ctrl-C: never closed
    assert not stopped({"start_time": 1})  # never closed, but no signal: a crash
    assert not stopped({"start_time": 1, "finish_reason": "finished"})
    assert not stopped(None)
    assert not stopped({})  # never started: not a stop


def test_a_warc_ingest_that_could_not_read_some_files_partly_failed() -> None:
    """One unreadable file among readable ones: the run exited 0, as if every file had been
    read; a crawl with one failed source of several exits 3. The outcome names the files."""
    stats = {
        "finish_reason": "finished",
        "news/warc/records": 12,
        "news/warc/files/unreadable": 4,
        UNREADABLE_NAMES: ["a.warc.gz", "b.warc.gz", "c.warc.gz", "d.warc.gz"],
    }
    partly = source_outcome("s", stats)
    assert partly.ok
    assert partly.partly == "4 WARC files unreadable: a.warc.gz, b.warc.gz, c.warc.gz and 1 more"
    assert run_exit_code([partly]) == EXIT_PARTIAL
    assert run_exit_code([partly, source_outcome("b", FINISHED)]) == EXIT_PARTIAL
    assert describe_exit(EXIT_PARTIAL) == "partly failed"
    # A file read before counts as read: the unreadable one beside it still fails in part.
    rerun = {**stats, "news/warc/records": 0, "news/warc/files/already_done": 1}
    assert run_exit_code([source_outcome("s", rerun)]) == EXIT_PARTIAL
    # Nothing readable at all is a failed run, not a partial one.
    none = {**stats, "news/warc/records": 0}
    assert run_exit_code([source_outcome("s", none)]) == EXIT_FAILED
    assert source_outcome("s", FINISHED).partly is None


@pytest.mark.parametrize(
    "stats",
    [
        {**FINISHED, "finish_reason": "db_locked"},  # the store pipeline stopped the crawl
        {**FINISHED, "news/fatal/db_locked": 1},  # the last flush, at the crawl's close
    ],
)
def test_a_store_locked_by_another_program_is_a_temporary_failure(
    stats: dict[str, object],
) -> None:
    """SQLite's lock held by another program past the busy timeout failed the run, exit 1,
    as a broken store did; it is temporary, as the run lock another run holds: exit 75, and
    the source's failure says so."""
    locked = source_outcome("s", stats)
    assert (locked.ok, locked.locked) == (False, True)
    assert locked.reason.startswith("the store was locked by another program")
    good, broken = source_outcome("a", FINISHED), source_outcome("b", None)
    assert run_exit_code([locked]) == EXIT_LOCKED
    assert run_exit_code([good, locked]) == EXIT_LOCKED  # the rest is left to the next run
    # A failure that is no lock is not temporary: the run fails as before.
    assert run_exit_code([broken, locked]) == EXIT_FAILED
    assert run_exit_code([good, broken, locked]) == EXIT_PARTIAL
    assert run_exit_code([locked], interrupted=True) == EXIT_STOPPED
    # Another fatal stat beside the lock's is a failure of its own.
    both = source_outcome("s", {**FINISHED, "news/fatal/db_locked": 1, "news/fatal/x": 1})
    assert not both.locked and run_exit_code([both]) == EXIT_FAILED
