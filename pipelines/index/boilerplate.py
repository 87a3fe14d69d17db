"""Learn each source's own boilerplate lines from how often they recur across its articles.

Rules catch boilerplate that looks the same everywhere; a site's own furniture ("Our Standards:
The Thomson Reuters Trust Principles.") is caught by counting: a short line present in a large
share of one source's articles is not article text. Counts are per source because a phrase that
is common across sources ("Lesen Sie auch:") says nothing about any one of them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from crawler.storage.database import joined_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

_UPSERT_LINE = (
    "INSERT INTO line_stats (source, key, count, sample) VALUES (?, ?, 1, ?) "
    "ON CONFLICT (source, key) DO UPDATE SET count = line_stats.count + 1"
)
_UPSERT_TOTAL = (
    "INSERT INTO source_line_totals (source, articles) VALUES (?, 1) "
    "ON CONFLICT (source) DO UPDATE SET articles = source_line_totals.articles + 1"
)
# Both bounds are checked in SQL so that the (source, count) index limits the scan to the
# frequent keys of one source.
_LEARNED = (
    "SELECT key FROM line_stats WHERE source = ? AND count >= ? AND count >= ? * "
    "(SELECT articles FROM source_line_totals WHERE source = ?)"
)


class LineStats:
    """Per-source line counts in the ``line_stats`` and ``source_line_totals`` tables.

    ``min_articles``: a line must have been seen in at least this many articles, so that a new
    source with a handful of articles learns nothing by accident. ``min_share``: and in at least
    this share of the source's articles; boilerplate is on most pages of a site, while a recurring
    phrase of the news ("Der Kreml erklärte") is on a few.
    """

    def __init__(self, db: Database, *, min_articles: int = 20, min_share: float = 0.3) -> None:
        self.db = db
        self.min_articles = min_articles
        self.min_share = min_share

    def record_lines(self, source: str, rows: dict[str, str]) -> None:
        """Count one article from its candidate lines, given as {key: sample}: each distinct
        line once, and the article itself.

        The lines are those of the text *before* cleaning
        (:func:`pipelines.text.cleaning.candidate_keys`, hashed in a worker process): counting
        cleaned text would stop counting learned lines, their share would decay and they would
        be unlearned again. Runs inside the caller's transaction when there is one and never
        commits it.
        """
        with joined_transaction(self.db):
            self.db.conn.executemany(
                _UPSERT_LINE, [(source, key, sample) for key, sample in rows.items()]
            )
            self.db.conn.execute(_UPSERT_TOTAL, (source,))

    def learned_for(self, source: str) -> set[str]:
        """The keys (see ``line_key``) learned as boilerplate for ``source``."""
        cursor = self.db.execute(_LEARNED, (source, self.min_articles, self.min_share, source))
        keys = {key for (key,) in cursor}
        logger.debug("%d learned boilerplate lines for source %s", len(keys), source)
        return keys
