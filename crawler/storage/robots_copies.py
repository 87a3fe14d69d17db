"""The ``robots_copies`` table: the last robots.txt each origin answered, and when.

RFC 9309 2.3.1.4 makes a robots.txt that cannot be read (a server error, a 429, no answer)
complete disallow, and 2.4 lets a crawler keep using a cached copy past its usual 24 hours
while the file is unreachable; after a long outage (the RFC's example: 30 days) the copy may
still be used, or the file read as unavailable. Without a copy, a host whose robots.txt was
down for a few runs had its articles refused in every one of them, each a try spent, and
given up after NEWS_PENDING_MAX_ATTEMPTS while their pages answered.

A row is written each time a host's robots.txt is read: its body for a 2xx, an empty body
for a 4xx (no robots.txt: allow all). A row is keyed by the robots.txt's origin, its scheme,
host and port (``https://example.org:443``): RFC 9309 scopes a robots.txt so. Scrapy keys its
parsers by the URL's netloc, which carries a ``user:password@`` a source URL may have; keyed
so, the password was written into a table users export and share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from crawler.clock import stored_moment

if TYPE_CHECKING:
    from sqlite_utils import Database

# The table's name; the schema's migration m090 makes it. Named here, not taken from the
# schema module, so that the middleware that reads it imports no store stack.
TABLE = "robots_copies"


@dataclass(frozen=True)
class Copy:
    """A host's last robots.txt read: its body (empty: the host had none) and when."""

    body: bytes
    read_at: datetime


def keep(db: Database, origin: str, body: bytes, now: str) -> None:
    """Keep ``body`` as the robots.txt ``origin``
    (:func:`crawler.discovery.robots.robots_origin`) answered at ``now``."""
    db.table(TABLE).upsert({"origin": origin, "body": body, "read_at": now}, pk="origin")


def kept(db: Database, origin: str) -> Copy | None:
    """The last robots.txt kept for ``origin``; None when none was ever read."""
    row = db.execute(f"SELECT body, read_at FROM {TABLE} WHERE origin = ?", [origin]).fetchone()
    if row is None:
        return None
    read_at = stored_moment(row[1])
    if read_at is None:
        return None
    return Copy(bytes(row[0] or b""), read_at)


def age_words(seconds: int) -> str:
    """A copy's age as the log and `scrapy runs` say it: in minutes up to an hour, hours up
    to two days, then days."""
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    hours = seconds / 3600
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} d"
