"""The one timestamp format Newsloom writes for its own events (fetches, runs, updates)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_iso(moment: datetime) -> str:
    """``moment`` as ISO 8601 in UTC to the second: sortable as text, read by fromisoformat."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place in the archive: give it a timezone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def now_iso() -> str:
    """The current time as :func:`utc_iso` writes it."""
    return utc_iso(datetime.now(UTC))
