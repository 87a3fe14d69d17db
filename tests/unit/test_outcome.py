"""A source's outcome and the run's exit code, from closing stats alone."""

from __future__ import annotations

import pytest

from crawler.runs.outcome import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_STOPPED,
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
def test_source_outcome(stats, ok, reason) -> None:
    outcome = source_outcome("s", stats)
    assert (outcome.ok, outcome.reason) == (ok, reason)


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
