"""Date filters of the browse tables read in the time zone they are typed in.

The store keeps its moments as ISO 8601 text in UTC (``2025-01-13T12:37:00+00:00``) and
Datasette's column filters (``?published__gte=…``) compare text, so a bound typed with another
offset (``2025-01-13T21:00+09:00``, the same moment) was compared letter by letter and left
out articles it should have kept. A bound with an offset (or ``Z``) on one of these columns is
rewritten as the same moment in UTC, in the stored form, before Datasette reads it; a day
alone or a time without an offset is left as typed (read as UTC, as stored).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qsl, urlencode

from crawler.clock import utc_iso

# The columns holding moments in UTC, in every table browse shows.
MOMENT_COLUMNS = frozenset(
    {"published", "modified", "fetched_at", "updated_at", "started_at", "finished_at"}
)
# Datasette's comparison filters, where a bound is compared with the stored text.
COMPARISONS = frozenset({"gt", "gte", "lt", "lte"})


def utc_bound(value: str) -> str:
    """``value`` as the stored UTC text when it is a moment with an offset; else unchanged."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return utc_iso(moment)


def utc_query_string(query_string: bytes) -> bytes:
    """The request's query string with each moment filter's bound in UTC."""
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    changed = False
    rewritten = []
    for key, value in pairs:
        column, _, operator = key.rpartition("__")
        if column in MOMENT_COLUMNS and operator in COMPARISONS:
            utc = utc_bound(value)
            changed = changed or utc != value
            value = utc
        rewritten.append((key, value))
    return urlencode(rewritten).encode("ascii") if changed else query_string
