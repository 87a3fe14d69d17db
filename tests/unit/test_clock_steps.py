"""Waits across a backward step of the machine's clock between two runs (an NTP correction).

State stamped before the step lies in the future of the clock after it: a wait measured from
it (a pending article's backoff, a dead link's recheck, a stored article's next revisit) lasted
the step's length on top of its own, which for a clock that was a day ahead hid the article
for a day. A wait begun after now, by the clock, cannot be measured: it is over. What is
stored stays skipped (no second fetch of it). The clock is stepped with crawler/clock.py's
seam, never the machine's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest

from crawler import clock
from crawler.clock import use_clock, utc_iso
from crawler.extensions.pending import PendingArticles
from crawler.middlewares.incremental import IncrementalMiddleware
from crawler.revisit import RevisitPolicy
from crawler.storage import pending, versions
from crawler.storage.database import SharedDatabase, write_transaction
from tests.unit.components import article, crawler_for, run, shared_database, store_for

# The first run's clock, a day ahead; the clock after the correction.
AHEAD = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
STEPPED_BACK = AHEAD - timedelta(days=1)
URL = "https://e.org/story"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[SharedDatabase]:
    shared = shared_database(tmp_path)
    yield shared
    shared.close()


def _failed_at(database: SharedDatabase, moment: datetime) -> None:
    """``URL`` failed once (HTTP 503) in a run whose clock said ``moment``."""
    failure = pending.Failure(URL, URL, {}, "HTTP 503", True)
    with use_clock(lambda: moment):
        database.write(
            lambda db: pending.settle(
                db, "s", [], [failure], now=clock.now(), backoff_minutes=30, max_attempts=8
            )
        ).result()


def _due(database: SharedDatabase, moment: datetime) -> set[str]:
    tracker = PendingArticles(
        lambda: database, crawler_for().stats, backoff_minutes=30, max_attempts=8
    )
    with use_clock(lambda: moment):
        return {row.url for row in tracker.due("s")}


def test_a_pending_retry_is_not_put_off_by_the_step(database: SharedDatabase) -> None:
    _failed_at(database, AHEAD)
    assert _due(database, STEPPED_BACK) == {URL}  # it waited a day and 30 minutes
    assert _due(database, AHEAD + timedelta(minutes=10)) == set()  # its backoff, as ever
    assert _due(database, AHEAD + timedelta(minutes=31)) == {URL}


def _incremental(database: SharedDatabase) -> IncrementalMiddleware:
    return IncrementalMiddleware(database, crawler_for().stats, recheck_hours=24.0)


def _asked(mw: IncrementalMiddleware, url: str, moment: datetime) -> bool:
    """Whether the incremental middleware lets a request for ``url`` through at ``moment``."""
    with use_clock(lambda: moment):
        try:
            mw.process_request(Request(url, meta={"news_kind": "article"}))
        except IgnoreRequest:
            return False
    return True


def test_a_dead_links_recheck_is_not_put_off_and_a_stored_article_stays_skipped(
    database: SharedDatabase,
) -> None:
    with write_transaction(database.db):
        database.db.table("url_seen").insert(
            {"url": URL, "status": 404, "fetched_at": utc_iso(AHEAD)}, pk="url"
        )
        database.db.table("articles").insert(
            {"url": "https://e.org/kept", "source": "s", "fetched_at": utc_iso(AHEAD), "text": "t"}
        )
    mw = _incremental(database)
    assert _asked(mw, URL, STEPPED_BACK)  # it was skipped as seen for two days
    assert not _asked(mw, URL, AHEAD + timedelta(hours=1))  # within the recheck, as ever
    assert not _asked(mw, "https://e.org/kept", STEPPED_BACK)  # stored: never fetched twice


def test_a_revisit_is_not_put_off_by_the_step(database: SharedDatabase) -> None:
    crawler = crawler_for()
    store = store_for(database, crawler, batch_size=10)

    async def feed() -> None:
        await store.process_item(article(URL, fetched_at=utc_iso(AHEAD), text="Text.", title="T"))

    run(feed())
    store.close_spider()
    policy = RevisitPolicy(days=7, every_hours=6, max_per_run=0)

    def due(moment: datetime) -> list[str]:
        with use_clock(lambda: moment):
            first_since, checked_before = policy.window(clock.now())
            return [
                d.url
                for d in versions.due_for_revisit(
                    database.db,
                    "example",
                    first_since=first_since,
                    checked_before=checked_before,
                    now=utc_iso(clock.now()),
                    limit=None,
                )
            ]

    assert due(AHEAD + timedelta(hours=1)) == []  # checked within the interval, as ever
    assert due(AHEAD + timedelta(hours=7)) == [URL]
    assert due(STEPPED_BACK) == [URL]  # it waited a day and six hours
    # Revisited then (a 304), it waits its interval from that check, not from the stamp
    # before the step: it was due again in every run until the clock caught up.
    database.write(
        lambda db: versions.mark_checked(db, URL, utc_iso(STEPPED_BACK), now=True)
    ).result()
    assert due(STEPPED_BACK + timedelta(hours=1)) == []
    assert due(STEPPED_BACK + timedelta(hours=7)) == [URL]
