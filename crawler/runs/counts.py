"""What a crawl's stats count that the run's reports read and its components write: the
items dropped and pages skipped by reason (``drop_counts``), and a WARC ingestion's bytes.

The run recorder and the progress line (crawler/extensions/) count from these as the crawl
runs; the runner and the closing summary read them once it is over. Kept here, with the run
they describe, the extensions depend on the run's rules and never the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Every drop of ours is counted under this prefix with its reason (``news/drop/too_short``).
DROP_PREFIX = "news/drop/"
# Pages the spider skips before they become items (``news/skip/binary``, ``non_html``,
# ``partial``): dropped as well for the run's counts, though Scrapy never saw an item.
SKIP_PREFIX = "news/skip/"
# The bytes of the WARC files an ingestion has to read and has read so far (written by
# crawler/warc/ingest.py; crawler/runs/summary.py tells an ingestion that read no record from a
# crawl by the first).
BYTES_TOTAL = "news/warc/bytes_total"
BYTES_READ = "news/warc/bytes_read"


def drop_counts(stats: Mapping[str, Any]) -> dict[str, int]:
    """{reason: count} of the items dropped in a crawl, and of the pages skipped before they
    became items (a binary or non-HTML body, one cut short), from its stats.

    Drops by a component that does not count its reason show as "other", from Scrapy's own
    ``item_dropped_count``. Skipped pages were left out, so a run whose pages were all binary
    said "0 dropped" and `scrapy runs` showed nothing of them.
    """
    dropped = {
        key.removeprefix(DROP_PREFIX): int(value)
        for key, value in stats.items()
        if key.startswith(DROP_PREFIX) and value
    }
    other = int(stats.get("item_dropped_count", 0) or 0) - sum(dropped.values())
    if other > 0:
        dropped["other"] = other
    for key, value in stats.items():
        if key.startswith(SKIP_PREFIX) and value:
            reason = key.removeprefix(SKIP_PREFIX)
            dropped[reason] = dropped.get(reason, 0) + int(value)
    return dropped
