"""The ``pending_articles`` table: article URLs a listing yielded that are not stored yet.

A row is written when a run ends with an article neither stored nor dropped for a content
reason (a 503, a timeout, a cut body, a failed write, or a run that ended first) and deleted
when a later run stores or drops it. A running crawl also writes one for each article it
listed and has not finished yet (``keep_listed``), which its close settles: a crawl killed
before its close leaves them to the next run. Runs retry due rows whatever their listings answer, so
an unchanged listing (304) never hides an unfinished article. Each failed try doubles the
wait, from NEWS_PENDING_BACKOFF_MINUTES; after NEWS_PENDING_MAX_ATTEMPTS tries the row is
given up (``given_up_at``), kept for the operator and never requested again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from crawler.clock import stored_moment, utc_iso, waiting

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "pending_articles"


@dataclass(frozen=True)
class Failure:
    """One article this run did not finish."""

    url: str  # canonical: the key
    fetch_url: str  # the URL to request next time
    hints: dict[str, Any]
    error: str
    tried: bool  # False: not the article's fault (never reached, failed write): no attempt
    # A failure no later try can change (a page over DOWNLOAD_MAXSIZE): given up at once.
    final: bool = False


@dataclass(frozen=True)
class Due:
    url: str
    fetch_url: str
    hints: dict[str, Any]
    attempts: int
    given_up: bool = False  # a given-up article asked again (NEWS_PENDING_RETRY_GIVEN_UP)


def backoff(first_minutes: float, attempts: int) -> timedelta:
    """The wait after ``attempts`` failed tries: the first wait, doubled after each failure."""
    if attempts <= 0:
        return timedelta(0)
    return timedelta(minutes=first_minutes * 2 ** min(attempts - 1, 30))


def _waiting(last_try_at: str | None, attempts: int, now: datetime, minutes: float) -> bool:
    """The wait is computed with this run's NEWS_PENDING_BACKOFF_MINUTES, so that 0 makes
    every pending article due at once (``next_try_at`` records the wait as it was set)."""
    if not last_try_at or attempts <= 0 or minutes <= 0:
        return False
    last = stored_moment(last_try_at)
    return last is not None and waiting(last, backoff(minutes, attempts), now)


def due(
    db: Database,
    source: str,
    now: datetime,
    backoff_minutes: float,
    *,
    retry_given_up: bool = False,
) -> Iterator[Due]:
    """The source's pending articles whose wait has passed, oldest first; with
    ``retry_given_up`` its given-up ones too, whatever their wait.

    A given-up article is asked again only on the operator's word: a page given up as over
    DOWNLOAD_MAXSIZE stayed given up for ever, even after the limit was raised. Its row is
    changed only as the run settles it: stored, it goes; failed again, it is given up again
    (its attempts are not reset, so one more failed try is enough).
    """
    given_up = "" if retry_given_up else " AND given_up_at IS NULL"
    rows = db.execute(
        f"SELECT url, fetch_url, hints, attempts, last_try_at, given_up_at FROM {TABLE} "
        f"WHERE source = ?{given_up} ORDER BY first_seen, url",
        [source],
    )
    for url, fetch_url, hints, attempts, last_try_at, given_up_at in rows.fetchall():
        if given_up_at or not _waiting(last_try_at, attempts or 0, now, backoff_minutes):
            yield Due(
                url,
                fetch_url or url,
                json.loads(hints) if hints else {},
                attempts or 0,
                given_up=bool(given_up_at),
            )


def state(
    db: Database, url: str, now: datetime, backoff_minutes: float, *, retry_given_up: bool = False
) -> str | None:
    """The pending state of ``url``: "given_up", "waiting" (its backoff has not passed), or
    None (not pending, or due; a given-up one is due with ``retry_given_up``)."""
    row = db.execute(
        f"SELECT given_up_at, attempts, last_try_at FROM {TABLE} WHERE url = ?", [url]
    ).fetchone()
    if row is None:
        return None
    if row[0]:
        return None if retry_given_up else "given_up"
    return "waiting" if _waiting(row[2], row[1] or 0, now, backoff_minutes) else None


def settle(
    db: Database,
    source: str,
    resolved: Iterable[str],
    failures: Iterable[Failure],
    *,
    now: datetime,
    backoff_minutes: float,
    max_attempts: int,
) -> tuple[int, int]:
    """Delete finished rows, record failures; returns (added or updated, given up now).

    Runs inside the caller's write transaction (``SharedDatabase.write``).
    """
    stamp = utc_iso(now)
    recorded = given_up = 0
    db.conn.executemany(f"DELETE FROM {TABLE} WHERE url = ?", [(u,) for u in resolved])
    for failure in failures:
        old = db.execute(
            f"SELECT attempts, first_seen FROM {TABLE} WHERE url = ?", [failure.url]
        ).fetchone()
        attempts = (old[0] or 0) if old else 0
        if failure.tried:
            attempts += 1
        gave_up = failure.final or (failure.tried and attempts >= max_attempts)
        row = {
            "url": failure.url,
            "source": source,
            "fetch_url": failure.fetch_url,
            "hints": json.dumps(failure.hints, ensure_ascii=False),
            "error": failure.error[:500],
            "attempts": attempts,
            "first_seen": old[1] if old else stamp,
            "last_try_at": stamp,
            "next_try_at": utc_iso(now + backoff(backoff_minutes, attempts)),
            "given_up_at": stamp if gave_up else None,
        }
        db.table(TABLE).upsert(row, pk="url")
        recorded += 1
        given_up += gave_up
    return recorded, given_up


# The error of a row kept while its run goes on: what it says if that run never closes.
UNFINISHED = "listed by a run that ended before finishing it (killed)"


def keep_listed(
    db: Database, source: str, listed: Iterable[tuple[str, str, str]], *, now: datetime
) -> None:
    """Keep ``listed`` articles (canonical URL, fetch URL, hints as JSON or "") of a running
    crawl pending, due at once with no try spent; a row already there stays as it is (its
    tries and wait belong to earlier runs). The crawl's close settles each one; a crawl
    killed before it leaves them for the next run.

    Runs inside the caller's write transaction (``SharedDatabase.write``).
    """
    stamp = utc_iso(now)
    db.conn.executemany(
        f"INSERT INTO {TABLE} (url, source, fetch_url, hints, error, attempts, first_seen,"
        " next_try_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (url) DO NOTHING",
        [
            (url, source, fetch_url, hints or None, UNFINISHED, stamp, stamp)
            for url, fetch_url, hints in listed
        ],
    )


def counts(db: Database, source: str) -> tuple[int, int]:
    """(pending, given up) rows of a source."""
    row = db.execute(
        f"SELECT count(*) - count(given_up_at), count(given_up_at) FROM {TABLE} WHERE source = ?",
        [source],
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


# URLs asked of the store in one query by ``known_urls``.
_KNOWN_BATCH = 500


def known_urls(db: Database, urls: Iterable[str]) -> set[str]:
    """Those of ``urls`` (canonical) the store already has: a stored row, a ``url_seen`` entry
    (an alias of a row, or a page that answered without an article) or a pending row (asked
    again by its own rule, whatever a listing says). A listing over NEWS_LISTING_MAX_ENTRIES
    counts only the others against the cap."""
    urls = list(dict.fromkeys(urls))
    found: set[str] = set()
    for start in range(0, len(urls), _KNOWN_BATCH):
        batch = urls[start : start + _KNOWN_BATCH]
        marks = ", ".join("?" * len(batch))
        for table in ("articles", "url_seen", TABLE):
            query = f"SELECT url FROM {table} WHERE url IN ({marks})"
            found.update(url for (url,) in db.execute(query, batch).fetchall())
    return found
