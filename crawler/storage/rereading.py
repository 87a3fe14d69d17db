"""What a later reading of a stored article keeps of the stored row: pure functions, no database.

A revisit, or a normal crawl that fetches a changed page again, reads the article anew, and
the store used to write that reading over the row whole. A page read again often says less
than it did: many publishers drop the publication date from an updated page, a revisit gets
an AMP or print view without the byline. Written over, the stored date became NULL, and a
user who had a date lost it without any reason given.

So a later fetch (crawler/storage/versions.py ``place``, before it compares) keeps what the
stored row knew and the new reading does not contradict, each rule per field:

``published``
    The first publication does not change. A reading without a date keeps the stored one
    (with its precision and its day). A reading with another date is a
    conflict, counted (``news/store/conflict/published``), never a silent overwrite: the
    earlier of the two is kept, as a page's "published" that moves later is its update
    relabelled, while an earlier one is the first publication the stored reading missed. The
    same day at a finer precision (a day, then a minute) is the same date, told better.

``modified``
    May only move forward: a reading without one, or with one before the stored one (a
    cached copy, a print view), keeps the stored one.

    A later fetch found otherwise unchanged (no version) still moves the row's ``modified``
    (and its origin) forward: :func:`moved_modified`, counted ``news/store/moved/modified``.
    Kept as it was, a page whose only change was a later ``modified`` left a user sorting by
    it a stale value.

``title``, ``authors``, ``language``, ``description``, ``sitename``, ``image``, ``tags``
    A reading that gives none keeps the stored value (``authors`` with ``author``,
    ``language`` with its probability and ``language_expected``): a page that no longer
    shows its byline has not lost its authors. A reading that gives another value gives the
    article's new state (a corrected byline, a new headline), compared as a change.

``paywalled``
    Follows each fetch's page: it tells whether the page is behind a wall now.

Each value kept from the stored row says so in ``meta_origin``: ``earlier:<origin>``, the
origin it was read from at an earlier fetch (``earlier:jsonld``), or ``earlier`` for a field
that records none (``language``, ``description``, …). The origin then names where the value
came from, which is no longer the page kept with the row.

The same page read again (`scrapy reprocess`) re-derives every value with today's rules: a
value those rules no longer read from the page is dropped, as a rule fix means to. But a
value kept from an earlier fetch was never the kept page's to give: those fields
(:func:`kept_earlier`) keep the rules of a later fetch, and are not emptied.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from typing import Any

from crawler.clock import stored_moment

logger = logging.getLogger(__name__)

# The stored columns the rules read, beside those versions.place compares.
KNOWN_COLUMNS = (
    "published_precision",
    "published_day",
    "meta_origin",
    "modified",
    "author",
    "language",
    "language_prob",
    "language_expected",
    "description",
    "sitename",
    "image",
    "tags",
)
# The columns that travel with ``published``: one date, told with its precision and day.
PUBLISHED_GROUP = ("published", "published_precision", "published_day")
# The fields a reading that gives none of keeps, each with the columns that travel with it.
FILLED = {
    "title": ("title",),
    "authors": ("authors", "author"),
    "language": ("language", "language_prob", "language_expected"),
    "description": ("description",),
    "sitename": ("sitename",),
    "image": ("image",),
    "tags": ("tags",),
}
# Empty values as the row holds them: lists are JSON text.
_EMPTY = (None, "", "[]")
# The ``meta_origin`` of a value kept from an earlier fetch, before the origin it had there.
EARLIER = "earlier"
# Finer precisions tell the same date better.
_PRECISION = {"day": 0, "minute": 1, "second": 2}


def _origins(value: Any) -> dict[str, str]:
    """A row's ``meta_origin`` (JSON text, or a mapping) as a dict."""
    if isinstance(value, Mapping):
        return dict(value)
    try:
        parsed = json.loads(value) if value else {}
    except (TypeError, ValueError):
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _keep(
    stored: Mapping[str, Any],
    row: dict[str, Any],
    origins: dict[str, str],
    stored_origins: Mapping[str, str],
    field: str,
    columns: tuple[str, ...],
) -> None:
    """Put the stored value of ``columns`` in ``row``, its origin marked as an earlier fetch's."""
    for column in columns:
        row[column] = stored.get(column)
    origins[field] = earlier(stored_origins.get(field))


def earlier(origin: str | None) -> str:
    """The ``meta_origin`` of a value kept from an earlier fetch: ``earlier:<origin>`` (the
    origin it was read from there), ``earlier`` for a field that records none."""
    if origin is None:
        return EARLIER
    return origin if origin.split(":", 1)[0] == EARLIER else f"{EARLIER}:{origin}"


def kept_earlier(stored: Mapping[str, Any]) -> set[str]:
    """The fields of a stored row whose value was kept from an earlier fetch than its page's:
    the same page read again (`scrapy reprocess`) cannot give them, so they are kept by the
    rules of a later fetch, not emptied."""
    return {
        name
        for name, origin in _origins(stored.get("meta_origin")).items()
        if str(origin).split(":", 1)[0] == EARLIER
    }


def _same_date(stored: Mapping[str, Any], row: Mapping[str, Any]) -> bool | None:
    """True when the two dates are one; None when they are one day told at two precisions
    (the finer one is kept); False when they differ."""
    if stored_moment(stored.get("published")) == stored_moment(row.get("published")):
        return True
    day = stored.get("published_day")
    precisions = (stored.get("published_precision"), row.get("published_precision"))
    if day and day == row.get("published_day") and "day" in precisions:
        return None
    return False


def keep_known(
    stored: Mapping[str, Any], row: dict[str, Any], only: Collection[str] | None = None
) -> list[str]:
    """Fill ``row`` (a later fetch's ``articles`` row, columns as stored) with what the stored
    row knew and the new reading does not give, by the rules above, for the fields ``only``
    names (None: all); returns what was done, ``kept/<field>`` or ``conflict/<field>``, for
    the run's counts."""
    notes: list[str] = []
    stored_origins = _origins(stored.get("meta_origin"))
    origins = _origins(row.get("meta_origin"))

    def keep(field: str, columns: tuple[str, ...]) -> None:
        _keep(stored, row, origins, stored_origins, field, columns)

    def ruled(field: str) -> bool:
        return (only is None or field in only) and stored.get(field) not in _EMPTY

    if ruled("published"):
        same = _same_date(stored, row)
        if not row.get("published"):
            keep("published", PUBLISHED_GROUP)
            notes.append("kept/published")
        elif same is None:
            coarser = _PRECISION.get(str(row.get("published_precision")), 0) < _PRECISION.get(
                str(stored.get("published_precision")), 0
            )
            if coarser:
                keep("published", PUBLISHED_GROUP)
        elif not same:
            notes.append("conflict/published")
            stored_at, new_at = stored_moment(stored["published"]), stored_moment(row["published"])
            if stored_at is not None and (new_at is None or stored_at < new_at):
                keep("published", PUBLISHED_GROUP)
    stored_modified = stored_moment(stored.get("modified"))
    modified = stored_moment(row.get("modified"))
    backwards = stored_modified is not None and (modified is None or modified < stored_modified)
    if ruled("modified") and backwards:
        keep("modified", ("modified",))
        notes.append("kept/modified")
    for name, columns in FILLED.items():
        if ruled(name) and row.get(name) in _EMPTY:
            keep(name, columns)
            notes.append(f"kept/{name}")
    if origins != _origins(row.get("meta_origin")):
        row["meta_origin"] = json.dumps(origins, ensure_ascii=False)
    return notes


def moved_modified(stored: Mapping[str, Any], row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The columns a later fetch found unchanged writes so that the row's ``modified`` moves
    forward (``modified`` and ``meta_origin``, the stored origins with the new one of
    ``modified``); None when ``row`` (after :func:`keep_known`) states no later one."""
    stored_modified = stored_moment(stored.get("modified"))
    modified = stored_moment(row.get("modified"))
    if modified is None or (stored_modified is not None and modified <= stored_modified):
        return None
    origins = _origins(stored.get("meta_origin"))
    origin = _origins(row.get("meta_origin")).get("modified")
    if origin is None:
        origins.pop("modified", None)
    else:
        origins["modified"] = origin
    return {"modified": row["modified"], "meta_origin": json.dumps(origins, ensure_ascii=False)}
