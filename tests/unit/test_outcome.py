"""A source's outcome and the run's exit code, from closing stats alone."""

from __future__ import annotations

import pytest

from crawler.runs.outcome import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    run_exit_code,
    source_outcome,
)

FINISHED = {"finish_reason": "finished", "news/entry/requested": 2, "news/entry/ok": 1}


@pytest.mark.parametrize(
    ("stats", "ok", "reason"),
    [
        (FINISHED, True, "ok"),
        (None, False, "did not start"),
        ({**FINISHED, "finish_reason": "shutdown"}, False, "finish reason shutdown"),
        ({**FINISHED, "news/entry/ok": 0}, False, "none of 2 entry URL(s) answered"),
        ({**FINISHED, "news/fatal/store_failed": 1}, False, "fatal: store_failed"),
        ({**FINISHED, "log_count/CRITICAL": 1}, False, "critical error logged"),
        ({**FINISHED, "log_count/ERROR": 5}, True, "ok"),  # errors alone do not fail a source
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
